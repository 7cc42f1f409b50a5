//! Experiments in the calendar's week list: a line on the day one starts,
//! on each day it runs through and on the day it ends, told apart by a word
//! (and a shape), not by colour alone; a changed experiment shows at once
//! although the list is gathered once per revision of the map.

mod common;
use common::harness_with;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use klantreis::edit::Edit;
use klantreis::i18n::Language;
use klantreis::model::{Experiment, ExperimentStatus, Lane, Map, StepId};
use klantreis::ui::KlantreisApp;
use klantreis::ui::calendar::Page;
use klantreis::ui::shell::Selection;

const HYPOTHESIS: &str = "One-click iDEAL raises conversion by 5 %";

/// Two steps; the second ("Pays") runs an experiment from Monday 8 to Sunday 28 March 2027.
fn map() -> Map {
    let mut map = common::two_step_map(Language::En, "Searches a kettle", "Pays");
    let step = &mut map.journeys[0].steps[1];
    step.opportunities = vec!["One-click iDEAL".into()];
    let mut experiment = Experiment::new(step, Lane::Opportunities, "One-click iDEAL");
    experiment.hypothesis = HYPOTHESIS.into();
    experiment.start = Some(common::date(2027, 3, 8));
    experiment.end = Some(common::date(2027, 3, 28));
    experiment.status = ExperimentStatus::Running;
    step.experiments.push(experiment);
    map
}

/// The week list of the week that starts on `monday`.
fn week_of(harness: &mut Harness<'static, KlantreisApp>, monday: chrono::NaiveDate) {
    let state = &mut harness.state_mut().state;
    state.calendar.page = Page::Calendar;
    state.calendar.needs_placing = false;
    state.calendar.week = true;
    state.calendar.show_day(monday);
    harness.run_steps(3);
}

fn count(harness: &Harness<'_, KlantreisApp>, text: &str) -> usize {
    harness.query_all_by_label_contains(text).count()
}

#[test]
fn the_week_list_marks_the_start_the_days_run_through_and_the_end() {
    let mut app = KlantreisApp::new(map(), None);
    app.native_dialogs = false;
    let mut harness = harness_with(app);

    week_of(&mut harness, common::date(2027, 3, 8));
    let starts = format!("Experiment starts: {HYPOTHESIS} (Pays)");
    let runs = "Experiment runs, day ";
    let ends = format!("Experiment ends: {HYPOTHESIS} (Pays)");
    assert_eq!(count(&harness, &starts), 1, "Monday the 8th");
    assert_eq!(count(&harness, runs), 6, "Tuesday to Sunday");
    harness.get_by_label(&format!(
        "Experiment runs, day 2 of 21: {HYPOTHESIS} (Pays)"
    ));
    assert_eq!(count(&harness, &ends), 0);
    // The list above the days speaks of the week it lists.
    assert_eq!(count(&harness, "Experiments this week"), 1);
    assert_eq!(count(&harness, "Experiments in this month"), 0);
    // A day with only an experiment on it is not "Nothing planned".
    assert_eq!(
        count(&harness, "Nothing planned"),
        0,
        "every day of it has a line"
    );
    // The start is on Monday's row, above Tuesday's.
    let start_y = harness.get_by_label(&starts).rect().min.y;
    let first_run_y = harness
        .query_all_by_label_contains(runs)
        .map(|n| n.rect().min.y)
        .fold(f32::INFINITY, f32::min);
    assert!(start_y < first_run_y);

    week_of(&mut harness, common::date(2027, 3, 22));
    assert_eq!(count(&harness, &starts), 0);
    assert_eq!(count(&harness, runs), 6, "Monday to Saturday");
    assert_eq!(count(&harness, &ends), 1, "Sunday the 28th");

    // Clicking a line selects the experiment's step.
    harness.get_by_label(&ends).click();
    harness.run_steps(2);
    assert_eq!(
        harness.state().state.selection,
        Selection::Steps(vec![StepId(2)])
    );

    // An edit that ends it on Wednesday the 24th shows in the next frame.
    let mut step = harness.state().doc.map.journeys[0].steps[1].clone();
    step.experiments[0].end = Some(common::date(2027, 3, 24));
    harness.state_mut().apply(Edit::SetStep(step));
    harness.run_steps(2);
    assert_eq!(count(&harness, runs), 2, "Monday and Tuesday");
    assert_eq!(count(&harness, &ends), 1, "Wednesday the 24th");
}
