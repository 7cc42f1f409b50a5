//! A small line chart of a KPI's values against its target, and the
//! on-target / off-target mark: lower-layer widgets every feature may use.

use egui::{Color32, Pos2, Response, Role, Sense, Stroke, Ui, Vec2, WidgetInfo};

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
    let dark = ui.visuals().dark_mode;
    let painter = ui.painter_at(rect.expand(1.0));
    let (mut low, mut high) = values
        .iter()
        .chain(target.iter())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(*v), hi.max(*v))
        });
    if (high - low).abs() < f64::EPSILON {
        low -= 1.0;
        high += 1.0;
    }
    let inner = rect.shrink(2.0);
    let y_of = |v: f64| -> f32 {
        let share = ((v - low) / (high - low)) as f32;
        inner.bottom() - share * inner.height()
    };
    let step = if values.len() > 1 {
        inner.width() / (values.len() - 1) as f32
    } else {
        0.0
    };
    if let Some(target) = target {
        let y = y_of(target);
        let dashes = egui::Shape::dashed_line(
            &[Pos2::new(inner.left(), y), Pos2::new(inner.right(), y)],
            Stroke::new(1.0, theme::neutral_line(dark)),
            3.0,
            2.0,
        );
        painter.extend(dashes);
    }
    // A long series draws at most one point per pixel column.
    let stride = (values.len() / inner.width().max(1.0) as usize).max(1);
    let points: Vec<Pos2> = values
        .iter()
        .enumerate()
        .step_by(stride)
        .chain(values.iter().enumerate().next_back())
        .map(|(i, v)| Pos2::new(inner.left() + step * i as f32, y_of(*v)))
        .collect();
    let ink = theme::ink(dark);
    painter.add(egui::Shape::line(points.clone(), Stroke::new(1.5, ink)));
    if let Some(last) = points.last() {
        painter.circle_filled(*last, 2.5, ink);
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
    use crate::model::format_amount;
    let t = crate::i18n::measure::t();
    let Some((last, change)) = kpi.last_and_change() else {
        if kpi.actual_text.is_empty() {
            ui.weak(t.no_measurements);
        } else {
            ui.label(fill(t.last_value, &[("value", &kpi.actual_text)]));
        }
        return;
    };
    let series = kpi.series();
    let values: Vec<f64> = series.iter().map(|m| m.value).collect();
    ui.horizontal(|ui| {
        sparkline_ui(
            ui,
            &values,
            kpi.current_target(),
            &fill(t.sparkline, &[("kpi", &kpi.name), ("n", &values.len())]),
        );
        if let Some(on) = kpi.on_target() {
            let label = match on {
                OnTarget::On => t.on_target,
                OnTarget::Off => t.off_target,
            };
            target_mark_ui(ui, on, &fill(label, &[("kpi", &kpi.name)]))
                .on_hover_text(fill(label, &[("kpi", &kpi.name)]));
        }
    });
    let value = format_amount(last.value, &kpi.unit);
    let text = match change {
        Some(change) => {
            let before = series[series.len() - 2]
                .date
                .map_or_else(|| t.undated.to_owned(), |d| d.to_string());
            let sign = if change >= 0.0 { "+" } else { "" };
            let rounded = (change * 100.0).round() / 100.0;
            fill(
                t.last_value_change,
                &[
                    ("value", &value),
                    ("change", &format!("{sign}{rounded}")),
                    ("date", &before),
                ],
            )
        }
        None => fill(t.last_value, &[("value", &value)]),
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
