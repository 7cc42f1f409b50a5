//! An import from start to end, for the command line and the editor alike:
//! read and parse an export (off the UI thread in the editor), then place
//! its rows in the map as one edit, with the sentence that says what was
//! imported — and, for survey scores, the largest gaps between perceived
//! and measured emotion.

use std::path::Path;

use super::measure_csv::{self, Parsed};
use crate::edit::Edit;
use crate::edit::measure_ops::{import_measurements, import_survey};
use crate::i18n::fill;
use crate::i18n::measure::t;
use crate::model::{Map, MetricRow, SurveyRow, SurveyScale};

/// What kind of export is imported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportKind {
    /// Metrics: one measurement of a KPI per row.
    Metrics,
    /// Survey scores per step, on this scale.
    Survey(SurveyScale),
}

/// The rows read from an export.
pub enum ImportRows {
    /// Metrics rows.
    Metrics(Parsed<MetricRow>),
    /// Survey rows, and the scale they are on.
    Survey(Parsed<SurveyRow>, SurveyScale),
}

/// Reads and parses an export (on the job's thread).
pub fn read(path: &Path, kind: ImportKind) -> Result<ImportRows, String> {
    match kind {
        ImportKind::Metrics => measure_csv::read_metrics(path).map(ImportRows::Metrics),
        ImportKind::Survey(scale) => {
            measure_csv::read_survey(path, scale).map(|p| ImportRows::Survey(p, scale))
        }
    }
    .map_err(|e| e.to_string())
}

/// The edit that places the rows in the map (one undo step), and the
/// sentence that says what was imported; or why nothing was.
pub fn place(map: &Map, rows: &ImportRows) -> Result<(Option<Edit>, String), String> {
    let name = |path: &Path| {
        path.file_name()
            .unwrap_or(path.as_os_str())
            .to_string_lossy()
            .into_owned()
    };
    match rows {
        ImportRows::Metrics(parsed) => {
            let edit = import_measurements(map, &parsed.rows)
                .map_err(|e| parsed.unresolved(e, map).to_string())?;
            let text = fill(
                t().imported_metrics,
                &[("n", &parsed.rows.len()), ("file", &name(&parsed.path))],
            );
            Ok((edit, text))
        }
        ImportRows::Survey(parsed, scale) => {
            let edit = import_survey(map, &parsed.rows, *scale)
                .map_err(|e| parsed.unresolved(e, map).to_string())?;
            let mut text = fill(
                t().imported_survey,
                &[("n", &parsed.rows.len()), ("file", &name(&parsed.path))],
            );
            if let Some(Edit::Group(edits)) = &edit {
                text.push_str(&gaps_text(edits));
            }
            Ok((edit, text))
        }
    }
}

/// The three largest gaps between perceived and measured emotion among
/// the steps an import scored, as lines after the notice; empty without any.
fn gaps_text(edits: &[Edit]) -> String {
    let mut gaps: Vec<(&str, f64, f64)> = edits
        .iter()
        .filter_map(|e| match e {
            Edit::SetStep(step) => step
                .measured()
                .map(|m| (step.title.as_str(), step.emotion, m.emotion)),
            _ => None,
        })
        .collect();
    gaps.sort_by(|a, b| (b.1 - b.2).abs().total_cmp(&(a.1 - a.2).abs()));
    let t = t();
    let mut text = String::new();
    for (i, (title, perceived, measured)) in gaps.iter().take(3).enumerate() {
        if i == 0 {
            text.push_str(&format!("\n{}:", t.largest_gaps));
        }
        text.push_str(&format!(
            "\n{}",
            fill(
                t.gap_line,
                &[
                    ("step", title),
                    ("perceived", &format!("{perceived:+.1}")),
                    ("measured", &format!("{measured:+.1}")),
                ],
            )
        ));
    }
    text
}
