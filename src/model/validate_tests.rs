//! Tests of the map checks and repairs in `validate.rs`.

use super::*;
use crate::model::{Journey, Rgb, Step};

fn map_with(width: f64, at: f64, emotion: f64) -> Map {
    let mut map = Map::default();
    map.phases.push(Phase {
        id: PhaseId(1),
        name: "A".to_owned(),
        description: String::new(),
        color: Rgb(1, 2, 3),
        width,
        kpis: Vec::new(),
    });
    map.journeys.push(Journey {
        to_be_of: None,
        id: JourneyId(1),
        name: "J".to_owned(),
        color: Rgb(1, 2, 3),
        persona: None,
        steps: vec![Step::new(StepId(4), PhaseId(1), at, emotion, "Pays")],
    });
    map
}

const WORDS: UnassignedPhase<'static> = UnassignedPhase {
    name: "Loose",
    description: "",
};

#[test]
fn a_huge_or_tiny_phase_width_is_a_typed_problem_that_breaks_drawing() {
    for width in [1e308, f64::INFINITY, f64::NAN, 0.0, -3.0, 1e-9, 1_000_001.0] {
        let problems = validate(&map_with(width, 0.5, 0.0));
        assert_eq!(problems.len(), 1, "{width}: {problems:?}");
        assert!(
            matches!(problems[0], Problem::PhaseWidth { phase: PhaseId(1), ref name, .. } if name == "A"),
            "{problems:?}"
        );
        assert!(problems[0].breaks_drawing() && problems[0].repairable());
    }
    for width in [Phase::MIN_WIDTH, 10.0, Phase::MAX_WIDTH] {
        assert_eq!(validate(&map_with(width, 0.5, 0.0)), vec![], "{width}");
    }
}

#[test]
fn numbers_just_off_the_scale_are_problems_that_still_draw() {
    let problems = validate(&map_with(10.0, 1.5, 12.0));
    assert_eq!(
        problems,
        vec![
            Problem::StepAt {
                step: StepId(4),
                title: "Pays".to_owned(),
                at: 1.5
            },
            Problem::StepEmotion {
                step: StepId(4),
                title: "Pays".to_owned(),
                emotion: 12.0
            },
        ]
    );
    assert!(problems.iter().all(|p| !p.breaks_drawing()));
    let problems = validate(&map_with(10.0, f64::NAN, 1e300));
    assert_eq!(problems.len(), 2);
    assert!(problems.iter().all(Problem::breaks_drawing));
}

#[test]
fn repair_brings_every_number_into_range_and_says_so() {
    let mut map = map_with(1e308, f64::INFINITY, -1e300);
    let done = repair(&mut map, WORDS);
    assert_eq!(
        done,
        vec![
            Repair::PhaseWidth {
                phase: PhaseId(1),
                name: "A".to_owned(),
                width: 10.0
            },
            Repair::StepAt {
                step: StepId(4),
                title: "Pays".to_owned()
            },
            Repair::StepEmotion {
                step: StepId(4),
                title: "Pays".to_owned(),
                emotion: -3.0
            },
        ]
    );
    assert_eq!(validate(&map), vec![]);
    assert_eq!(map.journeys[0].steps[0].at, 0.5);
}

#[test]
fn repair_names_the_phase_it_adds_with_the_words_it_is_given() {
    let mut map = map_with(10.0, 0.5, 0.0);
    map.phases.clear();
    let done = repair(&mut map, WORDS);
    assert_eq!(map.phases[0].name, "Loose");
    assert!(matches!(&done[0], Repair::AddedPhase { name, .. } if name == "Loose"));
    assert!(
        matches!(&done[1], Repair::StepPhase { step: StepId(4), phase, .. } if phase == "Loose")
    );
}

#[test]
fn duplicate_ids_are_reported_once_per_id_with_their_kind() {
    let mut map = map_with(10.0, 0.5, 0.0);
    let copy = map.journeys[0].clone();
    map.journeys.push(copy.clone());
    map.journeys.push(copy);
    let problems = validate(&map);
    assert!(problems.contains(&Problem::DuplicateId {
        kind: Entity::Journey,
        id: 1
    }));
    assert!(problems.contains(&Problem::DuplicateId {
        kind: Entity::Step,
        id: 4
    }));
    assert_eq!(problems.len(), 2, "{problems:?}");
}
