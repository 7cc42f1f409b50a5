//! Helpers shared by the editor's UI tests.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use klantreis::ui::KlantreisApp;

/// Replaces the text of the field labelled `label` (single- or multi-line) by typing.
pub fn type_into(harness: &mut Harness<'_, KlantreisApp>, label: &str, text: &str) {
    let field = harness
        .query_by_role_and_label(Role::TextInput, label)
        .unwrap_or_else(|| harness.get_by_role_and_label(Role::MultilineTextInput, label));
    field.focus();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    field.type_text(text);
    harness.run_steps(2);
}
