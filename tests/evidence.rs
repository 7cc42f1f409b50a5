//! Evidence and experiments in the file, the merge, the checks and the
//! exports: a map carrying them survives saving and loading unchanged; a
//! change to them on one side of a merge survives it; an experiment that
//! ends before it starts is refused by `check`, `upgrade` and the loader
//! alike; the steps CSV and the pictures carry them; the example map has them.

mod common;

use chrono::NaiveDate;
use klantreis::edit::merge;
use klantreis::export::{STEP_HEADERS, Separator, steps_csv};
use klantreis::io::{from_ron, to_ron};
use klantreis::model::{
    Backing, Claim, ClaimProblem, Evidence, Experiment, ExperimentStatus, Journey, JourneyId, Lane,
    Map, PhaseId, PhaseTemplate, Problem, Rgb, Step, StepId, validate,
};
use klantreis::picture::{self, ExportOptions};
use proptest::prelude::*;

/// A five-phase map with one journey of three steps, each with a pain point
/// and an opportunity.
fn small_map() -> Map {
    let mut map = PhaseTemplate::FivePhase.new_map(klantreis::i18n::Language::En);
    map.title = "Groene Draad".into();
    let steps = (1..=3)
        .map(|i| {
            let mut step = Step::new(StepId(i), PhaseId(i), 0.5, 0.0, &format!("Step {i}"));
            step.pain_points = vec![format!("Pain {i}"), format!("Second pain {i}")];
            step.opportunities = vec![format!("Chance {i}")];
            step
        })
        .collect();
    map.journeys.push(Journey {
        id: JourneyId(1),
        name: "Bas".into(),
        color: Rgb(0, 114, 178),
        persona: None,
        steps,
        to_be_of: None,
    });
    map
}

fn kind() -> impl Strategy<Value = Evidence> {
    prop_oneof![
        Just(Evidence::Assumed),
        Just(Evidence::Research),
        Just(Evidence::Measured)
    ]
}

fn status() -> impl Strategy<Value = ExperimentStatus> {
    proptest::sample::select(ExperimentStatus::ALL.to_vec())
}

fn day() -> impl Strategy<Value = Option<NaiveDate>> {
    proptest::option::of((0..400i64).prop_map(|d| {
        NaiveDate::from_ymd_opt(2027, 1, 1).expect("a day") + chrono::Duration::days(d)
    }))
}

/// Evidence and experiments put on the small map's steps.
#[derive(Clone, Debug)]
struct Tagging {
    step: usize,
    backing: (Evidence, String),
    claim: Option<(bool, Evidence, String)>,
    experiment: Option<(u64, String, ExperimentStatus, Option<NaiveDate>, u16)>,
}

fn tagging() -> impl Strategy<Value = Tagging> {
    let text = "[A-Za-z0-9 ,%\"€#]{0,16}";
    (
        0..3usize,
        (kind(), text),
        proptest::option::of((any::<bool>(), kind(), text)),
        proptest::option::of((1..u64::MAX, text, status(), day(), 0..60u16)),
    )
        .prop_map(|(step, backing, claim, experiment)| Tagging {
            step,
            backing,
            claim,
            experiment,
        })
}

fn tag(map: &mut Map, tagging: &Tagging) {
    let step = &mut map.journeys[0].steps[tagging.step];
    step.evidence = Backing {
        kind: tagging.backing.0,
        source: tagging.backing.1.clone(),
    };
    if let Some((second, kind, source)) = &tagging.claim {
        let item = step.pain_points[usize::from(*second)].clone();
        step.claims.retain(|c| c.item != item);
        step.claims.push(Claim {
            lane: Lane::PainPoints,
            item,
            kind: *kind,
            source: source.clone(),
        });
    }
    if let Some((id, hypothesis, status, start, days)) = &tagging.experiment {
        let mut experiment = Experiment::new(step, Lane::Opportunities, &step.opportunities[0]);
        experiment.id = *id;
        experiment.hypothesis.clone_from(hypothesis);
        experiment.status = *status;
        experiment.start = *start;
        experiment.end = start.map(|s| s + chrono::Duration::days(i64::from(*days)));
        step.experiments.retain(|e| e.id != *id);
        step.experiments.push(experiment);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn evidence_and_experiments_survive_saving_and_loading(taggings in proptest::collection::vec(tagging(), 0..6)) {
        let mut map = small_map();
        for tagging in &taggings {
            tag(&mut map, tagging);
        }
        prop_assert!(validate(&map).is_empty(), "{:?}", validate(&map));
        let text = to_ron(&map);
        let back = from_ron(&text).expect("the saved map loads");
        prop_assert_eq!(&back, &map);
        prop_assert_eq!(to_ron(&back), text);
    }

    #[test]
    fn a_change_to_evidence_on_one_side_survives_the_merge(
        ours in proptest::collection::vec(tagging(), 0..4),
        theirs in proptest::collection::vec(tagging(), 0..4),
    ) {
        let base = small_map();
        let mut mine = base.clone();
        for tagging in &ours {
            let mut tagging = tagging.clone();
            if let Some(e) = &mut tagging.experiment {
                e.0 = e.0 / 2 * 2; // even ids
            }
            tag(&mut mine, &tagging);
        }
        // Theirs tags other steps' claims and experiments: keys never clash.
        let mut other = base.clone();
        for tagging in &theirs {
            let mut tagging = tagging.clone();
            tagging.step = 2;
            tagging.claim = tagging.claim.map(|(_, k, s)| (true, k, s));
            if let Some(e) = &mut tagging.experiment {
                e.0 = e.0 / 2 * 2 + 1; // odd ids
            }
            tag(&mut other, &tagging);
        }
        mine.journeys[0].steps[2] = base.journeys[0].steps[2].clone();
        let merged = merge::merge(&base, &mine, &other).map;
        prop_assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
        for i in 0..2 {
            prop_assert_eq!(&merged.journeys[0].steps[i], &mine.journeys[0].steps[i]);
        }
        prop_assert_eq!(&merged.journeys[0].steps[2], &other.journeys[0].steps[2]);
    }

    #[test]
    fn an_experiment_that_ends_before_it_starts_is_refused(start in 0..300i64, early in 1..60i64) {
        let mut map = small_map();
        let step = &mut map.journeys[0].steps[1];
        let mut experiment = Experiment::new(step, Lane::PainPoints, "Pain 2");
        let first = NaiveDate::from_ymd_opt(2027, 1, 1).expect("a day") + chrono::Duration::days(start);
        experiment.start = Some(first);
        experiment.end = Some(first - chrono::Duration::days(early));
        step.experiments.push(experiment);
        let problems = validate(&map);
        let is_dates = |p: &Problem| matches!(p, Problem::Claim(ClaimProblem::ExperimentDates { .. }));
        prop_assert_eq!(problems.iter().filter(|p| is_dates(p)).count(), 1);
        // The loader sees the same problem as the model.
        let loaded = from_ron(&to_ron(&map)).expect("the map still loads");
        prop_assert!(klantreis::io::problems(&loaded).iter().any(is_dates));
    }
}

#[test]
fn both_sides_changing_one_claim_differently_is_a_conflict_that_either_choice_resolves() {
    let base = small_map();
    let claim = |kind, source: &str| Claim {
        lane: Lane::PainPoints,
        item: "Pain 1".into(),
        kind,
        source: source.into(),
    };
    let mut ours = base.clone();
    ours.journeys[0].steps[0].claims = vec![claim(Evidence::Research, "6 interviews")];
    let mut theirs = base.clone();
    theirs.journeys[0].steps[0].claims = vec![claim(Evidence::Measured, "GA4 funnel")];
    theirs.journeys[0].steps[1].evidence.kind = Evidence::Measured;
    let merged = merge::merge(&base, &ours, &theirs).map;
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    assert_eq!(
        merged.conflicts[0].field,
        Some(klantreis::model::Field::Claims)
    );
    assert_eq!(
        merged.journeys[0].steps[1].evidence.kind,
        Evidence::Measured
    );
    let edit = merge::resolve(&merged, 0, merge::Choice::Theirs).expect("resolves");
    let mut decided = merged.clone();
    edit.apply(&mut decided).expect("applies");
    assert_eq!(
        decided.journeys[0].steps[0].claims,
        vec![claim(Evidence::Measured, "GA4 funnel")]
    );
    assert!(decided.conflicts.is_empty());
}

#[test]
fn a_map_without_evidence_is_written_exactly_as_before() {
    let map = small_map();
    let text = to_ron(&map);
    for field in ["evidence", "claims", "experiments"] {
        assert!(!text.contains(field), "{field} in\n{text}");
    }
}

#[test]
fn the_steps_csv_carries_evidence_and_experiments_before_its_measured_columns() {
    let mut map = small_map();
    tag(
        &mut map,
        &Tagging {
            step: 0,
            backing: (Evidence::Measured, "GA4 funnel".into()),
            claim: Some((false, Evidence::Research, "6 interviews".into())),
            experiment: Some((
                9,
                "Free shipping from €40 cuts abandoned carts".into(),
                ExperimentStatus::Running,
                NaiveDate::from_ymd_opt(2027, 2, 8),
                27,
            )),
        },
    );
    let csv = steps_csv(&map, Separator::Comma);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    // The evidence columns come before the four measured ones.
    let n = STEP_HEADERS.len() - 4;
    assert_eq!(
        &STEP_HEADERS[n - 4..n],
        [
            "Evidence",
            "Evidence source",
            "Backed lane items",
            "Experiments"
        ]
    );
    let first = &rows[1];
    assert_eq!(&first[n - 4], "Measured");
    assert_eq!(&first[n - 3], "GA4 funnel");
    assert_eq!(&first[n - 2], "Pain 1: Research (6 interviews)");
    assert!(
        first[n - 1].starts_with("[Running] Free shipping from €40"),
        "{}",
        &first[n - 1]
    );
    assert!(
        first[n - 1].contains("2027-02-08 – 2027-03-07"),
        "{}",
        &first[n - 1]
    );
    assert_eq!(&rows[2][n - 4], "Assumed");
}

#[test]
fn pictures_carry_the_evidence_legend_only_when_the_tint_is_on() {
    let mut map = small_map();
    map.journeys[0].steps[0].evidence.kind = Evidence::Research;
    let plain = picture::svg(&map, &ExportOptions::default());
    assert!(!plain.contains("evidence-legend"));
    let tinted = picture::svg(
        &map,
        &ExportOptions {
            evidence: true,
            ..ExportOptions::default()
        },
    );
    assert!(tinted.contains("evidence-legend"));
    assert!(
        tinted.contains("Research 33 %"),
        "the share of the drawn steps"
    );
    assert!(
        tinted.contains("#e69f00"),
        "a research step is drawn orange"
    );
}

#[test]
fn the_pdf_lists_the_experiments_after_the_calendar() {
    let mut map = small_map();
    tag(
        &mut map,
        &Tagging {
            step: 1,
            backing: (Evidence::Assumed, String::new()),
            claim: None,
            experiment: Some((3, "Nu bestellen".into(), ExperimentStatus::Won, None, 0)),
        },
    );
    let options = ExportOptions {
        calendar_page: true,
        ..ExportOptions::default()
    };
    let pdf = picture::pdf(&map, &options, picture::Paper::A4).expect("a PDF");
    let doc = lopdf::Document::load_mem(&pdf).expect("the PDF parses");
    assert_eq!(
        doc.get_pages().len(),
        picture::pdf_page_count(&map, &options)
    );
    assert_eq!(picture::pdf_page_count(&map, &options), 3);
}

#[test]
fn the_clothing_map_backs_its_steps_and_runs_two_experiments_from_seed_004() {
    let text = std::fs::read_to_string("maps/clothing.ron").expect("the example");
    let map = from_ron(&text).expect("it loads");
    assert!(validate(&map).is_empty(), "{:?}", validate(&map));
    // The to-be journey is a design, not a claim about today: its steps
    // are assumed by nature, so the share is of the as-is journeys.
    let steps: Vec<&Step> = map
        .journeys
        .iter()
        .filter(|j| j.to_be_of.is_none())
        .flat_map(|j| &j.steps)
        .collect();
    let backed = steps.iter().filter(|s| s.evidence.kind.backed()).count();
    assert!(backed >= steps.len() / 2, "{backed} of {}", steps.len());
    assert!(steps.iter().any(|s| !s.claims.is_empty()));
    let experiments: Vec<_> = map.experiments().collect();
    assert_eq!(experiments.len(), 2);
    for placed in &experiments {
        let kpis = &map.phase(placed.phase).expect("its phase").kpis;
        assert!(kpis.iter().any(|k| k.name == placed.experiment.kpi));
        assert!(placed.experiment.start.is_some() && placed.experiment.end.is_some());
    }
}

#[test]
fn the_command_line_draws_the_evidence_legend_when_asked() {
    let dir = tempfile::tempdir().expect("a folder");
    let map = std::fs::canonicalize("maps/clothing.ron").expect("the example");
    let map = map.to_str().expect("utf-8 path");
    let output = common::klantreis(
        &["export", map, "--svg", "tinted.svg", "--evidence"],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", common::stdout(&output));
    let svg = std::fs::read_to_string(dir.path().join("tinted.svg")).expect("the SVG");
    assert!(svg.contains("evidence-legend"));
    let output = common::klantreis(&["export", map, "--svg", "plain.svg"], dir.path());
    assert_eq!(output.status.code(), Some(0), "{}", common::stdout(&output));
    let svg = std::fs::read_to_string(dir.path().join("plain.svg")).expect("the SVG");
    assert!(!svg.contains("evidence-legend"));
}
