//! Watching the open map's file for changes made outside the app, and the
//! disk probes that say whether a map can be saved where it is. The watcher
//! runs on a thread of its own, so a slow network share never stalls a frame.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use crate::io::worker::{Wake, WakeSlot};
use crate::io::{self, DiskState, Stamp};

enum WatchCommand {
    Watch(Option<(PathBuf, Stamp)>),
    CheckNow,
}

/// Watches the open map's file for changes made outside the app. The
/// window does not poll it: the watcher wakes the window when it found
/// something (see [`FileWatch::set_wake`]).
pub struct FileWatch {
    commands: Sender<WatchCommand>,
    /// What the watcher found.
    pub events: Receiver<DiskState>,
    wake: WakeSlot,
}

impl FileWatch {
    /// How often the file's time and size are looked at.
    pub const POLL: Duration = Duration::from_secs(1);

    /// Starts the watcher thread.
    pub fn start() -> Self {
        let (commands, inbox) = mpsc::channel::<WatchCommand>();
        let (outbox, events) = mpsc::channel();
        let wake = WakeSlot::default();
        let thread_wake = wake.clone();
        let _ = std::thread::Builder::new()
            .name("klantreis-watch".into())
            .spawn(move || {
                let mut watched: Option<(PathBuf, Stamp)> = None;
                let mut missing_reported = false;
                loop {
                    let thorough = match inbox.recv_timeout(Self::POLL) {
                        Ok(WatchCommand::Watch(w)) => {
                            watched = w;
                            missing_reported = false;
                            continue;
                        }
                        Ok(WatchCommand::CheckNow) => true,
                        Err(mpsc::RecvTimeoutError::Timeout) => false,
                        Err(mpsc::RecvTimeoutError::Disconnected) => break,
                    };
                    let Some((path, known)) = &mut watched else {
                        continue;
                    };
                    let state = io::compare(path, known, thorough);
                    match &state {
                        DiskState::Unchanged => continue,
                        DiskState::Missing if missing_reported => continue,
                        DiskState::Missing => missing_reported = true,
                        DiskState::Touched(now) | DiskState::Changed(now) => {
                            missing_reported = false;
                            *known = now.clone();
                        }
                    }
                    if outbox.send(state).is_err() {
                        break;
                    }
                    thread_wake.wake();
                }
            });
        Self {
            commands,
            events,
            wake,
        }
    }

    /// How the watcher wakes the window when it found something.
    pub fn set_wake(&self, wake: Wake) {
        self.wake.set(wake);
    }

    /// Whether the watcher wakes the window yet.
    pub fn has_wake(&self) -> bool {
        self.wake.is_set()
    }

    /// Watches this file, as it was last read or written (or nothing).
    pub fn watch(&self, file: Option<(PathBuf, Stamp)>) {
        let _ = self.commands.send(WatchCommand::Watch(file));
    }

    /// Looks at the file now, hashing it (the window got focus back).
    pub fn check_now(&self) {
        let _ = self.commands.send(WatchCommand::CheckNow);
    }
}

/// Why a map cannot be saved where it is, if it cannot.
pub fn read_only_reason(path: &Path) -> Option<String> {
    let metadata = std::fs::metadata(path).ok()?;
    if metadata.permissions().readonly() {
        return Some(crate::i18n::files::t().read_only_file.to_owned());
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let probe = dir.join(format!(".klantreis-write-test-{}", std::process::id()));
    match std::fs::File::options()
        .write(true)
        .create_new(true)
        .open(&probe)
    {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            None
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => None,
        Err(_) => Some(crate::i18n::files::t().read_only_folder.to_owned()),
    }
}
