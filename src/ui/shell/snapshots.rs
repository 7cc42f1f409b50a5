//! Snapshots wired into the document: the File menu's "Save snapshot…" and
//! "Snapshots…" open the iterate feature's windows; what they ask for
//! becomes one undo step each, and comparing shows the snapshot the way
//! "Compare with…" shows another file (ghost curves and the list of changes).

use super::*;
use crate::edit::iterate::{self as ops, SnapshotRefused};
use crate::model::SnapshotId;
use crate::scene::ghost::Ghost;
use crate::ui::iterate::{Comparing, SnapshotAction, save_snapshot_window, snapshots_window};
use crate::ui::merge::Comparison;

impl KlantreisApp {
    /// Opens the "Save snapshot" window (`save`) or the snapshot list.
    pub fn open_snapshots(&mut self, save: bool) {
        let iterate = &mut self.state.iterate;
        if save {
            iterate.saving = Some(String::new());
            iterate.error = None;
        } else {
            iterate.list_open = true;
        }
    }

    /// The snapshot windows, and what they ask for.
    pub(super) fn snapshot_windows_ui(&mut self, ctx: &egui::Context) {
        self.receive_snapshot_comparison(ctx);
        let saved = save_snapshot_window(ctx, &mut self.state);
        let listed = snapshots_window(ctx, &self.doc.map, &mut self.state);
        for action in [saved, listed].into_iter().flatten() {
            self.snapshot_action(action);
        }
    }

    /// Starts comparing the map with a snapshot: the diff and the ghost of
    /// a large map take a moment, so they are worked out on another thread.
    pub fn compare_snapshot(&mut self, id: SnapshotId) {
        let map = Arc::clone(&self.doc.map);
        let Some(other) = map.snapshot(id).map(|s| Arc::clone(&s.map)) else {
            return;
        };
        let (send, result) = mpsc::channel();
        let wake = self.wake.clone();
        std::thread::spawn(crate::i18n::carried(move || {
            let changes = crate::edit::diff(&map, &other);
            let _ = send.send((Ghost::new(&map, other), changes));
            if let Some(wake) = wake {
                wake.request_repaint();
            }
        }));
        // The list steps aside so the comparison's heading shows.
        self.state.iterate.list_open = false;
        self.state.iterate.comparing = Some(Comparing {
            snapshot: id,
            revision: self.doc.history.revision(),
            result,
        });
    }

    /// Shows the comparison with a snapshot once it is worked out.
    fn receive_snapshot_comparison(&mut self, ctx: &egui::Context) {
        let Some(comparing) = &self.state.iterate.comparing else {
            return;
        };
        match comparing.result.try_recv() {
            Ok(result) => self.show_snapshot_comparison(result),
            Err(mpsc::TryRecvError::Empty) => ctx.request_repaint_after(Duration::from_millis(30)),
            Err(mpsc::TryRecvError::Disconnected) => self.state.iterate.comparing = None,
        }
    }

    /// Waits for a comparison with a snapshot and shows it (tests).
    pub fn wait_for_snapshot_comparison(&mut self) {
        while let Some(comparing) = &self.state.iterate.comparing {
            match comparing.result.recv() {
                Ok(result) => self.show_snapshot_comparison(result),
                Err(_) => self.state.iterate.comparing = None,
            }
        }
    }

    /// Shows a comparison worked out, or starts again when the map changed meanwhile.
    fn show_snapshot_comparison(&mut self, (ghost, changes): (Ghost, Vec<crate::edit::Change>)) {
        let Some(comparing) = self.state.iterate.comparing.take() else {
            return;
        };
        if comparing.revision != self.doc.history.revision() {
            self.compare_snapshot(comparing.snapshot);
            return;
        }
        if let Some(snapshot) = self.doc.map.snapshot(comparing.snapshot) {
            let date = snapshot.date.format("%Y-%m-%d").to_string();
            let t = crate::i18n::iterate::t();
            let name = fill(
                t.snapshot_label,
                &[("name", &snapshot.name), ("date", &date)],
            );
            Comparison::show(&mut self.state, name, ghost, changes);
        }
    }

    /// Does what the user asked of the snapshots.
    pub fn snapshot_action(&mut self, action: SnapshotAction) {
        let t = crate::i18n::iterate::t();
        let map = Arc::clone(&self.doc.map);
        let name_of = |id| map.snapshot(id).map(|s| s.name.clone()).unwrap_or_default();
        match action {
            SnapshotAction::Save(name) => {
                let today = chrono::Local::now().date_naive();
                match ops::save_snapshot(&map, &name, today) {
                    Ok((_, edit)) => {
                        self.apply(edit);
                        self.state.iterate.saving = None;
                        self.state.iterate.error = None;
                        self.notice = Some(Notice {
                            text: fill(t.saved, &[("name", &name.trim())]),
                            is_error: false,
                        });
                    }
                    Err(SnapshotRefused::NoName) => {
                        self.state.iterate.error = Some(t.no_name.to_owned());
                    }
                    Err(SnapshotRefused::Full) => {
                        let max = crate::model::MAX_SNAPSHOTS;
                        self.state.iterate.error = Some(fill(t.full, &[("max", &max)]));
                    }
                }
            }
            SnapshotAction::Compare(id) => self.compare_snapshot(id),
            SnapshotAction::Restore(id) => {
                if let Some(edit) = ops::restore_snapshot(&map, id) {
                    Comparison::close(&mut self.state);
                    self.state.iterate.comparing = None;
                    self.apply(edit);
                    self.forget_missing_selection();
                    self.notice = Some(Notice {
                        text: fill(t.restored, &[("name", &name_of(id))]),
                        is_error: false,
                    });
                }
            }
            SnapshotAction::Rename(id, name) => {
                if let Some(edit) = ops::rename_snapshot(&map, id, &name) {
                    self.apply(edit);
                }
            }
            SnapshotAction::Delete(id) => {
                if let Some(edit) = ops::delete_snapshot(&map, id) {
                    self.apply(edit);
                }
            }
        }
    }
}
