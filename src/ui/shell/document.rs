//! The open document and its lifecycle: open, save, recover, conflicts with the file on disk, autosave and the file watch.

use super::*;

/// An open map: the document, where it lives, and its undo history.
pub struct Document {
    /// This document's identity: background work started for it carries it,
    /// and what arrives for a document that is no longer open is dropped.
    pub id: DocumentId,
    /// The map, shared copy-on-write: starting a save hands the worker a
    /// clone of the `Arc`, and the next edit copies the map only while that
    /// save still holds it.
    pub map: Arc<Map>,
    /// The file it was opened from or last saved to; `None` for a new map.
    pub path: Option<PathBuf>,
    /// Undo and redo, and whether there are unsaved changes.
    pub history: History,
    /// The file as last read or written, to notice changes made outside the app.
    pub stamp: Option<io::Stamp>,
    /// Why the map cannot be saved to its file, when it cannot.
    pub read_only: Option<String>,
    /// This window's lock file beside the map.
    pub lock: Option<io::lock::MapLock>,
    /// The map as last loaded or saved: the common version when another copy
    /// (or the file changed on disk) is merged in. Shared with `map` until
    /// the first edit.
    pub base: Arc<Map>,
    /// The maps handed to saves still running, by revision: the one that
    /// lands becomes the base.
    pub(super) saving: Vec<(u64, Arc<Map>)>,
    /// Whether it is one of the example maps, opened read-only: saving it saves a copy.
    pub example: bool,
}

impl Document {
    /// A document for a map, saved at `path` (or never saved).
    pub fn new(map: Map, path: Option<PathBuf>) -> Self {
        let map = Arc::new(map);
        Self {
            id: DocumentId::fresh(),
            base: Arc::clone(&map),
            saving: Vec::new(),
            map,
            path,
            history: History::new(),
            stamp: None,
            read_only: None,
            lock: None,
            example: false,
        }
    }

    /// The name shown in the title bar.
    pub fn display_name(&self) -> String {
        if self.example {
            return fill(
                crate::i18n::welcome::t().example_title,
                &[("name", &self.map.title)],
            );
        }
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || crate::i18n::app::t().untitled_map.to_owned(),
            |n| n.to_string_lossy().into_owned(),
        )
    }
}

/// Whether a command saves, opens or closes the map (it waits for a save in flight).
pub(super) fn is_about_the_file(command: &Command) -> bool {
    matches!(
        command,
        Command::New(_)
            | Command::Open
            | Command::OpenPath
            | Command::OpenRecent(_)
            | Command::Close
            | Command::Quit
            | Command::Save
            | Command::SaveAs
    )
}

/// A file name for a map that has none yet: its title, made safe.
pub(super) fn file_stem_for(doc: &Document) -> String {
    let stem: String = doc
        .map
        .title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let stem = stem.trim();
    if stem.is_empty() {
        crate::i18n::app::t().default_file_stem.to_owned()
    } else {
        stem.to_owned()
    }
}

/// A moment in the local time zone, in the interface's language.
pub(super) fn local_time(time: chrono::DateTime<chrono::Utc>) -> String {
    time.with_timezone(&chrono::Local)
        .format(crate::i18n::app::t().time_format)
        .to_string()
}

/// The notice about a map's problems: how many, the first three, and how to repair them.
pub(super) fn problems_notice(problems: &[Problem]) -> String {
    let t = crate::i18n::app::t();
    let text = if problems.len() == 1 {
        t.map_problems_one
    } else {
        t.map_problems_many
    };
    let first: Vec<String> = problems.iter().take(3).map(ToString::to_string).collect();
    fill(
        text,
        &[("count", &problems.len()), ("problems", &first.join(" "))],
    )
}

impl KlantreisApp {
    /// Starts autosave into the recovery folder `dir`, and offers the copies
    /// that earlier sessions left there.
    pub fn enable_safety(&mut self, dir: &Path, timing: AutosaveTiming) {
        let (recovered, unreadable) = recovery::scan(dir);
        self.recovered = recovered;
        if let Some(copy) = unreadable.first() {
            self.notice = Some(Notice {
                text: copy.message.clone(),
                is_error: true,
            });
        }
        // Listed in the recovery window too: opening a map replaces the notice.
        self.unreadable = unreadable;
        match Autosaver::start(dir, timing) {
            Ok(autosave) => self.autosave = Some(autosave),
            Err(e) => {
                self.notice = Some(Notice {
                    text: fill(
                        crate::i18n::app::t().recovery_unwritable,
                        &[("folder", &dir.display()), ("error", &e)],
                    ),
                    is_error: true,
                });
            }
        }
        if !self.recovered.is_empty() || !self.unreadable.is_empty() {
            self.dialog = Some(Dialog::Recover);
        }
    }

    /// Opens a recovered map: it becomes the open map, unsaved, with its own file as its path.
    pub fn open_recovered(&mut self, index: usize) {
        if index >= self.recovered.len() {
            return;
        }
        let recovered = self.recovered.remove(index);
        let mut doc = Document::new(recovered.map.clone(), recovered.original.clone());
        doc.history.mark_unsaved();
        if let Some(path) = &recovered.original {
            doc.stamp = io::Stamp::read(path).ok();
            doc.read_only = read_only_reason(path);
            if io::lock::other_owner(path).is_none() {
                doc.lock = io::lock::MapLock::acquire(path);
            }
        }
        let problems = validate(&doc.map);
        self.replace_document(doc, &problems);
        // Our own copy first, then the old one can go.
        if let Some(autosave) = &mut self.autosave {
            autosave.write_now(
                self.doc.path.as_deref(),
                &self.doc.map,
                self.doc.history.revision(),
            );
            autosave.flush();
        }
        let _ = recovered.discard();
        self.notice = Some(Notice {
            text: fill(
                crate::i18n::app::t().recovered_notice,
                &[
                    ("name", &recovered.name()),
                    ("time", &local_time(recovered.saved_at)),
                ],
            ),
            is_error: false,
        });
        if !self.recovered.is_empty() || !self.unreadable.is_empty() {
            self.dialog = Some(Dialog::Recover);
        }
    }

    /// Puts `doc` in place of the open map. Everything that belonged to the
    /// old map goes with it: the per-document state, the export window, a
    /// file dialog, an open asked for from it, and a photo or a save still
    /// running (their results name the old document and are dropped when
    /// they arrive).
    pub(super) fn replace_document(&mut self, doc: Document, problems: &[Problem]) {
        if let Some(autosave) = &mut self.autosave {
            autosave.clear();
        }
        self.watch.watch(doc.path.clone().zip(doc.stamp.clone()));
        let mut old = std::mem::replace(&mut self.doc, doc);
        // Its lock goes now (the same file may be opened again at once); the
        // map and its history, large for a large map, are freed off the UI thread.
        old.lock = None;
        // Without a thread, the map is freed here.
        let _ = std::thread::Builder::new()
            .name("klantreis-free".into())
            .spawn(move || drop(old));
        self.state.forget_document();
        self.picture_export = None;
        self.file_dialog = None;
        self.after_save = None;
        self.opening = None;
        self.welcome.shown = false;
        self.notice = (!problems.is_empty()).then(|| Notice {
            text: problems_notice(problems),
            is_error: true,
        });
    }

    /// Starts reading a map file; it takes the current map's place once read
    /// (see [`Self::wait_for_io`]). On error the current map stays open and
    /// the error is shown.
    pub fn open_path(&mut self, path: &Path) {
        self.start_io();
        let own_lock = self.doc.path.as_deref() == Some(path) && self.doc.lock.is_some();
        self.files.open(OpenJob {
            document: self.doc.id,
            path: path.to_path_buf(),
            own_lock,
        });
        self.opening = Some(Opening {
            document: self.doc.id,
            path: path.to_path_buf(),
            own_lock,
        });
    }

    /// A map the worker read: it replaces the open one, unless the user
    /// cancelled, asked for another file, or another map is open by now.
    pub(super) fn on_opened(&mut self, done: OpenDone) {
        let wanted = self.opening.as_ref().is_some_and(|o| {
            o.document == done.document && o.path == done.path && o.document == self.doc.id
        });
        if !wanted {
            return;
        }
        let Some(opening) = self.opening.take() else {
            return;
        };
        let path = done.path;
        let opened = match done.result {
            Ok(opened) => opened,
            Err(e) => {
                let text = e.to_string();
                self.io_failure.get_or_insert_with(|| text.clone());
                self.notice = Some(Notice {
                    text,
                    is_error: true,
                });
                return;
            }
        };
        let opened = *opened;
        if opened.loaded.problems.iter().any(Problem::breaks_drawing) {
            let text = crate::i18n::problems::cannot_draw(&path, &opened.loaded.problems);
            self.io_failure.get_or_insert_with(|| text.clone());
            self.notice = Some(Notice {
                text,
                is_error: true,
            });
            return;
        }
        let mut doc = Document::new(opened.loaded.map, Some(path.clone()));
        doc.stamp = Some(opened.loaded.stamp);
        doc.read_only.clone_from(&opened.read_only);
        doc.lock = if opening.own_lock {
            // The same file again: this window's lock stays with it.
            self.doc.lock.take()
        } else {
            opened.lock
        };
        self.replace_document(doc, &opened.loaded.problems);
        self.prefs.remember(&path);
        let mut warnings = Vec::new();
        if let Some(owner) = opened.other_owner {
            warnings.push(fill(
                crate::i18n::app::t().already_open,
                &[
                    ("path", &path.display()),
                    ("who", &owner.describe(chrono::Local::now())),
                ],
            ));
        }
        if let Some(reason) = opened.read_only {
            warnings.push(fill(
                crate::i18n::app::t().opened_read_only,
                &[("path", &path.display()), ("reason", &reason)],
            ));
        }
        if !warnings.is_empty() {
            let previous = self.notice.take().map(|n| n.text);
            warnings.extend(previous);
            self.notice = Some(Notice {
                text: warnings.join(" "),
                is_error: true,
            });
        }
    }

    /// Starts saving the map to `path`, which becomes its file once written.
    /// The map is marked saved at the revision handed to the worker; on error
    /// it is marked unsaved again and the error is shown. A file changed on
    /// disk since it was opened is not overwritten: the user is asked first.
    pub fn save_to(&mut self, path: &Path) {
        self.write_to(path, true);
    }

    pub(super) fn write_to(&mut self, path: &Path, check_disk: bool) {
        self.start_io();
        let path = if path.extension().is_none() {
            path.with_extension("ron")
        } else {
            path.to_path_buf()
        };
        let same_file = self.doc.path.as_deref() == Some(path.as_path());
        if same_file && let Some(reason) = self.doc.read_only.clone() {
            self.ask_path(
                PathPurpose::Save,
                Some(fill(
                    crate::i18n::app::t().cannot_save_here,
                    &[("path", &path.display()), ("reason", &reason)],
                )),
            );
            self.io_failure.get_or_insert(reason);
            return;
        }
        // What the watcher saw before this save is about the file as it was;
        // while the worker writes, the watcher rests.
        self.receive_disk_states();
        self.watch.watch(None);
        let revision = self.doc.history.revision();
        self.doc.saving.push((revision, Arc::clone(&self.doc.map)));
        self.files.save(SaveJob {
            document: self.doc.id,
            revision,
            path,
            map: Arc::clone(&self.doc.map),
            unchanged_since: if check_disk && same_file {
                self.doc.stamp.clone()
            } else {
                None
            },
            take_lock: !same_file,
        });
        self.saves_running += 1;
        self.doc.history.mark_saved();
    }

    /// A save the worker finished: the document it was for learns its file;
    /// a save for a map that is no longer open changes nothing here.
    pub(super) fn on_saved(&mut self, done: SaveDone) {
        self.saves_running = self.saves_running.saturating_sub(1);
        if done.document != self.doc.id {
            return;
        }
        let path = done.path;
        let known = self.doc.path.clone().zip(self.doc.stamp.clone());
        let saved = self
            .doc
            .saving
            .iter()
            .position(|(revision, _)| *revision == done.revision)
            .map(|i| self.doc.saving.remove(i).1);
        match done.outcome {
            SaveOutcome::Saved { stamp, lock } => {
                if let Some(saved) = saved {
                    self.doc.base = saved;
                }
                if self.doc.path.as_deref() != Some(path.as_path()) {
                    self.doc.lock = None;
                    self.doc.lock = lock;
                    self.doc.read_only = None;
                    self.doc.example = false;
                }
                self.doc.stamp = Some(stamp.clone());
                self.watch.watch(Some((path.clone(), stamp)));
                self.doc.path = Some(path.clone());
                let dirty = self.doc.history.is_dirty();
                if !dirty && let Some(autosave) = &mut self.autosave {
                    autosave.clear();
                }
                self.prefs.remember(&path);
                self.notice = Some(Notice {
                    text: fill(crate::i18n::app::t().saved, &[("path", &path.display())]),
                    is_error: false,
                });
                if let Some(then) = self.after_save.take() {
                    if dirty {
                        // Edited while it was written: those edits are not saved yet.
                        self.dialog = Some(Dialog::Unsaved(then));
                    } else {
                        self.proceed(then);
                    }
                }
            }
            SaveOutcome::Conflict => {
                self.doc.history.mark_unsaved();
                self.watch.watch(known);
                self.dialog = Some(Dialog::SaveConflict);
                self.io_failure
                    .get_or_insert_with(|| crate::i18n::app::t().changed_on_disk.to_owned());
            }
            SaveOutcome::Failed(e) => {
                self.doc.history.mark_unsaved();
                self.watch.watch(known);
                self.after_save = None;
                self.close_when_idle = false;
                let text = e.to_string();
                self.io_failure.get_or_insert_with(|| text.clone());
                self.notice = Some(Notice {
                    text,
                    is_error: true,
                });
            }
        }
    }

    /// A new open or save: when nothing else runs, what went wrong before is
    /// old news for [`Self::wait_for_io`].
    pub(super) fn start_io(&mut self) {
        if !self.files.busy() {
            self.io_failure = None;
        }
    }

    /// Handles what the save and open worker finished.
    pub(super) fn receive_files(&mut self) {
        while let Some(done) = self.files.try_recv() {
            self.on_file_done(done);
        }
    }

    pub(super) fn on_file_done(&mut self, done: Done) {
        match done {
            Done::Saved(done) => self.on_saved(done),
            Done::Opened(done) => self.on_opened(done),
        }
    }

    /// Waits for the saves and opens in flight and handles their outcomes as
    /// a frame would; then says how they went: the first failure among the
    /// opens and saves started since the worker was last idle (tests, and quitting).
    pub fn wait_for_io(&mut self) -> Result<(), String> {
        while let Some(done) = self.files.wait(IO_PATIENCE) {
            self.on_file_done(done);
        }
        match self.io_failure.take() {
            Some(failure) => Err(failure),
            None => Ok(()),
        }
    }

    /// Whether a save or an open is running.
    pub fn io_busy(&self) -> bool {
        self.files.busy()
    }

    /// Whether the window was told to close.
    pub fn close_sent(&self) -> bool {
        self.close_sent
    }

    /// Does what was asked, with unsaved changes dealt with.
    pub(super) fn proceed(&mut self, then: Then) {
        match then {
            Then::New(template) => {
                let map = template.new_map(crate::i18n::language()).with_fresh_uid();
                self.replace_document(Document::new(map, None), &[]);
            }
            Then::Open => self.ask_path(PathPurpose::Open, None),
            Then::OpenPath => {
                self.dialog = Some(Dialog::TypedPath {
                    purpose: PathPurpose::Open,
                    text: String::new(),
                    note: None,
                });
            }
            Then::OpenFile(path) => self.open_path(&path),
            Then::Close => {
                self.replace_document(
                    Document::new(
                        PhaseTemplate::FivePhase
                            .new_map(crate::i18n::language())
                            .with_fresh_uid(),
                        None,
                    ),
                    &[],
                );
                self.show_welcome();
            }
            Then::Quit => {
                if self.files.busy() {
                    // The save in flight first; then the window closes, or
                    // asks about changes made while it was written.
                    self.close_when_idle = true;
                    return;
                }
                if let Some(autosave) = &mut self.autosave {
                    autosave.clear();
                    autosave.flush();
                }
                self.closing = true;
            }
        }
    }

    pub(super) fn autosave_tick(&mut self, ctx: &egui::Context) {
        let Some(autosave) = &mut self.autosave else {
            return;
        };
        let mut wake = None;
        // A map being saved counts as unsaved until it is on disk: its
        // recovery copy stays until then.
        let failed = autosave.tick(
            self.doc.history.revision(),
            self.doc.history.is_dirty() || self.saves_running > 0,
            self.doc.path.as_deref(),
            &self.doc.map,
            &mut wake,
        );
        if let Some(wake) = wake {
            ctx.request_repaint_after(wake);
        }
        if let Some(error) = failed {
            self.notice = Some(Notice {
                text: fill(
                    crate::i18n::app::t().recovery_write_failed,
                    &[("path", &autosave.file.display()), ("error", &error)],
                ),
                is_error: true,
            });
        }
    }

    /// Handles what the file watcher found, and looks again when the window gets focus back.
    pub(super) fn watch_file(&mut self, ctx: &egui::Context) {
        let focused = ctx.input(|i| i.focused);
        if focused && !self.had_focus {
            self.watch.check_now();
        }
        self.had_focus = focused;
        // No polling here: the watcher wakes the window when it finds something.
        if self.saves_running == 0 {
            self.receive_disk_states();
        }
    }

    /// Handles what the file watcher found so far.
    pub(super) fn receive_disk_states(&mut self) {
        while let Ok(state) = self.watch.events.try_recv() {
            self.on_disk_state(state);
        }
    }

    /// Looks at the open file now and reacts as to a change seen by the watcher (tests, focus).
    pub fn check_file_now(&mut self) {
        if let (Some(path), Some(stamp)) = (self.doc.path.clone(), self.doc.stamp.clone()) {
            let state = io::compare(&path, &stamp, true);
            self.on_disk_state(state);
        }
    }

    pub(super) fn on_disk_state(&mut self, state: io::DiskState) {
        let name = self.doc.display_name();
        match state {
            io::DiskState::Unchanged => {}
            io::DiskState::Touched(stamp) => self.doc.stamp = Some(stamp),
            io::DiskState::Changed(stamp) => {
                if self
                    .doc
                    .stamp
                    .as_ref()
                    .is_some_and(|s| s.hash == stamp.hash)
                {
                    return; // Our own save.
                }
                self.dialog = Some(Dialog::ExternalChange);
            }
            io::DiskState::Missing => {
                self.notice = Some(Notice {
                    text: fill(crate::i18n::app::t().file_missing, &[("name", &name)]),
                    is_error: true,
                });
            }
        }
    }
}
