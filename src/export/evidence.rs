//! The evidence and experiments of a step as the steps CSV shows them (its
//! last columns): plain text a spreadsheet keeps, one item a line.

use crate::i18n::evidence::{evidence_name, status_name};
use crate::model::{Lane, Step};

/// "Item: Research (6 interviews)", one line per lane item that is not
/// assumed, in lane order.
pub(super) fn backed_items(step: &Step) -> String {
    let mut lines = Vec::new();
    for lane in Lane::ALL {
        for item in lane.items(step) {
            if let Some(claim) = step.claim(lane, item)
                && (claim.kind.backed() || !claim.source.is_empty())
            {
                let mut line = format!("{item}: {}", evidence_name(claim.kind));
                if !claim.source.is_empty() {
                    line.push_str(&format!(" ({})", claim.source));
                }
                lines.push(line);
            }
        }
    }
    lines.join("\n")
}

/// One line per experiment: status, hypothesis, KPI, variants, dates, result.
pub(super) fn experiments(step: &Step) -> String {
    let t = crate::i18n::evidence::t();
    step.experiments
        .iter()
        .map(|e| {
            let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
            let mut parts = vec![format!("[{}] {}", status_name(e.status), e.hypothesis)];
            if !e.kpi.is_empty() {
                parts.push(format!("{}: {}", t.kpi, e.kpi));
            }
            if !e.variant_a.is_empty() || !e.variant_b.is_empty() {
                parts.push(format!(
                    "{}: {} | {}: {}",
                    t.variant_a, e.variant_a, t.variant_b, e.variant_b
                ));
            }
            if e.start.is_some() || e.end.is_some() {
                parts.push(format!("{} – {}", date(e.start), date(e.end)));
            }
            if !e.result.is_empty() {
                parts.push(format!("{}: {}", t.result, e.result));
            }
            parts.join(" — ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}
