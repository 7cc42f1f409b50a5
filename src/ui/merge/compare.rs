//! "Compare with…": the list of what the other version has differently,
//! beside the canvas, which shows the other version's curves as ghosts.

use egui::{RichText, Ui};

use super::t;
use crate::edit::Change;
use crate::i18n::diff::{heading, sentence};
use crate::i18n::fill;
use crate::scene::ghost::Ghost;
use crate::ui::shell::State;

/// The comparison shown: the other version's name and its changes.
pub struct Comparison {
    /// The other version's file name.
    pub name: String,
    /// The changes from the open map to the other version.
    pub changes: Vec<Change>,
}

impl Comparison {
    /// Shows the other version: its changes in the panel and its curves on the canvas.
    pub fn show(state: &mut State, name: String, ghost: Ghost, changes: Vec<Change>) {
        state.ghost = Some(ghost);
        state.merge.comparison = Some(Self { name, changes });
    }

    /// Closes the comparison: the panel and the ghosts go.
    pub fn close(state: &mut State) {
        state.merge.comparison = None;
        state.ghost = None;
    }
}

/// The panel listing the changes, while a comparison is open.
pub fn compare_panel_ui(ui: &mut Ui, state: &mut State) {
    let Some(comparison) = &state.merge.comparison else {
        return;
    };
    let t = t();
    let mut close = false;
    egui::Panel::left("compare")
        .resizable(true)
        .default_size(280.0)
        .min_size(220.0)
        .show(ui, |ui| {
            let name = &comparison.name;
            ui.heading(fill(t.compare_title, &[("name", name)]));
            ui.label(RichText::new(fill(t.compare_legend, &[("name", name)])).weak());
            close = ui.button(t.close_compare).clicked();
            ui.separator();
            egui::ScrollArea::vertical()
                .id_salt("compare-scroll")
                .show(ui, |ui| {
                    if comparison.changes.is_empty() {
                        ui.label(t.compare_same);
                        return;
                    }
                    ui.label(fill(t.compare_list, &[("name", name)]));
                    let mut group = None;
                    for change in &comparison.changes {
                        if group != Some(&change.group) {
                            group = Some(&change.group);
                            ui.add_space(4.0);
                            ui.label(RichText::new(heading(&change.group)).strong());
                        }
                        ui.add(egui::Label::new(sentence(change)).wrap());
                    }
                });
        });
    if close {
        Comparison::close(state);
    }
}
