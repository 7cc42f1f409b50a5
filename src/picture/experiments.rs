//! The PDF's page of experiments (since format version 2): every A/B test
//! of the map in two columns — hypothesis, status, KPI, variants, dates and
//! result — after the content calendar.

use egui::emath::{Rect, pos2, vec2};

use super::pages::{PAGE, white_sheet};
use super::svg::{Anchor, Paint, Picture, ink};
use super::text::{Font, fit_line, wrap};
use crate::i18n::evidence::{status_name, t};
use crate::i18n::fill;
use crate::model::Map;

const MARGIN: f32 = 40.0;
const TITLE: Font = Font::bold(12.0);
const BODY: Font = Font::regular(10.0);

/// When an experiment runs, in words: "Starts 2027-01-11 · Ends 2027-02-07".
pub(crate) fn dates(e: &crate::model::Experiment) -> Option<String> {
    let t = t();
    let date = |d: Option<chrono::NaiveDate>| d.map_or_else(|| "…".to_owned(), |d| d.to_string());
    (e.start.is_some() || e.end.is_some()).then(|| {
        format!(
            "{} {} · {} {}",
            t.starts,
            date(e.start),
            t.ends,
            date(e.end)
        )
    })
}

/// An experiment's facts, a line each: the KPI, the variants, the dates and
/// the result, where it has them (the PDF page, the deck and the PowerPoint).
pub(crate) fn facts(e: &crate::model::Experiment) -> Vec<String> {
    let t = t();
    let mut lines = Vec::new();
    for (name, value) in [
        (t.kpi, &e.kpi),
        (t.variant_a, &e.variant_a),
        (t.variant_b, &e.variant_b),
    ] {
        if !value.trim().is_empty() {
            lines.push(format!("{name}: {}", value.trim()));
        }
    }
    lines.extend(dates(e));
    if !e.result.trim().is_empty() {
        lines.push(format!("{}: {}", t.result, e.result.trim()));
    }
    lines
}

/// The lines that describe one experiment, after its hypothesis.
fn details(map: &Map, placed: &crate::model::experiment::Placed) -> Vec<String> {
    let e = placed.experiment;
    let phase = map.phase(placed.phase).map_or("", |p| p.name.as_str());
    let mut lines = vec![format!(
        "{} · {phase} · {} · {}",
        status_name(e.status),
        placed.step.title,
        e.item
    )];
    lines.extend(facts(e));
    lines
}

/// The experiments page, when the map has experiments.
pub fn experiment_pages(map: &Map) -> Vec<Picture> {
    let all: Vec<_> = map.experiments().collect();
    if all.is_empty() {
        return Vec::new();
    }
    let t = t();
    let (width, height) = PAGE;
    let heading = format!("{} — {}", t.experiments, map.title);
    let mut svg = white_sheet(&heading, PAGE);
    let inner = width - 2.0 * MARGIN;
    svg.text(
        pos2(MARGIN, MARGIN + 20.0),
        Font::bold(20.0),
        ink(),
        Anchor::Start,
        &fit_line(&heading, Font::bold(20.0), inner),
    );
    let column_width = (inner - 20.0) / 2.0;
    let top = MARGIN + 44.0;
    let (mut column, mut y, mut i) = (0, top, 0);
    while let Some(placed) = all.get(i) {
        let x = MARGIN + column as f32 * (column_width + 20.0);
        let title = wrap(&placed.experiment.hypothesis, TITLE, column_width - 10.0, 3);
        let body: Vec<String> = details(map, placed)
            .iter()
            .flat_map(|line| wrap(line, BODY, column_width - 10.0, 3))
            .collect();
        let needed = title.len() as f32 * TITLE.line_height()
            + body.len() as f32 * BODY.line_height()
            + 14.0;
        if y + needed > height - MARGIN && y > top {
            if column == 0 {
                (column, y) = (1, top);
                continue;
            }
            let more = fill(
                crate::i18n::export::t().and_more,
                &[("count", &(all.len() - i))],
            );
            svg.text(
                pos2(x, height - MARGIN + 10.0),
                BODY,
                Paint::gray(90),
                Anchor::Start,
                &more,
            );
            break;
        }
        if let Some(phase) = map.phase(placed.phase) {
            svg.rect(
                Rect::from_min_size(pos2(x, y), vec2(3.0, needed - 10.0)),
                1.0,
                Some(Paint::rgb(phase.color)),
                None,
            );
        }
        svg.lines(x + 10.0, y, TITLE, ink(), Anchor::Start, &title);
        let below = y + title.len() as f32 * TITLE.line_height();
        svg.lines(x + 10.0, below, BODY, Paint::gray(60), Anchor::Start, &body);
        y += needed;
        i += 1;
    }
    vec![Picture {
        svg: svg.finish(),
        width,
        height,
    }]
}
