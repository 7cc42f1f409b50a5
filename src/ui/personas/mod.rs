//! Personas: the panel that lists them, the editor in the inspector, the
//! printable-looking card, compare mode, and round avatars from their photos.

use egui::{RichText, Ui};

use crate::edit::{Edit, Gesture, ops};
use crate::model::{Channel, Demographics, Map, Persona, Psychographics};

use crate::i18n::fill;
use crate::i18n::plural;
use crate::ui::shell::avatars::avatar_ui;
use crate::ui::shell::compare::{compare_differences, persona_averages};
use crate::ui::shell::theme;
use crate::ui::shell::widgets::{self, lines_field, text_field};
use crate::ui::shell::{Selection, State};

pub mod state;

pub use state::PersonasState;

type Edits = Vec<(Edit, Option<Gesture>)>;

/// Who a persona is, for screen readers: "Persona, 30, teacher, Utrecht, walks 1 journey".
pub fn persona_description(persona: &crate::model::Persona, journeys: usize) -> String {
    let t = crate::i18n::inspector::t();
    let d = &persona.demographics;
    let about: String = [&d.age, &d.occupation, &d.location]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| format!("{}, ", s.trim()))
        .collect();
    let walks = plural(journeys, t.persona_walks_one, t.persona_walks_other, &[]);
    fill(t.persona_about, &[("about", &about), ("journeys", &walks)])
}

/// The persona panel: the list, and add, duplicate, delete, reorder, card and compare.
pub fn personas_panel_ui(ui: &mut Ui, map: &Map, state: &mut State, edits: &mut Edits) {
    let t = crate::i18n::inspector::t();
    ui.heading(t.personas);
    if map.personas.is_empty() {
        ui.label(t.no_personas);
    }
    for persona in &map.personas {
        let selected = state.selection == Selection::Persona(persona.id);
        ui.horizontal(|ui| {
            avatar_ui(ui, &mut state.avatars, persona, 32.0);
            let journeys = map
                .journeys
                .iter()
                .filter(|j| j.persona == Some(persona.id))
                .count();
            let text = RichText::new(&persona.name).strong();
            let response = ui.selectable_label(selected, text);
            // Screen readers hear who the persona is, not just the name.
            let about = persona_description(persona, journeys);
            ui.ctx()
                .accesskit_node_builder(response.id, |node| node.set_description(about));
            if response
                .on_hover_text(plural(
                    journeys,
                    t.persona_journeys_one,
                    t.persona_journeys_other,
                    &[],
                ))
                .clicked()
            {
                state.selection = Selection::Persona(persona.id);
            }
        });
    }
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        if ui.button(t.add_persona).clicked() {
            let persona = Persona::new(
                map.new_persona_id(),
                &format!("{} {}", t.persona, map.personas.len() + 1),
            );
            state.selection = Selection::Persona(persona.id);
            edits.push((Edit::InsertPersona(map.personas.len(), persona), None));
        }
        let Selection::Persona(id) = state.selection else {
            return;
        };
        let Some(index) = map.personas.iter().position(|p| p.id == id) else {
            return;
        };
        if ui.button(t.duplicate).clicked() {
            let name = fill(t.copy_name, &[("name", &map.personas[index].name)]);
            if let Some((copy, edit)) = ops::duplicate_persona(map, id, &name) {
                state.selection = Selection::Persona(copy);
                edits.push((edit, None));
            }
        }
        if ui
            .add_enabled(index > 0, egui::Button::new(t.move_up))
            .clicked()
        {
            edits.push((Edit::MovePersona(id, index - 1), None));
        }
        if ui
            .add_enabled(
                index + 1 < map.personas.len(),
                egui::Button::new(t.move_down),
            )
            .clicked()
        {
            edits.push((Edit::MovePersona(id, index + 1), None));
        }
        if ui.button(t.card_view).clicked() {
            state.personas.card = Some(id);
        }
        if ui.button(t.delete).clicked() {
            state.personas.delete_persona = Some(id);
        }
    });
    ui.add_space(6.0);
    if ui
        .add_enabled(map.personas.len() >= 2, egui::Button::new(t.compare))
        .on_hover_text(t.compare_hint)
        .clicked()
    {
        state.personas.comparing = true;
        if state.personas.compare.len() < 2 {
            state.personas.compare = map.personas.iter().take(2).map(|p| p.id).collect();
        }
    }
}

/// The persona editor in the inspector.
pub fn persona_editor_ui(
    ui: &mut Ui,
    map: &Map,
    persona: &Persona,
    state: &mut State,
    edits: &mut Edits,
) {
    let t = crate::i18n::inspector::t();
    ui.heading(t.persona);
    ui.horizontal(|ui| {
        avatar_ui(ui, &mut state.avatars, persona, 72.0);
        ui.vertical(|ui| {
            if ui
                .button(t.choose_photo)
                .on_hover_text(t.choose_photo_hint)
                .clicked()
            {
                state.personas.photo_request = Some((persona.id, None));
            }
            if persona.photo.is_some() && ui.button(t.remove_photo).clicked() {
                edits.push((
                    Edit::SetPersona(Persona {
                        photo: None,
                        ..persona.clone()
                    }),
                    None,
                ));
            }
            if ui.button(t.show_card).clicked() {
                state.personas.card = Some(persona.id);
            }
        });
    });
    let set = |edits: &mut Edits, changed: Persona, g: Option<Gesture>| {
        edits.push((Edit::SetPersona(changed), g))
    };
    if let Some((name, g)) = text_field(ui, state, t.name, &persona.name, false) {
        set(
            edits,
            Persona {
                name,
                ..persona.clone()
            },
            Some(g),
        );
    }
    if let Some((quote, g)) = text_field(ui, state, t.quote, &persona.quote, false) {
        set(
            edits,
            Persona {
                quote,
                ..persona.clone()
            },
            Some(g),
        );
    }
    egui::CollapsingHeader::new(t.demographics)
        .id_salt("persona-demographics")
        .show(ui, |ui| {
            type Field = fn(&mut Demographics) -> &mut String;
            let fields: [(&str, Field); 5] = [
                (t.age, |d| &mut d.age),
                (t.gender, |d| &mut d.gender),
                (t.income, |d| &mut d.income),
                (t.location, |d| &mut d.location),
                (t.occupation, |d| &mut d.occupation),
            ];
            // A copy to read through the same accessors that write.
            let mut current = persona.demographics.clone();
            for (label, field) in fields {
                if let Some((text, g)) = text_field(ui, state, label, field(&mut current), false) {
                    let mut changed = persona.clone();
                    *field(&mut changed.demographics) = text;
                    set(edits, changed, Some(g));
                }
            }
        });
    egui::CollapsingHeader::new(t.psychographics)
        .id_salt("persona-psychographics")
        .show(ui, |ui| {
            type Field = fn(&mut Psychographics) -> &mut Vec<String>;
            let fields: [(&str, Field); 4] = [
                (t.interests, |p| &mut p.interests),
                (t.values, |p| &mut p.values),
                (t.fears, |p| &mut p.fears),
                (t.motivations, |p| &mut p.motivations),
            ];
            let mut current = persona.psychographics.clone();
            for (label, field) in fields {
                if let Some((list, g)) = lines_field(ui, state, label, field(&mut current)) {
                    let mut changed = persona.clone();
                    *field(&mut changed.psychographics) = list;
                    set(edits, changed, Some(g));
                }
            }
        });
    if let Some((goals, g)) = lines_field(ui, state, t.goals, &persona.goals) {
        set(
            edits,
            Persona {
                goals,
                ..persona.clone()
            },
            Some(g),
        );
    }
    if let Some((challenges, g)) = lines_field(ui, state, t.challenges, &persona.challenges) {
        set(
            edits,
            Persona {
                challenges,
                ..persona.clone()
            },
            Some(g),
        );
    }
    if let Some((online_behaviour, g)) =
        lines_field(ui, state, t.online_behaviour, &persona.online_behaviour)
    {
        set(
            edits,
            Persona {
                online_behaviour,
                ..persona.clone()
            },
            Some(g),
        );
    }
    ui.label(RichText::new(t.preferred_channels).strong());
    ui.horizontal_wrapped(|ui| {
        for channel in Channel::LISTED {
            let mut on = persona.channels.contains(&channel);
            if ui.checkbox(&mut on, channel.name()).changed() {
                let mut changed = persona.clone();
                if on {
                    changed.channels.push(channel);
                } else {
                    changed.channels.retain(|c| *c != channel);
                }
                set(edits, changed, None);
            }
        }
    });
    if let Some((notes, g)) = text_field(ui, state, t.notes, &persona.notes, true) {
        set(
            edits,
            Persona {
                notes,
                ..persona.clone()
            },
            Some(g),
        );
    }
    let journeys: Vec<_> = map
        .journeys
        .iter()
        .filter(|j| j.persona == Some(persona.id))
        .map(|j| j.name.as_str())
        .collect();
    ui.add_space(6.0);
    ui.label(if journeys.is_empty() {
        t.walks_none.to_owned()
    } else {
        fill(t.walks, &[("journeys", &journeys.join(", "))])
    });
}

/// The compare window: which personas, and a table of averages and differences per phase.
pub fn compare_window(ctx: &egui::Context, map: &Map, state: &mut State) {
    if !state.personas.comparing {
        return;
    }
    let t = crate::i18n::inspector::t();
    let mut open = true;
    crate::ui::shell::screen::floating(
        egui::Window::new(t.compare_title)
            .id(egui::Id::unique("compare-personas"))
            .open(&mut open)
            .default_width(460.0),
        ctx,
    )
    .show(ctx, |ui| {
        ui.label(t.compare_intro);
        ui.horizontal_wrapped(|ui| {
            for persona in &map.personas {
                let mut on = state.personas.compare.contains(&persona.id);
                if ui.checkbox(&mut on, &persona.name).changed() {
                    if on {
                        state.personas.compare.push(persona.id);
                    } else {
                        state.personas.compare.retain(|p| *p != persona.id);
                    }
                }
            }
        });
        let compared: Vec<&Persona> = state
            .personas
            .compare
            .iter()
            .filter_map(|id| map.persona(*id))
            .collect();
        if compared.len() < 2 {
            ui.label(t.choose_two);
            return;
        }
        let differences = compare_differences(map, &state.personas.compare);
        let largest = differences
            .iter()
            .filter_map(|(p, d)| d.map(|d| (*p, d)))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        egui::Grid::new("compare-table")
            .striped(true)
            .spacing([14.0, 6.0])
            .show(ui, |ui| {
                ui.label(RichText::new(t.phase).strong());
                for persona in &compared {
                    ui.label(RichText::new(&persona.name).strong());
                }
                ui.label(RichText::new(t.difference).strong());
                ui.end_row();
                let averages: Vec<_> = compared
                    .iter()
                    .map(|p| persona_averages(map, p.id))
                    .collect();
                for (i, phase) in map.phases.iter().enumerate() {
                    ui.label(&phase.name);
                    for column in &averages {
                        ui.label(
                            column[i]
                                .1
                                .map_or(t.no_steps.to_owned(), |v| format!("{v:+.1}")),
                        );
                    }
                    let difference = differences[i].1;
                    let text = difference.map_or("-".to_owned(), |d| format!("{d:.1}"));
                    if largest.is_some_and(|(p, _)| p == phase.id) {
                        ui.label(
                            RichText::new(fill(t.largest, &[("value", &text)]))
                                .strong()
                                .color(theme::LOW_MARK),
                        );
                    } else {
                        ui.label(text);
                    }
                    ui.end_row();
                }
            });
        // The compared personas' as-is journeys against their to-be versions.
        for journey in map.journeys.iter().filter(|j| {
            j.to_be_of.is_none()
                && j.persona
                    .is_some_and(|p| state.personas.compare.contains(&p))
        }) {
            for to_be in map.to_be_versions(journey.id) {
                ui.separator();
                widgets::improvement_table_ui(ui, map, journey.id, to_be.id);
            }
        }
    });
    if !open {
        state.personas.comparing = false;
    }
}

/// The persona card: a page per persona, readable on a projector.
pub fn card_window(ctx: &egui::Context, map: &Map, state: &mut State) {
    let Some(id) = state.personas.card else {
        return;
    };
    let Some(persona) = map.persona(id) else {
        state.personas.card = None;
        return;
    };
    let t = crate::i18n::inspector::t();
    let mut open = true;
    crate::ui::shell::screen::floating(
        egui::Window::new(fill(t.card_title, &[("name", &persona.name)]))
            .id(egui::Id::unique("persona-card"))
            .open(&mut open)
            .default_width(720.0),
        ctx,
    )
    .show(ctx, |ui| {
        ui.horizontal(|ui| {
            avatar_ui(ui, &mut state.avatars, persona, 140.0);
            ui.vertical(|ui| {
                ui.label(RichText::new(&persona.name).size(30.0).strong());
                if !persona.quote.is_empty() {
                    ui.label(
                        RichText::new(format!("\"{}\"", persona.quote))
                            .size(18.0)
                            .italics(),
                    );
                }
                let d = &persona.demographics;
                let facts: Vec<&str> = [&d.age, &d.gender, &d.occupation, &d.location, &d.income]
                    .into_iter()
                    .map(String::as_str)
                    .filter(|s| !s.is_empty())
                    .collect();
                ui.label(RichText::new(facts.join(" · ")).size(16.0));
            });
        });
        ui.separator();
        let section = |ui: &mut Ui, title: &str, items: &[String]| {
            if items.is_empty() {
                return;
            }
            ui.label(RichText::new(title).size(17.0).strong());
            for item in items {
                ui.label(RichText::new(format!("- {item}")).size(15.0));
            }
            ui.add_space(6.0);
        };
        ui.columns(2, |columns| {
            section(&mut columns[0], t.goals, &persona.goals);
            section(&mut columns[0], t.challenges, &persona.challenges);
            section(
                &mut columns[0],
                t.online_behaviour,
                &persona.online_behaviour,
            );
            let channels: Vec<String> = persona
                .channels
                .iter()
                .map(|c| c.name().to_owned())
                .collect();
            section(&mut columns[0], t.preferred_channels, &channels);
            let p = &persona.psychographics;
            section(&mut columns[1], t.interests, &p.interests);
            section(&mut columns[1], t.values, &p.values);
            section(&mut columns[1], t.fears, &p.fears);
            section(&mut columns[1], t.motivations, &p.motivations);
        });
        if !persona.notes.is_empty() {
            ui.separator();
            ui.label(RichText::new(&persona.notes).size(15.0));
        }
    });
    if !open {
        state.personas.card = None;
    }
}
