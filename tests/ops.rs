//! The document operations keep every map valid: random sequences of
//! operations, with ids that are in the map and ids that are not, on random
//! valid maps, leave nothing for `validate` to report after every step, each
//! operation is one undo step, and undoing them all gives back the original
//! map exactly.

use klantreis::edit::{History, ops};
use klantreis::model::generate::{MapSize, generated_map};
use klantreis::model::{
    ContentId, JourneyId, Map, PersonaId, PhaseId, Rgb, Step, StepId, validate,
};
use proptest::collection::vec;
use proptest::prelude::*;

/// One operation as a user could ask for it, with ids that may or may not exist.
#[derive(Clone, Debug)]
enum Op {
    DeleteSteps(Vec<u64>),
    DeleteJourneys(Vec<u64>),
    DeletePhase(u64),
    DeletePersona(u64, bool),
    DeleteContent(Vec<u64>),
    AddSteps(Option<u64>, Vec<(u64, f64, f64)>),
    NewJourney,
    MoveSteps(Vec<(u64, f64, f64)>),
    NudgeEmotion(Vec<u64>, f64),
    NudgeTime(Vec<u64>, f64),
    DuplicatePersona(u64),
    DuplicateContent(u64),
}

/// Any number an argument could hold, the awkward ones included.
fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        6 => -60.0..60.0f64,
        1 => Just(f64::NAN),
        1 => Just(f64::INFINITY),
        1 => Just(f64::NEG_INFINITY),
    ]
}

/// Ids around the generated maps' ranges: some in the map, some not.
fn ids(max: u64) -> impl Strategy<Value = Vec<u64>> {
    vec(0..max, 0..5)
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        ids(40).prop_map(Op::DeleteSteps),
        ids(6).prop_map(Op::DeleteJourneys),
        (0..8u64).prop_map(Op::DeletePhase),
        (0..6u64, any::<bool>()).prop_map(|(id, with)| Op::DeletePersona(id, with)),
        ids(12).prop_map(Op::DeleteContent),
        (
            proptest::option::of(0..6u64),
            vec((0..8u64, number(), number()), 0..4)
        )
            .prop_map(|(journey, steps)| Op::AddSteps(journey, steps)),
        Just(Op::NewJourney),
        vec((0..40u64, number(), number()), 0..5).prop_map(Op::MoveSteps),
        (ids(40), -4.0..4.0f64).prop_map(|(ids, by)| Op::NudgeEmotion(ids, by)),
        (ids(40), -2.0..2.0f64).prop_map(|(ids, by)| Op::NudgeTime(ids, by)),
        (0..6u64).prop_map(Op::DuplicatePersona),
        (0..12u64).prop_map(Op::DuplicateContent),
    ]
}

/// A valid generated map of a random small size, whose content items cite
/// random steps (so deleting steps and journeys has content to detach).
fn map() -> impl Strategy<Value = Map> {
    (
        0..30usize,
        1..4usize,
        0..4usize,
        0..8usize,
        vec(vec(any::<usize>(), 0..4), 8),
    )
        .prop_map(|(steps, journeys, personas, content, citations)| {
            let mut map = generated_map(MapSize {
                steps,
                journeys,
                personas,
                content,
                text_len: 4,
                photo_bytes: 0,
            });
            let step_ids: Vec<StepId> = map.steps().map(|s| s.id).collect();
            if !step_ids.is_empty() {
                for (item, cited) in map.content.iter_mut().zip(&citations) {
                    item.steps = cited.iter().map(|i| step_ids[i % step_ids.len()]).collect();
                    item.steps.dedup();
                }
            }
            map
        })
}

fn look() -> ops::NewJourney {
    ops::NewJourney {
        name: "Nieuwe reis".into(),
        color: Rgb(10, 20, 30),
    }
}

fn step_ids(ids: &[u64]) -> Vec<StepId> {
    ids.iter().copied().map(StepId).collect()
}

/// The edit the operation makes on `map`, if any.
fn edit_of(map: &Map, op: &Op) -> Option<klantreis::edit::Edit> {
    match op {
        Op::DeleteSteps(ids) => ops::delete_steps(map, &step_ids(ids)),
        Op::DeleteJourneys(ids) => {
            let ids: Vec<JourneyId> = ids.iter().copied().map(JourneyId).collect();
            ops::delete_journeys(map, &ids)
        }
        Op::DeletePhase(id) => ops::delete_phase(map, PhaseId(*id)),
        Op::DeletePersona(id, with) => ops::delete_persona(map, PersonaId(*id), *with),
        Op::DeleteContent(ids) => {
            let ids: Vec<ContentId> = ids.iter().copied().map(ContentId).collect();
            ops::delete_content(map, &ids)
        }
        Op::AddSteps(journey, steps) => {
            let steps: Vec<Step> = steps
                .iter()
                .map(|(phase, at, emotion)| {
                    // The id is replaced; one already in the map tests that.
                    Step::new(StepId(1), PhaseId(*phase), *at, *emotion, "Belt")
                })
                .collect();
            ops::add_steps(map, journey.map(JourneyId), look(), &steps).map(|added| added.edit)
        }
        Op::NewJourney => Some(ops::new_journey(map, look()).1),
        Op::MoveSteps(moves) => {
            let moves: Vec<ops::StepMove> = moves
                .iter()
                .map(|(id, time, emotion)| ops::StepMove {
                    step: StepId(*id),
                    time: *time,
                    emotion: *emotion,
                })
                .collect();
            ops::move_steps(map, &moves)
        }
        Op::NudgeEmotion(ids, by) => ops::nudge_emotion(map, &step_ids(ids), *by),
        Op::NudgeTime(ids, by) => ops::nudge_time(map, &step_ids(ids), *by),
        Op::DuplicatePersona(id) => {
            ops::duplicate_persona(map, PersonaId(*id), "Kopie").map(|(_, edit)| edit)
        }
        Op::DuplicateContent(id) => ops::duplicate_content(map, ContentId(*id)).map(|(_, e)| e),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn operations_keep_the_map_valid_and_undo_gives_back_the_original(
        original in map(),
        operations in vec(op(), 1..25),
    ) {
        prop_assert_eq!(validate(&original), vec![]);
        let mut map = original.clone();
        let mut history = History::new();
        let mut steps = 0;
        for op in &operations {
            let Some(edit) = edit_of(&map, op) else {
                continue;
            };
            let before = map.clone();
            prop_assert!(
                history.apply(&mut map, edit, None).is_ok(),
                "{:?} made an edit that does not apply",
                op
            );
            steps += 1;
            let problems = validate(&map);
            prop_assert!(
                problems.is_empty(),
                "{:?} left {:?}\nbefore: {:?}",
                op,
                problems,
                before
            );
        }
        let mut undone = 0;
        while history.undo(&mut map) {
            undone += 1;
        }
        prop_assert_eq!(undone, steps, "each operation is one undo step");
        prop_assert_eq!(map, original);
    }
}
