//! The snapshot windows: "Save snapshot" (a name; the date is today's) and
//! the list of the map's snapshots, each of which can be compared with the
//! map, restored, renamed or deleted. They say what the user asked; the
//! shell does it.

use egui::{Key, RichText};

use crate::i18n::fill;
use crate::i18n::iterate::t;
use crate::model::{MAX_SNAPSHOTS, Map, Snapshot, SnapshotId};
use crate::ui::shell::State;

/// What the user asked of the snapshots.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SnapshotAction {
    /// Save the map now as a snapshot with this name.
    Save(String),
    /// Compare the map with this snapshot.
    Compare(SnapshotId),
    /// Restore this snapshot's content.
    Restore(SnapshotId),
    /// Rename this snapshot.
    Rename(SnapshotId, String),
    /// Delete this snapshot.
    Delete(SnapshotId),
}

/// The "Save snapshot" window, while it is open.
pub fn save_snapshot_window(ctx: &egui::Context, state: &mut State) -> Option<SnapshotAction> {
    let t = t();
    let iterate = &mut state.iterate;
    let name = iterate.saving.as_mut()?;
    let mut action = None;
    let mut close = false;
    egui::Window::new(t.save_title)
        .id(egui::Id::unique("save-snapshot"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            ui.label(t.save_intro);
            let label = ui.label(RichText::new(t.snapshot_name).strong());
            let field = ui
                .add(egui::TextEdit::singleline(name).hint_text(t.name_example))
                .labelled_by(label.id);
            if !field.has_focus() && name.is_empty() {
                field.request_focus();
            }
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            if let Some(error) = &iterate.error {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
            ui.horizontal(|ui| {
                if ui.button(t.save).clicked() || entered {
                    action = Some(SnapshotAction::Save(name.clone()));
                }
                close = ui.button(t.cancel).clicked();
            });
        });
    if close {
        iterate.saving = None;
        iterate.error = None;
    }
    action
}

/// The list of the map's snapshots, while it is open.
pub fn snapshots_window(
    ctx: &egui::Context,
    map: &Map,
    state: &mut State,
) -> Option<SnapshotAction> {
    let t = t();
    let iterate = &mut state.iterate;
    if !iterate.list_open {
        return None;
    }
    let mut action = None;
    let mut open = true;
    egui::Window::new(t.list_title)
        .id(egui::Id::unique("snapshots"))
        .open(&mut open)
        .default_width(420.0)
        .show(ctx, |ui| {
            if map.snapshots.is_empty() {
                ui.label(t.list_empty);
                return;
            }
            ui.label(RichText::new(fill(t.list_intro, &[("max", &MAX_SNAPSHOTS)])).weak());
            ui.separator();
            egui::ScrollArea::vertical()
                .max_height(420.0)
                .show(ui, |ui| {
                    for snapshot in map.snapshots.iter().rev() {
                        if let Some(asked) = snapshot_row_ui(ui, snapshot, &mut iterate.renaming) {
                            action = Some(asked);
                        }
                        ui.separator();
                    }
                });
        });
    if !open {
        iterate.list_open = false;
        iterate.renaming = None;
    }
    action
}

/// One snapshot: its name and date, its size, and what can be done with it.
fn snapshot_row_ui(
    ui: &mut egui::Ui,
    snapshot: &Snapshot,
    renaming: &mut Option<(SnapshotId, String)>,
) -> Option<SnapshotAction> {
    let t = t();
    let mut action = None;
    if let Some((id, name)) = renaming.as_mut().filter(|(id, _)| *id == snapshot.id) {
        let id = *id;
        let label = ui.label(RichText::new(t.snapshot_name).strong());
        let field = ui.text_edit_singleline(name).labelled_by(label.id);
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        let mut done = false;
        ui.horizontal(|ui| {
            if ui.button(t.save).clicked() || entered {
                action = Some(SnapshotAction::Rename(id, name.clone()));
            }
            done = ui.button(t.cancel).clicked() || action.is_some();
        });
        if done {
            *renaming = None;
        }
        return action;
    }
    let date = snapshot.date.format("%Y-%m-%d").to_string();
    ui.label(
        RichText::new(fill(
            t.snapshot_label,
            &[("name", &snapshot.name), ("date", &date)],
        ))
        .strong(),
    );
    let steps = snapshot.map.steps().count();
    let size = match snapshot.packed_len() {
        Some(bytes) => fill(
            t.snapshot_bytes,
            &[("steps", &steps), ("size", &file_size(bytes))],
        ),
        None => fill(t.snapshot_size, &[("steps", &steps)]),
    };
    ui.label(RichText::new(size).weak());
    ui.horizontal(|ui| {
        if ui.button(t.compare).on_hover_text(t.compare_hint).clicked() {
            action = Some(SnapshotAction::Compare(snapshot.id));
        }
        if ui.button(t.restore).on_hover_text(t.restore_hint).clicked() {
            action = Some(SnapshotAction::Restore(snapshot.id));
        }
        if ui.button(t.rename).clicked() {
            *renaming = Some((snapshot.id, snapshot.name.clone()));
        }
        if ui.button(t.delete).clicked() {
            action = Some(SnapshotAction::Delete(snapshot.id));
        }
    });
    action
}

/// A size in the file as people say it: "840 KB", "12.5 MB".
fn file_size(bytes: usize) -> String {
    #[allow(clippy::cast_precision_loss)]
    let bytes = bytes as f64;
    if bytes < 1_000_000.0 {
        format!("{:.0} KB", (bytes / 1000.0).ceil())
    } else {
        format!("{:.1} MB", bytes / 1_000_000.0)
    }
}
