//! Packed snapshots (format version 3): the map comes first and untouched,
//! each snapshot is a few lines with one line of packed data, the same map
//! always writes the same text, photos are stored once, version-2 files with
//! plain snapshots still open, and a damaged or hostile snapshot gives a
//! clear message naming the file and the snapshot.

mod common;

use std::sync::Arc;

use base64::Engine;
use chrono::NaiveDate;
use proptest::prelude::*;

use klantreis::i18n::Language;
use klantreis::io::{self, LoadErrorKind, from_ron, to_ron};
use klantreis::model::generate::{MapSize, generated_map};
use klantreis::model::{
    IterationProblem, Map, PackFault, Photo, Problem, Snapshot, SnapshotId, content_of,
};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 3, 12).expect("a date")
}

fn clothing() -> Map {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/clothing.ron");
    io::load(&path).expect("the example opens").map
}

/// A map of `steps` steps with a photo for each of its personas.
fn with_photos(steps: usize) -> Map {
    generated_map(MapSize {
        steps,
        journeys: 2,
        personas: 3,
        content: 4,
        text_len: 12,
        photo_bytes: 2_000,
    })
}

fn snapshot_of(map: &Map, id: u64, name: &str) -> Snapshot {
    Snapshot::of(map, SnapshotId(id), name, day())
}

/// Packed text of a zlib stream holding `bytes`.
fn packed(bytes: &[u8]) -> String {
    use std::io::Write;
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(bytes).expect("deflate");
    base64::engine::general_purpose::STANDARD.encode(z.finish().expect("deflated"))
}

/// The clothing map's file with its snapshot's packed text replaced.
fn with_packed_text(text: &str) -> String {
    let file = to_ron(&clothing());
    let start = file.find("packed: \"").expect("a packed snapshot") + "packed: \"".len();
    let end = start + file[start..].find('"').expect("its end");
    format!("{}{text}{}", &file[..start], &file[end..])
}

fn save_text(dir: &tempfile::TempDir, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("written");
    path
}

#[test]
fn the_map_comes_first_untouched_and_each_snapshot_is_one_line_of_data() {
    let map = clothing();
    let file = to_ron(&map);
    let plain = to_ron(&content_of(&map));
    // The map without its snapshots, up to where its last field ends.
    let head = plain
        .strip_suffix("    ),\n)\n")
        .expect("the envelope's end");
    assert!(file.starts_with(head), "the map is written first, as it is");
    let tail = &file[head.len()..];
    assert!(tail.len() < 12_000, "{} bytes of snapshots", tail.len());
    let packed_lines: Vec<&str> = tail.lines().filter(|l| l.contains("packed:")).collect();
    assert_eq!(packed_lines.len(), map.snapshots.len());
    for line in tail.lines() {
        assert!(line.len() < 20_000, "one line of data each");
    }
    assert!(tail.contains("name: \"Workshop 12 March\""));
    assert!(tail.contains("date: \"2027-03-12\""));
    // The example map's snapshot takes ~10 KB where a plain copy took ~125 KB.
    assert!(file.len() < 140_000, "{}", file.len());
}

#[test]
fn the_same_map_always_writes_the_same_text_and_a_read_snapshot_writes_back_as_read() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/clothing.ron");
    let on_disk = std::fs::read_to_string(&path).expect("the example");
    let map = from_ron(&on_disk).expect("opens");
    assert_eq!(to_ron(&map), on_disk, "the example saves to its own bytes");
    // A snapshot taken anew (not read) packs to the same text as well.
    let again = Snapshot::new(
        map.snapshots[0].id,
        &map.snapshots[0].name,
        map.snapshots[0].date,
        Arc::new((*map.snapshots[0].map).clone()),
    );
    assert_eq!(again.packed().text, map.snapshots[0].packed().text);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn a_snapshot_packs_and_unpacks_to_the_same_content(
        steps in 0usize..60,
        title in "\\PC{0,30}",
        note in "[a-z \"\\\\\n'#{}()]{0,40}",
        photos in any::<bool>(),
        later_title in "\\PC{0,10}",
    ) {
        let mut map = generated_map(MapSize {
            steps,
            journeys: 2,
            personas: 2,
            content: 3,
            text_len: 8,
            photo_bytes: if photos { 300 } else { 0 },
        });
        map.title = title;
        map.description = note;
        let content = content_of(&map);
        map.snapshots.push(snapshot_of(&map, 7, "Before"));
        // The map changes after the snapshot; the snapshot does not.
        map.title = later_title;
        if let Some(persona) = map.personas.first_mut() {
            persona.photo = None;
        }
        let text = to_ron(&map);
        let back = from_ron(&text).expect("reads back");
        prop_assert_eq!(&*back.snapshots[0].map, &content);
        prop_assert_eq!(&back, &map);
        prop_assert_eq!(to_ron(&back), text);
    }
}

#[test]
fn a_photo_is_stored_once_however_many_snapshots_hold_it() {
    let mut map = with_photos(40);
    for n in 0..5 {
        map.title = format!("Iteration {n}");
        map.snapshots
            .push(snapshot_of(&map, n + 1, &map.title.clone()));
    }
    let encode = |p: &Photo| base64::engine::general_purpose::STANDARD.encode(&p.bytes);
    let photo = encode(map.personas[0].photo.as_ref().expect("a photo"));
    let file = to_ron(&map);
    assert_eq!(file.matches(&photo).count(), 1, "only the map holds it");
    assert!(
        !file.contains("snapshot_photos"),
        "every photo is the map's"
    );

    // The photo is replaced in the map: the old one is kept once, for all
    // five snapshots, in the file's table.
    let old = map.personas[0].photo.clone();
    map.personas[0].photo = Some(Photo {
        bytes: b"another picture".to_vec(),
    });
    let file = to_ron(&map);
    assert_eq!(file.matches(&photo).count(), 1);
    assert!(file.contains("snapshot_photos: {"));
    let back = from_ron(&file).expect("reads back");
    for snapshot in &back.snapshots {
        assert_eq!(snapshot.map.personas[0].photo, old);
        assert!(snapshot.missing_photos.is_empty());
    }
    assert_eq!(back, map);
}

#[test]
fn a_photo_the_file_does_not_hold_is_missing_and_reported_never_failing_the_file() {
    let mut map = with_photos(10);
    map.snapshots.push(snapshot_of(&map, 1, "Workshop"));
    map.personas[1].photo = None;
    let file = to_ron(&map);
    // Cut the table out, as a hand edit might.
    let start = file.find("    snapshot_photos: {").expect("the table");
    let cut = format!("{})\n", &file[..start]);
    let back = from_ron(&cut).expect("still opens");
    let persona = &back.snapshots[0].map.personas[1];
    assert_eq!(persona.photo, None);
    assert_eq!(
        back.snapshots[0].missing_photos,
        std::slice::from_ref(&persona.name)
    );
    let problems = io::problems(&back);
    assert!(
        problems.iter().any(|p| matches!(p,
            Problem::Iteration(IterationProblem::MissingPhoto { name, persona: who })
                if name == "Workshop" && *who == persona.name)),
        "{problems:?}"
    );
    let text = problems
        .iter()
        .map(Problem::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        text.contains("Workshop") && text.contains(&persona.name),
        "{text}"
    );
    // Repairing forgets the reference; the snapshot keeps everything else.
    let mut repaired = back.clone();
    let done = io::repair(&mut repaired, klantreis::i18n::problems::unassigned_phase());
    assert!(!done.is_empty());
    assert!(io::problems(&repaired).is_empty());
    let again = from_ron(&to_ron(&repaired)).expect("reads back");
    assert!(again.snapshots[0].missing_photos.is_empty());
    assert_eq!(again.snapshots[0].map.steps().count(), 10);
}

#[test]
fn a_decompression_bomb_is_refused_naming_the_file_and_the_snapshot() {
    let dir = tempfile::tempdir().expect("a folder");
    // 4 MiB of spaces packs to a few KB; the test's file limit is 1 MiB.
    let path = save_text(
        &dir,
        "bomb.ron",
        &with_packed_text(&packed(&[b' '; 4 << 20])),
    );
    let error = io::load_limited(&path, 1 << 20).expect_err("refused");
    assert!(
        matches!(&error.kind, LoadErrorKind::Snapshot { name, fault: PackFault::TooLarge { .. }, .. }
            if name == "Workshop 12 March"),
        "{error:?}"
    );
    let message = error.to_string();
    for words in [
        "bomb.ron",
        "snapshot 1, \"Workshop 12 March\"",
        "1 MiB",
        "text editor",
    ] {
        assert!(message.contains(words), "{message}");
    }
    // In Dutch as well.
    klantreis::i18n::set_language(Language::Nl);
    let dutch = error.to_string();
    klantreis::i18n::set_language(Language::En);
    assert!(
        dutch.contains("momentopname 1, \"Workshop 12 March\"") && dutch.contains("bomb.ron"),
        "{dutch}"
    );
}

#[test]
fn bad_base64_bad_deflate_and_bad_ron_inside_a_snapshot_are_named() {
    let dir = tempfile::tempdir().expect("a folder");
    let cases = [
        ("base64.ron", "this is not base64!".to_owned(), "not base64"),
        ("deflate.ron", "aGVsbG8gd29ybGQ=".to_owned(), "damaged"),
        (
            "ron.ron",
            packed(b"(title: \"x\", phases: [oops])"),
            "line 1, column",
        ),
        ("text.ron", packed(&[0xff, 0xfe, 0x00]), "not text"),
    ];
    for (file, text, says) in cases {
        let path = save_text(&dir, file, &with_packed_text(&text));
        let error = io::load(&path).expect_err("refused");
        let message = error.to_string();
        assert!(
            matches!(&error.kind, LoadErrorKind::Snapshot { name, .. } if name == "Workshop 12 March"),
            "{file}: {error:?}"
        );
        assert!(
            message.contains(file)
                && message.contains("Workshop 12 March")
                && message.contains(says),
            "{file}: {message}"
        );
    }
    // The command line says the same, and exits 1.
    let out = common::klantreis(&["check", "ron.ron"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        common::stdout(&out).contains("Workshop 12 March"),
        "{out:?}"
    );
}

#[test]
fn a_version_two_file_with_a_plain_snapshot_opens_and_saves_packed() {
    let v2 = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/formats/v2.ron"),
    )
    .expect("v2 sample");
    assert!(v2.contains("version: 2,"));
    let end = v2.rfind("    ),\n)").expect("the map's end");
    let plain = format!(
        "{}        snapshots: [\n            (\n                id: 4,\n                name: \
         \"Old\",\n                date: \"2026-11-02\",\n                map: (\n                    \
         title: \"The kettle, as it was\",\n                ),\n            ),\n        ],\n{}",
        &v2[..end],
        &v2[end..]
    );
    let map = from_ron(&plain).expect("a version-2 file opens");
    assert_eq!(map.snapshots[0].map.title, "The kettle, as it was");
    assert_eq!(map.snapshots[0].name, "Old");
    let saved = to_ron(&map);
    assert!(saved.contains("version: 3,") && saved.contains("packed: \""));
    assert!(!saved.contains("The kettle, as it was"), "packed now");
    assert_eq!(from_ron(&saved).expect("reads back"), map);
    // A version-4 file is refused as newer.
    let newer = saved.replace("version: 3,", "version: 4,");
    assert_eq!(from_ron(&newer), Err(io::ParseError::NewerVersion(4)));
}

#[test]
fn the_merge_driver_keeps_both_sides_snapshots_with_their_packed_text() {
    let dir = tempfile::tempdir().expect("a folder");
    let base = with_photos(12);
    let mut ours = base.clone();
    ours.snapshots.push(snapshot_of(&ours, 1, "Ours"));
    let mut theirs = base.clone();
    theirs.title = "Changed there".into();
    theirs.snapshots.push(snapshot_of(&theirs, 2, "Theirs"));
    // Their persona photo changed after the snapshot: the table carries it.
    theirs.personas[0].photo = None;
    common::save_three(dir.path(), &base, &ours, &theirs);
    let out = common::merge_three(dir.path(), &[]);
    assert!(out.status.success(), "{out:?}");
    let merged = io::load(&dir.path().join("out.ron")).expect("opens");
    // The generated photos are not real pictures; nothing else is wrong.
    assert!(
        merged
            .problems
            .iter()
            .all(|p| matches!(p, Problem::PersonaPhoto { .. })),
        "{:?}",
        merged.problems
    );
    let names: Vec<&str> = merged
        .map
        .snapshots
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(names, ["Ours", "Theirs"]);
    assert_eq!(merged.map.snapshots[1].map.title, "Changed there");
    assert_eq!(
        merged.map.snapshots[1].map.personas[0].photo,
        base.personas[0].photo
    );
    let text = std::fs::read_to_string(dir.path().join("out.ron")).expect("read");
    for side in [&ours, &theirs] {
        let packed = &side.snapshots[0].packed().text;
        assert!(text.contains(packed.as_str()), "packed text kept as it was");
    }
}

#[test]
fn near_the_cap_the_message_says_how_big_the_snapshots_are_and_what_to_delete() {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("big.ron");
    let mut map = with_photos(300);
    for n in 0..3 {
        map.title = format!("Iteration {n}");
        map.snapshots
            .push(snapshot_of(&map, n + 1, &map.title.clone()));
    }
    let alone = to_ron(&content_of(&map)).len() as u64;
    let full = to_ron(&map).len() as u64;
    let error = io::save_limited(&path, &map, alone + 10).expect_err("too large");
    assert!(!path.exists(), "nothing written");
    let message = error.to_string();
    for words in [
        "big.ron",
        "its 3 snapshots take",
        "File > Snapshots…",
        "then it will save",
    ] {
        assert!(message.contains(words), "{message}");
    }
    klantreis::i18n::set_language(Language::Nl);
    let dutch = error.to_string();
    klantreis::i18n::set_language(Language::En);
    for words in [
        "big.ron",
        "de 3 momentopnamen nemen",
        "Bestand > Momentopnamen…",
    ] {
        assert!(dutch.contains(words), "{dutch}");
    }
    // Too large even without snapshots: the advice is to make the map smaller.
    let error = io::save_limited(&path, &map, alone / 2).expect_err("too large");
    let message = error.to_string();
    assert!(
        message.contains("Make the map smaller") && message.contains("its 3 snapshots"),
        "{message}"
    );
    io::save_limited(&path, &map, full).expect("fits exactly");
}

#[test]
fn klantreis_snapshot_lists_the_snapshots_and_shows_one_as_a_readable_map() {
    let dir = tempfile::tempdir().expect("a folder");
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/clothing.ron");
    std::fs::copy(&example, dir.path().join("clothing.ron")).expect("copied");
    let out = common::klantreis(&["snapshot", "clothing.ron"], dir.path());
    assert!(out.status.success(), "{out:?}");
    let listed = common::stdout(&out);
    for words in [
        "\"Workshop 12 March\"",
        "2027-03-12",
        "29 steps",
        "bytes in the file",
    ] {
        assert!(listed.contains(words), "{listed}");
    }

    let out = common::klantreis(
        &[
            "snapshot",
            "clothing.ron",
            "--show",
            "Workshop 12 March",
            "--out",
            "workshop.ron",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{out:?}");
    let shown = std::fs::read_to_string(dir.path().join("workshop.ron")).expect("written");
    assert!(
        shown.contains("        title: \"Groene Draad"),
        "readable, indented RON"
    );
    let opened = from_ron(&shown).expect("a map Klantreis opens");
    assert_eq!(opened, *clothing().snapshots[0].map);

    // Never replaces a file; an unknown name lists the snapshots there are.
    let again = common::klantreis(
        &[
            "snapshot",
            "clothing.ron",
            "--show",
            "1",
            "--out",
            "workshop.ron",
        ],
        dir.path(),
    );
    assert_eq!(again.status.code(), Some(1));
    let unknown = common::klantreis(&["snapshot", "clothing.ron", "--show", "Later"], dir.path());
    assert_eq!(unknown.status.code(), Some(1));
    assert!(
        common::stdout(&unknown)
            .contains("no snapshot \"Later\"; its snapshots are \"Workshop 12 March\""),
        "{unknown:?}"
    );
}
