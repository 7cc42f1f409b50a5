//! Every map in `maps/`, and every released format version's sample in
//! `tests/formats/`, loads, validates and round-trips.

use std::path::{Path, PathBuf};

use klantreis::io;

fn ron_files(folder: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_example_map_loads_validates_and_round_trips_byte_for_byte() {
    let files = ron_files("maps");
    assert!(files.len() >= 3, "{files:?}");
    for path in files {
        let loaded = io::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(loaded.problems, vec![], "{}", path.display());
        let map = &loaded.map;
        assert!(!map.title.is_empty() && !map.goal.is_empty() && !map.description.is_empty());
        for journey in &map.journeys {
            assert!(
                (8..=20).contains(&journey.steps.len()),
                "{}: {}",
                path.display(),
                journey.name
            );
            for step in &journey.steps {
                let lanes = [
                    &step.actions,
                    &step.thoughts,
                    &step.pain_points,
                    &step.opportunities,
                ];
                assert!(
                    lanes.iter().all(|l| !l.is_empty()),
                    "{}: {}",
                    path.display(),
                    step.title
                );
                assert!(step.channel.is_some() && !step.touchpoint.is_empty());
            }
        }
        assert!(
            map.phases.iter().all(|p| !p.kpis.is_empty()),
            "{}",
            path.display()
        );
        // A content calendar of at least 10 items, with content in every phase.
        assert!(map.content.len() >= 10, "{}", path.display());
        for phase in &map.phases {
            assert!(
                map.content.iter().any(|c| c.phase == phase.id),
                "{}: no content in {}",
                path.display(),
                phase.name
            );
        }
        assert!(
            !map.uid.is_empty(),
            "{}: no stable identity",
            path.display()
        );
        let text = std::fs::read_to_string(&path).expect("read");
        assert_eq!(
            io::to_ron(map),
            text,
            "{} is not in canonical form",
            path.display()
        );
    }
}

#[test]
fn the_clothing_map_has_daniëlle_and_bas_walking_their_own_journeys() {
    let map = io::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/clothing.ron"))
        .expect("load")
        .map;
    let names: Vec<_> = map.personas.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Duurzame Daniëlle", "Budget Bewuste Bas"]);
    let as_is: Vec<_> = map
        .journeys
        .iter()
        .filter(|j| j.to_be_of.is_none())
        .collect();
    assert_eq!(as_is.len(), 2);
    assert_ne!(as_is[0].persona, as_is[1].persona);
    // Bas's journey has a to-be version, and the map keeps the workshop's snapshot.
    let to_be: Vec<_> = map
        .journeys
        .iter()
        .filter(|j| j.to_be_of.is_some())
        .collect();
    assert_eq!(to_be.len(), 1);
    assert_eq!(to_be[0].to_be_of, Some(as_is[1].id));
    assert_eq!(to_be[0].persona, as_is[1].persona);
    assert_eq!(map.snapshots.len(), 1);
}

#[test]
fn every_released_format_version_still_loads() {
    let files = ron_files("tests/formats");
    let names: Vec<_> = files.iter().filter_map(|p| p.file_stem()).collect();
    let expected: Vec<String> = (1..=io::FORMAT_VERSION).map(|v| format!("v{v}")).collect();
    assert_eq!(
        names,
        expected
            .iter()
            .map(std::ffi::OsStr::new)
            .collect::<Vec<_>>()
    );
    for path in files {
        let loaded = io::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(loaded.problems, vec![], "{}", path.display());
        assert_eq!(loaded.map.title, "Format sample: buying a kettle");
        assert_eq!(loaded.map.steps().count(), 2);
        assert_eq!(
            loaded.map.personas[0].photo.as_ref().map(|p| p.bytes.len()),
            Some(74),
            "a 4 × 4 PNG, which `check` accepts (no problems above)"
        );
    }
}

#[test]
fn the_example_in_the_format_documentation_is_a_sound_map() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/file-format.md"))
            .expect("docs/file-format.md");
    let start = doc.find("## A small complete example").expect("section");
    let text = &doc[start..];
    let body = text
        .split("```ron\n")
        .nth(1)
        .and_then(|t| t.split("```").next())
        .expect("code block");
    let map = io::from_ron(body).expect("the documented example parses");
    assert_eq!(klantreis::model::validate(&map), vec![]);
    assert_eq!(map.steps().count(), 2);
}

#[test]
fn every_kpi_of_the_example_maps_has_at_least_six_dated_measurements() {
    for path in ron_files("maps") {
        let map = io::load(&path).expect("load").map;
        for phase in &map.phases {
            for kpi in &phase.kpis {
                let dated = kpi.measurements.iter().filter(|m| m.date.is_some()).count();
                assert!(
                    dated >= 6,
                    "{}: {} / {} has {dated} dated measurements",
                    path.display(),
                    phase.name,
                    kpi.name
                );
            }
        }
    }
}

#[test]
fn both_personas_of_the_clothing_map_have_survey_scores_on_every_step() {
    let map = io::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/clothing.ron"))
        .expect("load")
        .map;
    // The to-be journey is a design no customer has walked yet: only the
    // as-is journeys can have survey scores.
    for journey in map.journeys.iter().filter(|j| j.to_be_of.is_none()) {
        assert!(journey.persona.is_some());
        for step in &journey.steps {
            let measured = step
                .measured()
                .unwrap_or_else(|| panic!("{} has no survey", step.title));
            assert!(measured.respondents >= 50, "{}", step.title);
        }
    }
    // The largest gap is where the room and the customers disagree most.
    let gaps = klantreis::edit::measure_ops::largest_gaps(&map, 3);
    assert_eq!(gaps.len(), 3);
    assert!((gaps[0].1 - gaps[0].2).abs() >= (gaps[2].1 - gaps[2].2).abs());
}
