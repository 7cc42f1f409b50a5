//! Level of detail: when a journey's steps are denser than can be read,
//! its curve is drawn as an aggregated band — per screen column the lowest,
//! highest and mean emotion of the steps there, the way plotting tools
//! downsample — with the line through the means. Its dots and titles come
//! back as zooming in makes room for them.

use egui::emath::{Pos2, Rect, pos2};

use super::{Point, y_of};
use crate::model::StepId;

/// The width of one column of an aggregated band, in points.
pub const COLUMN: f32 = 2.0;

/// Steps closer than this (the typical gap between neighbours, in points)
/// cannot be read one by one: their dots, a dot's width across, would
/// cover each other. Their curve is aggregated.
pub const READABLE_GAP: f32 = 12.0;

/// One screen column of an aggregated curve: what the steps in it span.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Column {
    /// The column's middle.
    pub x: f32,
    /// The lowest emotion of its steps.
    pub low: f64,
    /// The highest emotion of its steps.
    pub high: f64,
    /// The mean emotion of its steps.
    pub mean: f64,
    /// How many steps it holds.
    pub count: usize,
    /// The screen y of `high` (the band's top).
    pub top: f32,
    /// The screen y of `low` (the band's bottom).
    pub bottom: f32,
    /// The screen y of `mean` (where the line runs).
    pub middle: f32,
}

impl Column {
    /// The column's area on screen, `COLUMN` wide.
    pub fn rect(&self) -> Rect {
        Rect::from_min_max(
            pos2(self.x - COLUMN / 2.0, self.top),
            pos2(self.x + COLUMN / 2.0, self.bottom),
        )
    }
}

/// Whether the journeys' steps at these screen x's (each journey's in
/// order) are too dense to be read one by one: the typical (median) gap
/// between a step and the next of its journey, over all the journeys, is
/// under [`READABLE_GAP`]. One answer for the whole zoom, so the journeys
/// never mix dots and bands. Only the steps within the plot's width count.
pub fn too_dense(journeys: &[&[Point]], plot: Rect) -> bool {
    // Each journey's points are in x order: those over the plot are one run.
    let inside: Vec<&[Point]> = journeys
        .iter()
        .map(|points| {
            let start = points.partition_point(|p| p.pos.x < plot.left());
            let end = points.partition_point(|p| p.pos.x <= plot.right());
            &points[start..end.max(start)]
        })
        .filter(|run| run.len() >= 2)
        .collect();
    let gaps: usize = inside.iter().map(|run| run.len() - 1).sum();
    if gaps < 2 {
        return false;
    }
    // Each journey's gaps add up to at most the plot's width: with more
    // gaps than half of them at the readable gap could fill, the median is
    // under it, without measuring one.
    let widths = inside.len() as f32 * plot.width();
    if gaps as f32 * READABLE_GAP > 2.0 * widths + READABLE_GAP {
        return true;
    }
    let mut gaps: Vec<f32> = inside
        .iter()
        .flat_map(|run| run.windows(2).map(|w| w[1].pos.x - w[0].pos.x))
        .collect();
    let middle = gaps.len() / 2;
    let (_, median, _) = gaps.select_nth_unstable_by(middle, f32::total_cmp);
    *median < READABLE_GAP
}

/// The band of points (in time order) by screen column: each column
/// `COLUMN` wide, counted from the plot's left edge.
pub fn band(points: &[Point], plot: Rect) -> Vec<Column> {
    let mut columns: Vec<Column> = Vec::new();
    let mut current: Option<(i64, f64, f64, f64, usize)> = None;
    let mut close = |(index, low, high, sum, count): (i64, f64, f64, f64, usize)| {
        let mean = sum / count as f64;
        columns.push(Column {
            x: plot.left() + (index as f32 + 0.5) * COLUMN,
            low,
            high,
            mean,
            count,
            top: y_of(high, plot),
            bottom: y_of(low, plot),
            middle: y_of(mean, plot),
        });
    };
    for point in points {
        let index = ((point.pos.x - plot.left()) / COLUMN).floor() as i64;
        let e = point.emotion;
        current = match current {
            Some((i, low, high, sum, count)) if i == index => {
                Some((i, low.min(e), high.max(e), sum + e, count + 1))
            }
            other => {
                if let Some(done) = other {
                    close(done);
                }
                Some((index, e, e, e, 1))
            }
        };
    }
    if let Some(done) = current {
        close(done);
    }
    columns
}

/// The line through the columns' means.
pub fn line_through_means(columns: &[Column]) -> Vec<Pos2> {
    columns.iter().map(|c| pos2(c.x, c.middle)).collect()
}

/// The area a band takes, in a few rectangles (one per run of `run`
/// columns), for keeping titles clear of it.
pub fn band_areas(columns: &[Column], run: usize) -> Vec<Rect> {
    columns
        .chunks(run.max(1))
        .map(|chunk| {
            chunk
                .iter()
                .map(Column::rect)
                .reduce(|a, b| a.union(b))
                .unwrap_or(Rect::NOTHING)
        })
        .collect()
}

/// Whether a step's dot is drawn: always where the curve is drawn step by
/// step, and on an aggregated curve only when the step is selected.
pub fn dot_drawn(aggregated: bool, selected: &[StepId], step: StepId) -> bool {
    !aggregated || selected.contains(&step)
}
