//! Checks that a map is consistent: unique ids, references that point at
//! something, numbers in range. Problems are reported, and can be repaired
//! explicitly, never silently dropped.

use std::collections::HashSet;
use std::fmt;

use super::{Emotion, Map, PhaseId};
use crate::i18n::fill;

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

    let t = crate::i18n::files::t();
    duplicates(
        map.phases.iter().map(|p| p.id.0),
        t.kinds_phases,
        &mut problems,
    );
    duplicates(
        map.journeys.iter().map(|j| j.id.0),
        t.kinds_journeys,
        &mut problems,
    );
    duplicates(map.steps().map(|s| s.id.0), t.kinds_steps, &mut problems);
    duplicates(
        map.personas.iter().map(|p| p.id.0),
        t.kinds_personas,
        &mut problems,
    );
    duplicates(
        map.content.iter().map(|c| c.id.0),
        t.kinds_content_items,
        &mut problems,
    );

    for phase in &map.phases {
        if !(phase.width.is_finite() && phase.width > 0.0) {
            problems.push(problem(
                true,
                fill(
                    t.problem_phase_width,
                    &[("name", &phase.name), ("width", &phase.width)],
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
                fill(
                    t.problem_journey_persona,
                    &[("name", &journey.name), ("persona", &persona)],
                ),
            ));
        }
        for step in &journey.steps {
            if !phase_ids.contains(&step.phase) {
                problems.push(problem(
                    true,
                    fill(
                        t.problem_step_phase,
                        &[
                            ("step", &step.title),
                            ("journey", &journey.name),
                            ("phase", &step.phase),
                        ],
                    ),
                ));
            }
            if !(step.at.is_finite() && (0.0..=1.0).contains(&step.at)) {
                problems.push(problem(
                    true,
                    fill(
                        t.problem_step_at,
                        &[("step", &step.title), ("at", &step.at)],
                    ),
                ));
            }
            if !(step.emotion.is_finite() && (Emotion::MIN..=Emotion::MAX).contains(&step.emotion))
            {
                problems.push(problem(
                    true,
                    fill(
                        t.problem_step_emotion,
                        &[
                            ("step", &step.title),
                            ("emotion", &step.emotion),
                            ("min", &Emotion::MIN),
                            ("max", &Emotion::MAX),
                        ],
                    ),
                ));
            }
        }
    }
    for item in &map.content {
        if !phase_ids.contains(&item.phase) {
            problems.push(problem(
                true,
                fill(
                    t.problem_content_phase,
                    &[("item", &item.title), ("phase", &item.phase)],
                ),
            ));
        }
        if let Some(persona) = item.persona
            && !persona_ids.contains(&persona)
        {
            problems.push(problem(
                true,
                fill(
                    t.problem_content_persona,
                    &[("item", &item.title), ("persona", &persona)],
                ),
            ));
        }
        for step in &item.steps {
            if !step_ids.contains(step) {
                problems.push(problem(
                    true,
                    fill(
                        t.problem_content_step,
                        &[("item", &item.title), ("step", step)],
                    ),
                ));
            }
        }
        if let Some(end) = item.end_date
            && end < item.date
        {
            problems.push(problem(
                true,
                fill(
                    t.problem_content_dates,
                    &[("item", &item.title), ("end", &end), ("start", &item.date)],
                ),
            ));
        }
    }
    problems
}

fn duplicates(ids: impl Iterator<Item = u64>, kinds: &str, problems: &mut Vec<Problem>) {
    let mut seen = HashSet::new();
    let mut reported = HashSet::new();
    for id in ids {
        if !seen.insert(id) && reported.insert(id) {
            problems.push(problem(
                true,
                fill(
                    crate::i18n::files::t().problem_duplicate_id,
                    &[("kinds", &kinds), ("id", &id)],
                ),
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
    let t = crate::i18n::files::t();
    let mut done = Vec::new();
    fresh_ids(map, &mut done);

    for phase in &mut map.phases {
        if !(phase.width.is_finite() && phase.width > 0.0) {
            done.push(fill(t.repair_phase_width, &[("name", &phase.name)]));
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
            name: t.unassigned_phase.to_owned(),
            description: t.unassigned_description.to_owned(),
            color: super::Rgb(0xdd, 0xdd, 0xdd),
            width: 10.0,
            kpis: Vec::new(),
        });
        done.push(fill(t.repair_added_phase, &[("name", &t.unassigned_phase)]));
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
            done.push(fill(t.repair_journey_persona, &[("name", &journey.name)]));
        }
        for step in &mut journey.steps {
            if let Some(fallback) = fallback
                && !phase_ids.contains(&step.phase)
            {
                step.phase = fallback;
                done.push(fill(
                    t.repair_step_phase,
                    &[("step", &step.title), ("phase", &fallback_name)],
                ));
            }
            if !(step.at.is_finite() && (0.0..=1.0).contains(&step.at)) {
                step.at = if step.at.is_finite() {
                    step.at.clamp(0.0, 1.0)
                } else {
                    0.5
                };
                done.push(fill(t.repair_step_at, &[("step", &step.title)]));
            }
            if !(step.emotion.is_finite() && (Emotion::MIN..=Emotion::MAX).contains(&step.emotion))
            {
                step.emotion = if step.emotion.is_finite() {
                    step.emotion.clamp(Emotion::MIN, Emotion::MAX)
                } else {
                    0.0
                };
                done.push(fill(
                    t.repair_step_emotion,
                    &[("step", &step.title), ("emotion", &step.emotion)],
                ));
            }
        }
    }
    for item in &mut map.content {
        if let Some(fallback) = fallback
            && !phase_ids.contains(&item.phase)
        {
            item.phase = fallback;
            done.push(fill(
                t.repair_content_phase,
                &[("item", &item.title), ("phase", &fallback_name)],
            ));
        }
        if item.persona.is_some_and(|p| !persona_ids.contains(&p)) {
            item.persona = None;
            done.push(fill(t.repair_content_persona, &[("item", &item.title)]));
        }
        let before = item.steps.len();
        item.steps.retain(|s| step_ids.contains(s));
        if item.steps.len() != before {
            done.push(fill(t.repair_content_steps, &[("item", &item.title)]));
        }
        if item.end_date.is_some_and(|end| end < item.date) {
            item.end_date = None;
            done.push(fill(t.repair_content_end, &[("item", &item.title)]));
        }
    }
    done
}

/// Gives a fresh id to every entity whose id was already taken by an earlier one.
fn fresh_ids(map: &mut Map, done: &mut Vec<String>) {
    let t = crate::i18n::files::t();
    fn renumber<'a>(
        ids: impl Iterator<Item = (&'a mut u64, String)>,
        what: &str,
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
                done.push(fill(
                    crate::i18n::files::t().repair_new_id,
                    &[("what", &what), ("name", &name), ("id", &next)],
                ));
            }
        }
    }
    renumber(
        map.phases.iter_mut().map(|p| (&mut p.id.0, p.name.clone())),
        t.the_phase,
        done,
    );
    renumber(
        map.journeys
            .iter_mut()
            .map(|j| (&mut j.id.0, j.name.clone())),
        t.the_journey,
        done,
    );
    renumber(
        map.journeys
            .iter_mut()
            .flat_map(|j| j.steps.iter_mut())
            .map(|s| (&mut s.id.0, s.title.clone())),
        t.the_step,
        done,
    );
    renumber(
        map.personas
            .iter_mut()
            .map(|p| (&mut p.id.0, p.name.clone())),
        t.the_persona,
        done,
    );
    renumber(
        map.content
            .iter_mut()
            .map(|c| (&mut c.id.0, c.title.clone())),
        t.the_content_item,
        done,
    );
}
