//! The editor window. The [`shell`] runs the frame loop, the command list,
//! menus, dialogs and the document's lifecycle; each feature folder —
//! [`journey`], [`calendar`], [`personas`], [`workshop`] — holds its state and
//! its `*_ui` functions, reads the map and raises edits. A feature imports the
//! shell's lower layer and the engine, never another feature.

pub mod calendar;
pub mod evidence;
pub mod iterate;
pub mod journey;
pub mod measure;
pub mod merge;
pub mod personas;
pub mod room;
pub mod shell;
pub mod workshop;

pub use shell::KlantreisApp;
/// Opens the editor window on `file`, or on the example map; in workshop
/// mode (full screen, for a projector) when `workshop` is set.
pub fn run(file: Option<std::path::PathBuf>, workshop: bool) -> eframe::Result {
    run_inviting(file, workshop, None)
}

/// Like [`run`]; with `invite` set, in workshop mode with invitations for
/// the room open on that address (or the local-network address and a free
/// port when it is `None` inside).
pub fn run_inviting(
    file: Option<std::path::PathBuf>,
    workshop: bool,
    invite: Option<Option<std::net::SocketAddr>>,
) -> eframe::Result {
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
            let app = match invite {
                Some(addr) => app.inviting(addr),
                None if workshop => app.in_workshop(),
                None => app,
            };
            Ok(Box::new(app))
        }),
    )
}
