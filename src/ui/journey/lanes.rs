//! The lanes below the canvas: for the active journey, rows of actions,
//! thoughts, pain points, opportunities and touchpoints, one column per step,
//! aligned with the steps above, like a classic journey-map grid.
//!
//! Nothing is hidden for good: items stand behind bullets and wrap at word
//! boundaries ([`crate::scene::words`]); a cut cell shows its whole text on
//! hover; the selected step's cells grow to their text; a double-click types
//! in a cell ([`super::inplace`]). Where more steps are on screen than
//! columns fit under them, the columns of the steps on screen stand side by
//! side in time order, with a line saying so, and scroll sideways
//! (Shift+wheel or the bar under them).

use crate::i18n::canvas::t;
use crate::i18n::fill;
use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, Ui, pos2, vec2};

use crate::edit::{Edit, Gesture};
use crate::model::{Lane, Map, Step, StepId};
use crate::scene::words::Line;
use crate::scene::{self, Cell, Curve, LANE_HEIGHT, plot_rect};

use crate::ui::shell::theme;
use crate::ui::shell::widgets::text_in;
use crate::ui::shell::{Selection, State};

/// The height the lanes take (without a selected step's grown cells).
pub fn height() -> f32 {
    LANE_HEIGHT * Lane::ALL.len() as f32 + HEADER
}

/// The title line, the bar that scrolls the lanes sideways, and the row of
/// step titles above the lanes.
const HEADER: f32 = 66.0;
/// Where the row of step titles starts, under the title line and the bar.
const TITLES_TOP: f32 = 32.0;
/// A cell's font and the height of its lines.
const CELL_FONT: f32 = 12.5;
const CELL_LINE: f32 = 16.0;
/// The room around a cell's text.
const PADDING: f32 = 4.0;
/// How wide a column is where the columns stand side by side.
const STRIP_WIDTH: f32 = scene::lanes::MIN_CELL_WIDTH;

/// A cell's text, wrapped to its width.
fn cell_lines(ui: &Ui, lane: Lane, step: &Step, width: f32) -> Vec<Line> {
    let font = FontId::proportional(CELL_FONT);
    ui.fonts_mut(|f| {
        let mut measure = |s: &str| s.chars().map(|c| f.glyph_width(&font, c)).sum::<f32>();
        scene::words::cell_lines(lane, step, width, &mut measure)
    })
}

/// The columns of the lanes, and how they scroll.
struct Columns {
    /// One cell per step shown, in the first lane; other lanes share its x.
    cells: Vec<Cell>,
    /// How many steps are on screen where the columns stand side by side.
    crowded: Option<usize>,
    /// The whole width the columns could take, and the part shown.
    content: f32,
    offset: f32,
}

/// The columns under the curve: under their steps where they fit, side by
/// side in time order (scrolled by the state's offset) where they do not.
fn columns(curve: &Curve, plot: Rect, clip: Rect, state: &mut State) -> Columns {
    let mut on_screen: Vec<_> = curve
        .points
        .iter()
        .filter(|p| plot.x_range().contains(p.pos.x))
        .collect();
    let all = on_screen.len() == curve.points.len();
    let least = if all {
        scene::lanes::FLOOR_CELL_WIDTH
    } else {
        scene::lanes::MIN_CELL_WIDTH
    };
    if (on_screen.len() as f32) * least <= clip.width() {
        let cells = scene::lane_cells(curve, 0.0, clip)
            .into_iter()
            .filter(|c| c.lane == Lane::ALL[0])
            .collect();
        return Columns {
            cells,
            crowded: None,
            content: 0.0,
            offset: 0.0,
        };
    }
    on_screen.sort_by(|a, b| a.pos.x.total_cmp(&b.pos.x));
    let content = on_screen.len() as f32 * STRIP_WIDTH;
    let most = (content - clip.width()).max(0.0);
    // A step selected elsewhere is scrolled into view.
    if let [selected] = state.selection.steps()
        && state.journey.lanes_followed != Some(*selected)
        && let Some(i) = on_screen.iter().position(|p| p.id == *selected)
    {
        let left = i as f32 * STRIP_WIDTH;
        let offset = state.journey.lanes_scroll;
        if left < offset || left + STRIP_WIDTH > offset + clip.width() {
            state.journey.lanes_scroll = left - (clip.width() - STRIP_WIDTH) / 2.0;
        }
    }
    state.journey.lanes_followed = state.selection.steps().first().copied();
    let offset = state.journey.lanes_scroll.clamp(0.0, most);
    state.journey.lanes_scroll = offset;
    let first = (offset / STRIP_WIDTH).floor() as usize;
    let cells = on_screen
        .iter()
        .enumerate()
        .skip(first)
        .take_while(|(i, _)| *i as f32 * STRIP_WIDTH - offset < clip.width())
        .map(|(i, p)| Cell {
            step: p.id,
            index: p.index,
            lane: Lane::ALL[0],
            rect: Rect::from_min_size(
                pos2(clip.left() + i as f32 * STRIP_WIDTH - offset + 2.0, 0.0),
                vec2(STRIP_WIDTH - 4.0, 0.0),
            ),
        })
        .collect();
    Columns {
        cells,
        crowded: Some(on_screen.len()),
        content,
        offset,
    }
}

/// Draws the lanes; clicking a cell selects its step, double-clicking types in it.
pub fn lanes_ui(
    ui: &mut Ui,
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
) {
    let dark = ui.visuals().dark_mode;
    let ink = theme::ink(dark);
    let plot = plot_rect(state.journey.canvas_rect);
    let left = ui.cursor().left();
    let width = ui.available_width();
    let active = state.active_journey(map);
    let title = active.and_then(|j| map.journey(j)).map_or_else(
        || t().lanes_none.to_owned(),
        |j| fill(t().lanes_of, &[("name", &j.name)]),
    );
    // The curve the canvas placed this frame; placed here only where the
    // canvas was not drawn first.
    let curve = active.and_then(|journey| match state.journey.front_curve.take() {
        Some(curve) if curve.id == journey => Some(curve),
        _ => {
            // The steps in time order the canvas keeps, not sorted afresh.
            let index = state.journey.index.get(map, state.journey.revision);
            scene::canvas_indexed(
                map,
                &index,
                state.journey.canvas_rect,
                state.journey.view,
                &|id| id == journey,
            )
        }
        .curves
        .into_iter()
        .next(),
    });
    let journey = active.and_then(|j| map.journey(j));
    let clip_x = plot.left()..=left + width;
    let columns = curve.as_ref().map(|curve| {
        let clip = Rect::from_x_y_ranges(clip_x.clone(), 0.0..=1.0);
        columns(curve, plot, clip, state)
    });
    let cells: &[Cell] = columns.as_ref().map_or(&[], |c| &c.cells);

    // Each lane is as tall as the selected step's text in it needs.
    let selected: Option<StepId> = match state.selection.steps() {
        [one] => Some(*one),
        _ => None,
    };
    let mut heights = [LANE_HEIGHT; 5];
    if let (Some(journey), Some(cell)) = (journey, cells.iter().find(|c| Some(c.step) == selected))
        && let Some(step) = journey.steps.get(cell.index)
    {
        for (row, lane) in Lane::ALL.into_iter().enumerate() {
            let lines = cell_lines(ui, lane, step, cell.rect.width() - 2.0 * PADDING).len();
            heights[row] = (lines as f32 * CELL_LINE + 2.0 * PADDING + 4.0).max(LANE_HEIGHT);
        }
    }
    let total = HEADER + heights.iter().sum::<f32>();
    let (rect, response) = ui.allocate_exact_size(vec2(width, total), Sense::click());
    let painter = ui.painter_at(rect);
    let title = painter.text(
        rect.left_top() + vec2(6.0, 2.0),
        Align2::LEFT_TOP,
        title,
        FontId::proportional(13.0),
        ink,
    );
    let (note, explained) = match columns.as_ref().and_then(|c| c.crowded) {
        Some(n) => (
            fill(t().lanes_crowded, &[("n", &n)]),
            Some(fill(t().lanes_crowded_hover, &[("n", &n)])),
        ),
        None => (t().lanes_edit_hint.to_owned(), None),
    };
    let note_rect = Rect::from_min_max(
        pos2(title.right().max(plot.left()) + 16.0, rect.top() + 2.0),
        pos2(rect.right() - 6.0, rect.top() + 18.0),
    );
    text_in(
        &painter,
        note_rect,
        &note,
        FontId::proportional(12.0),
        theme::ink(dark).gamma_multiply(0.8),
        1,
        Align2::RIGHT_TOP,
    );
    if let Some(explained) = explained
        && response.hover_pos().is_some_and(|p| note_rect.contains(p))
    {
        response.clone().on_hover_text_at_pointer(explained);
    }
    let top = rect.top() + HEADER;
    let mut tops = [top; 5];
    for row in 1..5 {
        tops[row] = tops[row - 1] + heights[row - 1];
    }
    for (row, lane) in Lane::ALL.into_iter().enumerate() {
        let row_rect = Rect::from_min_size(
            pos2(rect.left(), tops[row]),
            vec2(rect.width(), heights[row]),
        );
        painter.rect_filled(
            row_rect.shrink2(vec2(0.0, 1.0)),
            2.0,
            theme::lane_tint(lane, dark),
        );
        let label = Rect::from_min_max(
            row_rect.min + vec2(6.0, 0.0),
            pos2(plot.left() - 8.0, row_rect.top() + LANE_HEIGHT),
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
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, t().lanes_canvas));
    let (Some(journey), Some(columns)) = (journey, columns) else {
        return;
    };
    let clip = Rect::from_x_y_ranges(clip_x, rect.y_range());
    let cell_painter = painter.with_clip_rect(clip);
    // Every lane's cells, under the columns.
    let cells: Vec<Cell> = columns
        .cells
        .iter()
        .flat_map(|c| {
            Lane::ALL
                .into_iter()
                .enumerate()
                .map(move |(row, lane)| Cell {
                    lane,
                    rect: Rect::from_x_y_ranges(
                        c.rect.x_range(),
                        tops[row] + 2.0..=tops[row] + heights[row] - 2.0,
                    ),
                    ..*c
                })
        })
        .collect();
    let journey_color = theme::color(journey.color);
    let hover = response.hover_pos();
    let mut hovered_full = None;
    for column in &columns.cells {
        let Some(step) = journey.steps.get(column.index) else {
            continue;
        };
        // A header over each column with its step's title, so a column
        // shifted aside in a crowd still says which step it belongs to.
        let header = Rect::from_min_max(
            pos2(column.rect.left(), rect.top() + TITLES_TOP),
            pos2(column.rect.right(), top - 2.0),
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
        if hover.is_some_and(|p| header.contains(p)) {
            hovered_full = Some(step.title.clone());
        }
    }
    for cell in &cells {
        let Some(step) = journey.steps.get(cell.index) else {
            continue;
        };
        let stroke = if Some(cell.step) == selected || state.selection.has_step(cell.step) {
            Stroke::new(2.0, theme::SELECTION)
        } else {
            Stroke::new(1.0, theme::grid(dark))
        };
        cell_painter.rect_stroke(cell.rect, 3.0, stroke, egui::StrokeKind::Inside);
        let cut = paint_cell(ui, &cell_painter, cell, step, ink);
        if state.journey.evidence_tint {
            super::tint::paint_item_dots(&cell_painter, cell.rect, cell.lane, step);
        }
        if cut && hover.is_some_and(|p| cell.rect.contains(p)) {
            hovered_full = Some(crate::picture::lanes::cell_text(cell.lane, step));
        }
    }
    if let Some(full) = hovered_full {
        response.clone().on_hover_ui_at_pointer(|ui| {
            ui.set_max_width(320.0);
            ui.label(full);
        });
    }
    if let Some(pos) = response.interact_pointer_pos() {
        let hit = cells.iter().find(|c| c.rect.contains(pos));
        if response.clicked()
            && let Some(cell) = hit
        {
            state.selection = Selection::Steps(vec![cell.step]);
        }
        if response.double_clicked()
            && let Some(cell) = hit
        {
            state.selection = Selection::Steps(vec![cell.step]);
            super::inplace::start_cell(map, state, cell.step, cell.lane);
        }
    }
    let bar = Rect::from_min_max(
        pos2(clip.left(), rect.top() + 20.0),
        pos2(clip.right(), rect.top() + TITLES_TOP - 2.0),
    );
    scroll_ui(ui, &response, map, bar, &columns, state);
    super::inplace::cell_editor_ui(ui, map, &cells, state, edits);
    super::access::lanes_table_ui(ui, response.id, map, journey);
}

/// Paints a cell's lines; returns whether some did not fit.
fn paint_cell(ui: &Ui, painter: &egui::Painter, cell: &Cell, step: &Step, ink: Color32) -> bool {
    let inside = cell.rect.shrink(PADDING);
    let lines = cell_lines(ui, cell.lane, step, inside.width());
    let rows = ((inside.height() / CELL_LINE).floor() as usize).max(1);
    let cut = lines.len() > rows;
    let font = FontId::proportional(CELL_FONT);
    let indent = ui.fonts_mut(|f| {
        scene::words::BULLET
            .chars()
            .map(|c| f.glyph_width(&font, c))
            .sum::<f32>()
    });
    for (i, line) in lines.iter().take(rows).enumerate() {
        let text = if cut && i + 1 == rows {
            format!("{}…", line.text.trim_end_matches('-'))
        } else {
            line.text.clone()
        };
        let x = inside.left() + if line.indent { indent } else { 0.0 };
        painter.text(
            Pos2::new(x, inside.top() + i as f32 * CELL_LINE),
            Align2::LEFT_TOP,
            text,
            font.clone(),
            ink,
        );
    }
    cut
}

/// The bar under the lanes, and Shift+wheel over them: where columns stand
/// under their steps both pan the map's view (canvas and lanes together);
/// where they stand side by side, they scroll the columns.
fn scroll_ui(
    ui: &Ui,
    response: &egui::Response,
    map: &Map,
    bar: Rect,
    columns: &Columns,
    state: &mut State,
) {
    let plot = plot_rect(state.journey.canvas_rect);
    let view = state.journey.view;
    // The whole content, and where the shown part of it starts.
    let (content, offset) = if columns.crowded.is_some() {
        (columns.content, columns.offset)
    } else {
        let total: f64 = map.phases.iter().map(|p| p.width).sum();
        let zoom = f64::from(view.zoom);
        let start = (view.left_time * zoom).min(0.0);
        let end = (total * zoom).max(view.left_time * zoom + f64::from(plot.width()));
        ((end - start) as f32, (view.left_time * zoom - start) as f32)
    };
    let shown = bar.width();
    let mut delta = 0.0;
    if response.hovered() {
        let sideways = ui.input(|i| i.smooth_scroll_delta().x);
        if sideways != 0.0 {
            delta -= sideways;
            ui.ctx().input_mut(|i| i.smooth_scroll_delta.x = 0.0);
        }
    }
    let bar_response = ui.interact(bar, response.id.with("scrollbar"), Sense::click_and_drag());
    bar_response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::ScrollBar, true, t().lanes_scrollbar)
    });
    let ratio = if content > shown {
        shown / content
    } else {
        1.0
    };
    let thumb_width = (bar.width() * ratio).max(24.0).min(bar.width());
    let travel = (bar.width() - thumb_width).max(1.0);
    let most = (content - shown).max(1.0);
    if bar_response.dragged() {
        delta += bar_response.drag_delta().x * most / travel;
    } else if bar_response.clicked()
        && let Some(p) = bar_response.interact_pointer_pos()
    {
        delta += (p.x - bar.left() - thumb_width / 2.0) * most / travel - offset;
    }
    if delta != 0.0 {
        if columns.crowded.is_some() {
            state.journey.lanes_scroll = (offset + delta).clamp(0.0, (content - shown).max(0.0));
        } else {
            state.journey.view.pan(-delta);
        }
    }
    let painter = ui.painter();
    let dark = ui.visuals().dark_mode;
    painter.rect_filled(bar, 4.0, theme::grid(dark).gamma_multiply(0.5));
    if content > shown {
        let x = bar.left() + travel * (offset / most).clamp(0.0, 1.0);
        let thumb = Rect::from_min_size(pos2(x, bar.top()), vec2(thumb_width, bar.height()));
        let hot = bar_response.hovered() || bar_response.dragged();
        painter.rect_filled(
            thumb,
            4.0,
            theme::ink(dark).gamma_multiply(if hot { 0.6 } else { 0.4 }),
        );
    }
}
