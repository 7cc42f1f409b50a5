//! Personas' average emotions per phase, shared by the compare window and
//! the canvas's shading of where compared personas differ.

use crate::model::{Map, PersonaId, PhaseId};

/// The average emotion of each persona's steps (over all its journeys), per phase.
pub fn persona_averages(map: &Map, persona: PersonaId) -> Vec<(PhaseId, Option<f64>)> {
    map.phases
        .iter()
        .map(|phase| {
            let emotions: Vec<f64> = map
                .journeys
                .iter()
                .filter(|j| j.persona == Some(persona))
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
