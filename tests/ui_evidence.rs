//! Evidence and experiments, driven like a user: tagging a step and a pain
//! point with their evidence, tinting the canvas by it, editing a pain point
//! without losing its evidence, creating an experiment and finding it in the
//! content calendar, and the phase inspector's share of backed claims.

mod common;
use common::{harness_with, key, type_into};

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use klantreis::i18n::Language;
use klantreis::model::{Evidence, ExperimentStatus, Lane, Map, PhaseId, Step, StepId};
use klantreis::ui::KlantreisApp;
use klantreis::ui::calendar::Page;
use klantreis::ui::shell::Selection;

/// The two-step kettle map; the second step (in the third phase, Purchase)
/// has a pain point and an opportunity, and the map has content in March 2027.
fn map() -> Map {
    let mut map = common::two_step_map(Language::En, "Searches a kettle", "Pays");
    let step = &mut map.journeys[0].steps[1];
    step.pain_points = vec!["Shipping costs shown late".into()];
    step.opportunities = vec!["One-click iDEAL".into()];
    map.content = common::three_items_in_march(["Buying guide", "Comparison page", "Spring offer"]);
    map
}

fn harness_on(map: Map, selection: Selection) -> Harness<'static, KlantreisApp> {
    let mut app = KlantreisApp::new(map, None);
    app.native_dialogs = false;
    app.state.selection = selection;
    harness_with(app)
}

fn step(harness: &Harness<'_, KlantreisApp>, id: u64) -> Step {
    harness
        .state()
        .doc
        .map
        .step(StepId(id))
        .map(|(_, s)| s.clone())
        .expect("the step")
}

/// Clicks the topmost widget with this label (the step's own evidence comes
/// before its items'), wherever the inspector is scrolled.
fn click_topmost(harness: &mut Harness<'_, KlantreisApp>, label: &str) {
    harness
        .get_all_by_label(label)
        .min_by(|a, b| a.rect().min.y.total_cmp(&b.rect().min.y))
        .expect("a widget")
        .click_accesskit();
    harness.run_steps(2);
}

/// Clicks the widget with this label, wherever the inspector is scrolled.
fn click(harness: &mut Harness<'_, KlantreisApp>, label: &str) {
    harness.get_by_label(label).click_accesskit();
    harness.run_steps(2);
}

fn undo(harness: &mut Harness<'_, KlantreisApp>) {
    key(harness, Modifiers::COMMAND, Key::Z);
}

#[test]
fn tagging_a_step_and_a_pain_point_with_evidence_is_one_undo_step_each() {
    let mut harness = harness_on(map(), Selection::Steps(vec![StepId(2)]));
    click_topmost(&mut harness, "Research");
    assert_eq!(step(&harness, 2).evidence.kind, Evidence::Research);

    // The pain point's evidence: the second "Measured" and source field,
    // after the step's own and before the opportunity's.
    let mut kinds: Vec<_> = harness.get_all_by_label("Measured").collect();
    kinds.sort_by(|a, b| a.rect().min.y.total_cmp(&b.rect().min.y));
    kinds[1].click_accesskit();
    harness.run_steps(2);
    let mut sources: Vec<_> = harness
        .get_all_by_role_and_label(Role::TextInput, "Source")
        .collect();
    sources.sort_by(|a, b| a.rect().min.y.total_cmp(&b.rect().min.y));
    sources[1].focus();
    harness.run_steps(1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.event(egui::Event::Text("GA4 funnel, 41 % drop".into()));
    harness.run_steps(2);
    let claim = step(&harness, 2)
        .claim(Lane::PainPoints, "Shipping costs shown late")
        .cloned()
        .expect("the pain point has evidence");
    assert_eq!(claim.kind, Evidence::Measured);
    assert_eq!(claim.source, "GA4 funnel, 41 % drop");

    // Editing the pain point's text keeps its evidence with it.
    type_into(
        &mut harness,
        "Pain points (one per line)",
        "Shipping costs shown only at checkout",
    );
    let edited = step(&harness, 2);
    assert_eq!(
        edited.pain_points,
        ["Shipping costs shown only at checkout"]
    );
    assert_eq!(
        edited
            .claim(Lane::PainPoints, "Shipping costs shown only at checkout")
            .map(|c| c.kind),
        Some(Evidence::Measured)
    );

    // Undo: the text, then the source, then the kind, then the step's own evidence.
    for _ in 0..3 {
        undo(&mut harness);
    }
    assert!(step(&harness, 2).claims.is_empty());
    assert_eq!(step(&harness, 2).evidence.kind, Evidence::Research);
    undo(&mut harness);
    assert_eq!(step(&harness, 2).evidence.kind, Evidence::Assumed);
}

#[test]
fn the_view_menu_tints_the_canvas_by_evidence_with_a_legend() {
    let mut map = map();
    map.journeys[0].steps[0].evidence.kind = Evidence::Research;
    let mut harness = harness_on(map, Selection::None);
    assert!(harness.query_by_label_contains("Assumed 50 %").is_none());
    harness.get_by_label("View").click();
    harness.run_steps(2);
    harness.get_by_label("Tint by evidence").click();
    harness.run_steps(3);
    assert!(harness.state().state.journey.evidence_tint);
    harness.get_by_label("Evidence: Assumed 50 %, Research 50 %, Measured 0 %");
}

#[test]
fn an_all_assumed_map_says_so_in_its_legend() {
    let mut app = KlantreisApp::new(map(), None);
    app.native_dialogs = false;
    app.state.journey.evidence_tint = true;
    let harness = harness_with(app);
    harness.get_by_label("Evidence: Assumed 100 %, Research 0 %, Measured 0 %");
}

#[test]
fn an_experiment_created_on_an_opportunity_shows_in_the_calendar_and_the_phase() {
    let mut harness = harness_on(map(), Selection::Steps(vec![StepId(2)]));
    click(&mut harness, "Add an experiment on \"One-click iDEAL\"");
    assert_eq!(step(&harness, 2).experiments.len(), 1);

    type_into(
        &mut harness,
        "Hypothesis",
        "One-click iDEAL raises conversion by 5 %",
    );
    type_into(&mut harness, "Starts", "2027-03-08");
    type_into(&mut harness, "Ends", "2027-03-28");
    click(&mut harness, "Running");
    let experiment = step(&harness, 2).experiments[0].clone();
    assert_eq!(
        experiment.hypothesis,
        "One-click iDEAL raises conversion by 5 %"
    );
    assert_eq!(experiment.item, "One-click iDEAL");
    assert_eq!(experiment.start, Some(common::date(2027, 3, 8)));
    assert_eq!(experiment.end, Some(common::date(2027, 3, 28)));
    assert_eq!(experiment.status, ExperimentStatus::Running);

    // The phase counts it as running.
    harness.state_mut().state.selection = Selection::Phase(PhaseId(3));
    harness.run_steps(2);
    harness.get_by_label("Running experiments: 1");
    harness.get_by_label_contains("Backed claims: 0 of 3");

    // The calendar marks its start and end, and lists it.
    {
        let state = &mut harness.state_mut().state;
        state.calendar.page = Page::Calendar;
        state.calendar.needs_placing = false;
        state.calendar.show_day(common::date(2027, 3, 1));
    }
    harness.run_steps(3);
    harness.get_by_label("Experiment starts: One-click iDEAL raises conversion by 5 %");
    harness.get_by_label("Experiment ends: One-click iDEAL raises conversion by 5 %");
    harness.get_by_label_contains("2027-03-08 – 2027-03-28 · Running");
}

#[test]
fn a_wrong_end_date_is_said_at_once() {
    let mut map = map();
    let step = &mut map.journeys[0].steps[1];
    let mut experiment =
        klantreis::model::Experiment::new(step, Lane::Opportunities, "One-click iDEAL");
    experiment.start = Some(common::date(2027, 3, 8));
    step.experiments.push(experiment);
    let mut harness = harness_on(map, Selection::Steps(vec![StepId(2)]));
    type_into(&mut harness, "Ends", "2027-03-01");
    harness.get_by_label("It ends before it starts: pick an end on or after the start.");
}
