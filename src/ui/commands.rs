//! One list of commands feeds the menus, the shortcuts and the buttons.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::model::PhaseTemplate;

use super::calendar::Page;

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
    ShowPage(super::calendar::Page),
    /// Export the calendar or the steps to a file.
    Export(crate::export::DataExport),
    /// Show the keyboard shortcuts.
    ShowShortcuts,
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
        ]
    }

    /// The shortcut shown beside the command in menus.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        Self::shortcuts()
            .into_iter()
            .find(|(c, _)| c == self)
            .map(|(_, s)| s)
    }

    /// The menu text.
    pub fn label(&self) -> String {
        match self {
            Command::New(template) => {
                format!("New: {}", template.label(crate::model::Language::En))
            }
            Command::Open => "Open…".to_owned(),
            Command::OpenPath => "Open by typing a path…".to_owned(),
            Command::OpenRecent(path) => path.display().to_string(),
            Command::Save => "Save".to_owned(),
            Command::SaveAs => "Save As…".to_owned(),
            Command::ExportPictures => "Export pictures (SVG, PNG, PDF)…".to_owned(),
            Command::Close => "Close".to_owned(),
            Command::Quit => "Quit".to_owned(),
            Command::Undo => "Undo".to_owned(),
            Command::Redo => "Redo".to_owned(),
            Command::Delete => "Delete".to_owned(),
            Command::SelectAll => "Select all steps".to_owned(),
            Command::ZoomIn => "Zoom in".to_owned(),
            Command::ZoomOut => "Zoom out".to_owned(),
            Command::ZoomFit => "Fit map to window".to_owned(),
            Command::ShowPage(Page::Journey) => "Journey map".to_owned(),
            Command::ShowPage(Page::Calendar) => "Content calendar".to_owned(),
            Command::ShowPage(Page::Table) => "Content table".to_owned(),
            Command::Export(kind) => format!("{}…", kind.label()),
            Command::ShowShortcuts => "Keyboard shortcuts".to_owned(),
        }
    }
}
