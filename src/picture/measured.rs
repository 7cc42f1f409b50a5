//! What was measured and what is being tried, in the map picture (SVG, and
//! so PNG, PDF, the HTML viewer's map and the deck's map slides), painted
//! from the same scene functions the canvas paints from: the measured
//! (survey) curves with their respondent counts, each phase's KPI
//! on/off-target marks and running experiments, and their legend entries.

use egui::emath::{Pos2, Rect, pos2, vec2};

use super::svg::{Anchor, Paint, Svg, ink};
use super::text::{Font, fit_line};
use crate::i18n::fill;
use crate::model::{ExperimentStatus, Journey, Map, OnTarget, Rgb};
use crate::scene::Scene;
use crate::scene::headers;
use crate::scene::measured::{
    MEASURED_DASH, MEASURED_SQUARE, MEASURED_WIDTH, journeys_respondent_counts, measured_curves,
    placed_kpi_marks,
};
use crate::scene::palette;

/// A KPI mark: the diamond in the on/off-target colour, outlined in ink.
fn kpi_diamond(svg: &mut Svg, centre: Pos2, on: OnTarget) {
    let points = crate::scene::measured::kpi_diamond(centre);
    svg.polygon(&points, Paint::of(palette::mark(on == OnTarget::On, false)));
    let outline: Vec<Pos2> = points.iter().chain(&points[..1]).copied().collect();
    svg.polyline(&outline, ink(), 1.0);
}

/// A flask in `rect`: a narrow neck and a body widening to the bottom.
fn flask(svg: &mut Svg, rect: Rect) {
    let colour = Paint::of(palette::EXPERIMENT);
    let (neck, body) = headers::flask(rect);
    svg.rect(neck, 0.0, Some(colour), None);
    svg.polygon(&body, colour);
}

/// Paints, in the phases' headers, each phase's KPI marks and its running
/// experiments (flask and count), where the scene placed them.
pub(super) fn draw_header_marks(svg: &mut Svg, map: &Map, scene: &Scene) {
    for mark in placed_kpi_marks(map, scene) {
        kpi_diamond(svg, mark.pos, mark.on);
    }
    for tests in scene.headers.iter().filter_map(|h| h.running.as_ref()) {
        flask(svg, tests.flask);
        let at = pos2(tests.text.at.x, tests.text.baseline());
        svg.text(
            at,
            tests.text.font,
            ink(),
            tests.text.anchor,
            &tests.text.text,
        );
    }
}

/// Paints each journey's measured curve: short dashes in the journey's
/// colour, darker, through a square at each surveyed step, with a thin
/// connector to the step's perceived emotion. Each curve is a group
/// `measured-<journey id>`, inside its journey's group when tagged.
pub(super) fn draw_curves(svg: &mut Svg, map: &Map, scene: &Scene) {
    for curve in measured_curves(map, &scene.canvas) {
        let colour = Paint::of(palette::measured(curve.color, false));
        svg.begin_journey(curve.id);
        svg.begin_group(&format!("measured-{}", curve.id));
        let line: Vec<Pos2> = curve.points.iter().map(|p| p.pos).collect();
        svg.polyline_dashed(&line, colour, MEASURED_WIDTH, Some(MEASURED_DASH));
        for point in &curve.points {
            svg.line(point.perceived, point.pos, colour.fade(0.5), 1.0);
            svg.rect(
                Rect::from_center_size(point.pos, vec2(MEASURED_SQUARE, MEASURED_SQUARE)),
                1.0,
                None,
                Some((colour, MEASURED_WIDTH)),
            );
        }
        svg.end_group();
        svg.end_journey();
    }
}

/// Paints the respondent counts ("n=240") where the scene placed them, on
/// top of everything.
pub(super) fn draw_counts(svg: &mut Svg, map: &Map, scene: &Scene) {
    let curves = measured_curves(map, &scene.canvas);
    let counts = journeys_respondent_counts(&curves, scene);
    if counts.is_empty() {
        return;
    }
    svg.begin_group("respondent-counts");
    for (journey, count) in counts {
        // Each in its journey's group when tagged, so hiding the journey
        // hides its counts with its curve.
        svg.begin_journey(journey);
        // On a light backing, so a curve running behind never cuts the number.
        let backing = count.extent().expand2(vec2(2.0, 1.0));
        svg.rect(backing, 2.0, Some(Paint::of(palette::TEXT_BACKING)), None);
        let at = pos2(count.at.x, count.baseline());
        svg.text(at, count.font, ink(), count.anchor, &count.text);
        svg.end_journey();
    }
    svg.end_group();
}

/// What the picture's legend explains beyond the journeys and the marks,
/// where the exported journeys have it.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Extras {
    /// A measured journey's colour, and the words with its respondents.
    measured: Option<(Rgb, String)>,
    /// A to-be journey's colour.
    to_be: Option<Rgb>,
    /// Whether a phase has a KPI with a target and a measurement.
    kpis: bool,
    /// Whether an exported journey has a running experiment.
    running: bool,
}

impl Extras {
    /// The legend entries of the exported `journeys` of `map`.
    pub(super) fn of(map: &Map, journeys: &[&Journey]) -> Self {
        let t = crate::i18n::export::t();
        let mut respondents: Option<(u32, u32)> = None;
        let mut measured_colour = None;
        let mut running = false;
        for journey in journeys {
            for step in &journey.steps {
                running |= step
                    .experiments
                    .iter()
                    .any(|e| e.status == ExperimentStatus::Running);
                let Some(measured) = step.measured() else {
                    continue;
                };
                measured_colour.get_or_insert(journey.color);
                let n = measured.respondents;
                if n > 0 {
                    let (low, high) = respondents.get_or_insert((n, n));
                    (*low, *high) = ((*low).min(n), (*high).max(n));
                }
            }
        }
        let measured = measured_colour.map(|colour| {
            let words = match respondents {
                Some((low, high)) if low == high => fill(t.legend_measured, &[("n", &low)]),
                Some((low, high)) => fill(t.legend_measured, &[("n", &format!("{low}–{high}"))]),
                None => t.legend_measured_plain.to_owned(),
            };
            (colour, words)
        });
        let exported = |id| journeys.iter().any(|j| j.id == id);
        let to_be = journeys
            .iter()
            .find(|j| j.to_be_of.is_some_and(exported))
            .map(|j| j.color);
        let kpis = map
            .phases
            .iter()
            .any(|p| p.kpis.iter().any(|k| k.on_target().is_some()));
        Self {
            measured,
            to_be,
            kpis,
            running,
        }
    }

    /// Whether there is anything to explain.
    pub(super) fn any(&self) -> bool {
        *self != Self::default()
    }
}

/// Paints the legend's extra row: each entry's sample and its words, left
/// to right from `x`, centred on `cy`, the last shortened to end at `right`.
pub(super) fn draw_legend(
    svg: &mut Svg,
    extras: &Extras,
    mut x: f32,
    cy: f32,
    right: f32,
    font: Font,
) {
    let soft = Paint::of(palette::SOFT_INK);
    let words = |svg: &mut Svg, x: &mut f32, text: &str| {
        let shown = fit_line(text, font, (right - *x).max(0.0));
        svg.text(pos2(*x, cy + 4.0), font, soft, Anchor::Start, &shown);
        *x += font.width(&shown) + 32.0;
    };
    if let Some((colour, text)) = &extras.measured {
        let colour = Paint::of(palette::measured(*colour, false));
        let (a, b) = (pos2(x, cy), pos2(x + 30.0, cy));
        svg.polyline_dashed(&[a, b], colour, MEASURED_WIDTH, Some(MEASURED_DASH));
        let square =
            Rect::from_center_size(pos2(x + 15.0, cy), vec2(MEASURED_SQUARE, MEASURED_SQUARE));
        svg.rect(square, 1.0, None, Some((colour, MEASURED_WIDTH)));
        x += 38.0;
        words(svg, &mut x, text);
    }
    if let Some(colour) = extras.to_be {
        let line = [pos2(x, cy), pos2(x + 30.0, cy)];
        svg.polyline_dashed(
            &line,
            Paint::rgb(colour),
            3.5,
            Some(crate::scene::tobe::TO_BE_DASH),
        );
        x += 38.0;
        words(svg, &mut x, crate::i18n::export::t().legend_to_be);
    }
    if extras.kpis {
        kpi_diamond(svg, pos2(x + 5.0, cy), OnTarget::On);
        kpi_diamond(svg, pos2(x + 18.0, cy), OnTarget::Off);
        x += 30.0;
        words(svg, &mut x, crate::i18n::export::t().legend_kpi);
    }
    if extras.running {
        flask(
            svg,
            Rect::from_center_size(pos2(x + 5.0, cy), headers::FLASK),
        );
        x += 18.0;
        words(svg, &mut x, crate::i18n::export::t().legend_running);
    }
}
