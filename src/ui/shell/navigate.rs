//! Moving through a journey without a mouse, and the quick-capture syntax:
//! pure functions on the map, shared by the canvas and workshop mode.

use crate::edit::{Edit, Gesture, ops};
use crate::model::{Emotion, Journey, JourneyId, Map, PhaseId, Step, StepId};
use crate::scene::{self, PhaseStarts, plot_rect};

use super::{Selection, State, theme};
use crate::i18n::canvas::t;
use crate::i18n::fill;

/// A journey's steps in time order.
pub fn ordered_steps(map: &Map, journey: &Journey) -> Vec<StepId> {
    let starts = scene::phase_starts(map);
    let mut steps: Vec<(f64, StepId)> = journey
        .steps
        .iter()
        .map(|s| (time(s, &starts), s.id))
        .collect();
    steps.sort_by(|a, b| a.0.total_cmp(&b.0));
    steps.into_iter().map(|(_, id)| id).collect()
}

fn time(step: &Step, starts: &PhaseStarts) -> f64 {
    scene::step_time(step, starts).unwrap_or(0.0)
}

/// The step `delta` places from `current` in time order (clamped at both
/// ends); with no current step, the first (forward) or last (backward) one.
pub fn step_from(
    map: &Map,
    journey: &Journey,
    current: Option<StepId>,
    delta: isize,
) -> Option<StepId> {
    let order = ordered_steps(map, journey);
    let last = order.len().checked_sub(1)?;
    let index = match current.and_then(|c| order.iter().position(|id| *id == c)) {
        Some(i) => i.saturating_add_signed(delta).min(last),
        None => from_nothing(delta, last),
    };
    order.get(index).copied()
}

/// Where a walk starts with nothing selected: Home (`isize::MIN`) at the
/// first, End (`isize::MAX`) at the last, a step on at the first and a step
/// back at the last.
fn from_nothing(delta: isize, last: usize) -> usize {
    match delta {
        isize::MIN => 0,
        isize::MAX => last,
        d if d >= 0 => 0,
        _ => last,
    }
}

/// The phase `delta` places from `current` (clamped); with none, the first or last.
pub fn phase_from(map: &Map, current: Option<PhaseId>, delta: isize) -> Option<PhaseId> {
    let last = map.phases.len().checked_sub(1)?;
    let index = match current.and_then(|c| map.phases.iter().position(|p| p.id == c)) {
        Some(i) => i.saturating_add_signed(delta).min(last),
        None if delta >= 0 => 0,
        None => last,
    };
    map.phases.get(index).map(|p| p.id)
}

/// The journey's steps in one phase, in time order.
pub fn steps_in_phase(map: &Map, journey: &Journey, phase: PhaseId) -> Vec<StepId> {
    ordered_steps(map, journey)
        .into_iter()
        .filter(|id| journey.step(*id).is_some_and(|s| s.phase == phase))
        .collect()
}

/// Where a new step goes in `phase`: right after `after` when that step is
/// in the phase (halfway to the next one), else after the phase's last step,
/// else in the middle of the phase. Returns the position inside the phase.
pub fn slot_in_phase(map: &Map, journey: &Journey, phase: PhaseId, after: Option<StepId>) -> f64 {
    let ats: Vec<f64> = steps_in_phase(map, journey, phase)
        .into_iter()
        .filter_map(|id| journey.step(id).map(|s| s.at))
        .collect();
    let anchor = after
        .and_then(|id| journey.step(id))
        .filter(|s| s.phase == phase)
        .map(|s| s.at)
        .or_else(|| ats.last().copied());
    match anchor {
        None => 0.5,
        Some(at) => {
            let next = ats.iter().copied().find(|a| *a > at).unwrap_or(1.0);
            let slot = (at + next) / 2.0;
            // Never exactly on another step, never past the phase's end.
            slot.clamp(0.0, 1.0)
        }
    }
}

/// What a line typed into the quick-capture bar asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum Capture {
    /// A new step: its title and, when given, its emotion (−3 … +3).
    Step {
        /// The title.
        title: String,
        /// The emotion, when the line ended with one.
        emotion: Option<f64>,
    },
    /// A pain point for the focused step (the line started with `!`).
    PainPoint(String),
    /// An opportunity for the focused step (the line started with `+` and a non-digit).
    Opportunity(String),
}

/// Reads a quick-capture line: "Zoekt op Google -2" is a step with emotion −2,
/// "! Te veel keuze" a pain point, "+ Vergelijker" an opportunity.
/// Returns `None` for a line with nothing to add.
pub fn parse_capture(line: &str) -> Option<Capture> {
    let line = line.trim();
    if let Some(rest) = line.strip_prefix('!') {
        let text = rest.trim();
        return (!text.is_empty()).then(|| Capture::PainPoint(text.to_owned()));
    }
    if let Some(rest) = line.strip_prefix('+')
        && !rest.starts_with(|c: char| c.is_ascii_digit())
    {
        let text = rest.trim();
        return (!text.is_empty()).then(|| Capture::Opportunity(text.to_owned()));
    }
    let (title, emotion) = match line.rsplit_once(char::is_whitespace) {
        Some((title, last)) => match parse_emotion(last) {
            Some(e) => (title.trim(), Some(e)),
            None => (line, None),
        },
        None => (line, None),
    };
    (!title.is_empty()).then(|| Capture::Step {
        title: title.to_owned(),
        emotion,
    })
}

/// An emotion written as a whole number from −3 to +3 ("-2", "+1", "0", "−2").
fn parse_emotion(word: &str) -> Option<f64> {
    let word = word.replace('\u{2212}', "-");
    let value: i32 = word.strip_prefix('+').unwrap_or(&word).parse().ok()?;
    let value = f64::from(value);
    (Emotion::MIN..=Emotion::MAX)
        .contains(&value)
        .then_some(value)
}

/// The journey a step belongs to.
pub fn journey_of(map: &Map, step: StepId) -> Option<JourneyId> {
    map.journeys
        .iter()
        .find(|j| j.step(step).is_some())
        .map(|j| j.id)
}

// Walking the selection through the map, and nudging and adding steps from
// the keyboard: shared by the canvas and workshop mode.

/// The journey the keyboard walks: the selected step's, else the active one.
pub fn walked_journey<'a>(map: &'a Map, state: &State) -> Option<&'a Journey> {
    state
        .selection
        .steps()
        .first()
        .and_then(|id| journey_of(map, *id))
        .or_else(|| state.active_journey(map))
        .and_then(|id| map.journey(id))
}

/// Selects the step `delta` places on in the walked journey.
pub fn walk_steps(map: &Map, state: &mut State, delta: isize) {
    let Some(journey) = walked_journey(map, state) else {
        return;
    };
    let current = state.selection.steps().first().copied();
    let next = match (current, state.selection.clone()) {
        (None, Selection::Phase(phase)) => {
            let in_phase = steps_in_phase(map, journey, phase);
            in_phase
                .get(from_nothing(delta, in_phase.len().saturating_sub(1)))
                .copied()
                .or_else(|| step_from(map, journey, None, delta))
        }
        _ => step_from(map, journey, current, delta),
    };
    if let Some(id) = next {
        select_step(map, state, id);
    }
}

/// Selects one step, focuses its journey and brings it into view.
pub fn select_step(map: &Map, state: &mut State, id: StepId) {
    state.selection = Selection::Steps(vec![id]);
    if let Some((journey, step)) = map.step(id) {
        state.journey.focus = Some(journey.id);
        if let Some(time) = scene::step_time(step, &scene::phase_starts(map)) {
            bring_into_view(state, time);
        }
    }
}

/// Pans so a time on the axis is on screen (in the middle when it was not).
pub fn bring_into_view(state: &mut State, time: f64) {
    let plot = plot_rect(state.journey.canvas_rect);
    let span = f64::from(plot.width()) / f64::from(state.journey.view.zoom);
    let margin = span * 0.08;
    let left = state.journey.view.left_time;
    if time < left + margin || time > left + span - margin {
        state.journey.view.left_time = time - span / 2.0;
        state.journey.fitted = None;
    }
}

/// Selects the nearest step in time of the next or previous visible journey;
/// from a selected phase, the walked journey's first step in that phase.
pub fn walk_journeys(map: &Map, state: &mut State, delta: isize) {
    if let Selection::Phase(phase) = state.selection
        && let Some(journey) = walked_journey(map, state)
        && let Some(first) = steps_in_phase(map, journey, phase).first()
    {
        select_step(map, state, *first);
        return;
    }
    let visible: Vec<&Journey> = map
        .journeys
        .iter()
        .filter(|j| state.is_visible(j.id) && !j.steps.is_empty())
        .collect();
    let Some(current) = walked_journey(map, state) else {
        return;
    };
    let Some(index) = visible.iter().position(|j| j.id == current.id) else {
        return;
    };
    let count = visible.len() as isize;
    let target = visible[(index as isize + delta).rem_euclid(count) as usize];
    let starts = scene::phase_starts(map);
    let now = state
        .selection
        .steps()
        .first()
        .and_then(|id| map.step(*id))
        .and_then(|(_, s)| scene::step_time(s, &starts));
    let nearest = target.steps.iter().min_by(|a, b| {
        let distance =
            |s: &Step| (scene::step_time(s, &starts).unwrap_or(0.0) - now.unwrap_or(0.0)).abs();
        distance(a).total_cmp(&distance(b))
    });
    if let Some(step) = nearest {
        select_step(map, state, step.id);
    }
}

/// Selects the next or previous phase.
pub fn walk_phases(map: &Map, state: &mut State, delta: isize) {
    let current = state.selected_phase(map);
    if let Some(phase) = phase_from(map, current, delta) {
        state.selection = Selection::Phase(phase);
        let starts = scene::phase_starts(map);
        if let Some((_, start, width)) = starts.get(phase) {
            bring_into_view(state, start + width / 2.0);
        }
    }
}

/// Raises or lowers the selected steps' emotion by whole levels.
pub fn nudge_emotion(map: &Map, state: &State, edits: &mut Vec<(Edit, Option<Gesture>)>, by: f64) {
    if let Some(edit) = ops::nudge_emotion(map, state.selection.steps(), by) {
        edits.push((edit, None));
    }
}

/// Moves the selected steps earlier or later by a share of their phase's width.
pub fn nudge_time(map: &Map, state: &State, edits: &mut Vec<(Edit, Option<Gesture>)>, by: f64) {
    if let Some(edit) = ops::nudge_time(map, state.selection.steps(), by) {
        edits.push((edit, None));
    }
}

/// Adds a step to `phase` of the active journey, after `after` when it is in
/// that phase, and selects it. Starts a journey when there is none.
pub fn add_step_in_phase(
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
    phase: PhaseId,
    after: Option<StepId>,
    title: &str,
    emotion: f64,
) {
    let journey = after
        .and_then(|s| journey_of(map, s))
        .or_else(|| state.active_journey(map));
    // In an empty (or new) journey, the middle of the phase.
    let at = journey
        .and_then(|j| map.journey(j))
        .map_or(0.5, |j| slot_in_phase(map, j, phase, after));
    let step = Step::new(map.new_step_id(), phase, at, emotion, title);
    insert_steps(map, state, edits, journey, &[step]);
}

/// Insert: a new step right after the selected step (or in the selected phase).
pub fn insert_step_after_selection(
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
) {
    let after = state.selection.steps().first().copied();
    let phase = match &state.selection {
        Selection::Phase(p) => Some(*p),
        _ => after.and_then(|id| map.step(id)).map(|(_, s)| s.phase),
    }
    .or_else(|| map.phases.first().map(|p| p.id));
    let Some(phase) = phase else {
        return;
    };
    let emotion = after
        .and_then(|id| map.step(id))
        .map_or(0.0, |(_, s)| s.emotion);
    add_step_in_phase(map, state, edits, phase, after, t().new_step, emotion);
}

/// The phase in focus: the selected phase, the focused step's phase, the
/// remembered one, or the first.
pub fn focused_phase(map: &Map, state: &State) -> Option<PhaseId> {
    let remembered = state.workshop.as_ref().and_then(|w| w.phase);
    state
        .selected_phase(map)
        .or(remembered)
        .filter(|p| map.phase(*p).is_some())
        .or_else(|| map.phases.first().map(|p| p.id))
}

/// The step in focus: the first selected step.
pub fn focused_step(state: &State) -> Option<StepId> {
    state.selection.steps().first().copied()
}

/// Adds `steps` to the end of `journey`, or to a new journey when there is
/// none (which then gets the focus), and selects them.
pub fn insert_steps(
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
    journey: Option<JourneyId>,
    steps: &[Step],
) {
    let Some(added) = ops::add_steps(map, journey, new_journey(map), steps) else {
        return;
    };
    if added.new_journey {
        state.journey.focus = Some(added.journey);
    }
    edits.push((added.edit, None));
    state.selection = Selection::Steps(added.steps);
}

/// The name and colour of a new journey: the next number, the next free colour.
pub fn new_journey(map: &Map) -> ops::NewJourney {
    ops::NewJourney {
        name: fill(t().new_journey, &[("n", &(map.journeys.len() + 1))]),
        color: theme::JOURNEY_COLOURS[map.journeys.len() % theme::JOURNEY_COLOURS.len()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::model::PhaseTemplate;
    use proptest::prelude::*;

    #[test]
    fn the_issue_example() {
        assert_eq!(
            parse_capture("Zoekt op Google -2"),
            Some(Capture::Step {
                title: "Zoekt op Google".into(),
                emotion: Some(-2.0)
            })
        );
    }

    #[test]
    fn capture_forms() {
        let step = |t: &str, e: Option<f64>| {
            Some(Capture::Step {
                title: t.into(),
                emotion: e,
            })
        };
        assert_eq!(
            parse_capture("Koopt de ketel +3"),
            step("Koopt de ketel", Some(3.0))
        );
        assert_eq!(parse_capture("Belt 0"), step("Belt", Some(0.0)));
        assert_eq!(parse_capture("Belt \u{2212}1"), step("Belt", Some(-1.0)));
        // Out of range or no number: part of the title.
        assert_eq!(parse_capture("Bekijkt top 5"), step("Bekijkt top 5", None));
        assert_eq!(parse_capture("Wacht -7"), step("Wacht -7", None));
        assert_eq!(parse_capture("Leest reviews"), step("Leest reviews", None));
        assert_eq!(parse_capture("-2"), step("-2", None));
        assert_eq!(
            parse_capture("! Te veel keuze"),
            Some(Capture::PainPoint("Te veel keuze".into()))
        );
        assert_eq!(
            parse_capture("+Vergelijker op de site"),
            Some(Capture::Opportunity("Vergelijker op de site".into()))
        );
        assert_eq!(parse_capture("   "), None);
        assert_eq!(parse_capture("!"), None);
        assert_eq!(parse_capture("+ "), None);
    }

    fn example() -> Map {
        let mut map = PhaseTemplate::FivePhase.new_map(Language::En);
        let phases: Vec<PhaseId> = map.phases.iter().map(|p| p.id).collect();
        let look = super::new_journey(&map);
        let (_, journey) = crate::edit::ops::new_journey(&map, look);
        journey.apply(&mut map).expect("a journey");
        // Out of time order in the list on purpose.
        map.journeys[0].steps = vec![
            Step::new(StepId(3), phases[1], 0.8, 0.0, "c"),
            Step::new(StepId(1), phases[0], 0.2, 0.0, "a"),
            Step::new(StepId(2), phases[1], 0.3, 0.0, "b"),
        ];
        map
    }

    #[test]
    fn steps_go_in_time_order_and_stop_at_the_ends() {
        let map = example();
        let j = &map.journeys[0];
        assert_eq!(
            ordered_steps(&map, j),
            vec![StepId(1), StepId(2), StepId(3)]
        );
        assert_eq!(step_from(&map, j, None, 1), Some(StepId(1)));
        assert_eq!(step_from(&map, j, None, -1), Some(StepId(3)));
        assert_eq!(step_from(&map, j, Some(StepId(1)), 1), Some(StepId(2)));
        assert_eq!(step_from(&map, j, Some(StepId(3)), 1), Some(StepId(3)));
        assert_eq!(step_from(&map, j, Some(StepId(1)), -1), Some(StepId(1)));
        let first = map.phases[0].id;
        assert_eq!(phase_from(&map, Some(first), -1), Some(first));
        assert_eq!(phase_from(&map, Some(first), 1), Some(map.phases[1].id));
        assert_eq!(phase_from(&map, None, -1), map.phases.last().map(|p| p.id));
    }

    #[test]
    fn new_steps_go_after_the_focused_one() {
        let map = example();
        let j = &map.journeys[0];
        let second = map.phases[1].id;
        assert!((slot_in_phase(&map, j, second, Some(StepId(2))) - 0.55).abs() < 1e-9);
        assert!((slot_in_phase(&map, j, second, Some(StepId(3))) - 0.9).abs() < 1e-9);
        // The focused step is elsewhere: after the phase's last step.
        assert!((slot_in_phase(&map, j, second, Some(StepId(1))) - 0.9).abs() < 1e-9);
        assert!((slot_in_phase(&map, j, map.phases[4].id, None) - 0.5).abs() < 1e-9);
    }

    proptest! {
        #[test]
        fn a_typed_emotion_always_comes_back(title in "[A-Za-zëé ]{0,20}[A-Za-zëé]", e in -3i32..=3) {
            let line = format!("{title} {e:+}");
            prop_assert_eq!(
                parse_capture(&line),
                Some(Capture::Step { title: title.trim().to_owned(), emotion: Some(f64::from(e)) })
            );
        }

        #[test]
        fn capture_never_panics_and_keeps_the_words(line in "\\PC{0,40}") {
            match parse_capture(&line) {
                Some(Capture::Step { title, .. }) => prop_assert!(!title.trim().is_empty()),
                Some(Capture::PainPoint(t) | Capture::Opportunity(t)) => prop_assert!(!t.is_empty()),
                None => prop_assert!(line.trim().is_empty() || line.trim() == "!" || line.trim().starts_with(['!', '+'])),
            }
        }

        #[test]
        fn a_slot_lies_inside_the_phase(ats in proptest::collection::vec(0.0f64..=1.0, 0..8), pick in 0usize..8) {
            let mut map = example();
            let phase = map.phases[2].id;
            map.journeys[0].steps = ats.iter().enumerate()
                .map(|(i, at)| Step::new(StepId(10 + i as u64), phase, *at, 0.0, "s"))
                .collect();
            let after = map.journeys[0].steps.get(pick).map(|s| s.id);
            let slot = slot_in_phase(&map, &map.journeys[0], phase, after);
            prop_assert!((0.0..=1.0).contains(&slot));
            if let Some(a) = after.and_then(|id| map.journeys[0].step(id)) {
                prop_assert!(slot >= a.at);
            }
        }
    }
}
