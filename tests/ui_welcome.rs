//! The first start and the smaller things of issue 14: the welcome view
//! (new from a template, open, recent maps, examples opened read-only),
//! reopening the last map, End with nothing selected, undo naming what it
//! undoes, and no red "0" badge on a phase without content.

mod common;

use common::{harness_in, harness_with, key, two_step_map, type_into};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use klantreis::edit::Edit;
use klantreis::i18n::Language;
use klantreis::model::{Map, PhaseTemplate, StepId};
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::{Dialog, LanguageChoice, PathPurpose, Prefs, Selection};

/// The app showing the welcome view, typed paths instead of native dialogs.
fn welcome(prefs: Prefs) -> Harness<'static, KlantreisApp> {
    let mut app = KlantreisApp::new(Map::default(), None);
    app.native_dialogs = false;
    app.prefs = prefs;
    harness_with(app.welcoming())
}

/// A map saved in `dir` under `name`, as a consultant's earlier work.
fn saved_map(dir: &std::path::Path, name: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    let map = two_step_map(Language::En, "Zoekt", "Koopt");
    std::fs::write(&path, klantreis::io::to_ron(&map)).expect("write");
    path
}

/// Runs frames until the welcome view has looked at the recent files.
fn settle(harness: &mut Harness<'_, KlantreisApp>) {
    for _ in 0..50 {
        harness.run_steps(1);
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// Types a path into the path dialog and presses Enter.
fn type_path(harness: &mut Harness<'_, KlantreisApp>, path: &std::path::Path) {
    type_into(harness, "File path:", &path.display().to_string());
    key(harness, Modifiers::NONE, Key::Enter);
    harness.run_steps(2);
}

#[test]
fn each_template_on_the_welcome_view_starts_a_new_map_of_its_phases() {
    for template in PhaseTemplate::ALL {
        let mut harness = welcome(Prefs::default());
        harness.get_by_label(template.label(Language::En)).click();
        harness.run_steps(3);
        let app = harness.state();
        assert!(!app.welcome.shown, "the editor shows after {template:?}");
        let names: Vec<&str> = app.doc.map.phases.iter().map(|p| p.name.as_str()).collect();
        let expected = template.new_map(Language::En);
        let expected: Vec<&str> = expected.phases.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, expected);
        assert!(app.doc.path.is_none() && !app.doc.example);
    }
}

#[test]
fn open_on_the_welcome_view_opens_the_chosen_map_file() {
    let dir = tempfile::tempdir().expect("dir");
    let path = saved_map(dir.path(), "kettle.ron");
    let mut harness = welcome(Prefs::default());
    harness.get_by_label("Open a map file…").click();
    harness.run_steps(4);
    type_path(&mut harness, &path);
    harness.state_mut().wait_for_io().expect("opened");
    harness.run_steps(2);
    let app = harness.state();
    assert!(!app.welcome.shown);
    assert_eq!(app.doc.path.as_deref(), Some(path.as_path()));
    assert_eq!(app.doc.map.title, "Waterkoker");
}

#[test]
fn recent_maps_show_their_folder_and_date_and_a_missing_one_is_greyed_with_why() {
    let dir = tempfile::tempdir().expect("dir");
    let here = saved_map(dir.path(), "here.ron");
    let gone = dir.path().join("gone.ron");
    let prefs = Prefs {
        recent: vec![gone.clone(), here.clone()],
        ..Prefs::default()
    };
    let mut harness = welcome(prefs);
    settle(&mut harness);
    let folder = dir.path().display().to_string();
    harness.get_by_label_contains(&format!(
        "in {folder} · not found: it was moved, renamed or deleted"
    ));
    harness.get_by_label_contains(&format!("in {folder} · changed "));
    assert!(
        harness
            .get_by_role_and_label(Role::Button, "gone.ron")
            .accesskit_node()
            .is_disabled(),
        "a missing map cannot be clicked"
    );
    harness
        .get_by_role_and_label(Role::Button, "here.ron")
        .click();
    harness.run_steps(2);
    harness.state_mut().wait_for_io().expect("opened");
    harness.run_steps(2);
    assert_eq!(harness.state().doc.path.as_deref(), Some(here.as_path()));
    assert!(!harness.state().welcome.shown);
}

#[test]
fn an_example_opens_read_only_and_its_first_edit_offers_to_save_a_copy() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = welcome(Prefs::default());
    harness.get_by_label("Buying a kettle online").click();
    harness.run_steps(3);
    {
        let app = harness.state();
        assert!(app.doc.example && app.doc.path.is_none());
        assert!(
            !app.doc.history.is_dirty(),
            "an example is not unsaved work"
        );
        assert!(app.title().starts_with("Example: Buying a kettle online"));
    }
    harness.get_by_label_contains("This is an example — Save a copy to edit");
    // The first edit asks where to save a copy.
    let map = harness.state().doc.map.clone();
    let mut step = map.journeys[0].steps[0].clone();
    step.emotion = -step.emotion;
    harness.state_mut().apply(Edit::SetStep(step));
    harness.run_steps(3);
    assert!(matches!(
        harness.state().dialog,
        Some(Dialog::TypedPath {
            purpose: PathPurpose::Save,
            note: Some(_),
            ..
        })
    ));
    let copy = dir.path().join("my-kettle.ron");
    type_path(&mut harness, &copy);
    harness.state_mut().wait_for_io().expect("saved");
    harness.run_steps(2);
    let app = harness.state();
    assert!(copy.exists(), "the copy is written");
    assert_eq!(app.doc.path.as_deref(), Some(copy.as_path()));
    assert!(!app.doc.example, "the copy is the user's own map");
}

#[test]
fn save_on_an_example_is_save_as() {
    let mut harness = welcome(Prefs::default());
    harness
        .get_by_label("Buying a CRM for an installation company (B2B)")
        .click();
    harness.run_steps(3);
    key(&mut harness, Modifiers::COMMAND, Key::S);
    harness.run_steps(2);
    assert!(matches!(
        harness.state().dialog,
        Some(Dialog::TypedPath {
            purpose: PathPurpose::Save,
            ..
        })
    ));
    harness.get_by_label("Save a copy…");
}

/// The app whose preferences remember `last` as the last map opened.
fn last_opened(last: &std::path::Path) -> KlantreisApp {
    let mut app = KlantreisApp::new(Map::default(), None);
    app.prefs.recent = vec![last.to_path_buf()];
    app
}

#[test]
fn a_later_start_reopens_the_last_map() {
    let dir = tempfile::tempdir().expect("dir");
    let last = saved_map(dir.path(), "last.ron");
    let mut harness = harness_with(last_opened(&last).started_without_file());
    harness.state_mut().wait_for_io().expect("reopened");
    harness.run_steps(3);
    let app = harness.state();
    assert!(!app.welcome.shown);
    assert_eq!(app.doc.path.as_deref(), Some(last.as_path()));
}

#[test]
fn a_missing_last_map_falls_back_to_the_welcome_view_naming_it() {
    let dir = tempfile::tempdir().expect("dir");
    let last = dir.path().join("vanished.ron");
    let app = last_opened(&last).started_without_file();
    let mut harness = harness_in(app, LanguageChoice::Dutch);
    let _ = harness.state_mut().wait_for_io();
    harness.run_steps(3);
    let app = harness.state();
    assert!(app.welcome.shown);
    let notice = app.notice.as_ref().expect("a message").text.clone();
    assert!(notice.contains(&last.display().to_string()), "{notice}");
    assert!(notice.contains("laatste kaart"), "in Dutch: {notice}");
    harness.get_by_label("Welkom bij Klantreis");
}

#[test]
fn with_reopening_off_a_start_shows_the_welcome_view() {
    let dir = tempfile::tempdir().expect("dir");
    let last = saved_map(dir.path(), "last.ron");
    let mut app = last_opened(&last);
    app.prefs.reopen_last = false;
    let harness = harness_with(app.started_without_file());
    assert!(harness.state().welcome.shown);
    harness.get_by_label("Welcome to Klantreis");
}

#[test]
fn the_welcome_view_is_reached_with_the_keyboard() {
    let mut harness = welcome(Prefs::default());
    harness.run_steps(2);
    let focused = harness
        .query_by(|node| node.is_focused())
        .and_then(|node| node.accesskit_node().label());
    assert_eq!(
        focused.as_deref(),
        Some(PhaseTemplate::FivePhase.label(Language::En))
    );
    key(&mut harness, Modifiers::NONE, Key::Enter);
    harness.run_steps(3);
    assert!(!harness.state().welcome.shown, "Enter starts the new map");
}

/// The title of the selected step.
fn selected_title(harness: &Harness<'_, KlantreisApp>) -> Option<String> {
    let (map, selection) = (&harness.state().doc.map, &harness.state().state.selection);
    selection
        .steps()
        .first()
        .and_then(|id| map.step(*id))
        .map(|(_, step)| step.title.clone())
}

#[test]
fn end_with_nothing_selected_selects_the_last_step_and_home_the_first() {
    let mut harness = harness_with(KlantreisApp::new(
        two_step_map(Language::En, "Zoekt", "Koopt"),
        None,
    ));
    key(&mut harness, Modifiers::NONE, Key::End);
    assert_eq!(selected_title(&harness).as_deref(), Some("Koopt"));
    harness.state_mut().state.selection = Selection::None;
    harness.run_steps(1);
    key(&mut harness, Modifiers::NONE, Key::Home);
    assert_eq!(selected_title(&harness).as_deref(), Some("Zoekt"));
}

#[test]
fn undo_names_what_it_undoes_in_the_menu_and_the_message() {
    let mut harness = harness_with(KlantreisApp::new(
        two_step_map(Language::En, "Checks reviews", "Koopt"),
        None,
    ));
    let map = harness.state().doc.map.clone();
    let mut step = map.step(StepId(1)).expect("step").1.clone();
    step.emotion = -1.5;
    harness.state_mut().apply(Edit::SetStep(step));
    harness.run_steps(2);
    harness.get_by_label("Edit").click();
    harness.run_steps(2);
    let named = harness.query_all_by_label("Undo: move step 'Checks reviews'");
    assert!(named.count() > 0, "the Edit menu names the undo");
    key(&mut harness, Modifiers::NONE, Key::Escape);
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
    let notice = harness
        .state()
        .notice
        .as_ref()
        .expect("a message")
        .text
        .clone();
    assert_eq!(notice, "Undone: move step 'Checks reviews'");
    assert_eq!(
        harness.state().doc.history.redo_name().as_deref(),
        Some("move step 'Checks reviews'")
    );
}

#[test]
fn a_phase_without_content_shows_no_red_zero_badge() {
    let harness = harness_with(KlantreisApp::new(
        two_step_map(Language::En, "Zoekt", "Koopt"),
        None,
    ));
    let badges = harness.query_all_by_label_contains("no content planned");
    let rects: Vec<egui::Rect> = badges.map(|b| b.rect()).collect();
    assert_eq!(rects.len(), 5, "every phase has its badge");
    let red = klantreis::ui::shell::theme::LOW_MARK;
    for clipped in &harness.output().shapes {
        let shape = &clipped.shape;
        let Some(inside) = rects
            .iter()
            .find(|r| r.contains(shape.visual_bounding_rect().center()))
        else {
            continue;
        };
        match shape {
            egui::Shape::Rect(rect) => {
                assert_ne!(rect.fill, red, "a red badge at {inside:?}");
            }
            egui::Shape::Text(text) => {
                assert_ne!(text.galley.text(), "0", "a zero badge at {inside:?}");
            }
            _ => {}
        }
    }
}

#[test]
fn a_calendar_chip_with_room_shows_its_long_title_on_two_lines() {
    let long = "Buying guide: which kettle suits a family of four";
    let mut map = PhaseTemplate::FivePhase.new_map(Language::En);
    map.content = common::three_items_in_march([long, "Comparison page", "Spring offer"]);
    let mut app = KlantreisApp::new(map, None);
    app.state.calendar.page = klantreis::ui::calendar::Page::Calendar;
    app.state.calendar.needs_placing = false;
    app.state.calendar.show_day(common::date(2027, 3, 1));
    let harness = harness_with(app);
    let chip_text = harness
        .output()
        .shapes
        .iter()
        .find_map(|clipped| match &clipped.shape {
            egui::Shape::Text(text) if text.galley.text().starts_with("Buying guide") => {
                Some(text.galley.clone())
            }
            _ => None,
        })
        .expect("the chip's title is drawn");
    assert_eq!(chip_text.rows.len(), 2, "{:?}", chip_text.text());
    assert!(
        chip_text.text().len() > "Buying guide: which".len(),
        "more than one line's worth shows: {:?}",
        chip_text.text()
    );
    // The whole title on hover and for screen readers.
    harness.get_by_label(long);
}
