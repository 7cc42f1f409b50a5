//! Measured next to perceived: each journey's survey scores as a second
//! curve through the same viewport, and each phase band's on-target /
//! off-target marks for its KPIs. Built from the canvas already laid out,
//! so the cost is the steps on screen, never the whole map.

use egui::emath::{Pos2, Rect, pos2, vec2};

use super::labels::{Anchor, Scene, Text};
use super::{Canvas, PHASE_HEADER, y_of};
use crate::model::{JourneyId, Map, OnTarget, Rgb, StepId};
use crate::picture::text::Font;

/// One step's measured emotion on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasuredPoint {
    /// The step.
    pub id: StepId,
    /// Where the measured emotion is (the step's time, the measured height).
    pub pos: Pos2,
    /// Where the perceived emotion is (the step's own point).
    pub perceived: Pos2,
    /// How many customers answered.
    pub respondents: u32,
}

/// A journey's measured curve: dashed, through its surveyed steps.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasuredCurve {
    /// The journey.
    pub id: JourneyId,
    /// Its colour.
    pub color: Rgb,
    /// Its surveyed steps on screen, in time order.
    pub points: Vec<MeasuredPoint>,
}

/// The measured curves of the canvas's journeys that have survey scores on
/// screen. Aggregated (too dense) curves get none.
pub fn measured_curves(map: &Map, canvas: &Canvas) -> Vec<MeasuredCurve> {
    canvas
        .curves
        .iter()
        .filter(|c| !c.aggregated())
        .filter_map(|curve| {
            let journey = map.journey(curve.id)?;
            let points: Vec<MeasuredPoint> = curve
                .points
                .iter()
                .filter_map(|p| {
                    let step = journey.steps.get(p.index).filter(|s| s.id == p.id)?;
                    let measured = step.measured()?;
                    Some(MeasuredPoint {
                        id: p.id,
                        pos: pos2(p.pos.x, y_of(measured.emotion, canvas.plot)),
                        perceived: p.pos,
                        respondents: measured.respondents,
                    })
                })
                .collect();
            (!points.is_empty()).then_some(MeasuredCurve {
                id: curve.id,
                color: curve.color,
                points,
            })
        })
        .collect()
}

/// A KPI's on-target / off-target mark in its phase's header.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiMark {
    /// The mark's centre.
    pub pos: Pos2,
    /// On or off target.
    pub on: OnTarget,
    /// The KPI's name.
    pub kpi: String,
}

/// The radius of a KPI mark.
pub const KPI_MARK_RADIUS: f32 = 4.0;

/// A KPI mark's diamond around its centre (top, right, bottom, left): a
/// diamond, so it never reads as a journey's dot in the averages.
pub fn kpi_diamond(centre: Pos2) -> [Pos2; 4] {
    let r = KPI_MARK_RADIUS + 0.5;
    [
        centre + vec2(0.0, -r),
        centre + vec2(r, 0.0),
        centre + vec2(0.0, r),
        centre + vec2(-r, 0.0),
    ]
}

/// The marks of every KPI with a measurement and a target, in a row at the
/// bottom right of its phase's header (of the part on screen).
pub fn kpi_marks(map: &Map, canvas: &Canvas) -> Vec<KpiMark> {
    let mut marks = Vec::new();
    for band in &canvas.bands {
        let Some(phase) = map.phase(band.id) else {
            continue;
        };
        let y = band.rect.top() + PHASE_HEADER - 8.0;
        // At the right of the band's part on screen: zoomed in, they stay in view.
        let mut x = band.rect.right().min(canvas.rect.right()) - 8.0;
        for kpi in phase.kpis.iter().rev() {
            let Some(on) = kpi.on_target() else {
                continue;
            };
            if x - KPI_MARK_RADIUS < band.rect.left() + 4.0 {
                break;
            }
            marks.push(KpiMark {
                pos: pos2(x, y),
                on,
                kpi: kpi.name.clone(),
            });
            x -= KPI_MARK_RADIUS * 2.0 + 4.0;
        }
    }
    marks
}

/// The KPI marks that have room in their phase's header: a mark that would
/// touch a phase name, a badge, an average or the running experiments is left out (the phase
/// inspector lists every KPI).
pub fn placed_kpi_marks(map: &Map, scene: &Scene) -> Vec<KpiMark> {
    let header: Vec<Rect> = scene
        .headers
        .iter()
        .flat_map(|h| {
            let averages = h.averages.iter().flat_map(|a| {
                [
                    a.value.extent(),
                    Rect::from_center_size(a.dot, vec2(10.0, 10.0)),
                ]
            });
            h.name
                .iter()
                .map(Text::extent)
                .chain(h.badge)
                .chain(averages)
                .chain(h.running.as_ref().map(|r| r.area))
        })
        .collect();
    let room = KPI_MARK_RADIUS + 2.0;
    kpi_marks(map, &scene.canvas)
        .into_iter()
        .filter(|mark| {
            let rect = Rect::from_center_size(mark.pos, vec2(2.0 * room, 2.0 * room));
            !header.iter().any(|h| h.intersects(rect))
        })
        .collect()
}

/// How the measured curves are dashed (dash, gap): short, against the
/// to-be curves' long dashes.
pub const MEASURED_DASH: (f32, f32) = (4.0, 4.0);
/// A measured curve's width: thinner than a journey's own.
pub const MEASURED_WIDTH: f32 = 2.0;
/// The side of a measured point's square as drawn.
pub const MEASURED_SQUARE: f32 = 8.0;

/// The respondent counts' font.
pub const COUNT_FONT: Font = Font::regular(11.0);

/// The side of a measured point's square: what a count keeps clear of.
const SQUARE: f32 = 10.0;

/// Where a count may sit beside its square, in order: right below, right
/// above, left below, left above (the offset of the text's near corner,
/// and its anchor).
const COUNT_SIDES: [(f32, f32, Anchor); 4] = [
    (7.0, 1.0, Anchor::Start),
    (7.0, -1.0, Anchor::Start),
    (-7.0, 1.0, Anchor::End),
    (-7.0, -1.0, Anchor::End),
];

/// Everything placed that a respondent count keeps clear of: titles,
/// marks, avatars, headers, to-be labels and every drawn dot.
fn taken(scene: &Scene) -> Vec<Rect> {
    let mut taken: Vec<Rect> = Vec::new();
    taken.extend(scene.titles.iter().map(|t| t.area));
    taken.extend(scene.marks.iter().map(|m| m.area));
    taken.extend(scene.avatars.iter().map(|a| a.rect));
    taken.extend(scene.headers.iter().map(|h| h.rect));
    taken.extend(scene.to_be.improvements.iter().map(|i| i.area));
    for curve in &scene.canvas.curves {
        taken.extend(
            scene
                .dots(curve)
                .map(|p| Rect::from_center_size(p.pos, vec2(14.0, 14.0))),
        );
    }
    taken
}

/// The respondent counts ("n=240") of the measured curves, each on the
/// first side of its square where it covers nothing placed, no square and
/// no other count, inside the plot; where no side is free it is left out
/// (zooming in makes room).
pub fn respondent_counts(curves: &[MeasuredCurve], scene: &Scene) -> Vec<Text> {
    journeys_respondent_counts(curves, scene)
        .into_iter()
        .map(|(_, text)| text)
        .collect()
}

/// [`respondent_counts`], each with the journey it counts for (a page that
/// hides a journey hides its counts too).
pub fn journeys_respondent_counts(
    curves: &[MeasuredCurve],
    scene: &Scene,
) -> Vec<(JourneyId, Text)> {
    let points = || curves.iter().flat_map(|c| &c.points);
    let journey_points = || {
        curves
            .iter()
            .flat_map(|c| c.points.iter().map(move |p| (c.id, p)))
    };
    if points().all(|p| p.respondents == 0) {
        return Vec::new();
    }
    let square = |pos: Pos2| Rect::from_center_size(pos, vec2(SQUARE, SQUARE));
    let mut taken = taken(scene);
    taken.extend(points().map(|p| square(p.pos)));
    let plot = scene.canvas.plot;
    let mut counts = Vec::new();
    for (journey, point) in journey_points().filter(|(_, p)| p.respondents > 0) {
        let words = crate::i18n::fill("n={n}", &[("n", &point.respondents)]);
        let own = square(point.pos);
        let free = COUNT_SIDES.iter().find_map(|&(dx, dy, anchor)| {
            let centre_y = point.pos.y + dy * (3.0 + COUNT_FONT.size / 2.0);
            let text = Text {
                text: words.clone(),
                at: pos2(point.pos.x + dx, centre_y),
                anchor,
                font: COUNT_FONT,
            };
            let rect = text.extent();
            (plot.contains_rect(rect) && !taken.iter().any(|t| *t != own && t.intersects(rect)))
                .then_some((text, rect))
        });
        if let Some((text, rect)) = free {
            taken.push(rect);
            counts.push((journey, text));
        }
    }
    counts
}
