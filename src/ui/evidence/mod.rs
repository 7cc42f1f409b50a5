//! Evidence behind every claim, and experiments: under the inspector of a
//! step, where each claim says whether it is assumed, from research or
//! measured, and where its pain points and opportunities get A/B tests;
//! under a phase, the share of backed claims and the running experiments.

use std::collections::HashMap;
use std::sync::Arc;

use egui::{RichText, Ui};

use crate::edit::evidence::{set_item_evidence, set_step_evidence};
use crate::edit::{Edit, Gesture};
use crate::i18n::evidence::{evidence_name, t};
use crate::i18n::fill;
use crate::io::worker::DocumentId;
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
        Selection::Phase(id) => phase_ui(ui, map, state.revision(), id),
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

/// A phase's evidence: how many of its claims are backed, of how many, and
/// its running experiments (hypothesis and step title).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PhaseEvidence {
    /// Claims backed by research or measurement.
    pub backed: usize,
    /// All claims.
    pub all: usize,
    /// The running experiments: hypothesis and step title.
    pub running: Vec<(String, String)>,
}

/// Every phase's evidence, in one walk over the steps.
pub fn phase_evidence(map: &Map) -> HashMap<PhaseId, PhaseEvidence> {
    let mut phases: HashMap<PhaseId, PhaseEvidence> = HashMap::new();
    for step in map.steps() {
        let phase = phases.entry(step.phase).or_default();
        let (backed, all) = step.backed_claims();
        phase.backed += backed;
        phase.all += all;
        phase.running.extend(
            step.experiments
                .iter()
                .filter(|e| e.status == ExperimentStatus::Running)
                .map(|e| (e.hypothesis.clone(), step.title.clone())),
        );
    }
    phases
}

/// The phases' evidence as last gathered, and the revision it was gathered at.
type Held = Arc<(Option<(DocumentId, u64)>, HashMap<PhaseId, PhaseEvidence>)>;

/// A phase's evidence, gathered once per revision of the map (kept in the
/// window's memory) rather than from every step every frame.
fn cached_evidence(
    ui: &Ui,
    map: &Map,
    key: Option<(DocumentId, u64)>,
    phase: PhaseId,
) -> PhaseEvidence {
    let id = egui::Id::unique("klantreis-phase-evidence");
    let held: Option<Held> = ui.data(|d| d.get_temp(id));
    let held = match held {
        Some(held) if key.is_some() && held.0 == key => held,
        _ => {
            let fresh: Held = Arc::new((key, phase_evidence(map)));
            ui.data_mut(|d| d.insert_temp(id, Arc::clone(&fresh)));
            fresh
        }
    };
    held.1.get(&phase).cloned().unwrap_or_default()
}

fn phase_ui(ui: &mut Ui, map: &Map, key: Option<(DocumentId, u64)>, phase: PhaseId) {
    let t = t();
    ui.add_space(8.0);
    ui.separator();
    ui.heading(t.evidence);
    let PhaseEvidence {
        backed,
        all,
        running,
    } = cached_evidence(ui, map, key, phase);
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
    ui.label(RichText::new(fill(t.running_count, &[("n", &running.len())])).strong());
    for (hypothesis, step) in running {
        ui.label(format!("• {hypothesis} ({step})"));
    }
}
