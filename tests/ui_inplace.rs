//! Typing where the text is shown: step titles on the canvas and lane cells
//! in the lanes grid, each committed edit one undo step; and the lanes
//! scrolling sideways with Shift+wheel.

mod common;
use common::{canvas_pos, click_at, double_click_at, harness_with, key, step_pos};

use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, MouseWheelSource, MouseWheelUnit, Pos2, TouchPhase, pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use klantreis::i18n::Language;
use klantreis::model::{Lane, Map, StepId};
use klantreis::scene::LANE_HEIGHT;
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::Selection;

/// A five-phase map with one journey of two steps.
fn small_map() -> Map {
    common::two_step_map(Language::En, "Searches Google", "Pays")
}

fn harness() -> Harness<'static, KlantreisApp> {
    let mut app = KlantreisApp::new(small_map(), None);
    app.native_dialogs = false;
    harness_with(app)
}

/// The middle of a step's cell in a lane (where its column is under the step).
fn cell_pos(harness: &Harness<'_, KlantreisApp>, id: StepId, lane: Lane) -> Pos2 {
    let lanes = harness.get_by_label("Lanes of the journey's steps").rect();
    let row = Lane::ALL.iter().position(|l| *l == lane).expect("lane") as f32;
    let x = step_pos(harness, id).x;
    pos2(
        x,
        lanes.top() + 66.0 + row * LANE_HEIGHT + LANE_HEIGHT / 2.0,
    )
}

fn title(harness: &Harness<'_, KlantreisApp>, id: u64) -> String {
    harness
        .state()
        .doc
        .map
        .step(StepId(id))
        .expect("step")
        .1
        .title
        .clone()
}

fn pain_points(harness: &Harness<'_, KlantreisApp>, id: u64) -> Vec<String> {
    harness
        .state()
        .doc
        .map
        .step(StepId(id))
        .expect("step")
        .1
        .pain_points
        .clone()
}

/// Undoes one step, which brings back the map the test started with.
fn undo_to_start(harness: &mut Harness<'_, KlantreisApp>) {
    key(harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(*harness.state().doc.map, small_map());
}

/// Double-clicks a step's cell in a lane.
fn open_cell(harness: &mut Harness<'_, KlantreisApp>, id: StepId, lane: Lane) {
    let pos = cell_pos(harness, id, lane);
    double_click_at(harness, pos);
    harness.run_steps(2);
}

/// Selects a step by clicking it, then presses a key.
fn select_and_press(harness: &mut Harness<'_, KlantreisApp>, id: StepId, pressed: Key) {
    let pos = step_pos(harness, id);
    click_at(harness, pos, Modifiers::NONE);
    key(harness, Modifiers::NONE, pressed);
    harness.run_steps(3);
}

/// Types into whatever field has the keyboard.
fn type_text(harness: &mut Harness<'_, KlantreisApp>, text: &str) {
    harness.event(Event::Text(text.to_owned()));
    harness.run_steps(2);
}

/// Asserts that a field with this label is shown and has the keyboard.
fn expect_field(harness: &Harness<'_, KlantreisApp>, role: Role, label: &str) {
    assert!(
        harness
            .query_by_role_and_label(role, label)
            .is_some_and(|n| n.accesskit_node().is_focused()),
        "a focused field labelled {label:?}"
    );
}

#[test]
fn a_step_added_by_double_click_has_its_title_ready_for_typing_on_the_canvas() {
    let mut harness = harness();
    let pos = canvas_pos(&harness, 25.0, 1.0);
    double_click_at(&mut harness, pos);
    harness.run_steps(3);
    expect_field(&harness, Role::TextInput, "Title of step New step");
    // The field starts empty, "New step" greyed in it: typing replaces it.
    type_text(&mut harness, "Compares prices");
    key(&mut harness, Modifiers::NONE, Key::Enter);
    let map = &harness.state().doc.map;
    assert_eq!(map.journeys[0].steps.len(), 3);
    assert_eq!(map.journeys[0].steps[2].title, "Compares prices");
    assert!(
        harness.state().state.journey.inplace.is_none(),
        "the field closed"
    );
    // The title is one undo step, the step another.
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        harness.state().doc.map.journeys[0].steps[2].title,
        "New step"
    );
    undo_to_start(&mut harness);
}

#[test]
fn insert_adds_a_step_whose_title_is_ready_for_typing() {
    let mut harness = harness();
    select_and_press(&mut harness, StepId(1), Key::Insert);
    expect_field(&harness, Role::TextInput, "Title of step New step");
    type_text(&mut harness, "Reads reviews");
    key(&mut harness, Modifiers::NONE, Key::Enter);
    let titles: Vec<String> = harness.state().doc.map.journeys[0]
        .steps
        .iter()
        .map(|s| s.title.clone())
        .collect();
    assert!(titles.contains(&"Reads reviews".to_owned()), "{titles:?}");
}

#[test]
fn enter_on_a_selected_step_edits_its_title_in_place_as_one_undo_step() {
    let mut harness = harness();
    select_and_press(&mut harness, StepId(1), Key::Enter);
    expect_field(&harness, Role::TextInput, "Title of step Searches Google");
    // The cursor is at the end of the title; Ctrl+A selects it to replace it.
    type_text(&mut harness, " en vergelijkt");
    assert_eq!(
        title(&harness, 1),
        "Searches Google",
        "nothing reaches the map while typing"
    );
    key(&mut harness, Modifiers::COMMAND, Key::A);
    type_text(&mut harness, "Zoekt");
    key(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(title(&harness, 1), "Zoekt");
    undo_to_start(&mut harness);
}

#[test]
fn escape_cancels_a_title_edit_and_leaves_the_map_as_it_was() {
    let mut harness = harness();
    let pos = step_pos(&harness, StepId(2));
    double_click_at(&mut harness, pos);
    harness.run_steps(2);
    expect_field(&harness, Role::TextInput, "Title of step Pays");
    type_text(&mut harness, "Betaalt met iDEAL");
    key(&mut harness, Modifiers::NONE, Key::Escape);
    assert_eq!(title(&harness, 2), "Pays");
    assert!(harness.state().state.journey.inplace.is_none());
    assert_eq!(
        harness.state().state.selection,
        Selection::Steps(vec![StepId(2)]),
        "Escape in the field keeps the step selected"
    );
    assert!(!harness.state().doc.history.is_dirty(), "no edit was made");
}

#[test]
fn clicking_elsewhere_commits_a_title_edit() {
    let mut harness = harness();
    let pos = step_pos(&harness, StepId(2));
    double_click_at(&mut harness, pos);
    harness.run_steps(2);
    type_text(&mut harness, " met iDEAL");
    let away = canvas_pos(&harness, 45.0, -2.0);
    click_at(&mut harness, away, Modifiers::NONE);
    harness.run_steps(2);
    assert_eq!(title(&harness, 2), "Pays met iDEAL");
    assert!(harness.state().state.journey.inplace.is_none());
}

#[test]
fn double_clicking_a_lane_cell_edits_its_items_one_per_line_committed_with_ctrl_enter() {
    let mut harness = harness();
    open_cell(&mut harness, StepId(2), Lane::PainPoints);
    expect_field(
        &harness,
        Role::MultilineTextInput,
        "Pain points of step Pays",
    );
    type_text(&mut harness, "Verzendkosten");
    // Enter adds an item.
    key(&mut harness, Modifiers::NONE, Key::Enter);
    type_text(&mut harness, "Trage levering");
    assert!(
        pain_points(&harness, 2).is_empty(),
        "nothing reaches the map while typing"
    );
    key(&mut harness, Modifiers::COMMAND, Key::Enter);
    assert_eq!(
        pain_points(&harness, 2),
        ["Verzendkosten", "Trage levering"]
    );
    assert!(harness.state().state.journey.inplace.is_none());
    // One undo step for the cell.
    undo_to_start(&mut harness);
}

#[test]
fn escape_cancels_a_lane_cell_edit() {
    let mut harness = harness();
    open_cell(&mut harness, StepId(1), Lane::Actions);
    type_text(&mut harness, "Googles");
    key(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(harness.state().state.journey.inplace.is_none());
    assert_eq!(*harness.state().doc.map, small_map());
    assert!(!harness.state().doc.history.is_dirty());
}

#[test]
fn tab_commits_a_cell_and_moves_to_the_next_and_shift_tab_back() {
    let mut harness = harness();
    open_cell(&mut harness, StepId(1), Lane::PainPoints);
    type_text(&mut harness, "Te veel keus");
    key(&mut harness, Modifiers::NONE, Key::Tab);
    harness.run_steps(2);
    assert_eq!(pain_points(&harness, 1), ["Te veel keus"]);
    expect_field(
        &harness,
        Role::MultilineTextInput,
        "Pain points of step Pays",
    );
    type_text(&mut harness, "Verzendkosten");
    key(&mut harness, Modifiers::SHIFT, Key::Tab);
    harness.run_steps(2);
    assert_eq!(pain_points(&harness, 2), ["Verzendkosten"]);
    expect_field(
        &harness,
        Role::MultilineTextInput,
        "Pain points of step Searches Google",
    );
    key(&mut harness, Modifiers::NONE, Key::Escape);
    // Each committed cell is one undo step.
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert!(pain_points(&harness, 2).is_empty());
    assert_eq!(pain_points(&harness, 1), ["Te veel keus"]);
    undo_to_start(&mut harness);
}

/// Turns the mouse wheel over `pos` with Shift held.
fn shift_wheel(harness: &mut Harness<'_, KlantreisApp>, pos: Pos2, notches: f32) {
    harness.event(Event::PointerMoved(pos));
    for _ in 0..3 {
        harness.event_modifiers(
            Event::MouseWheel {
                unit: MouseWheelUnit::Line,
                delta: vec2(0.0, notches),
                phase: TouchPhase::Move,
                source: MouseWheelSource::Unknown,
                modifiers: Modifiers::SHIFT,
            },
            Modifiers::SHIFT,
        );
        harness.run_steps(1);
    }
    harness.run_steps(20);
}

#[test]
fn shift_wheel_over_crowded_lanes_scrolls_their_columns_sideways() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/crm-b2b.ron");
    let map = klantreis::io::load(&path).expect("load").map;
    let mut harness = harness_with(KlantreisApp::new(map, None));
    harness.run_steps(2);
    let lanes = harness.get_by_label("Lanes of the journey's steps").rect();
    let over = pos2(lanes.center().x, lanes.top() + 120.0);
    assert_eq!(harness.state().state.journey.lanes_scroll, 0.0);
    shift_wheel(&mut harness, over, -3.0);
    let scrolled = harness.state().state.journey.lanes_scroll;
    assert!(scrolled > 20.0, "the columns scrolled: {scrolled}");
    shift_wheel(&mut harness, over, 3.0);
    assert!(harness.state().state.journey.lanes_scroll < scrolled);
}

#[test]
fn shift_wheel_over_lanes_under_their_steps_pans_the_map() {
    let mut harness = harness();
    let lanes = harness.get_by_label("Lanes of the journey's steps").rect();
    let before = harness.state().state.journey.view.left_time;
    shift_wheel(
        &mut harness,
        pos2(lanes.center().x, lanes.top() + 120.0),
        -3.0,
    );
    let after = harness.state().state.journey.view.left_time;
    assert!(
        after > before,
        "the view moved on in time: {before} → {after}"
    );
    assert_eq!(
        harness.state().state.selection,
        Selection::None,
        "scrolling selects nothing"
    );
}

#[test]
fn in_workshop_mode_a_step_title_is_typed_on_the_canvas_and_escape_cancels_without_leaving() {
    let mut harness = harness();
    key(&mut harness, Modifiers::NONE, Key::F11);
    harness.run_steps(4);
    assert!(harness.state().state.workshop.is_some(), "workshop mode");
    // Choosing a step resizes the workshop canvas (its card grows) between
    // the two clicks of a double-click; the step the first click chose is meant.
    let pos = step_pos(&harness, StepId(1));
    click_at(&mut harness, pos, Modifiers::NONE);
    assert_ne!(step_pos(&harness, StepId(1)), pos, "the canvas moved");
    click_at(&mut harness, pos, Modifiers::NONE);
    harness.run_steps(2);
    assert_eq!(harness.state().doc.map.steps().count(), 2, "no step added");
    expect_field(&harness, Role::TextInput, "Title of step Searches Google");
    type_text(&mut harness, " met iDEAL");
    key(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(
        harness.state().state.workshop.is_some(),
        "Escape cancelled the title, not the workshop"
    );
    assert_eq!(title(&harness, 1), "Searches Google");
    harness.run_steps(30);
    let pos = step_pos(&harness, StepId(1));
    double_click_at(&mut harness, pos);
    harness.run_steps(2);
    type_text(&mut harness, " met iDEAL");
    key(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(title(&harness, 1), "Searches Google met iDEAL");
    undo_to_start(&mut harness);
}
