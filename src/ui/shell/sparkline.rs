//! A small line chart of a KPI's values against its target, and the
//! on-target / off-target mark: lower-layer widgets every feature may use.

use egui::{Color32, Response, Role, Sense, Stroke, Ui, Vec2, WidgetInfo};

use super::theme;
use crate::model::OnTarget;

/// Draws `values` (oldest first) as a sparkline with the target as a dashed
/// line. `label` is what a screen reader (and a test) finds it by.
pub fn sparkline_ui(ui: &mut Ui, values: &[f64], target: Option<f64>, label: &str) -> Response {
    let size = Vec2::new(96.0, 24.0);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    let label = label.to_owned();
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, label.clone()));
    if !ui.is_rect_visible(rect) || values.is_empty() {
        return response;
    }
    let Some(line) = crate::scene::sparkline::sparkline(values, target, rect.shrink(2.0)) else {
        return response;
    };
    let dark = ui.visuals().dark_mode;
    let painter = ui.painter_at(rect.expand(1.0));
    if let Some((left, right)) = line.target {
        let dashes = egui::Shape::dashed_line(
            &[left, right],
            Stroke::new(1.0, theme::neutral_line(dark)),
            3.0,
            2.0,
        );
        painter.extend(dashes);
    }
    let ink = theme::ink(dark);
    if let Some(last) = line.last() {
        painter.add(egui::Shape::line(line.points, Stroke::new(1.5, ink)));
        painter.circle_filled(last, 2.5, ink);
    }
    response
}

/// The colour of an on-target / off-target mark.
pub fn target_colour(on: OnTarget) -> Color32 {
    match on {
        OnTarget::On => theme::HIGH_MARK,
        OnTarget::Off => theme::LOW_MARK,
    }
}

/// A small filled dot in the mark's colour, named for screen readers.
pub fn target_mark_ui(ui: &mut Ui, on: OnTarget, label: &str) -> Response {
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(12.0), Sense::hover());
    let label = label.to_owned();
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, label.clone()));
    ui.painter()
        .circle_filled(rect.center(), 5.0, target_colour(on));
    response
}

/// A KPI's figures under its fields: the sparkline, the on-target mark,
/// the last value and its change since the measurement before.
pub fn kpi_figures_ui(ui: &mut Ui, kpi: &crate::model::Kpi) {
    use crate::i18n::fill;
    let t = crate::i18n::measure::t();
    let Some(figures) = crate::scene::sparkline::figures(kpi) else {
        if kpi.actual_text.is_empty() {
            ui.weak(t.no_measurements);
        } else {
            ui.label(fill(t.last_value, &[("value", &kpi.actual_text)]));
        }
        return;
    };
    ui.horizontal(|ui| {
        sparkline_ui(
            ui,
            &figures.values,
            figures.target,
            &fill(
                t.sparkline,
                &[("kpi", &kpi.name), ("n", &figures.values.len())],
            ),
        );
        if let Some(on) = figures.on {
            let label = match on {
                OnTarget::On => t.on_target,
                OnTarget::Off => t.off_target,
            };
            target_mark_ui(ui, on, &fill(label, &[("kpi", &kpi.name)]))
                .on_hover_text(fill(label, &[("kpi", &kpi.name)]));
        }
    });
    let text = match &figures.change {
        Some(change) => {
            let before = figures
                .before
                .map_or_else(|| t.undated.to_owned(), |d| d.to_string());
            fill(
                t.last_value_change,
                &[
                    ("value", &figures.last),
                    ("change", change),
                    ("date", &before),
                ],
            )
        }
        None => fill(t.last_value, &[("value", &figures.last)]),
    };
    ui.label(text);
}

/// A step's measured emotion under its perceived one, when a survey scored it.
pub fn measured_emotion_ui(ui: &mut Ui, step: &crate::model::Step) {
    use crate::i18n::fill;
    let Some(measured) = step.measured() else {
        return;
    };
    let t = crate::i18n::measure::t();
    let label = fill(t.measured_curve, &[("n", &measured.respondents)]);
    ui.label(format!("{label}: {:+.1}", measured.emotion));
}
