//! One full egui frame of the editor, headless (layout and tessellation), for
//! a 200-step map and a 10,000-step map seen through the same viewport, beside
//! egui's own realistic demo frame (`egui_demo_lib`) for scale.
//!
//! The 10,000-step map is 50 times as long in time, with the same density of
//! steps, so the same viewport shows about as many steps: what the large map
//! costs on top is what off-screen steps and lanes cost.
//!
//! Workshop mode (full screen, zoomed to one phase) is measured on both maps too.
//!
//! And where users look: the 10,000- and the 100,000-step map as they open,
//! fitted to the window (every journey drawn as a band, see
//! `scene::detail`), and zoomed in to a readable zoom, about 40 steps of
//! each journey across the canvas (target: each under 8.3 ms, a 120 Hz frame).
//!
//! Run: `cargo bench --bench frame`.

mod common;

use divan::Bencher;
use klantreis::model::Map;
use klantreis::model::generate::{MapSize, generated_map};
use klantreis::scene::View;
use klantreis::ui::KlantreisApp;

fn main() {
    divan::main();
}

/// A map of `steps` steps over 5 journeys, its time axis stretched so that
/// every 200 steps take one standard map length.
fn map(steps: usize) -> Map {
    let mut map = generated_map(MapSize {
        steps,
        journeys: 5,
        personas: 5,
        content: 0,
        ..MapSize::LARGE
    });
    let stretch = (steps as f64 / 200.0).max(1.0);
    for phase in &mut map.phases {
        phase.width *= stretch;
    }
    map
}

fn bench_map(bencher: Bencher, steps: usize) {
    // After warming up, the viewport is fixed: the 200-step map's fitted view.
    common::bench_frames(bencher, KlantreisApp::new(map(steps), None), |app| {
        app.state.journey.view = View {
            zoom: 20.0,
            left_time: 0.0,
        };
        app.state.journey.fitted = None;
    });
}

/// The editor with a 200-step map.
#[divan::bench(sample_count = 50)]
fn editor_200_steps(bencher: Bencher) {
    bench_map(bencher, 200);
}

/// The editor with a 10,000-step map, same viewport.
#[divan::bench(sample_count = 50)]
fn editor_10000_steps(bencher: Bencher) {
    bench_map(bencher, 10_000);
}

/// Workshop mode on the 200-step and the 10,000-step map, walked to the
/// third phase: the view fits that phase, so on the large map it shows a
/// fifth of all steps at once, and the focused step's card is drawn large.
fn bench_workshop(bencher: Bencher, steps: usize) {
    let app = KlantreisApp::new(map(steps), None).in_workshop();
    common::bench_frames(bencher, app, |app| {
        for _ in 0..2 {
            klantreis::ui::workshop::walk_phase(&app.doc.map, &mut app.state, 1);
        }
    });
}

/// Workshop mode, 200 steps.
#[divan::bench(sample_count = 50)]
fn workshop_200_steps(bencher: Bencher) {
    bench_workshop(bencher, 200);
}

/// Workshop mode, 10,000 steps.
#[divan::bench(sample_count = 30)]
fn workshop_10000_steps(bencher: Bencher) {
    bench_workshop(bencher, 10_000);
}

/// egui's realistic demo frame, for comparison.
#[divan::bench(sample_count = 50)]
fn egui_demo(bencher: Bencher) {
    let ctx = egui::Context::default();
    let mut demo = egui_demo_lib::DemoWindows::default();
    bencher.bench_local(|| {
        let mut output = ctx.run_ui(common::input(), |ui| demo.ui(ui));
        let meshes = ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point);
        output.textures_delta.clear();
        meshes
    });
}

/// What autosave costs the UI thread: cloning the 10,000-step map for the
/// worker (the writing itself happens on the worker's thread).
#[divan::bench(sample_count = 30)]
fn autosave_snapshot_10000_steps(bencher: Bencher) {
    let map = generated_map(MapSize::LARGE);
    bencher.bench_local(|| map.clone());
}

/// A map of `steps` steps over 5 journeys, 50 personas and 2,000 content
/// items, as generated (not stretched): the whole map in one window is
/// thousands of steps per journey.
fn unstretched(steps: usize) -> Map {
    generated_map(MapSize {
        steps,
        ..MapSize::LARGE
    })
}

/// The editor with the map fitted to the window, as it opens.
fn bench_fitted(bencher: Bencher, steps: usize) {
    common::bench_frames(bencher, KlantreisApp::new(unstretched(steps), None), |_| {});
}

/// The editor zoomed in on the middle of the map, so that about 40 steps
/// of each journey are across the canvas: each drawn, with titles.
fn bench_readable(bencher: Bencher, steps: usize) {
    common::bench_frames(
        bencher,
        KlantreisApp::new(unstretched(steps), None),
        |app| {
            let per_journey = (steps / 5) as f32;
            let fitted = app.state.journey.view;
            app.state.journey.view = View {
                zoom: fitted.zoom * per_journey / 40.0,
                left_time: app.doc.map.total_width() / 2.0,
            };
            app.state.journey.fitted = None;
        },
    );
}

/// The 10,000-step map fitted to the window.
#[divan::bench(sample_count = 30)]
fn editor_10000_steps_fitted(bencher: Bencher) {
    bench_fitted(bencher, 10_000);
}

/// The 10,000-step map at a readable zoom.
#[divan::bench(sample_count = 30)]
fn editor_10000_steps_readable(bencher: Bencher) {
    bench_readable(bencher, 10_000);
}

/// The 100,000-step map fitted to the window.
#[divan::bench(sample_count = 20)]
fn editor_100000_steps_fitted(bencher: Bencher) {
    bench_fitted(bencher, 100_000);
}

/// The 100,000-step map at a readable zoom.
#[divan::bench(sample_count = 20)]
fn editor_100000_steps_readable(bencher: Bencher) {
    bench_readable(bencher, 100_000);
}

/// What the first frame after an edit adds: sorting and summing the
/// 100,000-step map's steps again (`scene::Index`, kept between frames
/// until the map changes).
#[divan::bench(sample_count = 20)]
fn index_100000_steps(bencher: Bencher) {
    let map = unstretched(100_000);
    bencher.bench_local(|| klantreis::scene::Index::of(&map));
}

/// The same after an edit that moved one step (a drag's frame): the steps
/// are sorted from the order they had, nearly in order already.
#[divan::bench(sample_count = 20)]
fn index_100000_steps_after_an_edit(bencher: Bencher) {
    let mut map = unstretched(100_000);
    let before = klantreis::scene::Index::of(&map);
    map.journeys[0].steps[500].at = 0.5;
    bencher.bench_local(|| klantreis::scene::Index::after(&map, Some(&before)));
}
