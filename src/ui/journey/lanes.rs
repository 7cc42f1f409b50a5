//! The lanes below the canvas: for the active journey, rows of actions,
//! thoughts, pain points, opportunities and touchpoints, one column per step,
//! aligned with the steps above, like a classic journey-map grid.

use crate::i18n::canvas::t;
use crate::i18n::fill;
use egui::{Align2, FontId, Rect, Sense, Stroke, Ui, pos2, vec2};

use crate::model::Lane;
use crate::model::Map;
use crate::scene::{self, LANE_HEIGHT, plot_rect};

use crate::ui::shell::theme;
use crate::ui::shell::widgets::text_in;
use crate::ui::shell::{Selection, State};

/// The height the lanes take.
pub fn height() -> f32 {
    LANE_HEIGHT * Lane::ALL.len() as f32 + HEADER
}

/// The title line and the row of step titles above the lanes.
const HEADER: f32 = 58.0;

/// Draws the lanes; clicking a cell selects its step.
pub fn lanes_ui(ui: &mut Ui, map: &Map, state: &mut State) {
    let (rect, response) =
        ui.allocate_exact_size(vec2(ui.available_width(), height()), Sense::click());
    let painter = ui.painter_at(rect);
    let dark = ui.visuals().dark_mode;
    let ink = theme::ink(dark);
    let plot = plot_rect(state.journey.canvas_rect);
    let journey = state.active_journey(map);
    let title = journey.and_then(|j| map.journey(j)).map_or_else(
        || t().lanes_none.to_owned(),
        |j| fill(t().lanes_of, &[("name", &j.name)]),
    );
    painter.text(
        rect.left_top() + vec2(6.0, 2.0),
        Align2::LEFT_TOP,
        title,
        FontId::proportional(13.0),
        ink,
    );
    let top = rect.top() + HEADER;
    for (row, lane) in Lane::ALL.into_iter().enumerate() {
        let row_rect = Rect::from_min_size(
            pos2(rect.left(), top + row as f32 * LANE_HEIGHT),
            vec2(rect.width(), LANE_HEIGHT),
        );
        painter.rect_filled(
            row_rect.shrink2(vec2(0.0, 1.0)),
            2.0,
            theme::lane_tint(lane, dark),
        );
        let label = Rect::from_min_max(
            row_rect.min + vec2(6.0, 0.0),
            pos2(plot.left() - 8.0, row_rect.bottom()),
        );
        text_in(
            &painter,
            label,
            lane.title(),
            FontId::proportional(14.0),
            ink,
            2,
            Align2::LEFT_CENTER,
        );
    }
    let Some(journey) = journey else { return };
    // The curve the canvas placed this frame; placed here only where the
    // canvas was not drawn first.
    let curve = match state.journey.front_curve.take() {
        Some(curve) if curve.id == journey => curve,
        _ => {
            let canvas = scene::canvas(map, state.journey.canvas_rect, state.journey.view, &|id| {
                id == journey
            });
            let Some(curve) = canvas.curves.into_iter().next() else {
                return;
            };
            curve
        }
    };
    let curve = &curve;
    let clip = Rect::from_min_max(pos2(plot.left(), rect.top()), rect.max);
    let cells = scene::lane_cells(curve, top, clip);
    let cell_painter = painter.with_clip_rect(clip);
    let clicked = response
        .clicked()
        .then(|| response.interact_pointer_pos())
        .flatten();
    // A header over each column with its step's title, so a column shifted
    // aside in a crowd still says which step it belongs to.
    let Some(journey) = map.journey(journey) else {
        return;
    };
    let journey_color = theme::color(journey.color);
    for cell in cells.iter().filter(|c| c.lane == Lane::ALL[0]) {
        let Some(step) = journey.steps.get(cell.index) else {
            continue;
        };
        let header = Rect::from_min_max(
            pos2(cell.rect.left(), rect.top() + 20.0),
            pos2(cell.rect.right(), top - 2.0),
        );
        cell_painter.rect_filled(header, 3.0, journey_color.gamma_multiply(0.25));
        text_in(
            &cell_painter,
            header.shrink2(vec2(4.0, 2.0)),
            &step.title,
            FontId::proportional(12.5),
            ink,
            2,
            Align2::LEFT_CENTER,
        );
    }
    for cell in &cells {
        let Some(step) = journey.steps.get(cell.index) else {
            continue;
        };
        let selected = state.selection.has_step(cell.step);
        if selected {
            cell_painter.rect_stroke(
                cell.rect,
                3.0,
                Stroke::new(2.0, theme::SELECTION),
                egui::StrokeKind::Inside,
            );
        } else {
            cell_painter.rect_stroke(
                cell.rect,
                3.0,
                Stroke::new(1.0, theme::grid(dark)),
                egui::StrokeKind::Inside,
            );
        }
        let text = cell.lane.text(step);
        let rows = ((cell.rect.height() - 8.0) / 16.0).floor().max(1.0) as usize;
        text_in(
            &cell_painter,
            cell.rect.shrink(4.0),
            &text,
            FontId::proportional(12.5),
            ink,
            rows,
            Align2::LEFT_TOP,
        );
        if state.journey.evidence_tint {
            super::tint::paint_item_dots(&cell_painter, cell.rect, cell.lane, step);
        }
        if clicked.is_some_and(|p| cell.rect.contains(p)) {
            state.selection = Selection::Steps(vec![cell.step]);
        }
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, t().lanes_canvas));
    super::access::lanes_table_ui(ui, response.id, map, journey);
}
