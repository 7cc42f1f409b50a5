//! The window stays calm with a map of any size. Idle means idle: once the
//! user stops, the editor asks for no more frames (no repaint without input,
//! a running animation, a timer the user started, or a background result
//! arriving). And a map given at start does not keep the window waiting: a
//! loading page shows while it is read off the UI thread.

mod common;

use std::time::Duration;

use common::{click_at, harness_with};
use egui::{Event, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use klantreis::io::autosave::AutosaveTiming;
use klantreis::model::generate::{MapSize, generated_map};
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::{LanguageChoice, Page};

/// The app with autosave on, as it runs for a user (its timers count too).
fn with_autosave(mut app: KlantreisApp) -> KlantreisApp {
    let dir = tempfile::tempdir().expect("a recovery folder").keep();
    app.enable_safety(&dir, AutosaveTiming::default());
    app
}

/// The frames the app asks for during `seconds` of simulated time with no
/// input: each repaint it requests is run, its time advanced to when it was due.
fn frames_while_idle(harness: &mut Harness<'static, KlantreisApp>, seconds: f64) -> usize {
    let start = harness.ctx.input(|i| i.time);
    let mut now = start;
    let mut frames = 0;
    loop {
        let delay = harness.output().viewport_output[&ViewportId::ROOT].repaint_delay;
        let due = now + delay.as_secs_f64();
        if delay == Duration::MAX || due > start + seconds {
            return frames;
        }
        // An immediate repaint still takes a frame's time.
        now = due.max(now + 1.0 / 60.0);
        harness.input_mut().time = Some(now);
        harness.step();
        frames += 1;
    }
}

/// Moves the pointer over the canvas, clicks it, then leaves the app alone:
/// a few frames may follow the input (a tooltip appearing), none after that.
fn assert_idle_after_input(mut harness: Harness<'static, KlantreisApp>, what: &str) {
    let canvas = harness.state().state.journey.canvas_rect;
    harness.event(Event::PointerMoved(canvas.center()));
    click_at(&mut harness, canvas.center(), egui::Modifiers::NONE);
    harness.event(Event::PointerMoved(
        canvas.left_top() + egui::vec2(5.0, 5.0),
    ));
    harness.step();
    let settling = frames_while_idle(&mut harness, 2.0);
    assert!(
        settling <= 5,
        "{what}: {settling} frames in the 2 s after the input"
    );
    let idle = frames_while_idle(&mut harness, 10.0);
    assert_eq!(idle, 0, "{what}: {idle} frames in 10 s without input");
}

#[test]
fn the_example_maps_ask_for_no_frames_once_input_stops() {
    for entry in std::fs::read_dir("maps").expect("the maps folder") {
        let path = entry.expect("an entry").path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let map = klantreis::io::load(&path).expect("an example map").map;
        let harness = harness_with(with_autosave(KlantreisApp::new(map, Some(path.clone()))));
        assert_idle_after_input(harness, &path.display().to_string());
    }
}

#[test]
fn a_ten_thousand_step_map_asks_for_no_frames_once_input_stops() {
    let map = generated_map(MapSize::LARGE);
    assert_eq!(map.steps().count(), 10_000);
    let harness = harness_with(with_autosave(KlantreisApp::new(map, None)));
    assert_idle_after_input(harness, "the 10,000-step map");
}

#[test]
fn the_calendar_the_table_and_workshop_mode_of_a_big_map_rest_too() {
    let map = generated_map(MapSize::LARGE);
    for page in [Page::Calendar, Page::Table] {
        let mut harness = harness_with(with_autosave(KlantreisApp::new(map.clone(), None)));
        harness.state_mut().state.calendar.page = page;
        harness.step();
        let settling = frames_while_idle(&mut harness, 2.0);
        assert!(settling <= 5, "{page:?}: {settling} frames settling");
        let idle = frames_while_idle(&mut harness, 10.0);
        assert_eq!(idle, 0, "{page:?}: {idle} frames in 10 s without input");
    }
    let workshop = KlantreisApp::new(map, None).in_workshop();
    assert_idle_after_input(harness_with(with_autosave(workshop)), "workshop mode");
}

#[test]
fn a_big_map_given_at_start_shows_a_loading_page_then_the_map() {
    let dir = tempfile::tempdir().expect("a folder");
    let file = dir.path().join("groot.ron");
    klantreis::io::save(&file, &generated_map(MapSize::LARGE)).expect("the map is written");
    let app = KlantreisApp::starting_on(&file);
    let mut harness = Harness::builder()
        .with_size([1500.0, 950.0])
        .build_eframe(move |_| app.with_language(LanguageChoice::English));
    harness.step();
    assert!(
        harness.state().io_busy(),
        "the first frame is drawn before the map is read"
    );
    harness.get_by_label_contains("groot.ron");
    harness.get_by_label("Cancel");
    assert!(
        harness.query_by_label("Journey map").is_none(),
        "no editor on a placeholder map while loading"
    );
    assert!(harness.state().title().contains("Opening groot.ron"));

    harness.state_mut().wait_for_io().expect("the map is read");
    harness.run_steps(3);
    assert_eq!(harness.state().doc.path.as_deref(), Some(file.as_path()));
    assert_eq!(harness.state().doc.map.steps().count(), 10_000);
    harness.get_by_label("Journey map");
    assert!(harness.query_by_label("Cancel").is_none());
    assert!(harness.state().title().starts_with("groot.ron"));
}

#[test]
fn a_map_given_at_start_that_cannot_be_read_leaves_an_empty_map_and_says_why() {
    let dir = tempfile::tempdir().expect("a folder");
    let file = dir.path().join("weg.ron");
    let app = KlantreisApp::starting_on(&file);
    let mut harness = Harness::builder()
        .with_size([1500.0, 950.0])
        .build_eframe(move |_| app.with_language(LanguageChoice::English));
    harness.step();
    assert!(harness.state_mut().wait_for_io().is_err());
    harness.run_steps(3);
    let notice = harness.state().notice.as_ref().expect("the error is shown");
    assert!(
        notice.is_error && notice.text.contains("weg.ron"),
        "{}",
        notice.text
    );
    harness.get_by_label("Journey map");
    assert_eq!(harness.state().doc.path, None);
    assert_eq!(
        harness.state().doc.map.phases.len(),
        5,
        "an empty five-phase map"
    );
}
