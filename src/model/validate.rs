//! Checks that a map is consistent: unique ids, references that point at
//! something, numbers in range. Problems are reported, and can be repaired
//! explicitly, never silently dropped.
//!
//! Problems and repairs are typed data (which entity, which id, what is
//! wrong); `i18n::problems` puts them into English or Dutch words.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::{ContentId, Emotion, JourneyId, Map, PersonaId, Phase, PhaseId, StepId};

/// The kinds of entity a map holds, for problems that concern any of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Entity {
    /// A phase.
    Phase,
    /// A journey.
    Journey,
    /// A step of a journey.
    Step,
    /// A persona.
    Persona,
    /// A content item.
    ContentItem,
}

/// What is wrong with a persona's photo. The photo is checked where pictures
/// are decoded (`io::photo`); the model only names the outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhotoFault {
    /// The picture file could not be read (the system's reason).
    Unreadable(String),
    /// The picture file is larger than a photo may be.
    TooLarge {
        /// The file's size in bytes.
        bytes: u64,
        /// The most bytes a photo may have.
        max: u64,
    },
    /// A picture in a format Klantreis does not take (its name, e.g. "Gif").
    WrongFormat(String),
    /// The bytes are not a picture at all.
    NotAPicture,
    /// A PNG carrying more hidden text than a photo needs (a text bomb).
    HiddenText {
        /// The bytes of text it carries.
        bytes: u64,
        /// The most text bytes a photo may carry.
        max: u64,
    },
    /// The picture's header is damaged (the decoder's reason).
    Damaged(String),
    /// The picture says it has no pixels.
    NoPixels,
    /// The picture declares more pixels than a photo can have (a bomb).
    TooManyPixels {
        /// The declared width.
        width: u32,
        /// The declared height.
        height: u32,
        /// The most pixels a side may have.
        side: u32,
        /// The most pixels a photo may have.
        pixels: u64,
    },
    /// The picture's pixels cannot be decoded: damaged or cut off (the decoder's reason).
    Incomplete(String),
    /// The picture could not be converted to the stored photo (the encoder's reason).
    NotConverted(String),
}

/// One thing wrong with a map: typed data, worded by `i18n::problems`.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// Two or more entities of one kind share an id.
    DuplicateId {
        /// The kind of entity.
        kind: Entity,
        /// The shared id.
        id: u64,
    },
    /// A phase's width is not a number in [`Phase::MIN_WIDTH`]..=[`Phase::MAX_WIDTH`].
    PhaseWidth {
        /// The phase.
        phase: PhaseId,
        /// Its name.
        name: String,
        /// The width the file gives.
        width: f64,
    },
    /// A journey belongs to a persona that is not in the map.
    JourneyPersona {
        /// The journey.
        journey: JourneyId,
        /// Its name.
        name: String,
        /// The missing persona.
        persona: PersonaId,
    },
    /// A step is in a phase that is not in the map.
    StepPhase {
        /// The step.
        step: StepId,
        /// Its title.
        title: String,
        /// The name of its journey.
        journey: String,
        /// The missing phase.
        phase: PhaseId,
    },
    /// A step's position inside its phase is not a number from 0 to 1.
    StepAt {
        /// The step.
        step: StepId,
        /// Its title.
        title: String,
        /// The position the file gives.
        at: f64,
    },
    /// A step's emotion is not a number from [`Emotion::MIN`] to [`Emotion::MAX`].
    StepEmotion {
        /// The step.
        step: StepId,
        /// Its title.
        title: String,
        /// The emotion the file gives.
        emotion: f64,
    },
    /// A content item is planned for a phase that is not in the map.
    ContentPhase {
        /// The item.
        item: ContentId,
        /// Its title.
        title: String,
        /// The missing phase.
        phase: PhaseId,
    },
    /// A content item is for a persona that is not in the map.
    ContentPersona {
        /// The item.
        item: ContentId,
        /// Its title.
        title: String,
        /// The missing persona.
        persona: PersonaId,
    },
    /// A content item supports a step that is not in the map.
    ContentStep {
        /// The item.
        item: ContentId,
        /// Its title.
        title: String,
        /// The missing step.
        step: StepId,
    },
    /// A content item ends before it starts.
    ContentDates {
        /// The item.
        item: ContentId,
        /// Its title.
        title: String,
        /// Its start.
        start: NaiveDate,
        /// Its end, before the start.
        end: NaiveDate,
    },
    /// A persona's photo cannot be shown (found by `io`, which decodes photos).
    PersonaPhoto {
        /// The persona.
        persona: PersonaId,
        /// Its name.
        name: String,
        /// What is wrong with the photo.
        fault: PhotoFault,
    },
    /// A to-be journey or a snapshot is wrong (see [`super::IterationProblem`]).
    Iteration(super::IterationProblem),
    /// A step's evidence or experiments are wrong (see [`super::experiment::check`]).
    Claim(super::ClaimProblem),
    /// A measurement, target or survey score that is not a finite number, or
    /// a survey score off its scale (see `measure.rs`).
    Measure(super::measure::BadMeasure),
}

/// The largest emotion or position that can still be drawn: beyond it the
/// screen coordinates overflow. Values between their range and this are
/// drawn off the scale; values beyond it, or not finite, cannot be drawn.
const DRAWABLE: f64 = 1_000_000.0;

impl Problem {
    /// Whether [`repair`] can fix it (photo problems are repaired by `io::repair`).
    pub fn repairable(&self) -> bool {
        !matches!(self, Problem::PersonaPhoto { .. })
    }

    /// Whether the map cannot be drawn while this problem stands: a number
    /// that is not finite, or so large that the picture's coordinates
    /// overflow (the editor refuses to show such a map; `upgrade --repair`
    /// fixes it).
    pub fn breaks_drawing(&self) -> bool {
        match self {
            Problem::PhaseWidth { width, .. } => !Phase::width_in_range(*width),
            Problem::StepAt { at: value, .. } | Problem::StepEmotion { emotion: value, .. } => {
                !(value.is_finite() && value.abs() <= DRAWABLE)
            }
            Problem::Iteration(super::IterationProblem::InSnapshot { problem, .. }) => {
                problem.breaks_drawing()
            }
            Problem::Measure(bad) => !bad.value.is_finite(),
            _ => false,
        }
    }
}

/// What [`repair`] changed: typed data, worded by `i18n::problems`.
#[derive(Clone, Debug, PartialEq)]
pub enum Repair {
    /// An entity got a fresh id because its id was taken.
    NewId {
        /// The kind of entity.
        kind: Entity,
        /// Its name or title.
        name: String,
        /// The new id.
        id: u64,
    },
    /// A phase got the default width.
    PhaseWidth {
        /// The phase.
        phase: PhaseId,
        /// Its name.
        name: String,
        /// The new width.
        width: f64,
    },
    /// A phase was added for steps and content whose phase was missing.
    AddedPhase {
        /// The new phase.
        phase: PhaseId,
        /// Its name.
        name: String,
    },
    /// A journey no longer names a missing persona.
    JourneyPersona {
        /// The journey.
        journey: JourneyId,
        /// Its name.
        name: String,
    },
    /// A step moved to another phase, because its own was missing.
    StepPhase {
        /// The step.
        step: StepId,
        /// Its title.
        title: String,
        /// The name of the phase it moved to.
        phase: String,
    },
    /// A step moved back inside its phase.
    StepAt {
        /// The step.
        step: StepId,
        /// Its title.
        title: String,
    },
    /// A step's emotion was brought onto the scale.
    StepEmotion {
        /// The step.
        step: StepId,
        /// Its title.
        title: String,
        /// The new emotion.
        emotion: f64,
    },
    /// A content item moved to another phase, because its own was missing.
    ContentPhase {
        /// The item.
        item: ContentId,
        /// Its title.
        title: String,
        /// The name of the phase it moved to.
        phase: String,
    },
    /// A content item no longer names a missing persona.
    ContentPersona {
        /// The item.
        item: ContentId,
        /// Its title.
        title: String,
    },
    /// A content item no longer names missing steps.
    ContentSteps {
        /// The item.
        item: ContentId,
        /// Its title.
        title: String,
    },
    /// A content item lost an end date that was before its start.
    ContentEnd {
        /// The item.
        item: ContentId,
        /// Its title.
        title: String,
    },
    /// A persona's photo that cannot be shown was taken out (by `io::repair`).
    PhotoRemoved {
        /// The persona.
        persona: PersonaId,
        /// Its name.
        name: String,
    },
    /// A to-be journey or a snapshot was repaired (see [`super::IterationRepair`]).
    Iteration(super::IterationRepair),
    /// A step's evidence or experiments were repaired.
    Claim(super::ClaimRepair),
    /// A measurement, target or survey score that was not a number was taken out.
    Measure(super::measure::BadMeasure),
}

/// The name and description of the phase [`repair`] adds when steps or
/// content lost their phase and the map has none. The model holds no words:
/// the caller passes them (`i18n::problems::unassigned_phase()`).
#[derive(Clone, Copy, Debug)]
pub struct UnassignedPhase<'a> {
    /// The phase's name.
    pub name: &'a str,
    /// The phase's description.
    pub description: &'a str,
}

impl Phase {
    /// The narrowest a phase may be, in time units.
    pub const MIN_WIDTH: f64 = 0.001;
    /// The widest a phase may be, in time units: far beyond any real map
    /// (the editor's length field goes to 1,000), and small enough that a
    /// map's whole time axis stays a finite number on screen.
    pub const MAX_WIDTH: f64 = 1_000_000.0;
    /// The width a phase gets when it has none that can be used.
    pub const DEFAULT_WIDTH: f64 = 10.0;

    /// Whether a width is a finite number from [`Phase::MIN_WIDTH`] to [`Phase::MAX_WIDTH`].
    pub fn width_in_range(width: f64) -> bool {
        width.is_finite() && (Self::MIN_WIDTH..=Self::MAX_WIDTH).contains(&width)
    }
}

fn at_in_range(at: f64) -> bool {
    at.is_finite() && (0.0..=1.0).contains(&at)
}

fn emotion_in_range(emotion: f64) -> bool {
    emotion.is_finite() && (Emotion::MIN..=Emotion::MAX).contains(&emotion)
}

/// Finds every problem in the map. An empty list means the map is sound.
/// Photos are not decoded here (the model does no I/O): `io::load` adds
/// their problems.
pub fn validate(map: &Map) -> Vec<Problem> {
    let mut problems = Vec::new();
    let phase_ids: HashSet<PhaseId> = map.phases.iter().map(|p| p.id).collect();
    let persona_ids: HashSet<_> = map.personas.iter().map(|p| p.id).collect();
    let step_ids: HashSet<_> = map.steps().map(|s| s.id).collect();

    duplicates(
        map.phases.iter().map(|p| p.id.0),
        Entity::Phase,
        &mut problems,
    );
    duplicates(
        map.journeys.iter().map(|j| j.id.0),
        Entity::Journey,
        &mut problems,
    );
    duplicates(map.steps().map(|s| s.id.0), Entity::Step, &mut problems);
    duplicates(
        map.personas.iter().map(|p| p.id.0),
        Entity::Persona,
        &mut problems,
    );
    duplicates(
        map.content.iter().map(|c| c.id.0),
        Entity::ContentItem,
        &mut problems,
    );

    for phase in &map.phases {
        if !Phase::width_in_range(phase.width) {
            problems.push(Problem::PhaseWidth {
                phase: phase.id,
                name: phase.name.clone(),
                width: phase.width,
            });
        }
    }
    for journey in &map.journeys {
        if let Some(persona) = journey.persona
            && !persona_ids.contains(&persona)
        {
            problems.push(Problem::JourneyPersona {
                journey: journey.id,
                name: journey.name.clone(),
                persona,
            });
        }
        for step in &journey.steps {
            if !phase_ids.contains(&step.phase) {
                problems.push(Problem::StepPhase {
                    step: step.id,
                    title: step.title.clone(),
                    journey: journey.name.clone(),
                    phase: step.phase,
                });
            }
            if !at_in_range(step.at) {
                problems.push(Problem::StepAt {
                    step: step.id,
                    title: step.title.clone(),
                    at: step.at,
                });
            }
            if !emotion_in_range(step.emotion) {
                problems.push(Problem::StepEmotion {
                    step: step.id,
                    title: step.title.clone(),
                    emotion: step.emotion,
                });
            }
            let mut claims = Vec::new();
            super::experiment::check(step, &mut claims);
            problems.extend(claims.into_iter().map(Problem::Claim));
        }
    }
    for item in &map.content {
        if !phase_ids.contains(&item.phase) {
            problems.push(Problem::ContentPhase {
                item: item.id,
                title: item.title.clone(),
                phase: item.phase,
            });
        }
        if let Some(persona) = item.persona
            && !persona_ids.contains(&persona)
        {
            problems.push(Problem::ContentPersona {
                item: item.id,
                title: item.title.clone(),
                persona,
            });
        }
        for step in &item.steps {
            if !step_ids.contains(step) {
                problems.push(Problem::ContentStep {
                    item: item.id,
                    title: item.title.clone(),
                    step: *step,
                });
            }
        }
        if let Some(end) = item.end_date
            && end < item.date
        {
            problems.push(Problem::ContentDates {
                item: item.id,
                title: item.title.clone(),
                start: item.date,
                end,
            });
        }
    }
    super::validate_iterations(map, &mut problems);
    super::measure::problems(map, &mut problems);
    problems
}

fn duplicates(ids: impl Iterator<Item = u64>, kind: Entity, problems: &mut Vec<Problem>) {
    let mut seen = HashSet::new();
    let mut reported = HashSet::new();
    for id in ids {
        if !seen.insert(id) && reported.insert(id) {
            problems.push(Problem::DuplicateId { kind, id });
        }
    }
}

/// Repairs every repairable problem and says what it did, one entry per change.
///
/// Nothing is deleted: a step whose phase is gone moves to the first phase (a
/// phase named `words.name` is created when the map has none), a reference to
/// a missing persona or step is cleared, numbers are brought into range, and
/// duplicate ids get fresh ones.
pub fn repair(map: &mut Map, words: UnassignedPhase<'_>) -> Vec<Repair> {
    let mut done = Vec::new();
    fresh_ids(map, &mut done);

    for phase in &mut map.phases {
        if !Phase::width_in_range(phase.width) {
            phase.width = Phase::DEFAULT_WIDTH;
            done.push(Repair::PhaseWidth {
                phase: phase.id,
                name: phase.name.clone(),
                width: phase.width,
            });
        }
    }
    let phase_ids: HashSet<PhaseId> = map.phases.iter().map(|p| p.id).collect();
    let needs_phase = map.steps().any(|s| !phase_ids.contains(&s.phase))
        || map.content.iter().any(|c| !phase_ids.contains(&c.phase));
    let fallback = if needs_phase && map.phases.is_empty() {
        let id = map.new_phase_id();
        map.phases.push(Phase {
            id,
            name: words.name.to_owned(),
            description: words.description.to_owned(),
            color: super::Rgb(0xdd, 0xdd, 0xdd),
            width: Phase::DEFAULT_WIDTH,
            kpis: Vec::new(),
        });
        done.push(Repair::AddedPhase {
            phase: id,
            name: words.name.to_owned(),
        });
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
            done.push(Repair::JourneyPersona {
                journey: journey.id,
                name: journey.name.clone(),
            });
        }
        for step in &mut journey.steps {
            if let Some(fallback) = fallback
                && !phase_ids.contains(&step.phase)
            {
                step.phase = fallback;
                done.push(Repair::StepPhase {
                    step: step.id,
                    title: step.title.clone(),
                    phase: fallback_name.clone(),
                });
            }
            if !at_in_range(step.at) {
                step.at = if step.at.is_finite() {
                    step.at.clamp(0.0, 1.0)
                } else {
                    0.5
                };
                done.push(Repair::StepAt {
                    step: step.id,
                    title: step.title.clone(),
                });
            }
            if !emotion_in_range(step.emotion) {
                step.emotion = if step.emotion.is_finite() {
                    step.emotion.clamp(Emotion::MIN, Emotion::MAX)
                } else {
                    0.0
                };
                done.push(Repair::StepEmotion {
                    step: step.id,
                    title: step.title.clone(),
                    emotion: step.emotion,
                });
            }
            let mut claims = Vec::new();
            super::experiment::repair(step, &mut claims);
            done.extend(claims.into_iter().map(Repair::Claim));
        }
    }
    for item in &mut map.content {
        if let Some(fallback) = fallback
            && !phase_ids.contains(&item.phase)
        {
            item.phase = fallback;
            done.push(Repair::ContentPhase {
                item: item.id,
                title: item.title.clone(),
                phase: fallback_name.clone(),
            });
        }
        if item.persona.is_some_and(|p| !persona_ids.contains(&p)) {
            item.persona = None;
            done.push(Repair::ContentPersona {
                item: item.id,
                title: item.title.clone(),
            });
        }
        let before = item.steps.len();
        item.steps.retain(|s| step_ids.contains(s));
        if item.steps.len() != before {
            done.push(Repair::ContentSteps {
                item: item.id,
                title: item.title.clone(),
            });
        }
        if item.end_date.is_some_and(|end| end < item.date) {
            item.end_date = None;
            done.push(Repair::ContentEnd {
                item: item.id,
                title: item.title.clone(),
            });
        }
    }
    super::repair_iterations(map, words, &mut done);
    super::measure::repair(map, &mut done);
    done
}

/// Gives a fresh id to every entity whose id was already taken by an earlier one.
fn fresh_ids(map: &mut Map, done: &mut Vec<Repair>) {
    fn renumber<'a>(
        ids: impl Iterator<Item = (&'a mut u64, String)>,
        kind: Entity,
        done: &mut Vec<Repair>,
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
                done.push(Repair::NewId {
                    kind,
                    name,
                    id: next,
                });
            }
        }
    }
    renumber(
        map.phases.iter_mut().map(|p| (&mut p.id.0, p.name.clone())),
        Entity::Phase,
        done,
    );
    renumber(
        map.journeys
            .iter_mut()
            .map(|j| (&mut j.id.0, j.name.clone())),
        Entity::Journey,
        done,
    );
    renumber(
        map.journeys
            .iter_mut()
            .flat_map(|j| j.steps.iter_mut())
            .map(|s| (&mut s.id.0, s.title.clone())),
        Entity::Step,
        done,
    );
    renumber(
        map.personas
            .iter_mut()
            .map(|p| (&mut p.id.0, p.name.clone())),
        Entity::Persona,
        done,
    );
    renumber(
        map.content
            .iter_mut()
            .map(|c| (&mut c.id.0, c.title.clone())),
        Entity::ContentItem,
        done,
    );
}

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
