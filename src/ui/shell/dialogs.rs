//! Dialogs in front of the window: unsaved changes, typed paths, the native file dialog off the UI thread, data exports, recovery, conflicts, deleting a persona; and the notices.

use super::*;

/// A message for the user at the top of the window.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// What to say.
    pub text: String,
    /// Whether it is an error (red) or information.
    pub is_error: bool,
}

/// What to do once unsaved changes are dealt with.
#[derive(Clone, Debug, PartialEq)]
pub enum Then {
    /// Start a new map.
    New(PhaseTemplate),
    /// Choose a file to open.
    Open,
    /// Type a path to open.
    OpenPath,
    /// Open this file.
    OpenFile(PathBuf),
    /// Close the map (an empty new one takes its place).
    Close,
    /// Quit.
    Quit,
}

/// What a typed path is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathPurpose {
    /// Open the file.
    Open,
    /// Save to the file.
    Save,
    /// Use the picture as this persona's photo.
    Photo(PersonaId),
    /// Export the calendar or the steps to the file.
    Export(DataExport),
    /// Merge another copy of the map into the open one.
    Merge,
    /// Compare the open map with another version.
    Compare,
}

/// A dialog in front of the window.
#[derive(Clone, Debug, PartialEq)]
pub enum Dialog {
    /// "Save changes?" before `Then`.
    Unsaved(Then),
    /// Recovery copies from a session that did not end cleanly.
    Recover,
    /// The open file changed outside the app.
    ExternalChange,
    /// Saving would overwrite a version changed outside the app.
    SaveConflict,
    /// Saving over another existing file: replace it?
    ConfirmReplace(PathBuf),
    /// Exporting over a file Klantreis did not make: replace it?
    ConfirmExport(DataExport, PathBuf),
    /// Saving under a name that does not end in `.ron`: add it?
    ConfirmExtension(PathBuf),
    /// Type a file path.
    TypedPath {
        /// Open or save.
        purpose: PathPurpose,
        /// The text typed so far.
        text: String,
        /// Why the dialog is shown, when it is a fallback.
        note: Option<String>,
    },
    /// Saving a map that still holds merge conflicts: save anyway?
    SaveWithConflicts {
        /// Whether the save asks for a new file (Save As).
        save_as: bool,
    },
}

/// A native file dialog running off the UI thread.
pub(super) struct PendingFileDialog {
    /// The document the file is asked for; the answer is dropped when
    /// another map is open by then.
    pub(super) document: DocumentId,
    pub(super) purpose: PathPurpose,
    pub(super) started: Instant,
    pub(super) answer: mpsc::Receiver<Option<PathBuf>>,
}

impl KlantreisApp {
    /// Asks for a file: the native dialog off the UI thread, or a typed path.
    pub(super) fn ask_path(&mut self, purpose: PathPurpose, note: Option<String>) {
        if !self.native_dialogs {
            let text = match purpose {
                PathPurpose::Save => self.doc.path.as_ref().map_or_else(
                    || format!("{}.ron", file_stem_for(&self.doc)),
                    |p| p.display().to_string(),
                ),
                PathPurpose::Open
                | PathPurpose::Photo(_)
                | PathPurpose::Merge
                | PathPurpose::Compare => String::new(),
                PathPurpose::Export(kind) => self.export_path(kind).display().to_string(),
            };
            self.dialog = Some(Dialog::TypedPath {
                purpose,
                text,
                note,
            });
            return;
        }
        let (send, answer) = mpsc::channel();
        let file_name = match purpose {
            PathPurpose::Export(kind) => kind.file_name(&file_stem_for(&self.doc)),
            _ => format!("{}.ron", file_stem_for(&self.doc)),
        };
        let folder = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.parent())
            .map(Path::to_path_buf);
        // The dialog's words are chosen here: the thread has no interface language.
        let t = crate::i18n::app::t();
        let filter = match purpose {
            PathPurpose::Photo(_) => t.filter_picture,
            PathPurpose::Export(kind) => kind.label(),
            _ => t.filter_map,
        };
        let wake = self.wake.clone();
        std::thread::spawn(move || {
            let mut dialog = match purpose {
                PathPurpose::Photo(_) => {
                    rfd::AsyncFileDialog::new().add_filter(filter, &["png", "jpg", "jpeg", "webp"])
                }
                PathPurpose::Export(kind) => {
                    rfd::AsyncFileDialog::new().add_filter(filter, &[kind.extension()])
                }
                _ => rfd::AsyncFileDialog::new().add_filter(filter, &["ron"]),
            };
            if let Some(folder) = folder {
                dialog = dialog.set_directory(folder);
            }
            let picked = pollster::block_on(async move {
                match purpose {
                    PathPurpose::Open
                    | PathPurpose::Photo(_)
                    | PathPurpose::Merge
                    | PathPurpose::Compare => dialog.pick_file().await,
                    PathPurpose::Save | PathPurpose::Export(_) => {
                        dialog.set_file_name(file_name).save_file().await
                    }
                }
            });
            let _ = send.send(picked.map(|f| f.path().to_path_buf()));
            if let Some(ctx) = wake {
                ctx.request_repaint();
            }
        });
        self.file_dialog = Some(PendingFileDialog {
            document: self.doc.id,
            purpose,
            started: Instant::now(),
            answer,
        });
    }

    pub(super) fn poll_file_dialog(&mut self) {
        let Some(pending) = &self.file_dialog else {
            return;
        };
        if pending.document != self.doc.id {
            // Asked for a map that is no longer open.
            self.file_dialog = None;
            return;
        }
        match pending.answer.try_recv() {
            Ok(Some(path)) => {
                let purpose = pending.purpose;
                self.file_dialog = None;
                self.use_path(purpose, &path);
            }
            Ok(None) | Err(mpsc::TryRecvError::Disconnected) => {
                let (purpose, quick) = (
                    pending.purpose,
                    pending.started.elapsed() < NO_DIALOG_THRESHOLD,
                );
                self.file_dialog = None;
                if quick {
                    // Nothing answered: no desktop portal and no zenity. Fall back.
                    self.native_dialogs = false;
                    self.ask_path(
                        purpose,
                        Some(crate::i18n::app::t().no_file_dialog.to_owned()),
                    );
                } else {
                    self.after_save = None;
                }
            }
            // The dialog's thread wakes the window when it answers.
            Err(mpsc::TryRecvError::Empty) => {}
        }
    }

    pub(super) fn use_path(&mut self, purpose: PathPurpose, path: &Path) {
        match purpose {
            PathPurpose::Open => self.open_path(path),
            PathPurpose::Save => {
                let path = with_map_extension(path);
                if has_map_extension(&path) {
                    self.save_to(&path);
                } else {
                    self.dialog = Some(Dialog::ConfirmExtension(path));
                }
            }
            PathPurpose::Photo(persona) => self.attach_photo(persona, path),
            PathPurpose::Merge => self.merge_copy(path),
            PathPurpose::Compare => self.compare_with(path),
            PathPurpose::Export(kind) => {
                let _ = self.export_to(kind, path);
            }
        }
    }

    /// Where an export goes unless the user says otherwise: beside the map.
    pub(super) fn export_path(&self, kind: DataExport) -> PathBuf {
        let name = kind.file_name(&file_stem_for(&self.doc));
        match self.doc.path.as_ref().and_then(|p| p.parent()) {
            Some(folder) => folder.join(name),
            None => PathBuf::from(name),
        }
    }

    /// Writes the calendar or the steps to a file, and says how it went. A
    /// file there that Klantreis did not make is not replaced: a dialog asks.
    pub fn export_to(&mut self, kind: DataExport, path: &Path) -> Result<(), String> {
        self.export_replacing(kind, path, crate::picture::Replace::OwnExports)
    }

    pub(super) fn export_replacing(
        &mut self,
        kind: DataExport,
        path: &Path,
        replace: crate::picture::Replace,
    ) -> Result<(), String> {
        let separator = if self.prefs.csv_semicolons {
            Separator::Semicolon
        } else {
            Separator::Comma
        };
        // A name without an extension gets the right one; a map file is never overwritten.
        let path = if path.extension().is_none() {
            path.with_extension(kind.extension())
        } else {
            path.to_path_buf()
        };
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
        {
            let text = fill(
                crate::i18n::app::t().export_not_over_map,
                &[("path", &path.display()), ("extension", &kind.extension())],
            );
            self.notice = Some(Notice {
                text: text.clone(),
                is_error: true,
            });
            return Err(text);
        }
        let path = path.as_path();
        let text = kind.render(&self.doc.map, separator);
        match crate::picture::write(path, text.as_bytes(), replace) {
            Ok(()) => {
                self.notice = Some(Notice {
                    text: fill(
                        crate::i18n::app::t().exported_data,
                        &[("what", &kind.label()), ("path", &path.display())],
                    ),
                    is_error: false,
                });
                Ok(())
            }
            Err(error) => {
                if matches!(
                    error.kind,
                    crate::picture::ExportErrorKind::WouldReplaceOtherFile
                ) {
                    self.dialog = Some(Dialog::ConfirmExport(kind, path.to_path_buf()));
                    return Err(error.to_string());
                }
                let text = error.to_string();
                self.notice = Some(Notice {
                    text: text.clone(),
                    is_error: true,
                });
                Err(text)
            }
        }
    }

    pub(super) fn delete_persona_ui(&mut self, ctx: &egui::Context) {
        let Some(id) = self.state.personas.delete_persona else {
            return;
        };
        let Some(persona) = self.doc.map.persona(id) else {
            self.state.personas.delete_persona = None;
            return;
        };
        let journeys = self
            .doc
            .map
            .journeys
            .iter()
            .filter(|j| j.persona == Some(id))
            .count();
        let content = self
            .doc
            .map
            .content
            .iter()
            .filter(|c| c.persona == Some(id))
            .count();
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("klantreis-delete-persona")).show(ctx, |ui| {
            ui.set_max_width(480.0);
            let t = crate::i18n::app::t();
            ui.heading(fill(t.delete_persona_title, &[("name", &persona.name)]));
            ui.label(fill(
                t.delete_persona_body,
                &[
                    (
                        "journeys",
                        &plural(journeys, t.journeys_one, t.journeys_other, &[]),
                    ),
                    (
                        "content",
                        &plural(content, t.content_items_one, t.content_items_other, &[]),
                    ),
                ],
            ));
            ui.horizontal(|ui| {
                if ui.button(t.delete_keep_journeys).clicked() {
                    answer = Some(false);
                }
                if journeys > 0 && ui.button(t.delete_with_journeys).clicked() {
                    answer = Some(true);
                }
                if ui.button(t.cancel).clicked() {
                    self.state.personas.delete_persona = None;
                }
            });
        });
        if let Some(with_journeys) = answer {
            if let Some(edit) = crate::edit::ops::delete_persona(&self.doc.map, id, with_journeys) {
                self.edits.push((edit, None));
            }
            self.state.personas.delete_persona = None;
        }
    }

    pub(super) fn dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = self.dialog.clone() else {
            return;
        };
        let modal = egui::Modal::new(egui::Id::unique("klantreis-dialog"));
        let t = crate::i18n::app::t();
        let m = crate::i18n::merge::t();
        match dialog {
            Dialog::Recover => self.recover_ui(ctx),
            Dialog::ConfirmReplace(path) => {
                let mut answer = None;
                modal.show(ctx, |ui| {
                    ui.set_max_width(460.0);
                    ui.heading(t.replace_title);
                    ui.label(fill(t.replace_body, &[("path", &path.display())]));
                    ui.horizontal(|ui| {
                        if ui.button(t.replace).clicked() {
                            answer = Some(true);
                        }
                        if ui.button(t.cancel).clicked() {
                            answer = Some(false);
                        }
                    });
                });
                match answer {
                    Some(true) => {
                        self.dialog = None;
                        self.save_to(&path);
                    }
                    Some(false) => {
                        self.dialog = None;
                        self.after_save = None;
                    }
                    None => {}
                }
            }
            Dialog::ConfirmExtension(path) => self.confirm_extension_ui(ctx, &path),
            Dialog::ConfirmExport(kind, path) => {
                if let Some(replace) = super::export_dialog::replace_question(ctx, &path) {
                    self.dialog = None;
                    if replace {
                        let _ =
                            self.export_replacing(kind, &path, crate::picture::Replace::AnyButMaps);
                    }
                }
            }
            Dialog::SaveWithConflicts { save_as } => self.save_with_conflicts_ui(ctx, save_as),
            Dialog::ExternalChange | Dialog::SaveConflict => {
                self.conflict_ui(ctx, dialog == Dialog::SaveConflict);
            }
            Dialog::Unsaved(then) => {
                let mut answer = None;
                modal.show(ctx, |ui| {
                    ui.set_max_width(420.0);
                    ui.heading(t.unsaved_title);
                    ui.label(fill(t.unsaved_body, &[("name", &self.doc.display_name())]));
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui.button(t.cmd_save).clicked() {
                            answer = Some(0);
                        }
                        if ui.button(t.discard_changes).clicked() {
                            answer = Some(1);
                        }
                        if ui.button(t.cancel).clicked()
                            || ui.input(|i| i.key_pressed(egui::Key::Escape))
                        {
                            answer = Some(2);
                        }
                    });
                });
                match answer {
                    Some(0) => {
                        self.dialog = None;
                        self.after_save = Some(then);
                        self.run(Command::Save);
                    }
                    Some(1) => {
                        self.dialog = None;
                        self.proceed(then);
                    }
                    Some(_) => self.dialog = None,
                    None => {}
                }
            }
            Dialog::TypedPath {
                purpose,
                mut text,
                note,
            } => {
                let mut answer = None;
                modal.show(ctx, |ui| {
                    ui.set_max_width(520.0);
                    ui.heading(match purpose {
                        PathPurpose::Open => t.typed_open_title.to_owned(),
                        PathPurpose::Save => t.typed_save_title.to_owned(),
                        PathPurpose::Photo(_) => t.typed_photo_title.to_owned(),
                        PathPurpose::Export(kind) => {
                            fill(t.typed_export_title, &[("what", &kind.label())])
                        }
                        PathPurpose::Merge => m.typed_merge_title.to_owned(),
                        PathPurpose::Compare => m.typed_compare_title.to_owned(),
                    });
                    if let Some(note) = &note {
                        ui.label(note);
                    }
                    let label = ui.label(t.file_path);
                    let mut output = egui::TextEdit::singleline(&mut text)
                        .desired_width(480.0)
                        .hint_text(t.path_hint)
                        .show(ui);
                    let field = output.response.response.clone().labelled_by(label.id);
                    if !field.has_focus() && !field.lost_focus() {
                        field.request_focus();
                        // Typing replaces the name, and keeps the folder and ".ron".
                        if let Some((start, end)) = name_part(&text) {
                            let range = egui::text::CCursorRange::two(
                                egui::text::CCursor::new(start),
                                egui::text::CCursor::new(end),
                            );
                            output.state.cursor.set_char_range(Some(range));
                            output.state.store(ui.ctx(), field.id);
                        }
                    }
                    let entered =
                        field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    ui.horizontal(|ui| {
                        let ok = match purpose {
                            PathPurpose::Open => t.typed_open,
                            PathPurpose::Save => t.cmd_save,
                            PathPurpose::Photo(_) => t.use_photo,
                            PathPurpose::Export(_) => t.typed_export,
                            PathPurpose::Merge => m.typed_merge,
                            PathPurpose::Compare => m.typed_compare,
                        };
                        if ui.button(ok).clicked() || entered {
                            answer = Some(true);
                        }
                        if ui.button(t.cancel).clicked()
                            || ui.input(|i| i.key_pressed(egui::Key::Escape))
                        {
                            answer = Some(false);
                        }
                    });
                });
                match answer {
                    Some(true) if !text.trim().is_empty() => {
                        let path = PathBuf::from(text.trim());
                        let path = if purpose == PathPurpose::Save {
                            with_map_extension(&path)
                        } else {
                            path
                        };
                        let other_file = self.doc.path.as_deref() != Some(path.as_path());
                        if purpose == PathPurpose::Save && !has_map_extension(&path) {
                            self.dialog = Some(Dialog::ConfirmExtension(path));
                        } else if purpose == PathPurpose::Open && self.doc.history.is_dirty() {
                            // The typed path survives the question about unsaved changes.
                            self.dialog = Some(Dialog::Unsaved(Then::OpenFile(path)));
                        } else if purpose == PathPurpose::Save && other_file && path.exists() {
                            self.dialog = Some(Dialog::ConfirmReplace(path));
                        } else {
                            self.dialog = None;
                            self.use_path(purpose, &path);
                        }
                    }
                    Some(false) => {
                        self.dialog = None;
                        self.after_save = None;
                    }
                    _ => {
                        self.dialog = Some(Dialog::TypedPath {
                            purpose,
                            text,
                            note,
                        })
                    }
                }
            }
        }
    }

    pub(super) fn recover_ui(&mut self, ctx: &egui::Context) {
        let mut open = None;
        let mut discard = None;
        let mut later = false;
        let t = crate::i18n::app::t();
        egui::Modal::new(egui::Id::unique("klantreis-recover")).show(ctx, |ui| {
            ui.set_max_width(620.0);
            ui.heading(t.recover_title);
            ui.label(t.recover_body);
            ui.add_space(6.0);
            for (i, recovered) in self.recovered.iter().enumerate() {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(580.0);
                    ui.label(RichText::new(recovered.name()).strong());
                    ui.label(fill(
                        t.recovery_copy_from,
                        &[("time", &local_time(recovered.saved_at))],
                    ));
                    match (&recovered.original, recovered.original_modified) {
                        (Some(_), Some(modified)) => {
                            ui.label(fill(t.file_last_saved, &[("time", &local_time(modified))]));
                        }
                        (Some(_), None) => {
                            ui.label(t.file_gone);
                        }
                        (None, _) => {}
                    }
                    ui.horizontal(|ui| {
                        ui.push_id(i, |ui| {
                            if ui.button(t.open_recovered).clicked() {
                                open = Some(i);
                            }
                            if ui.button(t.discard).clicked() {
                                discard = Some(i);
                            }
                        });
                    });
                });
            }
            for copy in &self.unreadable {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(580.0);
                    let colour = ui.visuals().error_fg_color;
                    ui.label(RichText::new(&copy.message).color(colour));
                });
            }
            ui.add_space(6.0);
            if ui
                .button(t.decide_later)
                .on_hover_text(t.decide_later_hint)
                .clicked()
            {
                later = true;
            }
        });
        if let Some(i) = open {
            self.dialog = None;
            self.open_recovered(i);
        } else if let Some(i) = discard {
            let recovered = self.recovered.remove(i);
            if let Err(e) = recovered.discard() {
                self.notice = Some(Notice {
                    text: fill(
                        t.recovery_remove_failed,
                        &[("path", &recovered.file.display()), ("error", &e)],
                    ),
                    is_error: true,
                });
            }
            if self.recovered.is_empty() && self.unreadable.is_empty() {
                self.dialog = None;
            }
        } else if later {
            self.recovered.clear();
            self.unreadable.clear();
            self.dialog = None;
        }
    }

    pub(super) fn conflict_ui(&mut self, ctx: &egui::Context, saving: bool) {
        let name = self.doc.display_name();
        let dirty = self.doc.history.is_dirty();
        let mut answer = None;
        let t = crate::i18n::app::t();
        egui::Modal::new(egui::Id::unique("klantreis-conflict")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(fill(t.conflict_title, &[("name", &name)]));
            ui.label(if saving {
                t.conflict_saving
            } else if dirty {
                t.conflict_dirty
            } else {
                t.conflict_clean
            });
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                if (saving || dirty) && ui.button(t.save_mine).clicked() {
                    answer = Some(0);
                }
                if saving && ui.button(t.overwrite_theirs).clicked() {
                    answer = Some(1);
                }
                if !saving {
                    let reload = if dirty { t.reload_discard } else { t.reload };
                    if ui.button(reload).clicked() {
                        answer = Some(2);
                    }
                }
                if self.doc.path.is_some()
                    && (saving || dirty)
                    && ui.button(crate::i18n::merge::t().merge_theirs).clicked()
                {
                    answer = Some(4);
                }
                let keep = if saving { t.cancel } else { t.keep_mine };
                if ui.button(keep).clicked() {
                    answer = Some(3);
                }
            });
        });
        let Some(answer) = answer else { return };
        self.dialog = None;
        match answer {
            0 => self.ask_path(PathPurpose::Save, None),
            1 => {
                if let Some(path) = self.doc.path.clone() {
                    self.write_to(&path, false);
                }
            }
            2 => {
                if let Some(path) = self.doc.path.clone() {
                    self.open_path(&path);
                }
            }
            4 => {
                self.after_save = None;
                self.merge_from_disk();
            }
            _ => {
                // Keep what is open: take their version as the known one, so
                // the watcher does not ask again; a save still asks first.
                self.after_save = None;
            }
        }
    }
}

/// The name part of a typed path, as character positions: after the last
/// folder separator, before ".ron" (or to the end).
pub(super) fn name_part(text: &str) -> Option<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    if chars.is_empty() {
        return None;
    }
    let start = chars
        .iter()
        .rposition(|c| *c == '/' || *c == '\\')
        .map_or(0, |i| i + 1);
    let lower = text.to_lowercase();
    let end = if lower.ends_with(".ron") && chars.len() >= start + 4 {
        chars.len() - 4
    } else {
        chars.len()
    };
    (end > start).then_some((start, end))
}

/// Whether a path ends in `.ron`, the ending Klantreis opens.
pub(super) fn has_map_extension(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
}

/// A path with `.ron` added when it has no extension at all.
pub(super) fn with_map_extension(path: &Path) -> PathBuf {
    if path.extension().is_none() {
        path.with_extension("ron")
    } else {
        path.to_path_buf()
    }
}

impl KlantreisApp {
    /// Asks before saving a map under a name without `.ron`: add it, keep
    /// the name as typed, or go back.
    fn confirm_extension_ui(&mut self, ctx: &egui::Context, path: &Path) {
        let t = crate::i18n::app::t();
        let added = {
            let mut name = path.as_os_str().to_owned();
            name.push(".ron");
            PathBuf::from(name)
        };
        let shown = |p: &Path| {
            p.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("klantreis-extension")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading(t.extension_title);
            ui.label(fill(t.extension_body, &[("name", &shown(path))]));
            ui.horizontal(|ui| {
                if ui
                    .button(fill(t.extension_add, &[("name", &shown(&added))]))
                    .clicked()
                {
                    answer = Some(Some(added.clone()));
                }
                if ui.button(t.extension_keep).clicked() {
                    answer = Some(Some(path.to_path_buf()));
                }
                if ui.button(t.cancel).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    answer = Some(None);
                }
            });
        });
        match answer {
            Some(Some(chosen)) => {
                self.dialog = None;
                let other_file = self.doc.path.as_deref() != Some(chosen.as_path());
                if other_file && chosen.exists() {
                    self.dialog = Some(Dialog::ConfirmReplace(chosen));
                } else {
                    self.save_to(&chosen);
                }
            }
            Some(None) => {
                self.dialog = None;
                self.after_save = None;
            }
            None => {}
        }
    }
}
