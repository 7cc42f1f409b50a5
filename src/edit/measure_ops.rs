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

/// Where one KPI of a phase is: the phase and the KPI's place in its list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KpiAt {
    /// The phase.
    pub phase: PhaseId,
    /// The KPI's index in the phase's list.
    pub kpi: usize,
}

/// The KPI at `at` in `map`, if the phase still has it.
pub fn kpi_at(map: &Map, at: KpiAt) -> Option<&Kpi> {
    map.phase(at.phase).and_then(|p| p.kpis.get(at.kpi))
}

/// Which other measurement of the KPI (not the one at `except`) is on `date`.
pub fn same_date(
    kpi: &Kpi,
    date: Option<chrono::NaiveDate>,
    except: Option<usize>,
) -> Option<usize> {
    kpi.measurements
        .iter()
        .enumerate()
        .position(|(i, m)| Some(i) != except && m.date == date)
}

/// The edit that puts `new` in the KPI at `at` — in place of the
/// measurement at `replacing` when one is edited — and takes out another
/// measurement on the same date: a KPI has one value per date, as an import
/// keeps it (importing again replaces, and export → import stays lossless).
/// A unit given with the value becomes the KPI's unit when it has none. The
/// measurements stay in date order. `None` when the KPI is gone.
pub fn put_measurement(
    map: &Map,
    at: KpiAt,
    replacing: Option<usize>,
    new: Measurement,
    unit: &str,
) -> Option<Edit> {
    let mut phase = map.phase(at.phase)?.clone();
    let kpi = phase.kpis.get_mut(at.kpi)?;
    let clash = same_date(kpi, new.date, replacing);
    let mut kept: Vec<Measurement> = kpi
        .measurements
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != replacing && Some(*i) != clash)
        .map(|(_, m)| m.clone())
        .collect();
    kept.push(new);
    kept.sort_by_key(|m| m.date);
    kpi.measurements = kept;
    if kpi.unit.is_empty() && !unit.trim().is_empty() {
        kpi.unit = unit.trim().to_owned();
    }
    // The value typed now is the KPI's latest word: a version-1 "actual"
    // text kept beside it would be shown in its place.
    kpi.actual_text.clear();
    Some(Edit::SetPhase(phase))
}

/// The edit that deletes the measurement at `index` of the KPI at `at`.
pub fn remove_measurement(map: &Map, at: KpiAt, index: usize) -> Option<Edit> {
    let mut phase = map.phase(at.phase)?.clone();
    let kpi = phase.kpis.get_mut(at.kpi)?;
    (index < kpi.measurements.len()).then(|| kpi.measurements.remove(index))?;
    Some(Edit::SetPhase(phase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn day(d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2027, 2, d)
    }

    fn value(date: Option<NaiveDate>, value: f64) -> Measurement {
        Measurement {
            date,
            value,
            target: None,
        }
    }

    /// A map whose first phase has one KPI without a unit, measured on the 1st and the 10th.
    fn map() -> (Map, KpiAt) {
        let mut map = crate::model::generate::generated_map(crate::model::generate::MapSize {
            steps: 0,
            journeys: 0,
            personas: 0,
            content: 0,
            ..crate::model::generate::MapSize::LARGE
        });
        map.phases[0].kpis = vec![Kpi {
            name: "Conversion".into(),
            measurements: vec![value(day(1), 1.0), value(day(10), 3.0)],
            actual_text: "about 3".into(),
            ..Kpi::default()
        }];
        let at = KpiAt {
            phase: map.phases[0].id,
            kpi: 0,
        };
        (map, at)
    }

    /// Applies the edit `make` makes of the map.
    fn apply(map: &mut Map, make: impl FnOnce(&Map) -> Option<Edit>) {
        let edit = make(map).expect("an edit");
        edit.apply(map).expect("applies");
    }

    #[test]
    fn a_new_measurement_lands_in_date_order_and_takes_the_unit_typed() {
        let (mut map, at) = map();
        apply(&mut map, |map| {
            put_measurement(map, at, None, value(day(5), 2.0), "%")
        });
        let kpi = kpi_at(&map, at).expect("kpi");
        let values: Vec<f64> = kpi.measurements.iter().map(|m| m.value).collect();
        assert_eq!(values, [1.0, 2.0, 3.0]);
        assert_eq!(kpi.unit, "%");
        assert!(kpi.actual_text.is_empty(), "the old actual text gives way");
    }

    #[test]
    fn a_measurement_on_a_date_the_kpi_has_replaces_that_one() {
        let (mut map, at) = map();
        let kpi = kpi_at(&map, at).expect("kpi");
        assert_eq!(same_date(kpi, day(10), None), Some(1));
        apply(&mut map, |map| {
            put_measurement(map, at, None, value(day(10), 4.0), "")
        });
        let kpi = kpi_at(&map, at).expect("kpi");
        assert_eq!(kpi.measurements, [value(day(1), 1.0), value(day(10), 4.0)]);
    }

    #[test]
    fn editing_a_measurement_onto_another_date_replaces_the_one_there() {
        let (mut map, at) = map();
        let kpi = kpi_at(&map, at).expect("kpi");
        assert_eq!(same_date(kpi, day(1), Some(0)), None, "its own date");
        apply(&mut map, |map| {
            put_measurement(map, at, Some(0), value(day(10), 5.0), "")
        });
        let kpi = kpi_at(&map, at).expect("kpi");
        assert_eq!(kpi.measurements, [value(day(10), 5.0)]);
    }

    #[test]
    fn a_measurement_is_deleted_and_a_gone_kpi_gives_no_edit() {
        let (mut map, at) = map();
        apply(&mut map, |map| remove_measurement(map, at, 0));
        assert_eq!(
            kpi_at(&map, at).expect("kpi").measurements,
            [value(day(10), 3.0)]
        );
        assert!(remove_measurement(&map, at, 5).is_none());
        let gone = KpiAt { kpi: 3, ..at };
        assert!(put_measurement(&map, gone, None, value(day(2), 1.0), "").is_none());
    }
}
