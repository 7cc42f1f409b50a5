//! Checks that a map is consistent: unique ids, references that point at
//! something, numbers in range. Problems are reported, and can be repaired
//! explicitly, never silently dropped.

use std::collections::HashSet;
use std::fmt;

use super::{Emotion, Map, PhaseId};

/// One thing wrong with a map, described for a consultant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// What is wrong and where, in words.
    pub message: String,
    /// Whether [`repair`] can fix it.
    pub repairable: bool,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

fn problem(repairable: bool, message: String) -> Problem {
    Problem {
        message,
        repairable,
    }
}

/// Finds every problem in the map. An empty list means the map is sound.
pub fn validate(map: &Map) -> Vec<Problem> {
    let mut problems = Vec::new();
    let phase_ids: HashSet<PhaseId> = map.phases.iter().map(|p| p.id).collect();
    let persona_ids: HashSet<_> = map.personas.iter().map(|p| p.id).collect();
    let step_ids: HashSet<_> = map.steps().map(|s| s.id).collect();

    duplicates(map.phases.iter().map(|p| p.id.0), "phase", &mut problems);
    duplicates(
        map.journeys.iter().map(|j| j.id.0),
        "journey",
        &mut problems,
    );
    duplicates(map.steps().map(|s| s.id.0), "step", &mut problems);
    duplicates(
        map.personas.iter().map(|p| p.id.0),
        "persona",
        &mut problems,
    );
    duplicates(
        map.content.iter().map(|c| c.id.0),
        "content item",
        &mut problems,
    );

    for phase in &map.phases {
        if !(phase.width.is_finite() && phase.width > 0.0) {
            problems.push(problem(
                true,
                format!(
                    "Phase \"{}\" has width {}, but a phase needs a positive width.",
                    phase.name, phase.width
                ),
            ));
        }
    }
    for journey in &map.journeys {
        if let Some(persona) = journey.persona
            && !persona_ids.contains(&persona)
        {
            problems.push(problem(
                true,
                format!(
                    "Journey \"{}\" belongs to persona {persona}, which is not in the map.",
                    journey.name
                ),
            ));
        }
        for step in &journey.steps {
            if !phase_ids.contains(&step.phase) {
                problems.push(problem(
                    true,
                    format!(
                        "Step \"{}\" of journey \"{}\" is in phase {}, which is not in the map.",
                        step.title, journey.name, step.phase
                    ),
                ));
            }
            if !(step.at.is_finite() && (0.0..=1.0).contains(&step.at)) {
                problems.push(problem(
                    true,
                    format!(
                        "Step \"{}\" has position {} inside its phase; it must be between 0 and 1.",
                        step.title, step.at
                    ),
                ));
            }
            if !(step.emotion.is_finite() && (Emotion::MIN..=Emotion::MAX).contains(&step.emotion))
            {
                problems.push(problem(
                    true,
                    format!(
                        "Step \"{}\" has emotion {}; it must be between {} and {}.",
                        step.title,
                        step.emotion,
                        Emotion::MIN,
                        Emotion::MAX
                    ),
                ));
            }
        }
    }
    for item in &map.content {
        if !phase_ids.contains(&item.phase) {
            problems.push(problem(
                true,
                format!(
                    "Content item \"{}\" is planned for phase {}, which is not in the map.",
                    item.title, item.phase
                ),
            ));
        }
        if let Some(persona) = item.persona
            && !persona_ids.contains(&persona)
        {
            problems.push(problem(
                true,
                format!(
                    "Content item \"{}\" is for persona {persona}, which is not in the map.",
                    item.title
                ),
            ));
        }
        for step in &item.steps {
            if !step_ids.contains(step) {
                problems.push(problem(
                    true,
                    format!(
                        "Content item \"{}\" supports step {step}, which is not in the map.",
                        item.title
                    ),
                ));
            }
        }
        if let Some(end) = item.end_date
            && end < item.date
        {
            problems.push(problem(
                true,
                format!(
                    "Content item \"{}\" ends on {end}, before it starts on {}.",
                    item.title, item.date
                ),
            ));
        }
    }
    problems
}

fn duplicates(ids: impl Iterator<Item = u64>, kind: &str, problems: &mut Vec<Problem>) {
    let mut seen = HashSet::new();
    let mut reported = HashSet::new();
    for id in ids {
        if !seen.insert(id) && reported.insert(id) {
            problems.push(problem(
                true,
                format!("Two or more of the map's {kind}s share the id {id}; ids must be unique."),
            ));
        }
    }
}

/// Repairs every repairable problem and says what it did, one line per change.
///
/// Nothing is deleted: a step whose phase is gone moves to the first phase (a
/// phase named "Unassigned" is created when the map has none), a reference to
/// a missing persona or step is cleared, numbers are brought into range, and
/// duplicate ids get fresh ones.
pub fn repair(map: &mut Map) -> Vec<String> {
    let mut done = Vec::new();
    fresh_ids(map, &mut done);

    for phase in &mut map.phases {
        if !(phase.width.is_finite() && phase.width > 0.0) {
            done.push(format!("Phase \"{}\" got width 10.", phase.name));
            phase.width = 10.0;
        }
    }
    let phase_ids: HashSet<PhaseId> = map.phases.iter().map(|p| p.id).collect();
    let needs_phase = map.steps().any(|s| !phase_ids.contains(&s.phase))
        || map.content.iter().any(|c| !phase_ids.contains(&c.phase));
    let fallback = if needs_phase && map.phases.is_empty() {
        let id = map.new_phase_id();
        map.phases.push(super::Phase {
            id,
            name: "Unassigned".to_owned(),
            description: "Created when repairing the map, for steps whose phase was missing."
                .to_owned(),
            color: super::Rgb(0xdd, 0xdd, 0xdd),
            width: 10.0,
            kpis: Vec::new(),
        });
        done.push("Added a phase \"Unassigned\" for steps whose phase was missing.".to_owned());
        Some(id)
    } else {
        map.phases.first().map(|p| p.id)
    };
    let fallback_name = fallback
        .and_then(|id| map.phase(id))
        .map(|p| p.name.clone())
        .unwrap_or_default();
    let persona_ids: HashSet<_> = map.personas.iter().map(|p| p.id).collect();
    let step_ids: HashSet<_> = map.steps().map(|s| s.id).collect();

    for journey in &mut map.journeys {
        if journey.persona.is_some_and(|p| !persona_ids.contains(&p)) {
            journey.persona = None;
            done.push(format!(
                "Journey \"{}\" no longer names a missing persona.",
                journey.name
            ));
        }
        for step in &mut journey.steps {
            if let Some(fallback) = fallback
                && !phase_ids.contains(&step.phase)
            {
                step.phase = fallback;
                done.push(format!(
                    "Step \"{}\" moved to phase \"{fallback_name}\".",
                    step.title
                ));
            }
            if !(step.at.is_finite() && (0.0..=1.0).contains(&step.at)) {
                step.at = if step.at.is_finite() {
                    step.at.clamp(0.0, 1.0)
                } else {
                    0.5
                };
                done.push(format!(
                    "Step \"{}\" moved back inside its phase.",
                    step.title
                ));
            }
            if !(step.emotion.is_finite() && (Emotion::MIN..=Emotion::MAX).contains(&step.emotion))
            {
                step.emotion = if step.emotion.is_finite() {
                    step.emotion.clamp(Emotion::MIN, Emotion::MAX)
                } else {
                    0.0
                };
                done.push(format!(
                    "Step \"{}\" got emotion {}.",
                    step.title, step.emotion
                ));
            }
        }
    }
    for item in &mut map.content {
        if let Some(fallback) = fallback
            && !phase_ids.contains(&item.phase)
        {
            item.phase = fallback;
            done.push(format!(
                "Content item \"{}\" moved to phase \"{fallback_name}\".",
                item.title
            ));
        }
        if item.persona.is_some_and(|p| !persona_ids.contains(&p)) {
            item.persona = None;
            done.push(format!(
                "Content item \"{}\" no longer names a missing persona.",
                item.title
            ));
        }
        let before = item.steps.len();
        item.steps.retain(|s| step_ids.contains(s));
        if item.steps.len() != before {
            done.push(format!(
                "Content item \"{}\" no longer names missing steps.",
                item.title
            ));
        }
        if item.end_date.is_some_and(|end| end < item.date) {
            item.end_date = None;
            done.push(format!(
                "Content item \"{}\" lost its end date (it was before the start).",
                item.title
            ));
        }
    }
    done
}

/// Gives a fresh id to every entity whose id was already taken by an earlier one.
fn fresh_ids(map: &mut Map, done: &mut Vec<String>) {
    fn renumber<'a>(
        ids: impl Iterator<Item = (&'a mut u64, String)>,
        kind: &str,
        done: &mut Vec<String>,
    ) {
        let ids: Vec<_> = ids.collect();
        let mut used: HashSet<u64> = ids.iter().map(|(id, _)| **id).collect();
        let mut seen = HashSet::new();
        for (id, name) in ids {
            if !seen.insert(*id) {
                let next = super::ids::fresh_id(used.iter().copied());
                *id = next;
                seen.insert(next);
                used.insert(next);
                done.push(format!(
                    "The {kind} \"{name}\" got the new id {next} (its id was taken)."
                ));
            }
        }
    }
    renumber(
        map.phases.iter_mut().map(|p| (&mut p.id.0, p.name.clone())),
        "phase",
        done,
    );
    renumber(
        map.journeys
            .iter_mut()
            .map(|j| (&mut j.id.0, j.name.clone())),
        "journey",
        done,
    );
    renumber(
        map.journeys
            .iter_mut()
            .flat_map(|j| j.steps.iter_mut())
            .map(|s| (&mut s.id.0, s.title.clone())),
        "step",
        done,
    );
    renumber(
        map.personas
            .iter_mut()
            .map(|p| (&mut p.id.0, p.name.clone())),
        "persona",
        done,
    );
    renumber(
        map.content
            .iter_mut()
            .map(|c| (&mut c.id.0, c.title.clone())),
        "content item",
        done,
    );
}
