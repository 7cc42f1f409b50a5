//! What the frame benchmarks share: a 1600 × 1000 window, and timing one
//! whole frame of the app (layout and tessellation) after warming up.

use divan::Bencher;
use egui::{Pos2, RawInput, Rect, vec2};
use klantreis::ui::KlantreisApp;

/// The input of a frame in a 1600 × 1000 window.
pub fn input() -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1600.0, 1000.0))),
        ..RawInput::default()
    }
}

/// Runs three frames, lets `settle` adjust the app, then times one frame.
pub fn bench_frames(
    bencher: Bencher,
    mut app: KlantreisApp,
    settle: impl FnOnce(&mut KlantreisApp),
) {
    let ctx = egui::Context::default();
    for _ in 0..3 {
        let mut output = ctx.run_ui(input(), |ui| app.frame_ui(ui));
        output.textures_delta.clear();
    }
    settle(&mut app);
    bencher.bench_local(|| {
        let mut output = ctx.run_ui(input(), |ui| app.frame_ui(ui));
        let meshes = ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point);
        output.textures_delta.clear();
        meshes
    });
}
