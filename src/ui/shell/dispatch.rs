//! Running a command: the one dispatch for menus, shortcuts and buttons.

use super::*;

impl KlantreisApp {
    /// Runs a command now.
    pub fn run(&mut self, command: Command) {
        let dirty = self.doc.history.is_dirty();
        let guarded = |then: Then| if dirty { Err(then) } else { Ok(then) };
        let then = match command {
            Command::New(template) => guarded(Then::New(template)),
            Command::Open => guarded(Then::Open),
            // The path is typed first; opening it asks about unsaved changes.
            Command::OpenPath => Ok(Then::OpenPath),
            Command::OpenRecent(path) => guarded(Then::OpenFile(path)),
            Command::Close => guarded(Then::Close),
            Command::Quit => guarded(Then::Quit),
            Command::Save | Command::SaveAs => {
                let save_as = command == Command::SaveAs;
                if self.doc.map.conflicts.is_empty() {
                    self.save_now(save_as);
                } else {
                    // Saving keeps the conflicts in the file; say so first.
                    self.dialog = Some(Dialog::SaveWithConflicts { save_as });
                }
                return;
            }
            Command::MergeCopy => {
                self.ask_path(PathPurpose::Merge, None);
                return;
            }
            Command::CompareWith => {
                self.ask_path(PathPurpose::Compare, None);
                return;
            }
            Command::ImportMeasurements => {
                self.open_import();
                return;
            }
            Command::ExportPictures => {
                let state = &self.state;
                self.picture_export = Some(
                    export_dialog::ExportDialog::new(
                        &self.doc.map,
                        self.doc.path.as_deref(),
                        &|id| state.is_visible(id),
                    )
                    .for_document(self.doc.id)
                    .with_evidence(state.journey.evidence_tint),
                );
                return;
            }
            Command::Undo | Command::Redo => {
                self.state.journey.drag = None;
                let h = crate::i18n::history::t();
                let (what, done) = if command == Command::Undo {
                    let what = self.doc.history.undo_name();
                    let done = self.doc.history.undo(Arc::make_mut(&mut self.doc.map));
                    (what, done.then_some(h.undone))
                } else {
                    let what = self.doc.history.redo_name();
                    let done = self.doc.history.redo(Arc::make_mut(&mut self.doc.map));
                    (what, done.then_some(h.redone))
                };
                // The message says what was undone or done again.
                if let (Some(what), Some(text)) = (what, done) {
                    self.notice = Some(Notice {
                        text: fill(text, &[("what", &what)]),
                        is_error: false,
                    });
                }
                self.forget_missing_selection();
                return;
            }
            Command::Delete => {
                if let Some(edit) =
                    inspector::delete_selection(&self.doc.map, &self.state.selection)
                {
                    self.apply(edit);
                }
                return;
            }
            Command::SelectAll => {
                let ids = self
                    .doc
                    .map
                    .journeys
                    .iter()
                    .filter(|j| self.state.is_visible(j.id))
                    .flat_map(|j| j.steps.iter().map(|s| s.id))
                    .collect();
                self.state.selection = Selection::Steps(ids);
                return;
            }
            Command::ZoomIn | Command::ZoomOut => {
                let plot = crate::scene::plot_rect(self.state.journey.canvas_rect);
                let factor = if command == Command::ZoomIn {
                    1.25
                } else {
                    0.8
                };
                self.state
                    .journey
                    .view
                    .zoom_around(factor, plot.center().x, plot);
                return;
            }
            Command::ZoomFit => {
                self.state.journey.needs_fit = true;
                return;
            }
            Command::ShowPage(page) => {
                self.state.calendar.page = page;
                return;
            }
            Command::ShowShortcuts => {
                self.state.show_shortcuts = true;
                return;
            }
            Command::WalkSteps(_)
            | Command::WalkToEnd(_)
            | Command::WalkJourneys(_)
            | Command::WalkPhases(_)
            | Command::NudgeEmotion(_)
            | Command::NudgeTime(_)
            | Command::InsertStep
            | Command::RenamePhase
            | Command::ToggleTimer
            | Command::LeaveWorkshop => {
                // The keys of the canvas and of workshop mode, run by the
                // feature in front (they take the keyboard themselves when
                // they have it; this runs one from anywhere else).
                let (map, state, edits) = (&*self.doc.map, &mut self.state, &mut self.edits);
                if state.workshop.is_some() {
                    if workshop::run_key(&command, map, state, edits, self.now) {
                        state.workshop = None;
                    }
                } else {
                    canvas::run_key(&command, map, state, edits);
                }
                self.apply_queued();
                return;
            }
            Command::Workshop => {
                self.state.workshop = match self.state.workshop.take() {
                    Some(_) => None,
                    None => Some(crate::ui::workshop::Workshop::default()),
                };
                return;
            }
            Command::Export(kind) => {
                self.ask_path(PathPurpose::Export(kind), None);
                return;
            }
            Command::Invite => {
                if self.state.room.take().is_none() {
                    // On failure the notice says why.
                    let _ = self.invite(None);
                }
                return;
            }
            Command::AcceptNote | Command::AcceptAllNotes => {
                let count = if command == Command::AcceptNote {
                    1
                } else {
                    usize::MAX
                };
                crate::ui::room::accept(&self.doc.map, &mut self.state, &mut self.edits, count);
                self.apply_queued();
                return;
            }
            Command::HideNote => {
                crate::ui::room::hide(&mut self.state, None);
                return;
            }
            Command::ReadSummary => {
                // The journey canvas hands its summary to the reader (not in workshop mode).
                if self.state.workshop.is_none() {
                    self.state.calendar.page = super::state::Page::Journey;
                    self.state.journey.read_summary = true;
                }
                return;
            }
            Command::SaveSnapshot | Command::Snapshots => {
                self.open_snapshots(command == Command::SaveSnapshot);
                return;
            }
        };
        match then {
            Ok(then) => self.proceed(then),
            Err(then) => self.dialog = Some(Dialog::Unsaved(then)),
        }
    }
}
