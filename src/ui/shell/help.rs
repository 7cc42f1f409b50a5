//! Help > Keyboard shortcuts: every shortcut and mouse gesture in one window.
//! The keys come from the command list that feeds the menus and the
//! keyboard handling, so the window cannot tell of a key that does not work.

use egui::{Context, RichText};

use super::commands::{Command, Scope};

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

/// The rows of a scope's commands: what each does, and all its keys
/// joined by `separator`, in the command list's order.
pub fn command_rows(ctx: &Context, scope: Scope, separator: &str) -> Vec<(String, String)> {
    let mut rows: Vec<(String, Vec<String>)> = Vec::new();
    for (command, shortcut) in Command::keys(scope) {
        // Ctrl+= is Ctrl+plus without Shift on most keyboards: listed once, as plus.
        if shortcut.logical_key == egui::Key::Equals {
            continue;
        }
        let (label, keys) = (command.label(), ctx.format_shortcut(&shortcut));
        match rows.iter_mut().find(|(l, _)| *l == label) {
            Some((_, all)) => all.push(keys),
            None => rows.push((label, vec![keys])),
        }
    }
    rows.into_iter()
        .map(|(label, keys)| (label, keys.join(separator)))
        .collect()
}

/// The journey map's keys, then workshop mode's, each row what it does and
/// its keys: the commands of the canvas and workshop scopes, then what is
/// typed rather than pressed (Tab through the inspector; the capture bar).
pub fn keyboard_rows(ctx: &Context) -> [Vec<(String, String)>; 2] {
    let t = crate::i18n::workshop::t();
    let typed = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(keys, what)| ((*what).to_owned(), (*keys).to_owned()))
            .collect()
    };
    let mut canvas = command_rows(ctx, Scope::Canvas, KEY_SEPARATOR);
    canvas.extend(typed(&[(t.key_tab, t.do_tab)]));
    let mut workshop = typed(&[
        (t.key_type, t.do_type),
        (t.key_pain, t.do_pain),
        (t.key_opportunity, t.do_opportunity),
    ]);
    workshop.extend(command_rows(ctx, Scope::Workshop, KEY_SEPARATOR));
    [canvas, workshop]
}

/// Between the keys of one row of the canvas's and workshop mode's keys
/// ("Previous / next step": "⏴ / ⏵").
const KEY_SEPARATOR: &str = " / ";

/// The keyboard shortcuts window, while `open`.
pub fn shortcuts_window(ctx: &Context, open: &mut bool) {
    let t = crate::i18n::app::t();
    // The id stays the same in every language, so the window keeps its place.
    crate::ui::shell::screen::floating(
        egui::Window::new(t.cmd_shortcuts)
            .id(egui::Id::unique("keyboard-shortcuts"))
            .open(open)
            .collapsible(false)
            .resizable(false)
            .default_width(520.0),
        ctx,
    )
    .show(ctx, |ui| {
        // A short window scrolls the list instead of cutting it off.
        let height = (crate::ui::shell::screen::work_area(ctx).height() - 80.0).max(160.0);
        egui::ScrollArea::vertical()
            .max_height(height)
            .show(ui, |ui| shortcuts_ui(ctx, ui));
    });
}

fn shortcuts_ui(ctx: &Context, ui: &mut egui::Ui) {
    let t = crate::i18n::app::t();
    egui::Grid::new("shortcuts")
        .num_columns(2)
        .striped(true)
        .spacing([24.0, 6.0])
        .show(ui, |ui| {
            // One row a command, its shortcuts side by side.
            for (label, keys) in command_rows(ctx, Scope::Window, t.shortcuts_or) {
                ui.label(label);
                ui.label(RichText::new(keys).monospace().strong());
                ui.end_row();
            }
            for (what, how) in gestures() {
                ui.label(what);
                ui.label(how);
                ui.end_row();
            }
        });
    let w = crate::i18n::workshop::t();
    let sections = [
        (w.help_canvas, "keys-canvas"),
        (w.help_workshop, "keys-workshop"),
    ];
    for ((heading, id), rows) in sections.into_iter().zip(keyboard_rows(ctx)) {
        ui.add_space(8.0);
        ui.label(RichText::new(heading).strong());
        egui::Grid::new(id)
            .num_columns(2)
            .striped(true)
            .spacing([24.0, 6.0])
            .show(ui, |ui| {
                for (what, keys) in rows {
                    ui.label(what);
                    ui.label(RichText::new(keys).monospace().strong());
                    ui.end_row();
                }
            });
    }
    ui.add_space(6.0);
    ui.weak(t.macos_note);
}
