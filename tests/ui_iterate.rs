//! Iterating in the editor: a to-be version made from the journey's
//! inspector and its improvement per phase; a snapshot saved from the File
//! menu, compared with the map (ghosts and changes), restored as one undo
//! step and the restore undone.

mod common;

use common::{harness_with, key, two_step_map, type_into};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use klantreis::edit::Edit;
use klantreis::i18n::Language;
use klantreis::model::{JourneyId, Map, StepId};
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::Selection;
use klantreis::ui::shell::commands::Command;

fn opened() -> Harness<'static, KlantreisApp> {
    let mut app = KlantreisApp::new(
        two_step_map(Language::En, "Zoekt waterkoker", "Betaalt"),
        None,
    );
    app.native_dialogs = false;
    harness_with(app)
}

fn map(harness: &Harness<'_, KlantreisApp>) -> Map {
    (*harness.state().doc.map).clone()
}

fn set_emotion(harness: &mut Harness<'_, KlantreisApp>, step: StepId, emotion: f64) {
    let mut changed = map(harness).step(step).expect("the step").1.clone();
    changed.emotion = emotion;
    harness.state_mut().apply(Edit::SetStep(changed));
    harness.run_steps(2);
}

#[test]
fn a_to_be_version_made_in_the_inspector_shows_its_improvement_per_phase() {
    let mut harness = opened();
    harness.state_mut().state.selection = Selection::Journey(JourneyId(1));
    harness.run_steps(2);
    harness.get_by_label("Make a to-be version").click();
    harness.run_steps(3);

    let after = map(&harness);
    assert_eq!(after.journeys.len(), 2);
    let to_be = after.journeys[1].clone();
    assert_eq!(to_be.to_be_of, Some(JourneyId(1)));
    assert_eq!(to_be.name, "Petra (to-be)");
    // The redesign takes the pain out of paying: from -2 to +1.
    set_emotion(&mut harness, to_be.steps[1].id, 1.0);
    harness.state_mut().state.selection = Selection::Journey(to_be.id);
    harness.run_steps(3);
    harness.get_by_label("Improvement per phase (average emotion, to-be minus as-is)");
    harness.get_by_label("+3.0");
    assert!(
        harness.query_all_by_label("+0.0").count() >= 1,
        "the unchanged phase shows no improvement"
    );

    // Making the to-be version was one undo step (the emotion another).
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(map(&harness).journeys.len(), 1);
}

#[test]
fn a_snapshot_is_saved_compared_and_restored_and_the_restore_undone() {
    let mut harness = opened();
    harness.state_mut().command(Command::SaveSnapshot);
    harness.run_steps(2);
    type_into(&mut harness, "Snapshot name", "Workshop 12 March");
    harness.get_by_label("Save").click();
    harness.run_steps(3);
    let saved = map(&harness);
    assert_eq!(saved.snapshots.len(), 1);
    assert_eq!(saved.snapshots[0].name, "Workshop 12 March");
    assert!(
        harness.state().doc.history.is_dirty(),
        "saving a snapshot changes the map"
    );

    // After the workshop, paying turns out better than the room thought.
    set_emotion(&mut harness, StepId(2), 1.0);
    harness.state_mut().command(Command::Snapshots);
    harness.run_steps(2);
    harness.get_by_label("Compare").click();
    harness.run_steps(2);
    harness.state_mut().wait_for_snapshot_comparison();
    harness.run_steps(3);
    let ghost = harness.state().state.ghost.clone().expect("ghost curves");
    assert_eq!(ghost.changed, [StepId(2)].into_iter().collect());
    harness.get_by_label_contains("Compared with Workshop 12 March");
    harness.get_by_label_contains("Step 'Betaalt' moved from Slightly positive to Negative");

    // The list stepped aside for the comparison; open it again to restore.
    assert!(harness.query_by_label("Restore").is_none());
    harness.state_mut().command(Command::Snapshots);
    harness.run_steps(2);
    harness.get_by_label("Restore").click();
    harness.run_steps(3);
    let restored = map(&harness);
    assert_eq!(restored.step(StepId(2)).expect("step").1.emotion, -2.0);
    assert_eq!(
        restored.snapshots, saved.snapshots,
        "restoring keeps the snapshots"
    );
    assert!(
        harness.state().state.ghost.is_none(),
        "the comparison closes"
    );

    key(&mut harness, Modifiers::COMMAND, Key::Z);
    let undone = map(&harness);
    assert_eq!(undone.step(StepId(2)).expect("step").1.emotion, 1.0);
    assert_eq!(undone.snapshots.len(), 1);
}

#[test]
fn the_personas_compare_window_sets_each_as_is_journey_against_its_to_be_version() {
    let mut harness = harness_with(KlantreisApp::with_example());
    let personas: Vec<_> = map(&harness).personas.iter().map(|p| p.id).collect();
    let state = &mut harness.state_mut().state.personas;
    state.comparing = true;
    state.compare = personas;
    harness.run_steps(3);
    harness.get_by_label("As-is: Bas: price and speed first");
    harness.get_by_label("To-be: Bas: to-be, free shipping from €40 and next-day delivery");
    // Decision: Bas's cart abandonment (-0.9 on average) becomes +1.4.
    harness.get_by_label("+2.2");
}

#[test]
fn the_snapshot_list_shows_each_snapshots_size_in_the_file_once_saved() {
    let mut harness = opened();
    harness.state_mut().command(Command::SaveSnapshot);
    harness.run_steps(2);
    type_into(&mut harness, "Snapshot name", "Workshop 12 March");
    harness.get_by_label("Save").click();
    harness.run_steps(3);
    harness.state_mut().command(Command::Snapshots);
    harness.run_steps(2);
    // Not packed yet: the list never packs on the UI thread.
    harness.get_by_label("2 steps");
    let dir = tempfile::tempdir().expect("a folder");
    harness.state_mut().save_to(&dir.path().join("map.ron"));
    harness.state_mut().wait_for_io().expect("saved");
    harness.run_steps(2);
    harness.get_by_label_contains("2 steps, 1 KB in the file");
}
