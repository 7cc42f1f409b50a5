//! The window in Dutch: menus, page tabs and status bar, the dialogs, the
//! keyboard shortcuts window and the export window, and what they write.

mod common;
use common::{key, type_into};

use std::time::{Duration, Instant};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use klantreis::i18n::Language;
use klantreis::model::{Journey, JourneyId, Map, PersonaId, Rgb};
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::commands::Command;
use klantreis::ui::shell::{Dialog, LanguageChoice, Then};

/// A five-phase map with one journey of two steps.
fn small_map() -> Map {
    common::two_step_map(Language::Nl, "Zoekt op Google", "Betaalt")
}

/// The real app on `map`, in Dutch, without native file dialogs.
fn dutch(map: Map) -> Harness<'static, KlantreisApp> {
    let mut app = KlantreisApp::new(map, None);
    app.native_dialogs = false;
    common::harness_in(app, LanguageChoice::Dutch)
}

/// Runs frames until `done` (at most a few seconds: the export works off the UI thread).
fn run_until(harness: &mut Harness<'_, KlantreisApp>, done: impl Fn(&KlantreisApp) -> bool) {
    let start = Instant::now();
    while !done(harness.state()) {
        assert!(start.elapsed() < Duration::from_secs(30), "timed out");
        harness.run_steps(1);
        std::thread::sleep(Duration::from_millis(20));
    }
    harness.run_steps(2);
}

#[test]
fn menus_tabs_and_status_bar_are_dutch() {
    let mut harness = dutch(small_map());
    for dutch in [
        "Bestand",
        "Bewerken",
        "Beeld",
        "Klantreiskaart",
        "Contentkalender",
    ] {
        harness.get_by_label(dutch);
    }
    harness.get_by_label("Contenttabel");
    harness.get_by_label("Nog niet opgeslagen");
    harness.get_by_label_contains("Dubbelklik om een stap toe te voegen");
    for english in [
        "File",
        "Edit",
        "View",
        "Journey map",
        "Content calendar",
        "Not saved yet",
    ] {
        assert!(harness.query_by_label(english).is_none(), "{english}");
    }

    harness.get_by_label("Bestand").click();
    harness.run_steps(2);
    harness.get_by_label_contains("Opslaan als…");
    harness.get_by_label_contains("Kaart exporteren (afbeelding, webpagina, dia's)…");
    harness.get_by_label("Exporteren voor spreadsheets en agenda's");
    assert!(harness.query_by_label_contains("Save As…").is_none());
    harness
        .get_by_label("Exporteren voor spreadsheets en agenda's")
        .click();
    harness.run_steps(2);
    harness.get_by_label_contains("Contentkalender (CSV, voor Excel)");
    harness.get_by_label_contains("Overzicht van stappen en banen (CSV, voor Excel)");
    assert!(
        harness
            .query_by_label_contains("Content calendar (CSV, for Excel)")
            .is_none()
    );
}

#[test]
fn the_unsaved_changes_dialog_and_the_typed_path_dialog_are_dutch() {
    let mut harness = dutch(small_map());
    harness.state_mut().dialog = Some(Dialog::Unsaved(Then::Close));
    harness.run_steps(4);
    harness.get_by_label("Wijzigingen opslaan?");
    harness.get_by_label_contains("Naamloze klantreiskaart");
    harness.get_by_label("Wijzigingen weggooien");
    assert!(harness.query_by_label("Save changes?").is_none());
    assert!(harness.query_by_label("Discard changes").is_none());
    harness.get_by_label("Annuleren").click();
    harness.run_steps(2);
    assert_eq!(harness.state().dialog, None);

    // Save As with a typed path: the dialog, its button and the notice afterwards.
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("waterkoker.ron");
    key(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.get_by_label("De kaart opslaan als");
    assert!(harness.query_by_label("File path:").is_none());
    type_into(
        &mut harness,
        "Pad van het bestand:",
        &path.display().to_string(),
    );
    harness.run_steps(4);
    harness.get_by_label("Opslaan").click();
    harness.run_steps(1);
    harness.state_mut().wait_for_io().expect("saved");
    // The floating notice is measured in its first frame and shown in the next.
    harness.run_steps(2);
    assert!(path.exists());
    let notice = harness.state().notice.clone().expect("a notice");
    assert!(notice.text.ends_with("opgeslagen."), "{}", notice.text);
    harness.get_by_label("Verbergen");
}

#[test]
fn the_keyboard_shortcuts_window_is_dutch() {
    let mut harness = dutch(small_map());
    key(&mut harness, Modifiers::NONE, Key::F1);
    assert!(harness.state().state.show_shortcuts);
    // The window's title, and the row of its own shortcut (F1).
    assert_eq!(harness.get_all_by_label("Sneltoetsen").count(), 2);
    harness.get_by_label("Alle stappen selecteren");
    harness.get_by_label("Ctrl+Shift+Z  of  Ctrl+Y");
    harness.get_by_label("Een stap toevoegen");
    harness.get_by_label("Dubbelklik op het canvas");
    harness.get_by_label("Op macOS neemt Cmd de plaats in van Ctrl.");
    for english in [
        "Keyboard shortcuts",
        "Select all steps",
        "Ctrl+Shift+Z  or  Ctrl+Y",
        "Double-click the canvas",
        "On macOS, Cmd takes the place of Ctrl.",
    ] {
        assert!(harness.query_by_label(english).is_none(), "{english}");
    }
}

#[test]
fn the_export_window_and_the_picture_it_writes_are_dutch() {
    let mut harness = dutch(small_map());
    harness.state_mut().command(Command::ExportPictures);
    harness.run_steps(4);
    for dutch in [
        "Kaart exporteren",
        "Formaat:",
        "SVG (vectorafbeelding)",
        "PDF (afdrukken)",
        "Opslaan in:",
        "Exporteren",
        "Sluiten",
    ] {
        harness.get_by_label(dutch);
    }
    harness.get_by_label_contains("Banen (acties, gedachten");
    // "Reizen:" twice: the export window's and the canvas legend's.
    assert_eq!(harness.query_all_by_label("Reizen:").count(), 2);
    for english in ["Export the map", "Format:", "Save to:", "Export"] {
        assert!(harness.query_by_label(english).is_none(), "{english}");
    }
    run_until(&mut harness, |app| {
        app.picture_export.as_ref().is_some_and(|d| d.has_preview())
    });

    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("waterkoker.svg");
    type_into(&mut harness, "Opslaan in", &path.display().to_string());
    harness.get_by_label("Exporteren").click();
    harness.run_steps(2);
    run_until(&mut harness, |app| {
        app.picture_export.as_ref().is_some_and(|d| !d.exporting())
    });
    let message = harness
        .state()
        .picture_export
        .as_ref()
        .and_then(|d| d.message.clone())
        .expect("a message");
    assert!(!message.1, "{}", message.0);
    assert!(message.0.ends_with("geëxporteerd."), "{}", message.0);
    let svg = std::fs::read_to_string(&path).expect("written");
    for dutch in [
        "Banen van",
        "hoogtepunt",
        "pijnpunt",
        "· 2 stappen",
        "Zeer positief",
    ] {
        assert!(svg.contains(dutch), "{dutch}");
    }
    for english in ["Lanes of", "highlight", "· 2 steps", "Very positive"] {
        assert!(!svg.contains(english), "{english}");
    }
}

/// A map with `count` problems: journeys that name a persona that is not in the map.
fn map_with_problems(count: u64) -> Map {
    let mut map = small_map();
    for i in 0..count {
        map.journeys.push(Journey {
            to_be_of: None,
            id: JourneyId(10 + i),
            name: format!("Reis {i}"),
            color: Rgb(0, 0, 0),
            persona: Some(PersonaId(99)),
            steps: Vec::new(),
        });
    }
    map
}

#[test]
fn the_problems_notice_counts_in_both_languages() {
    // Notices are worded when they arise, in the thread's language.
    for (language, one, two) in [
        (
            Language::En,
            "This map has 1 problem: ",
            "This map has 2 problems: ",
        ),
        (
            Language::Nl,
            "Deze kaart heeft 1 probleem: ",
            "Deze kaart heeft 2 problemen: ",
        ),
    ] {
        klantreis::i18n::set_language(language);
        for (count, start) in [(1, one), (2, two)] {
            let app = KlantreisApp::new(map_with_problems(count), None);
            let text = app.notice.expect("a notice").text;
            assert!(text.starts_with(start), "{text}");
        }
    }
    klantreis::i18n::set_language(Language::En);
}
