//! The inspector: the side panel that edits what is selected — a step, a
//! phase, a journey, or the map itself. It reads the map and raises edits.

use egui::{RichText, Ui};

use crate::edit::{Edit, Gesture, MapText, ops};
use crate::model::{Emotion, Journey, Kpi, Map, Phase, Step};

use crate::i18n::{fill, plural};
use crate::ui::shell::navigate::new_journey;
use crate::ui::shell::theme;
use crate::ui::shell::widgets::{channel_ui, lines_field, text_field};
use crate::ui::shell::{Selection, State};

type Edits = Vec<(Edit, Option<Gesture>)>;

/// Draws the inspector for the selected steps, phase or journey, or the map
/// when nothing is selected. Under a phase the shell adds its content items.
pub fn inspector_ui(ui: &mut Ui, map: &Map, state: &mut State, edits: &mut Edits) {
    ui.add_space(4.0);
    match state.selection.clone() {
        Selection::Steps(ids) if ids.len() == 1 => {
            if let Some((journey, step)) = map.step(ids[0]) {
                step_ui(ui, map, journey, step, state, edits);
            }
        }
        Selection::Steps(ids) => {
            let t = crate::i18n::inspector::t();
            ui.heading(fill(t.steps_selected, &[("n", &ids.len())]));
            ui.label(t.drag_to_move_all);
            if ui.button(t.delete_these_steps).clicked()
                && let Some(edit) = delete_selection(map, &state.selection)
            {
                edits.push((edit, None));
            }
        }
        Selection::Phase(id) => {
            if let Some(phase) = map.phase(id) {
                phase_ui(ui, map, phase, state, edits);
            }
        }
        Selection::Journey(id) => {
            if let Some(journey) = map.journey(id) {
                journey_ui(ui, map, journey, state, edits);
            }
        }
        // A persona's and a content item's editors belong to their features;
        // the shell shows them in the inspector panel in place of this one.
        Selection::Persona(_) | Selection::Content(_) => {}
        Selection::None => map_ui(ui, map, state, edits),
    }
}

fn step_ui(
    ui: &mut Ui,
    map: &Map,
    journey: &Journey,
    step: &Step,
    state: &mut State,
    edits: &mut Edits,
) {
    let t = crate::i18n::inspector::t();
    ui.heading(t.step);
    ui.label(
        RichText::new(fill(t.in_journey, &[("journey", &journey.name)]))
            .color(theme::color(journey.color)),
    );
    ui.add_space(4.0);
    let set = |edits: &mut Edits, changed: Step, gesture: Option<Gesture>| {
        let changed = crate::model::evidence::follow_items(step, changed);
        edits.push((Edit::SetStep(changed), gesture))
    };

    if let Some((title, g)) = text_field(ui, state, t.title, &step.title, false) {
        set(
            edits,
            Step {
                title,
                ..step.clone()
            },
            Some(g),
        );
    }

    let label = ui.label(RichText::new(t.emotion).strong());
    let mut emotion = step.emotion;
    let slider = egui::Slider::new(&mut emotion, Emotion::MIN..=Emotion::MAX)
        .step_by(if state.journey.snap { 1.0 } else { 0.1 })
        // Only edits snap: showing a step must not change it.
        .clamping(egui::SliderClamping::Edits)
        .custom_formatter(|v, _| format!("{v:+.1} ({})", Emotion::nearest(v).name()));
    let response = ui.add(slider).labelled_by(label.id);
    if response.changed() {
        set(
            edits,
            Step {
                emotion,
                ..step.clone()
            },
            Some(Gesture::Typing(format!("{:?}", response.id))),
        );
    }
    if response.drag_stopped() || response.lost_focus() {
        state.gesture_ended = true;
    }
    crate::ui::shell::sparkline::measured_emotion_ui(ui, step);

    let label = ui.label(RichText::new(t.phase).strong());
    let current = map
        .phase(step.phase)
        .map_or(t.missing_phase, |p| p.name.as_str());
    egui::ComboBox::from_id_salt("step-phase")
        .selected_text(current)
        .show_ui(ui, |ui| {
            for phase in &map.phases {
                if ui
                    .selectable_label(phase.id == step.phase, &phase.name)
                    .clicked()
                    && phase.id != step.phase
                {
                    set(
                        edits,
                        Step {
                            phase: phase.id,
                            ..step.clone()
                        },
                        None,
                    );
                }
            }
        })
        .response
        .labelled_by(label.id);

    if let Some((touchpoint, g)) = text_field(ui, state, t.touchpoint, &step.touchpoint, false) {
        set(
            edits,
            Step {
                touchpoint,
                ..step.clone()
            },
            Some(g),
        );
    }
    if let Some(channel) = channel_ui(ui, state, t.channel, step.channel.as_ref()) {
        set(
            edits,
            Step {
                channel: channel.0,
                ..step.clone()
            },
            channel.1,
        );
    }
    if let Some((actions, g)) = lines_field(ui, state, t.actions, &step.actions) {
        set(
            edits,
            Step {
                actions,
                ..step.clone()
            },
            Some(g),
        );
    }
    if let Some((thoughts, g)) = lines_field(ui, state, t.thoughts, &step.thoughts) {
        set(
            edits,
            Step {
                thoughts,
                ..step.clone()
            },
            Some(g),
        );
    }
    if let Some((pain_points, g)) = lines_field(ui, state, t.pain_points, &step.pain_points) {
        set(
            edits,
            Step {
                pain_points,
                ..step.clone()
            },
            Some(g),
        );
    }
    if let Some((opportunities, g)) = lines_field(ui, state, t.opportunities, &step.opportunities) {
        set(
            edits,
            Step {
                opportunities,
                ..step.clone()
            },
            Some(g),
        );
    }
    if let Some((notes, g)) = text_field(ui, state, t.notes, &step.notes, true) {
        set(
            edits,
            Step {
                notes,
                ..step.clone()
            },
            Some(g),
        );
    }
    ui.add_space(8.0);
    if ui.button(t.delete_step).clicked()
        && let Some(edit) = ops::delete_steps(map, &[step.id])
    {
        edits.push((edit, None));
    }
}

fn phase_ui(ui: &mut Ui, map: &Map, phase: &Phase, state: &mut State, edits: &mut Edits) {
    let t = crate::i18n::inspector::t();
    ui.heading(t.phase);
    let set = |edits: &mut Edits, changed: Phase, gesture: Option<Gesture>| {
        edits.push((Edit::SetPhase(changed), gesture))
    };
    if let Some((name, g)) = text_field(ui, state, t.name, &phase.name, false) {
        set(
            edits,
            Phase {
                name,
                ..phase.clone()
            },
            Some(g),
        );
    }
    if let Some((description, g)) = text_field(ui, state, t.description, &phase.description, true) {
        set(
            edits,
            Phase {
                description,
                ..phase.clone()
            },
            Some(g),
        );
    }
    ui.horizontal(|ui| {
        let label = ui.label(RichText::new(t.colour).strong());
        let mut color = theme::color(phase.color);
        if ui
            .color_edit_button_srgba(&mut color)
            .labelled_by(label.id)
            .changed()
        {
            set(
                edits,
                Phase {
                    color: theme::rgb(color),
                    ..phase.clone()
                },
                Some(Gesture::Typing(format!("colour {}", phase.id))),
            );
        }
        let label = ui.label(RichText::new(t.length).strong());
        let mut width = phase.width;
        let response = ui
            .add(
                egui::DragValue::new(&mut width)
                    .range(0.5..=1000.0)
                    .speed(0.2),
            )
            .labelled_by(label.id);
        if response.changed() {
            set(
                edits,
                Phase {
                    width,
                    ..phase.clone()
                },
                Some(Gesture::Typing(format!("{:?}", response.id))),
            );
        }
    });

    ui.add_space(6.0);
    ui.label(RichText::new(t.kpis).strong());
    for (i, kpi) in phase.kpis.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.push_id(i, |ui| {
                let update = |edits: &mut Edits, kpi: Kpi, g: Gesture| {
                    let mut changed = phase.clone();
                    changed.kpis[i] = kpi;
                    edits.push((Edit::SetPhase(changed), Some(g)));
                };
                if let Some((name, g)) = text_field(ui, state, t.kpi, &kpi.name, false) {
                    update(
                        edits,
                        Kpi {
                            name,
                            ..kpi.clone()
                        },
                        g,
                    );
                }
                ui.columns(2, |columns| {
                    let target = kpi.target_shown();
                    if let Some((text, g)) =
                        text_field(&mut columns[0], state, t.target, &target, false)
                    {
                        update(edits, kpi.with_target_text(&text), g);
                    }
                    let unit_label = crate::i18n::measure::t().unit;
                    if let Some((unit, g)) =
                        text_field(&mut columns[1], state, unit_label, &kpi.unit, false)
                    {
                        update(
                            edits,
                            Kpi {
                                unit,
                                ..kpi.clone()
                            },
                            g,
                        );
                    }
                });
                crate::ui::shell::sparkline::kpi_figures_ui(ui, kpi);
                if ui.small_button(t.remove_kpi).clicked() {
                    let mut changed = phase.clone();
                    changed.kpis.remove(i);
                    edits.push((Edit::SetPhase(changed), None));
                }
            });
        });
    }
    if ui.button(t.add_kpi).clicked() {
        let mut changed = phase.clone();
        changed.kpis.push(Kpi {
            name: t.new_kpi.to_owned(),
            ..Kpi::default()
        });
        edits.push((Edit::SetPhase(changed), None));
    }

    ui.add_space(10.0);
    ui.horizontal(|ui| {
        if ui.button(t.add_phase_after).clicked() {
            let index = map
                .phases
                .iter()
                .position(|p| p.id == phase.id)
                .map_or(map.phases.len(), |i| i + 1);
            let new = new_phase(map);
            state.selection = Selection::Phase(new.id);
            edits.push((Edit::InsertPhase(index, new), None));
        }
        let can_delete = map.phases.len() > 1;
        if ui
            .add_enabled(can_delete, egui::Button::new(t.delete_phase))
            .on_hover_text(t.delete_phase_hint)
            .clicked()
            && let Some(edit) = delete_selection(map, &Selection::Phase(phase.id))
        {
            edits.push((edit, None));
        }
    });
    ui.label(t.phase_tip);
}

/// A new phase in the next free colour.
fn new_phase(map: &Map) -> Phase {
    Phase {
        id: map.new_phase_id(),
        name: fill(
            crate::i18n::inspector::t().new_phase,
            &[("n", &(map.phases.len() + 1))],
        ),
        description: String::new(),
        color: theme::PHASE_COLOURS[map.phases.len() % theme::PHASE_COLOURS.len()],
        width: 10.0,
        kpis: Vec::new(),
    }
}

fn journey_ui(ui: &mut Ui, map: &Map, journey: &Journey, state: &mut State, edits: &mut Edits) {
    let t = crate::i18n::inspector::t();
    ui.heading(t.journey);
    let meta = || Journey {
        steps: Vec::new(),
        ..journey.clone()
    };
    if let Some((name, g)) = text_field(ui, state, t.name, &journey.name, false) {
        edits.push((Edit::SetJourney(Journey { name, ..meta() }), Some(g)));
    }
    ui.horizontal(|ui| {
        let label = ui.label(RichText::new(t.colour).strong());
        let mut color = theme::color(journey.color);
        if ui
            .color_edit_button_srgba(&mut color)
            .labelled_by(label.id)
            .changed()
        {
            edits.push((
                Edit::SetJourney(Journey {
                    color: theme::rgb(color),
                    ..meta()
                }),
                Some(Gesture::Typing(format!("journey colour {}", journey.id))),
            ));
        }
    });
    let label = ui.label(RichText::new(t.persona).strong());
    let current = journey
        .persona
        .and_then(|p| map.persona(p))
        .map_or(t.none, |p| p.name.as_str());
    egui::ComboBox::from_id_salt("journey-persona")
        .selected_text(current)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(journey.persona.is_none(), t.none)
                .clicked()
            {
                edits.push((
                    Edit::SetJourney(Journey {
                        persona: None,
                        ..meta()
                    }),
                    None,
                ));
            }
            for persona in &map.personas {
                if ui
                    .selectable_label(journey.persona == Some(persona.id), &persona.name)
                    .clicked()
                {
                    edits.push((
                        Edit::SetJourney(Journey {
                            persona: Some(persona.id),
                            ..meta()
                        }),
                        None,
                    ));
                }
            }
        })
        .response
        .labelled_by(label.id);
    ui.label(plural(
        journey.steps.len(),
        t.step_count_one,
        t.step_count_other,
        &[],
    ));
    ui.add_space(8.0);
    if ui
        .button(t.delete_journey)
        .on_hover_text(t.delete_journey_hint)
        .clicked()
        && let Some(edit) = ops::delete_journeys(map, &[journey.id])
    {
        edits.push((edit, None));
    }
}

fn map_ui(ui: &mut Ui, map: &Map, state: &mut State, edits: &mut Edits) {
    let t = crate::i18n::inspector::t();
    ui.heading(t.map);
    for (field, label, value, multiline) in [
        (MapText::Title, t.title, &map.title, false),
        (MapText::Goal, t.goal, &map.goal, true),
        (MapText::Description, t.description, &map.description, true),
    ] {
        if let Some((text, g)) = text_field(ui, state, label, value, multiline) {
            edits.push((Edit::SetMapText(field, text), Some(g)));
        }
    }
    ui.add_space(8.0);
    ui.label(RichText::new(t.phases).strong());
    for phase in &map.phases {
        if ui
            .selectable_label(
                false,
                RichText::new(&phase.name).color(theme::ink(ui.visuals().dark_mode)),
            )
            .on_hover_text(t.edit_phase)
            .clicked()
        {
            state.selection = Selection::Phase(phase.id);
        }
    }
    if ui.button(t.add_phase).clicked() {
        let phase = new_phase(map);
        state.selection = Selection::Phase(phase.id);
        edits.push((Edit::InsertPhase(map.phases.len(), phase), None));
    }
    ui.add_space(8.0);
    ui.label(RichText::new(t.journeys).strong());
    for journey in &map.journeys {
        let text = RichText::new(plural(
            journey.steps.len(),
            t.journey_steps_one,
            t.journey_steps_other,
            &[("journey", &journey.name)],
        ))
        .color(theme::color(journey.color));
        if ui
            .selectable_label(false, text)
            .on_hover_text(t.edit_journey)
            .clicked()
        {
            state.selection = Selection::Journey(journey.id);
        }
    }
    if ui.button(t.add_journey).clicked() {
        let (id, edit) = ops::new_journey(map, new_journey(map));
        state.selection = Selection::Journey(id);
        state.journey.focus = Some(id);
        edits.push((edit, None));
    }
}

/// The edit that deletes the selection: content, steps, a journey, a persona
/// (keeping its journeys) or a phase (whose steps and content move to a
/// neighbouring phase). See [`ops`] for what each keeps valid.
pub fn delete_selection(map: &Map, selection: &Selection) -> Option<Edit> {
    match selection {
        Selection::None => None,
        Selection::Content(id) => ops::delete_content(map, &[*id]),
        Selection::Steps(ids) => ops::delete_steps(map, ids),
        Selection::Journey(id) => ops::delete_journeys(map, &[*id]),
        Selection::Persona(id) => ops::delete_persona(map, *id, false),
        Selection::Phase(id) => ops::delete_phase(map, *id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, set_language};

    #[test]
    fn counts_take_the_right_plural() {
        for (language, one, two) in [
            (Language::En, "1 step", "2 steps"),
            (Language::Nl, "1 stap", "2 stappen"),
        ] {
            set_language(language);
            let t = crate::i18n::inspector::t();
            assert_eq!(plural(1, t.step_count_one, t.step_count_other, &[]), one);
            assert_eq!(plural(2, t.step_count_one, t.step_count_other, &[]), two);
        }
        let t = crate::i18n::inspector::t();
        assert_eq!(
            plural(
                0,
                t.journey_steps_one,
                t.journey_steps_other,
                &[("journey", &"Bas")]
            ),
            "Bas (0 stappen)"
        );
        set_language(Language::En);
        let t = crate::i18n::inspector::t();
        assert_eq!(
            plural(1, t.persona_journeys_one, t.persona_journeys_other, &[]),
            "1 journey; click to edit"
        );
    }

    #[test]
    fn a_new_phase_is_named_in_the_language() {
        let map = crate::model::PhaseTemplate::FivePhase.new_map(Language::Nl);
        set_language(Language::Nl);
        assert_eq!(new_phase(&map).name, "Fase 6");
        set_language(Language::En);
        assert_eq!(new_phase(&map).name, "Phase 6");
    }
}
