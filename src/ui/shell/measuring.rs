//! Importing measurements wired into the document: the import window, the
//! export read off the UI thread, and its rows placed in the open map as one
//! undo step (or the reason nothing was imported, in the window and as a notice).

use super::*;
use crate::ui::measure::{self, ImportDialog, ImportJob};

/// How often the window looks for the rows of an import.
const IMPORT_POLL: Duration = Duration::from_millis(30);

impl KlantreisApp {
    /// Opens the import window (File › Import measurements…).
    pub fn open_import(&mut self) {
        self.state.measure.dialog = Some(ImportDialog::default());
    }

    /// Starts importing `path` as `kind`; the rows are placed when read.
    pub fn start_import(&mut self, path: &Path, kind: measure::ImportKind) {
        let wake = self.wake.clone();
        self.state.measure.job = Some(ImportJob::start(path, kind, move || {
            if let Some(ctx) = &wake {
                ctx.request_repaint();
            }
        }));
    }

    /// The import window and the import running: one call per frame.
    pub(super) fn measure_ui(&mut self, ctx: &egui::Context) {
        if let Some((path, kind)) = measure::import_window(ctx, &mut self.state.measure) {
            self.start_import(&path, kind);
        }
        let Some(job) = &self.state.measure.job else {
            return;
        };
        match job.poll() {
            Some(rows) => {
                self.state.measure.job = None;
                self.place_import(rows);
            }
            None => ctx.request_repaint_after(IMPORT_POLL),
        }
    }

    /// Waits for the import running and places its rows as a frame would (tests).
    pub fn wait_for_import(&mut self) {
        if let Some(job) = self.state.measure.job.take() {
            let rows = job.wait();
            self.place_import(rows);
        }
    }

    fn place_import(&mut self, rows: Result<measure::ImportRows, String>) {
        let placed = rows.and_then(|rows| measure::place(&self.doc.map, &rows));
        match placed {
            Ok((edit, text)) => {
                if let Some(edit) = edit {
                    self.doc.history.end_gesture();
                    self.apply(edit);
                    self.doc.history.end_gesture();
                }
                self.state.measure.dialog = None;
                self.notice = Some(Notice {
                    text,
                    is_error: false,
                });
            }
            Err(text) => {
                if let Some(dialog) = &mut self.state.measure.dialog {
                    dialog.error = Some(text.clone());
                }
                self.notice = Some(Notice {
                    text,
                    is_error: true,
                });
            }
        }
    }
}
