//! The scene: a map seen through a viewport, with everything placed —
//! phase bands and their headers, step points, curves, marks, step titles,
//! avatars, the emotion axis and the lane cells. Computed once, here; the
//! egui canvas and the SVG writer only paint it. Plain data, no drawing.
//!
//! This file holds the geometry of time and emotion; `labels` places what
//! sits around the data, `lanes` the grid under a journey, and `palette`
//! the colours both painters use.

pub mod detail;
pub mod evidence;
pub mod ghost;
pub mod headers;
pub mod index;
pub mod labels;
pub mod lanes;
pub mod measured;
pub mod palette;
pub mod sparkline;
pub mod tobe;
pub mod words;

pub use detail::Column;
pub use index::Index;
pub use labels::{
    Anchor, Avatar, Average, AxisLevel, Header, Mark, Options, Scene, Sizes, Text, Title, scene,
};
pub use lanes::{Cell, LANE_HEIGHT, lane_cells};

use egui::emath::{Pos2, Rect, pos2, vec2};

use crate::model::{Emotion, JourneyId, Map, PhaseId, Rgb, Step, StepId};

/// Space on the left of the plot for the emotion axis labels.
pub const AXIS_GUTTER: f32 = 132.0;
/// Height of the phase-name header above the plot.
pub const PHASE_HEADER: f32 = 54.0;
/// Space below the plot.
pub const PLOT_BOTTOM_MARGIN: f32 = 18.0;

/// How the time axis is shown: the horizontal zoom and pan.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    /// Screen points per time unit.
    pub zoom: f32,
    /// The time at the plot's left edge.
    pub left_time: f64,
}

impl Default for View {
    fn default() -> Self {
        Self {
            zoom: 24.0,
            left_time: 0.0,
        }
    }
}

impl View {
    /// The view that shows the whole map in a plot of this width.
    pub fn fit(map: &Map, plot_width: f32) -> Self {
        let total = map.total_width().max(1.0);
        Self {
            zoom: (f64::from(plot_width.max(50.0)) / total) as f32,
            left_time: 0.0,
        }
    }

    /// Zooms by `factor` keeping the time under screen x `anchor_x` in place.
    pub fn zoom_around(&mut self, factor: f32, anchor_x: f32, plot: Rect) {
        let time = self.time_at(anchor_x, plot);
        self.zoom = (self.zoom * factor).clamp(0.5, 2_000.0);
        self.left_time = time - f64::from(anchor_x - plot.left()) / f64::from(self.zoom);
    }

    /// Moves the view by a screen distance.
    pub fn pan(&mut self, dx: f32) {
        self.left_time -= f64::from(dx) / f64::from(self.zoom);
    }

    /// The time at screen x.
    pub fn time_at(&self, x: f32, plot: Rect) -> f64 {
        self.left_time + f64::from(x - plot.left()) / f64::from(self.zoom)
    }

    /// The screen x of a time.
    pub fn x_of(&self, time: f64, plot: Rect) -> f32 {
        plot.left() + ((time - self.left_time) * f64::from(self.zoom)) as f32
    }
}

/// Room above the top and below the bottom of the emotion scale inside the plot,
/// for the marks and titles of extreme steps.
pub const SCALE_PADDING: f32 = 26.0;

/// The screen y of an emotion in the plot.
pub fn y_of(emotion: f64, plot: Rect) -> f32 {
    let scale = plot.shrink2(vec2(0.0, SCALE_PADDING));
    let t = ((emotion - Emotion::MIN) / (Emotion::MAX - Emotion::MIN)) as f32;
    scale.bottom() - t * scale.height()
}

/// The emotion at screen y in the plot.
pub fn emotion_at(y: f32, plot: Rect) -> f64 {
    let scale = plot.shrink2(vec2(0.0, SCALE_PADDING));
    let t = f64::from((scale.bottom() - y) / scale.height().max(1.0));
    (Emotion::MIN + t * (Emotion::MAX - Emotion::MIN)).clamp(Emotion::MIN, Emotion::MAX)
}

/// The change in emotion of a vertical screen movement `dy` (down is negative).
pub fn emotion_delta(dy: f32, plot: Rect) -> f64 {
    let scale = plot.shrink2(vec2(0.0, SCALE_PADDING));
    -f64::from(dy / scale.height().max(1.0)) * (Emotion::MAX - Emotion::MIN)
}

/// A phase band on screen.
#[derive(Clone, Debug)]
pub struct Band {
    /// The phase.
    pub id: PhaseId,
    /// The band over the header and plot.
    pub rect: Rect,
    /// The phase's colour.
    pub color: Rgb,
    /// The phase's name.
    pub name: String,
    /// Average emotion of each visible journey with steps in this phase.
    pub averages: Vec<(JourneyId, f64)>,
    /// The running experiments of the visible journeys' steps in this phase.
    pub running: Vec<index::Running>,
}

/// A step on screen.
#[derive(Clone, Debug)]
pub struct Point {
    /// The step.
    pub id: StepId,
    /// Where it is.
    pub pos: Pos2,
    /// Its time on the whole axis.
    pub time: f64,
    /// Its emotion.
    pub emotion: f64,
    /// Where the step is in its journey's list of steps (for reading it without a search).
    pub index: usize,
}

/// One journey's curve on screen.
#[derive(Clone, Debug)]
pub struct Curve {
    /// The journey.
    pub id: JourneyId,
    /// Its colour.
    pub color: Rgb,
    /// Its steps on screen in time order, with the nearest one beyond each side.
    pub points: Vec<Point>,
    /// The smooth line through the points, only where it is on screen; on
    /// an aggregated curve, the line through its columns' means.
    pub line: Vec<Pos2>,
    /// Where the steps are too dense to read one by one, the band they
    /// span per screen column (see [`detail`]); empty where each step is drawn.
    pub band: Vec<Column>,
    /// The lowest moment (a pain point), if any step.
    pub lowest: Option<StepId>,
    /// The highest moment (a highlight), if any step.
    pub highest: Option<StepId>,
}

impl Curve {
    /// Whether the curve is drawn as an aggregated band rather than step by step.
    pub fn aggregated(&self) -> bool {
        !self.band.is_empty()
    }
}

/// The canvas: the plot with its bands and curves.
#[derive(Clone, Debug)]
pub struct Canvas {
    /// The whole canvas area.
    pub rect: Rect,
    /// The plot area, inside the gutter and header.
    pub plot: Rect,
    /// The phase bands, in order.
    pub bands: Vec<Band>,
    /// The visible journeys' curves.
    pub curves: Vec<Curve>,
}

/// Splits a canvas area into the plot.
pub fn plot_rect(rect: Rect) -> Rect {
    Rect::from_min_max(
        pos2(rect.left() + AXIS_GUTTER, rect.top() + PHASE_HEADER),
        pos2(rect.right() - 8.0, rect.bottom() - PLOT_BOTTOM_MARGIN),
    )
}

/// Where every phase starts on the time axis, and how wide it is.
///
/// A map has a handful of phases, so a short list searched in order beats
/// hashing for the thousands of lookups a frame makes.
#[derive(Clone, Debug)]
pub struct PhaseStarts(Vec<(PhaseId, f64, f64)>);

impl PhaseStarts {
    /// The start and width of a phase, and its position in the order.
    pub fn get(&self, id: PhaseId) -> Option<(usize, f64, f64)> {
        self.0
            .iter()
            .enumerate()
            .find(|(_, (p, _, _))| *p == id)
            .map(|(i, (_, start, width))| (i, *start, *width))
    }
}

/// Where every phase starts on the time axis.
pub fn phase_starts(map: &Map) -> PhaseStarts {
    let mut start = 0.0;
    PhaseStarts(
        map.phases
            .iter()
            .map(|p| {
                let entry = (p.id, start, p.width);
                start += p.width;
                entry
            })
            .collect(),
    )
}

/// A step's time, given the phases' starts.
pub fn step_time(step: &Step, starts: &PhaseStarts) -> Option<f64> {
    starts
        .get(step.phase)
        .map(|(_, start, width)| start + step.at * width)
}

/// Lays the canvas out. `visible` says which journeys are drawn.
///
/// Sorts the map's steps first; the editor keeps that [`Index`] between
/// frames and calls [`canvas_indexed`].
pub fn canvas(map: &Map, rect: Rect, view: View, visible: &dyn Fn(JourneyId) -> bool) -> Canvas {
    canvas_indexed(map, &Index::of(map), rect, view, visible)
}

/// Lays the canvas out from the map's steps in time order (`index`, built
/// from this very map).
///
/// A journey whose steps on screen are denser than can be read is
/// aggregated: its curve gets a band (see [`detail`]) and a line through the
/// band's means; its points are all still there, for selecting and lanes.
/// Only steps on screen (and the nearest one beyond each side, so the curve
/// runs on past the edges) get a point, found by binary search: a long map
/// costs little more than what the viewport shows. The lowest and highest
/// moments are among all steps.
pub fn canvas_indexed(
    map: &Map,
    index: &Index,
    rect: Rect,
    view: View,
    visible: &dyn Fn(JourneyId) -> bool,
) -> Canvas {
    let plot = plot_rect(rect);
    let (from, to) = (
        view.time_at(rect.left() - 80.0, plot),
        view.time_at(rect.right() + 80.0, plot),
    );
    let placed: Vec<(&crate::model::Journey, &index::JourneyOrder, Vec<Point>)> = map
        .journeys
        .iter()
        .zip(&index.journeys)
        .filter(|(j, _)| visible(j.id))
        .map(|(journey, order)| {
            let within = order.within(from, to);
            // The nearest step off each side, so the curve runs on past the edges.
            let first = within.start.saturating_sub(1);
            let last = (within.end + 1).min(order.order.len());
            let points: Vec<Point> = order.order[first..last]
                .iter()
                .map(|s| Point {
                    id: s.id,
                    pos: pos2(view.x_of(s.time, plot), y_of(s.emotion, plot)),
                    time: s.time,
                    emotion: s.emotion,
                    index: s.index,
                })
                .collect();
            (journey, order, points)
        })
        .collect();
    // One zoom, one look: where the journeys' steps together are denser
    // than can be read, every curve is a band with the line through its
    // means; else every curve is drawn step by step.
    let runs: Vec<&[Point]> = placed.iter().map(|(_, _, p)| p.as_slice()).collect();
    let dense = detail::too_dense(&runs, plot);
    let curves = placed
        .into_iter()
        .map(|(journey, order, points)| {
            let (band, line) = if dense {
                let band = detail::band(&points, plot);
                let line = detail::line_through_means(&band);
                (band, line)
            } else {
                let positions: Vec<Pos2> = points.iter().map(|p| p.pos).collect();
                let line = smooth_line(&positions, plot.left() - 50.0, plot.right() + 50.0);
                (Vec::new(), line)
            };
            Curve {
                id: journey.id,
                color: journey.color,
                line,
                band,
                points,
                lowest: order.lowest,
                highest: order.highest,
            }
        })
        .collect();

    let bands = map
        .phases
        .iter()
        .enumerate()
        .map(|(p, phase)| {
            let (start, width) = (index.starts.0[p].1, index.starts.0[p].2);
            let rect = Rect::from_min_max(
                pos2(view.x_of(start, plot), rect.top()),
                pos2(view.x_of(start + width, plot), plot.bottom()),
            );
            // The average emotion of each visible journey with steps here.
            let averages = map
                .journeys
                .iter()
                .zip(&index.sums[p])
                .filter(|(j, (_, count))| *count > 0 && visible(j.id))
                .map(|(j, (sum, count))| (j.id, sum / *count as f64))
                .collect();
            let running = index.running[p]
                .iter()
                .filter(|r| visible(r.journey))
                .copied()
                .collect();
            Band {
                id: phase.id,
                rect,
                color: phase.color,
                name: phase.name.clone(),
                averages,
                running,
            }
        })
        .collect();
    Canvas {
        rect,
        plot,
        bands,
        curves,
    }
}

/// A Catmull-Rom curve through the points (in x order), sampled only between
/// `min_x` and `max_x`: off-screen segments cost nothing.
pub fn smooth_line(points: &[Pos2], min_x: f32, max_x: f32) -> Vec<Pos2> {
    const SAMPLES: usize = 10;
    let mut line = Vec::new();
    if points.len() < 2 {
        return points.to_vec();
    }
    let at = |i: isize| points[i.clamp(0, points.len() as isize - 1) as usize];
    for i in 0..points.len() - 1 {
        let (p1, p2) = (points[i], points[i + 1]);
        if p2.x < min_x || p1.x > max_x {
            continue;
        }
        let (p0, p3) = (at(i as isize - 1), at(i as isize + 2));
        for s in 0..SAMPLES {
            let t = s as f32 / SAMPLES as f32;
            let (t2, t3) = (t * t, t * t * t);
            let point = 0.5
                * ((2.0 * p1.to_vec2())
                    + (p2 - p0) * t
                    + (2.0 * p0.to_vec2() - 5.0 * p1.to_vec2() + 4.0 * p2.to_vec2()
                        - p3.to_vec2())
                        * t2
                    + (3.0 * p1.to_vec2() - p0.to_vec2() - 3.0 * p2.to_vec2() + p3.to_vec2()) * t3);
            // Keep the curve between its two points in y, so it never overshoots the scale.
            let y = point.y.clamp(p1.y.min(p2.y), p1.y.max(p2.y));
            line.push(pos2(point.x, y));
        }
        if line.last().is_some_and(|last| *last != p2)
            && (i + 2 == points.len() || points[i + 2].x > max_x)
        {
            line.push(p2);
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::generate::{MapSize, generated_map};

    #[test]
    fn time_and_emotion_map_to_screen_and_back() {
        let plot = Rect::from_min_size(pos2(100.0, 50.0), vec2(800.0, 600.0));
        let view = View {
            zoom: 20.0,
            left_time: 5.0,
        };
        assert_eq!(view.x_of(5.0, plot), 100.0);
        assert!((view.time_at(view.x_of(17.5, plot), plot) - 17.5).abs() < 1e-6);
        assert_eq!(y_of(3.0, plot), 50.0 + SCALE_PADDING);
        assert_eq!(y_of(-3.0, plot), 650.0 - SCALE_PADDING);
        assert!((emotion_at(y_of(1.25, plot), plot) - 1.25).abs() < 1e-5);
    }

    #[test]
    fn zooming_keeps_the_time_under_the_cursor() {
        let plot = Rect::from_min_size(pos2(100.0, 50.0), vec2(800.0, 600.0));
        let mut view = View::default();
        let before = view.time_at(420.0, plot);
        view.zoom_around(1.7, 420.0, plot);
        assert!((view.time_at(420.0, plot) - before).abs() < 1e-6);
    }

    #[test]
    fn curves_run_in_time_order_and_mark_extremes() {
        let map = generated_map(MapSize {
            steps: 40,
            journeys: 2,
            personas: 0,
            content: 0,
            text_len: 5,
            photo_bytes: 0,
        });
        let rect = Rect::from_min_size(Pos2::ZERO, vec2(1200.0, 600.0));
        let canvas = canvas(&map, rect, View::fit(&map, 1000.0), &|_| true);
        assert_eq!(canvas.curves.len(), 2);
        assert_eq!(canvas.bands.len(), 5);
        for curve in &canvas.curves {
            assert!(curve.points.windows(2).all(|w| w[0].time <= w[1].time));
            // The marks are the journey's lowest and highest steps (the
            // whole map is in view, so every step is a point).
            let journey = map.journey(curve.id).expect("the curve's journey");
            let emotion =
                |id: Option<StepId>| id.and_then(|id| journey.step(id)).map(|s| s.emotion);
            let all = journey.steps.iter().map(|s| s.emotion);
            let min = all.clone().fold(f64::INFINITY, f64::min);
            let max = all.fold(f64::NEG_INFINITY, f64::max);
            assert!(min < max, "the generated journey has ups and downs");
            assert_eq!(emotion(curve.lowest), Some(min));
            assert_eq!(emotion(curve.highest), Some(max));
            assert!(curve.line.len() > curve.points.len());
        }
        let hidden = super::canvas(&map, rect, View::default(), &|id| id.0 == 1);
        assert_eq!(hidden.curves.len(), 1);
    }

    #[test]
    fn only_steps_on_screen_and_one_beyond_each_side_get_points() {
        let mut map = generated_map(MapSize {
            steps: 5_000,
            journeys: 1,
            personas: 0,
            content: 0,
            text_len: 5,
            photo_bytes: 0,
        });
        for phase in &mut map.phases {
            phase.width *= 100.0;
        }
        let rect = Rect::from_min_size(Pos2::ZERO, vec2(1200.0, 600.0));
        let view = View {
            zoom: 20.0,
            left_time: 2_000.0,
        };
        let canvas = canvas(&map, rect, view, &|_| true);
        let points = &canvas.curves[0].points;
        assert!(points.len() < 200, "{}", points.len());
        assert!(points.first().is_some_and(|p| p.pos.x < rect.left()));
        assert!(points.last().is_some_and(|p| p.pos.x > rect.right()));
        let all = map.journeys[0].steps.iter();
        let lowest = all
            .min_by(|a, b| a.emotion.total_cmp(&b.emotion))
            .map(|s| s.id);
        assert_eq!(
            canvas.curves[0].lowest, lowest,
            "extremes come from all steps"
        );
    }

    #[test]
    fn off_screen_steps_get_no_curve_samples_or_cells() {
        let points: Vec<Pos2> = (0..1000).map(|i| pos2(i as f32 * 10.0, 100.0)).collect();
        let line = smooth_line(&points, 0.0, 100.0);
        assert!(line.len() < 200, "{}", line.len());
    }
}
