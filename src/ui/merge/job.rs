//! Reading the other copy and merging or comparing it, off the UI thread: a
//! merge of 10,000 steps takes a third of a second, and reading a map from a
//! network share can take longer.

use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};

use crate::edit::diff::What;
use crate::edit::{Change, MergeResult, diff, merge};
use crate::i18n::fill;
use crate::io::{self, Stamp};
use crate::model::{Map, Problem};
use crate::scene::ghost::Ghost;

/// What to do with the other copy once it is read.
#[derive(Clone, Debug)]
pub enum Wanted {
    /// Merge it into `ours`, both descended from `base`.
    Merge {
        /// The version last loaded or saved.
        base: Arc<Map>,
        /// The open map.
        ours: Arc<Map>,
    },
    /// Compare the open map with it.
    Compare {
        /// The open map.
        ours: Arc<Map>,
    },
}

/// What a job found.
pub enum Outcome {
    /// The merged map.
    Merged {
        /// The merge, with the conflicts it added.
        result: Box<MergeResult>,
        /// The other copy as read.
        theirs: Arc<Map>,
        /// The other copy's file as read (for the open file: the version on disk now).
        stamp: Stamp,
        /// How many changes the merge made to the open map.
        changes: usize,
    },
    /// The other version and what it has differently.
    Compared {
        /// The other version, and the open map's steps that differ there.
        ghost: Ghost,
        /// The changes from the open map to it.
        changes: Vec<Change>,
    },
}

/// A job running: the file, and where its outcome arrives.
pub struct Job {
    /// The file being read.
    pub path: PathBuf,
    /// The revision of the open map the job started from.
    pub revision: u64,
    /// Whether the file is the open map's own (the external change).
    pub own_file: bool,
    /// Whether it is merged (else compared).
    pub merging: bool,
    answer: mpsc::Receiver<Result<Outcome, String>>,
}

impl Job {
    /// Starts reading `path` and merging or comparing it; `wake` is called when it is done.
    pub fn start(
        path: &Path,
        wanted: Wanted,
        revision: u64,
        own_file: bool,
        wake: impl Fn() + Send + 'static,
    ) -> Self {
        let (send, answer) = mpsc::channel();
        let merging = matches!(wanted, Wanted::Merge { .. });
        let file = path.to_path_buf();
        // Messages made there in the window's language.
        std::thread::spawn(crate::i18n::carried(move || {
            let _ = send.send(run(&file, &wanted));
            wake();
        }));
        Self {
            path: path.to_path_buf(),
            revision,
            own_file,
            merging,
            answer,
        }
    }

    /// The outcome, once it is there.
    pub fn poll(&self) -> Option<Result<Outcome, String>> {
        match self.answer.try_recv() {
            Ok(outcome) => Some(outcome),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(Err(super::t().job_stopped.to_owned())),
        }
    }

    /// Waits for the outcome (tests).
    pub fn wait(&self) -> Result<Outcome, String> {
        self.answer
            .recv()
            .unwrap_or_else(|_| Err(super::t().job_stopped.to_owned()))
    }

    /// The file's name, for messages.
    pub fn name(&self) -> String {
        file_name(&self.path)
    }
}

/// A file's name as messages show it.
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .unwrap_or(path.as_os_str())
        .to_string_lossy()
        .into_owned()
}

/// Reads the other copy and does what is wanted.
pub fn run(path: &Path, wanted: &Wanted) -> Result<Outcome, String> {
    let loaded = io::load(path).map_err(|e| e.to_string())?;
    if loaded.problems.iter().any(Problem::breaks_drawing) {
        return Err(fill(
            super::t().merge_cannot_draw,
            &[("name", &path.display())],
        ));
    }
    let theirs = Arc::new(loaded.map);
    Ok(match wanted {
        Wanted::Merge { base, ours } => {
            let result = merge(base, ours, &theirs);
            let changes = diff(ours, &result.map)
                .iter()
                .filter(|c| !matches!(c.what, What::Conflicts { .. }))
                .count();
            Outcome::Merged {
                result: Box::new(result),
                theirs,
                stamp: loaded.stamp,
                changes,
            }
        }
        Wanted::Compare { ours } => Outcome::Compared {
            changes: diff(ours, &theirs),
            ghost: Ghost::new(ours, theirs),
        },
    })
}
