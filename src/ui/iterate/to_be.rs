//! The journey inspector's "As-is and to-be" part: make a to-be version,
//! say which journey this one is the to-be of, and the improvement per phase.

use egui::{RichText, Ui};

use crate::edit::{Edit, Gesture, iterate};
use crate::i18n::fill;
use crate::i18n::iterate::t;
use crate::model::{JourneyId, Map};
use crate::ui::shell::State;

type Edits = Vec<(Edit, Option<Gesture>)>;

/// The journey's inspector (drawn by `inspector`, the journey feature's),
/// then its as-is and to-be part.
pub fn journey_inspector_ui(
    ui: &mut Ui,
    map: &Map,
    id: JourneyId,
    state: &mut State,
    edits: &mut Edits,
    inspector: fn(&mut Ui, &Map, &mut State, &mut Edits),
) {
    inspector(ui, map, state, edits);
    if map.journey(id).is_some() {
        ui.separator();
        to_be_ui(ui, map, id, edits);
    }
}

/// Make a to-be version, "Is the to-be of…", and the improvement table.
pub fn to_be_ui(ui: &mut Ui, map: &Map, id: JourneyId, edits: &mut Edits) {
    let t = t();
    let Some(journey) = map.journey(id) else {
        return;
    };
    ui.label(RichText::new(t.to_be_heading).strong());
    if ui
        .button(t.make_to_be)
        .on_hover_text(t.make_to_be_hint)
        .clicked()
    {
        let name = fill(t.to_be_name, &[("name", &journey.name)]);
        if let Some((_, edit)) = iterate::make_to_be(map, id, &name) {
            edits.push((edit, None));
        }
    }
    let label = ui.label(t.is_to_be_of);
    let name_of = |of: Option<JourneyId>| {
        of.and_then(|a| map.journey(a))
            .map_or_else(|| t.not_to_be.to_owned(), |j| j.name.clone())
    };
    let mut chosen = journey.to_be_of;
    egui::ComboBox::from_id_salt(("to-be-of", id))
        .selected_text(name_of(chosen))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, None, t.not_to_be);
            for other in iterate::as_is_choices(map, id) {
                ui.selectable_value(&mut chosen, Some(other), name_of(Some(other)));
            }
        })
        .response
        .labelled_by(label.id);
    if chosen != journey.to_be_of
        && let Some(edit) = iterate::set_as_is(map, id, chosen)
    {
        edits.push((edit, None));
    }
    let versions: Vec<&str> = map.to_be_versions(id).map(|j| j.name.as_str()).collect();
    if !versions.is_empty() {
        ui.label(fill(t.to_be_versions, &[("names", &versions.join(", "))]));
    }
    // The comparison: this to-be journey against its as-is one, or this
    // as-is journey against its first to-be version.
    let pair = match journey.to_be_of {
        Some(as_is) => Some((as_is, id)),
        None => map.to_be_versions(id).next().map(|j| (id, j.id)),
    };
    if let Some((as_is, to_be)) = pair {
        crate::ui::shell::widgets::improvement_table_ui(ui, map, as_is, to_be);
    }
}
