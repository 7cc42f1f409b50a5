//! Everything placed around the data: the phases' names, badges and
//! averages, the emotion axis's labels, the marks of each journey's lowest
//! and highest moment, the personas' avatars and the step titles. Computed
//! once here; the canvas and the pictures only paint it.

use std::collections::HashMap;

use egui::emath::{Pos2, Rect, pos2, vec2};

use super::{
    AXIS_GUTTER, Canvas, Curve, Index, PLOT_BOTTOM_MARGIN, Point, View, canvas, canvas_indexed,
    detail, y_of,
};
use crate::model::{Emotion, JourneyId, Map, PersonaId, StepId};
use crate::picture::text::{Font, fit_line, wrap};

use super::headers::headers;
pub use super::headers::{
    AVERAGE_DOT, AVERAGE_FONT, Average, BADGE_FONT, Header, PHASE_FONT, PHASE_FONTS_SMALL,
    badge_text,
};

/// How a line of text sits on its point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The point is the line's left end.
    Start,
    /// The point is the line's middle.
    Middle,
    /// The point is the line's right end.
    End,
}

/// How far the middle of the capital letters is above the baseline, in ems.
pub(super) const BASELINE_TO_MIDDLE: f32 = 0.36;

/// One line of placed text.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    /// The words.
    pub text: String,
    /// Where the line is: the anchor's x, and the middle of the line's letters in y.
    pub at: Pos2,
    /// How the line sits on `at`.
    pub anchor: Anchor,
    /// The font it was measured in.
    pub font: Font,
}

impl Text {
    /// The area the line covers.
    pub fn extent(&self) -> Rect {
        let width = self.font.width(&self.text);
        let left = match self.anchor {
            Anchor::Start => self.at.x,
            Anchor::Middle => self.at.x - width / 2.0,
            Anchor::End => self.at.x - width,
        };
        Rect::from_min_size(
            pos2(left, self.at.y - self.font.size / 2.0),
            vec2(width, self.font.size),
        )
    }

    /// The y of the line's baseline (where SVG puts text): the middle of
    /// the capital letters is about 0.36 em above it.
    pub fn baseline(&self) -> f32 {
        self.at.y + self.font.size * BASELINE_TO_MIDDLE
    }
}

/// Sizes that differ between the normal and the large (workshop, high
/// contrast) look: thicker curves and larger titles, readable from the back of a room.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sizes {
    /// A curve's width.
    pub line: f32,
    /// A faded (not focused) curve's width.
    pub faded_line: f32,
    /// A step's dot radius.
    pub dot: f32,
    /// The radius of a selected step's ring.
    pub ring: f32,
    /// The step titles' font.
    pub title: Font,
    /// The widest a step title gets.
    pub title_width: f32,
}

impl Sizes {
    /// The normal look, also of exported pictures.
    pub const NORMAL: Sizes = Sizes {
        line: 3.5,
        faded_line: 2.0,
        dot: 6.5,
        ring: 10.0,
        title: Font::regular(13.0).leading(1.2),
        title_width: 150.0,
    };
    /// The large look of workshop mode and the high-contrast theme.
    pub const LARGE: Sizes = Sizes {
        line: 6.0,
        faded_line: 3.0,
        dot: 9.0,
        ring: 13.5,
        title: Font::regular(16.0).leading(1.2),
        title_width: 190.0,
    };
}

/// What the scene is built for, beyond the map and the viewport.
pub struct Options<'a> {
    /// Which journeys are drawn.
    pub visible: &'a dyn Fn(JourneyId) -> bool,
    /// The normal or the large look.
    pub sizes: Sizes,
    /// Whether the phase headers keep room for a content badge (the canvas's buttons).
    pub badges: bool,
    /// The journey drawn on top of the others.
    pub front: Option<JourneyId>,
    /// The focused journey: only its titles are placed, the others fade.
    pub focus: Option<JourneyId>,
    /// Selected steps, whose titles are placed first.
    pub selected: &'a [StepId],
    /// The map's steps in time order, when the caller keeps them between
    /// frames; else they are sorted for this scene.
    pub index: Option<&'a Index>,
}

impl<'a> Options<'a> {
    /// The normal look of the journeys `visible` says, with nothing selected or focused.
    pub fn plain(visible: &'a dyn Fn(JourneyId) -> bool) -> Self {
        Self {
            visible,
            sizes: Sizes::NORMAL,
            badges: false,
            front: None,
            focus: None,
            selected: &[],
            index: None,
        }
    }
}

/// A level of the emotion scale: its line and label.
#[derive(Clone, Debug)]
pub struct AxisLevel {
    /// The level.
    pub level: Emotion,
    /// The line's y.
    pub y: f32,
    /// The label, right-aligned in the gutter.
    pub label: Text,
}

/// The mark of a journey's lowest (pain point) or highest (highlight) moment.
#[derive(Clone, Debug)]
pub struct Mark {
    /// The step marked.
    pub step: StepId,
    /// Its journey.
    pub journey: JourneyId,
    /// A highlight (else a pain point).
    pub high: bool,
    /// Whether the mark points up from the step (near the plot's edge it flips).
    pub up: bool,
    /// The arrow: its tip near the step, then its base's two corners.
    pub arrow: [Pos2; 3],
    /// The word beyond the arrow.
    pub word: Text,
    /// The light backing behind the word.
    pub backing: Rect,
    /// Everything the mark covers, which step titles keep clear of.
    pub area: Rect,
}

/// A persona's avatar at the start of their journey's curve.
#[derive(Clone, Debug)]
pub struct Avatar {
    /// The journey.
    pub journey: JourneyId,
    /// Its persona.
    pub persona: PersonaId,
    /// The avatar's circle.
    pub rect: Rect,
}

/// The size of the avatars at the curves' starts.
pub const AVATAR_SIZE: f32 = 26.0;

/// A step's title near its dot.
#[derive(Clone, Debug)]
pub struct Title {
    /// The step.
    pub step: StepId,
    /// Its journey.
    pub journey: JourneyId,
    /// The area the title takes (with a little room around the text).
    pub area: Rect,
    /// Its lines, one or two.
    pub lines: Vec<Text>,
}

/// The mark font.
pub const MARK_FONT: Font = Font::regular(12.0);
/// The emotion scale's font.
pub const SCALE_FONT: Font = Font::regular(13.0);
/// Everything placed: the geometry and all that sits around it.
#[derive(Clone, Debug)]
pub struct Scene {
    /// Bands, curves and points.
    pub canvas: Canvas,
    /// The sizes it was placed with.
    pub sizes: Sizes,
    /// Where step dots are drawn: steps outside this are only there for the curve.
    pub shown: Rect,
    /// The focused journey, if it is drawn.
    pub focus: Option<JourneyId>,
    /// One header per band.
    pub headers: Vec<Header>,
    /// The emotion scale, from very negative to very positive.
    pub axis: Vec<AxisLevel>,
    /// The marks, drawn on top of every curve.
    pub marks: Vec<Mark>,
    /// The personas' avatars.
    pub avatars: Vec<Avatar>,
    /// The step titles that have room.
    pub titles: Vec<Title>,
    /// The selected steps: their dots are drawn even on an aggregated curve.
    pub selected: Vec<StepId>,
    /// The to-be curves (dashed) and their improvement per phase.
    pub to_be: super::tobe::ToBe,
    /// The evidence tint, when it is on ([`super::evidence::tinted`]).
    pub evidence: Option<super::evidence::Tint>,
}

impl Scene {
    /// The dots drawn of a curve: its steps inside the drawing area, all of
    /// them where the curve is drawn step by step, only the selected ones
    /// where it is aggregated.
    pub fn dots<'a>(&'a self, curve: &'a Curve) -> impl Iterator<Item = &'a Point> + 'a {
        let aggregated = curve.aggregated();
        // An aggregated curve with nothing selected draws no dot at all.
        let points: &[Point] = if aggregated && self.selected.is_empty() {
            &[]
        } else {
            &curve.points
        };
        points.iter().filter(move |p| {
            self.shown.contains(p.pos) && detail::dot_drawn(aggregated, &self.selected, p.id)
        })
    }
}

/// Places the whole scene for a map in `rect` seen through `view`.
pub fn scene(map: &Map, rect: Rect, view: View, options: &Options) -> Scene {
    let mut canvas = match options.index {
        Some(index) => canvas_indexed(map, index, rect, view, options.visible),
        None => canvas(map, rect, view, options.visible),
    };
    if let Some(index) = canvas
        .curves
        .iter()
        .position(|c| Some(c.id) == options.front)
    {
        let curve = canvas.curves.remove(index);
        canvas.curves.push(curve);
    }
    let plot = canvas.plot;
    let shown = plot.expand2(vec2(40.0, 20.0));
    let focus = options
        .focus
        .filter(|f| canvas.curves.iter().any(|c| c.id == *f));
    let headers = headers(map, &canvas, options.badges);
    let axis = Emotion::ALL
        .into_iter()
        .map(|level| {
            let y = y_of(level.value(), plot);
            AxisLevel {
                level,
                y,
                label: Text {
                    text: level.label(),
                    at: pos2(rect.left() + AXIS_GUTTER - 10.0, y),
                    anchor: Anchor::End,
                    font: SCALE_FONT,
                },
            }
        })
        .collect();
    let avatars = avatars(map, &canvas);
    let squares: Vec<Rect> = super::measured::measured_curves(map, &canvas)
        .iter()
        .flat_map(|c| &c.points)
        .map(|p| Rect::from_center_size(p.pos, vec2(10.0, 10.0)))
        .collect();
    let marks = marks(&canvas, &avatars, &squares);
    let to_be = super::tobe::to_be(map, &canvas, &marks, &avatars, shown);
    let mut scene = Scene {
        canvas,
        sizes: options.sizes,
        shown,
        focus,
        headers,
        axis,
        marks,
        avatars,
        titles: Vec::new(),
        selected: options.selected.to_vec(),
        to_be,
        evidence: None,
    };
    scene.titles = titles(map, &scene, options.selected);
    scene
}

/// The marks of each curve's lowest and highest step, where the step is
/// in the plot and the mark has room: a mark that would cover an avatar or
/// a mark already placed (the front curve's come first) points the other
/// way, or is left out where that has no room either. A mark also points
/// the other way rather than cover a measured point's square (`squares`),
/// where that way has room; else it covers it.
fn marks(canvas: &Canvas, avatars: &[Avatar], squares: &[Rect]) -> Vec<Mark> {
    let plot = canvas.plot;
    let mut marks: Vec<Mark> = Vec::new();
    for curve in canvas.curves.iter().rev() {
        for p in &curve.points {
            let high = Some(p.id) == curve.highest;
            if !(high || Some(p.id) == curve.lowest) || !plot.x_range().contains(p.pos.x) {
                continue;
            }
            let preferred = mark_up(p.pos, high, plot);
            let within = Rect::from_x_y_ranges(
                plot.x_range(),
                plot.top()..=plot.bottom() + PLOT_BOTTOM_MARGIN,
            );
            let free = |m: &Mark| {
                marks.iter().all(|other| !other.area.intersects(m.area))
                    && avatars.iter().all(|a| !a.rect.intersects(m.area))
            };
            let clear = |m: &Mark| squares.iter().all(|s| !s.intersects(m.area));
            let ways: Vec<Mark> = [preferred, !preferred]
                .into_iter()
                .map(|up| mark_pointing(curve.id, p.id, p.pos, high, up, plot))
                .collect();
            let room =
                |(i, m): &(usize, Mark)| free(m) && (*i == 0 || within.contains_rect(m.area));
            let mut ways = ways.into_iter().enumerate();
            let placed = match ways.clone().find(|w| room(w) && clear(&w.1)) {
                Some(way) => Some(way),
                None => ways.find(room),
            };
            if let Some((_, mark)) = placed {
                marks.push(mark);
            }
        }
    }
    marks.reverse();
    marks
}

/// Which way a mark points from its step: up for a highlight and down for a
/// pain point, unless that would run out of the plot.
fn mark_up(at: Pos2, high: bool, plot: Rect) -> bool {
    if high {
        at.y - 44.0 >= plot.top()
    } else {
        at.y + 44.0 > plot.bottom() + PLOT_BOTTOM_MARGIN
    }
}

#[cfg(test)]
fn mark(journey: JourneyId, step: StepId, at: Pos2, high: bool, plot: Rect) -> Mark {
    mark_pointing(journey, step, at, high, mark_up(at, high, plot), plot)
}

/// A mark pointing up or down from its step.
fn mark_pointing(
    journey: JourneyId,
    step: StepId,
    at: Pos2,
    high: bool,
    up: bool,
    plot: Rect,
) -> Mark {
    let t = crate::i18n::canvas::t();
    let dir = if up { -1.0 } else { 1.0 };
    let tip = at + vec2(0.0, dir * 14.0);
    let base = at + vec2(0.0, dir * 26.0);
    let word = if high { t.highlight } else { t.pain_point };
    // The word's baseline: a little beyond the arrow's base.
    let size = MARK_FONT.size;
    let baseline = if up {
        base.y - 4.0
    } else {
        base.y + 2.0 + size
    };
    let width = MARK_FONT.width(word) + 6.0;
    // The word stays inside the plot, however near its edge the step is.
    let word_x =
        at.x.min(plot.right() - width / 2.0)
            .max(plot.left() + width / 2.0);
    let middle = pos2(word_x, baseline - size * BASELINE_TO_MIDDLE);
    Mark {
        step,
        journey,
        high,
        up,
        arrow: [tip, base + vec2(-7.0, 0.0), base + vec2(7.0, 0.0)],
        word: Text {
            text: word.to_owned(),
            at: middle,
            anchor: Anchor::Middle,
            font: MARK_FONT,
        },
        backing: Rect::from_min_size(
            pos2(word_x - width / 2.0, baseline - size - 1.0),
            vec2(width, size + 4.0),
        ),
        // From the arrow's tip on: clear of the avatar beside a journey's first step.
        area: Rect::from_two_pos(at + vec2(-34.0, dir * 14.5), at + vec2(34.0, dir * 42.0))
            .union(Rect::from_center_size(middle, vec2(width, size + 4.0))),
    }
}

/// The personas' avatars, left of their curves' first steps where that is in the plot.
fn avatars(map: &Map, canvas: &Canvas) -> Vec<Avatar> {
    let plot = canvas.plot;
    canvas
        .curves
        .iter()
        .filter_map(|curve| {
            let persona = map.journey(curve.id)?.persona?;
            map.persona(persona)?;
            // The curve's first step, if it is on screen (points are in time order).
            let first = curve
                .points
                .first()
                .filter(|p| plot.x_range().contains(p.pos.x))?;
            let center = first.pos - vec2(AVATAR_SIZE * 0.5 + 12.0, 0.0);
            let rect = Rect::from_center_size(center, vec2(AVATAR_SIZE, AVATAR_SIZE));
            // Wholly in the plot, clear of the scale's words left of it.
            plot.contains_rect(rect).then_some(Avatar {
                journey: curve.id,
                persona,
                rect,
            })
        })
        .fold(Vec::new(), |mut placed: Vec<Avatar>, avatar| {
            // Two journeys starting at one moment: the first one's avatar.
            if placed.iter().all(|a| !a.rect.intersects(avatar.rect)) {
                placed.push(avatar);
            }
            placed
        })
}

/// Rectangles already taken, bucketed by x so that a long map stays quick.
#[derive(Default)]
struct Taken {
    buckets: HashMap<i32, Vec<Rect>>,
}

/// The width of a bucket of taken rectangles.
const BUCKET: f32 = 200.0;

impl Taken {
    fn keys(r: Rect) -> std::ops::RangeInclusive<i32> {
        ((r.left() / BUCKET).floor() as i32)..=((r.right() / BUCKET).floor() as i32)
    }

    fn free(&self, r: Rect) -> bool {
        Self::keys(r).all(|k| {
            self.buckets
                .get(&k)
                .is_none_or(|rects| !rects.iter().any(|p| p.intersects(r)))
        })
    }

    fn add(&mut self, r: Rect) {
        for k in Self::keys(r) {
            self.buckets.entry(k).or_default().push(r);
        }
    }
}

/// Step titles where they do not collide: above the dot, else below; on two
/// lines where there is room, else one shortened line. Selected steps go
/// first, then the focused journey (when one is, only its titles), then the
/// curves from the top one down. No title covers a dot, a mark or an avatar.
fn titles(map: &Map, scene: &Scene, selected: &[StepId]) -> Vec<Title> {
    let canvas = &scene.canvas;
    let plot = canvas.plot;
    let sizes = scene.sizes;
    let mut taken = Taken::default();
    let dot = vec2(2.0 * sizes.dot + 1.0, 2.0 * sizes.dot + 1.0);
    for curve in &canvas.curves {
        for p in scene.dots(curve) {
            taken.add(Rect::from_center_size(p.pos, dot));
        }
    }
    for mark in &scene.marks {
        taken.add(mark.area);
    }
    for avatar in &scene.avatars {
        taken.add(avatar.rect);
    }
    for improvement in &scene.to_be.improvements {
        taken.add(improvement.area);
    }
    // What customers said: a title never hides a measured point's square.
    for curve in super::measured::measured_curves(map, canvas) {
        for p in &curve.points {
            taken.add(Rect::from_center_size(p.pos, vec2(10.0, 10.0)));
        }
    }
    let mut candidates: Vec<(u8, &Curve, usize)> = canvas
        .curves
        .iter()
        .rev()
        .flat_map(|c| {
            // An aggregated curve's titles wait for zooming in; only a
            // selected step's is placed.
            let n = if c.aggregated() && selected.is_empty() {
                0
            } else {
                c.points.len()
            };
            (0..n).map(move |i| (c, i))
        })
        .filter(|(c, i)| scene.shown.contains(c.points[*i].pos))
        .filter_map(|(c, i)| {
            let step = c.points[i].id;
            let rank = if selected.contains(&step) {
                0
            } else if c.aggregated() {
                // Too dense to read: no titles until zooming in makes room.
                return None;
            } else if scene.focus.is_none_or(|f| f == c.id) {
                1
            } else {
                return None;
            };
            Some((rank, c, i))
        })
        .collect();
    candidates.sort_by_key(|(rank, _, _)| *rank);

    let font = sizes.title;
    let gap = sizes.dot + 4.5;
    // The smallest title a spot can hold: if this collides, every title there would.
    let least = vec2(6.0, font.line_height() + 3.0);
    let mut titles = Vec::new();
    let mut bands_taken = false;
    for (rank, curve, i) in candidates {
        if rank > 0 && !bands_taken {
            // Past the selected steps, titles keep clear of the aggregated
            // curves' bands (taken in runs about a title's width).
            for curve in &canvas.curves {
                for area in detail::band_areas(&curve.band, 16) {
                    taken.add(area.expand(sizes.line / 2.0));
                }
            }
            bands_taken = true;
        }
        let point = &curve.points[i];
        let pos = point.pos;
        let spot = |up: bool, size: egui::Vec2| {
            let dir = if up { -1.0 } else { 1.0 };
            Rect::from_center_size(pos + vec2(0.0, dir * (gap + size.y / 2.0)), size)
        };
        let fits = |r: Rect| plot.contains_rect(r) && taken.free(r);
        if !fits(spot(true, least)) && !fits(spot(false, least)) {
            continue;
        }
        let Some(step) = map.journey(curve.id).and_then(|j| j.steps.get(point.index)) else {
            continue;
        };
        // Two lines where there is room, else one shortened line.
        let two = wrap(&step.title, font, sizes.title_width, 2);
        let choices = if two.len() > 1 {
            vec![two, vec![fit_line(&step.title, font, sizes.title_width)]]
        } else if two.is_empty() {
            continue;
        } else {
            vec![two]
        };
        for lines in choices {
            let widest = lines.iter().map(|l| font.width(l)).fold(0.0, f32::max);
            let size = vec2(widest + 6.0, lines.len() as f32 * font.line_height() + 3.0);
            let Some(area) = [spot(true, size), spot(false, size)]
                .into_iter()
                .find(|r| fits(*r))
            else {
                continue;
            };
            taken.add(area);
            let lines = lines
                .into_iter()
                .enumerate()
                .map(|(row, text)| Text {
                    text,
                    at: pos2(
                        area.center().x,
                        area.top()
                            + 1.0
                            + font.size * (0.88 - BASELINE_TO_MIDDLE)
                            + row as f32 * font.line_height(),
                    ),
                    anchor: Anchor::Middle,
                    font,
                })
                .collect();
            titles.push(Title {
                step: point.id,
                journey: curve.id,
                area,
                lines,
            });
            break;
        }
    }
    titles
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::generate::{MapSize, generated_map};

    fn small_map() -> Map {
        generated_map(MapSize {
            steps: 60,
            journeys: 3,
            personas: 3,
            content: 0,
            text_len: 5,
            photo_bytes: 0,
        })
    }

    fn placed(map: &Map, options: &Options) -> Scene {
        let rect = Rect::from_min_size(Pos2::ZERO, vec2(1400.0, 560.0));
        let plot = super::super::plot_rect(rect);
        scene(map, rect, View::fit(map, plot.width()), options)
    }

    #[test]
    fn titles_never_overlap_each_other_dots_marks_or_avatars() {
        let map = small_map();
        let scene = placed(&map, &Options::plain(&|_| true));
        assert!(!scene.titles.is_empty());
        for (i, a) in scene.titles.iter().enumerate() {
            assert!(scene.canvas.plot.contains_rect(a.area));
            assert!(a.lines.len() <= 2);
            for b in &scene.titles[i + 1..] {
                assert!(!a.area.intersects(b.area), "{a:?} overlaps {b:?}");
            }
            for mark in &scene.marks {
                assert!(!a.area.intersects(mark.area));
            }
            for avatar in &scene.avatars {
                assert!(!a.area.intersects(avatar.rect));
            }
            for p in scene.canvas.curves.iter().flat_map(|c| &c.points) {
                assert!(!a.area.contains(p.pos), "a title covers a dot");
            }
        }
    }

    #[test]
    fn a_highlight_at_the_top_of_the_plot_points_down() {
        let plot = Rect::from_min_size(pos2(0.0, 100.0), vec2(800.0, 400.0));
        let top = mark(JourneyId(1), StepId(1), pos2(50.0, 110.0), true, plot);
        assert!(!top.up && top.arrow[0].y > 110.0, "{top:?}");
        let middle = mark(JourneyId(1), StepId(1), pos2(50.0, 300.0), true, plot);
        assert!(middle.up && middle.arrow[0].y < 300.0);
        let bottom = mark(JourneyId(1), StepId(1), pos2(50.0, 495.0), false, plot);
        assert!(bottom.up, "a pain point at the bottom points up");
    }

    #[test]
    fn only_the_focused_journeys_titles_are_placed_and_selected_steps_come_first() {
        let map = small_map();
        let focus = map.journeys[1].id;
        let selected = [map.journeys[0].steps[3].id];
        let options = Options {
            focus: Some(focus),
            selected: &selected,
            ..Options::plain(&|_| true)
        };
        let scene = placed(&map, &options);
        assert_eq!(scene.titles[0].step, selected[0]);
        assert!(scene.titles[1..].iter().all(|t| t.journey == focus));
    }

    #[test]
    fn averages_are_spaced_evenly_around_the_header_middle() {
        let map = small_map();
        let scene = placed(&map, &Options::plain(&|_| true));
        for header in scene.headers.iter().filter(|h| h.averages.len() == 3) {
            let xs: Vec<f32> = header.averages.iter().map(|a| a.dot.x - 6.0).collect();
            assert!((xs[1] - xs[0] - super::super::headers::AVERAGE_STEP).abs() < 1e-3);
            let middle = xs[0] + super::super::headers::AVERAGE_STEP * 1.5;
            assert!((middle - header.rect.center().x).abs() < 1e-3);
        }
        assert!(scene.headers.iter().any(|h| h.averages.len() == 3));
    }
}
