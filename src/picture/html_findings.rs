//! The HTML viewer's parts on measurements, evidence and experiments: each
//! KPI's sparkline (inline SVG: the page's policy admits inline markup, and
//! the sparkline has no style attribute and no script), a phase's backed
//! claims, a step card's evidence and measured emotion, the experiments by
//! phase and the largest gaps between measured and perceived emotion.
//! Every text from the map is escaped where it is written.

use std::fmt::Write as _;

use egui::emath::{Rect, pos2};

use crate::i18n::evidence::{evidence_name, status_name};
use crate::i18n::fill;
use crate::model::{Kpi, Lane, Map, OnTarget, Phase, Step};
use crate::scene::palette;
use crate::scene::sparkline::{Figures, figures, sparkline};

use super::ExportOptions;
use super::findings;
use super::svg::{Paint, escape, n};

/// The sparkline's size in CSS pixels.
const SPARK: (f32, f32) = (120.0, 28.0);

/// The map's line of backed steps under the goal.
pub(super) fn backed_line(out: &mut String, map: &Map, options: &ExportOptions) {
    if let Some(line) = findings::map_backed(map, options) {
        let _ = writeln!(out, "<p class=\"backed\">{}</p>", escape(&line));
    }
}

/// A KPI's sparkline as inline SVG, named for screen readers.
fn sparkline_svg(out: &mut String, kpi: &Kpi, f: &Figures) {
    let rect = Rect::from_min_max(pos2(3.0, 4.0), pos2(SPARK.0 - 4.0, SPARK.1 - 4.0));
    let Some(line) = sparkline(&f.values, f.target, rect) else {
        return;
    };
    let label = findings::sparkline_label(kpi, f);
    let _ = write!(
        out,
        "<svg class=\"spark\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" \
         aria-label=\"{label}\"><title>{label}</title>",
        w = n(SPARK.0),
        h = n(SPARK.1),
        label = escape(&label)
    );
    if let Some((a, b)) = line.target {
        let _ = write!(
            out,
            "<line class=\"target\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#{}\" \
             stroke-width=\"1\" stroke-dasharray=\"3 2\"/>",
            n(a.x),
            n(a.y),
            n(b.x),
            n(b.y),
            Paint::of(palette::neutral_line(false)).hex()
        );
    }
    let ink = Paint::of(palette::ink(false)).hex();
    let points: Vec<String> = line
        .points
        .iter()
        .map(|p| format!("{},{}", n(p.x), n(p.y)))
        .collect();
    let _ = write!(
        out,
        "<polyline points=\"{}\" fill=\"none\" stroke=\"#{ink}\" stroke-width=\"1.5\" \
         stroke-linejoin=\"round\" stroke-linecap=\"round\"/>",
        points.join(" ")
    );
    if let Some(last) = line.last() {
        let mark = match f.on {
            Some(OnTarget::On) => Paint::of(palette::HIGH_MARK).hex(),
            Some(OnTarget::Off) => Paint::of(palette::LOW_MARK).hex(),
            None => ink,
        };
        let _ = write!(
            out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"3\" fill=\"#{mark}\"/>",
            n(last.x),
            n(last.y)
        );
    }
    out.push_str("</svg>");
}

/// A phase's KPIs: each with its sparkline and its figures in words.
pub(super) fn kpi_list(out: &mut String, kpis: &[Kpi]) {
    if kpis.is_empty() {
        return;
    }
    out.push_str("<ul class=\"kpis\">");
    for kpi in kpis {
        out.push_str("<li>");
        if let Some(f) = figures(kpi) {
            sparkline_svg(out, kpi, &f);
        }
        let _ = write!(
            out,
            "<span>{}</span></li>",
            escape(&findings::kpi_text(kpi, true))
        );
    }
    out.push_str("</ul>");
}

/// A phase's share of backed claims, as a table cell's content.
pub(super) fn evidence_cell(out: &mut String, map: &Map, options: &ExportOptions, phase: &Phase) {
    let (backed, kinds) = findings::share_lines(&findings::phase_share(map, options, phase));
    let _ = write!(out, "{}", escape(&backed));
    if !kinds.is_empty() {
        let _ = write!(out, "<br/><span class=\"kinds\">{}</span>", escape(&kinds));
    }
}

/// Where a step comes from, in words: "Evidence: Research (12 interviews)".
fn evidence_text(step: &Step) -> String {
    let t = crate::i18n::deliver::t();
    let kind = evidence_name(step.evidence.kind);
    if step.evidence.source.trim().is_empty() {
        fill(t.card_evidence, &[("kind", &kind)])
    } else {
        fill(
            t.card_evidence_source,
            &[("kind", &kind), ("source", &step.evidence.source.trim())],
        )
    }
}

/// What a survey measured of a step, in words, when one scored it.
fn measured_text(step: &Step) -> Option<String> {
    let t = crate::i18n::deliver::t();
    let measured = step.measured()?;
    // Every score of the latest survey date, as the measured emotion
    // combines them (a step may be asked on two scales the same day).
    let latest = step.survey.iter().map(|s| s.date).max()?;
    let scores: Vec<String> = step
        .survey
        .iter()
        .filter(|s| s.date == latest && s.score.is_finite())
        .map(|s| {
            fill(
                t.card_score,
                &[
                    ("score", &format!("{:.1}", s.score)),
                    ("scale", &crate::i18n::measure::scale_name(s.scale)),
                ],
            )
        })
        .collect();
    let feeling = crate::model::Emotion::nearest(measured.emotion).name();
    // Nought respondents: the survey export did not say how many.
    let text = if measured.respondents > 0 {
        t.card_measured
    } else {
        t.card_measured_unknown_n
    };
    Some(fill(
        text,
        &[
            ("feeling", &feeling),
            ("value", &format!("{:+.1}", measured.emotion)),
            ("scores", &scores.join("; ")),
            ("n", &measured.respondents),
        ],
    ))
}

/// A step card's evidence and, when a survey scored it, its measured emotion.
pub(super) fn step_facts(out: &mut String, step: &Step) {
    let _ = writeln!(
        out,
        "<p class=\"kicker evidence\">{}</p>",
        escape(&evidence_text(step))
    );
    if let Some(text) = measured_text(step) {
        let _ = writeln!(out, "<p class=\"kicker measured\">{}</p>", escape(&text));
    }
}

/// The lanes table's rows of evidence and, when a survey scored any of
/// `steps`, of measured emotion: what the step cards say, there without a script.
pub(super) fn lanes_rows(out: &mut String, steps: &[&Step]) {
    let e = crate::i18n::evidence::t();
    let _ = write!(out, "<tr><th scope=\"row\">{}</th>", escape(e.evidence));
    for step in steps {
        let text = evidence_text(step);
        let words = text.split_once(": ").map_or(text.as_str(), |(_, w)| w);
        let _ = write!(out, "<td>{}</td>", escape(words));
    }
    out.push_str("</tr>\n");
    if steps.iter().all(|s| s.measured().is_none()) {
        return;
    }
    let _ = write!(out, "<tr><th scope=\"row\">{}</th>", escape(e.measured));
    for step in steps {
        let text = measured_text(step).unwrap_or_default();
        let words = text.split_once(": ").map_or(text.as_str(), |(_, w)| w);
        let _ = write!(out, "<td>{}</td>", escape(words));
    }
    out.push_str("</tr>\n");
}

/// After a lane item with evidence behind it: its kind and source.
pub(super) fn claim_note(out: &mut String, step: &Step, lane: Lane, item: &str) {
    let Some(claim) = step.claim(lane, item).filter(|c| c.kind.backed()) else {
        return;
    };
    let mut note = evidence_name(claim.kind).to_owned();
    if !claim.source.trim().is_empty() {
        note.push_str(&format!(" ({})", claim.source.trim()));
    }
    let _ = write!(
        out,
        " <span class=\"claim\">\u{2014} {}</span>",
        escape(&note)
    );
}

/// The experiments, a table per phase: status (in words), hypothesis, KPI,
/// variants, dates, result and the step.
pub(super) fn experiments(out: &mut String, map: &Map, options: &ExportOptions) {
    let t = crate::i18n::deliver::t();
    let e = crate::i18n::evidence::t();
    let _ = writeln!(
        out,
        "<section id=\"experiments\" aria-labelledby=\"experiments-heading\">\n\
         <h2 id=\"experiments-heading\">{}</h2>",
        escape(e.experiments)
    );
    let groups = findings::experiments_by_phase(map, options);
    if groups.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape(t.experiments_none));
    }
    for (phase, placed) in groups {
        let caption = fill(t.experiments_caption, &[("phase", &phase.name)]);
        let _ = write!(
            out,
            "<div class=\"scroll\"><table class=\"experiments\">\n<caption>"
        );
        super::html::swatch(out, phase.color);
        let _ = write!(out, " {}</caption>\n<thead><tr>", escape(&caption));
        for column in [
            e.status,
            e.hypothesis,
            e.kpi,
            e.variant_a,
            e.variant_b,
            t.col_dates,
            e.result,
            t.col_step,
        ] {
            let _ = write!(out, "<th scope=\"col\">{}</th>", escape(column));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for p in placed {
            let x = p.experiment;
            let _ = write!(
                out,
                "<tr><th scope=\"row\" class=\"status\">{}</th>",
                escape(status_name(x.status))
            );
            for cell in [
                x.hypothesis.clone(),
                x.kpi.clone(),
                x.variant_a.clone(),
                x.variant_b.clone(),
                super::experiments::dates(x).unwrap_or_default(),
                x.result.clone(),
                format!("{} \u{2014} {}", p.step.title, x.item),
            ] {
                let _ = write!(out, "<td>{}</td>", escape(&cell));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody></table></div>\n");
    }
    out.push_str("</section>\n");
}

/// The largest gaps between measured and perceived emotion, when a survey
/// scored any step.
pub(super) fn gaps(out: &mut String, map: &Map, options: &ExportOptions) {
    let lines = findings::gap_lines(map, options, 8);
    if lines.is_empty() {
        return;
    }
    let t = crate::i18n::deliver::t();
    let _ = writeln!(
        out,
        "<section id=\"gaps\" aria-labelledby=\"gaps-heading\">\n<h2 id=\"gaps-heading\">{}</h2>\n<ol>",
        escape(t.gaps_heading)
    );
    for line in lines {
        let _ = write!(out, "<li>{}</li>", escape(&line));
    }
    out.push_str("</ol>\n</section>\n");
}
