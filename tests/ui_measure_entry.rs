//! One measurement typed in the phase inspector, driven like a user: added
//! by typing (the sparkline's last value follows) and undone, a value that
//! is no number refused with the reason, one edited and one deleted, a
//! second value on a date asking before it replaces the first, and a Dutch
//! user's `8.400` read as eight thousand four hundred.

mod common;
use common::{harness_in, harness_with, key, type_into};

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use klantreis::i18n::Language;
use klantreis::model::{Kpi, Map, Measurement, PhaseId};
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::{LanguageChoice, Selection};

/// Conversion in the Decision phase (target 2.5 %), measured in January and February 2027.
fn map(language: Language) -> Map {
    let mut map = common::two_step_map(language, "Reads reviews", "Pays");
    let value = |month: u32, value: f64| Measurement {
        date: Some(common::date(2027, month, 1)),
        value,
        target: None,
    };
    map.phases[2].kpis = vec![Kpi {
        name: "Conversion".into(),
        unit: "%".into(),
        target: Some(2.5),
        measurements: vec![value(1, 1.9), value(2, 2.0)],
        ..Kpi::default()
    }];
    map
}

fn app(map: Map) -> KlantreisApp {
    let mut app = KlantreisApp::new(map, None);
    app.native_dialogs = false;
    app.state.selection = Selection::Phase(PhaseId(3));
    app
}

/// The app on the Decision phase, its Conversion KPI's measurements opened.
fn harness() -> Harness<'static, KlantreisApp> {
    let mut harness = harness_with(app(map(Language::En)));
    harness
        .get_by_label("Conversion (%): 2 measurements")
        .click();
    harness.run_steps(2);
    harness
}

/// The Conversion KPI's measurements as the map holds them.
fn measurements(harness: &Harness<'_, KlantreisApp>) -> Vec<Measurement> {
    harness.state().doc.map.phases[2].kpis[0]
        .measurements
        .clone()
}

/// Clicks a button, and lets the list's columns settle to what changed
/// (a grid takes a frame to widen).
fn click(harness: &mut Harness<'static, KlantreisApp>, label: &str) {
    harness.get_by_role_and_label(Role::Button, label).click();
    harness.run_steps(4);
}

/// Clicks the first of several buttons labelled `label` (the newest measurement's).
fn click_first(harness: &mut Harness<'static, KlantreisApp>, label: &str) {
    harness
        .query_all_by_role_and_label(Role::Button, label)
        .next()
        .unwrap_or_else(|| panic!("no {label:?} button"))
        .click();
    harness.run_steps(4);
}

fn assert_shows(harness: &Harness<'_, KlantreisApp>, text: &str) {
    assert!(
        harness.query_by_label_contains(text).is_some(),
        "nothing shows {text:?}"
    );
}

#[test]
fn a_measurement_typed_in_moves_the_sparkline_and_one_undo_takes_it_out() {
    let mut harness = harness();
    harness.get_by_label("Conversion: 2 measurements against the target");
    assert_shows(&harness, "Last: 2% (+0.1 since 2027-01-01)");
    type_into(&mut harness, "Date", "01-03-2027");
    type_into(&mut harness, "Value", "2,4 %");
    click(&mut harness, "Add measurement");
    let added = measurements(&harness);
    assert_eq!(added.len(), 3);
    assert_eq!(added[2].date, Some(common::date(2027, 3, 1)));
    assert!((added[2].value - 2.4).abs() < 1e-9);
    harness.get_by_label("Conversion: 3 measurements against the target");
    assert_shows(&harness, "Last: 2.4% (+0.4 since 2027-02-01)");
    assert_eq!(
        harness.state().doc.history.undo_name().as_deref(),
        Some("add a measurement to KPI 'Conversion'")
    );
    // The list shows it first, and the form keeps the date for the next value.
    let newest = harness.get_by_label("2027-03-01: 2.4%").rect().min.y;
    let before = harness.get_by_label("2027-02-01: 2%").rect().min.y;
    assert!(newest < before, "newest first");

    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(measurements(&harness).len(), 2, "one undo takes it out");
    harness.get_by_label("Conversion: 2 measurements against the target");
    assert_shows(&harness, "Last: 2% (+0.1 since 2027-01-01)");
}

#[test]
fn a_value_that_is_no_number_is_refused_with_the_reason_and_adds_nothing() {
    let mut harness = harness();
    type_into(&mut harness, "Date", "2027-03-01");
    type_into(&mut harness, "Value", "veel");
    click(&mut harness, "Add measurement");
    assert_shows(
        &harness,
        "'veel' is not a number. Type a number such as 8.400, 12,5 or 1,9%. Nothing was added.",
    );
    assert_eq!(measurements(&harness).len(), 2);
    assert!(!harness.state().doc.history.can_undo());

    // A date that is none, and a unit the KPI is not measured in, likewise.
    type_into(&mut harness, "Date", "31-02-2027");
    type_into(&mut harness, "Value", "2,4");
    click(&mut harness, "Add measurement");
    assert_shows(&harness, "'31-02-2027' is not a date.");
    // A year in two digits would be the year 27: refused, not filed first.
    type_into(&mut harness, "Date", "7-2-27");
    click(&mut harness, "Add measurement");
    assert_shows(&harness, "'7-2-27' is not a date.");
    assert_eq!(measurements(&harness).len(), 2);
    // An emptied date.
    harness
        .get_by_role_and_label(Role::TextInput, "Date")
        .focus();
    key(&mut harness, Modifiers::COMMAND, Key::A);
    key(&mut harness, Modifiers::NONE, Key::Backspace);
    click(&mut harness, "Add measurement");
    assert_shows(&harness, "Type the date it was measured");
    type_into(&mut harness, "Date", "2027-03-01");
    type_into(&mut harness, "Value", "€ 2,4");
    click(&mut harness, "Add measurement");
    assert_shows(&harness, "Conversion is measured in %, not €.");
    assert_eq!(measurements(&harness).len(), 2);
    // The target's unit too: "€ 3" is no target for a KPI in %.
    type_into(&mut harness, "Value", "2,4");
    type_into(&mut harness, "Target (optional)", "€ 3");
    click(&mut harness, "Add measurement");
    assert_shows(&harness, "Conversion is measured in %, not €.");
    assert_eq!(measurements(&harness).len(), 2);
    assert!(!harness.state().doc.history.can_undo());
}

#[test]
fn a_measurement_is_edited_and_another_deleted_each_one_undo_step() {
    let mut harness = harness();
    // The newest (February) is listed first.
    click_first(&mut harness, "Edit");
    assert_shows(&harness, "Editing the measurement of 2027-02-01");
    type_into(&mut harness, "Value", "2.2");
    type_into(&mut harness, "Target (optional)", "2,3");
    click(&mut harness, "Save");
    let edited = measurements(&harness);
    assert_eq!(edited.len(), 2);
    assert_eq!(edited[1].date, Some(common::date(2027, 2, 1)));
    assert!((edited[1].value - 2.2).abs() < 1e-9);
    assert_eq!(edited[1].target, Some(2.3));
    assert_eq!(
        harness.state().doc.history.undo_name().as_deref(),
        Some("change a measurement of KPI 'Conversion'")
    );
    assert_shows(&harness, "2027-02-01: 2.2% (target 2.3%)");

    click_first(&mut harness, "Delete");
    let left = measurements(&harness);
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].date, Some(common::date(2027, 1, 1)));
    assert_eq!(
        harness.state().doc.history.undo_name().as_deref(),
        Some("delete a measurement of KPI 'Conversion'")
    );
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(measurements(&harness).len(), 2, "the delete is undone");
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert!(
        (measurements(&harness)[1].value - 2.0).abs() < 1e-9,
        "the edit is undone"
    );
}

#[test]
fn a_second_value_on_a_date_asks_before_it_replaces_the_first() {
    let mut harness = harness();
    type_into(&mut harness, "Date", "2027-02-01");
    type_into(&mut harness, "Value", "2,1");
    click(&mut harness, "Add measurement");
    assert_shows(
        &harness,
        "Conversion already has a value on that date (2027-02-01: 2%)",
    );
    assert_eq!(measurements(&harness).len(), 2, "nothing yet");
    click(&mut harness, "Keep the old value");
    assert!((measurements(&harness)[1].value - 2.0).abs() < 1e-9);
    click(&mut harness, "Add measurement");
    click(&mut harness, "Replace");
    let replaced = measurements(&harness);
    assert_eq!(replaced.len(), 2, "one value per date");
    assert!((replaced[1].value - 2.1).abs() < 1e-9);
}

#[test]
fn a_dutch_user_types_eight_thousand_four_hundred_with_a_point() {
    let mut map = map(Language::Nl);
    map.phases[2].kpis[0] = Kpi {
        name: "Bezoekers".into(),
        unit: "bezoeken".into(),
        ..Kpi::default()
    };
    let mut harness = harness_in(app(map), LanguageChoice::Dutch);
    harness
        .get_by_label("Bezoekers (bezoeken): 0 metingen")
        .click();
    harness.run_steps(2);
    type_into(&mut harness, "Datum", "07-02-2027");
    type_into(&mut harness, "Waarde", "8.400 bezoeken");
    // Enter in the value adds it, as the button does.
    key(&mut harness, Modifiers::NONE, Key::Enter);
    harness.run_steps(2);
    let added = measurements(&harness);
    assert_eq!(added.len(), 1);
    assert_eq!(added[0].value, 8400.0);
    assert_eq!(added[0].date, Some(common::date(2027, 2, 7)));
    assert_shows(&harness, "07-02-2027: 8400 bezoeken");
}

#[test]
fn the_enter_that_ends_typing_a_value_stays_in_the_inspector_and_renames_no_phase() {
    let mut harness = harness();
    let name = harness.state().doc.map.phases[2].name.clone();
    type_into(&mut harness, "Date", "2027-03-01");
    type_into(&mut harness, "Value", "veel");
    key(&mut harness, Modifiers::NONE, Key::Enter);
    harness.run_steps(2);
    assert_shows(&harness, "'veel' is not a number");
    assert!(
        harness.state().state.journey.renaming.is_none(),
        "the canvas opened the phase's name for renaming on the inspector's Enter"
    );
    assert!(
        harness
            .query_by_role_and_label(Role::TextInput, "Phase name")
            .is_none(),
        "no name field over the phase band"
    );
    // Typing on and pressing Enter again changes no phase name either.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run_steps(2);
    key(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(harness.state().doc.map.phases[2].name, name);
    assert_eq!(measurements(&harness).len(), 2, "nothing was added");
}

#[test]
fn a_kpi_of_the_same_name_moving_up_does_not_take_over_the_form_editing_the_deleted_one() {
    let mut map = map(Language::En);
    // Two KPIs called alike (as "New KPI" often is), measured on the same days.
    let mut twin = map.phases[2].kpis[0].clone();
    for (m, value) in twin.measurements.iter_mut().zip([5.0, 6.0]) {
        m.value = value;
    }
    map.phases[2].kpis.push(twin);
    let mut harness = harness_with(app(map));
    harness
        .query_all_by_label("Conversion (%): 2 measurements")
        .next()
        .expect("the first KPI's measurements")
        .click();
    harness.run_steps(2);
    click_first(&mut harness, "Edit");
    assert_shows(&harness, "Editing the measurement of 2027-02-01");

    // The first KPI goes; its twin takes its place in the list.
    let mut phase = harness.state().doc.map.phases[2].clone();
    phase.kpis.remove(0);
    harness
        .state_mut()
        .apply(klantreis::edit::Edit::SetPhase(phase));
    harness.run_steps(3);
    assert!(
        harness
            .query_by_label_contains("Editing the measurement of")
            .is_none(),
        "the form still edits a measurement of the deleted KPI"
    );
    let twin = &harness.state().doc.map.phases[2].kpis[0];
    assert_eq!(
        twin.measurements[1].value, 6.0,
        "the twin's value is its own"
    );
}
