//! What the journey map keeps between frames: the view, hidden and focused
//! journeys, and a drag or a renaming on the canvas.

use std::collections::HashSet;

use crate::io::worker::DocumentId;
use crate::model::{JourneyId, PhaseId};
use crate::scene::{Curve, View};

use super::canvas::Drag;
use super::inplace::InPlace;

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
    /// Set by the Map summary command: the canvas hands focus to the map's
    /// summary for a screen reader next frame (and clears it).
    pub read_summary: bool,
    /// The step the last single click on the canvas chose: a double-click
    /// that follows is on it, even where choosing it moved the canvas.
    pub clicked_step: Option<crate::model::StepId>,
    /// A title or lane cell being typed in place.
    pub inplace: Option<InPlace>,
    /// How far the lanes' columns are scrolled sideways where the steps on
    /// screen need more columns than fit (points).
    pub lanes_scroll: f32,
    /// The selected step the lanes last scrolled to.
    pub lanes_followed: Option<crate::model::StepId>,
    /// Whether the canvas tints each step by its evidence (View menu).
    pub evidence_tint: bool,
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
            read_summary: false,
            clicked_step: None,
            inplace: None,
            lanes_scroll: 0.0,
            lanes_followed: None,
            evidence_tint: false,
            revision: None,
            index: Default::default(),
        }
    }
}

impl JourneyState {
    /// Forgets what belonged to the map that was open: the fitted view,
    /// hidden and focused journeys, a renaming and a drag, a summary asked
    /// for. Snapping stays.
    pub fn forget_document(&mut self) {
        self.needs_fit = true;
        self.fitted = None;
        self.hidden.clear();
        self.focus = None;
        self.renaming = None;
        self.drag = None;
        self.front_curve = None;
        self.read_summary = false;
        self.inplace = None;
        self.lanes_scroll = 0.0;
        self.revision = None;
        self.index.clear();
    }
}
