//! The commands for working on copies of a map together: `diff`, `merge`
//! (git's merge driver), `git-diff` (git's diff driver) and `git-setup`.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::edit::{self, diff::Group};
use crate::i18n::{self, Language, fill};
use crate::io;
use crate::model::Map;

/// Exit code: the maps are equal, or merged without conflicts.
pub const EXIT_SAME: i32 = 0;
/// Exit code: the maps differ, or conflicts remain.
pub const EXIT_DIFFERENT: i32 = 1;
/// Exit code: a file could not be read or written.
pub const EXIT_ERROR: i32 = 2;

/// The line `.gitattributes` gets.
pub const GIT_ATTRIBUTES_LINE: &str = "*.ron merge=klantreis diff=klantreis";

/// The language of a `--lang en|nl` argument, else the system's.
pub fn language(lang: Option<&str>) -> Language {
    match lang {
        Some("nl") => Language::Nl,
        Some(_) => Language::En,
        None => i18n::system_language(),
    }
}

/// `klantreis diff OLD NEW`: the changes in words, grouped by phase and
/// journey. Exit 0 when the maps are equal, 1 when they differ, 2 on an error.
pub fn diff(old: &Path, new: &Path) -> i32 {
    let maps = io::load(old).and_then(|a| io::load(new).map(|b| (a.map, b.map)));
    match maps {
        Err(e) => {
            println!("{e}");
            EXIT_ERROR
        }
        Ok((a, b)) if a == b => {
            println!("{}", i18n::diff::t().diff_same);
            EXIT_SAME
        }
        Ok((a, b)) => {
            print!("{}", changes_text(&a, &b));
            EXIT_DIFFERENT
        }
    }
}

/// `klantreis check` of a map with undecided merge conflicts: its problems
/// and each conflict, one line each, naming the file.
pub fn report_conflicts(path: &Path, loaded: &io::Loaded) {
    for problem in &loaded.problems {
        println!("{}: {problem}", path.display());
    }
    for conflict in &loaded.map.conflicts {
        println!("{}: {}", path.display(), i18n::diff::conflict(conflict));
    }
    println!(
        "{}",
        fill(i18n::diff::t().conflict_hint, &[("file", &path.display())])
    );
}

/// The changes from `old` to `new` as text: a heading per group, a line per change.
pub fn changes_text(old: &Map, new: &Map) -> String {
    let mut text = String::new();
    let mut group: Option<Group> = None;
    for change in edit::diff(old, new) {
        if group.as_ref() != Some(&change.group) {
            if group.is_some() {
                text.push('\n');
            }
            text.push_str(&i18n::diff::heading(&change.group));
            text.push('\n');
            group = Some(change.group.clone());
        }
        text.push_str("  ");
        text.push_str(&i18n::diff::sentence(&change));
        text.push('\n');
    }
    text
}

/// `klantreis git-diff PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE`:
/// git's external diff driver. A missing side (`/dev/null`) is an empty map.
/// Always exits 0, as git expects; a file that is not a map is said in words.
pub fn git_diff(args: &[PathBuf]) -> i32 {
    let (Some(path), Some(old), Some(new)) = (args.first(), args.get(1), args.get(4)) else {
        return EXIT_SAME;
    };
    let read = |file: &Path| -> Result<Map, String> {
        if file == Path::new("/dev/null") {
            return Ok(Map::default());
        }
        io::load(file).map(|l| l.map).map_err(|e| e.to_string())
    };
    println!("klantreis diff a/{0} b/{0}", path.display());
    match (read(old), read(new)) {
        (Ok(a), Ok(b)) if a == b => println!("  {}", i18n::diff::t().diff_same),
        (Ok(a), Ok(b)) => {
            for line in changes_text(&a, &b).lines() {
                println!("  {line}");
            }
        }
        (Err(e), _) | (_, Err(e)) => println!("  {e}"),
    }
    EXIT_SAME
}

/// `klantreis merge BASE OURS THEIRS [--output OUT]`: the three-way merge.
/// Without `--output` the result replaces OURS (git's merge-driver
/// convention). Exit 0 when clean, 1 when conflicts remain (recorded in the
/// map), 2 on an error (nothing written).
pub fn merge(base: &Path, ours: &Path, theirs: &Path, output: Option<&Path>) -> i32 {
    merge_limited(base, ours, theirs, output, io::MAX_FILE_BYTES)
}

/// Like [`merge`], writing nothing that would not open under a file limit
/// of `limit` bytes ([`io::load_limited`]): the merged map's size and what
/// its snapshots unpack to are checked first, as a save does.
pub fn merge_limited(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    output: Option<&Path>,
    limit: u64,
) -> i32 {
    let loaded = io::load(base)
        .and_then(|b| io::load(ours).and_then(|o| io::load(theirs).map(|t| (b.map, o.map, t.map))));
    let t = i18n::diff::t();
    let (b, o, th) = match loaded {
        Ok(maps) => maps,
        Err(e) => {
            println!("{e}");
            println!("{}", t.merge_not_written);
            return EXIT_ERROR;
        }
    };
    let result = edit::merge(&b, &o, &th);
    let out = output.unwrap_or(ours);
    let text = io::to_ron(&result.map);
    let written = io::check_fits(&result.map, &text, limit)
        .map_err(std::io::Error::from)
        .and_then(|()| io::write_atomic_via(out, |w| w.write_all(text.as_bytes())));
    if let Err(e) = written {
        let error = io::SaveError {
            path: out.to_path_buf(),
            source: e,
        };
        println!("{}", error.for_command_line());
        return EXIT_ERROR;
    }
    let file = out.display();
    let kept = result.map.snapshots.len();
    if kept > crate::model::MAX_SNAPSHOTS {
        // All are kept: dropping any would lose a side's work unseen.
        println!(
            "{}",
            fill(
                t.merge_many_snapshots,
                &[
                    ("file", &file),
                    ("n", &kept),
                    ("max", &crate::model::MAX_SNAPSHOTS)
                ]
            )
        );
    }
    match result.conflicts.len() {
        0 => {
            println!("{}", fill(t.merge_clean, &[("file", &file)]));
            EXIT_SAME
        }
        n => {
            println!(
                "{}",
                i18n::plural(
                    n,
                    t.merge_conflict_one,
                    t.merge_conflict_other,
                    &[("file", &file)]
                )
            );
            for conflict in &result.conflicts {
                println!("{file}: {}", i18n::diff::conflict(conflict));
            }
            EXIT_DIFFERENT
        }
    }
}

/// `klantreis git-setup`: registers Klantreis as the merge and diff driver
/// for `*.ron` maps in the repository around the current folder.
pub fn git_setup() -> i32 {
    let t = i18n::diff::t();
    let folder = std::env::current_dir().unwrap_or_default();
    let root = match git(&["rev-parse", "--show-toplevel"]) {
        Ok(root) => PathBuf::from(root.trim()),
        Err(detail) => {
            println!(
                "{}",
                fill(
                    t.git_not_a_repository,
                    &[("folder", &folder.display()), ("detail", &detail)]
                )
            );
            return EXIT_ERROR;
        }
    };
    let exe = std::env::current_exe()
        .ok()
        .and_then(|p| p.canonicalize().ok())
        .map_or_else(
            || "klantreis".to_owned(),
            |p| shell_quoted(&p.to_string_lossy()),
        );
    let settings = [
        ("merge.klantreis.name", "Klantreis map merge".to_owned()),
        ("merge.klantreis.driver", format!("{exe} merge %O %A %B")),
        ("diff.klantreis.command", format!("{exe} git-diff")),
    ];
    for (key, value) in &settings {
        let current = git(&["config", "--local", "--get", key]).ok();
        if current.as_deref().map(str::trim) == Some(value.as_str()) {
            println!("{}", fill(t.git_unchanged, &[("key", key)]));
            continue;
        }
        if let Err(detail) = git(&["config", "--local", key, value]) {
            println!(
                "{}",
                fill(t.git_failed, &[("key", key), ("detail", &detail)])
            );
            return EXIT_ERROR;
        }
        println!("{}", fill(t.git_set, &[("key", key)]));
    }
    let attributes = root.join(".gitattributes");
    let existing = std::fs::read_to_string(&attributes).unwrap_or_default();
    if existing.lines().any(|l| l.trim() == GIT_ATTRIBUTES_LINE) {
        println!(
            "{}",
            fill(t.git_attributes_present, &[("file", &attributes.display())])
        );
    } else {
        let mut text = existing;
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(GIT_ATTRIBUTES_LINE);
        text.push('\n');
        if let Err(e) = io::write_atomic_via(&attributes, |w| w.write_all(text.as_bytes())) {
            println!(
                "{}",
                fill(
                    t.git_attributes_failed,
                    &[("file", &attributes.display()), ("detail", &e)]
                )
            );
            return EXIT_ERROR;
        }
        println!(
            "{}",
            fill(
                t.git_attributes_added,
                &[
                    ("line", &GIT_ATTRIBUTES_LINE),
                    ("file", &attributes.display())
                ]
            )
        );
    }
    println!("{}", t.git_done);
    EXIT_SAME
}

/// Runs git in the current folder; its output, or what went wrong.
fn git(args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .args(args)
        .output()
        .map_err(|e| e.to_string())?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_owned())
    }
}

/// A path as one word for the shell git runs drivers with.
fn shell_quoted(text: &str) -> String {
    if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+".contains(c))
    {
        text.to_owned()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}
