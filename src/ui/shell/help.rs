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

/// The journey map's keys, then workshop mode's: each with what it does.
pub fn keyboard_rows() -> [Vec<(&'static str, &'static str)>; 2] {
    let t = crate::i18n::workshop::t();
    [
        vec![
            (t.key_left_right, t.do_left_right),
            (t.key_home_end, t.do_home_end),
            (t.key_up_down, t.do_up_down),
            (t.key_pages, t.do_pages),
            (t.key_alt_up_down, t.do_alt_up_down),
            (t.key_alt_left_right, t.do_alt_left_right),
            (t.key_insert, t.do_insert),
            (t.key_enter, t.do_enter),
            (t.key_tab, t.do_tab),
        ],
        vec![
            (t.key_type, t.do_type),
            (t.key_pain, t.do_pain),
            (t.key_opportunity, t.do_opportunity),
            (t.key_left_right, t.do_left_right),
            (t.key_phase_arrows, t.do_pages),
            (t.key_ctrl_up_down, t.do_up_down),
            (t.key_alt_up_down, t.do_alt_up_down),
            (t.key_timer, t.do_timer),
            (t.key_escape, t.do_escape),
        ],
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
            // A short window scrolls the list instead of cutting it off.
            let height = (ctx.content_rect().height() - 120.0).max(200.0);
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
    let w = crate::i18n::workshop::t();
    let sections = [
        (w.help_canvas, "keys-canvas"),
        (w.help_workshop, "keys-workshop"),
    ];
    for ((heading, id), rows) in sections.into_iter().zip(keyboard_rows()) {
        ui.add_space(8.0);
        ui.label(RichText::new(heading).strong());
        egui::Grid::new(id)
            .num_columns(2)
            .striped(true)
            .spacing([24.0, 6.0])
            .show(ui, |ui| {
                for (keys, what) in rows {
                    ui.label(what);
                    ui.label(RichText::new(keys).monospace().strong());
                    ui.end_row();
                }
            });
    }
    ui.add_space(6.0);
    ui.weak(t.macos_note);
}
