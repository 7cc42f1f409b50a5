//! What a file's snapshots may cost when it is opened, and that Klantreis
//! never writes a file it would refuse: the save and the merge driver check
//! what the snapshots unpack to (text and the photos they show) against the
//! reader's limits; a file over them is refused by cause; the `klantreis
//! snapshot` command speaks Dutch too. Small limits (`*_limited`) stand in
//! for the 256 MiB of a real file.

mod common;

use chrono::NaiveDate;
use egui_kittest::kittest::Queryable;

use klantreis::i18n::Language;
use klantreis::io::{self, LoadErrorKind, to_ron};
use klantreis::model::generate::{MapSize, generated_map};
use klantreis::model::{
    Map, PackFault, Persona, PersonaId, Photo, Snapshot, SnapshotId, content_of, unpacked_sizes,
};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 3, 12).expect("a date")
}

fn generated(steps: usize) -> Map {
    generated_map(MapSize {
        steps,
        journeys: 2,
        personas: 2,
        content: 2,
        text_len: 12,
        photo_bytes: 0,
    })
}

/// A map whose content packs very well: a thousand alike personas.
fn repetitive() -> Map {
    let mut map = Map {
        title: "Alike".into(),
        ..Map::default()
    };
    for n in 1..=1000 {
        map.personas
            .push(Persona::new(PersonaId(n), "A persona much like the others"));
    }
    map
}

/// `text` in Dutch and back.
fn in_dutch(say: impl Fn() -> String) -> String {
    klantreis::i18n::set_language(Language::Nl);
    let dutch = say();
    klantreis::i18n::set_language(Language::En);
    dutch
}

/// The smallest file limit under which `map` opens: its size, each
/// snapshot's unpacked text, a quarter of all of them with their photos.
fn least_limit(map: &Map) -> u64 {
    let (largest, total) = unpacked_sizes(map);
    (to_ron(map).len() as u64)
        .max(largest)
        .max(total.div_ceil(4))
}

#[test]
fn a_save_refuses_snapshots_that_together_unpack_past_what_the_reader_takes() {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("many.ron");
    let mut map = repetitive();
    for n in 1..=30 {
        map.title = format!("Iteration {n}");
        let name = map.title.clone();
        map.snapshots
            .push(Snapshot::of(&map, SnapshotId(n), &name, day()));
    }
    let size = to_ron(&map).len() as u64;
    let (_, total) = unpacked_sizes(&map);
    assert!(
        total > 4 * size,
        "the test needs snapshots that pack well: {total} {size}"
    );

    // The file itself fits the limit, what it unpacks to does not.
    let error = io::save_limited(&path, &map, size).expect_err("refused");
    assert!(!path.exists(), "nothing written");
    let message = error.to_string();
    for words in ["many.ron", "together unpack to", "File > Snapshots…"] {
        assert!(message.contains(words), "{message}");
    }
    let dutch = in_dutch(|| error.to_string());
    assert!(
        dutch.contains("many.ron") && dutch.contains("Bestand > Momentopnamen…"),
        "{dutch}"
    );

    // That file, written anyway, is what the reader would refuse, by cause.
    std::fs::write(&path, to_ron(&map)).expect("written by hand");
    let refused = io::load_limited(&path, size).expect_err("refused");
    assert!(
        matches!(
            refused.kind,
            LoadErrorKind::Snapshot {
                fault: PackFault::TotalTooLarge { .. },
                ..
            }
        ),
        "{refused:?}"
    );
    let message = refused.to_string();
    assert!(
        message.contains("many.ron")
            && message.contains("snapshots together are too large to open")
            && !message.contains("not affected"),
        "{message}"
    );
    let dutch = in_dutch(|| refused.to_string());
    assert!(
        dutch.contains("momentopnamen samen zijn te groot"),
        "{dutch}"
    );

    // Whatever the save accepts, the reader opens.
    std::fs::remove_file(&path).expect("removed");
    let limit = least_limit(&map);
    io::save_limited(&path, &map, limit).expect("fits");
    io::load_limited(&path, limit).expect("opens again");
}

#[test]
fn a_save_refuses_one_snapshot_larger_than_a_map_may_be() {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("shrunk.ron");
    let mut map = generated(400);
    map.snapshots
        .push(Snapshot::of(&map, SnapshotId(3), "Before the cut", day()));
    // The map shrank after the snapshot: the file is small, the snapshot is not.
    map.journeys.truncate(0);
    let size = to_ron(&map).len() as u64;
    let (largest, _) = unpacked_sizes(&map);
    assert!(largest > size);
    let error = io::save_limited(&path, &map, size).expect_err("refused");
    assert!(!path.exists(), "nothing written");
    let message = error.to_string();
    assert!(
        message.contains("shrunk.ron")
            && message.contains("one of its snapshots would unpack")
            && message.contains("File > Snapshots…"),
        "{message}"
    );
    std::fs::write(&path, to_ron(&map)).expect("written by hand");
    let refused = io::load_limited(&path, size).expect_err("the reader agrees");
    let message = refused.to_string();
    assert!(
        message.contains("snapshot 3, \"Before the cut\""),
        "named by id and name: {message}"
    );
}

/// A map with one large photo and a snapshot of `copies` personas all
/// showing it: small on disk, `copies` photos in memory.
fn one_photo_many_references(copies: u64) -> Map {
    let mut map = Map {
        title: "Photos".into(),
        ..Map::default()
    };
    let photo = Photo {
        bytes: (0..200_000u32).map(|i| (i * 7919 % 251) as u8).collect(),
    };
    let mut content = map.clone();
    for n in 1..=copies {
        let mut persona = Persona::new(PersonaId(n), &format!("Copy {n}"));
        persona.photo = Some(photo.clone());
        content.personas.push(persona);
    }
    let mut live = Persona::new(PersonaId(1), "Live");
    live.photo = Some(photo);
    map.personas.push(live);
    map.snapshots.push(Snapshot::new(
        SnapshotId(7),
        "Hostile",
        day(),
        std::sync::Arc::new(content),
    ));
    map
}

#[test]
fn photos_a_snapshot_refers_to_count_against_the_limit_and_refuse_the_file() {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("photos.ron");
    let map = one_photo_many_references(40);
    let text = to_ron(&map);
    let limit = 1 << 20;
    assert!((text.len() as u64) < limit, "{} bytes", text.len());
    // 40 × 200 KB resolved is 8 MB, more than 4 × 1 MiB.
    std::fs::write(&path, &text).expect("written by hand");
    let refused = io::load_limited(&path, limit).expect_err("refused");
    assert!(
        matches!(
            &refused.kind,
            LoadErrorKind::Snapshot {
                id: 7,
                fault: PackFault::TotalTooLarge { .. },
                ..
            }
        ),
        "{refused:?}"
    );
    assert!(refused.to_string().contains("photos.ron"), "{refused}");
    // The save never writes it.
    std::fs::remove_file(&path).expect("removed");
    let error = io::save_limited(&path, &map, limit).expect_err("refused");
    assert!(!path.exists());
    assert!(error.to_string().contains("photos they show"), "{error}");
    // A few references are fine.
    let few = one_photo_many_references(3);
    io::save_limited(&path, &few, limit).expect("fits");
    let opened = io::load_limited(&path, limit).expect("opens");
    assert_eq!(opened.map.snapshots[0].map.personas.len(), 3);
}

#[test]
fn the_size_message_counts_one_snapshot_in_the_singular() {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("one.ron");
    let mut map = generated(200);
    map.snapshots
        .push(Snapshot::of(&map, SnapshotId(1), "Only", day()));
    let alone = to_ron(&content_of(&map)).len() as u64;
    let error = io::save_limited(&path, &map, alone + 10).expect_err("too large");
    let message = error.to_string();
    assert!(message.contains("its 1 snapshot takes"), "{message}");
    let dutch = in_dutch(|| error.to_string());
    assert!(dutch.contains("de ene momentopname neemt"), "{dutch}");
}

/// Saves `base` and two copies of it that each took `count` snapshots of
/// it, as base.ron, ours.ron and theirs.ron in `dir`; ours is returned.
fn sides(dir: &std::path::Path, base: &Map, count: u64) -> Map {
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    for n in 1..=count {
        let of = |id, side| Snapshot::of(base, SnapshotId(id), &format!("{side} {n}"), day());
        ours.snapshots.push(of(n, "Ours"));
        theirs.snapshots.push(of(100 + n, "Theirs"));
    }
    common::save_three(dir, base, &ours, &theirs);
    ours
}

#[test]
fn the_merge_driver_writes_nothing_the_reader_would_refuse() {
    let dir = tempfile::tempdir().expect("a folder");
    let ours = sides(dir.path(), &generated(300), 15);
    let [base, mine, theirs, out] =
        ["base.ron", "ours.ron", "theirs.ron", "out.ron"].map(|name| dir.path().join(name));
    // Each side alone opens under this limit; their 30 snapshots together do not.
    let size = to_ron(&ours).len() as u64;
    let code = klantreis::cli::merge_limited(&base, &mine, &theirs, Some(&out), size);
    assert_eq!(code, 2, "refused");
    assert!(!out.exists(), "nothing written");
}

#[test]
fn a_merge_keeping_more_than_thirty_snapshots_says_so_and_loses_none() {
    let dir = tempfile::tempdir().expect("a folder");
    sides(dir.path(), &generated(20), 16);
    let out = common::merge_three(dir.path(), &[]);
    assert!(out.status.success(), "{out:?}");
    let said = common::stdout(&out);
    assert!(
        said.contains("keeps 32 snapshots, more than the 30") && said.contains("File > Snapshots…"),
        "{said}"
    );
    let merged = io::load(&dir.path().join("out.ron")).expect("opens");
    assert_eq!(merged.map.snapshots.len(), 32);
    let dutch = common::merge_three(dir.path(), &["--lang", "nl"]);
    assert!(
        common::stdout(&dutch).contains("bewaart 32 momentopnamen"),
        "{dutch:?}"
    );
}

#[test]
fn klantreis_snapshot_speaks_dutch_and_warns_of_a_missing_photo() {
    let dir = tempfile::tempdir().expect("a folder");
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/clothing.ron");
    std::fs::copy(&example, dir.path().join("clothing.ron")).expect("copied");
    let out = common::klantreis(&["snapshot", "clothing.ron", "--lang", "nl"], dir.path());
    assert!(out.status.success(), "{out:?}");
    let listed = common::stdout(&out);
    for words in [
        "momentopname 1 \"Workshop 12 March\" van 2027-03-12",
        "29 stappen",
        "bytes in het bestand",
    ] {
        assert!(listed.contains(words), "{listed}");
    }
    let unknown = common::klantreis(
        &[
            "snapshot",
            "clothing.ron",
            "--show",
            "Later",
            "--lang",
            "nl",
        ],
        dir.path(),
    );
    assert_eq!(unknown.status.code(), Some(1));
    assert!(
        common::stdout(&unknown).contains(
            "er is geen momentopname \"Later\"; de momentopnamen zijn \"Workshop 12 March\""
        ),
        "{unknown:?}"
    );

    // A snapshot whose photo the file does not hold: shown, with a warning.
    let mut map = generated_map(MapSize {
        steps: 10,
        journeys: 1,
        personas: 2,
        content: 1,
        text_len: 8,
        photo_bytes: 500,
    });
    map.snapshots
        .push(Snapshot::of(&map, SnapshotId(4), "Workshop", day()));
    let who = map.personas[1].name.clone();
    map.personas[1].photo = None;
    let file = to_ron(&map);
    let start = file.find("    snapshot_photos: {").expect("the table");
    std::fs::write(dir.path().join("cut.ron"), format!("{})\n", &file[..start])).expect("written");
    let shown = common::klantreis(
        &["snapshot", "cut.ron", "--show", "Workshop", "--lang", "en"],
        dir.path(),
    );
    assert!(shown.status.success(), "{shown:?}");
    let warned = String::from_utf8_lossy(&shown.stderr);
    assert!(
        warned.contains("cut.ron")
            && warned.contains("snapshot 4, \"Workshop\"")
            && warned.contains(&format!("the photo of {who} is not in the file")),
        "{warned}"
    );
    assert!(
        common::stdout(&shown).starts_with('('),
        "the map itself on standard output"
    );
}

#[test]
fn the_editor_tells_of_a_recovery_copy_it_cannot_read_and_keeps_it() {
    let dir = tempfile::tempdir().expect("a folder");
    let recovery = dir.path().join("recovery");
    std::fs::create_dir(&recovery).expect("folder");
    let copy = recovery.join("ended.ron");
    std::fs::write(&copy, "(format: \"klantreis-recovery\", damaged").expect("written");
    let mut app = klantreis::ui::KlantreisApp::new(repetitive(), None);
    app.enable_safety(
        &recovery,
        klantreis::io::autosave::AutosaveTiming::default(),
    );
    let notice = app.notice.as_ref().expect("the user is told");
    assert!(notice.is_error);
    assert!(
        notice.text.contains("ended.ron") && notice.text.contains("never deleted"),
        "{}",
        notice.text
    );
    // Opening a map replaces the notice, so the recovery window lists it too.
    assert_eq!(app.dialog, Some(klantreis::ui::shell::Dialog::Recover));
    let mut harness = common::harness_with(app);
    harness.state_mut().notice = None;
    harness.run_steps(2);
    harness.get_by_label_contains("ended.ron");
    harness.get_by_label("Decide later").click();
    harness.run_steps(2);
    assert_eq!(harness.state().dialog, None);
    assert!(copy.exists(), "the copy is kept");
}
