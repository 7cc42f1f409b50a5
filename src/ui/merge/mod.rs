//! Team work in the editor: the Conflicts panel for a map that holds merge
//! conflicts, merging another copy (or the file changed on disk) into the
//! open map, and comparing it with another version (its curves as ghosts on
//! the canvas, its changes in a list). The merge and the diff are the
//! engine's ([`crate::edit::merge`], [`crate::edit::diff`]); the shell wires
//! the commands, the file dialogs and the document in.

pub mod compare;
pub mod conflicts;
pub mod job;

pub use compare::{Comparison, compare_panel_ui};
pub use conflicts::conflicts_panel_ui;
pub use job::{Job, Outcome, Wanted};

use crate::i18n::merge::t;
use crate::model::Conflict;

/// The merge feature's part of the app state.
#[derive(Default)]
pub struct MergeState {
    /// Whether the user hid the Conflicts panel (it shows while the map has conflicts).
    pub panel_hidden: bool,
    /// The conflict whose value the user is setting in the inspector.
    pub editing: Option<Conflict>,
    /// Why the last choice could not be made.
    pub error: Option<String>,
    /// The comparison shown, while it is open.
    pub comparison: Option<Comparison>,
    /// The other copy being read and merged or compared.
    pub job: Option<Job>,
}

impl MergeState {
    /// Forgets what belonged to the map that was open; whether the panel is hidden stays.
    pub fn forget_document(&mut self) {
        self.editing = None;
        self.error = None;
        self.comparison = None;
        self.job = None;
    }
}
