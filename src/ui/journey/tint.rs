//! The evidence tint's legend on the canvas, where the scene placed it.

use egui::{Color32, Stroke};

use super::paint::{Look, paint_text};
use crate::scene::evidence::{SWATCH, Tint};
use crate::ui::shell::theme;

/// Paints the legend of the evidence tint: a framed box, its title, a
/// swatch and the words of each kind — dark words on a light pill, in the
/// dark theme too, like the notes on the canvas.
pub(super) fn paint_legend(painter: &egui::Painter, tint: &Tint, _look: &Look) {
    let legend = &tint.legend;
    let ink = theme::PAPER_INK;
    painter.rect(
        legend.rect,
        4.0,
        theme::pill(),
        Stroke::new(1.0, ink.gamma_multiply(0.4)),
        egui::StrokeKind::Inside,
    );
    paint_text(painter, &legend.title, ink);
    for (centre, colour, text) in &legend.rows {
        painter.circle(
            *centre,
            SWATCH,
            theme::color(*colour),
            Stroke::new(1.0, Color32::WHITE),
        );
        paint_text(painter, text, ink);
    }
}

/// The legend as a screen reader reads it: one label with every kind and its share.
pub(super) fn legend_access(ui: &mut egui::Ui, tint: &Tint) {
    let legend = &tint.legend;
    let words: Vec<&str> = legend
        .rows
        .iter()
        .map(|(_, _, t)| t.text.as_str())
        .collect();
    let label = format!("{}: {}", legend.title.text, words.join(", "));
    ui.interact(
        legend.rect,
        ui.scope_id().with("evidence-legend"),
        egui::Sense::hover(),
    )
    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
}

/// With the tint on, a lane cell shows one small dot per item in the
/// colour of its evidence, along its bottom right edge (at most eight).
pub(super) fn paint_item_dots(
    painter: &egui::Painter,
    rect: egui::Rect,
    lane: crate::model::Lane,
    step: &crate::model::Step,
) {
    let items = lane.items(step);
    let shown = items.len().min(8);
    let first = rect.right() - 7.0 - (shown.saturating_sub(1)) as f32 * 9.0;
    for (i, item) in items.iter().take(shown).enumerate() {
        let kind = step
            .claim(lane, item)
            .map_or(crate::model::Evidence::Assumed, |c| c.kind);
        painter.circle(
            egui::pos2(first + i as f32 * 9.0, rect.bottom() - 7.0),
            3.5,
            theme::color(crate::scene::evidence::colour(kind)),
            Stroke::new(1.0, Color32::WHITE),
        );
    }
}
