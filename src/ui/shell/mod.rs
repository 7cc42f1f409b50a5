//! The shell: the editor window's frame loop, the one place where queued
//! edits are applied to the map, and what every feature shares.
//!
//! Two layers. The lower one — [`state`], [`commands`], [`theme`],
//! [`widgets`], [`navigate`], [`avatars`] — is what features import. The
//! upper one — [`KlantreisApp`] with its [`document`] lifecycle, [`menus`]
//! and [`dialogs`] — composes the features; no feature imports it.

pub mod avatars;
pub mod commands;
pub mod compare;
pub mod dialogs;
pub mod dispatch;
pub mod document;
pub mod export_dialog;
pub mod fonts;
pub mod help;
pub mod invite;
pub mod measuring;
pub mod menu_access;
pub mod menus;
pub mod navigate;
mod photos;
pub mod prefs;
pub mod screen;
pub mod snapshots;
pub mod sparkline;
pub mod state;
pub mod teamwork;
pub mod theme;
pub mod welcome;
pub mod widgets;

use dialogs::PendingFileDialog;
pub use dialogs::{Dialog, Notice, PathPurpose, Then};
pub use document::Document;
use document::{file_stem_for, is_about_the_file, local_time};
use menus::page_tabs_ui;
pub use prefs::{LanguageChoice, Prefs, ThemeChoice};
pub use state::{Page, Selection, State};

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use egui::{RichText, ViewportCommand};
use serde::{Deserialize, Serialize};

use crate::edit::{Edit, Gesture, History};
use crate::i18n::{Language, fill, plural};
use crate::io;
use crate::model::{Map, PersonaId, PhaseTemplate, Problem, validate};

use super::journey::{canvas, inspector, lanes};
use super::personas;
use super::workshop;
use super::{calendar, iterate};
use crate::export::{DataExport, Separator};
use crate::io::autosave::{AutosaveTiming, Autosaver};
use crate::io::recovery;
use crate::io::watch::{FileWatch, read_only_reason};
use crate::io::worker::{DocumentId, Done, OpenDone, OpenJob, SaveDone, SaveJob, SaveOutcome};
use commands::Command;

/// The example map the app opens when started without a file.
pub const EXAMPLE_MAP: &str = include_str!("../../../maps/clothing.ron");

/// The key of the preferences in eframe's storage.
const PREFS_KEY: &str = "klantreis-preferences";

/// How many recent files the File menu lists.
const MAX_RECENT: usize = 8;

/// Where recovery copies go: `KLANTREIS_RECOVERY_DIR` when set, else the
/// per-user data folder (`~/.local/share/klantreis/recovery` on Linux,
/// `~/Library/Application Support/klantreis/recovery` on macOS,
/// `%APPDATA%\klantreis\data\recovery` on Windows).
pub fn recovery_dir() -> Option<PathBuf> {
    std::env::var_os("KLANTREIS_RECOVERY_DIR")
        .map(PathBuf::from)
        .or_else(|| eframe::storage_dir("klantreis").map(|d| d.join("recovery")))
}

/// A persona (of a document) and the photo made for it, or why none could be made.
type PhotoResult = (DocumentId, PersonaId, Result<crate::model::Photo, String>);

/// A map being read by the file worker.
struct Opening {
    /// The document open when the user asked.
    document: DocumentId,
    /// The file being read.
    path: PathBuf,
    /// Whether it is the open map's own file, whose lock this window keeps.
    own_lock: bool,
}

/// A dialog that answers "nothing" faster than this did not show at all.
const NO_DIALOG_THRESHOLD: Duration = Duration::from_millis(400);

/// How long [`KlantreisApp::wait_for_io`] waits for one save or open before
/// giving up (a network share that stopped answering).
const IO_PATIENCE: Duration = Duration::from_secs(60);

/// The editor application.
pub struct KlantreisApp {
    /// The open map.
    pub doc: Document,
    /// Selection, view and the rest of the app state.
    pub state: State,
    /// Preferences kept between runs.
    pub prefs: Prefs,
    /// Whether the window is set up for workshop mode (full screen, large).
    workshop_shown: bool,
    /// The message shown at the top, if any.
    pub notice: Option<Notice>,
    /// The open dialog, if any.
    pub dialog: Option<Dialog>,
    /// Whether File → Open and Save As use the native dialog (tests turn it off).
    pub native_dialogs: bool,
    /// Edits raised during this frame, applied at its end.
    edits: Vec<(Edit, Option<Gesture>)>,
    /// The input's time at the start of this frame, in seconds (the
    /// workshop timer runs on it).
    now: f64,
    /// Commands raised during this frame.
    commands: Vec<Command>,
    /// What to do after the save that the "Save changes?" dialog started.
    after_save: Option<Then>,
    file_dialog: Option<PendingFileDialog>,
    /// Set once the user has agreed to close the window.
    closing: bool,
    /// Set when the window should close (or ask about unsaved changes) once
    /// the save in flight is done.
    close_when_idle: bool,
    /// Set once the window was told to close.
    close_sent: bool,
    /// Saves and opens off the UI thread.
    files: io::worker::Worker,
    /// Saves handed to the worker and not answered yet.
    saves_running: usize,
    /// The map being opened, while it is read.
    opening: Option<Opening>,
    /// Set while the map the app was started on is read: the window shows
    /// a loading page instead of an editor on a placeholder map.
    starting: bool,
    /// The first failure among the opens and saves started since the worker
    /// was last idle ([`Self::wait_for_io`] reports it).
    io_failure: Option<String>,
    title: String,
    /// Writes recovery copies; `None` when there is no recovery folder.
    pub autosave: Option<Autosaver>,
    /// Recovery copies found at start, waiting for the user's decision.
    pub recovered: Vec<recovery::Recovered>,
    /// Recovery copies found at start that cannot be read: kept, and listed.
    pub unreadable: Vec<recovery::Unreadable>,
    /// Watches the open file for changes made outside the app.
    watch: FileWatch,
    photo_results: (mpsc::Sender<PhotoResult>, mpsc::Receiver<PhotoResult>),
    photos_pending: usize,
    /// The window, once its first frame ran: threads started from here (a
    /// photo, a file dialog, the room's server) ask it for a frame when
    /// their result is ready.
    wake: Option<egui::Context>,
    had_focus: bool,
    /// The File → Export window, while open.
    pub picture_export: Option<export_dialog::ExportDialog>,
    /// Invitations to open on the first frame (`--invite`), and where.
    pending_invite: Option<Option<std::net::SocketAddr>>,
    /// The welcome view (a start without a file, or after Close).
    pub welcome: welcome::Welcome,
}

impl KlantreisApp {
    /// The app with a map open.
    pub fn new(map: Map, path: Option<PathBuf>) -> Self {
        let mut app = Self {
            doc: Document::new(Map::default(), None),
            state: State::default(),
            prefs: Prefs::default(),
            workshop_shown: false,
            notice: None,
            dialog: None,
            native_dialogs: true,
            now: 0.0,
            edits: Vec::new(),
            commands: Vec::new(),
            after_save: None,
            file_dialog: None,
            closing: false,
            close_when_idle: false,
            close_sent: false,
            files: io::worker::Worker::start(),
            saves_running: 0,
            opening: None,
            starting: false,
            io_failure: None,
            title: String::new(),
            autosave: None,
            recovered: Vec::new(),
            unreadable: Vec::new(),
            watch: FileWatch::start(),
            photo_results: mpsc::channel(),
            photos_pending: 0,
            wake: None,
            had_focus: true,
            picture_export: None,
            pending_invite: None,
            welcome: welcome::Welcome::default(),
        };
        let problems = validate(&map);
        app.replace_document(Document::new(map, path), &problems);
        app
    }

    /// The app starting in workshop mode (`klantreis --workshop FILE`).
    pub fn in_workshop(mut self) -> Self {
        self.state.workshop = Some(workshop::Workshop::default());
        self
    }

    /// The app with its interface in a language (tests use it to be independent of the system).
    pub fn with_language(mut self, choice: LanguageChoice) -> Self {
        self.prefs.language = choice;
        self
    }

    /// The app on the embedded example map, as an unsaved new map.
    pub fn with_example() -> Self {
        match io::from_ron(EXAMPLE_MAP) {
            Ok(map) => Self::new(map, None),
            Err(e) => {
                let mut app = Self::new(PhaseTemplate::FivePhase.new_map(Language::En), None);
                app.notice = Some(Notice {
                    text: fill(
                        crate::i18n::app::t().example_unreadable,
                        &[("error", &format!("{e:?}"))],
                    ),
                    is_error: true,
                });
                app
            }
        }
    }

    /// The app started on a map file: the window opens at once on a loading
    /// page while the file is read off the UI thread, then shows the map.
    /// If it cannot be read, an empty map stays open with the error above it.
    pub fn starting_on(path: &Path) -> Self {
        let mut app = Self::new(Map::default(), None);
        app.start_on(path);
        app
    }

    fn start_on(&mut self, path: &Path) {
        let empty = PhaseTemplate::FivePhase.new_map(crate::i18n::language());
        self.replace_document(Document::new(empty.with_fresh_uid(), None), &[]);
        self.open_path(path);
        self.starting = true;
    }

    /// The app as eframe starts it: preferences from storage, the file from the command line.
    pub fn from_creation(cc: &eframe::CreationContext<'_>, file: Option<PathBuf>) -> Self {
        let mut app = Self::new(Map::default(), None);
        if let Some(prefs) = cc
            .storage
            .and_then(|s| eframe::get_value::<Prefs>(s, PREFS_KEY))
        {
            app.prefs = prefs;
        }
        app.apply_prefs(&cc.egui_ctx);
        // Notices from here on (recovery, the file opened) in the user's language.
        crate::i18n::set_language(app.prefs.language.resolve());
        match recovery_dir() {
            Some(dir) => app.enable_safety(&dir, AutosaveTiming::default()),
            None => {
                app.notice = Some(Notice {
                    text: crate::i18n::app::t().no_recovery_folder.to_owned(),
                    is_error: true,
                });
            }
        }
        match file {
            // On failure an empty map stays open, with the error shown above it.
            Some(file) => app.start_on(&file),
            None => app.welcome_or_reopen(),
        }
        app
    }

    fn apply_prefs(&self, ctx: &egui::Context) {
        ctx.set_theme(match self.prefs.theme {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
            ThemeChoice::HighContrast => egui::ThemePreference::Light,
        });
        theme::set_high_contrast(ctx, self.prefs.theme == ThemeChoice::HighContrast);
        ctx.set_zoom_factor(self.prefs.ui_scale.clamp(0.5, 3.0));
        fonts::install_symbol_font(ctx);
    }

    /// Queues an edit; it is applied at the end of the frame.
    pub fn queue(&mut self, edit: Edit) {
        self.edits.push((edit, None));
    }

    /// Queues a command; it runs at the start of the next frame.
    pub fn command(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Applies an edit now, as its own undo step (used by tests and commands).
    pub fn apply(&mut self, edit: Edit) {
        self.edits.push((edit, None));
        self.apply_queued();
    }

    fn apply_queued(&mut self) {
        for (edit, gesture) in std::mem::take(&mut self.edits) {
            // An edit naming something deleted earlier in the frame is dropped.
            let _ = self
                .doc
                .history
                .apply(Arc::make_mut(&mut self.doc.map), edit, gesture);
        }
        self.forget_missing_selection();
    }

    fn forget_missing_selection(&mut self) {
        let map = &self.doc.map;
        let keep = match &mut self.state.selection {
            Selection::None => true,
            Selection::Steps(ids) => {
                ids.retain(|id| map.step(*id).is_some());
                !ids.is_empty()
            }
            Selection::Phase(id) => map.phase(*id).is_some(),
            Selection::Journey(id) => map.journey(*id).is_some(),
            Selection::Persona(id) => map.persona(*id).is_some(),
            Selection::Content(id) => map.content.iter().any(|c| c.id == *id),
        };
        if !keep {
            self.state.selection = Selection::None;
        }
    }

    fn handle_input(&mut self, ctx: &egui::Context) {
        // The focused canvas takes Delete and Select all; a text field keeps them.
        let typing = ctx.text_edit_focused();
        for (command, shortcut) in Command::shortcuts() {
            let text_command = matches!(command, Command::Delete | Command::SelectAll);
            if typing && text_command {
                continue;
            }
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                self.commands.push(command);
            }
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            let extension = path
                .extension()
                .map(|e| e.to_string_lossy().to_lowercase())
                .unwrap_or_default();
            let picture = matches!(extension.as_str(), "png" | "jpg" | "jpeg" | "webp");
            if extension == "ron" {
                self.commands.push(Command::OpenRecent(path));
            } else if let (true, Selection::Persona(persona)) = (picture, &self.state.selection) {
                let persona = *persona;
                self.attach_photo(persona, &path);
            } else if picture {
                self.notice = Some(Notice {
                    text: fill(
                        crate::i18n::app::t().drop_photo_hint,
                        &[("path", &path.display())],
                    ),
                    is_error: false,
                });
            } else {
                self.notice = Some(Notice {
                    text: fill(
                        crate::i18n::app::t().drop_not_map,
                        &[("path", &path.display())],
                    ),
                    is_error: true,
                });
            }
        }
        if !typing
            && self.dialog.is_none()
            && self.state.workshop.is_none()
            && ctx.input(|i| i.key_pressed(egui::Key::Escape))
        {
            self.state.selection = Selection::None;
            self.state.journey.renaming = None;
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.closing {
            if self.files.busy() {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.close_when_idle = true;
            } else if self.doc.history.is_dirty() {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.dialog = Some(Dialog::Unsaved(Then::Quit));
            }
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let t = crate::i18n::app::t();
        let name = match &self.opening {
            Some(opening) => fill(
                t.title_opening,
                &[(
                    "name",
                    &opening
                        .path
                        .file_name()
                        .unwrap_or(opening.path.as_os_str())
                        .to_string_lossy(),
                )],
            ),
            None if self.welcome.shown => crate::i18n::welcome::t().heading.to_owned(),
            None if self.saves_running > 0 => {
                fill(t.title_saving, &[("name", &self.doc.display_name())])
            }
            None => self.doc.display_name(),
        };
        let title = format!(
            "{}{name} — Klantreis",
            if self.doc.history.is_dirty() {
                "● "
            } else {
                ""
            },
        );
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        // The window's accessible name: the title in words (the dirty dot said).
        let mut spoken = format!("{name} — Klantreis");
        if self.doc.history.is_dirty() {
            spoken = format!("{spoken}, {}", t.unsaved_changes);
        }
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(spoken));
    }

    /// The window title as it is now.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// Draws one frame and handles its input.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.now = ctx.input(|i| i.time);
        crate::i18n::set_language(self.prefs.language.resolve());
        // Background work wakes the window when its result arrives; nothing polls.
        if !self.files.has_wake() {
            let wake = ctx.clone();
            self.files
                .set_wake(Box::new(move || wake.request_repaint()));
        }
        if !self.watch.has_wake() {
            let wake = ctx.clone();
            self.watch
                .set_wake(Box::new(move || wake.request_repaint()));
        }
        self.wake.get_or_insert_with(|| ctx.clone());
        screen::keep_window_fitting(&ctx);
        if let Some(addr) = self.pending_invite.take() {
            let _ = self.invite(addr);
        }
        self.receive_files();
        self.welcome_tick(&ctx);
        self.handle_input(&ctx);
        self.poll_file_dialog();
        self.watch_file(&ctx);
        self.receive_photos();
        self.receive_team_job(&ctx);
        self.update_compare();
        self.run_commands();
        // The canvas keeps its sorted steps while the map stays this revision.
        self.state.journey.revision = Some((self.doc.id, self.doc.history.revision()));
        if self.close_when_idle && !self.files.busy() {
            self.close_when_idle = false;
            if self.doc.history.is_dirty() {
                self.dialog = Some(Dialog::Unsaved(Then::Quit));
            } else {
                self.proceed(Then::Quit);
            }
        }
        if self.closing && !self.files.busy() && !self.close_sent {
            ctx.send_viewport_cmd(ViewportCommand::Close);
            self.close_sent = true;
        }

        self.sync_workshop(&ctx);
        self.starting &= self.opening.is_some();
        if self.starting {
            self.loading_ui(ui);
        } else if self.welcome.shown {
            self.welcome_ui(ui);
        } else if self.state.workshop.is_some() {
            self.room_ui(ui);
            let leave = workshop::workshop_ui(
                ui,
                &self.doc.map,
                &mut self.state,
                &mut self.edits,
                canvas::canvas_ui,
            );
            if leave {
                self.state.workshop = None;
            }
        } else {
            self.editor_ui(ui);
        }
        if self.state.workshop.is_none() {
            // Leaving workshop mode closes invitations (and stops the server).
            self.state.room = None;
        }
        personas::card_window(&ctx, &self.doc.map, &mut self.state);
        help::shortcuts_window(&ctx, &mut self.state.show_shortcuts);
        personas::compare_window(&ctx, &self.doc.map, &mut self.state);
        self.snapshot_windows_ui(&ctx);
        self.delete_persona_ui(&ctx);
        self.dialog_ui(&ctx);
        self.opening_ui(&ctx);
        self.team_job_ui(&ctx);
        self.measure_ui(&ctx);
        export_dialog::export_window(
            &ctx,
            &self.doc.map,
            (self.doc.id, self.doc.history.revision()),
            &mut self.picture_export,
        );
        if std::mem::take(&mut self.state.gesture_ended) {
            self.doc.history.end_gesture();
        }
        self.apply_queued();
        self.expire_notice(&ctx);
        self.autosave_tick(&ctx);
        self.update_title(&ctx);
    }

    /// Runs the commands raised since the last frame. While a save or an
    /// open runs, commands that save, open or close wait for it; while a map
    /// is being opened, other commands are dropped (they were meant for the
    /// map about to be replaced).
    fn run_commands(&mut self) {
        let busy = self.files.busy();
        let opening = self.opening.is_some();
        let mut waiting = Vec::new();
        for command in std::mem::take(&mut self.commands) {
            let about_the_file = is_about_the_file(&command);
            if busy && about_the_file {
                waiting.push(command);
            } else if !opening {
                self.run(command);
            }
        }
        waiting.append(&mut self.commands);
        self.commands = waiting;
    }

    /// The window while the map it was started on is read: the file's name
    /// and a spinner in the middle, and a way to stop waiting.
    fn loading_ui(&mut self, ui: &mut egui::Ui) {
        let Some(opening) = &self.opening else {
            return;
        };
        let t = crate::i18n::app::t();
        let mut cancel = false;
        egui::CentralPanel::default().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.add_space(ui.available_height() * 0.35);
                ui.add(egui::Spinner::new().size(32.0));
                ui.add_space(12.0);
                ui.label(
                    RichText::new(fill(t.opening_file, &[("path", &opening.path.display())]))
                        .size(18.0),
                );
                ui.add_space(12.0);
                cancel = ui.button(t.cancel).clicked();
            });
        });
        if cancel {
            // Its result is dropped when it arrives; the empty map stays.
            self.opening = None;
            self.starting = false;
        }
    }

    /// Shows that a map is being read, with a way to stop waiting for it.
    fn opening_ui(&mut self, ctx: &egui::Context) {
        let Some(opening) = &self.opening else {
            return;
        };
        if self.starting {
            return;
        }
        let mut cancel = false;
        let t = crate::i18n::app::t();
        egui::Modal::new(egui::Id::unique("klantreis-opening")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(fill(t.opening_file, &[("path", &opening.path.display())]));
            });
            cancel = ui.button(t.cancel).clicked();
        });
        if cancel {
            // Its result is dropped when it arrives.
            self.opening = None;
        }
    }

    /// The editor: menus, status bar, inspector, personas and the page.
    fn editor_ui(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        screen::set_work_area(ui.ctx(), ui.available_rect_before_wrap());
        // On a small screen the panels narrow, and the personas step aside, before the canvas shrinks.
        let width = ui.available_width();
        egui::Panel::right("inspector")
            .resizable(true)
            .default_size(screen::inspector_width(width))
            .min_size(screen::inspector_width(width).min(260.0))
            .max_size(screen::inspector_max(width))
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| self.inspector_ui(ui));
            });
        let personas_fit = width >= screen::PERSONAS_NEED;
        if self.state.personas.shown && personas_fit && self.state.calendar.page == Page::Journey {
            egui::Panel::left("personas")
                .resizable(true)
                .default_size(230.0)
                .min_size(180.0)
                .max_size(width * 0.22)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("personas-scroll")
                        .show(ui, |ui| {
                            personas::personas_panel_ui(
                                ui,
                                &self.doc.map,
                                &mut self.state,
                                &mut self.edits,
                            );
                        });
                });
        }
        self.team_panels_ui(ui);
        egui::CentralPanel::default().show(ui, |ui| {
            self.notice_ui(ui);
            self.example_banner_ui(ui);
            page_tabs_ui(ui, &mut self.state.calendar.page);
            match self.state.calendar.page {
                Page::Journey => {
                    canvas::legend_ui(ui, &self.doc.map, &mut self.state);
                    // The canvas gets at least half the height; the lanes scroll when the window is short.
                    let available = ui.available_height();
                    let canvas_height = (available - lanes::height() - 8.0)
                        .max(available * 0.52)
                        .max(220.0);
                    canvas::canvas_ui(
                        ui,
                        canvas_height,
                        &self.doc.map,
                        &mut self.state,
                        &mut self.edits,
                    );
                    ui.add_space(4.0);
                    egui::ScrollArea::vertical()
                        .id_salt("lanes")
                        .show(ui, |ui| {
                            lanes::lanes_ui(ui, &self.doc.map, &mut self.state, &mut self.edits);
                        });
                }
                Page::Calendar => {
                    calendar::calendar_ui(ui, &self.doc.map, &mut self.state, &mut self.edits)
                }
                Page::Table => calendar::content_table::table_ui(
                    ui,
                    &self.doc.map,
                    &mut self.state,
                    &mut self.edits,
                ),
            }
        });
    }

    /// The inspector panel: the editor for what is selected, from the
    /// feature that owns it.
    fn inspector_ui(&mut self, ui: &mut egui::Ui) {
        let (map, state, edits) = (&*self.doc.map, &mut self.state, &mut self.edits);
        match state.selection.clone() {
            Selection::Persona(id) => {
                ui.add_space(4.0);
                if let Some(persona) = map.persona(id) {
                    personas::persona_editor_ui(ui, map, persona, state, edits);
                }
            }
            Selection::Content(id) => {
                ui.add_space(4.0);
                if let Some(item) = map.content.iter().find(|c| c.id == id) {
                    calendar::content_editor::content_ui(ui, map, item, state, edits);
                }
            }
            Selection::Phase(id) => {
                inspector::inspector_ui(ui, map, state, edits);
                crate::ui::measure::phase_measurements_ui(ui, map, id, state, edits);
                if let Some(phase) = map.phase(id) {
                    calendar::content_editor::phase_content_ui(ui, map, phase, state, edits);
                }
            }
            Selection::Journey(id) => {
                iterate::journey_inspector_ui(ui, map, id, state, edits, inspector::inspector_ui)
            }
            _ => inspector::inspector_ui(ui, map, state, edits),
        }
        crate::ui::evidence::inspector_ui(ui, map, state, edits);
    }

    fn sync_workshop(&mut self, ctx: &egui::Context) {
        let on = self.state.workshop.is_some();
        if on == self.workshop_shown {
            return;
        }
        self.workshop_shown = on;
        ctx.send_viewport_cmd(ViewportCommand::Fullscreen(on));
        let scale = self.prefs.ui_scale.clamp(0.5, 3.0);
        let workshop_zoom = (scale * screen::workshop_zoom(ctx)).max(scale * workshop::ZOOM_MIN);
        ctx.set_zoom_factor(if on { workshop_zoom } else { scale });
        self.state.journey.needs_fit = true;
        self.state.journey.renaming = None;
    }

    /// Hides the journeys of personas that are not compared, while comparing.
    fn update_compare(&mut self) {
        let map = &self.doc.map;
        self.state
            .personas
            .compare
            .retain(|p| map.persona(*p).is_some());
        self.state.personas.compare_hidden =
            if self.state.personas.comparing && self.state.personas.compare.len() >= 2 {
                map.journeys
                    .iter()
                    .filter(|j| {
                        !j.persona
                            .is_some_and(|p| self.state.personas.compare.contains(&p))
                    })
                    .map(|j| j.id)
                    .collect()
            } else {
                HashSet::new()
            };
    }
}

impl eframe::App for KlantreisApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.prefs);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // The last guard: the window is going, a save in flight finishes first.
        if let Err(e) = self.wait_for_io() {
            eprintln!("{e}");
        }
    }
}
