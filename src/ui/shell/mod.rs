//! The editor window: document handling, menus, panels, and the one place
//! where queued edits are applied to the map.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use egui::{RichText, ViewportCommand};
use serde::{Deserialize, Serialize};

use crate::edit::{Edit, Gesture, History};
use crate::i18n::{Language, fill, plural};
use crate::io;
use crate::model::{
    ContentId, JourneyId, Map, PersonaId, PhaseId, PhaseTemplate, Problem, StepId, validate,
};
use crate::scene::View;

use super::calendar::Page;
use super::commands::Command;
use super::{canvas, inspector, lanes, theme};
use crate::export::{DataExport, Separator};
use crate::io::autosave::{AutosaveTiming, Autosaver};
use crate::io::recovery;
use crate::io::watch::{FileWatch, read_only_reason};
use crate::io::worker::{DocumentId, Done, OpenDone, OpenJob, SaveDone, SaveJob, SaveOutcome};

/// The example map the app opens when started without a file.
pub const EXAMPLE_MAP: &str = include_str!("../../maps/clothing.ron");

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
}

impl Document {
    /// A document for a map, saved at `path` (or never saved).
    pub fn new(map: Map, path: Option<PathBuf>) -> Self {
        Self {
            id: DocumentId::fresh(),
            map: Arc::new(map),
            path,
            history: History::new(),
            stamp: None,
            read_only: None,
            lock: None,
        }
    }

    /// The name shown in the title bar.
    pub fn display_name(&self) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || crate::i18n::app::t().untitled_map.to_owned(),
            |n| n.to_string_lossy().into_owned(),
        )
    }
}

/// What is selected.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Selection {
    /// Nothing: the inspector shows the map itself.
    #[default]
    None,
    /// One or more steps.
    Steps(Vec<StepId>),
    /// A phase.
    Phase(PhaseId),
    /// A journey.
    Journey(JourneyId),
    /// A persona.
    Persona(PersonaId),
    /// A content item.
    Content(ContentId),
}

impl Selection {
    /// Whether this step is selected.
    pub fn has_step(&self, id: StepId) -> bool {
        matches!(self, Selection::Steps(ids) if ids.contains(&id))
    }

    /// The selected steps.
    pub fn steps(&self) -> &[StepId] {
        match self {
            Selection::Steps(ids) => ids,
            _ => &[],
        }
    }
}

/// App state that is not the document: selection, view, what is shown.
pub struct State {
    /// What is selected.
    pub selection: Selection,
    /// The time axis's zoom and pan.
    pub view: View,
    /// Whether the view still has to be fitted to the canvas.
    pub needs_fit: bool,
    /// The view as last fitted, and the plot width it was fitted to: while
    /// the user has not zoomed or panned, a resized window fits again.
    pub fitted: Option<(View, f32)>,
    /// Journeys the user has hidden.
    pub hidden: HashSet<JourneyId>,
    /// The journey drawn on top and used for new steps and the lanes.
    pub focus: Option<JourneyId>,
    /// Whether dragged and new steps snap to the emotion scale's levels.
    pub snap: bool,
    /// The canvas's area in the last frame (tests and zoom commands use it).
    pub canvas_rect: egui::Rect,
    /// The phase whose name is being edited on the canvas, and the text so far.
    pub renaming: Option<(PhaseId, String)>,
    /// A running canvas gesture.
    pub drag: Option<canvas::Drag>,
    /// Counts gestures, so each drag is its own undo step.
    pub gesture_counter: u64,
    /// Set when a gesture (a drag, typing in a field) ends this frame.
    pub gesture_ended: bool,
    /// Textures of the personas' photos.
    pub avatars: super::personas::Avatars,
    /// A photo to attach: the persona, and the picture file (`None`: ask for one).
    pub photo_request: Option<(PersonaId, Option<PathBuf>)>,
    /// The persona whose card is shown.
    pub card: Option<PersonaId>,
    /// The persona the user asked to delete (a dialog asks what happens to its journeys).
    pub delete_persona: Option<PersonaId>,
    /// Whether compare mode is on.
    pub comparing: bool,
    /// The personas compared.
    pub compare: Vec<PersonaId>,
    /// Journeys hidden because their persona is not compared.
    pub compare_hidden: HashSet<JourneyId>,
    /// Whether the persona panel is shown.
    pub show_personas: bool,
    /// The page shown, and the content calendar's and table's state.
    pub content: super::calendar::ContentView,
    /// Whether the keyboard shortcuts window is open.
    pub show_shortcuts: bool,
    /// Workshop mode, while it is on.
    pub workshop: Option<super::workshop::Workshop>,
}

impl Default for State {
    fn default() -> Self {
        Self {
            selection: Selection::None,
            view: View::default(),
            needs_fit: true,
            fitted: None,
            hidden: HashSet::new(),
            focus: None,
            snap: true,
            canvas_rect: egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1000.0, 500.0)),
            renaming: None,
            drag: None,
            gesture_counter: 0,
            gesture_ended: false,
            avatars: super::personas::Avatars::default(),
            photo_request: None,
            card: None,
            delete_persona: None,
            comparing: false,
            compare: Vec::new(),
            compare_hidden: HashSet::new(),
            show_personas: true,
            content: super::calendar::ContentView::default(),
            show_shortcuts: false,
            workshop: None,
        }
    }
}

impl State {
    /// Forgets everything that belonged to the map that was open: selection,
    /// hidden journeys, the persona card, compare mode, a photo or deletion
    /// asked for, renaming, a drag, the calendar's place. What is about the
    /// window (panels shown, snapping, the page, workshop mode) stays.
    pub fn forget_document(&mut self) {
        self.selection = Selection::None;
        self.needs_fit = true;
        self.fitted = None;
        self.hidden.clear();
        self.focus = None;
        self.renaming = None;
        self.drag = None;
        self.gesture_ended = false;
        self.avatars = super::personas::Avatars::default();
        self.photo_request = None;
        self.card = None;
        self.delete_persona = None;
        self.comparing = false;
        self.compare.clear();
        self.compare_hidden.clear();
        self.content.needs_placing = true;
        self.content.filter = super::calendar::ContentFilter::default();
        self.content.dragging = None;
        self.content.days.clear();
        if let Some(workshop) = &mut self.workshop {
            workshop.phase = None;
            workshop.fitted_phase = None;
            workshop.message = None;
        }
    }

    /// Whether a journey is drawn.
    pub fn is_visible(&self, id: JourneyId) -> bool {
        !self.hidden.contains(&id) && !self.compare_hidden.contains(&id)
    }

    /// The journey new steps go to and the lanes show: the focused one, or the
    /// first visible one.
    pub fn active_journey(&self, map: &Map) -> Option<JourneyId> {
        self.focus
            .filter(|f| map.journey(*f).is_some() && self.is_visible(*f))
            .or_else(|| {
                map.journeys
                    .iter()
                    .map(|j| j.id)
                    .find(|id| self.is_visible(*id))
            })
    }

    /// The phase the selection is in: the selected phase, or the first selected step's.
    pub fn selected_phase(&self, map: &Map) -> Option<PhaseId> {
        match &self.selection {
            Selection::Phase(p) => Some(*p),
            Selection::Steps(ids) => ids
                .first()
                .and_then(|id| map.step(*id))
                .map(|(_, s)| s.phase),
            _ => None,
        }
    }

    /// A fresh gesture key for a drag.
    pub fn next_drag(&mut self) -> Gesture {
        self.gesture_counter += 1;
        Gesture::Drag(self.gesture_counter)
    }
}

/// Light, dark, or as the system says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
    /// Black on white with strong lines and thick curves, for projectors.
    HighContrast,
}

/// The interface's language: the system's, or one the user chose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum LanguageChoice {
    /// Follow the system's locale.
    #[default]
    System,
    /// English.
    English,
    /// Dutch.
    Dutch,
}

impl LanguageChoice {
    /// The language this choice means on this system.
    pub fn resolve(self) -> Language {
        match self {
            LanguageChoice::System => crate::i18n::system_language(),
            LanguageChoice::English => Language::En,
            LanguageChoice::Dutch => Language::Nl,
        }
    }
}

/// Preferences kept between runs (never in the map file).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Recently opened or saved maps, newest first.
    pub recent: Vec<PathBuf>,
    /// The colour theme.
    pub theme: ThemeChoice,
    /// The interface scale (1.0 = 100 %).
    pub ui_scale: f32,
    /// Whether CSV exports separate fields with semicolons (Excel set to
    /// Dutch) instead of commas.
    pub csv_semicolons: bool,
    /// The interface's language.
    pub language: LanguageChoice,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            recent: Vec::new(),
            theme: ThemeChoice::System,
            ui_scale: 1.0,
            csv_semicolons: false,
            language: LanguageChoice::System,
        }
    }
}

impl Prefs {
    fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}

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
    /// Type a file path.
    TypedPath {
        /// Open or save.
        purpose: PathPurpose,
        /// The text typed so far.
        text: String,
        /// Why the dialog is shown, when it is a fallback.
        note: Option<String>,
    },
}

/// A native file dialog running off the UI thread.
struct PendingFileDialog {
    /// The document the file is asked for; the answer is dropped when
    /// another map is open by then.
    document: DocumentId,
    purpose: PathPurpose,
    started: Instant,
    answer: mpsc::Receiver<Option<PathBuf>>,
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
    /// The first failure among the opens and saves started since the worker
    /// was last idle ([`Self::wait_for_io`] reports it).
    io_failure: Option<String>,
    title: String,
    /// Writes recovery copies; `None` when there is no recovery folder.
    pub autosave: Option<Autosaver>,
    /// Recovery copies found at start, waiting for the user's decision.
    pub recovered: Vec<recovery::Recovered>,
    /// Watches the open file for changes made outside the app.
    watch: FileWatch,
    photo_results: (mpsc::Sender<PhotoResult>, mpsc::Receiver<PhotoResult>),
    photos_pending: usize,
    had_focus: bool,
    lock_refreshed: Instant,
    /// The File → Export window, while open.
    pub picture_export: Option<super::export_dialog::ExportDialog>,
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
            io_failure: None,
            title: String::new(),
            autosave: None,
            recovered: Vec::new(),
            watch: FileWatch::start(),
            photo_results: mpsc::channel(),
            photos_pending: 0,
            had_focus: true,
            lock_refreshed: Instant::now(),
            picture_export: None,
        };
        let problems = validate(&map);
        app.replace_document(Document::new(map, path), &problems);
        app
    }

    /// The app starting in workshop mode (`klantreis --workshop FILE`).
    pub fn in_workshop(mut self) -> Self {
        self.state.workshop = Some(super::workshop::Workshop::default());
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

    /// The app as eframe starts it: preferences from storage, the file from the command line.
    pub fn from_creation(cc: &eframe::CreationContext<'_>, file: Option<PathBuf>) -> Self {
        let mut app = Self::with_example();
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
        if let Some(file) = file {
            // On failure the example stays open, with the error shown above it.
            app.open_path(&file);
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
        super::theme::set_high_contrast(ctx, self.prefs.theme == ThemeChoice::HighContrast);
        ctx.set_zoom_factor(self.prefs.ui_scale.clamp(0.5, 3.0));
    }

    /// Starts autosave into the recovery folder `dir`, and offers the copies
    /// that earlier sessions left there.
    pub fn enable_safety(&mut self, dir: &Path, timing: AutosaveTiming) {
        self.recovered = recovery::find(dir);
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
        if !self.recovered.is_empty() {
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
        if !self.recovered.is_empty() {
            self.dialog = Some(Dialog::Recover);
        }
    }

    /// Puts `doc` in place of the open map. Everything that belonged to the
    /// old map goes with it: the per-document state, the export window, a
    /// file dialog, an open asked for from it, and a photo or a save still
    /// running (their results name the old document and are dropped when
    /// they arrive).
    fn replace_document(&mut self, doc: Document, problems: &[Problem]) {
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
    fn on_opened(&mut self, done: OpenDone) {
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
                    ("who", &owner.who),
                    ("since", &owner.since),
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

    fn write_to(&mut self, path: &Path, check_disk: bool) {
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
    fn on_saved(&mut self, done: SaveDone) {
        self.saves_running = self.saves_running.saturating_sub(1);
        if done.document != self.doc.id {
            return;
        }
        let path = done.path;
        let known = self.doc.path.clone().zip(self.doc.stamp.clone());
        match done.outcome {
            SaveOutcome::Saved { stamp, lock } => {
                if self.doc.path.as_deref() != Some(path.as_path()) {
                    self.doc.lock = None;
                    self.doc.lock = lock;
                    self.doc.read_only = None;
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
    fn start_io(&mut self) {
        if !self.files.busy() {
            self.io_failure = None;
        }
    }

    /// Handles what the save and open worker finished.
    fn receive_files(&mut self) {
        while let Some(done) = self.files.try_recv() {
            self.on_file_done(done);
        }
    }

    fn on_file_done(&mut self, done: Done) {
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
            let _ = self.doc
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

    /// Runs a command now.
    pub fn run(&mut self, command: Command) {
        let dirty = self.doc.history.is_dirty();
        let guarded = |then: Then| if dirty { Err(then) } else { Ok(then) };
        let then = match command {
            Command::New(template) => guarded(Then::New(template)),
            Command::Open => guarded(Then::Open),
            Command::OpenPath => guarded(Then::OpenPath),
            Command::OpenRecent(path) => guarded(Then::OpenFile(path)),
            Command::Close => guarded(Then::Close),
            Command::Quit => guarded(Then::Quit),
            Command::Save => {
                match self.doc.path.clone() {
                    Some(path) => self.save_to(&path),
                    None => self.ask_path(PathPurpose::Save, None),
                }
                return;
            }
            Command::SaveAs => {
                self.ask_path(PathPurpose::Save, None);
                return;
            }
            Command::ExportPictures => {
                let state = &self.state;
                self.picture_export = Some(
                    super::export_dialog::ExportDialog::new(
                        &self.doc.map,
                        self.doc.path.as_deref(),
                        &|id| state.is_visible(id),
                    )
                    .for_document(self.doc.id),
                );
                return;
            }
            Command::Undo => {
                self.state.drag = None;
                self.doc.history.undo(Arc::make_mut(&mut self.doc.map));
                self.forget_missing_selection();
                return;
            }
            Command::Redo => {
                self.state.drag = None;
                self.doc.history.redo(Arc::make_mut(&mut self.doc.map));
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
                let plot = crate::scene::plot_rect(self.state.canvas_rect);
                let factor = if command == Command::ZoomIn {
                    1.25
                } else {
                    0.8
                };
                self.state.view.zoom_around(factor, plot.center().x, plot);
                return;
            }
            Command::ZoomFit => {
                self.state.needs_fit = true;
                return;
            }
            Command::ShowPage(page) => {
                self.state.content.page = page;
                return;
            }
            Command::ShowShortcuts => {
                self.state.show_shortcuts = true;
                return;
            }
            Command::Workshop => {
                self.state.workshop = match self.state.workshop.take() {
                    Some(_) => None,
                    None => Some(super::workshop::Workshop::default()),
                };
                return;
            }
            Command::Export(kind) => {
                self.ask_path(PathPurpose::Export(kind), None);
                return;
            }
        };
        match then {
            Ok(then) => self.proceed(then),
            Err(then) => self.dialog = Some(Dialog::Unsaved(then)),
        }
    }

    /// Does what was asked, with unsaved changes dealt with.
    fn proceed(&mut self, then: Then) {
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

    /// Asks for a file: the native dialog off the UI thread, or a typed path.
    fn ask_path(&mut self, purpose: PathPurpose, note: Option<String>) {
        if !self.native_dialogs {
            let text = match purpose {
                PathPurpose::Save => self
                    .doc
                    .path
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
                PathPurpose::Open | PathPurpose::Photo(_) => String::new(),
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
                    PathPurpose::Open | PathPurpose::Photo(_) => dialog.pick_file().await,
                    PathPurpose::Save | PathPurpose::Export(_) => {
                        dialog.set_file_name(file_name).save_file().await
                    }
                }
            });
            let _ = send.send(picked.map(|f| f.path().to_path_buf()));
        });
        self.file_dialog = Some(PendingFileDialog {
            document: self.doc.id,
            purpose,
            started: Instant::now(),
            answer,
        });
    }

    fn poll_file_dialog(&mut self, ctx: &egui::Context) {
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
            Err(mpsc::TryRecvError::Empty) => ctx.request_repaint_after(Duration::from_millis(100)),
        }
    }

    fn use_path(&mut self, purpose: PathPurpose, path: &Path) {
        match purpose {
            PathPurpose::Open => self.open_path(path),
            PathPurpose::Save => self.save_to(path),
            PathPurpose::Photo(persona) => self.attach_photo(persona, path),
            PathPurpose::Export(kind) => {
                let _ = self.export_to(kind, path);
            }
        }
    }

    /// Where an export goes unless the user says otherwise: beside the map.
    fn export_path(&self, kind: DataExport) -> PathBuf {
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

    fn export_replacing(
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

    /// Makes a persona's photo from a picture file, off the UI thread; the
    /// persona changes (one undo step) when the picture is ready, or a
    /// message says why it cannot be used.
    pub fn attach_photo(&mut self, persona: PersonaId, path: &Path) {
        let path = path.to_path_buf();
        let send = self.photo_results.0.clone();
        let document = self.doc.id;
        // Its message in the interface's language.
        std::thread::spawn(crate::i18n::carried(move || {
            let _ = send.send((
                document,
                persona,
                io::photo::photo_from_file(&path).map_err(|e| e.to_string()),
            ));
        }));
        self.photos_pending += 1;
    }

    /// Whether pictures are still being turned into photos.
    pub fn photos_pending(&self) -> bool {
        self.photos_pending > 0
    }

    fn receive_photos(&mut self, ctx: &egui::Context) {
        while let Ok((document, id, result)) = self.photo_results.1.try_recv() {
            self.photos_pending = self.photos_pending.saturating_sub(1);
            if document != self.doc.id {
                // Made for a map that is no longer open.
                continue;
            }
            match (result, self.doc.map.persona(id)) {
                (Ok(photo), Some(persona)) => {
                    let changed = crate::model::Persona {
                        photo: Some(photo),
                        ..persona.clone()
                    };
                    self.edits.push((Edit::SetPersona(changed), None));
                }
                (Ok(_), None) => {}
                (Err(message), _) => {
                    self.notice = Some(Notice {
                        text: message,
                        is_error: true,
                    })
                }
            }
        }
        if self.photos_pending > 0 {
            ctx.request_repaint_after(Duration::from_millis(50));
        }
        if let Some((persona, file)) = self.state.photo_request.take() {
            match file {
                Some(path) => self.attach_photo(persona, &path),
                None => self.ask_path(PathPurpose::Photo(persona), None),
            }
        }
    }

    fn handle_input(&mut self, ctx: &egui::Context) {
        let typing = ctx.egui_wants_keyboard_input();
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
            self.state.renaming = None;
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
    }

    /// The window title as it is now.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// Draws one frame and handles its input.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        crate::i18n::set_language(self.prefs.language.resolve());
        if !self.files.has_wake() {
            let wake = ctx.clone();
            self.files
                .set_wake(Box::new(move || wake.request_repaint()));
        }
        self.receive_files();
        self.handle_input(&ctx);
        self.poll_file_dialog(&ctx);
        self.watch_file(&ctx);
        self.receive_photos(&ctx);
        self.update_compare();
        self.run_commands();
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
        if self.state.workshop.is_some() {
            let leave =
                super::workshop::workshop_ui(ui, &self.doc.map, &mut self.state, &mut self.edits);
            if leave {
                self.state.workshop = None;
            }
        } else {
            self.editor_ui(ui);
        }
        super::personas::card_window(&ctx, &self.doc.map, &mut self.state);
        super::help::shortcuts_window(&ctx, &mut self.state.show_shortcuts);
        super::personas::compare_window(&ctx, &self.doc.map, &mut self.state);
        self.delete_persona_ui(&ctx);
        self.dialog_ui(&ctx);
        self.opening_ui(&ctx);
        super::export_dialog::export_window(
            &ctx,
            &self.doc.map,
            (self.doc.id, self.doc.history.revision()),
            &mut self.picture_export,
        );
        if std::mem::take(&mut self.state.gesture_ended) {
            self.doc.history.end_gesture();
        }
        self.apply_queued();
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

    /// Shows that a map is being read, with a way to stop waiting for it.
    fn opening_ui(&mut self, ctx: &egui::Context) {
        let Some(opening) = &self.opening else {
            return;
        };
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
        egui::Panel::right("inspector")
            .resizable(true)
            .default_size(340.0)
            .min_size(260.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    inspector::inspector_ui(ui, &self.doc.map, &mut self.state, &mut self.edits);
                });
            });
        if self.state.show_personas && self.state.content.page == Page::Journey {
            egui::Panel::left("personas")
                .resizable(true)
                .default_size(230.0)
                .min_size(180.0)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("personas-scroll")
                        .show(ui, |ui| {
                            super::personas::personas_panel_ui(
                                ui,
                                &self.doc.map,
                                &mut self.state,
                                &mut self.edits,
                            );
                        });
                });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            self.notice_ui(ui);
            page_tabs_ui(ui, &mut self.state.content.page);
            match self.state.content.page {
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
                            lanes::lanes_ui(ui, &self.doc.map, &mut self.state);
                        });
                }
                Page::Calendar => super::calendar::calendar_ui(
                    ui,
                    &self.doc.map,
                    &mut self.state,
                    &mut self.edits,
                ),
                Page::Table => super::content_table::table_ui(
                    ui,
                    &self.doc.map,
                    &mut self.state,
                    &mut self.edits,
                ),
            }
        });
    }

    /// Full screen and large type while workshop mode is on; back as before when it ends.
    fn sync_workshop(&mut self, ctx: &egui::Context) {
        let on = self.state.workshop.is_some();
        if on == self.workshop_shown {
            return;
        }
        self.workshop_shown = on;
        ctx.send_viewport_cmd(ViewportCommand::Fullscreen(on));
        let scale = self.prefs.ui_scale.clamp(0.5, 3.0);
        ctx.set_zoom_factor(if on {
            scale * super::workshop::ZOOM
        } else {
            scale
        });
        self.state.needs_fit = true;
        self.state.renaming = None;
    }

    /// Hides the journeys of personas that are not compared, while comparing.
    fn update_compare(&mut self) {
        let map = &self.doc.map;
        self.state.compare.retain(|p| map.persona(*p).is_some());
        self.state.compare_hidden = if self.state.comparing && self.state.compare.len() >= 2 {
            map.journeys
                .iter()
                .filter(|j| !j.persona.is_some_and(|p| self.state.compare.contains(&p)))
                .map(|j| j.id)
                .collect()
        } else {
            HashSet::new()
        };
    }

    fn delete_persona_ui(&mut self, ctx: &egui::Context) {
        let Some(id) = self.state.delete_persona else {
            return;
        };
        let Some(persona) = self.doc.map.persona(id) else {
            self.state.delete_persona = None;
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
                    self.state.delete_persona = None;
                }
            });
        });
        if let Some(with_journeys) = answer {
            if let Some(edit) = crate::edit::ops::delete_persona(&self.doc.map, id, with_journeys) {
                self.edits.push((edit, None));
            }
            self.state.delete_persona = None;
        }
    }

    fn autosave_tick(&mut self, ctx: &egui::Context) {
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
        if self.lock_refreshed.elapsed() >= io::lock::REFRESH_EVERY {
            self.lock_refreshed = Instant::now();
            if let Some(lock) = &self.doc.lock {
                lock.refresh();
            }
        }
    }

    /// Handles what the file watcher found, and looks again when the window gets focus back.
    fn watch_file(&mut self, ctx: &egui::Context) {
        let focused = ctx.input(|i| i.focused);
        if focused && !self.had_focus {
            self.watch.check_now();
        }
        self.had_focus = focused;
        if self.saves_running == 0 {
            self.receive_disk_states();
        }
        ctx.request_repaint_after(FileWatch::POLL);
    }

    /// Handles what the file watcher found so far.
    fn receive_disk_states(&mut self) {
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

    fn on_disk_state(&mut self, state: io::DiskState) {
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

    fn menu_ui(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            let t = crate::i18n::app::t();
            ui.menu_button(t.menu_file, |ui| {
                ui.menu_button(t.menu_new, |ui| {
                    for template in PhaseTemplate::ALL {
                        let command = Command::New(template);
                        if self.menu_item(ui, &command, template.label(crate::i18n::language())) {
                            self.commands.push(command);
                        }
                    }
                });
                for command in [Command::Open, Command::OpenPath] {
                    if self.menu_item(ui, &command, &command.label()) {
                        self.commands.push(command);
                    }
                }
                ui.menu_button(t.menu_open_recent, |ui| {
                    if self.prefs.recent.is_empty() {
                        ui.label(t.no_recent);
                    }
                    for path in self.prefs.recent.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            self.commands.push(Command::OpenRecent(path));
                        }
                    }
                });
                ui.separator();
                for command in [Command::Save, Command::SaveAs] {
                    if self.menu_item(ui, &command, &command.label()) {
                        self.commands.push(command);
                    }
                }
                if ui.button(t.save_as_typed).clicked() {
                    self.dialog = Some(Dialog::TypedPath {
                        purpose: PathPurpose::Save,
                        text: self
                            .doc
                            .path
                            .as_ref()
                            .map(|p| p.display().to_string())
                            .unwrap_or_default(),
                        note: None,
                    });
                }
                ui.separator();
                if self.menu_item(
                    ui,
                    &Command::ExportPictures,
                    &Command::ExportPictures.label(),
                ) {
                    self.commands.push(Command::ExportPictures);
                }
                ui.menu_button(t.export_data_menu, |ui| {
                    for kind in DataExport::ALL {
                        let command = Command::Export(kind);
                        if self.menu_item(ui, &command, &command.label()) {
                            self.commands.push(command);
                        }
                    }
                    ui.separator();
                    ui.checkbox(&mut self.prefs.csv_semicolons, t.csv_semicolons);
                });
                ui.separator();
                for command in [Command::Close, Command::Quit] {
                    if self.menu_item(ui, &command, &command.label()) {
                        self.commands.push(command);
                    }
                }
            });
            ui.menu_button(t.menu_edit, |ui| {
                let (undo, redo) = (self.doc.history.can_undo(), self.doc.history.can_redo());
                ui.add_enabled_ui(undo, |ui| {
                    if self.menu_item(ui, &Command::Undo, t.cmd_undo) {
                        self.commands.push(Command::Undo);
                    }
                });
                ui.add_enabled_ui(redo, |ui| {
                    if self.menu_item(ui, &Command::Redo, t.cmd_redo) {
                        self.commands.push(Command::Redo);
                    }
                });
                ui.separator();
                for command in [Command::SelectAll, Command::Delete] {
                    if self.menu_item(ui, &command, &command.label()) {
                        self.commands.push(command);
                    }
                }
                ui.separator();
                let problems = validate(&self.doc.map);
                ui.add_enabled_ui(!problems.is_empty(), |ui| {
                    if ui.button(t.repair_map).clicked() {
                        let mut repaired = Map::clone(&self.doc.map);
                        let changes: Vec<String> =
                            io::repair(&mut repaired, crate::i18n::problems::unassigned_phase())
                                .iter()
                                .map(ToString::to_string)
                                .collect();
                        self.edits.push((Edit::SetMap(Box::new(repaired)), None));
                        self.notice = Some(Notice {
                            text: crate::i18n::fill(t.repaired, &[("changes", &changes.join(" "))]),
                            is_error: false,
                        });
                    }
                });
            });
            ui.menu_button(t.menu_view, |ui| {
                for page in [Page::Journey, Page::Calendar, Page::Table] {
                    let command = Command::ShowPage(page);
                    if self.menu_item(ui, &command, &command.label()) {
                        self.commands.push(command);
                    }
                }
                if self.menu_item(ui, &Command::Workshop, &Command::Workshop.label()) {
                    self.commands.push(Command::Workshop);
                }
                ui.separator();
                for command in [Command::ZoomIn, Command::ZoomOut, Command::ZoomFit] {
                    if self.menu_item(ui, &command, &command.label()) {
                        self.commands.push(command);
                    }
                }
                ui.checkbox(&mut self.state.snap, t.snap);
                ui.checkbox(&mut self.state.show_personas, t.personas_panel);
                ui.separator();
                let before = self.prefs.clone();
                ui.label(t.theme);
                ui.radio_value(&mut self.prefs.theme, ThemeChoice::System, t.theme_system);
                ui.radio_value(&mut self.prefs.theme, ThemeChoice::Light, t.theme_light);
                ui.radio_value(&mut self.prefs.theme, ThemeChoice::Dark, t.theme_dark);
                ui.radio_value(
                    &mut self.prefs.theme,
                    ThemeChoice::HighContrast,
                    t.theme_high_contrast,
                );
                ui.separator();
                ui.label(t.language);
                let system = crate::i18n::fill(
                    t.language_system,
                    &[(
                        "language",
                        &crate::i18n::endonym(crate::i18n::system_language()),
                    )],
                );
                ui.radio_value(&mut self.prefs.language, LanguageChoice::System, system);
                ui.radio_value(
                    &mut self.prefs.language,
                    LanguageChoice::English,
                    crate::i18n::endonym(Language::En),
                );
                ui.radio_value(
                    &mut self.prefs.language,
                    LanguageChoice::Dutch,
                    crate::i18n::endonym(Language::Nl),
                );
                ui.separator();
                ui.label(t.interface_size);
                for scale in [0.9, 1.0, 1.25, 1.5, 2.0] {
                    ui.radio_value(
                        &mut self.prefs.ui_scale,
                        scale,
                        format!("{:.0} %", scale * 100.0),
                    );
                }
                if self.prefs != before {
                    self.apply_prefs(ui.ctx());
                }
            });
            ui.menu_button(t.menu_help, |ui| {
                let command = Command::ShowShortcuts;
                if self.menu_item(ui, &command, &command.label()) {
                    self.commands.push(command);
                }
            });
        });
    }

    /// A menu button showing the command's shortcut; returns whether it was clicked.
    fn menu_item(&self, ui: &mut egui::Ui, command: &Command, label: &str) -> bool {
        let mut button = egui::Button::new(label);
        if let Some(shortcut) = command.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        ui.add(button).clicked()
    }

    fn status_ui(&mut self, ui: &mut egui::Ui) {
        let t = crate::i18n::app::t();
        ui.horizontal(|ui| {
            let path = self
                .doc
                .path
                .as_ref()
                .map_or_else(|| t.not_saved_yet.to_owned(), |p| p.display().to_string());
            ui.label(path);
            if self.doc.history.is_dirty() {
                ui.label(RichText::new(t.unsaved_changes).color(theme::UNSAVED));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let percent = format!(
                    "{:.0}",
                    self.state.view.zoom / crate::scene::View::default().zoom * 100.0
                );
                ui.label(fill(t.zoom_status, &[("percent", &percent)]));
                ui.label(t.status_hint);
            });
        });
    }

    fn notice_ui(&mut self, ui: &mut egui::Ui) {
        let Some(notice) = &self.notice else { return };
        let (fill, ink) = if notice.is_error {
            (theme::ERROR_FILL, theme::ERROR_INK)
        } else {
            (theme::INFO_FILL, theme::INFO_INK)
        };
        let mut close = false;
        egui::Frame::new()
            .fill(fill)
            .inner_margin(8.0)
            .corner_radius(4.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.add(egui::Label::new(RichText::new(&notice.text).color(ink)).wrap());
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                        close = ui.button(crate::i18n::app::t().dismiss).clicked();
                    });
                });
            });
        if close {
            self.notice = None;
        }
    }

    fn dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = self.dialog.clone() else {
            return;
        };
        let modal = egui::Modal::new(egui::Id::unique("klantreis-dialog"));
        let t = crate::i18n::app::t();
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
            Dialog::ConfirmExport(kind, path) => {
                if let Some(replace) = super::export_dialog::replace_question(ctx, &path) {
                    self.dialog = None;
                    if replace {
                        let _ =
                            self.export_replacing(kind, &path, crate::picture::Replace::AnyButMaps);
                    }
                }
            }
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
                    });
                    if let Some(note) = &note {
                        ui.label(note);
                    }
                    let label = ui.label(t.file_path);
                    let field = ui
                        .add(
                            egui::TextEdit::singleline(&mut text)
                                .desired_width(480.0)
                                .hint_text(t.path_hint),
                        )
                        .labelled_by(label.id);
                    if !field.has_focus() && !field.lost_focus() {
                        field.request_focus();
                    }
                    let entered =
                        field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    ui.horizontal(|ui| {
                        let ok = match purpose {
                            PathPurpose::Open => t.typed_open,
                            PathPurpose::Save => t.cmd_save,
                            PathPurpose::Photo(_) => t.use_photo,
                            PathPurpose::Export(_) => t.typed_export,
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
                        let other_file = self.doc.path.as_deref() != Some(path.as_path());
                        if purpose == PathPurpose::Save && other_file && path.exists() {
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
}

impl KlantreisApp {
    fn recover_ui(&mut self, ctx: &egui::Context) {
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
            if self.recovered.is_empty() {
                self.dialog = None;
            }
        } else if later {
            self.recovered.clear();
            self.dialog = None;
        }
    }

    fn conflict_ui(&mut self, ctx: &egui::Context, saving: bool) {
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
            ui.horizontal(|ui| {
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
            _ => {
                // Keep what is open: take their version as the known one, so
                // the watcher does not ask again; a save still asks first.
                self.after_save = None;
            }
        }
    }
}

/// Whether a command saves, opens or closes the map (it waits for a save in flight).
fn is_about_the_file(command: &Command) -> bool {
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

/// The tabs that switch between the journey map, the calendar and the table.
fn page_tabs_ui(ui: &mut egui::Ui, page: &mut Page) {
    let t = crate::i18n::app::t();
    ui.horizontal(|ui| {
        for (choice, label) in [
            (Page::Journey, t.cmd_page_journey),
            (Page::Calendar, t.cmd_page_calendar),
            (Page::Table, t.cmd_page_table),
        ] {
            ui.selectable_value(page, choice, egui::RichText::new(label).size(15.0));
        }
    });
    ui.separator();
}

/// A file name for a map that has none yet: its title, made safe.
fn file_stem_for(doc: &Document) -> String {
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
fn local_time(time: chrono::DateTime<chrono::Utc>) -> String {
    time.with_timezone(&chrono::Local)
        .format(crate::i18n::app::t().time_format)
        .to_string()
}

/// The notice about a map's problems: how many, the first three, and how to repair them.
fn problems_notice(problems: &[Problem]) -> String {
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
