//! Team work in the editor: the Conflicts panel (keep mine, keep theirs,
//! edit, undo, the warning before saving), merging the file changed on disk
//! into unsaved work, File > Merge another copy… and File > Compare with….

mod common;

use std::path::{Path, PathBuf};

use common::{harness_with, key, two_step_map, type_into};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use klantreis::edit::merge;
use klantreis::i18n::Language;
use klantreis::io;
use klantreis::model::{Map, PhaseId, Step, StepId};
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::commands::Command;
use klantreis::ui::shell::{Dialog, Selection};

/// The common version: "Zoekt waterkoker" (slightly positive) and "Betaalt".
fn base() -> Map {
    two_step_map(Language::En, "Zoekt waterkoker", "Betaalt")
}

fn with_emotion(mut map: Map, step: u64, emotion: f64) -> Map {
    map.journeys[0].steps[(step - 1) as usize].emotion = emotion;
    map
}

fn with_title(mut map: Map, title: &str) -> Map {
    map.title = title.to_owned();
    map
}

/// A map whose merge left two conflicts: the title and the first step's emotion.
fn conflicted() -> Map {
    let ours = with_title(with_emotion(base(), 1, 2.0), "Waterkoker (Anna)");
    let theirs = with_title(with_emotion(base(), 1, -2.0), "Waterkoker (Bas)");
    let merged = merge(&base(), &ours, &theirs).map;
    assert_eq!(merged.conflicts.len(), 2, "{:?}", merged.conflicts);
    merged
}

fn emotion_of(harness: &Harness<'_, KlantreisApp>, step: u64) -> f64 {
    let map = &harness.state().doc.map;
    map.step(StepId(step)).expect("the step").1.emotion
}

fn click_nth(harness: &mut Harness<'_, KlantreisApp>, label: &str, n: usize) {
    harness
        .get_all_by_label(label)
        .nth(n)
        .unwrap_or_else(|| panic!("button {label} number {n}"))
        .click();
    harness.run_steps(3);
}

/// The app with `map` saved in a fresh folder and opened from there.
fn opened(map: &Map) -> (tempfile::TempDir, PathBuf, Harness<'static, KlantreisApp>) {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("waterkoker.ron");
    io::save(&file, map).expect("save");
    let mut app = KlantreisApp::new(base(), None);
    app.native_dialogs = false;
    app.open_path(&file);
    app.wait_for_io().expect("open");
    (dir, file, harness_with(app))
}

fn save_copy(dir: &Path, name: &str, map: &Map) -> PathBuf {
    let path = dir.join(name);
    io::save(&path, map).expect("save the copy");
    path
}

#[test]
fn keep_theirs_and_keep_mine_each_decide_one_conflict_as_one_undo_step() {
    let mut harness = harness_with(KlantreisApp::new(conflicted(), None));
    harness.get_by_label("2 conflicts to decide");
    // Each side said in words, not as RON.
    harness.get_by_label("Positive");
    harness.get_by_label("Negative");
    harness.get_by_label("'Waterkoker (Bas)'");

    // The first conflict is the title; the second the step's emotion.
    let conflicts = &harness.state().doc.map.conflicts;
    assert_eq!(conflicts[1].field, Some(klantreis::model::Field::Emotion));
    click_nth(&mut harness, "Keep theirs", 1);
    assert_eq!(emotion_of(&harness, 1), -2.0, "their emotion");
    assert_eq!(harness.state().doc.map.conflicts.len(), 1);
    harness.get_by_label("1 conflict to decide");

    click_nth(&mut harness, "Keep mine", 0);
    assert_eq!(harness.state().doc.map.title, "Waterkoker (Anna)");
    assert!(harness.state().doc.map.conflicts.is_empty());
    assert!(
        harness.query_by_label("Keep mine").is_none(),
        "the panel closes when every conflict is decided"
    );

    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().doc.map.conflicts.len(), 1, "one undo step");
    assert_eq!(emotion_of(&harness, 1), -2.0);
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().doc.map.conflicts.len(), 2);
    assert_eq!(emotion_of(&harness, 1), 2.0, "back to my value");
}

#[test]
fn edit_selects_the_step_and_done_keeps_the_value_typed_in_the_inspector() {
    let mut harness = harness_with(KlantreisApp::new(conflicted(), None));
    // The menu bar's "Edit" comes first, then one per conflict: the step's is last.
    let edits = harness.get_all_by_label("Edit").count();
    click_nth(&mut harness, "Edit", edits - 1);
    assert_eq!(
        harness.state().state.selection,
        Selection::Steps(vec![StepId(1)])
    );
    // The user sets the value themselves (as the inspector does), then is done.
    let mut step = harness
        .state()
        .doc
        .map
        .step(StepId(1))
        .expect("step")
        .1
        .clone();
    step.emotion = 0.0;
    harness
        .state_mut()
        .apply(klantreis::edit::Edit::SetStep(step));
    harness.run_steps(2);
    harness
        .get_by_label("Done: keep what the map says now")
        .click();
    harness.run_steps(3);
    assert_eq!(harness.state().doc.map.conflicts.len(), 1);
    assert_eq!(emotion_of(&harness, 1), 0.0, "the value set by hand stays");
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        harness.state().doc.map.conflicts.len(),
        2,
        "done is one undo step"
    );
}

#[test]
fn saving_with_conflicts_left_warns_and_still_saves_them_in_the_file() {
    let (_dir, file, mut harness) = opened(&conflicted());
    // A map merged with conflicts opens with the panel.
    harness.get_by_label("2 conflicts to decide");
    // An edit, so there is something to save.
    harness.state_mut().apply(klantreis::edit::Edit::SetMapText(
        klantreis::edit::MapText::Goal,
        "Waar haken kopers af?".to_owned(),
    ));
    key(&mut harness, Modifiers::COMMAND, Key::S);
    assert_eq!(
        harness.state().dialog,
        Some(Dialog::SaveWithConflicts { save_as: false })
    );
    harness.get_by_label("Conflicts not decided yet");
    assert!(harness.state().doc.history.is_dirty(), "not saved yet");
    harness.get_by_label("Save anyway").click();
    harness.run_steps(2);
    harness.state_mut().wait_for_io().expect("saved");
    harness.run_steps(1);
    let saved = io::load(&file).expect("load").map;
    assert_eq!(saved.goal, "Waar haken kopers af?");
    assert_eq!(
        saved.conflicts.len(),
        2,
        "the conflicts are kept in the file"
    );
}

#[test]
fn a_file_changed_on_disk_is_merged_into_unsaved_work() {
    let (_dir, file, mut harness) = opened(&base());
    // My unsaved work: the second step feels worse.
    harness.state_mut().apply(klantreis::edit::Edit::SetStep({
        let mut s = base().journeys[0].steps[1].clone();
        s.emotion = -3.0;
        s
    }));
    // A colleague saves the same file with a new step and a new title.
    let mut theirs = with_title(base(), "Waterkoker 2027");
    theirs.journeys[0].steps.insert(
        1,
        Step::new(StepId(777), PhaseId(2), 0.5, 0.5, "Leest reviews"),
    );
    io::save(&file, &theirs).expect("their save");
    harness.state_mut().check_file_now();
    harness.run_steps(2);
    assert_eq!(harness.state().dialog, Some(Dialog::ExternalChange));
    harness
        .get_by_label("Merge their changes into mine")
        .click();
    harness.run_steps(2);
    harness.state_mut().wait_for_team_job();
    harness.run_steps(2);

    let map = harness.state().doc.map.clone();
    assert_eq!(map.title, "Waterkoker 2027", "their title");
    assert!(map.step(StepId(777)).is_some(), "their step");
    assert_eq!(emotion_of(&harness, 2), -3.0, "my change");
    assert!(map.conflicts.is_empty());
    assert!(
        harness.state().doc.history.is_dirty(),
        "the merge is not saved yet"
    );
    let notice = harness.state().notice.clone().expect("a notice");
    assert!(notice.text.contains("waterkoker.ron"), "{}", notice.text);

    // Their version is now the known one: saving does not ask again.
    key(&mut harness, Modifiers::COMMAND, Key::S);
    harness
        .state_mut()
        .wait_for_io()
        .expect("saved over their version");
    harness.run_steps(2);
    assert_eq!(harness.state().dialog, None);
    let saved = io::load(&file).expect("load").map;
    assert!(saved.step(StepId(777)).is_some() && saved.title == "Waterkoker 2027");

    // The merge is one undo step.
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    let map = &harness.state().doc.map;
    assert!(map.step(StepId(777)).is_none());
    assert_eq!(emotion_of(&harness, 2), -3.0, "my own change stays");
}

#[test]
fn merge_another_copy_adds_its_changes_as_one_undo_step() {
    let (dir, _file, mut harness) = opened(&base());
    let mut copy = base();
    copy.journeys[0].steps.push(Step::new(
        StepId(888),
        PhaseId(4),
        0.5,
        1.5,
        "Krijgt bezorgbericht",
    ));
    let copy = with_emotion(copy, 1, -1.0);
    let path = save_copy(dir.path(), "waterkoker (Bas's conflicted copy).ron", &copy);
    // My own change to another step, before the merge.
    harness.state_mut().apply(klantreis::edit::Edit::SetStep({
        let mut s = base().journeys[0].steps[1].clone();
        s.title = "Betaalt met iDEAL".to_owned();
        s
    }));

    harness.state_mut().command(Command::MergeCopy);
    harness.run_steps(2);
    harness.get_by_label("Type the path of the copy to merge in");
    type_into(&mut harness, "File path:", &path.display().to_string());
    harness.get_by_label("Merge").click();
    harness.run_steps(2);
    harness.state_mut().wait_for_team_job();
    harness.run_steps(2);

    let map = harness.state().doc.map.clone();
    assert!(map.step(StepId(888)).is_some(), "the copy's step");
    assert_eq!(emotion_of(&harness, 1), -1.0, "the copy's change");
    assert_eq!(
        map.step(StepId(2)).expect("step").1.title,
        "Betaalt met iDEAL"
    );
    let notice = harness.state().notice.clone().expect("notice").text;
    assert!(
        notice.contains("conflicted copy") && notice.contains("no conflicts"),
        "{notice}"
    );

    key(&mut harness, Modifiers::COMMAND, Key::Z);
    let map = &harness.state().doc.map;
    assert!(map.step(StepId(888)).is_none(), "undo takes the merge back");
    assert_eq!(
        map.step(StepId(2)).expect("step").1.title,
        "Betaalt met iDEAL"
    );
}

#[test]
fn compare_with_shows_the_other_versions_ghosts_and_changes_until_closed() {
    let (dir, _file, mut harness) = opened(&base());
    let mut other = with_emotion(base(), 2, 1.0);
    other.journeys[0].steps.push(Step::new(
        StepId(999),
        PhaseId(5),
        0.5,
        2.0,
        "Schrijft een review",
    ));
    let path = save_copy(dir.path(), "waterkoker-v2.ron", &other);

    harness.state_mut().command(Command::CompareWith);
    harness.run_steps(2);
    type_into(&mut harness, "File path:", &path.display().to_string());
    harness.get_by_label("Compare").click();
    harness.run_steps(2);
    harness.state_mut().wait_for_team_job();
    harness.run_steps(3);

    let ghost = harness.state().state.ghost.clone().expect("ghost curves");
    assert!(
        ghost.map.step(StepId(999)).is_some(),
        "the other version is drawn"
    );
    assert_eq!(
        ghost.changed,
        [StepId(2)].into_iter().collect(),
        "the step that differs there is marked"
    );
    harness.get_by_label("Compared with waterkoker-v2.ron");
    harness.get_by_label("Step 'Schrijft een review' added");
    harness.get_by_label_contains("Step 'Betaalt' moved from Negative to Slightly positive");
    assert!(
        !harness.state().doc.history.is_dirty(),
        "comparing changes nothing"
    );

    harness.get_by_label("Close the comparison").click();
    harness.run_steps(2);
    assert!(harness.state().state.ghost.is_none(), "the ghosts go");
    assert!(
        harness
            .query_by_label("Compared with waterkoker-v2.ron")
            .is_none()
    );
}

#[test]
fn the_hidden_conflicts_panel_comes_back_from_the_status_bar() {
    let mut harness = harness_with(KlantreisApp::new(conflicted(), None));
    harness.get_by_label("Hide").click();
    harness.run_steps(2);
    assert!(harness.query_by_label("2 conflicts to decide").is_none());
    harness.get_by_label("Conflicts (2)").click();
    harness.run_steps(2);
    harness.get_by_label("2 conflicts to decide");
}
