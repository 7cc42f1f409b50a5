//! A running editor is killed (SIGKILL) after a burst of edits; the next start
//! finds the recovery copy with every edit made before the last autosave.
//! Also measures how long after the last edit a kill still loses nothing.
//!
//! This test has its own `main`: with `KLANTREIS_EDIT_THEN_WAIT=MAP` set it is
//! the child, a headless editor that edits the map and runs frames until
//! killed; without it, it is the test that kills the child.

use std::io::BufRead;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use klantreis::edit::{Edit, MapText};
use klantreis::i18n::Language;
use klantreis::io::autosave::AutosaveTiming;
use klantreis::io::{self, recovery};
use klantreis::model::PhaseTemplate;
use klantreis::ui::KlantreisApp;

const EDITS: usize = 25;

fn frame(ctx: &egui::Context, app: &mut KlantreisApp) {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1400.0, 900.0),
        )),
        ..Default::default()
    };
    let mut output = ctx.run_ui(input, |ui| app.frame_ui(ui));
    output.textures_delta.clear();
}

/// The child: opens the map, edits it, says so, and runs frames until killed.
fn edit_then_wait(map: &Path, recovery: &Path) -> ! {
    let ctx = egui::Context::default();
    let mut app = KlantreisApp::new(PhaseTemplate::FivePhase.new_map(Language::En), None);
    app.enable_safety(recovery, AutosaveTiming::default());
    app.open_path(map);
    app.wait_for_io().expect("open");
    for i in 0..EDITS {
        app.apply(Edit::SetMapText(MapText::Goal, format!("edit {i}")));
        frame(&ctx, &mut app);
    }
    println!("edited");
    loop {
        frame(&ctx, &mut app);
        std::thread::sleep(Duration::from_millis(16));
    }
}

/// Starts the child, kills it `delay` after its last edit, and returns what a restart recovers.
fn kill_after(dir: &Path, delay: Duration) -> Option<String> {
    let map = dir.join("workshop.ron");
    let recovery_dir = dir.join("recovery");
    let _ = std::fs::remove_dir_all(&recovery_dir);
    io::save(&map, &PhaseTemplate::FivePhase.new_map(Language::Nl)).expect("save");
    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .env("KLANTREIS_EDIT_THEN_WAIT", &map)
        .env("KLANTREIS_RECOVERY_DIR", &recovery_dir)
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the editor");
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("edited");
    let edited = Instant::now();
    std::thread::sleep(delay.saturating_sub(edited.elapsed()));
    child.kill().expect("kill -9");
    child.wait().expect("reap");
    let found = recovery::find(&recovery_dir);
    assert!(found.len() <= 1, "one copy per session");
    found.first().map(|r| {
        assert_eq!(r.original.as_deref(), Some(map.as_path()));
        r.map.goal.clone()
    })
}

fn main() {
    if let (Some(map), Some(recovery)) = (
        std::env::var_os("KLANTREIS_EDIT_THEN_WAIT"),
        std::env::var_os("KLANTREIS_RECOVERY_DIR"),
    ) {
        edit_then_wait(Path::new(&map), Path::new(&recovery));
    }
    let dir = tempfile::tempdir().expect("dir");
    let last = format!("edit {}", EDITS - 1);

    // The guarantee: a kill 1.5 s after the last edit loses nothing, every time.
    for round in 0..3 {
        let recovered = kill_after(dir.path(), Duration::from_millis(1_500));
        assert_eq!(recovered.as_deref(), Some(last.as_str()), "round {round}");
    }

    // The measurement: the shortest delay after which every edit is recovered.
    let mut report = Vec::new();
    for millis in [200, 600, 900, 1_000, 1_050, 1_100, 1_200, 1_300] {
        let recovered = kill_after(dir.path(), Duration::from_millis(millis));
        let complete = recovered.as_deref() == Some(last.as_str());
        report.push(format!(
            "{millis} ms: {}",
            if complete {
                "all edits recovered"
            } else {
                "last edits lost"
            }
        ));
    }
    println!(
        "recovery_after_kill: killed 1.5 s after the last edit, 3 of 3 runs recovered every edit."
    );
    println!(
        "recovery_after_kill: kill delay after the last edit → {}",
        report.join("; ")
    );
}
