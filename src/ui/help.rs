//! Help > Keyboard shortcuts: every shortcut and mouse gesture in one window,
//! from the same command list that feeds the menus.

use egui::{Context, RichText};

use super::commands::Command;

/// The gestures of the journey map and the calendar, for the help window.
const GESTURES: [(&str, &str); 11] = [
    ("Add a step", "Double-click the canvas"),
    (
        "Move steps",
        "Drag them (View > Snap emotions to the scale)",
    ),
    ("Select more steps", "Shift+click, or Shift+drag a box"),
    ("Clear the selection", "Escape"),
    ("Rename a phase", "Double-click its name on the canvas"),
    ("Resize / reorder a phase", "Drag its right edge / its name"),
    (
        "Pan / zoom",
        "Drag the background or scroll / Ctrl+scroll or pinch",
    ),
    (
        "Copy steps to another map",
        "Ctrl+C, then Ctrl+V in the other window",
    ),
    ("Add a content item", "Double-click a day in the calendar"),
    ("Move a content item", "Drag it to another day"),
    ("See a phase's content", "Click the number in its header"),
];

/// The keyboard shortcuts window, while `open`.
pub fn shortcuts_window(ctx: &Context, open: &mut bool) {
    egui::Window::new("Keyboard shortcuts")
        .open(open)
        .collapsible(false)
        .resizable(false)
        .default_width(520.0)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts")
                .num_columns(2)
                .striped(true)
                .spacing([24.0, 6.0])
                .show(ui, |ui| {
                    // One row a command, its shortcuts side by side.
                    let mut rows: Vec<(Command, Vec<String>)> = Vec::new();
                    for (command, shortcut) in Command::shortcuts() {
                        let keys = ctx.format_shortcut(&shortcut);
                        match rows.iter_mut().find(|(c, _)| *c == command) {
                            Some((_, all)) => all.push(keys),
                            None => rows.push((command, vec![keys])),
                        }
                    }
                    for (command, keys) in rows {
                        ui.label(command.label());
                        ui.label(RichText::new(keys.join("  or  ")).monospace().strong());
                        ui.end_row();
                    }
                    for (what, how) in GESTURES {
                        ui.label(what);
                        ui.label(how);
                        ui.end_row();
                    }
                });
            ui.add_space(6.0);
            ui.weak("On macOS, Cmd takes the place of Ctrl.");
        });
}
