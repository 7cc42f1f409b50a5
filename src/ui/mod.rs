//! The editor window. UI modules read the map and raise edits; `app` applies them.

pub mod app;
pub mod calendar;
pub mod canvas;
pub mod commands;
pub mod content_editor;
pub mod content_table;
pub mod export_dialog;
pub mod help;
pub mod inspector;
pub mod lanes;
pub mod navigate;
pub mod personas;
pub mod theme;
pub mod workshop;

pub use app::KlantreisApp;

/// Opens the editor window on `file`, or on the example map; in workshop
/// mode (full screen, for a projector) when `workshop` is set.
pub fn run(file: Option<std::path::PathBuf>, workshop: bool) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Klantreis")
            .with_app_id("klantreis")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([900.0, 600.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Klantreis",
        options,
        Box::new(move |cc| {
            let app = KlantreisApp::from_creation(cc, file);
            Ok(Box::new(if workshop { app.in_workshop() } else { app }))
        }),
    )
}
