//! The lanes grid under a journey's curve: one column of cells per step,
//! aligned with the steps above where there is room and spread where they crowd.

use egui::emath::{Rect, pos2, vec2};

use super::Curve;
use crate::model::{Lane, StepId};

/// Height of one lane row below the canvas.
pub const LANE_HEIGHT: f32 = 76.0;
/// Widest a lane cell gets.
pub const MAX_CELL_WIDTH: f32 = 220.0;

/// A cell of the lanes grid: one step's text in one lane.
#[derive(Clone, Debug)]
pub struct Cell {
    /// The step.
    pub step: StepId,
    /// Where the step is in its journey's list of steps.
    pub index: usize,
    /// The lane.
    pub lane: Lane,
    /// Where the cell is.
    pub rect: Rect,
}

/// Narrowest a lane cell gets: below this its text cannot be read.
pub const MIN_CELL_WIDTH: f32 = 104.0;
/// Narrowest a lane cell gets when narrowing lets a whole journey fit on screen.
pub const FLOOR_CELL_WIDTH: f32 = 76.0;
/// Space between lane cells.
const CELL_GAP: f32 = 4.0;

/// Lays out the lane cells of one journey's steps (its curve's points), one
/// column per step. Where steps are far apart a column sits right under its
/// step, as wide as the room to its neighbours; where they crowd, columns keep
/// a readable width and spread evenly around the crowd's middle, so the grid
/// stays readable at any zoom. Only columns that meet `clip` are returned.
pub fn lane_cells(curve: &Curve, lanes_top: f32, clip: Rect) -> Vec<Cell> {
    let xs: Vec<f32> = curve.points.iter().map(|p| p.pos.x).collect();
    // When every step is on screen, narrow the columns (down to a floor) so all fit.
    let all_visible = xs.iter().all(|x| clip.x_range().contains(*x));
    let min_width = if all_visible && !xs.is_empty() {
        (clip.width() / xs.len() as f32).clamp(FLOOR_CELL_WIDTH, MIN_CELL_WIDTH)
    } else {
        MIN_CELL_WIDTH
    };
    let widths: Vec<f32> = (0..xs.len())
        .map(|i| {
            let left = if i > 0 {
                xs[i] - xs[i - 1]
            } else {
                MAX_CELL_WIDTH
            };
            let right = xs.get(i + 1).map_or(MAX_CELL_WIDTH, |next| next - xs[i]);
            left.min(right).clamp(min_width, MAX_CELL_WIDTH)
        })
        .collect();
    let mut lefts = spread(&xs, &widths);
    if all_visible && widths.iter().sum::<f32>() <= clip.width() {
        keep_inside(&mut lefts, &widths, clip.left(), clip.right());
    } else if xs.first().is_some_and(|x| clip.x_range().contains(*x)) {
        // The journey starts on screen: its first columns start at the edge,
        // and the grid runs on past the right edge.
        keep_inside(&mut lefts, &widths, clip.left(), f32::INFINITY);
    }
    let mut cells = Vec::new();
    for (i, point) in curve.points.iter().enumerate() {
        let (left, right) = (
            lefts[i] + CELL_GAP / 2.0,
            lefts[i] + widths[i] - CELL_GAP / 2.0,
        );
        if right < clip.left() || left > clip.right() {
            continue;
        }
        for (row, lane) in Lane::ALL.into_iter().enumerate() {
            let top = lanes_top + row as f32 * LANE_HEIGHT;
            cells.push(Cell {
                step: point.id,
                index: point.index,
                lane,
                rect: Rect::from_min_size(
                    pos2(left, top + 2.0),
                    vec2(right - left, LANE_HEIGHT - 4.0),
                ),
            });
        }
    }
    cells
}

/// Pushes boxes (in order, not overlapping, fitting in total) inside `min..max`.
fn keep_inside(lefts: &mut [f32], widths: &[f32], min: f32, max: f32) {
    let mut edge = min;
    for (left, width) in lefts.iter_mut().zip(widths) {
        *left = left.max(edge);
        edge = *left + width;
    }
    let mut edge = max;
    for (left, width) in lefts.iter_mut().zip(widths).rev() {
        *left = left.min(edge - width);
        edge = *left;
    }
}

/// Places boxes of `widths` as near as possible to their wanted centres `xs`
/// (in order) without overlap: overlapping boxes merge into a run centred on
/// the mean of their wanted centres. Returns each box's left edge. Linear time.
pub fn spread(xs: &[f32], widths: &[f32]) -> Vec<f32> {
    // A run of boxes: first index, total width, sum of wanted centres, count.
    struct Run {
        first: usize,
        width: f32,
        centres: f32,
        count: f32,
    }
    let left = |r: &Run| r.centres / r.count - r.width / 2.0;
    let mut runs: Vec<Run> = Vec::new();
    for (i, (&x, &w)) in xs.iter().zip(widths).enumerate() {
        runs.push(Run {
            first: i,
            width: w,
            centres: x,
            count: 1.0,
        });
        while runs.len() >= 2 {
            let last = &runs[runs.len() - 1];
            let prev = &runs[runs.len() - 2];
            if left(prev) + prev.width <= left(last) {
                break;
            }
            let last = runs.pop().expect("two runs");
            let prev = runs.last_mut().expect("two runs");
            prev.width += last.width;
            prev.centres += last.centres;
            prev.count += last.count;
        }
    }
    let mut lefts = vec![0.0; xs.len()];
    for (k, run) in runs.iter().enumerate() {
        let end = runs.get(k + 1).map_or(xs.len(), |r| r.first);
        let mut x = left(run);
        for i in run.first..end {
            lefts[i] = x;
            x += widths[i];
        }
    }
    lefts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crowded_lane_cells_spread_without_overlap_and_sparse_ones_stay_under_their_step() {
        let xs = [100.0, 110.0, 120.0, 600.0];
        let widths = [100.0, 100.0, 100.0, 100.0];
        let lefts = spread(&xs, &widths);
        assert_eq!(lefts[0] + 100.0, lefts[1]);
        assert_eq!(lefts[1] + 100.0, lefts[2]);
        // The crowd of three is centred on its mean, 110.
        assert!((lefts[0] - (110.0 - 150.0)).abs() < 1e-3, "{lefts:?}");
        assert_eq!(lefts[3], 550.0, "a lone box stays centred under its step");
    }
}
