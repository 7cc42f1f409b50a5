//! The lanes under the map picture (PNG, SVG, PDF): a title per journey, a
//! row of step titles, and the five lanes. Cells keep the canvas's columns
//! ([`crate::scene::lane_cells`]); rows grow with their text, so no lane text
//! is ever shortened with "…".

use egui::emath::{Rect, pos2, vec2};

use crate::i18n::fill;
use crate::model::{Journey, Lane, Step};
use crate::scene::words::{BULLET, Line};
use crate::scene::{self, Cell, Curve, palette};

use super::svg::{Anchor, MARGIN, Paint, Svg, ink};
use super::text::{Font, wrap};

/// The title line above a journey's lanes.
const LANES_TITLE: f32 = 34.0;
/// The least height of the row of step titles above the lane cells.
const LANES_HEADER: f32 = 44.0;
/// The least height of a lane row in the picture: taller than on screen, so a
/// printed map shows more of each cell's text. Columns keep the canvas's x.
pub const PRINT_LANE_HEIGHT: f32 = 100.0;
const CELL_FONT: Font = Font::regular(12.0).leading(1.22);
const LANE_LABEL_FONT: Font = Font::bold(14.0);
const STEP_FONT: Font = Font::bold(12.0);
/// The room around a cell's text.
const CELL_PADDING: f32 = 5.0;

/// One journey's lanes, placed.
pub struct JourneyLanes<'a> {
    /// The journey.
    pub journey: &'a Journey,
    /// Where its lanes start (the title line).
    pub top: f32,
    /// The height of the row of step titles.
    pub header: f32,
    /// Each lane's row: top and height.
    pub rows: [(f32, f32); 5],
    /// The cells, each as tall as its row.
    pub cells: Vec<Cell>,
    /// Where its lanes end.
    pub bottom: f32,
}

/// A step's text in a lane, list items as bullets.
pub fn cell_text(lane: Lane, step: &Step) -> String {
    let text = lane.text(step);
    if lane != Lane::Touchpoint && text.contains('\n') {
        text.lines()
            .map(|l| format!("\u{2022} {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        text
    }
}

/// The lines of a cell's text in its column, all of them, by the canvas's
/// word rules ([`crate::scene::words`]): bullets, whole words, a hyphen only
/// in an over-long word.
fn cell_lines(cell: &Cell, step: &Step) -> Vec<Line> {
    crate::scene::words::cell_lines(
        cell.lane,
        step,
        cell.rect.width() - 2.0 * CELL_PADDING,
        &mut |s| CELL_FONT.width(s),
    )
}

/// Places a journey's lanes from `top`: the canvas's columns, each row as
/// tall as its longest text.
pub fn place<'a>(journey: &'a Journey, curve: &Curve, top: f32, clip: Rect) -> JourneyLanes<'a> {
    let mut cells = scene::lane_cells(curve, top, clip);
    let header = cells
        .iter()
        .filter(|c| c.lane == Lane::ALL[0])
        .filter_map(|c| {
            let step = journey.steps.get(c.index)?;
            Some(wrap(&step.title, STEP_FONT, c.rect.width() - 8.0, usize::MAX).len())
        })
        .max()
        .map_or(LANES_HEADER, |lines| {
            (lines as f32 * STEP_FONT.line_height() + 14.0).max(LANES_HEADER)
        });
    let mut rows = [(0.0, 0.0); 5];
    let mut y = top + LANES_TITLE + header;
    for (row, lane) in Lane::ALL.into_iter().enumerate() {
        let lines = cells
            .iter()
            .filter(|c| c.lane == lane)
            .filter_map(|c| Some(cell_lines(c, journey.steps.get(c.index)?).len()))
            .max()
            .unwrap_or(0);
        let height = (lines as f32 * CELL_FONT.line_height() + 2.0 * CELL_PADDING + 8.0)
            .max(PRINT_LANE_HEIGHT)
            .ceil();
        rows[row] = (y, height);
        y += height;
    }
    for cell in &mut cells {
        let row = Lane::ALL.iter().position(|l| *l == cell.lane).unwrap_or(0);
        let (row_top, height) = rows[row];
        cell.rect =
            Rect::from_x_y_ranges(cell.rect.x_range(), row_top + 2.0..=row_top + height - 2.0);
    }
    JourneyLanes {
        journey,
        top,
        header,
        rows,
        cells,
        bottom: y,
    }
}

/// Paints one journey's lanes: a title, a row of step titles, and the five
/// lanes, every text in full.
pub fn draw(svg: &mut Svg, width: f32, plot: Rect, lanes: &JourneyLanes) {
    let ink = ink();
    let (journey, top) = (lanes.journey, lanes.top);
    let left = MARGIN;
    let right = width - MARGIN;
    let color = Paint::rgb(journey.color);
    svg.begin_group(&format!("lanes-{}", journey.id.0));
    let cy = top + LANES_TITLE / 2.0 + 2.0;
    svg.line(pos2(left, cy), pos2(left + 22.0, cy), color, 3.5);
    let title = fill(
        crate::i18n::export::t().lanes_of,
        &[("name", &journey.name)],
    );
    svg.text(
        pos2(left + 30.0, cy + 5.5),
        Font::bold(16.0),
        ink,
        Anchor::Start,
        &title,
    );

    let cells_top = top + LANES_TITLE + lanes.header;
    for (lane, (row_top, height)) in Lane::ALL.into_iter().zip(lanes.rows) {
        let row_rect = Rect::from_min_size(pos2(left, row_top), vec2(right - left, height));
        svg.rect(
            row_rect.shrink2(vec2(0.0, 1.0)),
            2.0,
            Some(Paint::of(palette::lane_tint(lane, false)).over(Paint::WHITE)),
            None,
        );
        let label = Rect::from_min_max(
            row_rect.min + vec2(8.0, 0.0),
            pos2(plot.left() - 8.0, row_rect.bottom()),
        );
        let lines = wrap(lane.title(), LANE_LABEL_FONT, label.width(), 3);
        let height = lines.len() as f32 * LANE_LABEL_FONT.line_height();
        svg.lines(
            label.left(),
            label.center().y - height / 2.0 - 2.0,
            LANE_LABEL_FONT,
            ink,
            Anchor::Start,
            &lines,
        );
    }
    for cell in &lanes.cells {
        let Some(step) = journey.steps.get(cell.index) else {
            continue;
        };
        if cell.lane == Lane::ALL[0] {
            let header = Rect::from_min_max(
                pos2(cell.rect.left(), top + LANES_TITLE),
                pos2(cell.rect.right(), cells_top - 3.0),
            );
            svg.rect(header, 3.0, Some(color.fade(0.25).over(Paint::WHITE)), None);
            let inside = header.shrink2(vec2(4.0, 2.0));
            let lines = wrap(&step.title, STEP_FONT, inside.width(), usize::MAX);
            let height = lines.len() as f32 * STEP_FONT.line_height();
            svg.lines(
                inside.left(),
                inside.center().y - height / 2.0 - 1.5,
                STEP_FONT,
                ink,
                Anchor::Start,
                &lines,
            );
        }
        let tint = Paint::of(palette::lane_tint(cell.lane, false)).over(Paint::WHITE);
        svg.rect(
            cell.rect,
            3.0,
            Some(Paint::WHITE.fade(0.55).over(tint)),
            Some((Paint::of(palette::grid(false)).over(tint), 1.0)),
        );
        let inside = cell.rect.shrink(CELL_PADDING);
        let indent = CELL_FONT.width(BULLET);
        for (i, line) in cell_lines(cell, step).iter().enumerate() {
            let x = inside.left() + if line.indent { indent } else { 0.0 };
            svg.lines(
                x,
                inside.top() + i as f32 * CELL_FONT.line_height(),
                CELL_FONT,
                ink,
                Anchor::Start,
                std::slice::from_ref(&line.text),
            );
        }
    }
    svg.end_group();
}
