//! The measured curves and the KPI marks painted over the canvas: what
//! customers said (survey scores, dashed, with the number of respondents)
//! next to what the room perceived, and each phase's on/off-target dots.

use egui::{Align2, FontId, Shape, Stroke};

use crate::i18n::fill;
use crate::model::Map;
use crate::scene::Canvas;
use crate::scene::measured::{KPI_MARK_RADIUS, kpi_marks, measured_curves};
use crate::ui::shell::{sparkline, theme};

/// The least room between two respondent counts, in points.
const LABEL_GAP: f32 = 48.0;

/// Paints the measured curves and the KPI marks from the scene's canvas.
pub(super) fn paint_measured(painter: &egui::Painter, map: &Map, canvas: &Canvas, dark: bool) {
    // Nothing is drawn over the emotion axis's labels left of the plot.
    let painter = &painter.with_clip_rect(
        egui::Rect::from_min_max(
            egui::pos2(canvas.plot.left(), canvas.rect.top()),
            canvas.rect.max,
        )
        .intersect(painter.clip_rect()),
    );
    for mark in kpi_marks(map, canvas) {
        painter.circle_filled(mark.pos, KPI_MARK_RADIUS, sparkline::target_colour(mark.on));
    }
    for curve in measured_curves(map, canvas) {
        let colour = theme::color(curve.color);
        let line: Vec<_> = curve.points.iter().map(|p| p.pos).collect();
        painter.extend(Shape::dashed_line(
            &line,
            Stroke::new(2.0, colour),
            6.0,
            4.0,
        ));
        // Respondent counts closer than this to the last one drawn are left
        // out, so they never pile up on a fitted map (zoom in to read them).
        let mut last_label = f32::NEG_INFINITY;
        for point in &curve.points {
            // The gap between perceived and measured, as a thin connector.
            painter.line_segment(
                [point.perceived, point.pos],
                Stroke::new(1.0, colour.gamma_multiply(0.5)),
            );
            painter.rect_stroke(
                egui::Rect::from_center_size(point.pos, egui::vec2(8.0, 8.0)),
                1.0,
                Stroke::new(2.0, colour),
                egui::StrokeKind::Middle,
            );
            if point.respondents > 0 && point.pos.x - last_label >= LABEL_GAP {
                last_label = point.pos.x;
                painter.text(
                    point.pos + egui::vec2(7.0, 2.0),
                    Align2::LEFT_TOP,
                    fill("n={n}", &[("n", &point.respondents)]),
                    FontId::proportional(11.0),
                    theme::ink(dark),
                );
            }
        }
    }
}
