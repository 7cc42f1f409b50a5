//! `klantreis snapshot MAP`: lists the snapshots a map keeps, with their
//! size in the file; `--show NAME` writes one snapshot's content as a map
//! file of its own (readable RON, which Klantreis opens), to standard output
//! or to `--out FILE`. In the map file a snapshot is packed; this is how to
//! read one by hand.

use std::io::Write;
use std::path::PathBuf;

use super::{EXIT_OK, EXIT_PROBLEM, say};
use crate::i18n::fill;
use crate::io;
use crate::model::{Map, Snapshot};

/// What `klantreis snapshot` is asked to do (its command-line arguments).
#[derive(Clone, Debug, clap::Args)]
pub struct SnapshotRequest {
    /// The map file.
    pub map: PathBuf,
    /// The snapshot to show, by name (or id): its content is written as a map file.
    #[arg(long, value_name = "NAME")]
    pub show: Option<String>,
    /// Write the shown snapshot to this new file instead of standard output.
    #[arg(long, value_name = "FILE.ron", requires = "show")]
    pub out: Option<PathBuf>,
    /// The language of the messages: en or nl. Default: the system's.
    #[arg(long, value_name = "en|nl", value_parser = ["en", "nl"])]
    pub lang: Option<String>,
}

/// Runs `klantreis snapshot`.
pub fn snapshot(request: &SnapshotRequest) -> i32 {
    crate::i18n::set_language(super::language(request.lang.as_deref()));
    let t = crate::i18n::files::t();
    let path = &request.map;
    let map = match io::load(path) {
        Ok(loaded) => loaded.map,
        Err(e) => {
            say(&e.to_string(), &[path]);
            return EXIT_PROBLEM;
        }
    };
    let Some(wanted) = &request.show else {
        list(&map, path);
        return EXIT_OK;
    };
    let Some(found) = find(&map, wanted) else {
        let names: Vec<String> = map
            .snapshots
            .iter()
            .map(|s| format!("\"{}\"", s.name))
            .collect();
        let known = if names.is_empty() {
            t.snapshot_cli_none_kept.to_owned()
        } else {
            fill(t.snapshot_cli_kept, &[("names", &names.join(", "))])
        };
        say(
            &fill(
                t.snapshot_cli_not_found,
                &[
                    ("path", &path.display()),
                    ("wanted", wanted),
                    ("known", &known),
                ],
            ),
            &[path],
        );
        return EXIT_PROBLEM;
    };
    for persona in &found.missing_photos {
        // On standard error: standard output may be the shown map itself.
        eprintln!(
            "{}",
            super::printable(
                &fill(
                    t.snapshot_cli_missing_photo,
                    &[
                        ("path", &path.display()),
                        ("id", &found.id.0),
                        ("name", &found.name),
                        ("persona", persona),
                    ],
                ),
                &[path],
            )
        );
    }
    let text = io::to_ron(&found.map);
    match &request.out {
        None => {
            // A reader that stops early (`| head`) is not an error.
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            EXIT_OK
        }
        Some(out) => match write_new(out, &text) {
            Ok(()) => {
                say(
                    &fill(
                        t.snapshot_cli_written,
                        &[
                            ("path", &path.display()),
                            ("name", &found.name),
                            ("out", &out.display()),
                        ],
                    ),
                    &[path, out],
                );
                EXIT_OK
            }
            Err(e) => {
                say(
                    &fill(
                        t.snapshot_cli_write_failed,
                        &[("out", &out.display()), ("error", &e)],
                    ),
                    &[out],
                );
                EXIT_PROBLEM
            }
        },
    }
}

/// One line per snapshot: id, name, date, steps and its bytes in the file.
fn list(map: &Map, path: &std::path::Path) {
    let t = crate::i18n::files::t();
    if map.snapshots.is_empty() {
        say(
            &fill(t.snapshot_cli_no_snapshots, &[("path", &path.display())]),
            &[path],
        );
    }
    for snapshot in &map.snapshots {
        say(
            &crate::i18n::plural(
                snapshot.map.steps().count(),
                t.snapshot_cli_line_one,
                t.snapshot_cli_line,
                &[
                    ("path", &path.display()),
                    ("id", &snapshot.id.0),
                    ("name", &snapshot.name),
                    ("date", &snapshot.date.format("%Y-%m-%d")),
                    ("bytes", &snapshot.packed().text.len()),
                ],
            ),
            &[path],
        );
    }
}

/// The snapshot named `wanted`, else the one with that id.
fn find<'a>(map: &'a Map, wanted: &str) -> Option<&'a Snapshot> {
    map.snapshots.iter().find(|s| s.name == wanted).or_else(|| {
        let id: u64 = wanted.trim().parse().ok()?;
        map.snapshots.iter().find(|s| s.id.0 == id)
    })
}

fn write_new(out: &std::path::Path, text: &str) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(out)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}
