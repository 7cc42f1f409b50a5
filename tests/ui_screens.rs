//! The screens consultants own: the real app in windows of 1024×640 and
//! 1280×720, normal and in workshop mode, with every panel, the status bar
//! and the capture bar inside the window, and the canvas keeping its room.

mod common;

use common::key;
use egui::accesskit::Role;
use egui::{Key, Modifiers, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use klantreis::model::Map;
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::LanguageChoice;

fn clothing() -> Map {
    klantreis::io::from_ron(include_str!("../maps/clothing.ron")).expect("the clothing map reads")
}

/// The real app on the clothing map in a window of `size`, in a language.
fn app_in(size: [f32; 2], language: LanguageChoice) -> Harness<'static, KlantreisApp> {
    let app = KlantreisApp::new(clothing(), None);
    let mut harness = Harness::builder()
        .with_size(size)
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |_| app.with_language(language));
    harness.run_steps(4);
    harness
}

/// The window's rectangle, in points.
fn window_rect(harness: &Harness<'_, KlantreisApp>) -> Rect {
    harness.ctx.content_rect()
}

/// Asserts that the widget `what` lies wholly inside the window.
fn assert_inside(harness: &Harness<'_, KlantreisApp>, what: &str, rect: Rect) {
    let window = window_rect(harness).expand(0.5);
    assert!(
        window.contains_rect(rect),
        "{what} ({rect:?}) is not inside the window ({window:?})"
    );
}

fn canvas_rect(harness: &Harness<'_, KlantreisApp>) -> Rect {
    harness
        .get_all_by_role(Role::Canvas)
        .next()
        .expect("the canvas")
        .rect()
}

fn editor_fits(size: [f32; 2], language: LanguageChoice, words: [&str; 4]) {
    let [file, map, not_saved, quick] = words;
    let mut harness = app_in(size, language);
    harness.state_mut().state.personas.shown = true;
    harness.run_steps(3);
    let menu = harness.get_by_label(file).rect();
    assert_inside(&harness, "the menu bar", menu);
    let status = harness.get_by_label(not_saved).rect();
    assert_inside(&harness, "the status bar", status);
    let inspector = harness.get_by_label(map).rect();
    assert_inside(&harness, "the inspector", inspector);
    let canvas = canvas_rect(&harness);
    assert_inside(&harness, "the canvas", canvas);
    let window = window_rect(&harness);
    assert!(
        canvas.width() >= window.width() * 0.55,
        "the canvas keeps most of the width: {} of {}",
        canvas.width(),
        window.width()
    );
    assert!(
        canvas.height() >= 200.0,
        "the canvas keeps its height: {}",
        canvas.height()
    );
    assert!(
        inspector.left() >= canvas.right() - 1.0,
        "the inspector is beside the canvas, not over it"
    );
    assert!(
        status.top() >= canvas.bottom(),
        "the status bar is below the canvas"
    );

    // Workshop mode: the capture bar and what it says stay on the screen.
    key(&mut harness, Modifiers::NONE, Key::F11);
    harness.run_steps(4);
    let bar = harness.get_by_role_and_label(Role::TextInput, quick);
    let bar = bar.rect();
    assert_inside(&harness, "the capture bar", bar);
    bar_message_fits(&mut harness, quick);
    let canvas = canvas_rect(&harness);
    assert_inside(&harness, "the workshop canvas", canvas);
    let window = window_rect(&harness);
    assert!(
        canvas.height() >= window.height() * 0.4,
        "the workshop canvas uses the height: {} of {}",
        canvas.height(),
        window.height()
    );
}

/// Captures a pain point and checks that the confirmation is on the screen.
fn bar_message_fits(harness: &mut Harness<'_, KlantreisApp>, quick: &str) {
    key(harness, Modifiers::NONE, Key::PageDown);
    harness
        .get_by_role_and_label(Role::TextInput, quick)
        .type_text("! Too many choices");
    harness.run_steps(2);
    key(harness, Modifiers::NONE, Key::Enter);
    harness.run_steps(2);
    let (message, failed) = harness
        .state()
        .state
        .workshop
        .as_ref()
        .and_then(|w| w.message.clone())
        .expect("the capture says what it did");
    assert!(!failed, "the capture worked: {message}");
    let shown = harness.get_by_label(&message).rect();
    assert_inside(harness, "the capture's message", shown);
}

const ENGLISH: [&str; 4] = ["File", "Map", "Not saved yet", "Quick capture"];
const DUTCH: [&str; 4] = ["Bestand", "Kaart", "Nog niet opgeslagen", "Snel vastleggen"];

#[test]
fn a_1024_by_640_window_shows_every_panel_the_status_bar_and_the_capture_bar() {
    editor_fits([1024.0, 640.0], LanguageChoice::English, ENGLISH);
}

#[test]
fn a_1280_by_720_window_shows_every_panel_the_status_bar_and_the_capture_bar() {
    editor_fits([1280.0, 720.0], LanguageChoice::English, ENGLISH);
}

#[test]
fn a_1024_by_640_window_in_dutch_shows_every_panel() {
    editor_fits([1024.0, 640.0], LanguageChoice::Dutch, DUTCH);
}

#[test]
fn the_personas_panel_shows_on_a_wide_window_and_steps_aside_on_a_narrow_one() {
    let mut wide = app_in([1500.0, 900.0], LanguageChoice::English);
    wide.state_mut().state.personas.shown = true;
    wide.run_steps(3);
    assert!(wide.query_by_label("Personas").is_some());
    let mut narrow = app_in([1024.0, 640.0], LanguageChoice::English);
    narrow.state_mut().state.personas.shown = true;
    narrow.run_steps(3);
    assert!(narrow.query_by_label("Personas").is_none());
}

#[test]
fn floating_windows_open_below_the_menu_bar() {
    let mut harness = app_in([1024.0, 640.0], LanguageChoice::English);
    let menu = harness.get_by_label("File").rect();
    key(&mut harness, Modifiers::NONE, Key::F1);
    harness.run_steps(3);
    let shortcuts = harness
        .get_all_by_label("Keyboard shortcuts")
        .map(|n| n.rect())
        .fold(Rect::NOTHING, |a, b| a.union(b));
    assert!(
        shortcuts.top() >= menu.bottom(),
        "the shortcuts window ({shortcuts:?}) opens below the menu bar ({menu:?})"
    );
    assert_inside(&harness, "the shortcuts window", shortcuts);
}

#[test]
fn a_long_notice_neither_moves_the_canvas_nor_hides_under_its_button_and_goes_after_an_edit() {
    let mut harness = app_in([1024.0, 640.0], LanguageChoice::English);
    let before = canvas_rect(&harness);
    let text = "Could not open \"/home/anna/Documents/klanten/2026/groene-draad/workshop.ron\": \
                it is a folder or a device, not a map file. Choose a .ron map file. "
        .repeat(2);
    harness.state_mut().notice = Some(klantreis::ui::shell::Notice {
        text: text.clone(),
        is_error: true,
    });
    harness.run_steps(3);
    assert_eq!(canvas_rect(&harness), before, "the notice moved the canvas");
    let shown = harness.get_by_label(&text).rect();
    let button = harness.get_by_label("Dismiss").rect();
    assert!(
        !shown.intersects(button),
        "the button ({button:?}) covers the text ({shown:?})"
    );
    assert_inside(&harness, "the notice", shown);

    // A new edit makes it stale: it goes.
    let map = harness.state().doc.map.clone();
    let mut step = map.journeys[0].steps[0].clone();
    step.title = "Sees a friend's shirt".into();
    harness
        .state_mut()
        .apply(klantreis::edit::Edit::SetStep(step));
    harness.run_steps(3);
    assert!(harness.state().notice.is_none(), "the notice stayed");
}
