//! The experiments of a step: an A/B test on one of its pain points or
//! opportunities, edited in the inspector.

use chrono::NaiveDate;
use egui::{RichText, Ui};

use super::Edits;
use crate::edit::evidence::{add_experiment, remove_experiment, set_experiment};
use crate::i18n::evidence::{status_name, t};
use crate::i18n::fill;
use crate::model::{Experiment, ExperimentStatus, Lane, Map, Step};
use crate::ui::shell::State;
use crate::ui::shell::widgets::text_field;

/// The step's experiments and a menu to add one.
pub(super) fn experiments_ui(
    ui: &mut Ui,
    map: &Map,
    step: &Step,
    state: &mut State,
    edits: &mut Edits,
) {
    let t = t();
    ui.add_space(6.0);
    ui.label(RichText::new(t.experiments).strong());
    for experiment in &step.experiments {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.push_id(("experiment", experiment.id), |ui| {
                experiment_ui(ui, map, step, experiment, state, edits);
            });
        });
    }
    if step.experiments.is_empty() {
        ui.weak(t.no_experiments);
    }
}

/// The button under a pain point or an opportunity that starts an experiment on it.
pub(super) fn add_button(
    ui: &mut Ui,
    map: &Map,
    step: &Step,
    (lane, item): (Lane, &str),
    edits: &mut Edits,
) {
    if !matches!(lane, Lane::PainPoints | Lane::Opportunities) {
        return;
    }
    let t = t();
    let words = fill(t.add_experiment_on, &[("item", &item)]);
    let response = ui.small_button(t.add_experiment).on_hover_text(&words);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &words));
    if response.clicked()
        && let Some((_, edit)) = add_experiment(map, step.id, lane, item)
    {
        edits.push((edit, None));
    }
}

fn experiment_ui(
    ui: &mut Ui,
    map: &Map,
    step: &Step,
    experiment: &Experiment,
    state: &mut State,
    edits: &mut Edits,
) {
    let t = t();
    let push = |edits: &mut Edits, changed: Experiment, g| {
        edits.extend(set_experiment(map, step.id, changed).map(|e| (e, g)));
    };
    ui.label(RichText::new(fill(t.on_item, &[("item", &experiment.item)])).italics());
    if let Some((hypothesis, g)) = text_field(ui, state, t.hypothesis, &experiment.hypothesis, true)
    {
        push(
            edits,
            Experiment {
                hypothesis,
                ..experiment.clone()
            },
            Some(g),
        );
    }
    let label = ui.label(RichText::new(t.kpi).strong());
    let kpis: Vec<&str> = map
        .phase(step.phase)
        .map(|p| p.kpis.iter().map(|k| k.name.as_str()).collect())
        .unwrap_or_default();
    let shown = if experiment.kpi.is_empty() {
        t.kpi_none
    } else {
        &experiment.kpi
    };
    egui::ComboBox::from_id_salt("kpi")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for name in std::iter::once("").chain(kpis.iter().copied()) {
                let text = if name.is_empty() { t.kpi_none } else { name };
                if ui.selectable_label(experiment.kpi == name, text).clicked() {
                    push(
                        edits,
                        Experiment {
                            kpi: name.to_owned(),
                            ..experiment.clone()
                        },
                        None,
                    );
                }
            }
        })
        .response
        .labelled_by(label.id);
    if !experiment.kpi.is_empty() && !kpis.contains(&experiment.kpi.as_str()) {
        ui.label(fill(t.kpi_not_in_phase, &[("kpi", &experiment.kpi)]));
    }
    ui.columns(2, |columns| {
        if let Some((variant_a, g)) = text_field(
            &mut columns[0],
            state,
            t.variant_a,
            &experiment.variant_a,
            false,
        ) {
            push(
                edits,
                Experiment {
                    variant_a,
                    ..experiment.clone()
                },
                Some(g),
            );
        }
        if let Some((variant_b, g)) = text_field(
            &mut columns[1],
            state,
            t.variant_b,
            &experiment.variant_b,
            false,
        ) {
            push(
                edits,
                Experiment {
                    variant_b,
                    ..experiment.clone()
                },
                Some(g),
            );
        }
    });
    ui.columns(2, |columns| {
        if let Some(start) = date_field(&mut columns[0], t.starts, experiment.start) {
            push(
                edits,
                Experiment {
                    start,
                    ..experiment.clone()
                },
                None,
            );
        }
        if let Some(end) = date_field(&mut columns[1], t.ends, experiment.end) {
            push(
                edits,
                Experiment {
                    end,
                    ..experiment.clone()
                },
                None,
            );
        }
    });
    if experiment.dates_wrong() {
        ui.colored_label(ui.visuals().error_fg_color, t.dates_wrong);
    }
    ui.label(RichText::new(t.status).strong());
    ui.horizontal_wrapped(|ui| {
        for status in ExperimentStatus::ALL {
            if ui
                .selectable_label(experiment.status == status, status_name(status))
                .clicked()
                && experiment.status != status
            {
                push(
                    edits,
                    Experiment {
                        status,
                        ..experiment.clone()
                    },
                    None,
                );
            }
        }
    });
    if let Some((result, g)) = text_field(ui, state, t.result, &experiment.result, true) {
        push(
            edits,
            Experiment {
                result,
                ..experiment.clone()
            },
            Some(g),
        );
    }
    if ui.small_button(t.remove_experiment).clicked()
        && let Some(edit) = remove_experiment(map, step.id, experiment.id)
    {
        edits.push((edit, None));
    }
}

/// A date typed as `YYYY-MM-DD` (empty for none). Returns the new date when
/// the text reads as one and differs; what is typed stays in the field
/// until it does.
fn date_field(ui: &mut Ui, label: &str, date: Option<NaiveDate>) -> Option<Option<NaiveDate>> {
    let label = ui.label(RichText::new(label).strong());
    let id = ui.scope_id().with(("date", label.id));
    let shown = date.map(|d| d.to_string()).unwrap_or_default();
    let mut text: String = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| shown.clone());
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .hint_text("YYYY-MM-DD")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    let parsed = if text.trim().is_empty() {
        Some(None)
    } else {
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .ok()
            .map(Some)
    };
    if response.has_focus() || parsed.is_none() {
        ui.data_mut(|d| d.insert_temp(id, text.clone()));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    if parsed.is_none() && !response.has_focus() {
        ui.colored_label(ui.visuals().error_fg_color, t().date_hint);
    }
    parsed.filter(|p| *p != date)
}
