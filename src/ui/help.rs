//! Help > Keyboard shortcuts: every shortcut and mouse gesture in one window,
//! from the same command list that feeds the menus.

use egui::{Context, RichText};

use super::commands::Command;

/// The gestures of the journey map and the calendar, for the help window.
fn gestures() -> [(&'static str, &'static str); 11] {
    let t = crate::i18n::app::t();
    [
        (t.gesture_add_step, t.how_add_step),
        (t.gesture_move_steps, t.how_move_steps),
        (t.gesture_select_more, t.how_select_more),
        (t.gesture_clear_selection, t.how_clear_selection),
        (t.gesture_rename_phase, t.how_rename_phase),
        (t.gesture_resize_phase, t.how_resize_phase),
        (t.gesture_pan_zoom, t.how_pan_zoom),
        (t.gesture_copy_steps, t.how_copy_steps),
        (t.gesture_add_content, t.how_add_content),
        (t.gesture_move_content, t.how_move_content),
        (t.gesture_phase_content, t.how_phase_content),
    ]
}

/// The keyboard shortcuts window, while `open`.
pub fn shortcuts_window(ctx: &Context, open: &mut bool) {
    let t = crate::i18n::app::t();
    // The id stays the same in every language, so the window keeps its place.
    egui::Window::new(t.cmd_shortcuts)
        .id(egui::Id::unique("keyboard-shortcuts"))
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
                        ui.label(
                            RichText::new(keys.join(t.shortcuts_or))
                                .monospace()
                                .strong(),
                        );
                        ui.end_row();
                    }
                    for (what, how) in gestures() {
                        ui.label(what);
                        ui.label(how);
                        ui.end_row();
                    }
                });
            ui.add_space(6.0);
            ui.weak(t.macos_note);
        });
}
