//! Broken, hostile, huge and newer-version files: each gives a clear error
//! that names the file and the problem, never a panic, and the file on disk
//! is left as it was.

use std::path::{Path, PathBuf};

use klantreis::i18n::Language;
use klantreis::io::{self, FORMAT_VERSION, LoadErrorKind, MAX_FILE_BYTES};
use klantreis::model::PhaseTemplate;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write test file");
    path
}

/// A valid map's text, to break in various ways.
fn valid_text() -> String {
    let mut map = PhaseTemplate::FivePhase.new_map(Language::En);
    map.title = "Waterkoker kopen".to_owned();
    io::to_ron(&map)
}

/// Loads a file that must fail; checks the message names the file and that
/// the file is unchanged. Returns the error's kind and message.
fn must_fail(path: &Path) -> (LoadErrorKind, String) {
    let before = std::fs::read(path).ok();
    let error = match io::load(path) {
        Ok(loaded) => panic!("{} loaded: {:?}", path.display(), loaded.map.title),
        Err(e) => e,
    };
    let message = error.to_string();
    assert!(
        message.contains(&path.display().to_string()),
        "message does not name the file: {message}"
    );
    assert_eq!(std::fs::read(path).ok(), before, "the file was changed");
    (error.kind, message)
}

/// Like [`must_fail`] for a syntax error; returns line, column and message.
fn must_fail_at(dir: &Path, name: &str, bytes: &[u8]) -> (usize, usize, String) {
    let path = write(dir, name, bytes);
    match must_fail(&path) {
        (
            LoadErrorKind::Syntax { line, column, .. } | LoadErrorKind::NotAMap { line, column },
            message,
        ) => {
            assert!(
                message.contains(&format!("line {line}, column {column}")),
                "{message}"
            );
            (line, column, message)
        }
        (other, message) => panic!("{name}: expected a syntax error, got {other:?}: {message}"),
    }
}

#[test]
fn an_empty_file_says_it_is_empty() {
    let dir = tempfile::tempdir().expect("dir");
    for (name, bytes) in [("empty.ron", &b""[..]), ("blank.ron", &b"  \n\t\n"[..])] {
        let (kind, message) = must_fail(&write(dir.path(), name, bytes));
        assert!(matches!(kind, LoadErrorKind::Empty), "{message}");
        assert!(message.contains("empty"), "{message}");
    }
}

#[test]
fn a_truncated_file_says_it_ends_too_early_at_the_last_line() {
    let dir = tempfile::tempdir().expect("dir");
    let text = valid_text();
    let cut = &text.as_bytes()[..text.len() / 2];
    let (line, _, message) = must_fail_at(dir.path(), "cut.ron", cut);
    assert!(message.contains("ends too early"), "{message}");
    assert!(
        !message.contains(".bak"),
        "no backup to point at: {message}"
    );
    // With a backup beside it, the message points at it.
    std::fs::write(dir.path().join("cut.ron.bak"), &text).expect("backup");
    let (_, message) = must_fail(&dir.path().join("cut.ron"));
    assert!(
        message.contains("cut.ron.bak\"; you can open that instead"),
        "{message}"
    );
    // The last line with something on it: the file ends there.
    let lines = String::from_utf8_lossy(cut).trim_end().lines().count();
    assert!(line >= lines, "line {line} of {lines}");
}

#[test]
fn plain_text_and_json_are_not_maps() {
    let dir = tempfile::tempdir().expect("dir");
    let (line, column, message) =
        must_fail_at(dir.path(), "notes.ron", b"Meeting notes\nBuy milk\n");
    assert_eq!((line, column), (1, 1));
    assert!(
        message.starts_with("This file is not a Klantreis map")
            && message.contains("Open a .ron map saved by Klantreis"),
        "{message}"
    );
    // No type names, no RON words.
    for word in ["Envelope", "struct", "expected", "enable", "`"] {
        assert!(!message.contains(word), "{word} in: {message}");
    }
    must_fail_at(
        dir.path(),
        "map.json",
        br#"{"title": "Kettle", "phases": []}"#,
    );
}

#[test]
fn plain_dutch_text_is_not_a_map_in_dutch_words_without_type_names() {
    let dir = tempfile::tempdir().expect("dir");
    let path = write(
        dir.path(),
        "notities.ron",
        b"Dit is een boodschappenlijst\n",
    );
    let hash = write(dir.path(), "hash.ron", b"#!/bin/sh\necho hallo\n");
    // Each test runs on its own thread, whose interface language this sets.
    klantreis::i18n::set_language(Language::Nl);
    {
        for path in [&path, &hash] {
            let (kind, message) = must_fail(path);
            assert!(
                matches!(kind, LoadErrorKind::NotAMap { line: 1, .. }),
                "{kind:?}"
            );
            assert!(
                message.starts_with("Dit bestand is geen Klantreis-kaart"),
                "{message}"
            );
            for word in ["Envelope", "struct", "expected", "enable", "`", "Dit`"] {
                assert!(!message.contains(word), "{word} in: {message}");
            }
        }
    }
}

#[test]
fn a_wrong_shape_is_named_with_its_place() {
    let dir = tempfile::tempdir().expect("dir");
    let text = valid_text().replace("phases: [", "phases: \"none\", old: [");
    let (line, _, message) = must_fail_at(dir.path(), "shape.ron", text.as_bytes());
    assert_eq!(line, 8, "{message}");
    must_fail_at(
        dir.path(),
        "list.ron",
        b"(format: \"klantreis\", version: 1, map: [1, 2])",
    );
}

#[test]
fn a_file_without_the_format_line_is_not_a_klantreis_map() {
    let dir = tempfile::tempdir().expect("dir");
    let (_, _, message) = must_fail_at(dir.path(), "other.ron", b"(version: 1, map: ())");
    assert!(message.contains("not a Klantreis map"), "{message}");
    let (_, _, message) = must_fail_at(
        dir.path(),
        "game.ron",
        b"(format: \"savegame\", version: 1, map: ())",
    );
    assert!(message.contains("\"savegame\" file"), "{message}");
}

#[test]
fn a_newer_version_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().expect("dir");
    let text = valid_text()
        .replace(
            &format!("version: {FORMAT_VERSION},"),
            &format!("version: {},", FORMAT_VERSION + 1),
        )
        .replace("title:", "cover_image: \"future.png\",\n        title:");
    let path = write(dir.path(), "future.ron", text.as_bytes());
    let (kind, message) = must_fail(&path);
    assert!(
        matches!(kind, LoadErrorKind::NewerVersion { found } if found == FORMAT_VERSION + 1),
        "{message}"
    );
    assert!(
        message.contains("newer Klantreis") && message.contains("Update"),
        "{message}"
    );
    // `upgrade` must not re-save it either.
    assert_eq!(
        klantreis::cli::upgrade(std::slice::from_ref(&path), true),
        1
    );
    assert_eq!(std::fs::read_to_string(&path).expect("read"), text);
    assert!(!io::backup_path(&path).exists());
}

#[test]
fn version_zero_and_a_version_after_the_map_are_explained() {
    let dir = tempfile::tempdir().expect("dir");
    let (_, _, message) = must_fail_at(
        dir.path(),
        "v0.ron",
        &valid_text()
            .replace(&format!("version: {FORMAT_VERSION}"), "version: 0")
            .into_bytes(),
    );
    assert!(message.contains("version 0"), "{message}");
    let (_, _, message) = must_fail_at(
        dir.path(),
        "late.ron",
        b"(format: \"klantreis\", map: (title: \"x\"), version: 1)",
    );
    assert!(message.contains("must come before"), "{message}");
}

#[test]
fn non_utf8_bytes_are_pointed_at() {
    let dir = tempfile::tempdir().expect("dir");
    let mut bytes = valid_text().into_bytes();
    // "Daniëlle" written in Latin-1 on line 5, column 17.
    let text = String::from_utf8(bytes.clone()).expect("utf8");
    let offset = text.find("title: \"Waterkoker").expect("title") + 8;
    bytes.splice(offset..offset + 3, b"Dani\xebl".iter().copied());
    let path = write(dir.path(), "latin1.ron", &bytes);
    match must_fail(&path) {
        (LoadErrorKind::NotText { line, column }, message) => {
            assert_eq!((line, column), (5, 21), "{message}");
            assert!(message.contains("line 5, column 21") && message.contains("not text"));
        }
        other => panic!("{other:?}"),
    }
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0";
    must_fail(&write(dir.path(), "photo.ron", png));
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let dir = tempfile::tempdir().expect("dir");
    let depth = 100_000;
    let mut text = String::from("(format: \"klantreis\", version: 1, map: (title: ");
    text.push_str(&"[".repeat(depth));
    text.push_str(&"]".repeat(depth));
    text.push_str("))");
    let (line, column, _) = must_fail_at(dir.path(), "deep.ron", text.as_bytes());
    assert_eq!((line, column), (1, 47));
    let map = format!(
        "(format: \"klantreis\", version: 1, map: {}",
        "(".repeat(depth)
    );
    must_fail_at(dir.path(), "deep-map.ron", map.as_bytes());
    let options = format!(
        "(format: \"klantreis\", version: 1, map: (journeys: [(id: 1, name: \"x\", color: \"#000000\", persona: {}1{})]))",
        "Some(".repeat(depth),
        ")".repeat(depth)
    );
    must_fail_at(dir.path(), "deep-options.ron", options.as_bytes());
}

#[test]
fn a_huge_file_is_refused_from_its_size_before_reading() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("huge.ron");
    let file = std::fs::File::create(&path).expect("create");
    // A sparse file: huge on paper, nothing on disk.
    file.set_len(MAX_FILE_BYTES + 1).expect("set length");
    let (kind, message) = must_fail(&path);
    assert!(matches!(kind, LoadErrorKind::TooLarge { .. }), "{message}");
    let cap = format!("{} MiB", MAX_FILE_BYTES / (1024 * 1024));
    assert!(message.contains(&cap), "{message}");
}

#[test]
fn a_folder_and_a_missing_file_say_so() {
    let dir = tempfile::tempdir().expect("dir");
    let error = io::load(dir.path()).expect_err("a folder");
    assert!(matches!(error.kind, LoadErrorKind::NotAFile), "{error}");
    let missing = dir.path().join("gone.ron");
    let error = io::load(&missing).expect_err("missing");
    assert!(matches!(error.kind, LoadErrorKind::NotFound));
    assert!(error.to_string().contains("gone.ron") && error.to_string().contains("no such file"));
}

#[test]
fn a_misspelt_field_lists_the_right_names() {
    let dir = tempfile::tempdir().expect("dir");
    let text = valid_text().replace("title:", "titel:");
    let (line, column, message) = must_fail_at(dir.path(), "typo.ron", text.as_bytes());
    assert_eq!((line, column), (5, 9), "{message}");
    assert!(
        message.contains("\"titel\" is not a field of the map"),
        "{message}"
    );
    assert!(message.contains("title"), "{message}");
}

#[test]
fn bad_values_are_explained_in_words() {
    let dir = tempfile::tempdir().expect("dir");
    let colour = valid_text().replacen("\"#a8d0f0\"", "\"lichtblauw\"", 1);
    let (_, _, message) = must_fail_at(dir.path(), "colour.ron", colour.as_bytes());
    assert!(message.contains("not a colour"), "{message}");

    let date = "(format: \"klantreis\", version: 1, map: (phases: [(id: 1, name: \"A\", color: \"#ffffff\", width: 1.0)], content: [(id: 1, title: \"x\", kind: Video, date: \"2027-02-30\", phase: 1)]))";
    must_fail_at(dir.path(), "date.ron", date.as_bytes());

    let kind = date
        .replace("Video", "Podcast")
        .replace("2027-02-30", "2027-02-03");
    let (_, _, message) = must_fail_at(dir.path(), "kind.ron", kind.as_bytes());
    assert!(message.contains("\"Podcast\" is not one of"), "{message}");

    let id = valid_text().replacen("id: 1,", "id: -1,", 1);
    must_fail_at(dir.path(), "id.ron", id.as_bytes());
    let big = valid_text().replacen("id: 1,", "id: 99999999999999999999999,", 1);
    must_fail_at(dir.path(), "big.ron", big.as_bytes());
    let width = valid_text().replacen("width: 10.0", "width: \"wide\"", 1);
    must_fail_at(dir.path(), "width.ron", width.as_bytes());

    let photo = "(format: \"klantreis\", version: 1, map: (personas: [(id: 1, name: \"Bas\", photo: Some(\"not base64!\"))]))";
    let (_, _, message) = must_fail_at(dir.path(), "photo.ron", photo.as_bytes());
    assert!(message.contains("photo is damaged"), "{message}");
}

#[test]
fn an_unterminated_string_and_trailing_text_are_found() {
    let dir = tempfile::tempdir().expect("dir");
    let open = valid_text().replacen("\"Waterkoker kopen\",", "\"Waterkoker kopen,", 1);
    must_fail_at(dir.path(), "open.ron", open.as_bytes());
    let trailing = format!("{}garbage", valid_text());
    let (_, _, message) = must_fail_at(dir.path(), "trailing.ron", trailing.as_bytes());
    assert!(message.contains("more text after the end"), "{message}");
    // A long run of escapes in an unterminated string (quadratic in old ron).
    let escapes = format!(
        "(format: \"klantreis\", version: 1, map: (title: \"{}",
        "\\\\".repeat(500_000)
    );
    must_fail_at(dir.path(), "escapes.ron", escapes.as_bytes());
}

#[test]
fn dangling_references_are_reported_not_dropped_and_can_be_repaired() {
    let dir = tempfile::tempdir().expect("dir");
    let text = "(format: \"klantreis\", version: 1, map: (
        phases: [(id: 1, name: \"Awareness\", color: \"#ffffff\", width: 10.0)],
        journeys: [(id: 1, name: \"Bas\", color: \"#d62728\", persona: Some(9), steps: [
            (id: 1, phase: 7, at: 0.5, emotion: -1.0, title: \"Sees an ad\"),
            (id: 1, phase: 1, at: 1.5, emotion: 12.0, title: \"Clicks\"),
        ])],
    ))";
    let path = write(dir.path(), "dangling.ron", text.as_bytes());
    let loaded = io::load(&path).expect("loads with problems");
    let messages: Vec<_> = loaded.problems.iter().map(ToString::to_string).collect();
    assert_eq!(loaded.map.steps().count(), 2, "nothing dropped");
    assert!(
        messages.iter().any(|m| m.contains("persona 9")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("\"Sees an ad\"") && m.contains("phase 7"))
    );
    assert!(messages.iter().any(|m| m.contains("share the id 1")));
    assert!(messages.iter().any(|m| m.contains("emotion 12")));

    let mut map = loaded.map;
    let repairs = klantreis::model::repair(&mut map, klantreis::i18n::problems::unassigned_phase());
    assert!(!repairs.is_empty());
    assert_eq!(klantreis::model::validate(&map), vec![]);
    assert_eq!(map.steps().count(), 2, "repair keeps every step");
    assert_eq!(map.journeys[0].steps[0].phase.0, 1);
}

#[test]
fn the_largest_possible_id_neither_overflows_nor_collides_on_repair() {
    let text = "(format:\"klantreis\",version:1,map:(phases:[(id:18446744073709551615,name:\"A\",color:\"#000000\",width:1.0),(id:0,name:\"B\",color:\"#000000\",width:1.0),(id:0,name:\"C\",color:\"#000000\",width:1.0)]))";
    let mut map = io::from_ron(text).expect("loads");
    let repairs = klantreis::model::repair(&mut map, klantreis::i18n::problems::unassigned_phase());
    assert_eq!(repairs.len(), 1, "{repairs:?}");
    assert_eq!(klantreis::model::validate(&map), vec![]);
    let ids: Vec<u64> = map.phases.iter().map(|p| p.id.0).collect();
    assert_eq!(ids[..2], [u64::MAX, 0]);
    assert!(ids[2] != u64::MAX && ids[2] != 0, "{ids:?}");
    let fresh = map.new_phase_id().0;
    assert!(
        fresh != 0 && !ids.contains(&fresh),
        "a new phase does not overflow or collide either"
    );
}

/// The valid map's text with the first phase's width replaced.
fn with_width(width: &str) -> String {
    valid_text().replacen("width: 10.0", &format!("width: {width}"), 1)
}

#[test]
fn a_phase_width_of_1e308_is_reported_as_a_problem_that_cannot_be_drawn() {
    let dir = tempfile::tempdir().expect("dir");
    for width in ["1e308", "1e400", "inf", "NaN", "0.0", "-5.0", "2000000.0"] {
        let path = write(dir.path(), "wide.ron", with_width(width).as_bytes());
        let loaded = io::load(&path).expect("loads with a problem");
        assert_eq!(loaded.problems.len(), 1, "{width}: {:?}", loaded.problems);
        let problem = &loaded.problems[0];
        assert!(
            matches!(problem, klantreis::model::Problem::PhaseWidth { name, .. } if name == "Awareness"),
            "{width}: {problem:?}"
        );
        assert!(problem.breaks_drawing(), "{width}");
        assert!(
            problem.to_string().contains("from 0.001 to 1000000"),
            "{problem}"
        );
    }
    // The largest width that is allowed loads without a problem.
    let path = write(dir.path(), "widest.ron", with_width("1000000.0").as_bytes());
    assert!(io::load(&path).expect("loads").problems.is_empty());
}

#[test]
fn huge_step_positions_and_emotions_cannot_be_drawn_but_slightly_wrong_ones_can() {
    let step = |at: &str, emotion: &str| {
        format!(
            "(format: \"klantreis\", version: 1, map: (
                phases: [(id: 1, name: \"A\", color: \"#ffffff\", width: 10.0)],
                journeys: [(id: 1, name: \"Bas\", color: \"#d62728\", steps: [
                    (id: 1, phase: 1, at: {at}, emotion: {emotion}, title: \"Pays\"),
                ])],
            ))"
        )
    };
    let dir = tempfile::tempdir().expect("dir");
    for (at, emotion, drawable) in [
        ("1e308", "0.0", false),
        ("0.5", "-1e300", false),
        ("NaN", "0.0", false),
        ("0.5", "inf", false),
        ("1.5", "12.0", true),
    ] {
        let path = write(dir.path(), "step.ron", step(at, emotion).as_bytes());
        let problems = io::load(&path).expect("loads").problems;
        assert!(!problems.is_empty(), "{at} {emotion}");
        assert_eq!(
            problems
                .iter()
                .any(klantreis::model::Problem::breaks_drawing),
            !drawable,
            "{at} {emotion}: {problems:?}"
        );
    }
}

#[test]
fn the_editor_refuses_a_map_it_cannot_draw_naming_the_file_and_the_repair() {
    let dir = tempfile::tempdir().expect("dir");
    let path = write(dir.path(), "kapot.ron", with_width("1e308").as_bytes());
    let before = std::fs::read(&path).expect("read");
    let mut app =
        klantreis::ui::KlantreisApp::new(PhaseTemplate::FivePhase.new_map(Language::En), None);
    app.open_path(&path);
    let message = app.wait_for_io().expect_err("refused");
    assert!(message.contains("kapot.ron"), "{message}");
    assert!(message.contains("width 1e308"), "{message}");
    assert!(message.contains("klantreis upgrade --repair"), "{message}");
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "file unchanged"
    );
    // A step just off the scale still opens, with the problem shown, as before.
    let text = "(format: \"klantreis\", version: 1, map: (
        phases: [(id: 1, name: \"A\", color: \"#ffffff\", width: 10.0)],
        journeys: [(id: 1, name: \"Bas\", color: \"#d62728\", steps: [
            (id: 1, phase: 1, at: 0.5, emotion: 12.0, title: \"Pays\"),
        ])],
    ))";
    let off_scale = write(dir.path(), "boven.ron", text.as_bytes());
    app.open_path(&off_scale);
    app.wait_for_io().expect("opens");
    assert_eq!(app.doc.map.steps().count(), 1);
}
