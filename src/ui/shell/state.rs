//! What the window shows and where the user is — not the document: the
//! selection, and one part per feature, each defined and reset by its feature.

use crate::edit::Gesture;
use crate::model::{ContentId, JourneyId, Map, PersonaId, PhaseId, StepId};
use crate::ui::calendar::{ContentFilter, ContentView};
use crate::ui::journey::JourneyState;
use crate::ui::merge::MergeState;
use crate::ui::personas::PersonasState;
use crate::ui::room::RoomPanel;
use crate::ui::workshop::Workshop;

use super::avatars::Avatars;

/// Which page the main area shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Page {
    /// The journey map: canvas and lanes.
    #[default]
    Journey,
    /// The content calendar.
    Calendar,
    /// The content table.
    Table,
}

/// What is selected.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Selection {
    /// Nothing: the inspector shows the map itself.
    #[default]
    None,
    /// One or more steps.
    Steps(Vec<StepId>),
    /// A phase.
    Phase(PhaseId),
    /// A journey.
    Journey(JourneyId),
    /// A persona.
    Persona(PersonaId),
    /// A content item.
    Content(ContentId),
}

impl Selection {
    /// Whether this step is selected.
    pub fn has_step(&self, id: StepId) -> bool {
        matches!(self, Selection::Steps(ids) if ids.contains(&id))
    }

    /// The selected steps.
    pub fn steps(&self) -> &[StepId] {
        match self {
            Selection::Steps(ids) => ids,
            _ => &[],
        }
    }
}

/// App state that is not the document, in one part per feature (each
/// defined and reset by its feature) and what they share.
#[derive(Default)]
pub struct State {
    /// What is selected.
    pub selection: Selection,
    /// The journey map's view: zoom and pan, hidden and focused journeys,
    /// a drag or a renaming on the canvas.
    pub journey: JourneyState,
    /// The persona panel, card and compare mode.
    pub personas: PersonasState,
    /// The page shown, and the content calendar's and table's state.
    pub calendar: ContentView,
    /// Workshop mode, while it is on.
    pub workshop: Option<Workshop>,
    /// Counts gestures, so each drag is its own undo step.
    pub gesture_counter: u64,
    /// Set when a gesture (a drag, typing in a field) ends this frame.
    pub gesture_ended: bool,
    /// Textures of the personas' photos (the panel and the canvas show them).
    pub avatars: Avatars,
    /// Whether the keyboard shortcuts window is open.
    pub show_shortcuts: bool,
    /// The Conflicts panel and the comparison with another version.
    pub merge: MergeState,
    /// The version compared with, which the canvas shows as ghost curves.
    pub ghost: Option<crate::scene::ghost::Ghost>,
    /// The room (participants on their phones), while invitations are open.
    pub room: Option<RoomPanel>,
    /// The snapshot windows.
    pub iterate: crate::ui::iterate::IterateState,
    /// Importing measurements: the import window and the export being read.
    pub measure: crate::ui::measure::MeasureState,
}

impl State {
    /// The open map's document and the revision of its history, as the
    /// shell set it this frame (`None` where a test draws a feature on its
    /// own): what features key their caches of the map on.
    pub fn revision(&self) -> Option<(crate::io::worker::DocumentId, u64)> {
        self.journey.revision
    }

    /// Opens the table on one phase's content.
    pub fn show_phase_content(&mut self, phase: PhaseId) {
        self.calendar.page = Page::Table;
        self.calendar.filter = ContentFilter {
            phase: Some(phase),
            ..ContentFilter::default()
        };
    }

    /// Forgets everything that belonged to the map that was open: the
    /// selection, the photos' textures, and what each feature keeps about
    /// the map (each part says what). What is about the window (panels
    /// shown, snapping, the page, workshop mode) stays.
    pub fn forget_document(&mut self) {
        self.selection = Selection::None;
        self.gesture_ended = false;
        self.avatars = Avatars::default();
        self.journey.forget_document();
        self.personas.forget_document();
        self.calendar.forget_document();
        self.merge.forget_document();
        self.iterate.forget_document();
        self.measure.forget_document();
        self.ghost = None;
        if let Some(workshop) = &mut self.workshop {
            workshop.forget_document();
        }
    }

    /// Whether a journey is drawn.
    pub fn is_visible(&self, id: JourneyId) -> bool {
        !self.journey.hidden.contains(&id) && !self.personas.compare_hidden.contains(&id)
    }

    /// The journey new steps go to and the lanes show: the focused one, or the
    /// first visible one.
    pub fn active_journey(&self, map: &Map) -> Option<JourneyId> {
        self.journey
            .focus
            .filter(|f| map.journey(*f).is_some() && self.is_visible(*f))
            .or_else(|| {
                map.journeys
                    .iter()
                    .map(|j| j.id)
                    .find(|id| self.is_visible(*id))
            })
    }

    /// The phase the selection is in: the selected phase, or the first selected step's.
    pub fn selected_phase(&self, map: &Map) -> Option<PhaseId> {
        match &self.selection {
            Selection::Phase(p) => Some(*p),
            Selection::Steps(ids) => ids
                .first()
                .and_then(|id| map.step(*id))
                .map(|(_, s)| s.phase),
            _ => None,
        }
    }

    /// A fresh gesture key for a drag.
    pub fn next_drag(&mut self) -> Gesture {
        self.gesture_counter += 1;
        Gesture::Drag(self.gesture_counter)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::workshop::Workshop;

    #[test]
    fn forgetting_the_document_resets_every_part_and_keeps_the_window_choices() {
        let mut state = State {
            selection: Selection::Journey(JourneyId(1)),
            workshop: Some(Workshop {
                phase: Some(PhaseId(2)),
                fitted_phase: Some(PhaseId(2)),
                whole_map: true,
                ..Workshop::default()
            }),
            show_shortcuts: true,
            ..State::default()
        };
        state.journey.needs_fit = false;
        state.journey.hidden.insert(JourneyId(1));
        state.journey.focus = Some(JourneyId(1));
        state.journey.snap = false;
        state.journey.renaming = Some((PhaseId(2), "Orient".to_owned()));
        state.personas.shown = false;
        state.personas.card = Some(PersonaId(3));
        state.personas.comparing = true;
        state.personas.compare = vec![PersonaId(3), PersonaId(4)];
        state.personas.compare_hidden.insert(JourneyId(1));
        state.calendar.page = Page::Calendar;
        state.calendar.needs_placing = false;
        state.calendar.filter.phase = Some(PhaseId(2));

        state.forget_document();

        assert_eq!(state.selection, Selection::None);
        assert!(state.journey.needs_fit && state.journey.hidden.is_empty());
        assert_eq!(state.journey.focus, None);
        assert_eq!(state.journey.renaming, None);
        assert_eq!(state.personas.card, None);
        assert!(!state.personas.comparing && state.personas.compare.is_empty());
        assert!(state.personas.compare_hidden.is_empty());
        assert!(state.calendar.needs_placing);
        assert_eq!(state.calendar.filter.phase, None);
        let workshop = state.workshop.as_ref().expect("workshop mode stays on");
        assert_eq!((workshop.phase, workshop.fitted_phase), (None, None));
        // What is about the window stays.
        assert!(workshop.whole_map);
        assert!(!state.journey.snap, "snapping stays");
        assert!(!state.personas.shown, "the panel stays hidden");
        assert_eq!(state.calendar.page, Page::Calendar, "the page stays");
        assert!(state.show_shortcuts);
    }
}
