//! Load and save of a generated large map: 10,000 steps over 5 journeys,
//! 50 personas, 2,000 content items (the document issue's target: each under
//! 150 ms in release mode), the same map read by `serde_json` for comparison,
//! and the map doubled (steps, string lengths) to show cost grows linearly.
//!
//! Run: `cargo bench --bench load_save`.

use std::path::PathBuf;
use std::sync::LazyLock;

use divan::Bencher;
use klantreis::io;
use klantreis::model::generate::{MapSize, generated_map};

fn main() {
    for scale in [1, 2] {
        let text = io::to_ron(&generated_map(size(scale)));
        println!("map ×{scale}: RON file of {} KiB", text.len() / 1024);
    }
    divan::main();
}

/// The large map, ×1 or ×2 in steps, journeys' lengths and text lengths.
fn size(scale: usize) -> MapSize {
    MapSize {
        steps: MapSize::LARGE.steps * scale,
        content: MapSize::LARGE.content * scale,
        text_len: MapSize::LARGE.text_len * scale,
        ..MapSize::LARGE
    }
}

struct Fixture {
    dir: tempfile::TempDir,
    path: PathBuf,
    map: klantreis::model::Map,
    json: String,
}

fn fixture(scale: usize) -> Fixture {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("large.ron");
    let map = generated_map(size(scale));
    io::save(&path, &map).expect("save");
    let json = serde_json::to_string(&map).expect("json");
    Fixture {
        dir,
        path,
        map,
        json,
    }
}

static FIXTURES: LazyLock<[Fixture; 2]> = LazyLock::new(|| [fixture(1), fixture(2)]);

/// The large map with a photo for each of its 50 personas: 120 KB each, as
/// much as a real 256-pixel photograph takes as PNG.
static WITH_PHOTOS: LazyLock<Fixture> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("photos.ron");
    let map = generated_map(MapSize {
        photo_bytes: 120_000,
        ..MapSize::LARGE
    });
    io::save(&path, &map).expect("save");
    println!(
        "map with 50 photos: RON file of {} KiB",
        std::fs::metadata(&path).expect("size").len() / 1024
    );
    Fixture {
        dir,
        path,
        map,
        json: String::new(),
    }
});

/// Opening the large map with 50 persona photos.
#[divan::bench(sample_count = 20)]
fn load_with_photos(bencher: Bencher) {
    let f = &*WITH_PHOTOS;
    bencher.bench(|| io::load(&f.path).expect("load"));
}

/// Saving the large map with 50 persona photos.
#[divan::bench(sample_count = 20)]
fn save_with_photos(bencher: Bencher) {
    let f = &*WITH_PHOTOS;
    let _ = &f.dir;
    bencher.bench(|| io::save(&f.path, &f.map).expect("save"));
}

const SCALES: [usize; 2] = [1, 2];

/// Opening the file: read, parse, validate.
#[divan::bench(args = SCALES, sample_count = 20)]
fn load(bencher: Bencher, scale: usize) {
    let f = &FIXTURES[scale - 1];
    bencher.bench(|| io::load(&f.path).expect("load"));
}

/// Saving: serialise, write atomically with the backup, sync.
#[divan::bench(args = SCALES, sample_count = 20)]
fn save(bencher: Bencher, scale: usize) {
    let f = &FIXTURES[scale - 1];
    let _ = &f.dir;
    bencher.bench(|| io::save(&f.path, &f.map).expect("save"));
}

/// Only the RON parse and conversion, no disk.
#[divan::bench(args = SCALES, sample_count = 20)]
fn parse_ron(bencher: Bencher, scale: usize) {
    let text = std::fs::read_to_string(&FIXTURES[scale - 1].path).expect("read");
    bencher.bench(|| io::from_ron(&text).expect("parse"));
}

/// `serde_json` reading the same model, for comparison with `parse_ron`.
#[divan::bench(args = SCALES, sample_count = 20)]
fn parse_json(bencher: Bencher, scale: usize) {
    let json = &FIXTURES[scale - 1].json;
    bencher.bench(|| serde_json::from_str::<klantreis::model::Map>(json).expect("json"));
}

/// The editor on the large map, for the UI-thread costs of saving and opening.
fn editor_on_large_map() -> klantreis::ui::KlantreisApp {
    let f = &FIXTURES[0];
    let mut app = klantreis::ui::KlantreisApp::new(f.map.clone(), None);
    app.native_dialogs = false;
    app
}

/// What starting a save of the 10,000-step map costs the UI thread: the
/// snapshot and the hand-off to the worker (writing happens there, untimed).
#[divan::bench(sample_count = 30, sample_size = 1)]
fn start_save_10000_steps(bencher: Bencher) {
    let f = &FIXTURES[0];
    let app = std::cell::RefCell::new(editor_on_large_map());
    let path = f.dir.path().join("saved-from-the-editor.ron");
    bencher
        .with_inputs(|| {
            let _ = app.borrow_mut().wait_for_io();
        })
        .bench_local_values(|()| app.borrow_mut().save_to(&path));
    let _ = app.borrow_mut().wait_for_io();
}

/// What starting an open of the 10,000-step map costs the UI thread (the
/// reading and parsing happen on the worker, untimed).
#[divan::bench(sample_count = 30, sample_size = 1)]
fn start_open_10000_steps(bencher: Bencher) {
    let f = &FIXTURES[0];
    let app = std::cell::RefCell::new(editor_on_large_map());
    bencher
        .with_inputs(|| {
            let _ = app.borrow_mut().wait_for_io();
        })
        .bench_local_values(|()| app.borrow_mut().open_path(&f.path));
    let _ = app.borrow_mut().wait_for_io();
}

/// The frame in which the opened 10,000-step map takes the place of the one
/// that was open (the worker has read it by then), drawing included.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn frame_that_swaps_in_an_opened_10000_step_map(bencher: Bencher) {
    let f = &FIXTURES[0];
    let ctx = egui::Context::default();
    let app = std::cell::RefCell::new(editor_on_large_map());
    let frame = |app: &mut klantreis::ui::KlantreisApp| {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1600.0, 1000.0),
            )),
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| app.frame_ui(ui));
        output.textures_delta.clear();
    };
    frame(&mut app.borrow_mut());
    bencher
        .with_inputs(|| {
            let mut app = app.borrow_mut();
            frame(&mut app);
            app.open_path(&f.path);
            // Long enough for the worker to read the map in a release build.
            std::thread::sleep(std::time::Duration::from_millis(400));
        })
        .bench_local_values(|()| frame(&mut app.borrow_mut()));
}
