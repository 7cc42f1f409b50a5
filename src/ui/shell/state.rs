//! What the window shows and where the user is: selection, view, panels; not the document.

use super::*;

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

/// App state that is not the document: selection, view, what is shown.
pub struct State {
    /// What is selected.
    pub selection: Selection,
    /// The time axis's zoom and pan.
    pub view: View,
    /// Whether the view still has to be fitted to the canvas.
    pub needs_fit: bool,
    /// The view as last fitted, and the plot width it was fitted to: while
    /// the user has not zoomed or panned, a resized window fits again.
    pub fitted: Option<(View, f32)>,
    /// Journeys the user has hidden.
    pub hidden: HashSet<JourneyId>,
    /// The journey drawn on top and used for new steps and the lanes.
    pub focus: Option<JourneyId>,
    /// Whether dragged and new steps snap to the emotion scale's levels.
    pub snap: bool,
    /// The canvas's area in the last frame (tests and zoom commands use it).
    pub canvas_rect: egui::Rect,
    /// The phase whose name is being edited on the canvas, and the text so far.
    pub renaming: Option<(PhaseId, String)>,
    /// A running canvas gesture.
    pub drag: Option<canvas::Drag>,
    /// Counts gestures, so each drag is its own undo step.
    pub gesture_counter: u64,
    /// Set when a gesture (a drag, typing in a field) ends this frame.
    pub gesture_ended: bool,
    /// Textures of the personas' photos.
    pub avatars: super::avatars::Avatars,
    /// A photo to attach: the persona, and the picture file (`None`: ask for one).
    pub photo_request: Option<(PersonaId, Option<PathBuf>)>,
    /// The persona whose card is shown.
    pub card: Option<PersonaId>,
    /// The persona the user asked to delete (a dialog asks what happens to its journeys).
    pub delete_persona: Option<PersonaId>,
    /// Whether compare mode is on.
    pub comparing: bool,
    /// The personas compared.
    pub compare: Vec<PersonaId>,
    /// Journeys hidden because their persona is not compared.
    pub compare_hidden: HashSet<JourneyId>,
    /// Whether the persona panel is shown.
    pub show_personas: bool,
    /// The page shown, and the content calendar's and table's state.
    pub content: crate::ui::calendar::ContentView,
    /// Whether the keyboard shortcuts window is open.
    pub show_shortcuts: bool,
    /// Workshop mode, while it is on.
    pub workshop: Option<crate::ui::workshop::Workshop>,
}

impl Default for State {
    fn default() -> Self {
        Self {
            selection: Selection::None,
            view: View::default(),
            needs_fit: true,
            fitted: None,
            hidden: HashSet::new(),
            focus: None,
            snap: true,
            canvas_rect: egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1000.0, 500.0)),
            renaming: None,
            drag: None,
            gesture_counter: 0,
            gesture_ended: false,
            avatars: super::avatars::Avatars::default(),
            photo_request: None,
            card: None,
            delete_persona: None,
            comparing: false,
            compare: Vec::new(),
            compare_hidden: HashSet::new(),
            show_personas: true,
            content: crate::ui::calendar::ContentView::default(),
            show_shortcuts: false,
            workshop: None,
        }
    }
}

impl State {
    /// Opens the table on one phase's content.
    pub fn show_phase_content(&mut self, phase: PhaseId) {
        self.content.page = Page::Table;
        self.content.filter = crate::ui::calendar::ContentFilter {
            phase: Some(phase),
            ..crate::ui::calendar::ContentFilter::default()
        };
    }

    /// Forgets everything that belonged to the map that was open: selection,
    /// hidden journeys, the persona card, compare mode, a photo or deletion
    /// asked for, renaming, a drag, the calendar's place. What is about the
    /// window (panels shown, snapping, the page, workshop mode) stays.
    pub fn forget_document(&mut self) {
        self.selection = Selection::None;
        self.needs_fit = true;
        self.fitted = None;
        self.hidden.clear();
        self.focus = None;
        self.renaming = None;
        self.drag = None;
        self.gesture_ended = false;
        self.avatars = super::avatars::Avatars::default();
        self.photo_request = None;
        self.card = None;
        self.delete_persona = None;
        self.comparing = false;
        self.compare.clear();
        self.compare_hidden.clear();
        self.content.needs_placing = true;
        self.content.filter = crate::ui::calendar::ContentFilter::default();
        self.content.dragging = None;
        self.content.days.clear();
        if let Some(workshop) = &mut self.workshop {
            workshop.phase = None;
            workshop.fitted_phase = None;
            workshop.message = None;
        }
    }

    /// Whether a journey is drawn.
    pub fn is_visible(&self, id: JourneyId) -> bool {
        !self.hidden.contains(&id) && !self.compare_hidden.contains(&id)
    }

    /// The journey new steps go to and the lanes show: the focused one, or the
    /// first visible one.
    pub fn active_journey(&self, map: &Map) -> Option<JourneyId> {
        self.focus
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
