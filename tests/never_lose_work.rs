//! Autosave, recovery, changes made outside the app, read-only files, full
//! disks and two windows on one file: none of them may cost the user work.

use std::path::{Path, PathBuf};
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use klantreis::edit::{Edit, MapText};
use klantreis::i18n::Language;
use klantreis::io::autosave::AutosaveTiming;
use klantreis::io::{self, lock, recovery};
use klantreis::model::{Map, PhaseTemplate};
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::Dialog;

fn map(title: &str) -> Map {
    let mut map = PhaseTemplate::FivePhase.new_map(Language::En);
    map.title = title.to_owned();
    map
}

struct Setup {
    dir: tempfile::TempDir,
    file: PathBuf,
}

impl Setup {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("dir");
        let file = dir.path().join("workshop.ron");
        io::save(&file, &map("Workshop Groene Draad")).expect("save");
        Self { dir, file }
    }

    fn recovery(&self) -> PathBuf {
        self.dir.path().join("recovery")
    }
}

fn harness(setup: &Setup, timing: AutosaveTiming) -> Harness<'static, KlantreisApp> {
    let mut app = KlantreisApp::new(map("Example"), None);
    app.native_dialogs = false;
    app.enable_safety(&setup.recovery(), timing);
    app.open_path(&setup.file);
    app.wait_for_io().expect("open");
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |_| app.with_language(klantreis::ui::shell::LanguageChoice::English));
    harness.run_steps(2);
    harness
}

fn quick() -> AutosaveTiming {
    AutosaveTiming {
        after_last_edit: Duration::from_millis(50),
        at_least_every: Duration::from_secs(30),
    }
}

fn edit_title(harness: &mut Harness<'_, KlantreisApp>, title: &str) {
    harness
        .state_mut()
        .apply(Edit::SetMapText(MapText::Title, title.to_owned()));
    harness.run_steps(1);
}

/// Runs frames for a while in real time, then waits for the autosave worker.
fn frames_for(harness: &mut Harness<'_, KlantreisApp>, time: Duration) {
    let start = std::time::Instant::now();
    while start.elapsed() < time {
        harness.run_steps(1);
        std::thread::sleep(Duration::from_millis(10));
    }
    if let Some(autosave) = &mut harness.state_mut().autosave {
        autosave.flush();
    }
    harness.run_steps(1);
}

fn copy_of(harness: &Harness<'_, KlantreisApp>) -> PathBuf {
    harness
        .state()
        .autosave
        .as_ref()
        .expect("autosave")
        .file
        .clone()
}

#[test]
fn a_copy_is_written_after_the_last_edit_and_removed_after_saving() {
    let setup = Setup::new();
    let mut harness = harness(&setup, quick());
    let copy = copy_of(&harness);
    assert!(!copy.exists(), "nothing to keep before an edit");
    let on_disk_before = std::fs::read(&setup.file).expect("the saved map");
    edit_title(&mut harness, "Na de koffiepauze");
    frames_for(&mut harness, Duration::from_millis(200));
    let text = std::fs::read_to_string(&copy).expect("a recovery copy");
    assert!(
        text.contains("Na de koffiepauze") && text.contains("workshop.ron"),
        "{text}"
    );
    assert_eq!(
        std::fs::read(&setup.file).expect("the map file"),
        on_disk_before,
        "the autosave wrote a copy, never the user's file"
    );
    assert_eq!(
        io::load(&setup.file).expect("load").map.title,
        "Workshop Groene Draad",
        "the user's file is untouched"
    );
    harness.state_mut().save_to(&setup.file);
    harness.state_mut().wait_for_io().expect("save");
    frames_for(&mut harness, Duration::from_millis(50));
    assert!(!copy.exists(), "the copy goes once the map is saved");
}

#[test]
fn while_editing_goes_on_a_copy_is_written_at_least_every_interval() {
    let setup = Setup::new();
    let timing = AutosaveTiming {
        after_last_edit: Duration::from_secs(60),
        at_least_every: Duration::from_millis(150),
    };
    let mut harness = harness(&setup, timing);
    let copy = copy_of(&harness);
    for i in 0..20 {
        edit_title(&mut harness, &format!("typing {i}"));
        std::thread::sleep(Duration::from_millis(20));
    }
    frames_for(&mut harness, Duration::from_millis(10));
    let text = std::fs::read_to_string(&copy).expect("written although edits never paused");
    assert!(text.contains("typing"), "{text}");
}

#[test]
fn a_failed_autosave_is_shown_and_the_map_kept() {
    let setup = Setup::new();
    let mut harness = harness(&setup, quick());
    // The recovery folder disappears and a file takes its place.
    std::fs::remove_dir_all(setup.recovery()).expect("remove");
    std::fs::write(setup.recovery(), "not a folder").expect("write");
    edit_title(&mut harness, "Nog niet opgeslagen");
    frames_for(&mut harness, Duration::from_millis(200));
    let notice = harness.state().notice.clone().expect("a notice");
    assert!(
        notice.is_error && notice.text.contains("recovery copy could not be written"),
        "{}",
        notice.text
    );
    assert_eq!(harness.state().doc.map.title, "Nog niet opgeslagen");
}

#[test]
fn copies_left_by_a_crash_are_offered_and_open_with_every_edit() {
    let setup = Setup::new();
    // A session that ended without cleaning up: its copy and an unlocked lock file.
    let mut edited = map("Workshop Groene Draad");
    edited.goal = "Waarom haakt Bas af bij de verzendkosten?".into();
    std::thread::sleep(Duration::from_millis(20));
    let session = recovery::Session::start(&setup.recovery()).expect("session");
    session.write(Some(&setup.file), &edited).expect("write");
    let left = session.path();
    drop(session);
    std::fs::write(left.with_extension("lock"), "").expect("lock file");

    let mut harness = harness(&setup, quick());
    assert_eq!(harness.state().dialog, Some(Dialog::Recover));
    assert!(
        harness
            .query_by_label_contains("Recover unsaved work?")
            .is_some()
    );
    harness.get_by_label("Open recovered version").click();
    harness.run_steps(2);
    let app = harness.state();
    assert_eq!(*app.doc.map, edited);
    assert_eq!(app.doc.path.as_deref(), Some(setup.file.as_path()));
    assert!(
        app.doc.history.is_dirty(),
        "recovered work is not saved yet"
    );
    assert!(!left.exists(), "the old copy is replaced by this session's");
    assert!(copy_of(&harness).exists());
}

#[test]
fn an_untitled_map_is_recovered_too_and_can_be_discarded() {
    let setup = Setup::new();
    let session = recovery::Session::start(&setup.recovery()).expect("session");
    session
        .write(None, &map("Nieuwe klantreis"))
        .expect("write");
    let left = session.path();
    drop(session);
    let mut harness = harness(&setup, quick());
    assert!(
        harness
            .query_by_label_contains("\"Nieuwe klantreis\" (never saved)")
            .is_some()
    );
    harness.get_by_label("Discard").click();
    harness.run_steps(2);
    assert!(!left.exists());
    assert_eq!(harness.state().dialog, None);
}

#[test]
fn a_change_on_disk_while_unsaved_warns_and_save_never_overwrites_it_silently() {
    let setup = Setup::new();
    let mut harness = harness(&setup, quick());
    edit_title(&mut harness, "Mijn versie");
    // A colleague's edit of the same size, within the same second.
    let theirs = std::fs::read_to_string(&setup.file)
        .expect("read")
        .replace("Groene Draad", "Groene Lijn!");
    let modified = std::fs::metadata(&setup.file)
        .and_then(|m| m.modified())
        .expect("time");
    std::fs::write(&setup.file, &theirs).expect("their save");
    std::fs::File::options()
        .write(true)
        .open(&setup.file)
        .expect("open")
        .set_modified(modified)
        .expect("time");

    harness.state_mut().check_file_now();
    harness.run_steps(2);
    assert_eq!(harness.state().dialog, Some(Dialog::ExternalChange));
    harness.get_by_label("Keep the version open here").click();
    harness.run_steps(2);

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run_steps(1);
    let _ = harness.state_mut().wait_for_io();
    harness.run_steps(1);
    assert_eq!(harness.state().dialog, Some(Dialog::SaveConflict));
    assert_eq!(
        std::fs::read_to_string(&setup.file).expect("read"),
        theirs,
        "not overwritten"
    );
    harness.get_by_label("Overwrite their version").click();
    harness.run_steps(1);
    harness.state_mut().wait_for_io().expect("overwritten");
    harness.run_steps(1);
    assert_eq!(
        io::load(&setup.file).expect("load").map.title,
        "Mijn versie"
    );
    assert!(!harness.state().doc.history.is_dirty());
}

#[test]
fn a_change_on_disk_without_unsaved_work_offers_to_reload() {
    let setup = Setup::new();
    let mut harness = harness(&setup, quick());
    io::save(&setup.file, &map("Bijgewerkt door Anna")).expect("their save");
    harness.state_mut().check_file_now();
    harness.run_steps(2);
    harness.get_by_label("Reload").click();
    harness.run_steps(1);
    harness.state_mut().wait_for_io().expect("reloaded");
    harness.run_steps(1);
    assert_eq!(harness.state().doc.map.title, "Bijgewerkt door Anna");
    assert!(
        harness
            .state()
            .notice
            .as_ref()
            .is_none_or(|n| !n.text.contains("another Klantreis")),
        "our own lock is not another window"
    );
}

#[test]
fn the_watcher_notices_a_change_by_itself() {
    let setup = Setup::new();
    let mut harness = harness(&setup, quick());
    std::thread::sleep(Duration::from_millis(50));
    io::save(&setup.file, &map("Veranderd op de share")).expect("their save");
    let start = std::time::Instant::now();
    while harness.state().dialog.is_none() && start.elapsed() < Duration::from_secs(5) {
        harness.run_steps(1);
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(harness.state().dialog, Some(Dialog::ExternalChange));
}

#[test]
fn a_touch_that_changes_only_the_time_raises_no_alarm() {
    let setup = Setup::new();
    let mut harness = harness(&setup, quick());
    let later = std::time::SystemTime::now() + Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&setup.file)
        .expect("open")
        .set_modified(later)
        .expect("touch");
    harness.state_mut().check_file_now();
    harness.run_steps(2);
    assert_eq!(harness.state().dialog, None);
    edit_title(&mut harness, "Na git checkout");
    harness.state_mut().save_to(&setup.file);
    harness
        .state_mut()
        .wait_for_io()
        .expect("saves without asking");
}

#[test]
fn a_vanished_file_is_reported_and_saving_writes_it_again() {
    let setup = Setup::new();
    let mut harness = harness(&setup, quick());
    std::fs::remove_file(&setup.file).expect("gone");
    harness.state_mut().check_file_now();
    harness.run_steps(1);
    let notice = harness.state().notice.clone().expect("notice");
    assert!(
        notice.text.contains("workshop.ron") && notice.text.contains("moved or deleted"),
        "{}",
        notice.text
    );
    harness.state_mut().save_to(&setup.file);
    harness.state_mut().wait_for_io().expect("save again");
    assert!(setup.file.exists());
}

#[test]
fn a_read_only_file_opens_read_only_and_saving_asks_for_another_place() {
    let setup = Setup::new();
    let mut permissions = std::fs::metadata(&setup.file).expect("meta").permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&setup.file, permissions).expect("read-only");
    let before = std::fs::read(&setup.file).expect("read");
    let mut harness = harness(&setup, quick());
    let notice = harness.state().notice.clone().expect("notice");
    assert!(notice.text.contains("opened read-only"), "{}", notice.text);
    edit_title(&mut harness, "Kopie");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run_steps(2);
    assert!(
        matches!(&harness.state().dialog, Some(Dialog::TypedPath { note: Some(note), .. }) if note.contains("cannot be saved"))
    );
    assert_eq!(std::fs::read(&setup.file).expect("read"), before);
    let elsewhere = setup.dir.path().join("kopie.ron");
    harness.state_mut().dialog = None;
    harness.state_mut().save_to(&elsewhere);
    harness.state_mut().wait_for_io().expect("save elsewhere");
    assert_eq!(io::load(&elsewhere).expect("load").map.title, "Kopie");
}

#[test]
fn a_save_into_a_vanished_folder_fails_clearly_and_keeps_the_map_and_the_old_file() {
    let setup = Setup::new();
    let mut harness = harness(&setup, quick());
    edit_title(&mut harness, "Onderweg");
    let gone: &Path = &setup.dir.path().join("usb-stick").join("workshop.ron");
    harness.state_mut().save_to(gone);
    assert!(harness.state_mut().wait_for_io().is_err());
    let notice = harness.state().notice.clone().expect("notice");
    assert!(
        notice.is_error && notice.text.contains("usb-stick") && notice.text.contains("still open"),
        "{}",
        notice.text
    );
    assert!(harness.state().doc.history.is_dirty());
    assert_eq!(harness.state().doc.map.title, "Onderweg");
    assert_eq!(
        io::load(&setup.file).expect("old file").map.title,
        "Workshop Groene Draad"
    );
}

#[test]
fn a_map_open_in_another_window_warns_and_a_stale_lock_does_not() {
    let setup = Setup::new();
    let other_window = lock::MapLock::acquire(&setup.file).expect("lock");
    let first = harness(&setup, quick());
    let notice = first.state().notice.clone().expect("a warning");
    assert!(
        notice.text.contains("already open")
            && notice
                .text
                .contains("in another Klantreis window on this computer, since just now")
            && !notice.text.contains("process"),
        "{}",
        notice.text
    );
    drop(first);
    drop(other_window);

    // A crashed window's lock file: present, but nobody holds it.
    std::fs::write(
        lock::lock_path(&setup.file),
        "elsewhere\nanna on elsewhere, process 1\n2020-01-01 09:00\n",
    )
    .expect("write");
    let old = std::time::SystemTime::now() - lock::STALE_AFTER - Duration::from_secs(10);
    std::fs::File::options()
        .write(true)
        .open(lock::lock_path(&setup.file))
        .expect("open")
        .set_modified(old)
        .expect("age");
    let second = harness(&setup, quick());
    assert!(
        second.state().notice.is_none(),
        "{:?}",
        second.state().notice
    );
    let text = std::fs::read_to_string(lock::lock_path(&setup.file)).expect("our lock");
    assert!(
        !text.contains("anna")
            && text.contains(&chrono::Local::now().format("%Y-%m-%d").to_string()),
        "the lock file is not this window's: {text}"
    );
    drop(second);
}

#[test]
fn a_data_export_over_a_file_klantreis_did_not_make_asks_first_and_never_touches_a_map() {
    use klantreis::export::DataExport;
    let setup = Setup::new();
    let mut harness = harness(&setup, quick());
    let notes = setup.dir.path().join("notes.csv");
    std::fs::write(&notes, "the client's notes").expect("write");

    harness
        .state_mut()
        .export_to(DataExport::ContentCsv, &notes)
        .expect_err("not written before the user agrees");
    assert!(
        matches!(&harness.state().dialog, Some(Dialog::ConfirmExport(_, path)) if *path == notes)
    );
    harness.run_steps(2);
    harness.get_by_label_contains("notes.csv\" already exists");
    harness.get_by_label("Keep the file").click();
    harness.run_steps(2);
    assert!(harness.state().dialog.is_none());
    assert_eq!(
        std::fs::read_to_string(&notes).expect("read"),
        "the client's notes"
    );

    let _ = harness
        .state_mut()
        .export_to(DataExport::ContentCsv, &notes);
    harness.run_steps(2);
    harness.get_by_label("Replace").click();
    harness.run_steps(2);
    assert!(harness.state().dialog.is_none());
    let written = std::fs::read_to_string(&notes).expect("read");
    assert!(written.starts_with("\u{feff}Title,"), "{written}");
    // Exporting again replaces Klantreis's own file without a question.
    harness
        .state_mut()
        .export_to(DataExport::ContentCsv, &notes)
        .expect("its own earlier export");
    assert!(harness.state().dialog.is_none());

    // A map is never replaced, whatever its name.
    let disguised = setup.dir.path().join("plan.ics");
    std::fs::copy(&setup.file, &disguised).expect("copy");
    let before = std::fs::read(&disguised).expect("read");
    let refused = harness
        .state_mut()
        .export_to(DataExport::Ics, &disguised)
        .expect_err("a map");
    assert!(
        refused.contains("plan.ics") && refused.contains("never replaces a map"),
        "{refused}"
    );
    assert!(
        harness.state().dialog.is_none(),
        "no question: the answer is no"
    );
    assert_eq!(std::fs::read(&disguised).expect("read"), before);
}

#[test]
fn the_picture_export_asks_in_dutch_before_replacing_a_file_klantreis_did_not_make() {
    let setup = Setup::new();
    let mut app = KlantreisApp::new(map("Example"), None);
    app.native_dialogs = false;
    app.open_path(&setup.file);
    app.wait_for_io().expect("open");
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |_| app.with_language(klantreis::ui::shell::LanguageChoice::Dutch));
    harness.run_steps(2);
    let logo = setup.dir.path().join("logo.svg");
    std::fs::write(&logo, "<svg>the client's logo</svg>").expect("write");
    let doc_map = harness.state().doc.map.clone();
    let mut dialog = klantreis::ui::shell::export_dialog::ExportDialog::new(
        &doc_map,
        Some(&setup.file),
        &|_| true,
    );
    dialog.path = logo.display().to_string();
    dialog.start_export(&doc_map);
    harness.state_mut().picture_export = Some(dialog);
    let asked = |h: &Harness<'_, KlantreisApp>| {
        h.state()
            .picture_export
            .as_ref()
            .is_some_and(|d| d.replace_question.is_some())
    };
    for _ in 0..500 {
        if asked(&harness) {
            break;
        }
        harness.run_steps(1);
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(asked(&harness), "the export asks before replacing the logo");
    harness.run_steps(2);
    harness.get_by_label_contains("logo.svg\" bestaat al, en Klantreis heeft het niet gemaakt");
    assert_eq!(
        std::fs::read_to_string(&logo).expect("read"),
        "<svg>the client's logo</svg>"
    );
    harness.get_by_label("Vervangen").click();
    for _ in 0..500 {
        let done = std::fs::read_to_string(&logo).is_ok_and(|t| t.contains("Klantreis"));
        if done {
            break;
        }
        harness.run_steps(1);
        std::thread::sleep(Duration::from_millis(10));
    }
    let svg = std::fs::read_to_string(&logo).expect("read");
    assert!(
        svg.contains("<!-- Generator: Klantreis -->"),
        "replaced by the export"
    );
}
