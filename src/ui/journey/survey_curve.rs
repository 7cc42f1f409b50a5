//! The measured curves and the KPI marks painted over the canvas: what
//! customers said (survey scores, dashed, with the number of respondents)
//! next to what the room perceived, and each phase's on/off-target dots.

use egui::{Align2, FontId, Shape, Stroke};

use crate::i18n::fill;
use crate::model::Map;
use crate::scene::Scene;
use crate::scene::measured::{KPI_MARK_RADIUS, kpi_marks, measured_curves};
use crate::ui::shell::{sparkline, theme};

/// Where a respondent count may sit beside its square: right below, right
/// above, left below, left above (offsets of the text's corner).
const LABEL_SIDES: [(egui::Vec2, Align2); 4] = [
    (egui::vec2(7.0, 2.0), Align2::LEFT_TOP),
    (egui::vec2(7.0, -2.0), Align2::LEFT_BOTTOM),
    (egui::vec2(-7.0, 2.0), Align2::RIGHT_TOP),
    (egui::vec2(-7.0, -2.0), Align2::RIGHT_BOTTOM),
];

/// Everything the scene placed that a respondent count must keep clear
/// of: titles, marks, avatars, headers, to-be labels and every drawn dot.
fn taken(scene: &Scene) -> Vec<egui::Rect> {
    let mut taken: Vec<egui::Rect> = Vec::new();
    taken.extend(scene.titles.iter().map(|t| t.area));
    taken.extend(scene.marks.iter().map(|m| m.area));
    taken.extend(scene.avatars.iter().map(|a| a.rect));
    taken.extend(scene.headers.iter().map(|h| h.rect));
    taken.extend(scene.to_be.improvements.iter().map(|i| i.area));
    for curve in &scene.canvas.curves {
        taken.extend(
            scene
                .dots(curve)
                .map(|p| egui::Rect::from_center_size(p.pos, egui::vec2(14.0, 14.0))),
        );
    }
    taken
}

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
    // A KPI mark where the header has no room for it is left out: the
    // phase inspector lists every KPI.
    let header: Vec<egui::Rect> = scene
        .headers
        .iter()
        .flat_map(|h| {
            let averages = h.averages.iter().flat_map(|a| {
                [
                    a.value.extent(),
                    egui::Rect::from_center_size(a.dot, egui::vec2(10.0, 10.0)),
                ]
            });
            h.name
                .iter()
                .map(|t| t.extent())
                .chain(h.badge)
                .chain(averages)
        })
        .collect();
    for mark in kpi_marks(map, canvas) {
        let r = KPI_MARK_RADIUS + 2.0;
        let rect = egui::Rect::from_center_size(mark.pos, egui::vec2(2.0 * r, 2.0 * r));
        if header.iter().any(|h| h.intersects(rect)) {
            continue;
        }
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

/// Paints the respondent counts beside the measured curves' squares, on
/// top of everything the scene placed and clear of it.
pub(super) fn paint_counts(painter: &egui::Painter, map: &Map, scene: &Scene, dark: bool) {
    let painter = &clipped(painter, scene);
    let mut squares = Vec::new();
    let mut counts = Vec::new();
    for curve in measured_curves(map, &scene.canvas) {
        for point in &curve.points {
            squares.push(egui::Rect::from_center_size(
                point.pos,
                egui::vec2(10.0, 10.0),
            ));
            if point.respondents > 0 {
                counts.push((point.pos, point.respondents));
            }
        }
    }
    // A respondent count goes on the first side of its square where it
    // covers nothing placed, no square and no other count; where no side is
    // free it is left out (zoom in to read it).
    if counts.is_empty() {
        return;
    }
    let mut taken = taken(scene);
    taken.extend(squares);
    let plot = scene.canvas.plot;
    for (pos, respondents) in counts {
        let galley = painter.layout_no_wrap(
            fill("n={n}", &[("n", &respondents)]),
            FontId::proportional(11.0),
            theme::ink(dark),
        );
        let free = LABEL_SIDES.iter().find_map(|(offset, align)| {
            let rect = align.anchor_size(pos + *offset, galley.size());
            let own = egui::Rect::from_center_size(pos, egui::vec2(10.0, 10.0));
            (plot.contains_rect(rect) && !taken.iter().any(|t| *t != own && t.intersects(rect)))
                .then_some(rect)
        });
        if let Some(rect) = free {
            taken.push(rect);
            painter.galley(rect.min, galley, theme::ink(dark));
        }
    }
}
