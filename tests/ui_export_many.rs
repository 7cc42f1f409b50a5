//! The export window writes several formats in one go: the chosen one where
//! the user said, the others ticked beside it with the same base name, off
//! the UI thread; a file that cannot be written is named in its own line
//! while the others are still written.

mod common;
use common::type_into;

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use klantreis::i18n::Language;
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::LanguageChoice;
use klantreis::ui::shell::commands::Command;

fn english() -> Harness<'static, KlantreisApp> {
    let map = common::two_step_map(Language::En, "Searches on Google", "Pays");
    let mut app = KlantreisApp::new(map, None);
    app.native_dialogs = false;
    common::harness_in(app, LanguageChoice::English)
}

/// Runs frames until the export is done (the slides take a while in a debug build).
fn run_until_written(harness: &mut Harness<'_, KlantreisApp>) -> (String, bool) {
    let start = Instant::now();
    loop {
        harness.run_steps(1);
        let app = harness.state();
        if let Some(dialog) = &app.picture_export
            && !dialog.exporting()
            && let Some(message) = &dialog.message
        {
            return message.clone();
        }
        assert!(start.elapsed() < Duration::from_secs(120), "timed out");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Opens the window, types `svg` as the destination and ticks the other
/// formats by the names of the files they write.
fn tick_formats(harness: &mut Harness<'_, KlantreisApp>, svg: &std::path::Path) {
    harness.state_mut().command(Command::ExportPictures);
    harness.run_steps(4);
    type_into(harness, "Save to", &svg.display().to_string());
    harness.run_steps(2);
    for name in ["waterkoker.html", "waterkoker-deck.pdf", "waterkoker.pptx"] {
        harness.get_by_label(name).click();
        harness.run_steps(1);
    }
    harness.get_by_label("Export").click();
    harness.run_steps(1);
}

#[test]
fn the_export_window_writes_the_map_html_deck_and_powerpoint_in_one_go() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = english();
    tick_formats(&mut harness, &dir.path().join("waterkoker.svg"));
    let (message, is_error) = run_until_written(&mut harness);
    assert!(!is_error, "{message}");
    assert_eq!(message.lines().count(), 4, "a line per file: {message}");
    let read = |name: &str| std::fs::read(dir.path().join(name)).expect(name);
    assert!(String::from_utf8_lossy(&read("waterkoker.svg")).contains("<svg"));
    let html = String::from_utf8(read("waterkoker.html")).expect("UTF-8");
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("Searches on Google"));
    assert!(read("waterkoker-deck.pdf").starts_with(b"%PDF-"));
    let pptx = read("waterkoker.pptx");
    assert!(pptx.starts_with(b"PK\x03\x04"), "a zip");
    for name in ["waterkoker.html", "waterkoker-deck.pdf", "waterkoker.pptx"] {
        assert!(message.contains(name), "{name} in {message}");
    }
}

#[test]
fn a_file_that_cannot_be_written_is_named_and_the_others_are_still_written() {
    let dir = tempfile::tempdir().expect("dir");
    // A folder where the PowerPoint file should go.
    std::fs::create_dir(dir.path().join("waterkoker.pptx")).expect("folder");
    let mut harness = english();
    tick_formats(&mut harness, &dir.path().join("waterkoker.svg"));
    let (message, is_error) = run_until_written(&mut harness);
    assert!(is_error, "{message}");
    let failed: Vec<&str> = message
        .lines()
        .filter(|l| !l.starts_with("Exported"))
        .collect();
    assert_eq!(failed.len(), 1, "{message}");
    assert!(failed[0].contains("waterkoker.pptx"), "{message}");
    for name in ["waterkoker.svg", "waterkoker.html", "waterkoker-deck.pdf"] {
        assert!(dir.path().join(name).is_file(), "{name}: {message}");
    }
}

#[test]
fn the_export_window_prints_the_map_across_several_pages_for_a_wall() {
    let dir = tempfile::tempdir().expect("dir");
    let mut harness = english();
    harness.state_mut().command(Command::ExportPictures);
    harness.run_steps(4);
    harness.get_by_label("PDF (print)").click();
    harness.run_steps(2);
    harness
        .get_by_label_contains("Across several pages at full size")
        .click();
    harness.run_steps(1);
    let out = dir.path().join("wall.pdf");
    type_into(&mut harness, "Save to", &out.display().to_string());
    harness.run_steps(1);
    harness.get_by_label("Export").click();
    harness.run_steps(1);
    let (message, is_error) = run_until_written(&mut harness);
    assert!(!is_error, "{message}");
    let pdf = lopdf::Document::load(&out).expect("a PDF");
    assert!(pdf.get_pages().len() > 1, "{} pages", pdf.get_pages().len());
}
