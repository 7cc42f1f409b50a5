//! Files as a consultant names them: Save As selects the name part so typing
//! replaces it, adds ".ron" or asks before a name without it; a typed Open
//! path survives the question about unsaved changes.

mod common;

use common::{harness_with, key, two_step_map};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use klantreis::i18n::Language;
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::Dialog;

fn app() -> Harness<'static, KlantreisApp> {
    let mut app = KlantreisApp::new(two_step_map(Language::En, "Zoekt", "Koopt"), None);
    app.native_dialogs = false;
    harness_with(app)
}

/// Types into the focused path field (without selecting all first) and presses Enter.
fn type_path(harness: &mut Harness<'_, KlantreisApp>, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, "File path:")
        .type_text(text);
    harness.run_steps(2);
    key(harness, Modifiers::NONE, Key::Enter);
    harness.run_steps(2);
}

#[test]
fn save_as_selects_the_name_so_typing_replaces_it_and_keeps_ron() {
    let dir = tempfile::tempdir().expect("dir");
    let first = dir.path().join("kettle.ron");
    let mut harness = app();
    harness.state_mut().save_to(&first);
    harness.state_mut().wait_for_io().expect("saved");
    harness.run_steps(2);

    key(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run_steps(2);
    type_path(&mut harness, "relatief");
    harness.state_mut().wait_for_io().expect("saved");
    harness.run_steps(1);
    let expected = dir.path().join("relatief.ron");
    assert!(expected.exists(), "typing replaced the name: {expected:?}");
    assert!(!dir.path().join("kettle.ronrelatief").exists());
    assert_eq!(
        harness.state().doc.path.as_deref(),
        Some(expected.as_path())
    );
}

#[test]
fn save_as_a_new_map_offers_its_title_as_the_name() {
    let mut harness = app();
    key(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run_steps(2);
    let field = harness.get_by_role_and_label(Role::TextInput, "File path:");
    assert_eq!(field.value().as_deref(), Some("Waterkoker.ron"));
}

#[test]
fn a_name_without_ron_is_asked_about_and_ron_can_be_added() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = app();
    key(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run_steps(2);
    let typed = dir.path().join("kettle.txt");
    common::type_into(&mut harness, "File path:", &typed.display().to_string());
    key(&mut harness, Modifiers::NONE, Key::Enter);
    harness.run_steps(2);
    assert_eq!(
        harness.state().dialog,
        Some(Dialog::ConfirmExtension(typed.clone()))
    );
    assert!(!typed.exists(), "nothing is written before the answer");
    harness.get_by_label("Save as \"kettle.txt.ron\"").click();
    harness.run_steps(2);
    harness.state_mut().wait_for_io().expect("saved");
    assert!(dir.path().join("kettle.txt.ron").exists());
    assert!(!typed.exists());
}

#[test]
fn a_typed_open_path_survives_the_unsaved_changes_question() {
    let dir = tempfile::tempdir().expect("dir");
    let other = dir.path().join("other.ron");
    let mut other_map = two_step_map(Language::En, "Leest", "Bestelt");
    other_map.title = "Other".into();
    std::fs::write(&other, klantreis::io::to_ron(&other_map)).expect("write");

    let mut harness = app();
    // Unsaved work.
    let mut step = harness.state().doc.map.journeys[0].steps[0].clone();
    step.title = "Zoekt op Google".into();
    harness
        .state_mut()
        .apply(klantreis::edit::Edit::SetStep(step));
    harness.run_steps(1);
    harness
        .state_mut()
        .command(klantreis::ui::shell::commands::Command::OpenPath);
    harness.run_steps(2);
    common::type_into(&mut harness, "File path:", &other.display().to_string());
    key(&mut harness, Modifiers::NONE, Key::Enter);
    harness.run_steps(2);
    harness.get_by_label("Save changes?");
    harness.get_by_label("Discard changes").click();
    harness.run_steps(2);
    harness.state_mut().wait_for_io().expect("opened");
    harness.run_steps(1);
    assert_eq!(harness.state().doc.map.title, "Other");
    assert_eq!(harness.state().doc.path.as_deref(), Some(other.as_path()));
}
