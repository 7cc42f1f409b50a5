//! How evidence and experiments merge (since format version 2).
//!
//! A step's `claims` and `experiments` merge item by item, by key — a claim
//! by its lane and item text, an experiment by its id — so one copy's new
//! evidence and the other's new experiment both survive. The same claim or
//! experiment changed differently on both sides is a conflict on the step's
//! `Claims` or `Experiments` field: the map keeps this copy's version, and the
//! conflict's `theirs` is the merged list with the other copy's version in
//! its place, so deciding either way keeps every other merged change.

use std::collections::HashSet;
use std::hash::Hash;

use serde::Serialize;

use super::Edit;
use super::fields::{FieldMerge, Show, Shown, one_side, ron_text};
use crate::model::{Backing, Claim, Conflict, Evidence, Experiment, Field, Lane, Map, StepId};

/// Merges three versions of a keyed list: additions of both sides kept
/// (ours first, in our order, then theirs'), deletions kept unless the other
/// side changed the item, changes of one side taken. Returns the merged list
/// and, when both sides changed an item differently, the merged list with
/// their versions of those items.
fn keyed<T: Clone + PartialEq, K: Eq + Hash>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    key: impl Fn(&T) -> K,
) -> (Vec<T>, Option<Vec<T>>) {
    let find = |list: &[T], k: &K| list.iter().find(|x| key(x) == *k).cloned();
    let mut keys: Vec<K> = Vec::new();
    let mut seen = HashSet::new();
    for item in ours.iter().chain(theirs).chain(base) {
        let k = key(item);
        if seen.insert(key(item)) {
            keys.push(k);
        }
    }
    let (mut merged, mut theirs_way, mut clash) = (Vec::new(), Vec::new(), false);
    for k in keys {
        let (b, o, t) = (find(base, &k), find(ours, &k), find(theirs, &k));
        match one_side(&b, &o, &t) {
            Some(value) => {
                merged.extend(value.clone());
                theirs_way.extend(value);
            }
            // A deletion on one side against a change on the other keeps the item.
            None if o.is_none() || t.is_none() => {
                let kept = o.or(t);
                merged.extend(kept.clone());
                theirs_way.extend(kept);
            }
            None => {
                clash = true;
                merged.extend(o);
                theirs_way.extend(t);
            }
        }
    }
    (merged, clash.then_some(theirs_way))
}

impl FieldMerge<'_> {
    fn keyed_list<T: Clone + PartialEq + Serialize, K: Eq + Hash>(
        &mut self,
        field: Field,
        [base, ours, theirs]: [&Vec<T>; 3],
        key: impl Fn(&T) -> K,
    ) -> Vec<T> {
        if let Some(merged) = one_side(base, ours, theirs) {
            return merged;
        }
        let (merged, theirs_way) = keyed(base, ours, theirs, key);
        if let Some(theirs_way) = theirs_way {
            self.conflicts.push(Conflict {
                kind: self.kind,
                id: self.id,
                name: self.name.to_owned(),
                field: Some(field),
                base: Some(ron_text(base)),
                ours: Some(ron_text(&merged)),
                theirs: Some(ron_text(&theirs_way)),
            });
        }
        merged
    }

    /// The evidence of lane items, merged claim by claim.
    pub fn claims(
        &mut self,
        field: Field,
        base: &Vec<Claim>,
        ours: &Vec<Claim>,
        theirs: &Vec<Claim>,
    ) -> Vec<Claim> {
        self.keyed_list(field, [base, ours, theirs], |c: &Claim| {
            (c.lane, c.item.clone())
        })
    }

    /// Experiments, merged experiment by experiment.
    pub fn experiments(
        &mut self,
        field: Field,
        base: &Vec<Experiment>,
        ours: &Vec<Experiment>,
        theirs: &Vec<Experiment>,
    ) -> Vec<Experiment> {
        self.keyed_list(field, [base, ours, theirs], |e: &Experiment| e.id)
    }
}

fn backing_text(backing: &Backing) -> String {
    let kind = crate::i18n::evidence::evidence_name(backing.kind);
    if backing.source.is_empty() {
        kind.to_owned()
    } else {
        format!("{kind} ({})", backing.source)
    }
}

impl Show for Backing {
    fn shown(&self) -> Shown {
        Shown::Text(backing_text(self))
    }
}

impl Show for Vec<Claim> {
    fn shown(&self) -> Shown {
        Shown::Lines(
            self.iter()
                .map(|c| {
                    let backing = Backing {
                        kind: c.kind,
                        source: c.source.clone(),
                    };
                    format!("{}: {}", c.item, backing_text(&backing))
                })
                .collect(),
        )
    }
}

impl Show for Vec<Experiment> {
    fn shown(&self) -> Shown {
        Shown::Lines(
            self.iter()
                .map(|e| {
                    let status = crate::i18n::evidence::status_name(e.status);
                    format!("{} ({status})", e.hypothesis)
                })
                .collect(),
        )
    }
}

/// Sets the evidence of a step: one undo step; `None` when the step is not
/// in the map or already says so.
pub fn set_step_evidence(map: &Map, id: StepId, backing: Backing) -> Option<Edit> {
    let (_, step) = map.step(id)?;
    (step.evidence != backing).then(|| {
        let mut step = step.clone();
        step.evidence = backing;
        Edit::SetStep(step)
    })
}

/// Sets the evidence of one lane item (an assumed item with no note loses
/// its entry); `None` when the step or the item is not there or nothing changes.
pub fn set_item_evidence(
    map: &Map,
    id: StepId,
    lane: Lane,
    item: &str,
    kind: Evidence,
    source: &str,
) -> Option<Edit> {
    let (_, step) = map.step(id)?;
    if !lane.items(step).iter().any(|i| i == item) {
        return None;
    }
    let mut changed = step.clone();
    changed.claims.retain(|c| c.key() != (lane, item));
    if kind != Evidence::Assumed || !source.is_empty() {
        let claim = Claim {
            lane,
            item: item.to_owned(),
            kind,
            source: source.to_owned(),
        };
        // Keep the claim where it was, so the file does not churn.
        match step.claims.iter().position(|c| c.key() == (lane, item)) {
            Some(at) => changed.claims.insert(at.min(changed.claims.len()), claim),
            None => changed.claims.push(claim),
        }
    }
    (changed != *step).then_some(Edit::SetStep(changed))
}

/// Adds a new experiment on a pain point or an opportunity of a step; the
/// new experiment's id and the edit, or `None` when the item is not there.
pub fn add_experiment(map: &Map, id: StepId, lane: Lane, item: &str) -> Option<(u64, Edit)> {
    let (_, step) = map.step(id)?;
    if !matches!(lane, Lane::PainPoints | Lane::Opportunities)
        || !lane.items(step).iter().any(|i| i == item)
    {
        return None;
    }
    let experiment = Experiment::new(step, lane, item);
    let new = experiment.id;
    let mut changed = step.clone();
    changed.experiments.push(experiment);
    Some((new, Edit::SetStep(changed)))
}

/// Replaces an experiment of a step (found by its id); `None` when it is not
/// there or unchanged.
pub fn set_experiment(map: &Map, id: StepId, experiment: Experiment) -> Option<Edit> {
    let (_, step) = map.step(id)?;
    let at = step
        .experiments
        .iter()
        .position(|e| e.id == experiment.id)?;
    (step.experiments[at] != experiment).then(|| {
        let mut changed = step.clone();
        changed.experiments[at] = experiment;
        Edit::SetStep(changed)
    })
}

/// Removes an experiment of a step.
pub fn remove_experiment(map: &Map, id: StepId, experiment: u64) -> Option<Edit> {
    let (_, step) = map.step(id)?;
    let mut changed = step.clone();
    changed.experiments.retain(|e| e.id != experiment);
    (changed.experiments.len() != step.experiments.len()).then_some(Edit::SetStep(changed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityKind, PhaseId, Step};

    fn claim(item: &str, kind: Evidence) -> Claim {
        Claim {
            lane: Lane::PainPoints,
            item: item.to_owned(),
            kind,
            source: String::new(),
        }
    }

    #[test]
    fn claims_added_on_both_sides_both_survive_and_a_double_change_conflicts() {
        let mut conflicts = Vec::new();
        let mut merge = FieldMerge {
            kind: EntityKind::Step,
            id: 7,
            name: "Checkout",
            conflicts: &mut conflicts,
        };
        let base = vec![claim("a", Evidence::Assumed)];
        let ours = vec![
            claim("a", Evidence::Research),
            claim("b", Evidence::Measured),
        ];
        let theirs = vec![
            claim("a", Evidence::Measured),
            claim("c", Evidence::Research),
        ];
        let merged = merge.claims(Field::Claims, &base, &ours, &theirs);
        assert_eq!(
            merged,
            vec![
                claim("a", Evidence::Research),
                claim("b", Evidence::Measured),
                claim("c", Evidence::Research)
            ]
        );
        assert_eq!(conflicts.len(), 1);
        let theirs_way: Vec<Claim> =
            ron::from_str(conflicts[0].theirs.as_deref().unwrap_or_default()).unwrap_or_default();
        assert_eq!(theirs_way[0], claim("a", Evidence::Measured));
        assert_eq!(theirs_way.len(), 3);
    }

    #[test]
    fn evidence_of_an_item_follows_it_through_the_operations() {
        let mut map = Map::default();
        map.journeys.push(crate::model::Journey {
            id: crate::model::JourneyId(1),
            name: "j".into(),
            color: crate::model::Rgb(0, 0, 0),
            persona: None,
            steps: vec![Step::new(StepId(3), PhaseId(1), 0.5, 0.0, "s")],
            to_be_of: None,
        });
        map.journeys[0].steps[0].pain_points = vec!["slow".into()];
        assert!(
            set_item_evidence(
                &map,
                StepId(3),
                Lane::PainPoints,
                "gone",
                Evidence::Research,
                ""
            )
            .is_none()
        );
        let edit = set_item_evidence(
            &map,
            StepId(3),
            Lane::PainPoints,
            "slow",
            Evidence::Research,
            "6 interviews",
        );
        assert!(edit.is_some_and(|e| e.apply(&mut map).is_ok()));
        let step = map
            .step(StepId(3))
            .map(|(_, s)| s.clone())
            .unwrap_or_else(|| unreachable!());
        assert_eq!(
            step.claim(Lane::PainPoints, "slow")
                .map(|c| c.source.as_str()),
            Some("6 interviews")
        );
        let back = set_item_evidence(
            &map,
            StepId(3),
            Lane::PainPoints,
            "slow",
            Evidence::Assumed,
            "",
        );
        assert!(back.is_some_and(|e| e.apply(&mut map).is_ok()));
        assert!(map.steps().all(|s| s.claims.is_empty()));
    }
}
