//! To-be journeys and snapshots in the engine: the file keeps them (and a
//! map without them is written as before), restoring gives a snapshot's
//! content, the three-way merge carries them, exports carry no snapshot,
//! and the scene places each phase's improvement clear of other labels.

mod common;

use std::sync::Arc;

use chrono::NaiveDate;
use egui::emath::{Pos2, Rect, vec2};
use proptest::prelude::*;

use klantreis::edit::iterate::{make_to_be, restore_snapshot, save_snapshot};
use klantreis::edit::merge;
use klantreis::export::{Separator, content_csv, steps_csv};
use klantreis::i18n::Language;
use klantreis::io::{from_ron, to_ron};
use klantreis::model::{
    Field, JourneyId, Map, Problem, Snapshot, SnapshotId, content_of, repair, validate,
};
use klantreis::picture::{ExportOptions, html, svg};
use klantreis::scene::{Options, View, scene};

fn map() -> Map {
    common::two_step_map(Language::En, "Zoekt waterkoker", "Betaalt")
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 3, 12).expect("a date")
}

/// `map` with a to-be version of its journey whose steps feel `better`.
fn with_to_be(mut map: Map, better: f64) -> (Map, JourneyId) {
    let (id, edit) = make_to_be(&map, JourneyId(1), "Petra (to-be)").expect("made");
    edit.apply(&mut map).expect("applies");
    for step in &mut map.journeys[1].steps {
        step.emotion = (step.emotion + better).clamp(-3.0, 3.0);
    }
    (map, id)
}

fn with_snapshot(mut map: Map, name: &str) -> Map {
    let (_, edit) = save_snapshot(&map, name, day()).expect("saved");
    edit.apply(&mut map).expect("applies");
    map
}

#[test]
fn a_map_without_to_be_journeys_or_snapshots_is_written_as_before() {
    let text = to_ron(&map());
    assert!(
        !text.contains("to_be_of") && !text.contains("snapshots"),
        "{text}"
    );
}

#[test]
fn to_be_journeys_and_snapshots_survive_the_file_byte_for_byte() {
    let (map, id) = with_to_be(map(), 1.0);
    let map = with_snapshot(map, "Workshop 12 March");
    let text = to_ron(&map);
    assert!(text.contains(&format!("to_be_of: Some({})", 1)), "{text}");
    assert!(text.contains("date: \"2027-03-12\""), "{text}");
    let back = from_ron(&text).expect("reads");
    assert_eq!(back, map);
    assert_eq!(to_ron(&back), text);
    assert_eq!(
        back.journey(id).and_then(|j| j.to_be_of),
        Some(JourneyId(1))
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn restoring_a_snapshot_gives_its_content_and_keeps_every_snapshot(
        name in "[A-Za-zë0-9][A-Za-zë0-9 ]{0,19}",
        emotions in proptest::collection::vec(-3.0f64..=3.0, 2),
        title in "[a-z ]{0,12}",
    ) {
        let before = with_snapshot(map(), "Earlier");
        let kept = with_snapshot(before.clone(), &name);
        let snapshot = kept.snapshots[1].clone();
        prop_assert_eq!(&*snapshot.map, &content_of(&before));
        let mut changed = kept.clone();
        changed.title = title;
        for (step, e) in changed.journeys[0].steps.iter_mut().zip(&emotions) {
            step.emotion = *e;
        }
        let text = to_ron(&changed);
        prop_assert_eq!(&from_ron(&text).expect("reads"), &changed);
        let undo = restore_snapshot(&changed, snapshot.id)
            .expect("restores")
            .apply(&mut changed)
            .expect("applies");
        prop_assert_eq!(content_of(&changed), content_of(&before));
        prop_assert_eq!(&changed.snapshots, &kept.snapshots);
        undo.apply(&mut changed).expect("undoes");
        prop_assert_eq!(changed.journeys[0].steps[0].emotion, emotions[0]);
    }
}

#[test]
fn the_merge_keeps_snapshots_added_on_both_sides_and_a_to_be_link_set_on_one() {
    let (base, to_be) = with_to_be(map(), 1.0);
    let mut ours = with_snapshot(base.clone(), "Anna's snapshot");
    let mut theirs = with_snapshot(base.clone(), "Bas's snapshot");
    // Ours makes the to-be journey a plain one; theirs renames the map.
    ours.journeys[1].to_be_of = None;
    theirs.title = "Waterkoker (Bas)".into();
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let names: Vec<&str> = merged
        .map
        .snapshots
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(names, ["Anna's snapshot", "Bas's snapshot"]);
    assert_eq!(merged.map.journey(to_be).map(|j| j.to_be_of), Some(None));
    assert_eq!(merged.map.title, "Waterkoker (Bas)");
    assert!(validate(&merged.map).is_empty());

    // The as-is journey changed on both sides: a conflict on the field.
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.journeys[1].to_be_of = None;
    theirs.journeys.push(klantreis::model::Journey {
        id: JourneyId(77),
        ..base.journeys[0].clone()
    });
    theirs.journeys[2].steps.clear();
    theirs.journeys[1].to_be_of = Some(JourneyId(77));
    let merged = merge(&base, &ours, &theirs);
    assert!(
        merged
            .conflicts
            .iter()
            .any(|c| c.field == Some(Field::ToBeOf) && c.id == to_be.0),
        "{:?}",
        merged.conflicts
    );
}

#[test]
fn klantreis_merge_carries_snapshots_from_both_copies() {
    let dir = tempfile::tempdir().expect("a folder");
    let base = map();
    let ours = with_snapshot(base.clone(), "Ours");
    let theirs = with_snapshot(base.clone(), "Theirs");
    common::save_three(dir.path(), &base, &ours, &theirs);
    let out = common::merge_three(dir.path(), &[]);
    assert!(out.status.success(), "{out:?}");
    let merged = klantreis::io::load(&dir.path().join("out.ron"))
        .expect("opens")
        .map;
    let names: Vec<&str> = merged.snapshots.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Ours", "Theirs"]);
}

#[test]
fn a_dangling_to_be_link_and_a_nested_snapshot_are_reported_and_repaired() {
    let (mut map, to_be) = with_to_be(map(), 1.0);
    map.journeys[1].to_be_of = Some(JourneyId(404));
    let mut inner = map.clone();
    inner.journeys[1].to_be_of = None;
    inner
        .snapshots
        .push(Snapshot::of(&inner, SnapshotId(9), "inner", day()));
    map.snapshots.push(Snapshot::new(
        SnapshotId(1),
        "Nested",
        day(),
        Arc::new(inner),
    ));
    let problems = validate(&map);
    assert_eq!(problems.len(), 2, "{problems:?}");
    let text: Vec<String> = problems.iter().map(Problem::to_string).collect();
    assert!(
        text[0].contains("404") && text[1].contains("Nested"),
        "{text:?}"
    );
    let done = repair(&mut map, klantreis::i18n::problems::unassigned_phase());
    assert_eq!(done.len(), 2, "{done:?}");
    assert!(validate(&map).is_empty());
    assert_eq!(map.journey(to_be).map(|j| j.to_be_of), Some(None));
    assert!(map.snapshots[0].map.snapshots.is_empty());
}

#[test]
fn exports_carry_no_snapshot_and_paint_the_to_be_curve_dashed() {
    let (map, _) = with_to_be(map(), 1.0);
    let mut secret = with_snapshot(map.clone(), "SNAPSHOT-NAME-XYZ");
    // Only the snapshot's copy knows this step title.
    Arc::make_mut(&mut secret.snapshots[0].map).journeys[0].steps[0].title =
        "ONLY-IN-THE-SNAPSHOT".into();
    let options = ExportOptions::default();
    let picture = svg(&secret, &options);
    let page = html::html(&secret, &options);
    let csv = steps_csv(&secret, Separator::Comma) + &content_csv(&secret, Separator::Comma);
    for (what, text) in [("svg", &picture), ("html", &page), ("csv", &csv)] {
        assert!(
            !text.contains("SNAPSHOT-NAME-XYZ") && !text.contains("ONLY-IN-THE-SNAPSHOT"),
            "{what} carries the snapshot"
        );
    }
    assert_eq!(
        picture,
        svg(&map, &options),
        "a snapshot changes no picture"
    );
    // The legend shows a sample of the to-be line; the map itself has one
    // dashed curve, the to-be journey's.
    let legend_start = picture.find("<g id=\"legend\">").expect("a legend");
    let legend_end = legend_start + picture[legend_start..].find("</g>").expect("legend ends");
    let legend = &picture[legend_start..legend_end];
    let outside = picture[..legend_start].to_owned() + &picture[legend_end..];
    assert_eq!(
        outside.matches("stroke-dasharray=\"12 7\"").count(),
        1,
        "one dashed curve"
    );
    assert_eq!(
        outside.matches("stroke-dasharray").count(),
        1,
        "nothing else in the map is dashed"
    );
    assert!(
        legend.contains("stroke-dasharray=\"12 7\""),
        "the legend explains the dashed to-be curve"
    );
    assert!(picture.contains("to-be +1.0"), "the improvement is painted");
}

#[test]
fn each_phase_shows_the_to_be_improvement_clear_of_every_other_label() {
    let map = klantreis::io::load(std::path::Path::new("maps/clothing.ron"))
        .expect("the example opens")
        .map;
    let rect = Rect::from_min_size(Pos2::ZERO, vec2(1400.0, 620.0));
    let view = View::fit(&map, 1200.0);
    let placed = scene(&map, rect, view, &Options::plain(&|_| true));
    let to_be = map
        .journeys
        .iter()
        .find(|j| j.to_be_of.is_some())
        .expect("a to-be journey");
    assert_eq!(placed.to_be.dashed, vec![to_be.id]);
    assert_eq!(
        placed.to_be.improvements.len(),
        map.phases.len(),
        "one per phase"
    );
    let shared = klantreis::ui::shell::compare::journey_averages;
    let before = shared(&map, JourneyId(2));
    let after = shared(&map, to_be.id);
    for improvement in &placed.to_be.improvements {
        let i = map
            .phases
            .iter()
            .position(|p| p.id == improvement.phase)
            .expect("a phase");
        let expected = after[i].1.expect("steps") - before[i].1.expect("steps");
        assert!((improvement.value - expected).abs() < 1e-9);
        let area = improvement.area;
        assert!(placed.canvas.plot.contains_rect(area));
        for title in &placed.titles {
            assert!(!title.area.intersects(area), "a title covers {area:?}");
        }
        for mark in &placed.marks {
            assert!(!mark.area.intersects(area), "a mark covers {area:?}");
        }
        for avatar in &placed.avatars {
            assert!(!avatar.rect.intersects(area));
        }
        for other in &placed.to_be.improvements {
            assert!(std::ptr::eq(other, improvement) || !other.area.intersects(area));
        }
    }
    // Improvements are better where the redesign took the pain away.
    assert!(placed.to_be.improvements.iter().any(|i| i.value > 1.0));
}

#[test]
fn a_snapshot_of_the_ten_thousand_step_map_costs_a_tenth_of_the_map_in_the_file() {
    use klantreis::model::generate::{MapSize, generated_map};
    let big = generated_map(MapSize::LARGE);
    let alone = to_ron(&big).len();
    let started = std::time::Instant::now();
    let kept = with_snapshot(big, "Workshop 12 March");
    let saving = started.elapsed();
    let with_one = to_ron(&kept).len();
    let cost = with_one - alone;
    let started = std::time::Instant::now();
    let other = Arc::clone(&kept.snapshots[0].map);
    let changes = klantreis::edit::diff(&kept, &other);
    let ghost = klantreis::scene::ghost::Ghost::new(&kept, other);
    let comparing = started.elapsed();
    assert!(changes.is_empty() && ghost.changed.is_empty());
    println!(
        "10k map: {alone} bytes; one snapshot adds {cost} bytes; saving it took {saving:?}, \
         comparing with it {comparing:?} (debug build)"
    );
    // The copy is packed (compact, deflated): about a tenth of the map (1 MB of 11 MB).
    assert!(cost > 0 && cost < alone / 5, "{cost} vs {alone}");
}
