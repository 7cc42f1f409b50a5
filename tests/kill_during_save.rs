//! A process killed at any moment during a save leaves either the old file or
//! the new one, complete: a child process saves two large maps in turn, and is
//! killed (SIGKILL) at random moments, many times.
//!
//! This test has its own `main`: run with `KLANTREIS_SAVE_FOREVER=PATH` it is
//! the child that saves; without it, it is the test that kills the child.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use klantreis::io;
use klantreis::model::Map;
use klantreis::model::generate::{MapSize, generated_map};

const ROUNDS: usize = 40;

fn maps() -> (Map, Map) {
    let old = generated_map(MapSize {
        steps: 2_000,
        content: 300,
        ..MapSize::LARGE
    });
    let mut new = old.clone();
    new.title = "The new version".to_owned();
    for step in new.journeys.iter_mut().flat_map(|j| j.steps.iter_mut()) {
        step.notes = "Edited after the workshop: Daniëlle's remarks added.".to_owned();
    }
    (old, new)
}

fn save_forever(path: &Path) -> ! {
    let (old, new) = maps();
    let mut ready = false;
    loop {
        for map in [&new, &old] {
            io::save(path, map).expect("save");
            if !ready {
                println!("ready");
                ready = true;
            }
        }
    }
}

fn main() {
    if let Some(path) = std::env::var_os("KLANTREIS_SAVE_FOREVER") {
        save_forever(Path::new(&path));
    }
    let (old, new) = maps();
    let dir = tempfile::tempdir().expect("temporary folder");
    // Every other round saves through a symbolic link beside the real
    // folder; the map is private (mode 600), and so must its backup be.
    let folder = dir.path().join("maps");
    std::fs::create_dir(&folder).expect("folder");
    let real = folder.join("workshop.ron");
    let link = dir.path().join("link.ron");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&real, &link).expect("link");
    let mut seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64);
    let mut saw = [0usize; 2];
    for round in 0..ROUNDS {
        let path = if cfg!(unix) && round % 2 == 1 {
            link.clone()
        } else {
            real.clone()
        };
        io::save(&path, &old).expect("initial save");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        }
        let mut child = Command::new(std::env::current_exe().expect("test binary"))
            .env("KLANTREIS_SAVE_FOREVER", &path)
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the saving child");
        // Wait until the child has saved once, then kill it at a random moment.
        let mut line = String::new();
        let stdout = child.stdout.take().expect("stdout");
        std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut line)
            .expect("child says ready");
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let delay = Duration::from_micros((seed >> 33) % 400_000);
        std::thread::sleep(delay);
        child.kill().expect("kill");
        child.wait().expect("reap");

        let loaded = io::load(&path)
            .unwrap_or_else(|e| panic!("round {round}, killed after {delay:?}: {e}"));
        if loaded.map == old {
            saw[0] += 1;
        } else if loaded.map == new {
            saw[1] += 1;
        } else {
            panic!(
                "round {round}, killed after {delay:?}: the file is neither the old nor the new map"
            );
        }
        let backup = io::load(&io::backup_path(&path)).expect("the backup loads");
        assert!(
            backup.map == old || backup.map == new,
            "round {round}: bad backup"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).expect("mode").permissions().mode() & 0o777;
            assert!(
                std::fs::symlink_metadata(&link)
                    .expect("link")
                    .file_type()
                    .is_symlink(),
                "round {round}: the link is still a link"
            );
            assert_eq!(mode(&real), 0o600, "round {round}: the map's mode");
            assert_eq!(
                mode(&io::backup_path(&real)),
                0o600,
                "round {round}: the backup's mode"
            );
        }
        // A kill in the middle of a rename may leave a temporary file; the
        // next save cleans it up.
        io::save(&path, &loaded.map).expect("save after the kill");
        let names: Vec<_> = std::fs::read_dir(&folder)
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            names
                .iter()
                .all(|n| n == "workshop.ron" || n == "workshop.ron.bak"),
            "round {round}: leftover files {names:?}"
        );
    }
    println!(
        "kill_during_save: {ROUNDS} kills; the file held the old map {} times and the new map {} times; it always loaded.",
        saw[0], saw[1]
    );
}
