//! Snapshots in the file: what they cost the autosave (the text written every
//! few seconds), saving and opening, on the generated 10,000-step map with 1
//! and 10 snapshots (each a slightly different copy), and the file sizes with
//! 0, 1, 10 and 30 snapshots (and with 50 persona photos), printed before
//! the timings.
//!
//! Run: `cargo bench --bench snapshots`.

use std::sync::LazyLock;

use chrono::NaiveDate;
use divan::Bencher;
use klantreis::io;
use klantreis::model::generate::{MapSize, generated_map};
use klantreis::model::{Map, Snapshot, SnapshotId};

fn main() {
    for count in [0, 1, 10, 30] {
        let map = with_snapshots(count);
        let started = std::time::Instant::now();
        let text = io::to_ron(&map);
        let first = started.elapsed();
        let started = std::time::Instant::now();
        let again = io::to_ron(&map);
        let second = started.elapsed();
        assert_eq!(text, again, "the same map gives the same text");
        let started = std::time::Instant::now();
        let back = io::from_ron(&text).expect("reads back");
        let read = started.elapsed();
        assert_eq!(back.snapshots.len(), count);
        println!(
            "10,000-step map, {count:>2} snapshots: {:>11} bytes; text first {first:.2?}, \
             again {second:.2?}; read {read:.2?}",
            text.len()
        );
    }
    // With a 120 KB photo for each of the 50 personas: the photos are stored
    // once, by the map, however many snapshots show them.
    let mut photos = generated_map(MapSize {
        photo_bytes: 120_000,
        ..MapSize::LARGE
    });
    let alone = io::to_ron(&photos).len();
    let day = NaiveDate::from_ymd_opt(2027, 3, 12).expect("a date");
    for n in 0..10 {
        photos.title = format!("Iteration {n}");
        let snapshot = Snapshot::of(&photos, SnapshotId(n + 1), &photos.title, day);
        photos.snapshots.push(snapshot);
    }
    println!(
        "10,000-step map with 50 photos: {alone} bytes; with 10 snapshots {} bytes",
        io::to_ron(&photos).len()
    );
    divan::main();
}

/// The large map with `count` snapshots, each taken after a small change.
fn with_snapshots(count: usize) -> Map {
    let mut map = generated_map(MapSize::LARGE);
    let day = NaiveDate::from_ymd_opt(2027, 3, 12).expect("a date");
    for n in 0..count {
        map.title = format!("Iteration {n}");
        let snapshot = Snapshot::of(&map, SnapshotId(n as u64 + 1), &map.title, day);
        map.snapshots.push(snapshot);
    }
    map
}

static MAPS: LazyLock<[Map; 2]> = LazyLock::new(|| [with_snapshots(1), with_snapshots(10)]);

const COUNTS: [usize; 2] = [1, 10];

fn map_with(count: usize) -> &'static Map {
    &MAPS[usize::from(count != 1)]
}

/// The text the autosave writes every few seconds (and a save writes).
#[divan::bench(args = COUNTS, sample_count = 10, sample_size = 1)]
fn autosave_text(bencher: Bencher, count: usize) {
    let map = map_with(count);
    bencher.bench(|| io::to_ron(map));
}

/// Reading the file's text back into the map, snapshots included.
#[divan::bench(args = COUNTS, sample_count = 10, sample_size = 1)]
fn read_text(bencher: Bencher, count: usize) {
    let text = io::to_ron(map_with(count));
    bencher.bench(|| io::from_ron(&text).expect("reads"));
}
