//! Never losing work: the autosave worker that writes recovery copies off the
//! UI thread. It runs on a thread of its own and talks to the app through
//! channels, so a slow disk or network share never stalls a frame.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::{Duration, Instant};

use crate::io::recovery;
use crate::model::Map;

/// When recovery copies are written.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AutosaveTiming {
    /// Quiet time after the last edit before a copy is written (1 s).
    pub after_last_edit: Duration,
    /// Longest time edits go without a copy while editing continues (30 s;
    /// `KLANTREIS_AUTOSAVE_SECONDS` changes it).
    pub at_least_every: Duration,
}

impl Default for AutosaveTiming {
    fn default() -> Self {
        let every = std::env::var("KLANTREIS_AUTOSAVE_SECONDS")
            .ok()
            .and_then(|s| s.parse::<f64>().ok())
            .filter(|s| *s > 0.0)
            .map_or(Duration::from_secs(30), Duration::from_secs_f64);
        Self {
            after_last_edit: Duration::from_secs(1),
            at_least_every: every,
        }
    }
}

enum Job {
    Write {
        original: Option<PathBuf>,
        map: Arc<Map>,
    },
    Clear,
}

/// The autosave worker and the bookkeeping of when to write.
pub struct Autosaver {
    jobs: Sender<Job>,
    results: Receiver<Result<(), String>>,
    /// When copies are written.
    pub timing: AutosaveTiming,
    /// Jobs sent to the worker and not answered yet.
    pending: usize,
    /// A failure collected by [`Self::flush`], for the next [`Self::tick`] to report.
    unreported: Option<String>,
    /// The document revision last written (or `None`: nothing written since the last save).
    written: Option<u64>,
    seen: Option<u64>,
    last_edit: Option<Instant>,
    first_unwritten: Option<Instant>,
    /// Where this session's copy goes.
    pub file: PathBuf,
}

impl Autosaver {
    /// Starts a session in the recovery folder.
    pub fn start(dir: &Path, timing: AutosaveTiming) -> std::io::Result<Self> {
        let session = recovery::Session::start(dir)?;
        let file = session.path();
        let (jobs, inbox) = mpsc::channel::<Job>();
        let (outbox, results) = mpsc::channel();
        std::thread::Builder::new()
            .name("klantreis-autosave".into())
            .spawn(move || {
                for job in inbox {
                    let result = match job {
                        Job::Write { original, map } => session.write(original.as_deref(), &map),
                        Job::Clear => session.clear(),
                    };
                    if outbox.send(result.map_err(|e| e.to_string())).is_err() {
                        break;
                    }
                }
            })?;
        Ok(Self {
            jobs,
            results,
            timing,
            pending: 0,
            unreported: None,
            written: None,
            seen: None,
            last_edit: None,
            first_unwritten: None,
            file,
        })
    }

    /// Called every frame: notes edits, writes a copy when it is time, and
    /// returns an error to show when a write failed. `wake` is how long until
    /// the next write is due, for scheduling a repaint. The copy shares the
    /// map (`Arc`); the next edit copies it only while the write runs.
    pub fn tick(
        &mut self,
        revision: u64,
        dirty: bool,
        original: Option<&Path>,
        map: &Arc<Map>,
        wake: &mut Option<Duration>,
    ) -> Option<String> {
        let mut error = self.unreported.take();
        while let Ok(result) = self.results.try_recv() {
            self.pending = self.pending.saturating_sub(1);
            if let Err(e) = result {
                error = Some(e);
            }
        }
        let now = Instant::now();
        if self.seen != Some(revision) {
            self.seen = Some(revision);
            self.last_edit = Some(now);
            self.first_unwritten.get_or_insert(now);
        }
        if !dirty {
            if self.written.is_some() {
                self.written = None;
                self.send(Job::Clear);
            }
            self.first_unwritten = None;
            return error;
        }
        if self.written == Some(revision) || self.pending > 0 {
            return error;
        }
        let (Some(last), Some(first)) = (self.last_edit, self.first_unwritten) else {
            return error;
        };
        let quiet = now.duration_since(last);
        let waiting = now.duration_since(first);
        if quiet >= self.timing.after_last_edit || waiting >= self.timing.at_least_every {
            let job = Job::Write {
                original: original.map(Path::to_path_buf),
                map: Arc::clone(map),
            };
            if self.send(job) {
                self.written = Some(revision);
                self.first_unwritten = None;
            }
        } else {
            let due =
                (self.timing.after_last_edit - quiet).min(self.timing.at_least_every - waiting);
            *wake = Some(wake.map_or(due, |w| w.min(due)));
        }
        error
    }

    /// Writes a copy now, whatever the timing says.
    pub fn write_now(&mut self, original: Option<&Path>, map: &Arc<Map>, revision: u64) {
        self.flush();
        let job = Job::Write {
            original: original.map(Path::to_path_buf),
            map: Arc::clone(map),
        };
        if self.send(job) {
            self.written = Some(revision);
            self.seen = Some(revision);
            self.first_unwritten = None;
        }
    }

    /// Hands a job to the worker; `false` when the worker is gone.
    fn send(&mut self, job: Job) -> bool {
        let sent = self.jobs.send(job).is_ok();
        if sent {
            self.pending += 1;
        }
        sent
    }

    /// Forgets the copy: the map was saved or its changes discarded.
    pub fn clear(&mut self) {
        self.written = None;
        self.first_unwritten = None;
        self.send(Job::Clear);
    }

    /// Waits until every job sent so far is done (tests, recovery, and quitting).
    pub fn flush(&mut self) -> Option<String> {
        let mut error = None;
        while self.pending > 0 {
            match self.results.recv_timeout(Duration::from_secs(10)) {
                Ok(result) => {
                    self.pending -= 1;
                    if let Err(e) = result {
                        error = Some(e);
                    }
                }
                Err(_) => break,
            }
        }
        if error.is_some() {
            self.unreported.clone_from(&error);
        }
        error
    }
}
