//! Iterating on a map: to-be versions of journeys (the inspector's "As-is
//! and to-be" part, with the improvement per phase) and snapshots (saving
//! one, and the list where one is compared, restored, renamed or deleted).
//! The edits are the engine's ([`crate::edit::iterate`]); the shell runs
//! what the snapshot windows ask for, since comparing uses the team-work view.

pub mod snapshots;
pub mod to_be;

pub use snapshots::{SnapshotAction, save_snapshot_window, snapshots_window};
pub use to_be::journey_inspector_ui;

use crate::edit::Change;
use crate::model::SnapshotId;
use crate::scene::ghost::Ghost;

/// The iterate feature's part of the app state.
#[derive(Default)]
pub struct IterateState {
    /// The name being typed in the "Save snapshot" window, while it is open.
    pub saving: Option<String>,
    /// Why the last snapshot could not be saved.
    pub error: Option<String>,
    /// Whether the snapshot list is open.
    pub list_open: bool,
    /// The snapshot being renamed and the name typed so far.
    pub renaming: Option<(SnapshotId, String)>,
    /// A comparison with a snapshot being worked out off the window's
    /// thread: the snapshot, the map's revision it started from, and where
    /// the ghost and the changes arrive.
    pub comparing: Option<Comparing>,
}

/// A comparison with a snapshot on its way.
pub struct Comparing {
    /// The snapshot compared with.
    pub snapshot: SnapshotId,
    /// The map's revision when it started.
    pub revision: u64,
    /// Where the result arrives.
    pub result: std::sync::mpsc::Receiver<(Ghost, Vec<Change>)>,
}

impl IterateState {
    /// Forgets what belonged to the map that was open.
    pub fn forget_document(&mut self) {
        *self = Self::default();
    }
}
