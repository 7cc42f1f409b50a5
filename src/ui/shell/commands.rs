//! One list of commands feeds the menus, the shortcuts and the buttons.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::fill;
use crate::model::PhaseTemplate;

use super::state::Page;

/// Something the user asks the app to do.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub enum Command {
    /// Start a new map from a phase template.
    New(PhaseTemplate),
    /// Choose a map file to open.
    Open,
    /// Type the path of a map file to open.
    OpenPath,
    /// Open a recently used file.
    OpenRecent(std::path::PathBuf),
    /// Save to the map's file (asks for one when it has none).
    Save,
    /// Save under a new name.
    SaveAs,
    /// Export pictures of the map (SVG, PNG, PDF).
    ExportPictures,
    /// Close the map (asks to save unsaved changes).
    Close,
    /// Quit the app (asks to save unsaved changes).
    Quit,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Delete the selection.
    Delete,
    /// Select every step of the visible journeys.
    SelectAll,
    /// Zoom in around the middle.
    ZoomIn,
    /// Zoom out around the middle.
    ZoomOut,
    /// Show the whole map.
    ZoomFit,
    /// Show the journey map, the content calendar or the content table.
    ShowPage(Page),
    /// Export the calendar or the steps to a file.
    Export(crate::export::DataExport),
    /// Show the keyboard shortcuts.
    ShowShortcuts,
    /// Enter or leave workshop mode (full screen, large, for a projector).
    Workshop,
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

impl Command {
    /// The commands with a keyboard shortcut, and their shortcuts (first one shown in menus).
    pub fn shortcuts() -> Vec<(Command, KeyboardShortcut)> {
        vec![
            (
                Command::New(PhaseTemplate::FivePhase),
                KeyboardShortcut::new(CMD, Key::N),
            ),
            (Command::Open, KeyboardShortcut::new(CMD, Key::O)),
            // Shift first: Ctrl+Shift+S must not also trigger Ctrl+S.
            (Command::SaveAs, KeyboardShortcut::new(CMD_SHIFT, Key::S)),
            (Command::Save, KeyboardShortcut::new(CMD, Key::S)),
            (Command::ExportPictures, KeyboardShortcut::new(CMD, Key::E)),
            (Command::Close, KeyboardShortcut::new(CMD, Key::W)),
            (Command::Quit, KeyboardShortcut::new(CMD, Key::Q)),
            (Command::Redo, KeyboardShortcut::new(CMD_SHIFT, Key::Z)),
            (Command::Undo, KeyboardShortcut::new(CMD, Key::Z)),
            (Command::Redo, KeyboardShortcut::new(CMD, Key::Y)),
            (Command::SelectAll, KeyboardShortcut::new(CMD, Key::A)),
            (Command::ZoomFit, KeyboardShortcut::new(CMD, Key::Num0)),
            (Command::ZoomIn, KeyboardShortcut::new(CMD, Key::Plus)),
            (Command::ZoomIn, KeyboardShortcut::new(CMD, Key::Equals)),
            (Command::ZoomOut, KeyboardShortcut::new(CMD, Key::Minus)),
            (
                Command::ShowPage(Page::Journey),
                KeyboardShortcut::new(CMD, Key::Num1),
            ),
            (
                Command::ShowPage(Page::Calendar),
                KeyboardShortcut::new(CMD, Key::Num2),
            ),
            (
                Command::ShowPage(Page::Table),
                KeyboardShortcut::new(CMD, Key::Num3),
            ),
            (
                Command::Delete,
                KeyboardShortcut::new(Modifiers::NONE, Key::Delete),
            ),
            (
                Command::ShowShortcuts,
                KeyboardShortcut::new(Modifiers::NONE, Key::F1),
            ),
            (
                Command::Workshop,
                KeyboardShortcut::new(Modifiers::NONE, Key::F11),
            ),
        ]
    }

    /// The shortcut shown beside the command in menus.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        Self::shortcuts()
            .into_iter()
            .find(|(c, _)| c == self)
            .map(|(_, s)| s)
    }

    /// The menu text, in the interface's language.
    pub fn label(&self) -> String {
        let t = crate::i18n::app::t();
        let text = match self {
            Command::New(template) => {
                return fill(
                    t.cmd_new,
                    &[("template", &template.label(crate::i18n::language()))],
                );
            }
            Command::OpenRecent(path) => return path.display().to_string(),
            Command::Export(kind) => return format!("{}…", kind.label()),
            Command::Open => t.cmd_open,
            Command::OpenPath => t.cmd_open_path,
            Command::Save => t.cmd_save,
            Command::SaveAs => t.cmd_save_as,
            Command::ExportPictures => t.cmd_export_pictures,
            Command::Close => t.cmd_close,
            Command::Quit => t.cmd_quit,
            Command::Undo => t.cmd_undo,
            Command::Redo => t.cmd_redo,
            Command::Delete => t.cmd_delete,
            Command::SelectAll => t.cmd_select_all,
            Command::ZoomIn => t.cmd_zoom_in,
            Command::ZoomOut => t.cmd_zoom_out,
            Command::ZoomFit => t.cmd_zoom_fit,
            Command::ShowPage(Page::Journey) => t.cmd_page_journey,
            Command::ShowPage(Page::Calendar) => t.cmd_page_calendar,
            Command::ShowPage(Page::Table) => t.cmd_page_table,
            Command::ShowShortcuts => t.cmd_shortcuts,
            Command::Workshop => t.cmd_workshop,
        };
        text.to_owned()
    }
}

/// Running a command: the one dispatch for menus, shortcuts and buttons.
mod dispatch {
    use super::super::*;

    impl KlantreisApp {
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
                        super::super::export_dialog::ExportDialog::new(
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
                        None => Some(crate::ui::workshop::Workshop::default()),
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
    }
}
