//! The merge cases in `tests/merge-cases/`: one folder per case with
//! `base.ron`, `ours.ron`, `theirs.ron` and `expected.ron` (the layout
//! mergiraf uses). Each case is merged both through the library and checked
//! against its expected map; the expected maps were made by applying both
//! sides' changes by hand, not by the merge.
//!
//! `cargo test --test merge_cases -- --ignored` writes the folder again from
//! the definitions below.

mod team;

use std::path::{Path, PathBuf};

use klantreis::edit::merge;
use klantreis::io::{from_ron, to_ron};
use klantreis::model::{
    Channel, Conflict, ContentType, EntityKind, Field, JourneyId, Kpi, Map, Persona, PersonaId,
    PhaseId, Photo, Rgb, Status, Step, StepId, validate,
};
use serde::Serialize;
use team::*;

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/merge-cases")
}

#[test]
fn every_merge_case_gives_its_expected_map() {
    let mut names: Vec<PathBuf> = std::fs::read_dir(cases_dir())
        .expect("the merge-case folder")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.is_dir())
        .collect();
    names.sort();
    assert!(names.len() >= 50, "only {} merge cases", names.len());
    let mut failed = Vec::new();
    for dir in &names {
        let read = |file: &str| {
            let text = std::fs::read_to_string(dir.join(file)).expect("a case file");
            from_ron(&text).unwrap_or_else(|e| panic!("{}/{file}: {e:?}", dir.display()))
        };
        let (base, ours, theirs, expected) = (
            read("base.ron"),
            read("ours.ron"),
            read("theirs.ron"),
            read("expected.ron"),
        );
        let result = merge(&base, &ours, &theirs);
        let name = dir
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if result.map != expected {
            failed.push(format!(
                "{name}: the merge differs from expected.ron:\n{}",
                klantreis::cli::changes_text(&expected, &result.map)
            ));
        }
        let mut without_conflicts = result.map.clone();
        without_conflicts.conflicts.clear();
        let problems = validate(&without_conflicts);
        if !problems.is_empty() {
            failed.push(format!("{name}: the merged map has problems: {problems:?}"));
        }
        if result.conflicts.len() != result.map.conflicts.len() {
            failed.push(format!("{name}: conflicts reported and recorded differ"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
#[ignore = "writes tests/merge-cases from the definitions"]
fn write_merge_cases() {
    let dir = cases_dir();
    if dir.exists() {
        std::fs::remove_dir_all(&dir).expect("remove the old cases");
    }
    for case in cases() {
        let folder = dir.join(case.name);
        std::fs::create_dir_all(&folder).expect("a case folder");
        let base = base_map();
        for (file, map) in [
            ("base.ron", &base),
            ("ours.ron", &case.ours),
            ("theirs.ron", &case.theirs),
            ("expected.ron", &case.expected),
        ] {
            std::fs::write(folder.join(file), to_ron(map)).expect("a case file");
        }
    }
}

struct Case {
    name: &'static str,
    ours: Map,
    theirs: Map,
    expected: Map,
}

type Change = fn(&mut Map);

/// Changes that do not conflict: the expected map is both applied one after the other.
fn clean(name: &'static str, ours: Change, theirs: Change) -> Case {
    let mut expected = base_map();
    ours(&mut expected);
    theirs(&mut expected);
    explicit(name, ours, theirs, |e| *e = e.clone(), Some(expected))
}

/// A case with the expected map made by `expected` from the base.
fn case(name: &'static str, ours: Change, theirs: Change, expected: Change) -> Case {
    explicit(name, ours, theirs, expected, None)
}

fn explicit(
    name: &'static str,
    ours: Change,
    theirs: Change,
    expected: Change,
    made: Option<Map>,
) -> Case {
    let (mut o, mut t) = (base_map(), base_map());
    ours(&mut o);
    theirs(&mut t);
    let expected = made.unwrap_or_else(|| {
        let mut e = base_map();
        expected(&mut e);
        e
    });
    Case {
        name,
        ours: o,
        theirs: t,
        expected,
    }
}

fn text<T: Serialize>(value: &T) -> String {
    ron::to_string(value).expect("RON text")
}

/// A conflict on one field.
fn on<T: Serialize>(
    kind: EntityKind,
    id: u64,
    name: &str,
    field: Field,
    values: [T; 3],
) -> Conflict {
    let [b, o, t] = values;
    Conflict {
        kind,
        id,
        name: name.to_owned(),
        field: Some(field),
        base: Some(text(&b)),
        ours: Some(text(&o)),
        theirs: Some(text(&t)),
    }
}

/// A step as the merge records it whole: with its journey.
#[derive(Serialize)]
struct StepIn {
    journey: JourneyId,
    step: Step,
}

fn step_in(map: &Map, id: u64) -> String {
    let (journey, step) = map.step(StepId(id)).expect("the step");
    text(&StepIn {
        journey: journey.id,
        step: step.clone(),
    })
}

/// A deleted-on-one-side conflict, from the three maps.
fn whole(kind: EntityKind, id: u64, name: &str, maps: [Option<String>; 3]) -> Conflict {
    let [base, ours, theirs] = maps;
    Conflict {
        kind,
        id,
        name: name.to_owned(),
        field: None,
        base,
        ours,
        theirs,
    }
}

fn s(text: &str) -> String {
    text.to_owned()
}

fn list(items: &[&str]) -> Vec<String> {
    items.iter().map(|i| s(i)).collect()
}

#[allow(clippy::too_many_lines)]
fn cases() -> Vec<Case> {
    use EntityKind as K;
    let mut cases = vec![
        clean("no-changes", |_| {}, |_| {}),
        clean("map-title-ours", |m| m.title = s("Kettles"), |_| {}),
        clean("map-title-theirs", |_| {}, |m| m.title = s("Kettles")),
        clean(
            "map-title-same-on-both",
            |m| m.title = s("Kettles"),
            |m| m.title = s("Kettles"),
        ),
        clean(
            "map-goal-and-description",
            |m| m.goal = s("Sell more."),
            |m| m.uid = s("abc"),
        ),
        case(
            "map-description-different-lines",
            |m| m.description = s("Workshop in Amersfoort.\nWith the web team.\nSpring 2027."),
            |m| m.description = s("Workshop in Utrecht.\nWith the web team.\nSummer 2027."),
            |m| m.description = s("Workshop in Amersfoort.\nWith the web team.\nSummer 2027."),
        ),
        clean(
            "step-title-and-emotion",
            |m| step_mut(m, 12).title = s("Reads reviews"),
            |m| step_mut(m, 12).emotion = 1.0,
        ),
        clean(
            "different-steps",
            |m| step_mut(m, 11).title = s("Sees a video ad"),
            |m| step_mut(m, 22).title = s("Compares delivery"),
        ),
        clean(
            "step-moved-between-phases",
            |m| step_mut(m, 13).title = s("Pays by card"),
            |m| step_mut(m, 12).phase = PhaseId(3),
        ),
        clean(
            "step-place-and-notes",
            |m| step_mut(m, 12).at = 0.9,
            |m| step_mut(m, 12).notes = s("Reads three sites.\nTrusts stars.\nReads the bad ones."),
        ),
        clean(
            "step-channel-and-touchpoint",
            |m| step_mut(m, 11).channel = Some(Channel::Social),
            |m| step_mut(m, 11).touchpoint = s("Instagram"),
        ),
        clean(
            "lane-items-in-different-lanes",
            |m| step_mut(m, 11).actions.push(s("Taps the ad")),
            |m| step_mut(m, 11).pain_points.push(s("Ad hides the price")),
        ),
        case(
            "lane-items-added-to-the-same-lane",
            |m| step_mut(m, 11).pain_points.push(s("Ad hides the price")),
            |m| step_mut(m, 11).pain_points.push(s("Sound plays")),
            |m| {
                step_mut(m, 11).pain_points =
                    list(&["Too many ads", "Ad hides the price", "Sound plays"]);
            },
        ),
        clean(
            "lane-item-removed-and-another-added",
            |m| step_mut(m, 12).thoughts.clear(),
            |m| step_mut(m, 12).actions.push(s("Opens Trustpilot")),
        ),
        clean(
            "lane-item-reworded-and-another-added",
            |m| step_mut(m, 11).pain_points = list(&["Far too many ads"]),
            |m| step_mut(m, 11).actions.push(s("Mutes the sound")),
        ),
        case(
            "lane-item-reworded-on-both-sides",
            |m| step_mut(m, 11).pain_points = list(&["Far too many ads"]),
            |m| step_mut(m, 11).pain_points = list(&["Ads everywhere"]),
            |m| {
                step_mut(m, 11).pain_points = list(&["Far too many ads"]);
                m.conflicts.push(on(
                    K::Step,
                    11,
                    "Sees an ad",
                    Field::PainPoints,
                    [
                        list(&["Too many ads"]),
                        list(&["Far too many ads"]),
                        list(&["Ads everywhere"]),
                    ],
                ));
            },
        ),
        case(
            "step-title-on-both-sides",
            |m| step_mut(m, 12).title = s("Reads reviews"),
            |m| step_mut(m, 12).title = s("Checks ratings"),
            |m| {
                step_mut(m, 12).title = s("Reads reviews");
                m.conflicts.push(on(
                    K::Step,
                    12,
                    "Reads reviews",
                    Field::Title,
                    [s("Checks reviews"), s("Reads reviews"), s("Checks ratings")],
                ));
            },
        ),
        case(
            "step-emotion-on-both-sides",
            |m| step_mut(m, 12).emotion = -1.0,
            |m| step_mut(m, 12).emotion = 1.0,
            |m| {
                step_mut(m, 12).emotion = -1.0;
                m.conflicts.push(on(
                    K::Step,
                    12,
                    "Checks reviews",
                    Field::Emotion,
                    [-2.0, -1.0, 1.0],
                ));
            },
        ),
        case(
            "step-notes-different-lines",
            |m| step_mut(m, 12).notes = s("Reads four sites.\nTrusts stars.\nSkips long texts."),
            |m| step_mut(m, 12).notes = s("Reads three sites.\nTrusts stars.\nReads long texts."),
            |m| step_mut(m, 12).notes = s("Reads four sites.\nTrusts stars.\nReads long texts."),
        ),
        case(
            "step-notes-same-line",
            |m| step_mut(m, 12).notes = s("Reads four sites.\nTrusts stars.\nSkips long texts."),
            |m| step_mut(m, 12).notes = s("Reads two sites.\nTrusts stars.\nSkips long texts."),
            |m| {
                let base = step_mut(m, 12).notes.clone();
                step_mut(m, 12).notes = s("Reads four sites.\nTrusts stars.\nSkips long texts.");
                m.conflicts.push(on(
                    K::Step,
                    12,
                    "Checks reviews",
                    Field::Notes,
                    [
                        base,
                        s("Reads four sites.\nTrusts stars.\nSkips long texts."),
                        s("Reads two sites.\nTrusts stars.\nSkips long texts."),
                    ],
                ));
            },
        ),
        clean(
            "step-added-ours",
            |m| insert_step(m, 1, 11, step(5_550_001, 1, 0.6, 1.0, "Clicks through")),
            |_| {},
        ),
        clean(
            "step-added-theirs",
            |_| {},
            |m| insert_step(m, 2, 22, step(7_770_001, 3, 0.4, 2.0, "Orders")),
        ),
        case(
            "steps-added-next-to-each-other",
            |m| insert_step(m, 1, 11, step(5_550_001, 1, 0.6, 1.0, "Clicks through")),
            |m| insert_step(m, 1, 11, step(7_770_001, 1, 0.8, 0.0, "Closes the ad")),
            |m| {
                insert_step(m, 1, 11, step(5_550_001, 1, 0.6, 1.0, "Clicks through"));
                insert_step(
                    m,
                    1,
                    5_550_001,
                    step(7_770_001, 1, 0.8, 0.0, "Closes the ad"),
                );
            },
        ),
        case(
            "steps-added-next-to-each-other-smaller-id-theirs",
            |m| insert_step(m, 1, 11, step(7_770_001, 1, 0.8, 0.0, "Closes the ad")),
            |m| insert_step(m, 1, 11, step(5_550_001, 1, 0.6, 1.0, "Clicks through")),
            |m| {
                insert_step(m, 1, 11, step(5_550_001, 1, 0.6, 1.0, "Clicks through"));
                insert_step(
                    m,
                    1,
                    5_550_001,
                    step(7_770_001, 1, 0.8, 0.0, "Closes the ad"),
                );
            },
        ),
        clean(
            "steps-added-in-different-journeys",
            |m| insert_step(m, 1, 13, step(5_550_001, 3, 0.9, 2.0, "Gets the kettle")),
            |m| insert_step(m, 2, 0, step(7_770_001, 1, 0.1, 0.0, "Hears of it")),
        ),
        case(
            "steps-added-same-id-same-step",
            |m| insert_step(m, 2, 22, step(23, 3, 0.5, 1.0, "Orders")),
            |m| insert_step(m, 2, 22, step(23, 3, 0.5, 1.0, "Orders")),
            |m| insert_step(m, 2, 22, step(23, 3, 0.5, 1.0, "Orders")),
        ),
        clean(
            "step-deleted-ours",
            |m| remove_step(m, 22),
            |m| step_mut(m, 21).title = s("Googles"),
        ),
        clean(
            "step-deleted-on-both-sides",
            |m| remove_step(m, 22),
            |m| remove_step(m, 22),
        ),
        case(
            "step-deleted-ours-changed-theirs",
            |m| remove_step(m, 22),
            |m| step_mut(m, 22).emotion = -3.0,
            |m| {
                let base = step_in(m, 22);
                step_mut(m, 22).emotion = -3.0;
                let theirs = step_in(m, 22);
                m.conflicts.push(whole(
                    K::Step,
                    22,
                    "Compares prices",
                    [Some(base), None, Some(theirs)],
                ));
            },
        ),
        case(
            "step-deleted-theirs-changed-ours",
            |m| step_mut(m, 22).title = s("Compares shops"),
            |m| remove_step(m, 22),
            |m| {
                let base = step_in(m, 22);
                step_mut(m, 22).title = s("Compares shops");
                let ours = step_in(m, 22);
                m.conflicts.push(whole(
                    K::Step,
                    22,
                    "Compares shops",
                    [Some(base), Some(ours), None],
                ));
            },
        ),
        case(
            "step-deleted-ours-used-by-new-content-theirs",
            |m| remove_step(m, 13),
            |m| {
                let mut mail = item(9_000_001, "Payment tips", 3, day(2027, 5, 1));
                mail.steps = vec![StepId(13)];
                m.content.push(mail);
            },
            |m| {
                let base = step_in(m, 13);
                let mut mail = item(9_000_001, "Payment tips", 3, day(2027, 5, 1));
                mail.steps = vec![StepId(13)];
                m.content.push(mail);
                m.conflicts.push(whole(
                    K::Step,
                    13,
                    "Pays with iDEAL",
                    [Some(base.clone()), None, Some(base)],
                ));
            },
        ),
        clean(
            "phase-renamed-and-recoloured",
            |m| phase_mut(m, 2).name = s("Comparing"),
            |m| phase_mut(m, 2).color = Rgb(1, 2, 3),
        ),
        case(
            "phase-renamed-on-both-sides",
            |m| phase_mut(m, 2).name = s("Comparing"),
            |m| phase_mut(m, 2).name = s("Choosing"),
            |m| {
                phase_mut(m, 2).name = s("Comparing");
                m.conflicts.push(on(
                    K::Phase,
                    2,
                    "Comparing",
                    Field::Name,
                    [s("Consideration"), s("Comparing"), s("Choosing")],
                ));
            },
        ),
        clean(
            "phase-added-with-a-step-ours",
            |m| {
                m.phases.push(phase(4_440_001, "Use"));
                insert_step(
                    m,
                    1,
                    13,
                    step(4_440_002, 4_440_001, 0.5, 2.0, "Boils water"),
                );
            },
            |m| step_mut(m, 11).emotion = 1.0,
        ),
        case(
            "phase-deleted-ours-step-added-in-it-theirs",
            |m| {
                m.phases.retain(|p| p.id.0 != 3);
                remove_step(m, 13);
                m.content.retain(|c| c.id.0 != 2);
            },
            |m| insert_step(m, 2, 22, step(7_770_001, 3, 0.5, 2.0, "Orders")),
            |m| {
                let base = text(&m.phases[2]);
                remove_step(m, 13);
                m.content.retain(|c| c.id.0 != 2);
                insert_step(m, 2, 22, step(7_770_001, 3, 0.5, 2.0, "Orders"));
                m.conflicts.push(whole(
                    K::Phase,
                    3,
                    "Purchase",
                    [Some(base.clone()), None, Some(base)],
                ));
            },
        ),
        case(
            "phase-width-on-both-sides",
            |m| phase_mut(m, 1).width = 12.0,
            |m| phase_mut(m, 1).width = 8.0,
            |m| {
                phase_mut(m, 1).width = 12.0;
                m.conflicts.push(on(
                    K::Phase,
                    1,
                    "Awareness",
                    Field::Width,
                    [10.0, 12.0, 8.0],
                ));
            },
        ),
        clean(
            "phases-reordered-ours-renamed-theirs",
            |m| m.phases.swap(0, 1),
            |m| phase_mut(m, 3).name = s("Buying"),
        ),
        case(
            "phases-reordered-on-both-sides",
            |m| m.phases.swap(0, 1),
            |m| m.phases.swap(1, 2),
            |m| {
                m.phases.swap(0, 1);
                m.conflicts.push(Conflict {
                    kind: K::Phase,
                    id: 0,
                    name: String::new(),
                    field: Some(Field::Order),
                    base: Some(text(&vec![1, 2, 3])),
                    ours: Some(text(&vec![2, 1, 3])),
                    theirs: Some(text(&vec![1, 3, 2])),
                });
            },
        ),
        clean(
            "phase-kpi-and-description",
            |m| {
                phase_mut(m, 1)
                    .kpis
                    .push(Kpi::from_texts(s("Reach"), "10,000", ""))
            },
            |m| phase_mut(m, 1).description = s("People notice the brand."),
        ),
        clean(
            "journey-renamed-and-recoloured",
            |m| journey_mut(m, 2).name = s("Budget Bas compares"),
            |m| journey_mut(m, 2).color = Rgb(9, 9, 9),
        ),
        clean(
            "journey-added-theirs",
            |m| step_mut(m, 11).title = s("Sees a poster"),
            |m| {
                m.journeys.push(klantreis::model::Journey {
                    to_be_of: None,
                    id: JourneyId(6_660_001),
                    name: s("Returning buyer"),
                    color: Rgb(0, 128, 0),
                    persona: None,
                    steps: vec![step(6_660_002, 3, 0.5, 2.0, "Reorders filters")],
                });
            },
        ),
        clean(
            "journey-deleted-ours",
            |m| m.journeys.retain(|j| j.id.0 != 2),
            |m| step_mut(m, 11).title = s("Sees a poster"),
        ),
        case(
            "journey-deleted-ours-step-changed-theirs",
            |m| m.journeys.retain(|j| j.id.0 != 2),
            |m| step_mut(m, 21).emotion = 2.0,
            |m| {
                let base_journey = text(&m.journeys[1]);
                let base_step = step_in(m, 21);
                step_mut(m, 21).emotion = 2.0;
                let theirs_step = step_in(m, 21);
                let theirs_journey = text(&m.journeys[1]);
                remove_step(m, 22);
                m.conflicts.push(whole(
                    K::Journey,
                    2,
                    "Bas compares",
                    [Some(base_journey), None, Some(theirs_journey)],
                ));
                m.conflicts.push(whole(
                    K::Step,
                    21,
                    "Searches",
                    [Some(base_step), None, Some(theirs_step)],
                ));
            },
        ),
        case(
            "journey-persona-on-both-sides",
            |m| journey_mut(m, 1).persona = None,
            |m| journey_mut(m, 1).persona = Some(PersonaId(2)),
            |m| {
                journey_mut(m, 1).persona = None;
                m.conflicts.push(on(
                    K::Journey,
                    1,
                    "Petra buys",
                    Field::Persona,
                    [Some(PersonaId(1)), None, Some(PersonaId(2))],
                ));
            },
        ),
        case(
            "step-moved-to-another-journey-theirs-retitled-ours",
            |m| step_mut(m, 12).title = s("Reads reviews"),
            |m| {
                remove_step(m, 12);
                insert_step(m, 2, 21, step(12, 2, 0.5, -2.0, "Checks reviews"));
                let moved = step_mut(m, 12);
                moved.notes = s("Reads three sites.\nTrusts stars.\nSkips long texts.");
                moved.thoughts = list(&["Is this brand any good?"]);
            },
            |m| {
                let mut moved = step_mut(m, 12).clone();
                moved.title = s("Reads reviews");
                remove_step(m, 12);
                insert_step(m, 2, 21, moved);
            },
        ),
        case(
            "step-moved-between-phases-on-both-sides",
            |m| step_mut(m, 12).phase = PhaseId(1),
            |m| step_mut(m, 12).phase = PhaseId(3),
            |m| {
                step_mut(m, 12).phase = PhaseId(1);
                m.conflicts.push(on(
                    K::Step,
                    12,
                    "Checks reviews",
                    Field::Phase,
                    [PhaseId(2), PhaseId(1), PhaseId(3)],
                ));
            },
        ),
        clean(
            "persona-renamed-and-quoted",
            |m| persona_mut(m, 2).name = s("Budget Bas"),
            |m| persona_mut(m, 2).quote = s("Cheaper is better."),
        ),
        clean(
            "persona-demographics-different-fields",
            |m| persona_mut(m, 1).demographics.age = s("35-44"),
            |m| persona_mut(m, 1).demographics.location = s("Zwolle"),
        ),
        case(
            "persona-goals-added-on-both-sides",
            |m| persona_mut(m, 2).goals.push(s("Fast delivery")),
            |m| persona_mut(m, 2).goals.push(s("No hassle")),
            |m| persona_mut(m, 2).goals = list(&["Pay little", "Fast delivery", "No hassle"]),
        ),
        case(
            "persona-photo-on-both-sides",
            |m| {
                persona_mut(m, 1).photo = Some(Photo {
                    bytes: vec![1, 2, 3],
                })
            },
            |m| {
                persona_mut(m, 1).photo = Some(Photo {
                    bytes: vec![4, 5, 6],
                })
            },
            |m| {
                persona_mut(m, 1).photo = Some(Photo {
                    bytes: vec![1, 2, 3],
                });
                m.conflicts.push(on(
                    K::Persona,
                    1,
                    "Petra",
                    Field::Photo,
                    [
                        None,
                        Some(Photo {
                            bytes: vec![1, 2, 3],
                        }),
                        Some(Photo {
                            bytes: vec![4, 5, 6],
                        }),
                    ],
                ));
            },
        ),
        case(
            "persona-deleted-ours-used-by-theirs",
            |m| {
                m.personas.retain(|p| p.id.0 != 1);
                journey_mut(m, 1).persona = None;
            },
            |m| content_mut(m, 3).persona = Some(PersonaId(1)),
            |m| {
                let base = text(&m.personas[0]);
                journey_mut(m, 1).persona = None;
                content_mut(m, 3).persona = Some(PersonaId(1));
                m.conflicts.push(whole(
                    K::Persona,
                    1,
                    "Petra",
                    [Some(base.clone()), None, Some(base)],
                ));
            },
        ),
        clean(
            "personas-reordered-theirs",
            |m| persona_mut(m, 1).notes = s("Met in the shop."),
            |m| m.personas.reverse(),
        ),
        clean(
            "persona-added-ours-and-used",
            |m| {
                m.personas
                    .push(Persona::new(PersonaId(8_880_001), "Student Sam"));
                journey_mut(m, 2).persona = Some(PersonaId(8_880_001));
            },
            |m| journey_mut(m, 2).name = s("Sam compares"),
        ),
        clean(
            "content-date-and-status",
            |m| content_mut(m, 1).date = day(2027, 3, 10),
            |m| content_mut(m, 1).status = Status::Planned,
        ),
        clean(
            "content-added-on-both-sides",
            |m| {
                m.content
                    .push(item(9_000_001, "Video review", 2, day(2027, 4, 8)))
            },
            |m| {
                m.content
                    .push(item(9_100_001, "Loyalty mail", 3, day(2027, 6, 1)))
            },
        ),
        clean(
            "content-deleted-theirs",
            |_| {},
            |m| m.content.retain(|c| c.id.0 != 3),
        ),
        case(
            "content-steps-added-on-both-sides",
            |m| content_mut(m, 1).steps.push(StepId(12)),
            |m| content_mut(m, 1).steps.push(StepId(21)),
            |m| content_mut(m, 1).steps = vec![StepId(11), StepId(12), StepId(21)],
        ),
        case(
            "content-title-on-both-sides",
            |m| content_mut(m, 3).title = s("March newsletter"),
            |m| content_mut(m, 3).title = s("Spring newsletter"),
            |m| {
                content_mut(m, 3).title = s("March newsletter");
                m.conflicts.push(on(
                    K::Content,
                    3,
                    "March newsletter",
                    Field::Title,
                    [
                        s("Newsletter"),
                        s("March newsletter"),
                        s("Spring newsletter"),
                    ],
                ));
            },
        ),
        clean(
            "content-kind-and-owner",
            |m| content_mut(m, 2).owner = s("Anouk"),
            |m| content_mut(m, 2).kind = ContentType::PromotionalEmail,
        ),
        clean(
            "content-end-date-and-repetition",
            |m| content_mut(m, 3).end_date = Some(day(2027, 12, 1)),
            |m| content_mut(m, 3).recurrence = klantreis::model::Recurrence::Monthly,
        ),
        clean(
            "content-moved-to-another-phase-and-retitled",
            |m| content_mut(m, 3).phase = PhaseId(1),
            |m| content_mut(m, 3).goal = s("Opens above 40%"),
        ),
        case(
            "content-date-on-both-sides",
            |m| content_mut(m, 1).date = day(2027, 3, 10),
            |m| content_mut(m, 1).date = day(2027, 3, 17),
            |m| {
                content_mut(m, 1).date = day(2027, 3, 10);
                m.conflicts.push(on(
                    K::Content,
                    1,
                    "Buying guide",
                    Field::Date,
                    [day(2027, 3, 3), day(2027, 3, 10), day(2027, 3, 17)],
                ));
            },
        ),
        case(
            "map-title-on-both-sides",
            |m| m.title = s("Kettles"),
            |m| m.title = s("Water boilers"),
            |m| {
                m.title = s("Kettles");
                m.conflicts.push(on(
                    K::Map,
                    0,
                    "Kettles",
                    Field::Title,
                    [s("Buying a kettle"), s("Kettles"), s("Water boilers")],
                ));
            },
        ),
    ];
    cases.extend(same_id_cases());
    cases
}

/// Both copies added a different entity with the same id (as older
/// Klantreis versions numbered them): both are kept, the other copy's gets a
/// fresh id, and references follow it. The fresh id comes from the merge, so
/// the expected map takes it from there after checking everything else.
fn same_id_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    // Two steps with id 23 in journey 2; the other copy's new content item cites its step.
    let (mut o, mut t) = (base_map(), base_map());
    insert_step(&mut o, 2, 22, step(23, 3, 0.5, 1.0, "Orders online"));
    insert_step(&mut t, 2, 22, step(23, 3, 0.8, 2.0, "Picks up in store"));
    let mut flyer = item(4, "Store flyer", 3, day(2027, 5, 1));
    flyer.steps = vec![StepId(23)];
    t.content.push(flyer.clone());
    let merged = merge(&base_map(), &o, &t).map;
    let fresh = merged
        .steps()
        .find(|s| s.title == "Picks up in store")
        .expect("their step is kept")
        .id;
    assert_ne!(fresh, StepId(23));
    let mut expected = base_map();
    insert_step(&mut expected, 2, 22, step(23, 3, 0.5, 1.0, "Orders online"));
    insert_step(
        &mut expected,
        2,
        23,
        step(fresh.0, 3, 0.8, 2.0, "Picks up in store"),
    );
    flyer.steps = vec![fresh];
    expected.content.push(flyer);
    cases.push(Case {
        name: "steps-added-same-id-different-steps",
        ours: o,
        theirs: t,
        expected,
    });

    // Two phases with id 4; the other copy's step in its phase follows it.
    let (mut o, mut t) = (base_map(), base_map());
    o.phases.push(phase(4, "Use"));
    t.phases.push(phase(4, "Service"));
    insert_step(&mut t, 1, 13, step(14, 4, 0.5, -1.0, "Calls the help desk"));
    let merged = merge(&base_map(), &o, &t).map;
    let fresh = merged
        .phases
        .iter()
        .find(|p| p.name == "Service")
        .expect("their phase is kept")
        .id;
    assert_ne!(fresh, PhaseId(4));
    let mut expected = base_map();
    expected.phases.push(phase(4, "Use"));
    expected.phases.push(phase(fresh.0, "Service"));
    insert_step(
        &mut expected,
        1,
        13,
        step(14, fresh.0, 0.5, -1.0, "Calls the help desk"),
    );
    cases.push(Case {
        name: "phases-added-same-id-different-phases",
        ours: o,
        theirs: t,
        expected,
    });

    // Two personas with id 3; the other copy's journey follows its persona.
    let (mut o, mut t) = (base_map(), base_map());
    o.personas.push(Persona::new(PersonaId(3), "Student Sam"));
    t.personas.push(Persona::new(PersonaId(3), "Oma Ans"));
    journey_mut(&mut t, 2).persona = Some(PersonaId(3));
    let merged = merge(&base_map(), &o, &t).map;
    let fresh = merged
        .personas
        .iter()
        .find(|p| p.name == "Oma Ans")
        .expect("their persona is kept")
        .id;
    assert_ne!(fresh, PersonaId(3));
    let mut expected = base_map();
    expected
        .personas
        .push(Persona::new(PersonaId(3), "Student Sam"));
    expected.personas.push(Persona::new(fresh, "Oma Ans"));
    journey_mut(&mut expected, 2).persona = Some(fresh);
    cases.push(Case {
        name: "personas-added-same-id-different-personas",
        ours: o,
        theirs: t,
        expected,
    });
    cases
}
