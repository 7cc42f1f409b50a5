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

use chrono::Datelike;

use crate::i18n::fill;

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
    /// Their user name.
    pub user: String,
    /// The name of their computer.
    pub computer: String,
    /// Whether that computer is this one (another window here).
    pub this_computer: bool,
    /// When they opened it, when the lock file says so readably.
    pub since: Option<chrono::DateTime<chrono::Local>>,
}

impl Owner {
    /// Who has the map open, where and since when, in words of the
    /// interface's language: "anna on laptop-of-anna, since 12 minutes ago".
    pub fn describe(&self, now: chrono::DateTime<chrono::Local>) -> String {
        let t = crate::i18n::files::t();
        let who = if self.this_computer {
            fill(t.lock_who_here, &[("user", &self.user)])
        } else {
            fill(
                t.lock_who_there,
                &[("user", &self.user), ("computer", &self.computer)],
            )
        };
        match self.since {
            Some(since) => format!("{who}, {}", since_in_words(since, now)),
            None => who,
        }
    }
}

/// A moment before `now` in words: "just now", "12 minutes ago", "since
/// 09:14 today", "since yesterday 16:02", "since 3 March 09:00".
pub fn since_in_words(
    since: chrono::DateTime<chrono::Local>,
    now: chrono::DateTime<chrono::Local>,
) -> String {
    let t = crate::i18n::files::t();
    let minutes = (now - since).num_minutes().max(0);
    let time = since.format("%H:%M").to_string();
    let days = (now.date_naive() - since.date_naive()).num_days();
    if minutes < 1 {
        t.lock_since_now.to_owned()
    } else if minutes < 60 {
        crate::i18n::plural(
            minutes as usize,
            t.lock_since_minute,
            t.lock_since_minutes,
            &[],
        )
    } else if days == 0 {
        fill(t.lock_since_today, &[("time", &time)])
    } else if days == 1 {
        fill(t.lock_since_yesterday, &[("time", &time)])
    } else {
        let month = crate::i18n::export::t().month_short(since.month());
        fill(
            t.lock_since_date,
            &[("day", &since.day()), ("month", &month), ("time", &time)],
        )
    }
}

/// Reads the second and third lines of a lock file: the user (older
/// Klantreis wrote "user on host, process N") and the moment (RFC 3339;
/// older Klantreis wrote "YYYY-MM-DD HH:MM" in local time).
fn parse_owner(who: &str, since: &str) -> (String, Option<chrono::DateTime<chrono::Local>>) {
    let user = who.split(" on ").next().unwrap_or(who).trim();
    let user = if user.is_empty() {
        crate::i18n::files::t().lock_someone.to_owned()
    } else {
        user.to_owned()
    };
    let since = chrono::DateTime::parse_from_rfc3339(since.trim())
        .map(|d| d.with_timezone(&chrono::Local))
        .ok()
        .or_else(|| {
            chrono::NaiveDateTime::parse_from_str(since.trim(), "%Y-%m-%d %H:%M")
                .ok()
                .and_then(|d| d.and_local_timezone(chrono::Local).single())
        });
    (user, since)
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
    let this_computer = host_line == host();
    let stale = unlocked && (this_computer || age > STALE_AFTER);
    let (user, since) = parse_owner(who, since);
    (!stale).then(|| Owner {
        user,
        computer: host_line.to_owned(),
        this_computer,
        since,
    })
}

impl MapLock {
    /// Takes the map's lock file (replacing a stale one). Fails quietly where
    /// the folder is not writable: the map then simply has no lock file.
    pub fn acquire(map: &Path) -> Option<Self> {
        let path = lock_path(map);
        let mut file = File::create(&path).ok()?;
        let _ = file.try_lock();
        let since = chrono::Local::now().to_rfc3339();
        let _ = write!(file, "{}\n{}\n{since}\n", host(), user());
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
    fn the_owner_is_told_in_words_who_where_and_since_when() {
        let now = chrono::Local::now();
        let (user, since) = parse_owner("anna on laptop-of-anna, process 7", "");
        let owner = Owner {
            user,
            computer: "laptop-of-anna".into(),
            this_computer: false,
            since: since.or(Some(now - chrono::Duration::minutes(12))),
        };
        assert_eq!(
            owner.describe(now),
            "anna on the computer \"laptop-of-anna\", since 12 minutes ago"
        );
        let yesterday = now - chrono::Duration::days(1);
        assert!(since_in_words(yesterday, now).starts_with("since yesterday"));
        crate::i18n::set_language(crate::i18n::Language::Nl);
        assert_eq!(
            owner.describe(now),
            "anna op de computer \"laptop-of-anna\", sinds 12 minuten"
        );
        crate::i18n::set_language(crate::i18n::Language::En);
    }

    #[test]
    fn a_held_lock_names_its_owner_and_a_released_one_is_gone() {
        let dir = tempfile::tempdir().expect("dir");
        let map = dir.path().join("crm.ron");
        assert_eq!(other_owner(&map), None);
        let lock = MapLock::acquire(&map).expect("lock");
        let owner = other_owner(&map).expect("held");
        assert!(owner.this_computer, "{owner:?}");
        assert!(owner.since.is_some(), "{owner:?}");
        let words = owner.describe(chrono::Local::now());
        assert!(!words.contains("process"), "{words}");
        assert!(words.contains("just now"), "{words}");
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
