//! A lock file beside an open map (`.NAME.klantreis-lock`) tells another
//! Klantreis window, on this or another computer, that the map is open. The
//! owner keeps the file locked and refreshes it every minute; a lock file
//! that is unlocked and old, or unlocked on this computer, is stale (its
//! window crashed) and is taken over.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::time::{Duration, SystemTime};

/// A lock file older than this without a refresh belongs to a window that is gone.
pub const STALE_AFTER: Duration = Duration::from_secs(180);

/// How often the owner refreshes its lock file.
pub const REFRESH_EVERY: Duration = Duration::from_secs(60);

/// The lock file of a map.
pub fn lock_path(map: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(map.file_name().unwrap_or_default());
    name.push(".klantreis-lock");
    map.with_file_name(name)
}

/// This window's hold on a map's lock file; dropping it removes the file.
/// A thread of its own refreshes it every [`REFRESH_EVERY`], so the window
/// need not wake up for it.
pub struct MapLock {
    path: PathBuf,
    file: Arc<File>,
    /// Dropping it stops the refreshing thread.
    _keeper: Option<Sender<()>>,
}

/// Who else has a map open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Owner {
    /// "user on host, process N".
    pub who: String,
    /// When they opened it, as they wrote it.
    pub since: String,
}

fn host() -> String {
    std::env::var("HOSTNAME")
        .ok()
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "this computer".to_owned())
}

fn user() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "someone".to_owned())
}

/// Checks the map's lock file: `Some(owner)` when another live window has the map open.
pub fn other_owner(map: &Path) -> Option<Owner> {
    let path = lock_path(map);
    let file = File::options().read(true).write(true).open(&path).ok()?;
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut lines = text.lines();
    let (host_line, who, since) = (
        lines.next().unwrap_or(""),
        lines.next().unwrap_or(""),
        lines.next().unwrap_or(""),
    );
    let age = file
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|m| SystemTime::now().duration_since(m).ok())
        .unwrap_or_default();
    let unlocked = match file.try_lock() {
        Ok(()) => {
            let _ = file.unlock();
            true
        }
        Err(_) => false,
    };
    let stale = unlocked && (host_line == host() || age > STALE_AFTER);
    (!stale).then(|| Owner {
        who: who.to_owned(),
        since: since.to_owned(),
    })
}

impl MapLock {
    /// Takes the map's lock file (replacing a stale one). Fails quietly where
    /// the folder is not writable: the map then simply has no lock file.
    pub fn acquire(map: &Path) -> Option<Self> {
        let path = lock_path(map);
        let mut file = File::create(&path).ok()?;
        let _ = file.try_lock();
        let since = chrono::Local::now().format("%Y-%m-%d %H:%M").to_string();
        let who = format!("{} on {}, process {}", user(), host(), std::process::id());
        let _ = write!(file, "{}\n{who}\n{since}\n", host());
        let file = Arc::new(file);
        Some(Self {
            path,
            _keeper: keep_alive(Arc::clone(&file), REFRESH_EVERY),
            file,
        })
    }

    /// Marks the lock as alive (its thread does it every [`REFRESH_EVERY`]).
    pub fn refresh(&self) {
        let _ = self.file.set_modified(SystemTime::now());
    }
}

/// Refreshes the lock file every `every` on a thread of its own, until the
/// returned sender is dropped. `None` when the system refuses a
/// thread (the lock then goes stale after [`STALE_AFTER`], as after a crash).
fn keep_alive(file: Arc<File>, every: Duration) -> Option<Sender<()>> {
    let (keeper, stop) = mpsc::channel::<()>();
    std::thread::Builder::new()
        .name("klantreis-lock".into())
        .spawn(move || {
            while let Err(RecvTimeoutError::Timeout) = stop.recv_timeout(every) {
                let _ = file.set_modified(SystemTime::now());
            }
        })
        .ok()?;
    Some(keeper)
}

impl Drop for MapLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_lock_names_its_owner_and_a_released_one_is_gone() {
        let dir = tempfile::tempdir().expect("dir");
        let map = dir.path().join("crm.ron");
        assert_eq!(other_owner(&map), None);
        let lock = MapLock::acquire(&map).expect("lock");
        let owner = other_owner(&map).expect("held");
        assert!(
            owner.who.contains(&std::process::id().to_string()),
            "{owner:?}"
        );
        drop(lock);
        assert!(!lock_path(&map).exists());
        assert_eq!(other_owner(&map), None);
    }

    #[test]
    fn an_unlocked_lock_file_left_by_a_crash_is_stale() {
        let dir = tempfile::tempdir().expect("dir");
        let map = dir.path().join("crm.ron");
        std::fs::write(
            lock_path(&map),
            format!("{}\nsomeone on here, process 1\n2026-01-01 09:00\n", host()),
        )
        .expect("write");
        assert_eq!(other_owner(&map), None, "same computer, nobody holds it");
        std::fs::write(
            lock_path(&map),
            "laptop-of-anna\nanna on laptop-of-anna, process 7\n2026-01-01 09:00\n",
        )
        .expect("write");
        assert!(
            other_owner(&map).is_some(),
            "another computer, fresh: believed"
        );
        let old = SystemTime::now() - STALE_AFTER - Duration::from_secs(5);
        File::options()
            .write(true)
            .open(lock_path(&map))
            .expect("open")
            .set_modified(old)
            .expect("age");
        assert_eq!(
            other_owner(&map),
            None,
            "another computer, but not refreshed for minutes"
        );
    }

    #[test]
    fn a_held_lock_keeps_itself_fresh_without_the_window() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("lock");
        let file = Arc::new(File::create(&path).expect("create"));
        let old = SystemTime::now() - STALE_AFTER - Duration::from_secs(5);
        file.set_modified(old).expect("age");
        let keeper = keep_alive(Arc::clone(&file), Duration::from_millis(20));
        let fresh = || {
            std::fs::metadata(&path)
                .and_then(|m| m.modified())
                .is_ok_and(|m| m > old + STALE_AFTER)
        };
        let started = std::time::Instant::now();
        while !fresh() && started.elapsed() < Duration::from_secs(5) {
            std::thread::sleep(Duration::from_millis(10));
        }
        assert!(fresh(), "the lock file was refreshed by its own thread");
        drop(keeper);
    }
}
