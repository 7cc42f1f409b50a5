//! Personas' and journeys' average emotions per phase, shared by the
//! personas' compare window, the canvas's shading of where compared personas
//! differ, and the comparison of an as-is journey with its to-be version.

use crate::model::{Journey, JourneyId, Map, PersonaId, PhaseId};

/// The average emotion of each persona's steps (over all its as-is
/// journeys: a to-be journey is how it should become, not how it is), per phase.
pub fn persona_averages(map: &Map, persona: PersonaId) -> Vec<(PhaseId, Option<f64>)> {
    averages_where(map, |j| j.persona == Some(persona) && j.to_be_of.is_none())
}

/// The average emotion of one journey's steps, per phase.
pub fn journey_averages(map: &Map, journey: JourneyId) -> Vec<(PhaseId, Option<f64>)> {
    averages_where(map, |j| j.id == journey)
}

/// The average emotion of the steps of the journeys `keep` says, per phase.
fn averages_where(map: &Map, keep: impl Fn(&Journey) -> bool) -> Vec<(PhaseId, Option<f64>)> {
    map.phases
        .iter()
        .map(|phase| {
            let emotions: Vec<f64> = map
                .journeys
                .iter()
                .filter(|j| keep(j))
                .flat_map(|j| j.steps.iter())
                .filter(|s| s.phase == phase.id)
                .map(|s| s.emotion)
                .collect();
            let average = (!emotions.is_empty())
                .then(|| emotions.iter().sum::<f64>() / emotions.len() as f64);
            (phase.id, average)
        })
        .collect()
}

/// The largest difference in average emotion between the compared personas, per phase.
pub fn compare_differences(map: &Map, personas: &[PersonaId]) -> Vec<(PhaseId, Option<f64>)> {
    let averages: Vec<_> = personas.iter().map(|p| persona_averages(map, *p)).collect();
    map.phases
        .iter()
        .enumerate()
        .map(|(i, phase)| {
            let values: Vec<f64> = averages
                .iter()
                .filter_map(|a| a.get(i).and_then(|(_, v)| *v))
                .collect();
            let difference = (values.len() >= 2).then(|| {
                let max = values.iter().copied().fold(f64::MIN, f64::max);
                let min = values.iter().copied().fold(f64::MAX, f64::min);
                max - min
            });
            (phase.id, difference)
        })
        .collect()
}
