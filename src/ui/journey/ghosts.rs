//! The version compared with, painted over the canvas: its curves as faint
//! dashed ghost lines, and a ring around each step that differs there.

use egui::{Shape, Stroke};

use crate::scene::ghost::{Ghost, changed_points, ghost_curves};
use crate::scene::{Canvas, View};
use crate::ui::shell::{State, theme};

/// How faint a ghost line is.
const GHOST_FADE: f32 = 0.75;

/// Paints the ghost curves and the changed steps' rings.
pub(super) fn paint_ghosts(
    painter: &egui::Painter,
    canvas: &Canvas,
    view: View,
    ghost: &Ghost,
    state: &State,
) {
    let drawing = painter.with_clip_rect(
        egui::Rect::from_min_max(
            egui::pos2(canvas.plot.left(), canvas.rect.top()),
            canvas.rect.max,
        )
        .intersect(painter.clip_rect()),
    );
    for curve in ghost_curves(ghost, canvas.rect, view, &|id| state.is_visible(id)) {
        let colour = theme::color(curve.color).gamma_multiply(GHOST_FADE);
        let stroke = Stroke::new(2.5, colour);
        drawing.extend(Shape::dashed_line(&curve.line, stroke, 8.0, 5.0));
        for point in curve.points {
            drawing.circle_stroke(point.pos, 4.5, Stroke::new(2.0, colour));
        }
    }
    for point in changed_points(canvas, ghost) {
        drawing.circle_stroke(point, 11.0, Stroke::new(2.5, theme::CHANGED_STEP));
    }
}
