//! The document operations of measurements: importing a metrics export into
//! the phases' KPIs and a survey export into the steps, each as one edit
//! (one undo step), all or nothing.

use std::collections::HashMap;

use super::Edit;
use crate::model::{
    Kpi, Map, Measurement, MetricRow, Phase, PhaseId, Step, StepId, SurveyRow, SurveyScale,
    SurveyScore,
};

/// Why a row of an import cannot be placed in the map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unresolved {
    /// The row names a phase the map does not have.
    Phase(String),
    /// The row has no phase, and no phase has a KPI of this name.
    KpiNowhere(String),
    /// The row has no phase, and several phases have a KPI of this name.
    KpiInMany(String),
    /// No step has this id or title.
    Step(String),
    /// Several steps have this title (and the row names no journey to choose).
    StepInMany(String),
    /// No journey or persona has this name.
    Journey(String),
}

/// A row that cannot be placed: its index among the rows, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    /// The row's index (0 for the first row after the header).
    pub row: usize,
    /// Why.
    pub what: Unresolved,
}

/// Names compared as people type them: case and surrounding spaces do not count.
fn key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// The edit that adds every row's measurement to its KPI: a KPI not yet in
/// the phase is created; a measurement of a KPI on a date it already has is
/// replaced (importing the same export twice changes nothing). `Ok(None)`
/// when there are no rows. A row whose phase is not in the map, or whose KPI
/// cannot be found without a phase, refuses the whole import.
pub fn import_measurements(map: &Map, rows: &[MetricRow]) -> Result<Option<Edit>, RowError> {
    let phase_by_name: HashMap<String, PhaseId> =
        map.phases.iter().map(|p| (key(&p.name), p.id)).collect();
    let mut kpi_phases: HashMap<String, Vec<PhaseId>> = HashMap::new();
    for phase in &map.phases {
        for kpi in &phase.kpis {
            kpi_phases.entry(key(&kpi.name)).or_default().push(phase.id);
        }
    }
    let mut changed: Vec<Phase> = Vec::new();
    let mut index_of: HashMap<PhaseId, usize> = HashMap::new();
    // Per changed phase and KPI: where each date's measurement is.
    let mut dated: HashMap<(PhaseId, usize), HashMap<Option<chrono::NaiveDate>, usize>> =
        HashMap::new();
    for (row_index, row) in rows.iter().enumerate() {
        let fail = |what| RowError {
            row: row_index,
            what,
        };
        let phase_id = match &row.phase {
            Some(name) if !name.trim().is_empty() => *phase_by_name
                .get(&key(name))
                .ok_or_else(|| fail(Unresolved::Phase(name.clone())))?,
            _ => match kpi_phases.get(&key(&row.kpi)).map(Vec::as_slice) {
                Some([one]) => *one,
                Some([_, _, ..]) => return Err(fail(Unresolved::KpiInMany(row.kpi.clone()))),
                _ => return Err(fail(Unresolved::KpiNowhere(row.kpi.clone()))),
            },
        };
        let slot = *index_of.entry(phase_id).or_insert_with(|| {
            let phase = map.phase(phase_id).cloned();
            changed.push(phase.unwrap_or_else(|| unreachable!("the id came from the map")));
            changed.len() - 1
        });
        let phase = &mut changed[slot];
        let kpi_index = match phase
            .kpis
            .iter()
            .position(|k| key(&k.name) == key(&row.kpi))
        {
            Some(i) => i,
            None => {
                phase.kpis.push(Kpi {
                    name: row.kpi.trim().to_owned(),
                    ..Kpi::default()
                });
                phase.kpis.len() - 1
            }
        };
        let kpi = &mut phase.kpis[kpi_index];
        if !row.unit.trim().is_empty() {
            kpi.unit = row.unit.trim().to_owned();
        }
        let by_date = dated.entry((phase_id, kpi_index)).or_insert_with(|| {
            kpi.measurements
                .iter()
                .enumerate()
                .map(|(i, m)| (m.date, i))
                .collect()
        });
        let measurement = Measurement {
            date: row.date,
            value: row.value,
            target: row.target,
        };
        match by_date.get(&row.date) {
            Some(&i) => kpi.measurements[i] = measurement,
            None => {
                by_date.insert(row.date, kpi.measurements.len());
                kpi.measurements.push(measurement);
            }
        }
    }
    for phase in &mut changed {
        for kpi in &mut phase.kpis {
            kpi.measurements.sort_by_key(|m| m.date);
        }
    }
    Ok((!changed.is_empty())
        .then(|| Edit::Group(changed.into_iter().map(Edit::SetPhase).collect())))
}

/// The edit that adds every row's score to its step (found by id, or by
/// title within the row's journey or persona when it names one). A score
/// for a step, date and scale it already has is replaced. All or nothing.
pub fn import_survey(
    map: &Map,
    rows: &[SurveyRow],
    scale: SurveyScale,
) -> Result<Option<Edit>, RowError> {
    let mut changed: Vec<Step> = Vec::new();
    let mut index_of: HashMap<StepId, usize> = HashMap::new();
    for (row_index, row) in rows.iter().enumerate() {
        let fail = |what| RowError {
            row: row_index,
            what,
        };
        let journeys: Vec<_> = match &row.journey {
            Some(name) if !name.trim().is_empty() => {
                let wanted = key(name);
                let found: Vec<_> = map
                    .journeys
                    .iter()
                    .filter(|j| {
                        key(&j.name) == wanted
                            || j.persona
                                .and_then(|p| map.persona(p))
                                .is_some_and(|p| key(&p.name) == wanted)
                    })
                    .collect();
                if found.is_empty() {
                    return Err(fail(Unresolved::Journey(name.clone())));
                }
                found
            }
            _ => map.journeys.iter().collect(),
        };
        let by_id = row
            .step
            .trim()
            .parse::<u64>()
            .ok()
            .and_then(|id| journeys.iter().find_map(|j| j.step(StepId(id))));
        let step = match by_id {
            Some(step) => step,
            None => {
                let wanted = key(&row.step);
                let mut found = journeys
                    .iter()
                    .flat_map(|j| j.steps.iter())
                    .filter(|s| key(&s.title) == wanted);
                match (found.next(), found.next()) {
                    (Some(step), None) => step,
                    (Some(_), Some(_)) => {
                        return Err(fail(Unresolved::StepInMany(row.step.clone())));
                    }
                    _ => return Err(fail(Unresolved::Step(row.step.clone()))),
                }
            }
        };
        let slot = *index_of.entry(step.id).or_insert_with(|| {
            changed.push(step.clone());
            changed.len() - 1
        });
        let score = SurveyScore {
            date: row.date,
            score: row.score,
            scale,
            respondents: row.respondents,
        };
        let survey = &mut changed[slot].survey;
        match survey
            .iter()
            .position(|s| s.date == row.date && s.scale == scale)
        {
            Some(i) => survey[i] = score,
            None => survey.push(score),
        }
    }
    for step in &mut changed {
        step.survey.sort_by_key(|s| s.date);
    }
    Ok(
        (!changed.is_empty())
            .then(|| Edit::Group(changed.into_iter().map(Edit::SetStep).collect())),
    )
}

/// The steps whose measured emotion differs most from the perceived one:
/// (step, perceived, measured), largest gap first, at most `count`.
pub fn largest_gaps(map: &Map, count: usize) -> Vec<(StepId, f64, f64)> {
    let mut gaps: Vec<(StepId, f64, f64)> = map
        .steps()
        .filter_map(|s| s.measured().map(|m| (s.id, s.emotion, m.emotion)))
        .collect();
    gaps.sort_by(|a, b| (b.1 - b.2).abs().total_cmp(&(a.1 - a.2).abs()));
    gaps.truncate(count);
    gaps
}
