//! Importing measurements in the editor: File › Import measurements… asks
//! for a metrics or survey export (and the survey's scale), reads and parses
//! it off the UI thread, and hands the rows back; the shell places them in
//! the map as one undo step, or shows why nothing was imported.

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use egui::RichText;

use crate::i18n::measure::{scale_name, t};
pub use crate::io::measure_import::{ImportKind, ImportRows, place, read};
use crate::model::SurveyScale;

mod entry;
pub use entry::{Entries, Entry, phase_measurements_ui, read_typed};

/// The import window's fields.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportDialog {
    /// What kind of export.
    pub kind: ImportKind,
    /// The file, as typed or chosen.
    pub path: String,
    /// Why the last import failed.
    pub error: Option<String>,
}

impl Default for ImportDialog {
    fn default() -> Self {
        Self {
            kind: ImportKind::Metrics,
            path: String::new(),
            error: None,
        }
    }
}

/// An export being read and parsed off the UI thread.
pub struct ImportJob {
    /// The file.
    pub path: PathBuf,
    answer: mpsc::Receiver<Result<ImportRows, String>>,
}

impl ImportJob {
    /// Starts reading `path` on a thread of its own; `wake` is called when it is done.
    pub fn start(path: &Path, kind: ImportKind, wake: impl Fn() + Send + 'static) -> Self {
        let (send, answer) = mpsc::channel();
        let file = path.to_path_buf();
        std::thread::spawn(crate::i18n::carried(move || {
            let _ = send.send(read(&file, kind));
            wake();
        }));
        Self {
            path: path.to_path_buf(),
            answer,
        }
    }

    /// The rows, once they are read.
    pub fn poll(&self) -> Option<Result<ImportRows, String>> {
        match self.answer.try_recv() {
            Ok(outcome) => Some(outcome),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(Err(self.path.display().to_string())),
        }
    }

    /// Waits for the rows (tests).
    pub fn wait(&self) -> Result<ImportRows, String> {
        self.answer
            .recv()
            .unwrap_or_else(|_| Err(self.path.display().to_string()))
    }
}

/// The measure feature's part of the app state.
#[derive(Default)]
pub struct MeasureState {
    /// The import window, while it is open.
    pub dialog: Option<ImportDialog>,
    /// The export being read.
    pub job: Option<ImportJob>,
    /// The native file dialog choosing the export, while it is open.
    picking: Option<mpsc::Receiver<Option<PathBuf>>>,
    /// The phase inspector's forms for one measurement, by KPI.
    pub entries: Entries,
}

impl MeasureState {
    /// Forgets the import of the map that was open.
    pub fn forget_document(&mut self) {
        self.dialog = None;
        self.job = None;
        self.picking = None;
        self.entries.clear();
    }
}

/// Draws the import window; returns the file and kind when the user asks to import.
pub fn import_window(
    ctx: &egui::Context,
    state: &mut MeasureState,
) -> Option<(PathBuf, ImportKind)> {
    if let Some(picking) = &state.picking
        && let Ok(answer) = picking.try_recv()
    {
        state.picking = None;
        if let (Some(path), Some(dialog)) = (answer, &mut state.dialog) {
            dialog.path = path.display().to_string();
        }
    }
    let busy = state.job.is_some();
    let dialog = state.dialog.as_mut()?;
    let t = t();
    let mut open = true;
    let mut cancel = false;
    let mut start = None;
    let mut pick = false;
    let before = (dialog.kind, dialog.path.clone());
    // In the middle of the work area, a third of the way down: clear of the
    // menu bar and of the notice at the top that repeats the outcome; an
    // error shown grows it downwards, so its fields stay where they were.
    let window = egui::Window::new(t.import_title)
        .collapsible(false)
        .resizable(false);
    let area = crate::ui::shell::screen::work_area(ctx);
    crate::ui::shell::screen::floating(window, ctx)
        .pivot(egui::Align2::CENTER_TOP)
        .default_pos(area.center_top() + egui::vec2(0.0, area.height() / 3.0))
        .open(&mut open)
        .show(ctx, |ui| {
            let survey = matches!(dialog.kind, ImportKind::Survey(_));
            if ui.radio(!survey, t.import_metrics).clicked() {
                dialog.kind = ImportKind::Metrics;
            }
            if ui.radio(survey, t.import_survey).clicked() && !survey {
                dialog.kind = ImportKind::Survey(SurveyScale::default());
            }
            let columns = if survey {
                t.import_survey_columns
            } else {
                t.import_metrics_columns
            };
            ui.add(egui::Label::new(RichText::new(columns).weak()).wrap());
            if let ImportKind::Survey(scale) = &mut dialog.kind {
                ui.horizontal(|ui| {
                    let label = ui.label(t.import_scale);
                    egui::ComboBox::from_id_salt("survey-scale")
                        .selected_text(scale_name(*scale))
                        .show_ui(ui, |ui| {
                            for option in SurveyScale::ALL {
                                ui.selectable_value(scale, option, scale_name(option));
                            }
                        })
                        .response
                        .labelled_by(label.id);
                });
            }
            ui.horizontal(|ui| {
                let label = ui.label(t.import_file);
                ui.add(egui::TextEdit::singleline(&mut dialog.path).desired_width(320.0))
                    .labelled_by(label.id);
                pick = ui.button(t.import_choose).clicked();
            });
            if let Some(error) = &dialog.error {
                ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
            }
            ui.horizontal(|ui| {
                let ready = !busy && !dialog.path.trim().is_empty();
                if ui
                    .add_enabled(ready, egui::Button::new(t.import_start))
                    .clicked()
                {
                    start = Some((PathBuf::from(dialog.path.trim()), dialog.kind));
                }
                if busy {
                    ui.spinner();
                }
                cancel = ui.button(t.import_cancel).clicked();
            });
        });
    // What failed to import was another file, or another kind of export.
    if before != (dialog.kind, dialog.path.clone()) {
        dialog.error = None;
    }
    if pick && state.picking.is_none() {
        let (send, answer) = mpsc::channel();
        std::thread::spawn(move || {
            let chosen = pollster::block_on(
                rfd::AsyncFileDialog::new()
                    .add_filter("CSV", &["csv", "txt"])
                    .pick_file(),
            );
            let _ = send.send(chosen.map(|f| f.path().to_path_buf()));
        });
        state.picking = Some(answer);
    }
    if !open || cancel {
        state.dialog = None;
    }
    start
}
