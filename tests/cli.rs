//! The headless commands, run through the real binary.

mod common;
use common::{klantreis, stdout};

use std::path::Path;

#[test]
fn new_writes_a_map_that_check_accepts() {
    let dir = tempfile::tempdir().expect("dir");
    for (template, language, first) in [
        ("five-phase", "en", "Awareness"),
        ("see-think-do-care", "nl", "Zien"),
        ("awareness-loyalty", "nl", "Bewustwording"),
    ] {
        let out = format!("{template}-{language}.ron");
        let output = klantreis(
            &["new", "--template", template, "--language", language, &out],
            dir.path(),
        );
        assert!(output.status.success(), "{}", stdout(&output));
        let map = klantreis::io::load(&dir.path().join(&out))
            .expect("load")
            .map;
        assert_eq!(map.phases[0].name, first);
        let output = klantreis(&["check", &out], dir.path());
        assert_eq!(output.status.code(), Some(0));
        assert_eq!(stdout(&output), format!("{out}: ok\n"));
    }
}

#[test]
fn new_refuses_to_overwrite_and_names_unknown_templates() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(dir.path().join("mine.ron"), "my work").expect("write");
    let output = klantreis(&["new", "mine.ron"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("already exists"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("mine.ron")).expect("read"),
        "my work"
    );

    let output = klantreis(&["new", "--template", "aida", "x.ron"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("five-phase, see-think-do-care, awareness-loyalty"));
}

#[test]
fn check_reports_each_problem_on_its_own_line_and_exits_1() {
    let dir = tempfile::tempdir().expect("dir");
    assert!(klantreis(&["new", "good.ron"], dir.path()).status.success());
    std::fs::write(
        dir.path().join("broken.ron"),
        "(format: \"klantreis\", version: 1, map: (title: 3))",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("dangling.ron"),
        "(format: \"klantreis\", version: 1, map: (journeys: [(id: 1, name: \"Bas\", color: \"#ff0000\", persona: Some(4))]))",
    )
    .expect("write");
    let output = klantreis(
        &[
            "check",
            "good.ron",
            "broken.ron",
            "dangling.ron",
            "missing.ron",
        ],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let lines: Vec<_> = text.lines().collect();
    assert_eq!(lines[0], "good.ron: ok");
    assert!(
        lines[1].contains("\"broken.ron\": line 1, column 47: expected text in double quotes"),
        "{text}"
    );
    assert!(
        lines[2].starts_with("dangling.ron: Journey \"Bas\" belongs to persona 4"),
        "{text}"
    );
    assert!(lines[3].contains("upgrade --repair"), "{text}");
    assert!(
        lines[4].contains("\"missing.ron\"") && lines[4].contains("no such file"),
        "{text}"
    );
    assert_eq!(lines.len(), 5, "{text}");
}

#[test]
fn upgrade_resaves_the_current_format_with_a_backup() {
    let dir = tempfile::tempdir().expect("dir");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/formats/v1.ron");
    std::fs::copy(&sample, dir.path().join("old.ron")).expect("copy");
    let output = klantreis(&["upgrade", "old.ron"], dir.path());
    assert!(output.status.success(), "{}", stdout(&output));
    assert_eq!(
        std::fs::read(dir.path().join("old.ron.bak")).expect("backup"),
        std::fs::read(&sample).expect("sample")
    );
    let upgraded = std::fs::read_to_string(dir.path().join("old.ron")).expect("read");
    let map = klantreis::io::from_ron(&upgraded).expect("parses");
    assert_eq!(upgraded, klantreis::io::to_ron(&map), "canonical form");
}

#[test]
fn upgrade_refuses_a_damaged_map_unless_asked_to_repair() {
    let dir = tempfile::tempdir().expect("dir");
    let text = "(format: \"klantreis\", version: 1, map: (phases: [(id: 1, name: \"Doen\", color: \"#ffffff\", width: 5.0)], journeys: [(id: 1, name: \"Bas\", color: \"#ff0000\", steps: [(id: 1, phase: 3, at: 0.5, emotion: 0.0, title: \"Betaalt\")])]))";
    std::fs::write(dir.path().join("d.ron"), text).expect("write");
    let output = klantreis(&["upgrade", "d.ron"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("not saved; add --repair"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("d.ron")).expect("read"),
        text
    );

    let output = klantreis(&["upgrade", "--repair", "d.ron"], dir.path());
    assert!(output.status.success(), "{}", stdout(&output));
    assert!(stdout(&output).contains("repaired: Step \"Betaalt\" moved to phase \"Doen\""));
    assert_eq!(
        klantreis(&["check", "d.ron"], dir.path()).status.code(),
        Some(0)
    );
}

#[test]
fn a_mistyped_command_line_shows_usage_and_fails() {
    let dir = tempfile::tempdir().expect("dir");
    let output = klantreis(&["check"], dir.path());
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("Usage"));
}

#[test]
fn export_writes_the_calendar_and_the_steps_for_spreadsheets_and_calendars() {
    let dir = tempfile::tempdir().expect("dir");
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/clothing.ron");
    let map = map.to_str().expect("a path");
    let output = klantreis(
        &[
            "export",
            map,
            "--csv",
            "calendar.csv",
            "--steps-csv",
            "steps.csv",
            "--ics",
            "calendar.ics",
        ],
        dir.path(),
    );
    assert!(output.status.success(), "{}", stdout(&output));
    let said = stdout(&output);
    for file in ["calendar.csv", "steps.csv", "calendar.ics"] {
        assert!(said.contains(file), "{said}");
    }
    let loaded = klantreis::io::load(Path::new(map)).expect("load").map;
    let csv = std::fs::read_to_string(dir.path().join("calendar.csv")).expect("csv");
    assert!(csv.starts_with("\u{feff}Title,Type,"));
    let rows = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .count();
    assert_eq!(rows, loaded.content.len());
    let steps = std::fs::read_to_string(dir.path().join("steps.csv")).expect("steps");
    assert!(steps.contains("Duurzame Daniëlle"));
    let ics = std::fs::read_to_string(dir.path().join("calendar.ics")).expect("ics");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), loaded.content.len());

    // Semicolons for Excel set to Dutch.
    let output = klantreis(
        &["export", map, "--csv", "nl.csv", "--semicolons"],
        dir.path(),
    );
    assert!(output.status.success(), "{}", stdout(&output));
    let nl = std::fs::read_to_string(dir.path().join("nl.csv")).expect("csv");
    assert!(nl.starts_with("\u{feff}Title;Type;"));
}

#[test]
fn export_in_dutch_writes_dutch_column_titles_and_keeps_its_report_english() {
    let dir = tempfile::tempdir().expect("dir");
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/clothing.ron");
    let map = map.to_str().expect("a path");
    let output = klantreis(
        &[
            "export",
            map,
            "--lang",
            "nl",
            "--csv",
            "kalender.csv",
            "--steps-csv",
            "stappen.csv",
        ],
        dir.path(),
    );
    assert!(output.status.success(), "{}", stdout(&output));
    // The report is for scripts: English whatever the export's language.
    assert!(
        stdout(&output).contains("Content calendar (CSV, for Excel)"),
        "{}",
        stdout(&output)
    );
    let csv = std::fs::read_to_string(dir.path().join("kalender.csv")).expect("csv");
    assert!(
        csv.starts_with("\u{feff}Titel,Type,Kanaal,Datum,Einddatum,"),
        "{csv}"
    );
    let steps = std::fs::read_to_string(dir.path().join("stappen.csv")).expect("steps");
    assert!(
        steps.starts_with("\u{feff}Reis,Persona,Fase,Stap,"),
        "{steps}"
    );

    // An unknown language is refused before anything is written.
    let output = klantreis(
        &["export", map, "--lang", "de", "--csv", "de.csv"],
        dir.path(),
    );
    assert!(!output.status.success());
    assert!(!dir.path().join("de.csv").exists());
}

#[test]
fn export_refuses_a_missing_map_and_an_unwritable_place_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let output = klantreis(&["export", "missing.ron", "--csv", "out.csv"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("missing.ron"),
        "{}",
        stdout(&output)
    );
    assert!(!dir.path().join("out.csv").exists());

    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/kettle.ron");
    let output = klantreis(
        &[
            "export",
            map.to_str().expect("a path"),
            "--ics",
            "no/such/folder/plan.ics",
        ],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    let said = stdout(&output);
    assert!(said.contains("plan.ics"), "{said}");
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0);
}

#[test]
fn the_help_offers_starting_in_workshop_mode() {
    let dir = tempfile::tempdir().expect("dir");
    let output = klantreis(&["--help"], dir.path());
    assert!(output.status.success());
    assert!(stdout(&output).contains("--workshop"));
}

/// Writes a map into `dir` whose persona "Bas" has these bytes as photo.
fn map_with_photo(dir: &Path, name: &str, photo: Vec<u8>) {
    let mut map = klantreis::model::Map::default();
    let mut persona = klantreis::model::Persona::new(klantreis::model::PersonaId(1), "Bas");
    persona.photo = Some(klantreis::model::Photo { bytes: photo });
    map.personas.push(persona);
    klantreis::io::save(&dir.join(name), &map).expect("save");
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(name),
    )
    .expect("fixture")
}

/// `check FILE` on one file: its exit code and its output.
fn check_one(dir: &Path, name: &str) -> (Option<i32>, String) {
    let output = klantreis(&["check", name], dir);
    (output.status.code(), stdout(&output))
}

#[test]
fn check_says_a_persona_photo_that_is_text_cannot_be_shown() {
    let dir = tempfile::tempdir().expect("dir");
    map_with_photo(dir.path(), "tekst.ron", fixture("not-a-picture.png"));
    let (code, text) = check_one(dir.path(), "tekst.ron");
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.starts_with(
            "tekst.ron: The photo of persona \"Bas\" cannot be shown: it is not a picture"
        ),
        "{text}"
    );
    assert!(text.contains("upgrade --repair tekst.ron"), "{text}");
}

#[test]
fn check_says_a_truncated_png_photo_cannot_be_shown() {
    let dir = tempfile::tempdir().expect("dir");
    let mut png = Vec::new();
    image::RgbImage::from_fn(200, 200, |x, y| image::Rgb([x as u8, y as u8, 7]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .expect("encode");
    png.truncate(png.len() / 2);
    map_with_photo(dir.path(), "half.ron", png);
    let (code, text) = check_one(dir.path(), "half.ron");
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("cannot be shown: it is damaged or incomplete"),
        "{text}"
    );
}

#[test]
fn check_says_a_photo_declaring_65535_by_65535_pixels_cannot_be_shown() {
    let dir = tempfile::tempdir().expect("dir");
    map_with_photo(dir.path(), "bom.ron", fixture("declares-65535x65535.png"));
    let (code, text) = check_one(dir.path(), "bom.ron");
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("65535 × 65535 pixels"), "{text}");
}

#[test]
fn check_says_a_photo_with_a_text_bomb_cannot_be_shown() {
    let dir = tempfile::tempdir().expect("dir");
    map_with_photo(dir.path(), "tekstbom.ron", fixture("text-bomb.png"));
    let (code, text) = check_one(dir.path(), "tekstbom.ron");
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("hidden text"), "{text}");
}

#[test]
fn check_refuses_a_phase_width_of_1e308_and_export_writes_no_nan_picture() {
    let dir = tempfile::tempdir().expect("dir");
    assert!(klantreis(&["new", "wide.ron"], dir.path()).status.success());
    let path = dir.path().join("wide.ron");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, text.replacen("width: 10.0", "width: 1e308", 1)).expect("write");
    let (code, report) = check_one(dir.path(), "wide.ron");
    assert_eq!(code, Some(1), "{report}");
    assert!(
        report.starts_with(
            "wide.ron: Phase \"Awareness\" has width 1e308, but a phase's width must be a number from 0.001 to 1000000."
        ),
        "{report}"
    );
    let output = klantreis(&["export", "wide.ron", "--svg", "wide.svg"], dir.path());
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert!(
        !dir.path().join("wide.svg").exists(),
        "no picture with x='NaN'"
    );
}

#[test]
fn upgrade_repair_takes_out_a_broken_photo_and_fixes_a_huge_width() {
    let dir = tempfile::tempdir().expect("dir");
    let mut map = klantreis::model::Map::default();
    map.phases.push(klantreis::model::Phase {
        id: klantreis::model::PhaseId(1),
        name: "Doen".to_owned(),
        description: String::new(),
        color: klantreis::model::Rgb(1, 2, 3),
        width: f64::INFINITY,
        kpis: Vec::new(),
    });
    let mut persona = klantreis::model::Persona::new(klantreis::model::PersonaId(1), "Bas");
    persona.photo = Some(klantreis::model::Photo {
        bytes: fixture("declares-65535x65535.png"),
    });
    map.personas.push(persona);
    klantreis::io::save(&dir.path().join("m.ron"), &map).expect("save");

    let output = klantreis(&["upgrade", "m.ron"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    let output = klantreis(&["upgrade", "--repair", "m.ron"], dir.path());
    let text = stdout(&output);
    assert!(output.status.success(), "{text}");
    assert!(
        text.contains("m.ron: repaired: Persona \"Bas\" lost a photo that could not be shown."),
        "{text}"
    );
    assert!(
        text.contains("m.ron: repaired: Phase \"Doen\" got width 10."),
        "{text}"
    );
    assert_eq!(
        check_one(dir.path(), "m.ron"),
        (Some(0), "m.ron: ok\n".to_owned())
    );
    let repaired = klantreis::io::load(&dir.path().join("m.ron"))
        .expect("load")
        .map;
    assert_eq!(repaired.personas.len(), 1, "the persona stays");
}

/// The kettle map from `maps/`, copied into `dir` as `name`.
fn kettle_in(dir: &Path, name: &str) {
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/kettle.ron");
    std::fs::copy(map, dir.join(name)).expect("copy the kettle map");
}

/// Every export flag.
const EXPORT_FLAGS: [&str; 6] = ["--svg", "--png", "--pdf", "--csv", "--steps-csv", "--ics"];

#[test]
fn export_never_replaces_another_map_in_any_format_even_with_force() {
    let dir = tempfile::tempdir().expect("dir");
    kettle_in(dir.path(), "kledingmerk.ron");
    // Another map under a map's name, in capitals, and under a CSV's name.
    kettle_in(dir.path(), "waterkoker.ron");
    kettle_in(dir.path(), "KLANT.RON");
    kettle_in(dir.path(), "plan.csv");
    std::fs::write(dir.path().join("notes.ron"), "not even a map").expect("write");
    for target in ["waterkoker.ron", "KLANT.RON", "plan.csv", "notes.ron"] {
        let before = std::fs::read(dir.path().join(target)).expect("read");
        for flag in EXPORT_FLAGS {
            for force in [false, true] {
                let mut args = vec!["export", "kledingmerk.ron", flag, target];
                if force {
                    args.push("--force");
                }
                let output = klantreis(&args, dir.path());
                let said = stdout(&output);
                assert_eq!(output.status.code(), Some(1), "{args:?}: {said}");
                assert!(
                    said.contains(target) && said.contains("never replaces a map"),
                    "{args:?}: {said}"
                );
                assert_eq!(
                    std::fs::read(dir.path().join(target)).expect("read"),
                    before,
                    "{args:?}"
                );
            }
        }
    }
    assert!(!dir.path().join("waterkoker.ron.bak").exists());
}

#[test]
fn export_replaces_a_file_it_did_not_make_only_with_force() {
    let dir = tempfile::tempdir().expect("dir");
    kettle_in(dir.path(), "kettle.ron");
    for (flag, name) in [
        ("--svg", "logo.svg"),
        ("--png", "holiday.png"),
        ("--pdf", "contract.pdf"),
        ("--csv", "budget.csv"),
        ("--steps-csv", "notes.csv"),
        ("--ics", "team.ics"),
    ] {
        std::fs::write(dir.path().join(name), "the client's own file").expect("write");
        let output = klantreis(&["export", "kettle.ron", flag, name], dir.path());
        let said = stdout(&output);
        assert_eq!(output.status.code(), Some(1), "{flag}: {said}");
        assert!(
            said.contains(name) && said.contains("add --force"),
            "{flag}: {said}"
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join(name)).expect("read"),
            "the client's own file",
            "{flag}"
        );

        let output = klantreis(&["export", "kettle.ron", flag, name, "--force"], dir.path());
        assert!(output.status.success(), "{flag}: {}", stdout(&output));
        assert_ne!(
            std::fs::read(dir.path().join(name)).expect("read"),
            b"the client's own file",
            "{flag}: replaced"
        );
    }
}

#[test]
fn export_refuses_every_file_before_writing_any() {
    let dir = tempfile::tempdir().expect("dir");
    kettle_in(dir.path(), "kettle.ron");
    std::fs::write(dir.path().join("mine.csv"), "mine").expect("write");
    let output = klantreis(
        &[
            "export",
            "kettle.ron",
            "--svg",
            "kettle.svg",
            "--csv",
            "mine.csv",
        ],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(!dir.path().join("kettle.svg").exists(), "nothing written");
}

#[test]
fn exporting_again_replaces_its_own_earlier_files_without_asking() {
    let dir = tempfile::tempdir().expect("dir");
    kettle_in(dir.path(), "kettle.ron");
    let mut args = vec!["export", "kettle.ron"];
    let names = ["k.svg", "k.png", "k.pdf", "k.csv", "k-steps.csv", "k.ics"];
    for (flag, name) in EXPORT_FLAGS.iter().zip(names) {
        args.extend([*flag, name]);
    }
    let first = klantreis(&args, dir.path());
    assert!(first.status.success(), "{}", stdout(&first));
    // In Dutch, with semicolons: still Klantreis's own files.
    args.extend(["--lang", "nl", "--semicolons"]);
    let again = klantreis(&args, dir.path());
    assert!(again.status.success(), "{}", stdout(&again));
    let again = klantreis(&args, dir.path());
    assert!(again.status.success(), "{}", stdout(&again));
    assert!(
        std::fs::read_to_string(dir.path().join("k.csv"))
            .expect("csv")
            .starts_with("\u{feff}Titel;")
    );
}

#[cfg(unix)]
#[test]
fn upgrade_refuses_a_read_only_map_unless_forced() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("dir");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/formats/v1.ron");
    let path = dir.path().join("frozen.ron");
    std::fs::copy(&sample, &path).expect("copy");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let before = std::fs::read(&path).expect("read");

    let output = klantreis(&["upgrade", "frozen.ron"], dir.path());
    let said = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{said}");
    assert!(
        said.contains("frozen.ron") && said.contains("read-only") && said.contains("--force"),
        "{said}"
    );
    assert_eq!(std::fs::read(&path).expect("read"), before);
    assert!(!dir.path().join("frozen.ron.bak").exists());

    let output = klantreis(&["upgrade", "--force", "frozen.ron"], dir.path());
    assert!(output.status.success(), "{}", stdout(&output));
    let mode = std::fs::metadata(&path)
        .expect("metadata")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o444, "it stays read-only");
}

#[cfg(unix)]
#[test]
fn upgrade_through_a_link_updates_the_file_and_keeps_the_link() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("dir");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/formats/v1.ron");
    std::fs::create_dir(dir.path().join("real")).expect("folder");
    let real = dir.path().join("real").join("map.ron");
    std::fs::copy(&sample, &real).expect("copy");
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    std::os::unix::fs::symlink("real/map.ron", dir.path().join("link.ron")).expect("link");

    let output = klantreis(&["upgrade", "link.ron"], dir.path());
    let said = stdout(&output);
    assert!(output.status.success(), "{said}");
    let link = std::fs::symlink_metadata(dir.path().join("link.ron")).expect("link");
    assert!(link.file_type().is_symlink(), "the link is still a link");
    let text = std::fs::read_to_string(&real).expect("read");
    assert_eq!(
        text,
        klantreis::io::to_ron(&klantreis::io::from_ron(&text).expect("parses"))
    );
    assert_ne!(
        text,
        std::fs::read_to_string(&sample).expect("sample"),
        "upgraded"
    );
    let mode = std::fs::metadata(&real)
        .expect("metadata")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o640);
    assert!(said.contains("real/map.ron.bak"), "{said}");
}

#[test]
fn command_line_messages_use_their_own_wording_and_shorten_long_names() {
    let dir = tempfile::tempdir().expect("dir");
    let output = klantreis(&["new", "gone/new.ron"], dir.path());
    let said = stdout(&output);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        said.contains("gone/new.ron") && said.contains("not changed"),
        "{said}"
    );
    assert!(!said.contains("still open"), "{said}");

    let mut map =
        klantreis::io::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/kettle.ron"))
            .expect("kettle")
            .map;
    map.title = "Waterkoker ".repeat(100_000);
    map.journeys[0].name = "Petra ".repeat(10_000);
    klantreis::io::save(&dir.path().join("long.ron"), &map).expect("save");
    let output = klantreis(&["export", "long.ron", "--svg", "long.svg"], dir.path());
    let said = stdout(&output);
    assert!(output.status.success(), "{}", &said[..said.len().min(400)]);
    assert!(said.len() < 300, "{} bytes printed", said.len());
    assert!(
        said.contains("long.svg: SVG picture of \"Waterkoker Waterkoker"),
        "{said}"
    );
    assert!(said.contains("…\""), "{said}");

    let output = klantreis(
        &["export", "long.ron", "--svg", "x.svg", "--journey", "Bas"],
        dir.path(),
    );
    let said = stdout(&output);
    assert_eq!(output.status.code(), Some(1));
    assert!(said.len() < 500 && said.contains("Petra Petra"), "{said}");
}
