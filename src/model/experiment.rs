//! Experiments (since format version 2): an A/B test on a pain point or an
//! opportunity — a hypothesis, the KPI it should move, two variants, when it
//! runs, how it went. Seed 004: "form a hypothesis, A/B test, act, measure again".

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Lane, Map, PhaseId, Step, StepId};

/// How far an experiment is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ExperimentStatus {
    /// Thought of, not started.
    #[default]
    Idea,
    /// Running now.
    Running,
    /// Variant B beat A.
    Won,
    /// Variant B did worse than A.
    Lost,
    /// No clear difference.
    Inconclusive,
}

impl ExperimentStatus {
    /// Every status, in the order an experiment goes through them.
    pub const ALL: [ExperimentStatus; 5] = [
        ExperimentStatus::Idea,
        ExperimentStatus::Running,
        ExperimentStatus::Won,
        ExperimentStatus::Lost,
        ExperimentStatus::Inconclusive,
    ];
}

/// An A/B test on a pain point or an opportunity of a step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Experiment {
    /// Identity among the step's experiments (random, so two copies' new
    /// experiments merge side by side).
    pub id: u64,
    /// The lane of the item it tests: pain points or opportunities.
    pub lane: Lane,
    /// The item it tests, by its text (like a [`super::Claim`]).
    pub item: String,
    /// "Changing the button to 'Nu bestellen' raises conversion by 5 %".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hypothesis: String,
    /// The KPI it should move: the name of a KPI of the step's phase.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kpi: String,
    /// What customers see now.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub variant_a: String,
    /// What is tried instead.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub variant_b: String,
    /// The first day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveDate>,
    /// The last day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
    /// How far it is.
    #[serde(default)]
    pub status: ExperimentStatus,
    /// What came out.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub result: String,
}

impl Experiment {
    /// A new idea for the item `item` of `lane`, with an id unused in `step`.
    pub fn new(step: &Step, lane: Lane, item: &str) -> Self {
        Self {
            id: super::ids::fresh_id(step.experiments.iter().map(|e| e.id)),
            lane,
            item: item.to_owned(),
            hypothesis: String::new(),
            kpi: String::new(),
            variant_a: String::new(),
            variant_b: String::new(),
            start: None,
            end: None,
            status: ExperimentStatus::Idea,
            result: String::new(),
        }
    }

    /// Whether it ends before it starts.
    pub fn dates_wrong(&self) -> bool {
        matches!((self.start, self.end), (Some(start), Some(end)) if end < start)
    }
}

/// An experiment with the step and phase it belongs to.
#[derive(Clone, Copy, Debug)]
pub struct Placed<'a> {
    /// The step.
    pub step: &'a Step,
    /// The step's phase.
    pub phase: PhaseId,
    /// The experiment.
    pub experiment: &'a Experiment,
}

impl Map {
    /// Every experiment of the map, in step order.
    pub fn experiments(&self) -> impl Iterator<Item = Placed<'_>> {
        self.steps().flat_map(|step| {
            step.experiments.iter().map(move |experiment| Placed {
                step,
                phase: step.phase,
                experiment,
            })
        })
    }
}

/// What is wrong with a step's evidence or experiments.
#[derive(Clone, Debug, PartialEq)]
pub enum ClaimProblem {
    /// Evidence for an item that is not in its lane.
    LooseClaim {
        /// The step.
        step: StepId,
        /// Its title.
        title: String,
        /// The item's text.
        item: String,
    },
    /// An experiment on an item that is not in its lane (or on a lane other
    /// than pain points and opportunities).
    LooseExperiment {
        /// The step.
        step: StepId,
        /// Its title.
        title: String,
        /// The item's text.
        item: String,
    },
    /// An experiment ends before it starts.
    ExperimentDates {
        /// The step.
        step: StepId,
        /// Its title.
        title: String,
        /// The hypothesis.
        hypothesis: String,
        /// The start.
        start: NaiveDate,
        /// The end, before the start.
        end: NaiveDate,
    },
    /// Two experiments of a step share an id.
    ExperimentId {
        /// The step.
        step: StepId,
        /// Its title.
        title: String,
        /// The shared id.
        id: u64,
    },
}

/// What [`repair`] changed.
#[derive(Clone, Debug, PartialEq)]
pub enum ClaimRepair {
    /// An item whose evidence or experiment was there was put back in its lane.
    ItemRestored {
        /// The step's title.
        title: String,
        /// The item.
        item: String,
    },
    /// An experiment lost an end date before its start.
    EndRemoved {
        /// The step's title.
        title: String,
        /// The hypothesis.
        hypothesis: String,
    },
    /// An experiment got a fresh id.
    NewId {
        /// The step's title.
        title: String,
        /// The new id.
        id: u64,
    },
}

fn tested(lane: Lane) -> bool {
    matches!(lane, Lane::PainPoints | Lane::Opportunities)
}

/// Finds the problems of one step's evidence and experiments.
pub fn check(step: &Step, problems: &mut Vec<ClaimProblem>) {
    let (id, title) = (step.id, || step.title.clone());
    for claim in &step.claims {
        if !claim.lane.items(step).contains(&claim.item) {
            problems.push(ClaimProblem::LooseClaim {
                step: id,
                title: title(),
                item: claim.item.clone(),
            });
        }
    }
    let mut seen = std::collections::HashSet::new();
    for test in &step.experiments {
        if !tested(test.lane) || !test.lane.items(step).contains(&test.item) {
            problems.push(ClaimProblem::LooseExperiment {
                step: id,
                title: title(),
                item: test.item.clone(),
            });
        }
        if let (Some(start), Some(end)) = (test.start, test.end)
            && end < start
        {
            problems.push(ClaimProblem::ExperimentDates {
                step: id,
                title: title(),
                hypothesis: test.hypothesis.clone(),
                start,
                end,
            });
        }
        if !seen.insert(test.id) {
            problems.push(ClaimProblem::ExperimentId {
                step: id,
                title: title(),
                id: test.id,
            });
        }
    }
}

/// Repairs one step's evidence and experiments. Nothing is deleted: an item
/// that has evidence or an experiment but is missing from its lane is put
/// back (an experiment on another lane moves to the opportunities), an end
/// before the start is cleared, a shared id is renewed.
pub fn repair(step: &mut Step, done: &mut Vec<ClaimRepair>) {
    let mut missing: Vec<(Lane, String)> = Vec::new();
    for claim in &step.claims {
        if !claim.lane.items(step).contains(&claim.item) && claim.lane != Lane::Touchpoint {
            missing.push((claim.lane, claim.item.clone()));
        }
    }
    for test in &mut step.experiments {
        if !tested(test.lane) {
            test.lane = Lane::Opportunities;
        }
    }
    for test in &step.experiments {
        if !test.lane.items(step).contains(&test.item) {
            missing.push((test.lane, test.item.clone()));
        }
    }
    // A touchpoint claim that does not match the touchpoint: the touchpoint
    // is one text, so the claim follows it.
    let touchpoint = step.touchpoint.clone();
    for claim in step
        .claims
        .iter_mut()
        .filter(|c| c.lane == Lane::Touchpoint)
    {
        if claim.item != touchpoint {
            claim.item.clone_from(&touchpoint);
        }
    }
    missing.dedup();
    for (lane, item) in missing {
        let Some(list) = lane.items_mut(step) else {
            continue;
        };
        if !list.contains(&item) {
            list.push(item.clone());
            done.push(ClaimRepair::ItemRestored {
                title: step.title.clone(),
                item,
            });
        }
    }
    let mut seen = std::collections::HashSet::new();
    let ids: Vec<u64> = step.experiments.iter().map(|e| e.id).collect();
    for test in &mut step.experiments {
        if test.dates_wrong() {
            test.end = None;
            done.push(ClaimRepair::EndRemoved {
                title: step.title.clone(),
                hypothesis: test.hypothesis.clone(),
            });
        }
        if !seen.insert(test.id) {
            test.id = super::ids::fresh_id(ids.iter().copied().chain(seen.iter().copied()));
            seen.insert(test.id);
            done.push(ClaimRepair::NewId {
                title: step.title.clone(),
                id: test.id,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_experiment_that_ends_before_it_starts_is_refused_and_repaired() {
        let mut step = Step::new(StepId(1), PhaseId(1), 0.5, 0.0, "Checkout");
        step.opportunities.push("One-click iDEAL".into());
        let mut test = Experiment::new(&step, Lane::Opportunities, "One-click iDEAL");
        test.start = NaiveDate::from_ymd_opt(2027, 3, 10);
        test.end = NaiveDate::from_ymd_opt(2027, 3, 1);
        step.experiments.push(test);
        let mut problems = Vec::new();
        check(&step, &mut problems);
        assert!(matches!(
            problems[..],
            [ClaimProblem::ExperimentDates { .. }]
        ));
        let mut done = Vec::new();
        repair(&mut step, &mut done);
        problems.clear();
        check(&step, &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(done.len(), 1);
    }

    #[test]
    fn repair_puts_a_tested_item_back_in_its_lane() {
        let mut step = Step::new(StepId(1), PhaseId(1), 0.5, 0.0, "Checkout");
        let test = Experiment::new(&step, Lane::PainPoints, "Shipping costs shown late");
        step.experiments.push(test);
        let mut problems = Vec::new();
        check(&step, &mut problems);
        assert_eq!(problems.len(), 1);
        repair(&mut step, &mut Vec::new());
        assert_eq!(step.pain_points, ["Shipping costs shown late"]);
    }
}
