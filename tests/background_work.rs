//! Work that runs off the UI thread — turning a picture into a persona's
//! photo, saving, opening — belongs to the map it was started for. A result
//! for a map that is no longer open changes nothing; a save keeps the window
//! open until the file is complete; the unsaved marker follows what is on disk.

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use klantreis::edit::{Edit, MapText};
use klantreis::i18n::Language;
use klantreis::io;
use klantreis::model::generate::{MapSize, generated_map};
use klantreis::model::{Map, Persona, PersonaId, PhaseTemplate};
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::LanguageChoice;
use klantreis::ui::shell::commands::Command;

/// One frame of the app, without drawing to a screen; `close` asks to close the window.
fn frame_with(ctx: &egui::Context, app: &mut KlantreisApp, close: bool) {
    let mut input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1400.0, 900.0),
        )),
        ..Default::default()
    };
    if close {
        input
            .viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .events
            .push(egui::ViewportEvent::Close);
    }
    let mut output = ctx.run_ui(input, |ui| app.frame_ui(ui));
    output.textures_delta.clear();
}

fn frame(ctx: &egui::Context, app: &mut KlantreisApp) {
    frame_with(ctx, app, false);
}

fn app_on(map: Map) -> KlantreisApp {
    let mut app = KlantreisApp::new(map, None).with_language(LanguageChoice::English);
    app.native_dialogs = false;
    app
}

/// A small map with one persona, "Persona 1", whose id is 1 in every such map.
fn map_with_persona(title: &str, persona: &str) -> Map {
    let mut map = PhaseTemplate::FivePhase.new_map(Language::En);
    map.title = title.to_owned();
    map.personas.push(Persona::new(PersonaId(1), persona));
    map
}

fn picture(dir: &Path) -> PathBuf {
    let path = dir.join("bas.png");
    let image = image::RgbImage::from_fn(320, 240, |x, y| image::Rgb([x as u8, y as u8, 200]));
    let mut bytes = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut bytes), image::ImageFormat::Png)
        .expect("encode");
    std::fs::write(&path, bytes).expect("write");
    path
}

/// Runs frames until the photos asked for are made (or ten seconds pass).
fn frames_until_photos_done(ctx: &egui::Context, app: &mut KlantreisApp) {
    let start = Instant::now();
    while app.photos_pending() && start.elapsed() < Duration::from_secs(10) {
        frame(ctx, app);
        std::thread::sleep(Duration::from_millis(5));
    }
    frame(ctx, app);
}

#[test]
fn a_photo_picked_for_the_old_map_never_lands_on_the_map_opened_meanwhile() {
    let dir = tempfile::tempdir().expect("dir");
    let old_file = dir.path().join("oud.ron");
    let new_file = dir.path().join("nieuw.ron");
    io::save(&old_file, &map_with_persona("Oude kaart", "Bas")).expect("save");
    io::save(&new_file, &map_with_persona("Nieuwe kaart", "Anna")).expect("save");
    let old_bytes = std::fs::read(&old_file).expect("read");

    let ctx = egui::Context::default();
    let mut app = app_on(PhaseTemplate::FivePhase.new_map(Language::En));
    app.open_path(&old_file);
    app.wait_for_io().expect("open the old map");
    frame(&ctx, &mut app);
    app.attach_photo(PersonaId(1), &picture(dir.path()));
    assert!(app.photos_pending(), "the picture is still being made");
    // Another map is opened while the picture is turned into a photo.
    app.open_path(&new_file);
    app.wait_for_io().expect("open the new map");
    assert_eq!(app.doc.map.title, "Nieuwe kaart");
    frames_until_photos_done(&ctx, &mut app);

    let persona = app.doc.map.persona(PersonaId(1)).expect("Anna");
    assert_eq!(persona.name, "Anna");
    assert!(persona.photo.is_none(), "Bas's photo is not Anna's");
    assert!(!app.doc.history.is_dirty(), "nothing changed the new map");
    assert!(!app.doc.history.can_undo());
    assert_eq!(
        std::fs::read(&old_file).expect("read"),
        old_bytes,
        "the old file is untouched"
    );
}

#[test]
fn opening_another_map_forgets_the_card_compare_and_photo_request_of_the_old_one() {
    let dir = tempfile::tempdir().expect("dir");
    let new_file = dir.path().join("nieuw.ron");
    io::save(&new_file, &map_with_persona("Nieuwe kaart", "Anna")).expect("save");
    let ctx = egui::Context::default();
    let mut app = app_on(map_with_persona("Oude kaart", "Bas"));
    frame(&ctx, &mut app);
    app.state.personas.card = Some(PersonaId(1));
    app.state.personas.comparing = true;
    app.state.personas.compare = vec![PersonaId(1)];
    app.state.personas.delete_persona = Some(PersonaId(1));
    app.state.personas.photo_request = Some((PersonaId(1), Some(picture(dir.path()))));
    app.state.selection = klantreis::ui::shell::Selection::Persona(PersonaId(1));
    app.open_path(&new_file);
    app.wait_for_io().expect("open");
    frames_until_photos_done(&ctx, &mut app);

    assert_eq!(app.doc.map.title, "Nieuwe kaart");
    assert_eq!(app.state.personas.card, None);
    assert!(!app.state.personas.comparing && app.state.personas.compare.is_empty());
    assert_eq!(app.state.personas.delete_persona, None);
    assert_eq!(app.state.personas.photo_request, None);
    assert_eq!(app.state.selection, klantreis::ui::shell::Selection::None);
    assert!(
        app.doc.map.personas[0].photo.is_none(),
        "the photo asked for the old map is not made for the new one"
    );
}

#[test]
fn a_save_for_a_map_that_was_closed_meanwhile_is_dropped() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("groot.ron");
    let ctx = egui::Context::default();
    let big = generated_map(MapSize::LARGE);
    let mut app = app_on(big.clone());
    frame(&ctx, &mut app);
    app.save_to(&file);
    // The map is closed before its save comes back; an empty map takes its place.
    app.run(Command::Close);
    app.wait_for_io().expect("the save itself went well");
    frame(&ctx, &mut app);

    assert_eq!(
        app.doc.path, None,
        "the new map did not take the old one's file"
    );
    assert!(!app.doc.history.is_dirty());
    assert_ne!(app.doc.map.title, big.title);
    assert!(
        app.notice
            .as_ref()
            .is_none_or(|n| !n.text.contains("groot.ron")),
        "{:?}",
        app.notice
    );
    assert!(!app.title().contains("groot.ron"), "{}", app.title());
    assert_eq!(io::load(&file).expect("complete").map, big);
}

#[test]
fn quitting_with_a_save_in_flight_closes_only_once_the_file_is_complete() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("groot.ron");
    io::save(&file, &map_with_persona("Vorige versie", "Bas")).expect("save");
    let ctx = egui::Context::default();
    let mut app = app_on(PhaseTemplate::FivePhase.new_map(Language::En));
    app.open_path(&file);
    app.wait_for_io().expect("open");
    app.apply(Edit::SetMap(Box::new(generated_map(MapSize::LARGE))));
    let expected = app.doc.map.clone();
    frame(&ctx, &mut app);

    app.command(Command::Save);
    app.command(Command::Quit);
    let start = Instant::now();
    while !app.close_sent() && start.elapsed() < Duration::from_secs(30) {
        frame(&ctx, &mut app);
        if !app.close_sent() {
            continue;
        }
        assert!(!app.io_busy(), "the window closes only after the save");
        assert_eq!(
            io::load(&file).expect("a complete file").map,
            *expected,
            "everything is on disk when the window closes"
        );
    }
    assert!(app.close_sent(), "the window closes once the map is saved");
}

#[test]
fn closing_the_window_during_a_save_waits_for_it_then_closes() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("groot.ron");
    let ctx = egui::Context::default();
    let big = generated_map(MapSize::LARGE);
    let mut app = app_on(big.clone());
    frame(&ctx, &mut app);
    app.save_to(&file);
    frame_with(&ctx, &mut app, true);
    let start = Instant::now();
    while !app.close_sent() && start.elapsed() < Duration::from_secs(30) {
        frame(&ctx, &mut app);
        std::thread::sleep(Duration::from_millis(2));
    }
    assert!(app.close_sent());
    assert_eq!(io::load(&file).expect("complete").map, big);
    assert!(app.dialog.is_none(), "nothing to ask: everything was saved");
}

#[test]
fn the_saved_marker_is_the_revision_written_when_editing_goes_on_during_the_save() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("kaart.ron");
    let ctx = egui::Context::default();
    let mut app = app_on(map_with_persona("Versie die wordt opgeslagen", "Bas"));
    frame(&ctx, &mut app);
    app.save_to(&file);
    // The user keeps typing while the worker writes.
    app.apply(Edit::SetMapText(MapText::Title, "Verder getypt".into()));
    app.wait_for_io().expect("saved");
    frame(&ctx, &mut app);

    assert_eq!(
        io::load(&file).expect("saved").map.title,
        "Versie die wordt opgeslagen"
    );
    assert!(app.doc.history.is_dirty(), "the typing is not saved");
    assert!(app.title().starts_with("● "), "{}", app.title());
    app.run(Command::Undo);
    assert!(
        !app.doc.history.is_dirty(),
        "back at the revision on disk, the map is saved"
    );
    frame(&ctx, &mut app);
    assert!(!app.title().starts_with("● "), "{}", app.title());
}

#[test]
fn the_title_says_saving_while_the_worker_writes() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("groot.ron");
    let ctx = egui::Context::default();
    let mut app = app_on(generated_map(MapSize::LARGE));
    frame(&ctx, &mut app);
    app.save_to(&file);
    frame(&ctx, &mut app);
    let during = app.title().to_owned();
    let still_saving = app.io_busy();
    app.wait_for_io().expect("saved");
    frame(&ctx, &mut app);
    if still_saving {
        assert!(during.contains("Saving"), "{during}");
    }
    assert_eq!(app.title(), "groot.ron — Klantreis");
}

#[test]
fn a_failed_save_keeps_the_map_unsaved_and_says_why() {
    let dir = tempfile::tempdir().expect("dir");
    let gone = dir.path().join("usb-stick").join("kaart.ron");
    let ctx = egui::Context::default();
    let mut app = app_on(map_with_persona("Onderweg", "Bas"));
    app.apply(Edit::SetMapText(MapText::Goal, "Niet kwijtraken".into()));
    frame(&ctx, &mut app);
    app.save_to(&gone);
    let error = app.wait_for_io().expect_err("the folder is gone");
    assert!(error.contains("usb-stick"), "{error}");
    frame(&ctx, &mut app);
    assert!(app.doc.history.is_dirty());
    assert_eq!(app.doc.path, None);
    assert!(app.title().starts_with("● "), "{}", app.title());
}

#[test]
fn while_a_map_is_read_the_old_one_stays_and_the_title_says_opening() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("groot.ron");
    io::save(&file, &generated_map(MapSize::LARGE)).expect("save");
    let ctx = egui::Context::default();
    let mut app = app_on(map_with_persona("Wat open was", "Bas"));
    frame(&ctx, &mut app);
    app.open_path(&file);
    frame(&ctx, &mut app);
    if app.io_busy() {
        assert_eq!(app.doc.map.title, "Wat open was");
        assert!(app.title().contains("Opening groot.ron"), "{}", app.title());
    }
    app.wait_for_io().expect("open");
    frame(&ctx, &mut app);
    assert_eq!(app.doc.path.as_deref(), Some(file.as_path()));
    assert_eq!(app.title(), "groot.ron — Klantreis");
}

#[test]
fn an_open_asked_for_from_a_map_that_was_closed_meanwhile_is_dropped() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("later.ron");
    io::save(&file, &map_with_persona("Te laat", "Anna")).expect("save");
    let ctx = egui::Context::default();
    let mut app = app_on(map_with_persona("Eerst", "Bas"));
    frame(&ctx, &mut app);
    app.open_path(&file);
    app.run(Command::Close);
    app.wait_for_io().expect("read well");
    frame(&ctx, &mut app);
    assert_ne!(app.doc.map.title, "Te laat");
    assert_eq!(app.doc.path, None);
    assert!(!app.title().contains("Opening"), "{}", app.title());
}
