//! What the journey map keeps between frames: the view, hidden and focused
//! journeys, and a drag or a renaming on the canvas.

use std::collections::HashSet;

use crate::io::worker::DocumentId;
use crate::model::{JourneyId, PhaseId};
use crate::scene::{Curve, View};

use super::canvas::Drag;

/// The journey map's state.
pub struct JourneyState {
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
    pub drag: Option<Drag>,
    /// The front journey's curve as the canvas placed it this frame: the
    /// lanes panel under the canvas lays its columns out from it instead of
    /// placing the canvas a second time (it takes it, so it never outlives
    /// the frame).
    pub front_curve: Option<Curve>,
    /// The map drawn: its document and the revision of its history, set by
    /// the shell each frame. `None` (tests placing the canvas on their own)
    /// sorts the steps afresh every frame.
    pub revision: Option<(DocumentId, u64)>,
    /// The map's steps in time order, kept while `revision` stays.
    pub index: crate::scene::index::Cache<(DocumentId, u64)>,
}

impl Default for JourneyState {
    fn default() -> Self {
        Self {
            view: View::default(),
            needs_fit: true,
            fitted: None,
            hidden: HashSet::new(),
            focus: None,
            snap: true,
            canvas_rect: egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1000.0, 500.0)),
            renaming: None,
            drag: None,
            front_curve: None,
            revision: None,
            index: Default::default(),
        }
    }
}

impl JourneyState {
    /// Forgets what belonged to the map that was open: the fitted view,
    /// hidden and focused journeys, a renaming and a drag. Snapping stays.
    pub fn forget_document(&mut self) {
        self.needs_fit = true;
        self.fitted = None;
        self.hidden.clear();
        self.focus = None;
        self.renaming = None;
        self.drag = None;
        self.front_curve = None;
        self.revision = None;
        self.index.clear();
    }
}
