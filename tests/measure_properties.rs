//! Properties of measurements: import → export → import changes nothing,
//! and the migration from format version 1 keeps every KPI text.

use std::path::Path;

use chrono::NaiveDate;
use klantreis::edit::measure_ops::import_measurements;
use klantreis::i18n::Language;
use klantreis::io::measure_csv::{metrics_csv, parse_metrics};
use klantreis::model::{Map, MetricRow, PhaseTemplate};
use proptest::prelude::*;

fn template() -> Map {
    PhaseTemplate::FivePhase.new_map(Language::En)
}

fn imported(map: &Map, rows: &[MetricRow]) -> Map {
    let mut map = map.clone();
    if let Some(edit) = import_measurements(&map, rows).expect("every row has a phase") {
        edit.apply(&mut map).expect("applies");
    }
    map
}

fn row() -> impl Strategy<Value = MetricRow> {
    let phases = [
        "Awareness",
        "Consideration",
        "Decision",
        "Retention",
        "Advocacy",
    ];
    let kpis = [
        "Visits",
        "conversie",
        "NPS, total",
        "Wait \"time\"",
        "Omzet €",
    ];
    let units = ["", "%", "€", "count", "minutes", "score"];
    (
        0..phases.len(),
        0..kpis.len(),
        proptest::option::of(0i64..100_000),
        prop_oneof![
            any::<f64>().prop_filter("finite", |v| v.is_finite()),
            -1000.0..1000.0f64,
            (0i32..100_000).prop_map(|v| f64::from(v) / 100.0),
        ],
        proptest::option::of(-1000.0..1000.0f64),
        0..units.len(),
    )
        .prop_map(move |(phase, kpi, day, value, target, unit)| MetricRow {
            phase: Some(phases[phase].to_owned()),
            kpi: kpis[kpi].to_owned(),
            date: day.map(|d| {
                NaiveDate::from_ymd_opt(1990, 1, 1).expect("date")
                    + chrono::Days::new(u64::try_from(d).unwrap_or(0))
            }),
            value,
            target,
            unit: units[unit].to_owned(),
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn measurements_import_export_import_unchanged(rows in proptest::collection::vec(row(), 1..40)) {
        let start = template();
        let once = imported(&start, &rows);
        let text = metrics_csv(&once);
        let parsed = parse_metrics(Path::new("export.csv"), &text)
            .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(&imported(&start, &parsed.rows), &once);
        prop_assert_eq!(&imported(&once, &parsed.rows), &once);
    }

    #[test]
    fn the_migration_keeps_every_old_kpi_text(target in any::<String>(), actual in any::<String>()) {
        let text = format!(
            "(format: \"klantreis\", version: 1, map: (phases: [(id: 1, name: \"P\", color: \"#aabbcc\", \
             width: 10.0, kpis: [(name: \"K\", target: {}, actual: {})])]))",
            ron::to_string(&target).expect("ron"),
            ron::to_string(&actual).expect("ron"),
        );
        let map = klantreis::io::from_ron(&text).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let kpi = &map.phases[0].kpis[0];
        prop_assert_eq!(kpi.target_shown(), target);
        prop_assert_eq!(kpi.actual_shown(), actual);
        // Saved as version 2 and read again, it still says the same.
        let again = klantreis::io::from_ron(&klantreis::io::to_ron(&map)).expect("reads");
        prop_assert_eq!(&again, &map);
    }
}

#[test]
fn version_one_kpis_become_numbers_where_they_hold_one() {
    let text = "(format: \"klantreis\", version: 1, map: (phases: [(id: 1, name: \"P\", \
                color: \"#aabbcc\", width: 10.0, kpis: [(name: \"Conversion\", target: \"3%\", \
                actual: \"2.1%\"), (name: \"Traffic\", target: \"10,000 visits\", actual: \"8,200\")])]))";
    let map = klantreis::io::from_ron(text).expect("reads");
    let conversion = &map.phases[0].kpis[0];
    assert_eq!(conversion.target, Some(3.0));
    assert_eq!(conversion.unit, "%");
    assert_eq!(conversion.measurements[0].value, 2.1);
    assert!(conversion.target_text.is_empty() && conversion.actual_text.is_empty());
    let traffic = &map.phases[0].kpis[1];
    assert_eq!(traffic.target, Some(10000.0));
    assert_eq!(traffic.measurements[0].value, 8200.0);
    assert_eq!(traffic.target_shown(), "10,000 visits");
    assert_eq!(traffic.actual_shown(), "8,200");
}
