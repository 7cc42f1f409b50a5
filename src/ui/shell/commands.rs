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
