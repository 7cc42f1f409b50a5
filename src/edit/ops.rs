//! The document operations: every change that touches more than one entity,
//! in one place, whichever panel, key or bar asks for it.
//!
//! Each operation takes the map as it is, with ids and arguments, and returns
//! one [`Edit`] (a [`Edit::Group`], so one undo step), or `None` when there is
//! nothing to do: ids that are not in the map are passed over. Applied to a
//! valid map, the edit leaves it valid: nothing refers to a step, journey,
//! phase or persona that is gone, and every position and emotion is in range.

use std::collections::{HashMap, HashSet};

use super::Edit;
use crate::model::{
    ContentId, Emotion, Journey, JourneyId, Map, Persona, PersonaId, PhaseId, Rgb, Step, StepId,
};

/// The name and colour of a journey that an operation starts when the steps
/// it adds have no journey to go to.
#[derive(Clone, Debug, PartialEq)]
pub struct NewJourney {
    /// The journey's name, e.g. "Journey 3".
    pub name: String,
    /// The curve's colour.
    pub color: Rgb,
}

/// What [`add_steps`] does: the edit, and where the steps went.
#[derive(Clone, Debug, PartialEq)]
pub struct AddedSteps {
    /// The edit that adds them (one undo step).
    pub edit: Edit,
    /// The journey they are added to.
    pub journey: JourneyId,
    /// Whether that journey is started by the edit.
    pub new_journey: bool,
    /// The new steps' ids, in the order given.
    pub steps: Vec<StepId>,
}

/// Where a step is moved to: a time on the whole time axis, which decides
/// its phase and its place inside it, and an emotion.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StepMove {
    /// The step.
    pub step: StepId,
    /// The time on the axis; clamped to the axis.
    pub time: f64,
    /// The emotion; clamped to the scale.
    pub emotion: f64,
}

/// One undo step of these edits, or nothing when there are none.
fn group(edits: Vec<Edit>) -> Option<Edit> {
    (!edits.is_empty()).then_some(Edit::Group(edits))
}

/// The edits that make content items forget steps that are `gone` and a
/// persona that is gone. The items themselves stay.
fn forget_in_content(map: &Map, gone: &HashSet<StepId>, persona: Option<PersonaId>) -> Vec<Edit> {
    map.content
        .iter()
        .filter(|c| {
            c.steps.iter().any(|s| gone.contains(s)) || (persona.is_some() && c.persona == persona)
        })
        .map(|c| {
            let mut changed = c.clone();
            changed.steps.retain(|s| !gone.contains(s));
            if persona.is_some() && changed.persona == persona {
                changed.persona = None;
            }
            Edit::SetContent(changed)
        })
        .collect()
}

/// The ids of the steps of the journeys that pass `keep`.
fn steps_of<'a>(map: &'a Map, keep: impl Fn(&Journey) -> bool + 'a) -> HashSet<StepId> {
    map.journeys
        .iter()
        .filter(|j| keep(j))
        .flat_map(|j| j.steps.iter().map(|s| s.id))
        .collect()
}

/// Deletes steps. Content items that cite them forget them and stay.
pub fn delete_steps(map: &Map, ids: &[StepId]) -> Option<Edit> {
    let asked: HashSet<StepId> = ids.iter().copied().collect();
    let gone: HashSet<StepId> = map
        .steps()
        .map(|s| s.id)
        .filter(|id| asked.contains(id))
        .collect();
    if gone.is_empty() {
        return None;
    }
    let mut edits = forget_in_content(map, &gone, None);
    edits.extend(
        map.steps()
            .filter(|s| gone.contains(&s.id))
            .map(|s| Edit::RemoveStep(s.id)),
    );
    group(edits)
}

/// Deletes journeys with their steps. Content items that cite those steps
/// forget them and stay.
pub fn delete_journeys(map: &Map, ids: &[JourneyId]) -> Option<Edit> {
    remove_journeys(map, |j| ids.contains(&j.id), None)
}

/// Removes the journeys that pass `gone`, and clears `persona` wherever the
/// content refers to it.
fn remove_journeys(
    map: &Map,
    gone: impl Fn(&Journey) -> bool,
    persona: Option<PersonaId>,
) -> Option<Edit> {
    let steps = steps_of(map, &gone);
    let mut edits = forget_in_content(map, &steps, persona);
    edits.extend(super::iterate::forget_as_is(map, &gone));
    edits.extend(
        map.journeys
            .iter()
            .filter(|j| gone(j))
            .map(|j| Edit::RemoveJourney(j.id)),
    );
    group(edits)
}

/// Deletes a phase. Its steps move to the next phase (the previous one when
/// it is the last), squeezed in order into the fifth of that phase nearest to
/// them; its content items move there too. The only phase is never deleted:
/// steps need a phase.
pub fn delete_phase(map: &Map, id: PhaseId) -> Option<Edit> {
    let index = map.phases.iter().position(|p| p.id == id)?;
    let neighbour = map
        .phases
        .get(index + 1)
        .or_else(|| index.checked_sub(1).and_then(|i| map.phases.get(i)))?
        .id;
    let moved_to_end = index + 1 == map.phases.len();
    let mut edits: Vec<Edit> = map
        .steps()
        .filter(|s| s.phase == id)
        .map(|s| {
            let at = if moved_to_end {
                0.8 + s.at * 0.2
            } else {
                s.at * 0.2
            };
            Edit::SetStep(Step {
                phase: neighbour,
                at,
                ..s.clone()
            })
        })
        .collect();
    edits.extend(map.content.iter().filter(|c| c.phase == id).map(|c| {
        let mut moved = c.clone();
        moved.phase = neighbour;
        Edit::SetContent(moved)
    }));
    edits.push(Edit::RemovePhase(id));
    group(edits)
}

/// Deletes a persona. With `with_journeys` the journeys it walks go too (and
/// content forgets their steps); otherwise they stay, walked by no one.
/// Content items written for the persona stay, for no persona in particular.
pub fn delete_persona(map: &Map, id: PersonaId, with_journeys: bool) -> Option<Edit> {
    map.persona(id)?;
    let walks = |j: &Journey| j.persona == Some(id);
    let mut edits = if with_journeys {
        match remove_journeys(map, walks, Some(id)) {
            Some(Edit::Group(edits)) => edits,
            _ => Vec::new(),
        }
    } else {
        let mut edits: Vec<Edit> = map
            .journeys
            .iter()
            .filter(|j| walks(j))
            .map(|j| {
                Edit::SetJourney(Journey {
                    persona: None,
                    steps: Vec::new(),
                    ..j.clone()
                })
            })
            .collect();
        edits.extend(forget_in_content(map, &HashSet::new(), Some(id)));
        edits
    };
    edits.push(Edit::RemovePersona(id));
    group(edits)
}

/// Deletes content items.
pub fn delete_content(map: &Map, ids: &[ContentId]) -> Option<Edit> {
    group(
        map.content
            .iter()
            .filter(|c| ids.contains(&c.id))
            .map(|c| Edit::RemoveContent(c.id))
            .collect(),
    )
}

/// Starts a new, empty journey at the end of the list, walked by no one.
pub fn new_journey(map: &Map, look: NewJourney) -> (JourneyId, Edit) {
    let id = map.new_journey_id();
    let journey = Journey {
        id,
        name: look.name,
        color: look.color,
        persona: None,
        steps: Vec::new(),
        to_be_of: None,
    };
    (id, Edit::InsertJourney(map.journeys.len(), journey))
}

/// Adds steps (pasted, captured or placed on the canvas) to the end of
/// `journey`, or to a new journey when it is `None` or not in the map. Each
/// step gets a fresh id; a step whose phase is not in the map is left out,
/// and positions and emotions are brought into range.
pub fn add_steps(
    map: &Map,
    journey: Option<JourneyId>,
    look: NewJourney,
    steps: &[Step],
) -> Option<AddedSteps> {
    let steps: Vec<&Step> = steps
        .iter()
        .filter(|s| map.phase(s.phase).is_some())
        .collect();
    if steps.is_empty() {
        return None;
    }
    let mut edits = Vec::with_capacity(steps.len() + 1);
    let (journey, start, new_journey) = match journey.and_then(|j| map.journey(j)) {
        Some(journey) => (journey.id, journey.steps.len(), false),
        None => {
            let (id, edit) = self::new_journey(map, look);
            edits.push(edit);
            (id, 0, true)
        }
    };
    let fresh = map.new_step_ids(steps.len());
    let mut ids = Vec::with_capacity(steps.len());
    for (i, (step, id)) in steps.into_iter().zip(fresh).enumerate() {
        ids.push(id);
        let step = Step {
            id,
            at: in_range(step.at, 0.0, 1.0, 0.5),
            emotion: in_range(step.emotion, Emotion::MIN, Emotion::MAX, 0.0),
            ..step.clone()
        };
        edits.push(Edit::InsertStep(journey, start + i, step));
    }
    Some(AddedSteps {
        edit: Edit::Group(edits),
        journey,
        new_journey,
        steps: ids,
    })
}

/// `value` clamped to `min..=max`; `otherwise` when it is not a number.
fn in_range(value: f64, min: f64, max: f64, otherwise: f64) -> f64 {
    if value.is_nan() {
        otherwise
    } else {
        value.clamp(min, max)
    }
}

/// Where a time on the axis falls: the phase and the position inside it.
/// Times before the start or past the end stop there.
pub fn place_at_time(map: &Map, time: f64) -> Option<(PhaseId, f64)> {
    let total = map.total_width();
    let time = in_range(time, 0.0, total, 0.0);
    let mut start = 0.0;
    for (i, phase) in map.phases.iter().enumerate() {
        let last = i + 1 == map.phases.len();
        if time < start + phase.width || last {
            let at = in_range((time - start) / phase.width, 0.0, 1.0, 0.0);
            return Some((phase.id, at));
        }
        start += phase.width;
    }
    None
}

/// The steps with these ids that are in the map, found in one pass (a drag
/// of every step of a large map asks for thousands, every frame).
fn steps_by_id(map: &Map, ids: impl IntoIterator<Item = StepId>) -> HashMap<StepId, &Step> {
    let asked: HashSet<StepId> = ids.into_iter().collect();
    map.steps()
        .filter(|s| asked.contains(&s.id))
        .map(|s| (s.id, s))
        .collect()
}

/// Replaces the steps with these ids by what `change` makes of them, in the
/// order of `ids`.
fn change_steps(map: &Map, ids: &[StepId], change: impl Fn(&Step) -> Option<Step>) -> Option<Edit> {
    let found = steps_by_id(map, ids.iter().copied());
    group(
        ids.iter()
            .filter_map(|id| found.get(id))
            .filter_map(|s| change(s))
            .map(Edit::SetStep)
            .collect(),
    )
}

/// Moves steps in time (across phases) and emotion: what a drag on the canvas does.
pub fn move_steps(map: &Map, moves: &[StepMove]) -> Option<Edit> {
    let found = steps_by_id(map, moves.iter().map(|m| m.step));
    let changes = moves
        .iter()
        .filter_map(|m| {
            let step = found.get(&m.step)?;
            let (phase, at) = place_at_time(map, m.time)?;
            Some(Edit::SetStep(Step {
                phase,
                at,
                emotion: in_range(m.emotion, Emotion::MIN, Emotion::MAX, step.emotion),
                ..(*step).clone()
            }))
        })
        .collect();
    group(changes)
}

/// Raises (or, with a negative `by`, lowers) steps' emotion by whole levels,
/// from the level nearest to where each one is; the scale's ends stop them.
pub fn nudge_emotion(map: &Map, ids: &[StepId], by: f64) -> Option<Edit> {
    change_steps(map, ids, |s| {
        let emotion = Emotion::nearest(s.emotion).value() + by;
        Some(Step {
            emotion: in_range(emotion, Emotion::MIN, Emotion::MAX, s.emotion),
            ..s.clone()
        })
    })
}

/// Moves steps later (or, with a negative `by`, earlier) by a share of their
/// phase's width, into the neighbouring phase when they pass its edge.
pub fn nudge_time(map: &Map, ids: &[StepId], by: f64) -> Option<Edit> {
    change_steps(map, ids, |s| {
        let width = map.phase(s.phase)?.width;
        let (phase, at) = place_at_time(map, map.step_time(s)? + by * width)?;
        Some(Step {
            phase,
            at,
            ..s.clone()
        })
    })
}

/// Duplicates a persona under a new name, right after it in the list.
/// Returns the copy's id and the edit.
pub fn duplicate_persona(map: &Map, id: PersonaId, name: &str) -> Option<(PersonaId, Edit)> {
    let index = map.personas.iter().position(|p| p.id == id)?;
    let copy = Persona {
        id: map.new_persona_id(),
        name: name.to_owned(),
        ..map.personas[index].clone()
    };
    Some((copy.id, Edit::InsertPersona(index + 1, copy)))
}

/// Duplicates a content item at the end of the calendar's list. Returns the
/// copy's id and the edit.
pub fn duplicate_content(map: &Map, id: ContentId) -> Option<(ContentId, Edit)> {
    let item = map.content.iter().find(|c| c.id == id)?;
    let mut copy = item.clone();
    copy.id = map.new_content_id();
    Some((copy.id, Edit::InsertContent(map.content.len(), copy)))
}

/// Adds items to steps' lanes (notes the room sent, accepted by the
/// facilitator): one edit per item, each its own undo step, each built on
/// the ones before it so several items on one step all stay. Items on steps
/// that are not in the map, or on the touchpoint lane, are passed over.
pub fn add_lane_items(map: &Map, items: &[(StepId, crate::model::Lane, String)]) -> Vec<Edit> {
    let mut steps: HashMap<StepId, Step> = HashMap::new();
    let mut edits = Vec::new();
    for (id, lane, text) in items {
        let Some(step) = steps
            .get(id)
            .cloned()
            .or_else(|| map.step(*id).map(|(_, s)| s.clone()))
        else {
            continue;
        };
        let mut step = step;
        let Some(list) = lane.items_mut(&mut step) else {
            continue;
        };
        list.push(text.clone());
        edits.push(Edit::SetStep(step.clone()));
        steps.insert(*id, step);
    }
    edits
}

/// Sets a step's emotion (the room's mean rating), clamped to the scale;
/// `None` when the step is not in the map or already feels that way.
pub fn set_emotion(map: &Map, id: StepId, emotion: f64) -> Option<Edit> {
    let (_, step) = map.step(id)?;
    let emotion = in_range(emotion, Emotion::MIN, Emotion::MAX, step.emotion);
    (emotion != step.emotion).then(|| {
        Edit::SetStep(Step {
            emotion,
            ..step.clone()
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::model::{ContentItem, ContentType, PhaseTemplate, validate};

    fn look() -> NewJourney {
        NewJourney {
            name: "Bas".into(),
            color: Rgb(1, 2, 3),
        }
    }

    /// Five phases; journey 1 (Daniëlle, persona 1) has steps 1 and 2,
    /// journey 2 (Bas) has step 3; content item 1 cites steps 1 and 3 and is
    /// for persona 1 in phase 2; content item 2 cites step 2.
    fn map() -> Map {
        let mut map = PhaseTemplate::FivePhase.new_map(Language::En);
        map.personas = vec![
            Persona::new(PersonaId(1), "Daniëlle"),
            Persona::new(PersonaId(2), "Bas"),
        ];
        let journey = |id, name: &str, persona, steps| Journey {
            to_be_of: None,
            id: JourneyId(id),
            name: name.into(),
            color: Rgb(0, 0, 0),
            persona,
            steps,
        };
        map.journeys = vec![
            journey(
                1,
                "Daniëlle",
                Some(PersonaId(1)),
                vec![
                    Step::new(StepId(1), PhaseId(2), 0.5, 1.0, "Ziet een advertentie"),
                    Step::new(StepId(2), PhaseId(5), 0.9, -1.0, "Schrijft een review"),
                ],
            ),
            journey(
                2,
                "Bas",
                None,
                vec![Step::new(StepId(3), PhaseId(2), 0.2, 2.0, "Vergelijkt")],
            ),
        ];
        let date = chrono::NaiveDate::from_ymd_opt(2027, 3, 2).expect("a date");
        let mut blog = ContentItem::new(
            ContentId(1),
            "Blog",
            ContentType::BlogPost,
            PhaseId(2),
            date,
        );
        blog.steps = vec![StepId(1), StepId(3)];
        blog.persona = Some(PersonaId(1));
        let mut review = ContentItem::new(
            ContentId(2),
            "Review",
            ContentType::Review,
            PhaseId(5),
            date,
        );
        review.steps = vec![StepId(2)];
        map.content = vec![blog, review];
        assert_eq!(validate(&map), vec![]);
        map
    }

    /// Applies the edit to a copy, checks the copy is valid and that the
    /// inverse gives back the map; returns the copy.
    fn applied(map: &Map, edit: Option<Edit>) -> Map {
        let mut after = map.clone();
        let inverse = edit.expect("an edit").apply(&mut after).expect("applies");
        assert_eq!(validate(&after), vec![]);
        let mut back = after.clone();
        inverse.apply(&mut back).expect("undoes");
        assert_eq!(&back, map);
        after
    }

    #[test]
    fn deleting_steps_detaches_the_content_citing_them_and_keeps_the_items() {
        let map = map();
        let after = applied(&map, delete_steps(&map, &[StepId(1), StepId(99)]));
        assert!(after.step(StepId(1)).is_none());
        assert_eq!(after.content.len(), 2);
        assert_eq!(after.content[0].steps, vec![StepId(3)]);
        assert_eq!(after.content[1], map.content[1], "untouched");
        assert_eq!(delete_steps(&map, &[StepId(99)]), None);
    }

    #[test]
    fn deleting_a_journey_detaches_the_content_citing_its_steps_and_keeps_the_items() {
        let map = map();
        let after = applied(&map, delete_journeys(&map, &[JourneyId(1)]));
        assert_eq!(after.journeys.len(), 1);
        assert_eq!(after.content.len(), 2);
        assert_eq!(after.content[0].steps, vec![StepId(3)]);
        assert_eq!(after.content[1].steps, vec![]);
        assert_eq!(
            after.content[0].persona,
            Some(PersonaId(1)),
            "persona stays"
        );
        assert_eq!(delete_journeys(&map, &[JourneyId(7)]), None);
    }

    #[test]
    fn deleting_a_phase_moves_its_steps_and_content_to_the_next_phase_or_the_previous_at_the_end() {
        let map = map();
        let after = applied(&map, delete_phase(&map, PhaseId(2)));
        assert_eq!(after.phases.len(), 4);
        let (_, first) = after.step(StepId(1)).expect("kept");
        assert_eq!((first.phase, first.at), (PhaseId(3), 0.1));
        assert_eq!(after.content[0].phase, PhaseId(3));

        let after = applied(&map, delete_phase(&map, PhaseId(5)));
        let (_, review) = after.step(StepId(2)).expect("kept");
        assert_eq!(review.phase, PhaseId(4));
        assert!((review.at - 0.98).abs() < 1e-9, "{}", review.at);
        assert_eq!(after.content[1].phase, PhaseId(4));

        let mut single = map.clone();
        single.phases.truncate(1);
        single.journeys.clear();
        single.content.clear();
        assert_eq!(
            delete_phase(&single, PhaseId(1)),
            None,
            "the only phase stays"
        );
        assert_eq!(delete_phase(&map, PhaseId(9)), None);
    }

    #[test]
    fn deleting_a_persona_keeps_its_journeys_walked_by_no_one_or_deletes_them() {
        let map = map();
        let kept = applied(&map, delete_persona(&map, PersonaId(1), false));
        assert_eq!(kept.personas.len(), 1);
        assert_eq!(kept.journeys.len(), 2);
        assert_eq!(kept.journeys[0].persona, None);
        assert_eq!(kept.journeys[0].steps, map.journeys[0].steps);
        assert_eq!(kept.content[0].persona, None);
        assert_eq!(kept.content[0].steps, map.content[0].steps);

        let gone = applied(&map, delete_persona(&map, PersonaId(1), true));
        assert_eq!(gone.journeys.len(), 1);
        assert_eq!(gone.content.len(), 2, "content stays");
        assert_eq!(gone.content[0].persona, None);
        assert_eq!(gone.content[0].steps, vec![StepId(3)]);
        assert_eq!(gone.content[1].steps, vec![]);

        let lonely = applied(&map, delete_persona(&map, PersonaId(2), true));
        assert_eq!(lonely.journeys, map.journeys, "Bas walked no journey");
        assert_eq!(delete_persona(&map, PersonaId(5), true), None);
    }

    #[test]
    fn deleting_content_removes_only_the_named_items() {
        let map = map();
        let after = applied(&map, delete_content(&map, &[ContentId(2), ContentId(8)]));
        assert_eq!(after.content, vec![map.content[0].clone()]);
        assert_eq!(delete_content(&map, &[ContentId(8)]), None);
    }

    #[test]
    fn added_steps_get_fresh_ids_at_the_end_of_the_journey_or_in_a_new_one() {
        let map = map();
        let mut wild = Step::new(
            StepId(1),
            PhaseId(3),
            f64::NAN,
            9.0,
            "Belt de klantenservice",
        );
        wild.pain_points = vec!["Lang in de wacht".into()];
        let orphan = Step::new(StepId(2), PhaseId(42), 0.5, 0.0, "Nergens");
        let added =
            add_steps(&map, Some(JourneyId(2)), look(), &[wild.clone(), orphan]).expect("added");
        assert_eq!(added.journey, JourneyId(2));
        assert!(!added.new_journey);
        assert_eq!(added.steps.len(), 1, "the step without a phase is left out");
        let new_id = added.steps[0];
        assert!(new_id.0 != 0 && map.step(new_id).is_none(), "a fresh id");
        let after = applied(&map, Some(added.edit));
        let (journey, step) = after.step(new_id).expect("added");
        assert_eq!(journey.id, JourneyId(2));
        assert_eq!(journey.steps.last(), Some(step));
        assert_eq!((step.at, step.emotion), (0.5, Emotion::MAX));
        assert_eq!(step.pain_points, wild.pain_points);

        let added = add_steps(&map, Some(JourneyId(9)), look(), &[wild.clone()]).expect("added");
        assert!(added.new_journey);
        assert!(map.journey(added.journey).is_none(), "a fresh journey id");
        let after = applied(&map, Some(added.edit));
        let journey = after.journey(added.journey).expect("started");
        assert_eq!((journey.name.as_str(), journey.persona), ("Bas", None));
        assert_eq!(journey.steps.len(), 1);

        assert_eq!(add_steps(&map, None, look(), &[]), None);
    }

    #[test]
    fn a_new_journey_is_empty_and_last_with_a_fresh_id() {
        let map = map();
        let (id, edit) = new_journey(&map, look());
        let after = applied(&map, Some(edit));
        assert!(id.0 != 0 && map.journey(id).is_none(), "a fresh id");
        assert_eq!(after.journeys.last().map(|j| j.id), Some(id));
        assert!(after.journeys[2].steps.is_empty());
    }

    #[test]
    fn moving_steps_places_them_by_time_across_phases_and_clamps_emotion() {
        let map = map();
        // Phase 3 starts at 20 on the five-phase template (widths 10).
        let start = map.phase_start(PhaseId(3)).expect("phase 3");
        let moves = [
            StepMove {
                step: StepId(1),
                time: start + 2.5,
                emotion: -7.0,
            },
            StepMove {
                step: StepId(3),
                time: -100.0,
                emotion: f64::NAN,
            },
            StepMove {
                step: StepId(77),
                time: 0.0,
                emotion: 0.0,
            },
        ];
        let after = applied(&map, move_steps(&map, &moves));
        let (_, moved) = after.step(StepId(1)).expect("moved");
        assert_eq!(moved.phase, PhaseId(3));
        assert!((moved.at - 2.5 / map.phases[2].width).abs() < 1e-9);
        assert_eq!(moved.emotion, Emotion::MIN);
        let (_, early) = after.step(StepId(3)).expect("moved");
        assert_eq!(
            (early.phase, early.at, early.emotion),
            (PhaseId(1), 0.0, 2.0)
        );
        assert_eq!(move_steps(&map, &moves[2..]), None);
    }

    #[test]
    fn nudges_move_emotion_by_whole_levels_and_time_by_a_share_of_the_phase() {
        let map = map();
        let after = applied(&map, nudge_emotion(&map, &[StepId(1), StepId(3)], 1.0));
        assert_eq!(after.step(StepId(1)).expect("kept").1.emotion, 2.0);
        assert_eq!(after.step(StepId(3)).expect("kept").1.emotion, 3.0);
        let after = applied(&map, nudge_emotion(&map, &[StepId(3)], 2.0));
        assert_eq!(
            after.step(StepId(3)).expect("kept").1.emotion,
            3.0,
            "stops at the top"
        );

        let after = applied(&map, nudge_time(&map, &[StepId(2)], 0.3));
        let (_, late) = after.step(StepId(2)).expect("kept");
        assert_eq!((late.phase, late.at), (PhaseId(5), 1.0), "stops at the end");
        let after = applied(&map, nudge_time(&map, &[StepId(3)], -0.3));
        let (_, early) = after.step(StepId(3)).expect("kept");
        assert_eq!(early.phase, PhaseId(1), "into the previous phase");
        assert!((early.at - 0.9).abs() < 1e-9, "{}", early.at);
        assert_eq!(nudge_time(&map, &[StepId(50)], 0.1), None);
    }

    #[test]
    fn duplicates_get_fresh_ids_and_keep_everything_else() {
        let map = map();
        let (id, edit) = duplicate_persona(&map, PersonaId(1), "Daniëlle (copy)").expect("copied");
        let after = applied(&map, Some(edit));
        assert!(id.0 != 0 && map.persona(id).is_none(), "a fresh id");
        assert_eq!(after.personas[1].id, id, "right after the original");
        assert_eq!(after.personas[1].name, "Daniëlle (copy)");
        assert_eq!(duplicate_persona(&map, PersonaId(9), "x"), None);

        let (id, edit) = duplicate_content(&map, ContentId(1)).expect("copied");
        let after = applied(&map, Some(edit));
        assert!(
            id.0 != 0 && map.content.iter().all(|c| c.id != id),
            "a fresh id"
        );
        let copy = after.content.last().expect("copy");
        assert_eq!(
            *copy,
            ContentItem {
                id,
                ..map.content[0].clone()
            }
        );
        assert_eq!(duplicate_content(&map, ContentId(9)), None);
    }
}
