//! Properties of measurements: import → export → import changes nothing,
//! and the migration from format version 1 keeps every KPI text.

use std::path::Path;

use chrono::NaiveDate;
use klantreis::edit::measure_ops::import_measurements;
use klantreis::i18n::Language;
use klantreis::io::measure_csv::{metrics_csv, parse_metrics};
use klantreis::model::{Map, MetricRow, PhaseTemplate, SurveyScale};
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

fn with_measurement(map: &Map, phase: usize, value: f64) -> Map {
    let mut map = map.clone();
    map.phases[phase].kpis[0]
        .measurements
        .push(klantreis::model::Measurement {
            date: NaiveDate::from_ymd_opt(2027, 3, 1),
            value,
            target: None,
        });
    map
}

fn two_steps() -> Map {
    let mut map = template();
    map.journeys.push(klantreis::model::Journey {
        id: klantreis::model::JourneyId(1),
        name: "Petra".into(),
        color: klantreis::model::Rgb(0, 0, 0),
        persona: None,
        steps: vec![klantreis::model::Step::new(
            klantreis::model::StepId(1),
            klantreis::model::PhaseId(1),
            0.5,
            1.0,
            "Searches",
        )],
        to_be_of: None,
    });
    map
}

#[test]
fn a_merge_keeps_measurements_from_one_side_and_survey_scores_from_the_other() {
    use klantreis::model::{Field, SurveyScore};
    let base = two_steps();
    let ours = with_measurement(&base, 0, 12.0);
    let mut theirs = base.clone();
    theirs.journeys[0].steps[0].survey.push(SurveyScore {
        date: None,
        score: 4.0,
        scale: SurveyScale::OneToFive,
        respondents: 30,
    });
    let merged = klantreis::edit::merge(&base, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    assert_eq!(merged.map.phases[0].kpis[0].measurements.len(), 1);
    assert_eq!(merged.map.journeys[0].steps[0].survey.len(), 1);

    // Both sides measured the same KPI list differently: a conflict, ours kept.
    let theirs = with_measurement(&base, 0, 13.0);
    let merged = klantreis::edit::merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].field, Some(Field::Kpis));
    assert_eq!(merged.map.phases[0].kpis[0].measurements[0].value, 12.0);
}

#[test]
fn a_measurement_that_is_not_a_number_is_reported_and_repaired_away() {
    use klantreis::model::{Problem, repair, validate};
    let mut map = with_measurement(&two_steps(), 1, f64::NAN);
    let problems = validate(&map);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(matches!(problems[0], Problem::Measure(_)));
    assert!(problems[0].breaks_drawing());
    let words = klantreis::i18n::problems::unassigned_phase();
    let done = repair(&mut map, words);
    assert_eq!(done.len(), 1);
    assert!(validate(&map).is_empty());
    assert!(map.phases[1].kpis[0].measurements.is_empty());
}
