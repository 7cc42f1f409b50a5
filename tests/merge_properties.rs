//! Properties of the three-way merge over random changes to a small map:
//! merging with an unchanged side gives the other side, merging two equal
//! sides gives that side, the order of the sides does not matter when
//! nothing conflicts, ids stay unique and nothing that neither side deleted is lost.

mod team;

use std::collections::HashSet;

use klantreis::edit::merge;
use klantreis::model::Map;
use proptest::prelude::*;
use team::*;

/// One change a consultant could make.
#[derive(Clone, Debug)]
enum Change {
    StepTitle(usize, String),
    StepEmotion(usize, i8),
    StepPhase(usize, usize),
    StepNotesLine(usize, usize, String),
    AddStep(usize, usize, u64, String),
    RemoveStep(usize),
    AddPainPoint(usize, String),
    PersonaName(usize, String),
    AddContent(u64, String),
    RemoveContent(usize),
    PhaseName(usize, String),
    MapTitle(String),
}

fn change() -> impl Strategy<Value = Change> {
    let text = "[A-Za-z]{1,6}( [a-z]{1,6})?";
    prop_oneof![
        (0..8usize, text).prop_map(|(i, t)| Change::StepTitle(i, t)),
        (0..8usize, -3..=3i8).prop_map(|(i, e)| Change::StepEmotion(i, e)),
        (0..8usize, 0..3usize).prop_map(|(i, p)| Change::StepPhase(i, p)),
        (0..8usize, 0..3usize, text).prop_map(|(i, l, t)| Change::StepNotesLine(i, l, t)),
        (0..2usize, 0..4usize, 1_000..u64::MAX, text)
            .prop_map(|(j, a, id, t)| Change::AddStep(j, a, id, t)),
        (0..8usize).prop_map(Change::RemoveStep),
        (0..8usize, text).prop_map(|(i, t)| Change::AddPainPoint(i, t)),
        (0..2usize, text).prop_map(|(i, t)| Change::PersonaName(i, t)),
        (1_000..u64::MAX, text).prop_map(|(id, t)| Change::AddContent(id, t)),
        (0..3usize).prop_map(Change::RemoveContent),
        (0..3usize, text).prop_map(|(i, t)| Change::PhaseName(i, t)),
        text.prop_map(Change::MapTitle),
    ]
}

fn step_ids(map: &Map) -> Vec<u64> {
    map.steps().map(|s| s.id.0).collect()
}

/// Applies a change; changes that name something no longer there do nothing.
fn apply(map: &mut Map, change: &Change) {
    let steps = step_ids(map);
    let pick = |i: &usize| steps.get(i % steps.len().max(1)).copied();
    match change {
        Change::StepTitle(i, t) => {
            if let Some(id) = pick(i) {
                step_mut(map, id).title.clone_from(t);
            }
        }
        Change::StepEmotion(i, e) => {
            if let Some(id) = pick(i) {
                step_mut(map, id).emotion = f64::from(*e);
            }
        }
        Change::StepPhase(i, p) => {
            if let Some(id) = pick(i) {
                let phase = map.phases[p % map.phases.len()].id;
                step_mut(map, id).phase = phase;
            }
        }
        Change::StepNotesLine(i, line, t) => {
            if let Some(id) = pick(i) {
                let step = step_mut(map, id);
                let mut lines: Vec<String> = step.notes.lines().map(str::to_owned).collect();
                while lines.len() <= *line {
                    lines.push(String::new());
                }
                lines[*line].clone_from(t);
                step.notes = lines.join("\n");
            }
        }
        Change::AddStep(j, after, id, t) => {
            let journey = map.journeys[j % map.journeys.len()].id.0;
            let anchor = map.journeys[j % map.journeys.len()]
                .steps
                .get(*after)
                .map_or(0, |s| s.id.0);
            let phase = map.phases[0].id.0;
            insert_step(map, journey, anchor, step(*id, phase, 0.5, 0.0, t));
        }
        Change::RemoveStep(i) => {
            if let Some(id) = pick(i) {
                remove_step(map, id);
                for item in &mut map.content {
                    item.steps.retain(|s| s.0 != id);
                }
            }
        }
        Change::AddPainPoint(i, t) => {
            if let Some(id) = pick(i) {
                step_mut(map, id).pain_points.push(t.clone());
            }
        }
        Change::PersonaName(i, t) => {
            let n = map.personas.len();
            map.personas[i % n].name.clone_from(t);
        }
        Change::AddContent(id, t) => {
            let phase = map.phases[0].id.0;
            map.content.push(item(*id, t, phase, day(2027, 5, 1)));
        }
        Change::RemoveContent(i) => {
            if !map.content.is_empty() {
                let n = map.content.len();
                map.content.remove(i % n);
            }
        }
        Change::PhaseName(i, t) => {
            let n = map.phases.len();
            map.phases[i % n].name.clone_from(t);
        }
        Change::MapTitle(t) => map.title.clone_from(t),
    }
}

fn changed(changes: &[Change]) -> Map {
    let mut map = base_map();
    for c in changes {
        apply(&mut map, c);
    }
    map
}

fn ids(map: &Map) -> HashSet<(u8, u64)> {
    let mut all = HashSet::new();
    all.extend(map.phases.iter().map(|p| (0, p.id.0)));
    all.extend(map.journeys.iter().map(|j| (1, j.id.0)));
    all.extend(map.steps().map(|s| (2, s.id.0)));
    all.extend(map.personas.iter().map(|p| (3, p.id.0)));
    all.extend(map.content.iter().map(|c| (4, c.id.0)));
    all
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn merging_with_an_unchanged_side_gives_the_changed_side(x in prop::collection::vec(change(), 0..8)) {
        let (b, x) = (base_map(), changed(&x));
        prop_assert_eq!(&merge(&b, &x, &b).map, &x);
        prop_assert_eq!(&merge(&b, &b, &x).map, &x);
    }

    #[test]
    fn merging_two_equal_sides_gives_that_side(x in prop::collection::vec(change(), 0..8)) {
        let (b, x) = (base_map(), changed(&x));
        prop_assert_eq!(&merge(&b, &x, &x).map, &x);
    }

    #[test]
    fn without_conflicts_the_order_of_the_sides_does_not_matter(
        x in prop::collection::vec(change(), 0..6),
        y in prop::collection::vec(change(), 0..6),
    ) {
        let (b, x, y) = (base_map(), changed(&x), changed(&y));
        let xy = merge(&b, &x, &y);
        if xy.conflicts.is_empty() {
            let yx = merge(&b, &y, &x);
            prop_assert!(yx.conflicts.is_empty());
            prop_assert_eq!(xy.map, yx.map);
        }
    }

    #[test]
    fn a_merge_never_repeats_an_id_nor_loses_what_neither_side_deleted(
        x in prop::collection::vec(change(), 0..8),
        y in prop::collection::vec(change(), 0..8),
    ) {
        let (b, x, y) = (base_map(), changed(&x), changed(&y));
        let merged = merge(&b, &x, &y).map;
        prop_assert_eq!(duplicate_ids(&merged), Vec::<String>::new());
        let (in_b, in_x, in_y, in_m) = (ids(&b), ids(&x), ids(&y), ids(&merged));
        for id in in_x.union(&in_y) {
            let deleted = in_b.contains(id) && !(in_x.contains(id) && in_y.contains(id));
            prop_assert!(deleted || in_m.contains(id), "lost {:?}", id);
        }
    }
}
