//! Evidence behind a claim (since format version 2): whether a step or an
//! item in one of its lanes is assumed, comes from research, or is measured,
//! with a short note on the source.
//!
//! A lane item stays plain text (`Vec<String>`, so old files and every
//! reader of the lanes are unchanged). Its evidence sits beside the lanes in
//! the step's `claims`, keyed by the lane and the item's own text — never by
//! position — so reordering a lane, inserting before an item or merging two
//! copies cannot hand one item's evidence to another. [`follow_items`] keeps
//! the key in step when an item's text is edited in place.

use serde::{Deserialize, Serialize};

use super::{Lane, Step};

/// Where a claim comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Evidence {
    /// Nobody checked it yet: what the room believes (the default).
    #[default]
    Assumed,
    /// From research: interviews, observation, usability tests.
    Research,
    /// Measured: analytics, surveys, sales figures.
    Measured,
}

impl Evidence {
    /// Every kind, from weakest to strongest.
    pub const ALL: [Evidence; 3] = [Evidence::Assumed, Evidence::Research, Evidence::Measured];

    /// Whether the claim is backed by research or measurement.
    pub fn backed(self) -> bool {
        self != Evidence::Assumed
    }
}

/// The evidence of a step: its kind and a short source note
/// ("6 interviews, March 2027", "GA4 funnel").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Backing {
    /// Where the claim comes from.
    pub kind: Evidence,
    /// A short note on the source.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub source: String,
}

impl Backing {
    /// Assumed with no note: what a step has unless someone says otherwise
    /// (then not written to the file).
    pub fn is_assumed(&self) -> bool {
        self.kind == Evidence::Assumed && self.source.is_empty()
    }
}

/// The evidence of one item in a step's lane, keyed by the lane and the item's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// The lane the item is in.
    pub lane: Lane,
    /// The item's text, as it stands in the lane.
    pub item: String,
    /// Where it comes from.
    #[serde(default)]
    pub kind: Evidence,
    /// A short note on the source.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
}

impl Claim {
    /// The key that says which item the claim is about.
    pub fn key(&self) -> (Lane, &str) {
        (self.lane, self.item.as_str())
    }
}

impl Lane {
    /// The items of this lane of a step (the touchpoint lane holds the
    /// touchpoint, when there is one).
    pub fn items(self, step: &Step) -> &[String] {
        match self {
            Lane::Actions => &step.actions,
            Lane::Thoughts => &step.thoughts,
            Lane::PainPoints => &step.pain_points,
            Lane::Opportunities => &step.opportunities,
            Lane::Touchpoint if step.touchpoint.is_empty() => &[],
            Lane::Touchpoint => std::slice::from_ref(&step.touchpoint),
        }
    }
}

impl Lane {
    /// The list of items of this lane of a step; `None` for the touchpoint
    /// lane, which holds one text.
    pub fn items_mut(self, step: &mut Step) -> Option<&mut Vec<String>> {
        match self {
            Lane::Actions => Some(&mut step.actions),
            Lane::Thoughts => Some(&mut step.thoughts),
            Lane::PainPoints => Some(&mut step.pain_points),
            Lane::Opportunities => Some(&mut step.opportunities),
            Lane::Touchpoint => None,
        }
    }
}

impl Step {
    /// The evidence of an item of a lane: assumed when nobody said otherwise.
    pub fn claim(&self, lane: Lane, item: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.key() == (lane, item))
    }

    /// The step's claims — the step itself and every lane item — counted
    /// by kind, in the order of [`Evidence::ALL`].
    pub fn claims_by_kind(&self) -> [usize; 3] {
        let mut counts = [0; 3];
        counts[self.evidence.kind as usize] += 1;
        for lane in Lane::ALL {
            for item in lane.items(self) {
                let kind = self.claim(lane, item).map_or(Evidence::Assumed, |c| c.kind);
                counts[kind as usize] += 1;
            }
        }
        counts
    }

    /// The step's claims and how many of them are backed: `(backed, all)`.
    pub fn backed_claims(&self) -> (usize, usize) {
        let counts = self.claims_by_kind();
        let all: usize = counts.iter().sum();
        (all - counts[Evidence::Assumed as usize], all)
    }
}

/// Where each item of `old`'s lane went in `new`'s: `Some(new text)` for an
/// item still there or edited in place, `None` for one deleted. An item is
/// taken as edited in place when, after the items the two lists share at
/// the start and the end, exactly one item was replaced by exactly one.
fn renamed(old: &[String], new: &[String]) -> Vec<(String, Option<String>)> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let rest = |l: &[String]| l.len() - prefix;
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count()
        .min(rest(old))
        .min(rest(new));
    let (gone, came) = (
        &old[prefix..old.len() - suffix],
        &new[prefix..new.len() - suffix],
    );
    let mut moves = Vec::new();
    if let ([was], [now]) = (gone, came) {
        moves.push((was.clone(), Some(now.clone())));
    } else {
        for was in gone {
            let kept = new.contains(was).then(|| was.clone());
            moves.push((was.clone(), kept));
        }
    }
    moves
}

/// `new`, a changed copy of `old`, with the evidence and experiments of
/// lane items following their items: an item edited in place keeps them
/// under its new text; a deleted item takes them with it (undo brings both
/// back). Every editor that changes lane items passes its change through here.
pub fn follow_items(old: &Step, mut new: Step) -> Step {
    for lane in Lane::ALL {
        let (before, after) = (lane.items(old), lane.items(&new));
        if before == after {
            continue;
        }
        for (was, now) in renamed(before, after) {
            match now {
                Some(now) => {
                    for claim in new.claims.iter_mut().filter(|c| c.key() == (lane, &was)) {
                        claim.item.clone_from(&now);
                    }
                    for test in new.experiments.iter_mut() {
                        if test.lane == lane && test.item == was {
                            test.item.clone_from(&now);
                        }
                    }
                }
                None => {
                    new.claims.retain(|c| c.key() != (lane, &was));
                    new.experiments
                        .retain(|t| !(t.lane == lane && t.item == was));
                }
            }
        }
    }
    new
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PhaseId, StepId};

    fn step(pains: &[&str]) -> Step {
        let mut step = Step::new(StepId(1), PhaseId(1), 0.5, 0.0, "s");
        step.pain_points = pains.iter().map(|s| (*s).to_owned()).collect();
        step
    }

    fn claimed(mut step: Step, item: &str) -> Step {
        step.claims.push(Claim {
            lane: Lane::PainPoints,
            item: item.to_owned(),
            kind: Evidence::Research,
            source: "6 interviews".to_owned(),
        });
        step
    }

    #[test]
    fn evidence_follows_an_item_edited_in_place() {
        let old = claimed(step(&["a", "slow delivery", "c"]), "slow delivery");
        let mut edited = old.clone();
        edited.pain_points[1] = "very slow delivery".to_owned();
        let new = follow_items(&old, edited);
        assert_eq!(
            new.claim(Lane::PainPoints, "very slow delivery")
                .map(|c| c.kind),
            Some(Evidence::Research)
        );
    }

    #[test]
    fn evidence_stays_with_its_item_when_the_lane_is_reordered_or_grows() {
        let old = claimed(step(&["a", "b"]), "b");
        let mut moved = old.clone();
        moved.pain_points = vec!["b".into(), "new".into(), "a".into()];
        let new = follow_items(&old, moved);
        assert!(new.claim(Lane::PainPoints, "b").is_some());
        assert!(new.claim(Lane::PainPoints, "a").is_none());
    }

    #[test]
    fn a_deleted_item_takes_its_evidence_with_it() {
        let old = claimed(step(&["a", "b"]), "b");
        let mut cut = old.clone();
        cut.pain_points = vec!["a".into()];
        assert!(follow_items(&old, cut).claims.is_empty());
    }

    #[test]
    fn the_step_itself_counts_as_a_claim() {
        let mut s = claimed(step(&["a", "b"]), "b");
        assert_eq!(s.backed_claims(), (1, 3));
        s.evidence.kind = Evidence::Measured;
        assert_eq!(s.backed_claims(), (2, 3));
    }
}
