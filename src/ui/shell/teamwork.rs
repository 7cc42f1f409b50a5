//! Team work wired into the document: merging another copy or the file
//! changed on disk into the open map (the version last loaded or saved is
//! the common ancestor), comparing with another version, the Conflicts and
//! Compare panels beside the page, and the warning before saving a map that
//! still holds conflicts.

use super::*;
use crate::ui::merge::{self, Comparison, Job, Outcome, Wanted};

/// How often the window looks for the outcome of a merge or comparison.
const JOB_POLL: Duration = Duration::from_millis(30);

impl KlantreisApp {
    /// Starts merging the copy at `path` into the open map, with the version
    /// last loaded or saved as the common ancestor; the merge becomes one undo step.
    pub fn merge_copy(&mut self, path: &Path) {
        self.start_team_job(path, true, false);
    }

    /// Starts comparing the open map with the version at `path`.
    pub fn compare_with(&mut self, path: &Path) {
        self.start_team_job(path, false, false);
    }

    /// Starts merging the open map's file, changed on disk, into the unsaved
    /// work; afterwards that version is the one the map was last loaded as.
    pub fn merge_from_disk(&mut self) {
        if let Some(path) = self.doc.path.clone() {
            self.start_team_job(&path, true, true);
        }
    }

    fn start_team_job(&mut self, path: &Path, merging: bool, own_file: bool) {
        let ours = Arc::clone(&self.doc.map);
        let wanted = if merging {
            Wanted::Merge {
                base: Arc::clone(&self.doc.base),
                ours,
            }
        } else {
            Wanted::Compare { ours }
        };
        let revision = self.doc.history.revision();
        self.state.merge.job = Some(Job::start(path, wanted, revision, own_file, || {}));
    }

    /// Handles a finished merge or comparison, if there is one.
    pub(super) fn receive_team_job(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.state.merge.job else {
            return;
        };
        match job.poll() {
            Some(outcome) => {
                if let Some(job) = self.state.merge.job.take() {
                    self.on_team_outcome(&job, outcome);
                }
            }
            None => ctx.request_repaint_after(JOB_POLL),
        }
    }

    /// Waits for the merge or comparison running and handles it as a frame would (tests).
    pub fn wait_for_team_job(&mut self) {
        while let Some(job) = self.state.merge.job.take() {
            let outcome = job.wait();
            self.on_team_outcome(&job, outcome);
        }
    }

    fn on_team_outcome(&mut self, job: &Job, outcome: Result<Outcome, String>) {
        if job.revision != self.doc.history.revision() {
            // The map changed while the other copy was read: start again
            // from the map as it is now, so no edit is lost.
            self.start_team_job(&job.path, job.merging, job.own_file);
            return;
        }
        let m = crate::i18n::merge::t();
        let name = job.name();
        match outcome {
            Err(text) => {
                self.notice = Some(Notice {
                    text,
                    is_error: true,
                });
            }
            Ok(Outcome::Compared { ghost, changes }) => {
                Comparison::show(&mut self.state, name, ghost, changes);
            }
            Ok(Outcome::Merged {
                result,
                theirs,
                stamp,
                changes,
            }) => {
                let added = result.conflicts.len();
                let unchanged = result.map == *self.doc.map;
                if !unchanged {
                    self.apply(Edit::SetMap(Box::new(result.map)));
                }
                if job.own_file {
                    // Their version is now the one this map was last loaded as.
                    self.doc.base = theirs;
                    self.doc.stamp = Some(stamp.clone());
                    self.watch.watch(Some((job.path.clone(), stamp)));
                }
                let count = plural(changes, m.changes_one, m.changes_other, &[]);
                let text = if unchanged {
                    fill(m.merged_nothing, &[("name", &name)])
                } else if added == 0 {
                    fill(m.merged_clean, &[("name", &name), ("changes", &count)])
                } else {
                    self.state.merge.panel_hidden = false;
                    plural(
                        added,
                        m.merged_conflicts_one,
                        m.merged_conflicts_other,
                        &[("name", &name), ("changes", &count)],
                    )
                };
                self.notice = Some(Notice {
                    text,
                    is_error: false,
                });
            }
        }
    }

    /// Shows that another copy is being read and merged, in front of the
    /// map (the map must not change meanwhile).
    pub(super) fn team_job_ui(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.state.merge.job else {
            return;
        };
        let m = crate::i18n::merge::t();
        let text = if job.merging {
            fill(m.merging, &[("name", &job.name())])
        } else {
            fill(m.reading, &[("name", &job.name())])
        };
        egui::Modal::new(egui::Id::unique("klantreis-merging")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(text);
            });
        });
    }

    /// The Conflicts panel and the comparison's list, beside the page.
    pub(super) fn team_panels_ui(&mut self, ui: &mut egui::Ui) {
        merge::conflicts_panel_ui(ui, &self.doc.map, &mut self.state, &mut self.edits);
        merge::compare_panel_ui(ui, &mut self.state);
    }

    /// The status bar's button that shows the hidden Conflicts panel again.
    pub(super) fn conflicts_button_ui(&mut self, ui: &mut egui::Ui) {
        let n = self.doc.map.conflicts.len();
        if n == 0 {
            return;
        }
        let m = crate::i18n::merge::t();
        let text = RichText::new(fill(m.conflicts_button, &[("n", &n)])).color(theme::UNSAVED);
        if ui
            .selectable_label(!self.state.merge.panel_hidden, text)
            .on_hover_text(m.conflicts_button_hint)
            .clicked()
        {
            self.state.merge.panel_hidden = !self.state.merge.panel_hidden;
        }
    }

    /// Saves to the map's file (or asks for one), or asks for a new one.
    pub(super) fn save_now(&mut self, save_as: bool) {
        match self.doc.path.clone() {
            Some(path) if !save_as => self.save_to(&path),
            _ => self.ask_path(PathPurpose::Save, None),
        }
    }

    /// "Conflicts not decided yet": save anyway, or look at them first.
    pub(super) fn save_with_conflicts_ui(&mut self, ctx: &egui::Context, save_as: bool) {
        let m = crate::i18n::merge::t();
        let t = crate::i18n::app::t();
        let n = self.doc.map.conflicts.len();
        let name = self.doc.display_name();
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("klantreis-save-conflicts")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading(m.save_conflicts_title);
            ui.label(plural(
                n,
                m.save_conflicts_one,
                m.save_conflicts_other,
                &[("name", &name)],
            ));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(m.save_anyway).clicked() {
                    answer = Some(Some(true));
                }
                if ui.button(m.show_conflicts).clicked() {
                    answer = Some(Some(false));
                }
                if ui.button(t.cancel).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    answer = Some(None);
                }
            });
        });
        let Some(answer) = answer else { return };
        self.dialog = None;
        match answer {
            Some(true) => self.save_now(save_as),
            Some(false) => {
                self.after_save = None;
                self.state.merge.panel_hidden = false;
            }
            None => self.after_save = None,
        }
    }
}
