//! Saving and opening maps off the UI thread. The window hands a snapshot of
//! the map (or a path to read) to one worker thread and keeps drawing; the
//! worker serialises and writes, or reads and parses, and sends the outcome
//! back, tagged with the document it was started for, so a result that
//! arrives after another map was opened can be recognised and dropped.
//!
//! Nothing here knows about the window: the UI passes in a function that
//! wakes it (a repaint request) when an outcome is ready.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use super::lock::{MapLock, Owner};
use super::watch::read_only_reason;
use super::{DiskState, LoadError, Loaded, SaveError, Stamp};
use crate::i18n::Language;
use crate::model::Map;

/// The identity of one opened or new document in this run of the app.
/// Background work carries the identity of the document it was started for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DocumentId(u64);

impl DocumentId {
    /// An identity never handed out before in this run.
    pub fn fresh() -> Self {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        Self(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}

/// Wakes the window when an outcome is ready (it asks egui for a repaint).
pub type Wake = Box<dyn Fn() + Send + Sync>;

/// Where a background thread finds how to wake the window: set by the
/// window once it runs, shared with the thread.
#[derive(Clone, Default)]
pub struct WakeSlot(Arc<Mutex<Option<Wake>>>);

impl WakeSlot {
    /// Sets how the window is woken.
    pub fn set(&self, wake: Wake) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = Some(wake);
    }

    /// Whether it is set yet.
    pub fn is_set(&self) -> bool {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .is_some()
    }

    /// Wakes the window, if it said how.
    pub fn wake(&self) {
        if let Some(wake) = self
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref()
        {
            wake();
        }
    }
}

/// A save to start: a snapshot of the map and where it goes.
pub struct SaveJob {
    /// The document the map belongs to.
    pub document: DocumentId,
    /// The undo history's revision of the snapshot.
    pub revision: u64,
    /// Where to write.
    pub path: PathBuf,
    /// The map as it was when the user saved, shared with the editor until
    /// its next edit (copy-on-write), so starting a save copies nothing.
    pub map: std::sync::Arc<Map>,
    /// The file as last read or written: when the file on disk differs from
    /// it, nothing is written and the outcome is [`SaveOutcome::Conflict`].
    pub unchanged_since: Option<Stamp>,
    /// Whether to take the file's lock once it is written (a new file).
    pub take_lock: bool,
}

/// How a save went.
pub enum SaveOutcome {
    /// Written; the file as written, and its lock when one was asked for.
    Saved {
        /// The file as written.
        stamp: Stamp,
        /// This window's lock on the new file.
        lock: Option<MapLock>,
    },
    /// The file changed on disk since it was read or written; nothing was written.
    Conflict,
    /// Writing failed; the file on disk is unchanged.
    Failed(SaveError),
}

/// A finished save.
pub struct SaveDone {
    /// The document it was started for.
    pub document: DocumentId,
    /// The revision that was saved.
    pub revision: u64,
    /// Where it went.
    pub path: PathBuf,
    /// How it went.
    pub outcome: SaveOutcome,
}

/// An open to start.
pub struct OpenJob {
    /// The document open when the user asked.
    pub document: DocumentId,
    /// The file to read.
    pub path: PathBuf,
    /// Whether this window already holds the file's lock (the same file is
    /// opened again): then no lock is checked or taken.
    pub own_lock: bool,
}

/// A map read from disk, with what the window needs to know about its file.
pub struct Opened {
    /// The map, its problems and the file's stamp.
    pub loaded: Loaded,
    /// Why the map cannot be saved to its file, when it cannot.
    pub read_only: Option<String>,
    /// Another window that has the map open.
    pub other_owner: Option<Owner>,
    /// This window's lock on the file.
    pub lock: Option<MapLock>,
}

/// A finished open.
pub struct OpenDone {
    /// The document open when the user asked.
    pub document: DocumentId,
    /// The file read.
    pub path: PathBuf,
    /// The map, or why it could not be read.
    pub result: Result<Box<Opened>, LoadError>,
}

/// An outcome from the worker.
pub enum Done {
    /// A save finished.
    Saved(SaveDone),
    /// An open finished.
    Opened(OpenDone),
}

enum Job {
    Save(SaveJob),
    Open(OpenJob),
}

/// The save and open worker: one thread that runs jobs in the order given.
pub struct Worker {
    jobs: Option<Sender<(Job, Language)>>,
    outbox: Sender<Done>,
    results: Receiver<Done>,
    wake: WakeSlot,
    in_flight: usize,
}

impl Default for Worker {
    fn default() -> Self {
        Self::start()
    }
}

impl Worker {
    /// Starts the worker thread. Should the system refuse a thread, jobs run
    /// where they are given (slower, but nothing is lost).
    pub fn start() -> Self {
        let (outbox, results) = mpsc::channel::<Done>();
        let (jobs, inbox) = mpsc::channel::<(Job, Language)>();
        let wake = WakeSlot::default();
        let (thread_outbox, thread_wake) = (outbox.clone(), wake.clone());
        let spawned = std::thread::Builder::new()
            .name("klantreis-files".into())
            .spawn(move || {
                for (job, language) in inbox {
                    crate::i18n::set_language(language);
                    if thread_outbox.send(run(job)).is_err() {
                        break;
                    }
                    thread_wake.wake();
                }
            });
        Self {
            jobs: spawned.is_ok().then_some(jobs),
            outbox,
            results,
            wake,
            in_flight: 0,
        }
    }

    /// How the worker wakes the window when an outcome is ready.
    pub fn set_wake(&self, wake: Wake) {
        self.wake.set(wake);
    }

    /// Whether the worker wakes the window yet.
    pub fn has_wake(&self) -> bool {
        self.wake.is_set()
    }

    /// Starts a save.
    pub fn save(&mut self, job: SaveJob) {
        self.send(Job::Save(job));
    }

    /// Starts an open.
    pub fn open(&mut self, job: OpenJob) {
        self.send(Job::Open(job));
    }

    fn send(&mut self, job: Job) {
        let language = crate::i18n::language();
        self.in_flight += 1;
        let job = match &self.jobs {
            Some(jobs) => match jobs.send((job, language)) {
                Ok(()) => return,
                Err(mpsc::SendError((job, _))) => job,
            },
            None => job,
        };
        // No worker thread: do the work here.
        let _ = self.outbox.send(run(job));
    }

    /// Whether a save or an open is running.
    pub fn busy(&self) -> bool {
        self.in_flight > 0
    }

    /// An outcome, if one is ready.
    pub fn try_recv(&mut self) -> Option<Done> {
        let done = self.results.try_recv().ok()?;
        self.in_flight = self.in_flight.saturating_sub(1);
        Some(done)
    }

    /// The next outcome, waiting for it up to `timeout`; `None` when nothing
    /// is running or it did not finish in time.
    pub fn wait(&mut self, timeout: Duration) -> Option<Done> {
        if self.in_flight == 0 {
            return None;
        }
        let done = self.results.recv_timeout(timeout).ok()?;
        self.in_flight = self.in_flight.saturating_sub(1);
        Some(done)
    }
}

fn run(job: Job) -> Done {
    match job {
        Job::Save(job) => Done::Saved(run_save(job)),
        Job::Open(job) => Done::Opened(run_open(job)),
    }
}

fn run_save(job: SaveJob) -> SaveDone {
    let changed = job.unchanged_since.as_ref().is_some_and(|known| {
        matches!(
            super::compare(&job.path, known, true),
            DiskState::Changed(_)
        )
    });
    let outcome = if changed {
        SaveOutcome::Conflict
    } else {
        match super::save(&job.path, &job.map) {
            Ok(stamp) => SaveOutcome::Saved {
                stamp,
                lock: if job.take_lock {
                    MapLock::acquire(&job.path)
                } else {
                    None
                },
            },
            Err(e) => SaveOutcome::Failed(e),
        }
    };
    SaveDone {
        document: job.document,
        revision: job.revision,
        path: job.path,
        outcome,
    }
}

fn run_open(job: OpenJob) -> OpenDone {
    let result = super::load(&job.path).map(|loaded| {
        let read_only = read_only_reason(&job.path);
        let (other_owner, lock) = if job.own_lock {
            (None, None)
        } else {
            let owner = super::lock::other_owner(&job.path);
            let lock = if owner.is_none() {
                MapLock::acquire(&job.path)
            } else {
                None
            };
            (owner, lock)
        };
        Box::new(Opened {
            loaded,
            read_only,
            other_owner,
            lock,
        })
    });
    OpenDone {
        document: job.document,
        path: job.path,
        result,
    }
}
