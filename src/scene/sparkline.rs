//! A KPI's sparkline, placed: its values as points scaled into a box, the
//! target as a level line, the last point, whether the last value is on
//! target, and the change since the measurement before. Computed here, once;
//! the phase inspector (`ui/shell/sparkline.rs`), the HTML viewer, the deck
//! and the PowerPoint only paint it. Plain data, no drawing.

use chrono::NaiveDate;
use egui::emath::{Pos2, Rect, pos2};

use crate::model::{Kpi, OnTarget, format_amount};

/// A sparkline placed in its box.
#[derive(Clone, Debug, PartialEq)]
pub struct Sparkline {
    /// The line through the values, oldest first: at most one point per
    /// whole unit of the box's width (a long series is thinned), always
    /// with the last value.
    pub points: Vec<Pos2>,
    /// The target's level line, from the box's left edge to its right.
    pub target: Option<(Pos2, Pos2)>,
}

impl Sparkline {
    /// The last value's point (where the painters put a dot).
    pub fn last(&self) -> Option<Pos2> {
        self.points.last().copied()
    }
}

/// Places `values` (oldest first) and the `target` in `rect`: the lowest of
/// them at the bottom, the highest at the top. `None` without values.
pub fn sparkline(values: &[f64], target: Option<f64>, rect: Rect) -> Option<Sparkline> {
    let values_finite = values.iter().all(|v| v.is_finite());
    if values.is_empty() || !values_finite {
        return None;
    }
    let target = target.filter(|t| t.is_finite());
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
    let y_of = |v: f64| -> f32 {
        let share = ((v - low) / (high - low)) as f32;
        rect.bottom() - share * rect.height()
    };
    let step = if values.len() > 1 {
        rect.width() / (values.len() - 1) as f32
    } else {
        0.0
    };
    // A long series draws at most one point per unit of width.
    let stride = (values.len() / rect.width().max(1.0) as usize).max(1);
    let last = values.len() - 1;
    let points = (0..values.len())
        .step_by(stride)
        .chain((!last.is_multiple_of(stride)).then_some(last))
        .map(|i| pos2(rect.left() + step * i as f32, y_of(values[i])))
        .collect();
    let target = target.map(|t| {
        let y = y_of(t);
        (pos2(rect.left(), y), pos2(rect.right(), y))
    });
    Some(Sparkline { points, target })
}

/// A KPI's figures beside its sparkline: the last value, the change since
/// the measurement before, the target and whether the last value meets it.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    /// The values, oldest first (undated first), as the sparkline draws them.
    pub values: Vec<f64>,
    /// The last value with its unit: "2.8%".
    pub last: String,
    /// The change since the measurement before, signed and rounded: "+0.1".
    pub change: Option<String>,
    /// When the measurement before was taken (`None` when it has no date).
    pub before: Option<NaiveDate>,
    /// The target that applies to the last value.
    pub target: Option<f64>,
    /// The target with its unit, as the consultant wrote it.
    pub target_shown: String,
    /// Whether the last value meets the target.
    pub on: Option<OnTarget>,
}

/// A KPI's figures, or `None` when it has no measurements.
pub fn figures(kpi: &Kpi) -> Option<Figures> {
    let series = kpi.series();
    let (last, before) = match series.as_slice() {
        [] => return None,
        [.., before, last] => (*last, Some(*before)),
        [last] => (*last, None),
    };
    Some(Figures {
        values: series.iter().map(|m| m.value).collect(),
        last: format_amount(last.value, &kpi.unit),
        change: before.map(|b| change_text(last.value - b.value)),
        before: before.and_then(|b| b.date),
        target: last.target.or(kpi.target),
        target_shown: kpi.target_shown(),
        on: kpi.on_target(),
    })
}

/// A change as the figures write it: a sign, at most two decimals ("+0.1", "-12").
pub fn change_text(change: f64) -> String {
    let sign = if change >= 0.0 { "+" } else { "" };
    let rounded = (change * 100.0).round() / 100.0;
    format!("{sign}{rounded}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Measurement;

    fn rect() -> Rect {
        Rect::from_min_max(pos2(10.0, 20.0), pos2(110.0, 40.0))
    }

    #[test]
    fn the_values_span_the_box_lowest_at_the_bottom_highest_at_the_top() {
        let line = sparkline(&[1.0, 3.0, 2.0], None, rect()).expect("a line");
        assert_eq!(
            line.points,
            [pos2(10.0, 40.0), pos2(60.0, 20.0), pos2(110.0, 30.0)]
        );
        assert_eq!(line.last(), Some(pos2(110.0, 30.0)));
        assert_eq!(line.target, None);
    }

    #[test]
    fn the_target_is_a_level_line_across_the_box_and_counts_in_the_scale() {
        let line = sparkline(&[1.0, 2.0], Some(3.0), rect()).expect("a line");
        assert_eq!(line.target, Some((pos2(10.0, 20.0), pos2(110.0, 20.0))));
        assert_eq!(line.points[1], pos2(110.0, 30.0), "2 is half way to 3");
    }

    #[test]
    fn one_value_or_equal_values_sit_in_the_middle() {
        let line = sparkline(&[5.0], None, rect()).expect("a line");
        assert_eq!(line.points, [pos2(10.0, 30.0)]);
        let flat = sparkline(&[5.0, 5.0], Some(5.0), rect()).expect("a line");
        assert!(flat.points.iter().all(|p| p.y == 30.0));
    }

    #[test]
    fn nothing_to_draw_without_values_or_with_a_value_that_is_not_a_number() {
        assert_eq!(sparkline(&[], Some(1.0), rect()), None);
        assert_eq!(sparkline(&[1.0, f64::NAN], None, rect()), None);
    }

    #[test]
    fn a_long_series_keeps_at_most_a_point_per_unit_of_width_and_its_last_value() {
        let values: Vec<f64> = (0..1001).map(f64::from).collect();
        let line = sparkline(&values, None, rect()).expect("a line");
        assert!(line.points.len() <= 102, "{}", line.points.len());
        assert_eq!(line.last(), Some(pos2(110.0, 20.0)));
        let xs: Vec<f32> = line.points.iter().map(|p| p.x).collect();
        assert!(xs.windows(2).all(|w| w[0] < w[1]), "left to right, once");
    }

    #[test]
    fn the_figures_give_the_last_value_the_change_and_the_date_before() {
        let date = |d: u32| NaiveDate::from_ymd_opt(2027, 1, d);
        let kpi = Kpi {
            name: "Conversion".into(),
            unit: "%".into(),
            target: Some(3.0),
            measurements: vec![
                Measurement {
                    date: date(20),
                    value: 2.8,
                    target: None,
                },
                Measurement {
                    date: date(10),
                    value: 2.75,
                    target: None,
                },
            ],
            ..Kpi::default()
        };
        let f = figures(&kpi).expect("figures");
        assert_eq!(f.values, [2.75, 2.8]);
        assert_eq!(f.last, "2.8%");
        assert_eq!(f.change.as_deref(), Some("+0.05"));
        assert_eq!(f.before, date(10));
        assert_eq!(f.target, Some(3.0));
        assert_eq!(f.on, Some(OnTarget::Off));
        assert_eq!(change_text(-12.0), "-12");
        assert_eq!(figures(&Kpi::default()), None);
    }
}
