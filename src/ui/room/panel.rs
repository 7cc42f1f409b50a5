//! The room's panel on the projector: the QR code and join code, arriving
//! notes, the ratings of the focused step and the dot-vote.

use egui::{Color32, RichText, Ui, vec2};

use super::{RoomPanel, accept, accept_one, apply_mean, hide, kind_name, vote_options};
use crate::edit::{Edit, Gesture};
use crate::i18n::fill;
use crate::i18n::room::t;
use crate::model::{Emotion, Map, StepId};
use crate::room::NoteStatus;
use crate::ui::shell::State;
use crate::ui::shell::navigate::focused_step;
use crate::ui::shell::theme;

/// The modules of a QR code for `link`: its width and dark (true) or light.
fn qr_modules(link: &str) -> Option<(usize, Vec<bool>)> {
    let code =
        qrcode::QrCode::with_error_correction_level(link.as_bytes(), qrcode::EcLevel::M).ok()?;
    let width = code.width();
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    Some((width, dark))
}

/// Draws the QR code `side` points wide, as rectangles, with its quiet zone.
fn qr_ui(ui: &mut Ui, panel: &mut RoomPanel, side: f32) {
    let link = panel.link();
    if panel.qr.as_ref().is_none_or(|(l, _, _)| *l != link) {
        panel.qr = qr_modules(&link).map(|(w, m)| (link.clone(), w, m));
    }
    let Some((_, width, modules)) = &panel.qr else {
        return;
    };
    let (rect, response) = ui.allocate_exact_size(vec2(side, side), egui::Sense::hover());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Image, true, format!("QR code: {link}"))
    });
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, Color32::WHITE);
    // Four modules of quiet zone on each side.
    let cell = side / (*width as f32 + 8.0);
    for (i, dark) in modules.iter().enumerate() {
        if *dark {
            let (x, y) = ((i % width) as f32 + 4.0, (i / width) as f32 + 4.0);
            let min = rect.min + vec2(x * cell, y * cell);
            // A hair of overlap so no seams show between modules.
            let r = egui::Rect::from_min_size(min, vec2(cell + 0.3, cell + 0.3));
            painter.rect_filled(r, 0.0, Color32::BLACK);
        }
    }
}

/// The room's panel (shown beside workshop mode while invitations are open).
pub fn room_panel_ui(
    ui: &mut Ui,
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
) {
    let t = t();
    let Some(panel) = &mut state.room else {
        return;
    };
    ui.add_space(4.0);
    ui.label(RichText::new(t.heading).size(20.0).strong());
    // Large enough to scan from the back of the room, small enough that
    // the arriving notes still show on a 720-line projector.
    let screen = ui.ctx().content_rect().height();
    let side = ui.available_width().min(320.0).min(screen * 0.34);
    if panel.show_qr {
        ui.vertical_centered(|ui| qr_ui(ui, panel, side));
    }
    let link = panel.link();
    let (code, joined, locked) = {
        let hub = panel.room.hub();
        (hub.code().to_owned(), hub.participant_count(), hub.locked())
    };
    ui.label(RichText::new(t.scan).size(15.0));
    ui.add(egui::Label::new(RichText::new(&link).size(17.0).monospace().strong()).wrap());
    ui.label(
        RichText::new(fill(t.code, &[("code", &code)]))
            .size(28.0)
            .monospace()
            .strong(),
    );
    ui.label(RichText::new(fill(t.joined, &[("n", &joined)])).size(16.0));
    let mut close = false;
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(t.new_code)
            .on_hover_text(t.new_code_hover)
            .clicked()
            && let Err(e) = panel.room.hub().change_code()
        {
            panel.message = Some(e);
        }
        if ui.button(if locked { t.unlock } else { t.lock }).clicked() {
            panel.room.hub().set_locked(!locked);
        }
        close = ui.button(t.close).clicked();
        // Once the room has joined, the notes and ratings need the space more.
        let qr_label = if panel.show_qr { t.hide_qr } else { t.show_qr };
        if ui.button(qr_label).clicked() {
            panel.show_qr = !panel.show_qr;
        }
    });
    if locked {
        ui.label(RichText::new(t.locked).color(theme::LOW_MARK).strong());
    }
    ui.checkbox(&mut panel.auto_accept, t.auto_accept);
    if let Some(message) = &panel.message {
        ui.label(RichText::new(message).size(14.0).weak());
    }
    ui.separator();
    let mut accept_id = None;
    let mut hide_id = None;
    let mut all = false;
    {
        let hub = panel.room.hub();
        let waiting: Vec<_> = hub
            .notes()
            .iter()
            .filter(|n| n.status == NoteStatus::Pending)
            .collect();
        ui.label(
            RichText::new(fill(t.arriving, &[("n", &waiting.len())]))
                .size(18.0)
                .strong(),
        );
        if waiting.is_empty() {
            ui.label(RichText::new(t.no_notes).weak().italics());
        }
        for (index, note) in waiting.iter().take(4).enumerate() {
            let step = map
                .step(StepId(note.step))
                .map_or(t.gone_step, |(_, s)| s.title.as_str());
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                let on = fill(
                    t.note_on,
                    &[("kind", &kind_name(note.kind)), ("step", &step)],
                );
                ui.label(RichText::new(on).size(13.0).weak());
                // Participant text is plain text in a label: never markup.
                ui.add(egui::Label::new(RichText::new(&note.text).size(17.0)).wrap());
                if let Some(name) = &note.name {
                    ui.label(
                        RichText::new(fill(t.by, &[("name", name)]))
                            .size(13.0)
                            .italics(),
                    );
                }
                ui.horizontal(|ui| {
                    let (yes, no) = if index == 0 {
                        (t.accept.to_owned(), t.hide.to_owned())
                    } else {
                        (first_word(t.accept), first_word(t.hide))
                    };
                    if ui.button(yes).clicked() {
                        accept_id = Some(note.id);
                    }
                    if ui.button(no).clicked() {
                        hide_id = Some(note.id);
                    }
                });
            });
        }
        if waiting.len() > 1 && ui.button(t.accept_all).clicked() {
            all = true;
        }
    }
    ui.separator();
    ratings_ui(ui, map, state, edits);
    ui.separator();
    vote_ui(ui, map, state);
    ui.separator();
    ui.collapsing(t.venue_help, |ui| {
        ui.label(t.venue_text);
    });
    if let Some(id) = accept_id {
        accept_one(map, state, edits, id);
    }
    if let Some(id) = hide_id {
        hide(state, Some(id));
    }
    if all {
        accept(map, state, edits, usize::MAX);
    }
    if close {
        state.room = None;
    }
}

/// "Accept (Alt+A)" without its key: "Accept".
fn first_word(label: &str) -> String {
    label.split(" (").next().unwrap_or(label).to_owned()
}

/// The focused step's ratings: a bar per level, the mean beside the map's own.
fn ratings_ui(ui: &mut Ui, map: &Map, state: &mut State, edits: &mut Vec<(Edit, Option<Gesture>)>) {
    let t = t();
    let Some((_, step)) = focused_step(state).and_then(|id| map.step(id)) else {
        ui.label(RichText::new(t.no_step).weak());
        return;
    };
    let Some(panel) = &state.room else {
        return;
    };
    let (counts, mean) = {
        let hub = panel.room.hub();
        (hub.distribution(step.id.0), hub.mean(step.id.0))
    };
    ui.label(
        RichText::new(fill(t.ratings, &[("step", &step.title)]))
            .size(18.0)
            .strong(),
    );
    let Some(mean) = mean else {
        ui.label(RichText::new(t.no_ratings).weak().italics());
        return;
    };
    let most = counts.iter().copied().max().unwrap_or(1).max(1);
    let width = ui.available_width() - 70.0;
    for (level, count) in Emotion::ALL.iter().zip(counts) {
        ui.horizontal(|ui| {
            let value = level.value();
            ui.add_sized(
                vec2(28.0, 18.0),
                egui::Label::new(RichText::new(format!("{value:+}")).monospace()),
            );
            let (rect, response) =
                ui.allocate_exact_size(vec2(width.max(40.0), 16.0), egui::Sense::hover());
            let share = count as f32 / most as f32;
            let bar = egui::Rect::from_min_size(rect.min, vec2(rect.width() * share, 16.0));
            let colour = if value < 0.0 {
                theme::LOW_MARK
            } else {
                theme::HIGH_MARK
            };
            ui.painter().rect_filled(bar, 2.0, colour);
            response.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Label,
                    true,
                    format!("{}: {count}", level.name()),
                )
            });
            ui.label(count.to_string());
        });
    }
    let total: u32 = counts.iter().sum();
    let text = fill(
        t.mean,
        &[
            ("mean", &format!("{mean:+.1}")),
            ("n", &total),
            ("own", &format!("{:+.1}", step.emotion)),
        ],
    );
    ui.label(RichText::new(text).size(16.0).strong());
    if ui.button(t.apply_mean).clicked() {
        apply_mean(map, state, edits);
    }
}

/// Opening, closing and revealing a dot-vote on the phase's opportunities.
fn vote_ui(ui: &mut Ui, map: &Map, state: &mut State) {
    let t = t();
    let options = vote_options(map, state);
    let Some(panel) = &mut state.room else {
        return;
    };
    ui.label(RichText::new(t.vote).size(18.0).strong());
    let mut hub = panel.room.hub();
    let vote = hub.vote().cloned();
    match vote {
        Some(vote) if vote.open => {
            ui.label(fill(t.voting, &[("n", &vote.voters())]));
            ui.horizontal(|ui| {
                if ui.button(t.close_vote).clicked() {
                    hub.close_vote();
                }
                if ui.button(t.reveal).clicked() {
                    hub.reveal_vote();
                }
            });
        }
        other => {
            if let Some(vote) = other {
                ui.label(RichText::new(fill(t.results, &[("n", &vote.voters())])).strong());
                let mut ranked: Vec<_> = vote.options.iter().zip(vote.counts()).collect();
                ranked.sort_by_key(|r| std::cmp::Reverse(r.1));
                for (option, count) in ranked {
                    ui.label(format!("{count} · {option}"));
                }
                if !vote.revealed && ui.button(t.reveal).clicked() {
                    hub.reveal_vote();
                }
            }
            if options.is_empty() {
                ui.label(RichText::new(t.no_options).weak());
            } else {
                ui.horizontal(|ui| {
                    ui.label(t.dots);
                    ui.add(egui::DragValue::new(&mut panel.dots).range(1..=10));
                });
                if ui.button(t.open_vote).clicked() {
                    hub.open_vote(options, panel.dots);
                }
            }
        }
    }
}
