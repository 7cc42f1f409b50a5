//! Measurements in the editor, driven like a user: File › Import
//! measurements…, undo, the phase inspector's sparkline and on-target mark,
//! and the measured curve next to the perceived one.

mod common;
use common::{harness_with, key, type_into};

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use klantreis::edit::Edit;
use klantreis::i18n::Language;
use klantreis::model::{Map, PhaseId, StepId, SurveyScale, SurveyScore};
use klantreis::scene::measured::{kpi_marks, measured_curves};
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::Selection;

fn harness() -> Harness<'static, KlantreisApp> {
    let map = common::two_step_map(Language::En, "Reads reviews", "Waits for delivery");
    let mut app = KlantreisApp::new(map, None);
    app.native_dialogs = false;
    harness_with(app)
}

/// Six months of conversion in the Decision phase, against a target of 2.5 %.
const CONVERSION: &str = "datum;fase;kpi;waarde;doel\n\
01-01-2027;Decision;Conversion;1,9%;2,5\n\
01-02-2027;Decision;Conversion;2,0%;2,5\n\
01-03-2027;Decision;Conversion;2,2%;2,5\n\
01-04-2027;Decision;Conversion;2,4%;2,5\n\
01-05-2027;Decision;Conversion;2,7%;2,5\n\
01-06-2027;Decision;Conversion;2,8%;2,5\n";

/// Types the export's path into the open import window, presses Import
/// and lets the import finish.
fn import_typed(harness: &mut Harness<'static, KlantreisApp>, csv: &std::path::Path) {
    type_into(harness, "CSV file", &csv.display().to_string());
    harness
        .get_by_role_and_label(Role::Button, "Import")
        .click();
    harness.run_steps(2);
    harness.state_mut().wait_for_import();
    harness.run_steps(2);
}

/// Fails unless some widget's label contains `text`.
fn assert_shows(harness: &Harness<'_, KlantreisApp>, text: &str) {
    assert!(
        harness.query_by_label_contains(text).is_some(),
        "nothing shows {text:?}"
    );
}

/// The app's map and its canvas as the window last laid it out.
fn canvas_of(harness: &Harness<'_, KlantreisApp>) -> (Map, klantreis::scene::Canvas) {
    let app = harness.state();
    let canvas = klantreis::scene::canvas(
        &app.doc.map,
        app.state.journey.canvas_rect,
        app.state.journey.view,
        &|_| true,
    );
    ((*app.doc.map).clone(), canvas)
}

fn measurements(map: &Map) -> usize {
    map.phases
        .iter()
        .flat_map(|p| &p.kpis)
        .map(|k| k.measurements.len())
        .sum()
}

#[test]
fn measurements_are_imported_from_the_file_menu_and_undone_in_one_step() {
    let dir = tempfile::tempdir().expect("dir");
    let csv = dir.path().join("conversion.csv");
    std::fs::write(&csv, CONVERSION).expect("write");
    let mut harness = harness();
    harness.get_by_label("File").click();
    harness.run_steps(2);
    harness.get_by_label("Import measurements…").click();
    // The command runs on the next frame; the window shows on the one after.
    harness.run_steps(4);
    import_typed(&mut harness, &csv);
    assert_eq!(measurements(&harness.state().doc.map), 6);
    assert_shows(&harness, "Imported 6 measurements from conversion.csv");
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        measurements(&harness.state().doc.map),
        0,
        "one undo takes all six out"
    );
    key(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(measurements(&harness.state().doc.map), 6);
}

#[test]
fn a_broken_export_shows_where_in_the_window_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let csv = dir.path().join("broken.csv");
    std::fs::write(&csv, "datum;kpi;waarde\n01-01-2027;Conversion;veel\n").expect("write");
    let mut harness = harness();
    let before = harness.state().doc.map.clone();
    harness.state_mut().open_import();
    harness.run_steps(2);
    import_typed(&mut harness, &csv);
    // In the window and in the notice.
    assert_eq!(
        harness
            .query_all_by_label_contains("line 2, column 3 (waarde): 'veel' is not a number")
            .count(),
        2
    );
    assert_eq!(*harness.state().doc.map, *before);
    assert!(!harness.state().doc.history.can_undo());
}

#[test]
fn the_phase_inspector_shows_a_sparkline_the_last_value_and_an_on_target_mark() {
    let dir = tempfile::tempdir().expect("dir");
    let csv = dir.path().join("conversion.csv");
    std::fs::write(&csv, CONVERSION).expect("write");
    let mut harness = harness();
    harness
        .state_mut()
        .start_import(&csv, klantreis::ui::measure::ImportKind::Metrics);
    harness.state_mut().wait_for_import();
    harness.state_mut().state.selection = Selection::Phase(PhaseId(3));
    harness.run_steps(3);
    harness.get_by_label("Conversion: 6 measurements against the target");
    harness.get_by_label("Conversion is on target");
    assert_shows(&harness, "Last: 2.8% (+0.1 since 2027-05-01)");
    // The phase band on the canvas carries the same mark.
    let (map, canvas) = canvas_of(&harness);
    let marks = kpi_marks(&map, &canvas);
    assert_eq!(marks.len(), 1);
    assert_eq!(marks[0].kpi, "Conversion");
    assert!(canvas.bands[2].rect.contains(marks[0].pos));
}

#[test]
fn survey_scores_draw_a_measured_curve_beside_the_perceived_one() {
    let mut harness = harness();
    let mut step = harness
        .state()
        .doc
        .map
        .step(StepId(2))
        .expect("step")
        .1
        .clone();
    step.survey.push(SurveyScore {
        date: None,
        score: 3.5,
        scale: SurveyScale::OneToFive,
        respondents: 80,
    });
    harness.state_mut().apply(Edit::SetStep(step));
    harness.state_mut().state.selection = Selection::Steps(vec![StepId(2)]);
    harness.run_steps(3);
    // Perceived −2, measured +0.75 from 80 customers: shown in the inspector …
    assert_shows(&harness, "measured (80 respondents): +0.8");
    // … and drawn on the canvas, above the perceived point.
    let (map, canvas) = canvas_of(&harness);
    let curves = measured_curves(&map, &canvas);
    assert_eq!(curves.len(), 1);
    let point = &curves[0].points[0];
    assert_eq!(point.id, StepId(2));
    assert_eq!(point.respondents, 80);
    assert!(
        point.pos.y < point.perceived.y,
        "measured is happier than perceived"
    );
    assert_eq!(point.pos.x, point.perceived.x);
}
