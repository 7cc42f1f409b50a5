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
    /// Export the map: a picture (SVG, PNG, PDF), the HTML map, the slides (PDF, PowerPoint).
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
    /// The previous or next step of the walked journey.
    WalkSteps(Way),
    /// The first or last step of the walked journey.
    WalkToEnd(Way),
    /// The nearest step of the previous or next visible journey.
    WalkJourneys(Way),
    /// The previous or next phase (in workshop mode: the focused phase).
    WalkPhases(Way),
    /// The selected steps' emotion one level down or up.
    NudgeEmotion(Way),
    /// The selected steps earlier or later in time.
    NudgeTime(Way),
    /// A new step after the selected one.
    InsertStep,
    /// Rename the selected phase on the canvas.
    RenamePhase,
    /// Start or pause the workshop timer.
    ToggleTimer,
    /// Clear workshop mode's capture bar; when it is empty, leave workshop mode.
    LeaveWorkshop,
    /// Merge another copy of the map (a "conflicted copy", a copy sent by e-mail) into this one.
    MergeCopy,
    /// Compare the map with another version: its curves as ghosts, its changes listed.
    CompareWith,
    /// Open invitations for the room (participants' phones), or close them.
    Invite,
    /// Accept the oldest note the room sent.
    AcceptNote,
    /// Hide the oldest note the room sent.
    HideNote,
    /// Accept every note the room sent.
    AcceptAllNotes,
    /// Give the map's summary (the canvas in words) to the screen reader.
    ReadSummary,
    /// Keep a named copy of the map's content inside the file.
    SaveSnapshot,
    /// The list of the map's snapshots: compare, restore, rename, delete.
    Snapshots,
    /// Import measurements or survey scores from a CSV export.
    ImportMeasurements,
}

/// Which way a walk or a nudge goes: back (left, up, earlier, lower) or on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Way {
    /// Left, earlier, previous; down in emotion.
    Back,
    /// Right, later, next; up in emotion.
    On,
}

impl Way {
    /// The step of a walk: -1 or +1.
    pub fn delta(self) -> isize {
        match self {
            Way::Back => -1,
            Way::On => 1,
        }
    }
}

/// Where a command's keys work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Everywhere in the window: the menus' shortcuts.
    Window,
    /// On the journey canvas, when it has the keyboard.
    Canvas,
    /// In workshop mode.
    Workshop,
}

const CMD: Modifiers = Modifiers::COMMAND;
const NONE: Modifiers = Modifiers::NONE;
const ALT: Modifiers = Modifiers::ALT;
const ALT_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::ALT
};
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
            (Command::Invite, KeyboardShortcut::new(CMD, Key::I)),
            // Shift first: Alt+Shift+A must not also accept one note.
            (
                Command::AcceptAllNotes,
                KeyboardShortcut::new(ALT_SHIFT, Key::A),
            ),
            (Command::AcceptNote, KeyboardShortcut::new(ALT, Key::A)),
            (Command::HideNote, KeyboardShortcut::new(ALT, Key::H)),
            (
                Command::ReadSummary,
                KeyboardShortcut::new(CMD_SHIFT, Key::M),
            ),
        ]
    }

    /// The keys of a scope, in the order they are tried: a key with
    /// modifiers comes before the same key without, which would match it too.
    /// Keys of one command stand in the order its label names them
    /// ("Previous / next step": Left, then Right), as the help window shows them.
    /// The window's keys are [`Command::shortcuts`].
    pub fn keys(scope: Scope) -> Vec<(Command, KeyboardShortcut)> {
        use Command::{InsertStep, LeaveWorkshop, RenamePhase, ToggleTimer};
        use Command::{NudgeEmotion, NudgeTime, WalkJourneys, WalkPhases, WalkSteps, WalkToEnd};
        use Way::{Back, On};
        let key = KeyboardShortcut::new;
        match scope {
            Scope::Window => Self::shortcuts(),
            Scope::Canvas => vec![
                (NudgeEmotion(On), key(ALT, Key::ArrowUp)),
                (NudgeEmotion(Back), key(ALT, Key::ArrowDown)),
                (NudgeTime(Back), key(ALT, Key::ArrowLeft)),
                (NudgeTime(On), key(ALT, Key::ArrowRight)),
                (WalkSteps(Back), key(NONE, Key::ArrowLeft)),
                (WalkSteps(On), key(NONE, Key::ArrowRight)),
                (WalkToEnd(Back), key(NONE, Key::Home)),
                (WalkToEnd(On), key(NONE, Key::End)),
                (WalkJourneys(On), key(NONE, Key::ArrowDown)),
                (WalkJourneys(Back), key(NONE, Key::ArrowUp)),
                (WalkPhases(Back), key(NONE, Key::PageUp)),
                (WalkPhases(On), key(NONE, Key::PageDown)),
                (InsertStep, key(NONE, Key::Insert)),
                (RenamePhase, key(NONE, Key::Enter)),
            ],
            Scope::Workshop => vec![
                (LeaveWorkshop, key(NONE, Key::Escape)),
                (ToggleTimer, key(CMD, Key::T)),
                (NudgeEmotion(On), key(ALT, Key::ArrowUp)),
                (NudgeEmotion(Back), key(ALT, Key::ArrowDown)),
                (WalkJourneys(On), key(CMD, Key::ArrowDown)),
                (WalkJourneys(Back), key(CMD, Key::ArrowUp)),
                (WalkSteps(Back), key(NONE, Key::ArrowLeft)),
                (WalkSteps(On), key(NONE, Key::ArrowRight)),
                (WalkPhases(Back), key(NONE, Key::PageUp)),
                (WalkPhases(Back), key(NONE, Key::ArrowUp)),
                (WalkPhases(On), key(NONE, Key::PageDown)),
                (WalkPhases(On), key(NONE, Key::ArrowDown)),
            ],
        }
    }

    /// The first key of a scope pressed this frame for which `allowed`
    /// holds, taken from the input (so nothing else sees it).
    pub fn pressed(
        ctx: &egui::Context,
        scope: Scope,
        allowed: impl Fn(&Command) -> bool,
    ) -> Option<Command> {
        Self::keys(scope)
            .into_iter()
            .find_map(|(command, shortcut)| {
                (allowed(&command) && ctx.input_mut(|i| i.consume_shortcut(&shortcut)))
                    .then_some(command)
            })
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
        let w = crate::i18n::workshop::t();
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
            Command::WalkSteps(_) => w.do_left_right,
            Command::WalkToEnd(_) => w.do_home_end,
            Command::WalkJourneys(_) => w.do_up_down,
            Command::WalkPhases(_) => w.do_pages,
            Command::NudgeEmotion(_) => w.do_alt_up_down,
            Command::NudgeTime(_) => w.do_alt_left_right,
            Command::InsertStep => w.do_insert,
            Command::RenamePhase => w.do_enter,
            Command::ToggleTimer => w.do_timer,
            Command::LeaveWorkshop => w.do_escape,
            Command::MergeCopy => crate::i18n::merge::t().cmd_merge_copy,
            Command::CompareWith => crate::i18n::merge::t().cmd_compare,
            Command::Invite => first_part(crate::i18n::room::t().invite),
            Command::AcceptNote => first_part(crate::i18n::room::t().accept),
            Command::HideNote => first_part(crate::i18n::room::t().hide),
            Command::AcceptAllNotes => first_part(crate::i18n::room::t().accept_all),
            Command::ReadSummary => crate::i18n::canvas::t().map_summary,
            Command::SaveSnapshot => crate::i18n::iterate::t().save_snapshot,
            Command::Snapshots => crate::i18n::iterate::t().snapshots,
            Command::ImportMeasurements => crate::i18n::measure::t().cmd_import,
        };
        text.to_owned()
    }
}

/// A label without the key it names in brackets ("Accept (Alt+A)" → "Accept"):
/// menus and the help show the key beside it.
fn first_part(label: &'static str) -> &'static str {
    label.split(" (").next().unwrap_or(label)
}
