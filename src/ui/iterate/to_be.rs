//! The journey inspector's "As-is and to-be" part: make a to-be version,
//! say which journey this one is the to-be of, and the improvement per phase.

use egui::{RichText, Ui};

use crate::edit::{Edit, Gesture, iterate};
use crate::i18n::fill;
use crate::i18n::iterate::t;
use crate::model::{JourneyId, Map};
use crate::ui::shell::State;
use crate::ui::shell::compare::journey_averages;

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
        improvement_table_ui(ui, map, as_is, to_be);
    }
}

/// Each phase's average emotion of the as-is and the to-be journey, and
/// the difference (the same numbers the canvas shows per phase).
fn improvement_table_ui(ui: &mut Ui, map: &Map, as_is: JourneyId, to_be: JourneyId) {
    let t = t();
    let (Some(before), Some(after)) = (map.journey(as_is), map.journey(to_be)) else {
        return;
    };
    ui.add_space(4.0);
    ui.label(RichText::new(t.improvement_table).weak());
    // Journey names are long: they go above the table, the columns say which is which.
    ui.add(egui::Label::new(fill(t.as_is_named, &[("name", &before.name)])).wrap());
    ui.add(egui::Label::new(fill(t.to_be_named, &[("name", &after.name)])).wrap());
    let number = |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| format!("{v:+.1}"));
    egui::Grid::new(("improvement", to_be))
        .striped(true)
        .show(ui, |ui| {
            ui.label("");
            ui.label(RichText::new(t.as_is_column).strong());
            ui.label(RichText::new(t.to_be_column).strong());
            ui.label(RichText::new(t.change).strong());
            ui.end_row();
            let averages = journey_averages(map, as_is)
                .into_iter()
                .zip(journey_averages(map, to_be));
            for ((phase, was), (_, will)) in averages {
                let name = map.phase(phase).map_or("", |p| p.name.as_str());
                ui.label(name);
                ui.label(number(was));
                ui.label(number(will));
                let change = was.zip(will).map(|(a, b)| b - a);
                ui.label(RichText::new(number(change)).strong());
                ui.end_row();
            }
        });
}
