//! Recovery copies: while a map has unsaved changes, the app keeps a copy of
//! it in a per-user recovery folder, so a crash, a kill or a flat battery
//! loses (almost) nothing. Each running window is a session with its own file
//! `SESSION.ron` and a lock file `SESSION.lock` that it holds open and locked:
//! on the next start, copies whose lock is free belong to a session that
//! ended without cleaning up, and are offered back.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::model::Map;

const RECOVERY_FORMAT: &str = "klantreis-recovery";

/// What a recovery file holds: the map (as the text of a map file) and where it came from.
#[derive(Serialize, Deserialize)]
struct RecoveryFile {
    format: String,
    /// The map's own file, or `None` for a map never saved.
    original: Option<PathBuf>,
    /// When the copy was written (UTC).
    saved_at: DateTime<Utc>,
    /// The map file format version of `map`.
    format_version: u64,
    /// The map, as the text of a map file.
    map: String,
}

/// A running window's recovery copy.
pub struct Session {
    dir: PathBuf,
    id: String,
    /// Held open and locked while the session lives.
    _lock: File,
}

impl Session {
    /// Starts a session in the recovery folder `dir` (created if needed).
    pub fn start(dir: &Path) -> std::io::Result<Self> {
        std::fs::create_dir_all(dir)?;
        let millis = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        let id = format!("{millis}-{}", std::process::id());
        let lock = File::create(dir.join(format!("{id}.lock")))?;
        // Locking can fail on odd file systems; the copy is still worth writing.
        let _ = lock.try_lock();
        Ok(Self {
            dir: dir.to_path_buf(),
            id,
            _lock: lock,
        })
    }

    /// The recovery copy's path.
    pub fn path(&self) -> PathBuf {
        self.dir.join(format!("{}.ron", self.id))
    }

    /// Writes the recovery copy of `map`, atomically.
    pub fn write(&self, original: Option<&Path>, map: &Map) -> std::io::Result<()> {
        let file = RecoveryFile {
            format: RECOVERY_FORMAT.to_owned(),
            original: original.map(Path::to_path_buf),
            saved_at: Utc::now(),
            format_version: super::FORMAT_VERSION,
            map: super::to_ron(map),
        };
        let text =
            ron::ser::to_string_pretty(&file, ron::ser::PrettyConfig::new().escape_strings(false))
                .map_err(std::io::Error::other)?;
        super::write_atomic_via(&self.path(), |w| w.write_all(text.as_bytes()))
    }

    /// Removes the recovery copy (the map was saved, or its changes discarded).
    pub fn clear(&self) -> std::io::Result<()> {
        match std::fs::remove_file(self.path()) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(self.dir.join(format!("{}.lock", self.id)));
    }
}

/// A recovery copy left by a session that did not end cleanly.
#[derive(Debug)]
pub struct Recovered {
    /// The recovery file.
    pub file: PathBuf,
    /// The map's own file, or `None` for a map that was never saved.
    pub original: Option<PathBuf>,
    /// When the copy was written.
    pub saved_at: DateTime<Utc>,
    /// When the map's own file was last changed, if it exists.
    pub original_modified: Option<DateTime<Utc>>,
    /// The recovered map.
    pub map: Map,
}

impl Recovered {
    /// The name to show: the map file's name, or the map's title for a map never saved.
    pub fn name(&self) -> String {
        match &self.original {
            Some(path) => path.display().to_string(),
            None => crate::i18n::fill(
                crate::i18n::files::t().never_saved,
                &[("title", &self.map.title)],
            ),
        }
    }

    /// Removes the recovery copy.
    pub fn discard(&self) -> std::io::Result<()> {
        std::fs::remove_file(&self.file)?;
        let _ = std::fs::remove_file(self.file.with_extension("lock"));
        Ok(())
    }
}

/// Finds the recovery copies in `dir` that are worth offering: their session
/// has ended, and they are newer than their map's own file. Copies older than
/// their file (the map was saved later) are removed. Newest first.
pub fn find(dir: &Path) -> Vec<Recovered> {
    scan(dir).0
}

/// A recovery copy of an ended session that cannot be read (damaged, from a
/// newer Klantreis, or over the reader's limits): it is kept, never removed,
/// and the user is told where it is.
#[derive(Debug)]
pub struct Unreadable {
    /// The copy.
    pub file: PathBuf,
    /// Why it cannot be read, naming the copy and saying what to do.
    pub message: String,
}

/// Like [`find`], also listing the copies of ended sessions that cannot be
/// read: they are left where they are.
pub fn scan(dir: &Path) -> (Vec<Recovered>, Vec<Unreadable>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (Vec::new(), Vec::new());
    };
    let mut unreadable = Vec::new();
    let mut found: Vec<Recovered> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .filter(|p| !session_is_running(&p.with_extension("lock")))
        .filter_map(|file| match read(&file) {
            Ok(recovered) => Some(recovered),
            Err(kind) => {
                let error = super::LoadError::new(&file, kind);
                let message = crate::i18n::fill(
                    crate::i18n::files::t().recovery_unreadable,
                    &[("file", &file.display()), ("error", &error)],
                );
                unreadable.push(Unreadable { file, message });
                None
            }
        })
        .filter(|r| {
            let stale = r.original_modified.is_some_and(|m| m > r.saved_at);
            if stale {
                let _ = r.discard();
            }
            !stale
        })
        .collect();
    found.sort_by_key(|r| std::cmp::Reverse(r.saved_at));
    remove_orphan_locks(dir);
    (found, unreadable)
}

/// Reads one recovery copy.
fn read(file: &Path) -> Result<Recovered, super::LoadErrorKind> {
    let text = std::fs::read_to_string(file).map_err(super::LoadErrorKind::Io)?;
    let not_a_copy = |e: ron::error::SpannedError| super::LoadErrorKind::Syntax {
        line: e.span.start.line,
        column: e.span.start.col,
        message: super::format::syntax_message(&e, &text),
    };
    let recovery: RecoveryFile = ron::Options::default()
        .with_recursion_limit(super::RECURSION_LIMIT)
        .from_str(&text)
        .map_err(not_a_copy)?;
    if recovery.format != RECOVERY_FORMAT {
        return Err(super::LoadErrorKind::NotAMap { line: 1, column: 1 });
    }
    let map = super::parse_bytes(recovery.map.as_bytes())?;
    let original_modified = recovery
        .original
        .as_ref()
        .and_then(|p| std::fs::metadata(p).ok())
        .and_then(|m| m.modified().ok())
        .map(DateTime::<Utc>::from);
    Ok(Recovered {
        file: file.to_path_buf(),
        original: recovery.original,
        saved_at: recovery.saved_at,
        original_modified,
        map,
    })
}

/// Removes lock files of ended sessions that left no copy (they had nothing unsaved).
fn remove_orphan_locks(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for lock in entries.flatten().map(|e| e.path()) {
        if lock.extension().is_some_and(|e| e == "lock")
            && !lock.with_extension("ron").exists()
            && !session_is_running(&lock)
        {
            let _ = std::fs::remove_file(&lock);
        }
    }
}

/// Whether the session owning this lock file is still running (it holds the lock).
fn session_is_running(lock: &Path) -> bool {
    let Ok(file) = File::options().read(true).write(true).open(lock) else {
        return false;
    };
    match file.try_lock() {
        Ok(()) => {
            let _ = file.unlock();
            false
        }
        Err(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::model::PhaseTemplate;

    #[test]
    fn a_running_sessions_copy_is_not_offered_and_an_ended_ones_is() {
        let dir = tempfile::tempdir().expect("dir");
        let mut map = PhaseTemplate::FivePhase.new_map(Language::Nl);
        map.title = "Workshop Groene Draad".into();
        let session = Session::start(dir.path()).expect("session");
        session.write(None, &map).expect("write");
        assert!(find(dir.path()).is_empty(), "the session is still running");
        // A kill leaves the copy and the lock file, but not the lock.
        std::mem::forget(std::fs::File::open(session.path()));
        let path = session.path();
        drop(session);
        std::fs::write(path.with_extension("lock"), "").expect("leftover lock file");
        let found = find(dir.path());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].map, map);
        assert_eq!(found[0].original, None);
        assert!(found[0].name().contains("Workshop Groene Draad"));
        found[0].discard().expect("discard");
        assert!(find(dir.path()).is_empty());
    }

    #[test]
    fn a_copy_older_than_its_saved_file_is_removed() {
        let dir = tempfile::tempdir().expect("dir");
        let original = dir.path().join("kettle.ron");
        let map = PhaseTemplate::FivePhase.new_map(Language::En);
        let session = Session::start(&dir.path().join("recovery")).expect("session");
        session.write(Some(&original), &map).expect("write");
        let copy = session.path();
        drop(session);
        std::thread::sleep(std::time::Duration::from_millis(20));
        crate::io::save(&original, &map).expect("saved later");
        assert!(find(&dir.path().join("recovery")).is_empty());
        assert!(!copy.exists());
    }

    #[test]
    fn a_copy_that_cannot_be_read_is_reported_and_kept() {
        let dir = tempfile::tempdir().expect("dir");
        let map = PhaseTemplate::FivePhase.new_map(Language::En);
        let session = Session::start(dir.path()).expect("session");
        session.write(None, &map).expect("write");
        let copy = session.path();
        drop(session);
        // A copy whose map a newer Klantreis wrote.
        let text = std::fs::read_to_string(&copy).expect("read");
        let newer = text.replace("version: 3,", "version: 99,");
        assert_ne!(newer, text, "the map's version is in the copy");
        std::fs::write(&copy, newer).expect("written");
        let (found, unreadable) = scan(dir.path());
        assert!(found.is_empty());
        assert_eq!(unreadable.len(), 1);
        assert_eq!(unreadable[0].file, copy);
        let message = &unreadable[0].message;
        assert!(
            message.contains(&copy.display().to_string())
                && message.contains("newer Klantreis")
                && message.contains("never deleted"),
            "{message}"
        );
        assert!(find(dir.path()).is_empty());
        assert!(copy.exists(), "the copy is kept");
    }
}
