//! The measured curves and the KPI marks painted over the canvas: what
//! customers said (survey scores, dashed, with the number of respondents)
//! next to what the room perceived, and each phase's on/off-target dots.

use egui::{Shape, Stroke};

use crate::model::Map;
use crate::scene::Scene;
use crate::scene::measured::{
    KPI_MARK_RADIUS, measured_curves, placed_kpi_marks, respondent_counts,
};
use crate::ui::shell::{sparkline, theme};

/// The painter clipped to the plot's side of the canvas: nothing measured
/// is drawn over the emotion axis's labels.
fn clipped(painter: &egui::Painter, scene: &Scene) -> egui::Painter {
    let canvas = &scene.canvas;
    painter.with_clip_rect(
        egui::Rect::from_min_max(
            egui::pos2(canvas.plot.left(), canvas.rect.top()),
            canvas.rect.max,
        )
        .intersect(painter.clip_rect()),
    )
}

/// Paints the measured curves and the KPI marks from the scene, under the
/// marks and titles (the respondent counts come later: [`paint_counts`]).
pub(super) fn paint_measured(painter: &egui::Painter, map: &Map, scene: &Scene, dark: bool) {
    let canvas = &scene.canvas;
    let painter = &clipped(painter, scene);
    for mark in placed_kpi_marks(map, scene) {
        // A diamond, so it never reads as a journey's dot in the averages.
        let r = KPI_MARK_RADIUS + 0.5;
        painter.add(Shape::convex_polygon(
            vec![
                mark.pos + egui::vec2(0.0, -r),
                mark.pos + egui::vec2(r, 0.0),
                mark.pos + egui::vec2(0.0, r),
                mark.pos + egui::vec2(-r, 0.0),
            ],
            sparkline::target_colour(mark.on),
            Stroke::new(1.0, theme::ink(dark)),
        ));
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
        }
    }
}

/// Paints the respondent counts the scene placed beside the measured
/// curves' squares, on top of everything and clear of it.
pub(super) fn paint_counts(painter: &egui::Painter, map: &Map, scene: &Scene, dark: bool) {
    let curves = measured_curves(map, &scene.canvas);
    for count in respondent_counts(&curves, scene) {
        super::paint::paint_text(painter, &count, theme::ink(dark));
    }
}
