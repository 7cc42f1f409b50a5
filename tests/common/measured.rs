//! Measured data for the export tests.

use klantreis::model::{Kpi, Measurement};

/// A KPI measured on the first `days` days of January 2027, the value
/// rising by one a day from 1.
pub fn daily_kpi(name: &str, unit: &str, days: u32) -> Kpi {
    Kpi {
        name: name.to_owned(),
        unit: unit.to_owned(),
        measurements: (1..=days)
            .map(|d| Measurement {
                date: chrono::NaiveDate::from_ymd_opt(2027, 1, d),
                value: f64::from(d),
                target: None,
            })
            .collect(),
        ..Kpi::default()
    }
}
