//! The measured curves and the KPI marks painted over the canvas: what
//! customers said (survey scores, dashed, with the number of respondents)
//! next to what the room perceived, and each phase's on/off-target dots.

use egui::{Shape, Stroke};

use crate::model::Map;
use crate::scene::Scene;
use crate::scene::measured::{
    MEASURED_DASH, MEASURED_SQUARE, MEASURED_WIDTH, kpi_diamond, measured_curves, placed_kpi_marks,
    respondent_counts,
};
use crate::scene::{headers, palette};
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

/// Paints the measured curves, the KPI marks and the running experiments
/// from the scene, under the marks and titles (the respondent counts come
/// later: [`paint_counts`]).
pub(super) fn paint_measured(painter: &egui::Painter, map: &Map, scene: &Scene, dark: bool) {
    let canvas = &scene.canvas;
    let painter = &clipped(painter, scene);
    for mark in placed_kpi_marks(map, scene) {
        painter.add(Shape::convex_polygon(
            kpi_diamond(mark.pos).to_vec(),
            sparkline::target_colour(mark.on),
            Stroke::new(1.0, theme::ink(dark)),
        ));
    }
    for tests in scene.headers.iter().filter_map(|h| h.running.as_ref()) {
        let colour = theme::egui(palette::EXPERIMENT);
        let (neck, body) = headers::flask(tests.flask);
        painter.rect_filled(neck, 0.0, colour);
        painter.add(Shape::convex_polygon(body.to_vec(), colour, Stroke::NONE));
        super::paint::paint_text(painter, &tests.text, theme::ink(dark));
    }
    for curve in measured_curves(map, canvas) {
        // Darker than the journey's own curve, in short dashes: never
        // mistaken for it or for a to-be curve's long dashes.
        let colour = theme::egui(palette::measured(curve.color, dark));
        let line: Vec<_> = curve.points.iter().map(|p| p.pos).collect();
        let (dash, gap) = MEASURED_DASH;
        painter.extend(Shape::dashed_line(
            &line,
            Stroke::new(MEASURED_WIDTH, colour),
            dash,
            gap,
        ));
        for point in &curve.points {
            // The gap between perceived and measured, as a thin connector.
            painter.line_segment(
                [point.perceived, point.pos],
                Stroke::new(1.0, colour.gamma_multiply(0.5)),
            );
            painter.rect_stroke(
                egui::Rect::from_center_size(point.pos, egui::Vec2::splat(MEASURED_SQUARE)),
                1.0,
                Stroke::new(MEASURED_WIDTH, colour),
                egui::StrokeKind::Middle,
            );
        }
    }
}

/// Paints the respondent counts the scene placed beside the measured
/// curves' squares, on top of everything and clear of it.
pub(super) fn paint_counts(painter: &egui::Painter, map: &Map, scene: &Scene, dark: bool) {
    let curves = measured_curves(map, &scene.canvas);
    let halo = theme::title_halo(dark);
    for count in respondent_counts(&curves, scene) {
        // On a soft halo, like the titles: a curve behind never cuts the number.
        painter.rect_filled(count.extent().expand2(egui::vec2(2.0, 1.0)), 2.0, halo);
        super::paint::paint_text(painter, &count, theme::ink(dark));
    }
}

/// Hovering a phase's running experiments lists their hypotheses (and the
/// KPI each should move).
pub(super) fn running_hover(response: &egui::Response, map: &Map, scene: &Scene) {
    let Some(pos) = response.hover_pos() else {
        return;
    };
    let mut bands = scene.canvas.bands.iter().zip(&scene.headers);
    let Some((band, _)) =
        bands.find(|(_, h)| h.running.as_ref().is_some_and(|r| r.area.contains(pos)))
    else {
        return;
    };
    response.clone().on_hover_text(running_list(map, band));
}

/// The running experiments of a band in words: a heading, then a line per
/// experiment with its hypothesis and KPI.
pub(super) fn running_list(map: &Map, band: &crate::scene::Band) -> String {
    let t = crate::i18n::canvas::t();
    let mut text = crate::i18n::fill(t.running_in, &[("phase", &band.name)]);
    for experiment in band.running.iter().filter_map(|r| r.get(map)) {
        let what = if experiment.hypothesis.trim().is_empty() {
            crate::i18n::fill(t.no_hypothesis, &[("item", &experiment.item)])
        } else {
            experiment.hypothesis.clone()
        };
        text.push_str("\n• ");
        text.push_str(&what);
        if !experiment.kpi.is_empty() {
            text.push_str(&format!(" ({})", experiment.kpi));
        }
    }
    text
}
