//! Evidence behind every claim, and experiments: under the inspector of a
//! step, where each claim says whether it is assumed, from research or
//! measured, and where its pain points and opportunities get A/B tests;
//! under a phase, the share of backed claims and the running experiments.

use egui::{RichText, Ui};

use crate::edit::evidence::{set_item_evidence, set_step_evidence};
use crate::edit::{Edit, Gesture};
use crate::i18n::evidence::{evidence_name, t};
use crate::i18n::fill;
use crate::model::{Backing, Evidence, ExperimentStatus, Lane, Map, PhaseId, Step};
use crate::ui::shell::widgets::text_field;
use crate::ui::shell::{Selection, State};

mod experiments;

type Edits = Vec<(Edit, Option<Gesture>)>;

/// The evidence part of the inspector, for a selected step or phase
/// (drawn by the shell under the inspector of the feature that owns it).
pub fn inspector_ui(ui: &mut Ui, map: &Map, state: &mut State, edits: &mut Edits) {
    match state.selection.clone() {
        Selection::Steps(ids) if ids.len() == 1 => {
            if let Some((_, step)) = map.step(ids[0]) {
                let step = step.clone();
                ui.push_id("evidence", |ui| step_ui(ui, map, &step, state, edits));
            }
        }
        Selection::Phase(id) => phase_ui(ui, map, id),
        _ => {}
    }
}

/// The colour a kind of evidence is shown in (the canvas's tint).
pub fn swatch(kind: Evidence) -> egui::Color32 {
    crate::ui::shell::theme::color(crate::scene::evidence::colour(kind))
}

/// A picker of the kind of evidence; the new kind when one was clicked.
fn kind_ui(ui: &mut Ui, salt: &str, current: Evidence) -> Option<Evidence> {
    let mut picked = None;
    ui.horizontal(|ui| {
        ui.push_id(salt, |ui| {
            for kind in Evidence::ALL {
                let text = RichText::new(evidence_name(kind)).color(swatch(kind));
                if ui.selectable_label(current == kind, text).clicked() && current != kind {
                    picked = Some(kind);
                }
            }
        });
    });
    picked
}

fn step_ui(ui: &mut Ui, map: &Map, step: &Step, state: &mut State, edits: &mut Edits) {
    let t = t();
    ui.add_space(8.0);
    ui.separator();
    ui.heading(t.evidence);
    ui.label(RichText::new(t.step_evidence).strong());
    if let Some(kind) = kind_ui(ui, "step", step.evidence.kind) {
        let backing = Backing {
            kind,
            ..step.evidence.clone()
        };
        edits.extend(set_step_evidence(map, step.id, backing).map(|e| (e, None)));
    }
    if let Some((source, g)) = text_field(ui, state, t.source, &step.evidence.source, false) {
        let backing = Backing {
            source,
            ..step.evidence.clone()
        };
        edits.extend(set_step_evidence(map, step.id, backing).map(|e| (e, Some(g))));
    }

    ui.add_space(6.0);
    ui.label(RichText::new(t.item_evidence).strong());
    let mut any = false;
    for lane in Lane::ALL {
        for (i, item) in lane.items(step).iter().enumerate() {
            any = true;
            let claim = step.claim(lane, item);
            let (kind, source) = claim.map_or((Evidence::Assumed, ""), |c| (c.kind, &c.source));
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.push_id((lane, i), |ui| {
                    ui.label(format!("{}: {item}", lane.title()));
                    if let Some(kind) = kind_ui(ui, "kind", kind) {
                        edits.extend(
                            set_item_evidence(map, step.id, lane, item, kind, source)
                                .map(|e| (e, None)),
                        );
                    }
                    if let Some((source, g)) = text_field(ui, state, t.source, source, false) {
                        edits.extend(
                            set_item_evidence(map, step.id, lane, item, kind, &source)
                                .map(|e| (e, Some(g))),
                        );
                    }
                    experiments::add_button(ui, map, step, (lane, item), edits);
                });
            });
        }
    }
    if !any {
        ui.label(t.no_items);
    }
    experiments::experiments_ui(ui, map, step, state, edits);
}

/// How many of a phase's claims are backed, `(backed, all)`, and how many of
/// its experiments are running.
pub fn phase_summary(map: &Map, phase: PhaseId) -> ((usize, usize), usize) {
    let (mut backed, mut all, mut running) = (0, 0, 0);
    for step in map.steps().filter(|s| s.phase == phase) {
        let (b, a) = step.backed_claims();
        backed += b;
        all += a;
        running += step
            .experiments
            .iter()
            .filter(|e| e.status == ExperimentStatus::Running)
            .count();
    }
    ((backed, all), running)
}

fn phase_ui(ui: &mut Ui, map: &Map, phase: PhaseId) {
    let t = t();
    ui.add_space(8.0);
    ui.separator();
    ui.heading(t.evidence);
    let ((backed, all), running) = phase_summary(map, phase);
    if let Some(percent) = (backed * 100 + all / 2).checked_div(all) {
        ui.label(fill(
            t.backed_share,
            &[("backed", &backed), ("all", &all), ("percent", &percent)],
        ));
        let share = backed as f32 / all as f32;
        ui.add(egui::ProgressBar::new(share).desired_width(ui.available_width().min(220.0)));
    } else {
        ui.label(t.backed_none);
    }
    ui.add_space(4.0);
    ui.label(RichText::new(fill(t.running_count, &[("n", &running)])).strong());
    for placed in map
        .experiments()
        .filter(|p| p.phase == phase && p.experiment.status == ExperimentStatus::Running)
    {
        ui.label(format!(
            "• {} ({})",
            placed.experiment.hypothesis, placed.step.title
        ));
    }
}
