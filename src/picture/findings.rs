//! What the client's deliverables — the HTML viewer, the slide deck and the
//! PowerPoint — say of the map's measurements, evidence and experiments, in
//! words: a KPI's figures, a phase's backed claims, the map's backed steps,
//! the experiments by phase and the largest gaps between measured and
//! perceived emotion. The numbers come from the scene
//! ([`crate::scene::sparkline`], [`crate::scene::evidence`]), the model's
//! experiments and the survey import's [`crate::edit::measure_ops::largest_gaps`];
//! each writer only lays these out.

use crate::i18n::evidence::evidence_name;
use crate::i18n::fill;
use crate::model::experiment::Placed;
use crate::model::{Emotion, Evidence, Kpi, Map, OnTarget, Phase, Step};
use crate::scene::evidence::{Share, steps_backed};
use crate::scene::sparkline::{Figures, figures};

use super::ExportOptions;
use super::svg::exported_journeys;

/// A KPI's figures in words: "Conversion rate: last 2.8% (+0.1 since
/// 2027-01-01), target 3% — off target"; on a slide, where room is short,
/// without the date (`dated` false). Without measurements, the KPI's target
/// and actual as written ([`super::html::kpi_line`]).
pub fn kpi_text(kpi: &Kpi, dated: bool) -> String {
    match figures(kpi) {
        Some(f) => format!("{}: {}", kpi.name, figures_text(&f, dated)),
        None => super::html::kpi_line(kpi),
    }
}

/// The figures after the KPI's name: last value, change (since when, if
/// `dated`), target, on or off target.
pub fn figures_text(f: &Figures, dated: bool) -> String {
    let t = crate::i18n::deliver::t();
    let mut text = fill(t.kpi_last, &[("value", &f.last)]);
    if let Some(change) = &f.change {
        let since = match f.before {
            _ if !dated => change.clone(),
            Some(date) => fill(t.kpi_change, &[("change", change), ("date", &date)]),
            None => fill(t.kpi_change_undated, &[("change", change)]),
        };
        text.push_str(&format!(" ({since})"));
    }
    if !f.target_shown.trim().is_empty() {
        text.push_str(", ");
        text.push_str(&fill(t.kpi_target, &[("target", &f.target_shown.trim())]));
    }
    if let Some(on) = f.on {
        text.push_str(" \u{2014} ");
        text.push_str(match on {
            OnTarget::On => t.kpi_on,
            OnTarget::Off => t.kpi_off,
        });
    }
    text
}

/// The label of a KPI's sparkline for screen readers and tooltips.
pub fn sparkline_label(kpi: &Kpi, f: &Figures) -> String {
    fill(
        crate::i18n::deliver::t().sparkline_label,
        &[
            ("kpi", &kpi.name),
            ("n", &f.values.len()),
            ("value", &f.last),
        ],
    )
}

/// The steps of the exported journeys in a phase (all phases with `None`).
fn exported_steps<'a>(
    map: &'a Map,
    options: &ExportOptions,
    phase: Option<&Phase>,
) -> Vec<&'a Step> {
    exported_journeys(map, options)
        .into_iter()
        .flat_map(|j| j.steps.iter())
        .filter(|s| phase.is_none_or(|p| s.phase == p.id))
        .collect()
}

/// The share of backed claims of a phase's steps in the exported journeys.
pub fn phase_share(map: &Map, options: &ExportOptions, phase: &Phase) -> Share {
    Share::of(exported_steps(map, options, Some(phase)))
}

/// A phase's evidence in words: "8 of 51 claims backed (16 %)", and the
/// share of each kind: "Assumed 84 % · Research 10 % · Measured 6 %".
pub fn share_lines(share: &Share) -> (String, String) {
    let t = crate::i18n::deliver::t();
    let Some(percent) = (share.backed() * 100 + share.all() / 2).checked_div(share.all()) else {
        return (t.evidence_none.to_owned(), String::new());
    };
    let kinds = Evidence::ALL
        .iter()
        .map(|k| {
            format!(
                "{} {} %",
                evidence_name(*k),
                share.percent(*k).unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join(" \u{b7} ");
    let backed = fill(
        t.evidence_share,
        &[
            ("backed", &share.backed()),
            ("all", &share.all()),
            ("percent", &percent),
        ],
    );
    (backed, kinds)
}

/// The map's line of backed steps: "23 of 43 steps backed by research or data".
pub fn map_backed(map: &Map, options: &ExportOptions) -> Option<String> {
    let (backed, all) = steps_backed(exported_steps(map, options, None));
    (all > 0).then(|| {
        fill(
            crate::i18n::deliver::t().map_backed,
            &[("backed", &backed), ("all", &all)],
        )
    })
}

/// The experiments of the exported journeys grouped by phase, in the map's
/// phase order (each group in step order).
pub fn experiments_by_phase<'a>(
    map: &'a Map,
    options: &ExportOptions,
) -> Vec<(&'a Phase, Vec<Placed<'a>>)> {
    let steps = exported_steps(map, options, None);
    map.phases
        .iter()
        .map(|phase| {
            let placed = steps
                .iter()
                .filter(|s| s.phase == phase.id)
                .flat_map(|step| {
                    step.experiments.iter().map(move |experiment| Placed {
                        step,
                        phase: step.phase,
                        experiment,
                    })
                })
                .collect::<Vec<_>>();
            (phase, placed)
        })
        .filter(|(_, placed)| !placed.is_empty())
        .collect()
}

/// The largest gaps between the emotion the room perceived and the one a
/// survey measured, in the exported journeys, at most `count`, in words.
pub fn gap_lines(map: &Map, options: &ExportOptions, count: usize) -> Vec<String> {
    let t = crate::i18n::deliver::t();
    let journeys = exported_journeys(map, options);
    crate::edit::measure_ops::largest_gaps(map, usize::MAX)
        .into_iter()
        .filter_map(|(id, perceived, measured)| {
            let journey = journeys
                .iter()
                .find(|j| j.steps.iter().any(|s| s.id == id))?;
            let step = journey.steps.iter().find(|s| s.id == id)?;
            let respondents = step.measured().map_or(0, |m| m.respondents);
            // Nought: the survey export did not say how many answered.
            let text = if respondents > 0 {
                t.gap_item
            } else {
                t.gap_item_unknown_n
            };
            Some(fill(
                text,
                &[
                    ("step", &step.title),
                    ("journey", &journey.name),
                    ("perceived", &emotion_text(perceived)),
                    ("measured", &emotion_text(measured)),
                    ("gap", &format!("{:.1}", (measured - perceived).abs())),
                    ("n", &respondents),
                ],
            ))
        })
        .take(count)
        .collect()
}

/// An emotion in words and as a number: "negative (−1.4)".
pub fn emotion_text(value: f64) -> String {
    format!("{} ({value:+.1})", Emotion::nearest(value).name())
}

/// An experiment in words for a slide: its title line — the status in
/// words, so it reads without colour — and the lines under it (KPI,
/// variants, dates, result, the step and item it tests).
pub fn experiment_lines(placed: &Placed) -> (String, Vec<String>) {
    let x = placed.experiment;
    let title = format!(
        "{}: {}",
        crate::i18n::evidence::status_name(x.status),
        x.hypothesis
    );
    let mut lines = super::experiments::facts(x);
    lines.push(format!(
        "{}: {} \u{2014} {}",
        crate::i18n::deliver::t().col_step,
        placed.step.title,
        x.item
    ));
    (title, lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clothing() -> Map {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/maps/clothing.ron");
        crate::io::load(std::path::Path::new(path))
            .expect("the example map loads")
            .map
    }

    #[test]
    fn the_clothing_maps_experiments_are_grouped_by_phase_and_its_gaps_are_ranked() {
        crate::i18n::set_language(crate::i18n::Language::En);
        let map = clothing();
        let options = ExportOptions::default();
        let groups = experiments_by_phase(&map, &options);
        let count: usize = groups.iter().map(|(_, p)| p.len()).sum();
        assert_eq!(count, map.experiments().count());
        assert_eq!(count, 2);
        let gaps = gap_lines(&map, &options, 5);
        assert_eq!(gaps.len(), 5);
        assert!(gaps[0].contains("perceived"), "{}", gaps[0]);
        let line = map_backed(&map, &options).expect("steps");
        assert!(line.ends_with("steps backed by research or data"), "{line}");
    }

    #[test]
    fn a_phase_without_claims_says_so_and_a_share_names_every_kind() {
        crate::i18n::set_language(crate::i18n::Language::En);
        assert_eq!(share_lines(&Share::default()).0, "No claims yet.");
        let (backed, kinds) = share_lines(&Share { counts: [3, 1, 0] });
        assert_eq!(backed, "1 of 4 claims backed (25 %)");
        assert_eq!(
            kinds,
            "Assumed 75 % \u{b7} Research 25 % \u{b7} Measured 0 %"
        );
    }
}
