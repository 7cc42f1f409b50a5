//! The Conflicts panel: every merge conflict of the open map with what the
//! common version, this copy and the other copy said, in words, and the
//! choices "Keep mine", "Keep theirs" and "Edit". Each choice is one undo step.

use egui::{RichText, Ui};

use super::t;
use crate::edit::merge::{Choice, ResolveError, resolve};
use crate::edit::{Edit, Gesture};
use crate::i18n::merge::{about, said};
use crate::i18n::plural;
use crate::model::{
    Conflict, ContentId, EntityKind, Field, JourneyId, Map, PersonaId, PhaseId, StepId,
};
use crate::ui::shell::state::Page;
use crate::ui::shell::{Selection, State};

/// The panel on the left while the map has conflicts (unless the user hid it).
pub fn conflicts_panel_ui(
    ui: &mut Ui,
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
) {
    if map.conflicts.is_empty() {
        state.merge.editing = None;
        state.merge.error = None;
        return;
    }
    if state.merge.panel_hidden {
        return;
    }
    egui::Panel::left("conflicts")
        .resizable(true)
        .default_size(290.0)
        .min_size(240.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("conflicts-scroll")
                .show(ui, |ui| list_ui(ui, map, state, edits));
        });
}

fn list_ui(ui: &mut Ui, map: &Map, state: &mut State, edits: &mut Vec<(Edit, Option<Gesture>)>) {
    let t = t();
    let n = map.conflicts.len();
    ui.horizontal(|ui| {
        ui.heading(plural(
            n,
            t.conflicts_title_one,
            t.conflicts_title_other,
            &[],
        ));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(t.hide_panel).clicked() {
                state.merge.panel_hidden = true;
            }
        });
    });
    ui.label(RichText::new(t.conflicts_intro).weak());
    if let Some(error) = &state.merge.error {
        ui.colored_label(ui.visuals().error_fg_color, error);
    }
    ui.add_space(4.0);
    for (index, conflict) in map.conflicts.iter().enumerate() {
        ui.push_id(index, |ui| {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                conflict_ui(ui, map, index, conflict, state, edits);
            });
        });
    }
}

fn conflict_ui(
    ui: &mut Ui,
    map: &Map,
    index: usize,
    conflict: &Conflict,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
) {
    let t = t();
    ui.label(RichText::new(about(conflict)).strong());
    match conflict.field {
        None if conflict.ours.is_none() => {
            ui.label(t.deleted_here);
        }
        None => {
            ui.label(t.deleted_there);
        }
        Some(Field::Order) => {
            ui.label(t.order_conflict);
        }
        Some(_) => {}
    }
    egui::Grid::new("sides")
        .num_columns(2)
        .spacing([8.0, 2.0])
        .show(ui, |ui| {
            for (label, text) in [
                (t.said_base, &conflict.base),
                (t.said_mine, &conflict.ours),
                (t.said_theirs, &conflict.theirs),
            ] {
                ui.label(RichText::new(label).weak());
                ui.add(egui::Label::new(said(map, conflict, text.as_deref())).wrap());
                ui.end_row();
            }
        });
    if state.merge.editing.as_ref() == Some(conflict) {
        ui.label(t.editing_note);
        if ui.button(t.done_editing).clicked() {
            let mut decided = map.clone();
            decided.conflicts.remove(index);
            edits.push((Edit::SetMap(Box::new(decided)), None));
            state.merge.editing = None;
            state.merge.error = None;
        }
        return;
    }
    ui.horizontal_wrapped(|ui| {
        let mut choice = None;
        if ui.button(t.keep_mine).clicked() {
            choice = Some(Choice::Mine);
        }
        if ui.button(t.keep_theirs).clicked() {
            choice = Some(Choice::Theirs);
        }
        if ui.button(t.edit_value).on_hover_text(t.edit_hint).clicked() {
            select(conflict, state);
            state.merge.editing = Some(conflict.clone());
            state.merge.error = None;
        }
        if let Some(choice) = choice {
            match resolve(map, index, choice) {
                Ok(edit) => {
                    edits.push((edit, None));
                    state.merge.error = None;
                }
                Err(e) => state.merge.error = Some(reason(&e).to_owned()),
            }
        }
    });
}

/// Selects what a conflict is about, so the inspector shows it.
fn select(conflict: &Conflict, state: &mut State) {
    let id = conflict.id;
    state.selection = match (conflict.kind, conflict.field) {
        (EntityKind::Map, _) => Selection::None,
        (EntityKind::Step, Some(Field::Order)) => Selection::Journey(JourneyId(id)),
        (_, Some(Field::Order)) => Selection::None,
        (EntityKind::Step, _) => Selection::Steps(vec![StepId(id)]),
        (EntityKind::Phase, _) => Selection::Phase(PhaseId(id)),
        (EntityKind::Journey, _) => Selection::Journey(JourneyId(id)),
        (EntityKind::Persona, _) => Selection::Persona(PersonaId(id)),
        (EntityKind::Content, _) => Selection::Content(ContentId(id)),
    };
    if conflict.kind == EntityKind::Step {
        state.calendar.page = Page::Journey;
    }
}

/// Why a choice could not be made, in words.
fn reason(error: &ResolveError) -> &'static str {
    let t = t();
    match error {
        ResolveError::Gone => t.resolve_gone,
        ResolveError::BadValue => t.resolve_bad_value,
        ResolveError::StillUsed => t.resolve_still_used,
    }
}
