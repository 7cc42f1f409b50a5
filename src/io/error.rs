//! Errors of reading and writing map files, worded for the consultant who sees them.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::i18n::fill;
use crate::model::PackFault;

/// Why a map file could not be opened.
#[derive(Debug)]
pub struct LoadError {
    /// The file that was being opened.
    pub path: PathBuf,
    /// What went wrong.
    pub kind: LoadErrorKind,
    /// The backup beside the file, when there is one (see [`super::backup_path`]).
    pub backup: Option<PathBuf>,
}

/// What went wrong while opening a map file.
#[derive(Debug)]
pub enum LoadErrorKind {
    /// There is no file at that path.
    NotFound,
    /// The path is a folder or something else that is not a plain file.
    NotAFile,
    /// The operating system refused to let us read it.
    PermissionDenied,
    /// Any other error of the operating system while reading.
    Io(std::io::Error),
    /// The file is larger than a map can be.
    TooLarge {
        /// The file's size in bytes.
        size: u64,
        /// The largest size opened, in bytes ([`super::MAX_FILE_BYTES`]).
        limit: u64,
    },
    /// The file is empty.
    Empty,
    /// The file is not text (not UTF-8) at this place.
    NotText {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The text is not a well-formed map; `message` says what, at this place.
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong, in words.
        message: String,
    },
    /// The text does not begin like a map: plain text, JSON, another
    /// program's file; at this place the reading stopped.
    NotAMap {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The file was written by a newer Klantreis.
    NewerVersion {
        /// The version in the file.
        found: u64,
    },
    /// A snapshot's packed content cannot be read (damaged, or a
    /// decompression bomb, or all of them together too large); the file is
    /// refused as a whole.
    Snapshot {
        /// The snapshot's id (names may repeat).
        id: u64,
        /// The snapshot's name.
        name: String,
        /// What is wrong with it.
        fault: PackFault,
    },
}

impl LoadError {
    pub(crate) fn new(path: &Path, kind: LoadErrorKind) -> Self {
        let backup = Some(super::backup_path(path)).filter(|b| b.is_file());
        Self {
            path: path.to_path_buf(),
            kind,
            backup,
        }
    }

    /// Where to look for an older good copy, as a sentence, or nothing.
    fn backup_advice(&self) -> String {
        match &self.backup {
            Some(backup) => fill(
                crate::i18n::files::t().backup_advice,
                &[("backup", &backup.display())],
            ),
            None => String::new(),
        }
    }

    /// The line and column of the problem, when it has one.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self.kind {
            LoadErrorKind::NotText { line, column }
            | LoadErrorKind::NotAMap { line, column }
            | LoadErrorKind::Syntax { line, column, .. } => Some((line, column)),
            _ => None,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = crate::i18n::files::t();
        let path = self.path.display();
        let backup = self.backup_advice();
        let text = match &self.kind {
            LoadErrorKind::NotFound => fill(t.load_not_found, &[("path", &path)]),
            LoadErrorKind::NotAFile => fill(t.load_not_a_file, &[("path", &path)]),
            LoadErrorKind::PermissionDenied => fill(t.load_permission, &[("path", &path)]),
            LoadErrorKind::Io(e) => fill(t.load_io, &[("path", &path), ("error", e)]),
            LoadErrorKind::TooLarge { size, limit } => fill(
                t.load_too_large,
                &[
                    ("path", &path),
                    ("size", &mebibytes(*size)),
                    ("max", &mebibytes(*limit)),
                ],
            ),
            LoadErrorKind::Empty => fill(t.load_empty, &[("path", &path), ("backup", &backup)]),
            LoadErrorKind::NotText { line, column } => fill(
                t.load_not_text,
                &[
                    ("path", &path),
                    ("line", line),
                    ("column", column),
                    ("backup", &backup),
                ],
            ),
            LoadErrorKind::Syntax {
                line,
                column,
                message,
            } => fill(
                t.load_syntax,
                &[
                    ("path", &path),
                    ("line", line),
                    ("column", column),
                    ("message", message),
                    ("backup", &backup),
                ],
            ),
            LoadErrorKind::NotAMap { line, column } => fill(
                t.load_not_a_map,
                &[("path", &path), ("line", line), ("column", column)],
            ),
            LoadErrorKind::NewerVersion { found } => fill(
                t.load_newer,
                &[
                    ("path", &path),
                    ("found", found),
                    ("supported", &super::FORMAT_VERSION),
                ],
            ),
            LoadErrorKind::Snapshot {
                fault: PackFault::TotalTooLarge { limit },
                ..
            } => fill(
                t.load_snapshots_too_large,
                &[
                    ("path", &path),
                    ("max", &mebibytes(*limit)),
                    ("backup", &backup),
                ],
            ),
            LoadErrorKind::Snapshot { id, name, fault } => fill(
                t.load_snapshot,
                &[
                    ("path", &path),
                    ("id", id),
                    ("name", name),
                    ("fault", &pack_fault(fault)),
                    ("backup", &backup),
                ],
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for LoadError {}

/// What is wrong with a snapshot's packed content, in words.
fn pack_fault(fault: &PackFault) -> String {
    let t = crate::i18n::files::t();
    match fault {
        PackFault::Base64(error) => fill(t.pack_base64, &[("error", error)]),
        PackFault::Inflate(error) => fill(t.pack_inflate, &[("error", error)]),
        PackFault::TooLarge { limit } => fill(t.pack_too_large, &[("max", &mebibytes(*limit))]),
        PackFault::TotalTooLarge { limit } => {
            fill(t.pack_total_too_large, &[("max", &mebibytes(*limit))])
        }
        PackFault::NotText => t.pack_not_text.to_owned(),
        PackFault::Content {
            line,
            column,
            message,
        } => fill(
            t.pack_content,
            &[("line", line), ("column", column), ("message", message)],
        ),
    }
}

/// A size in MiB, with one decimal where it has one: `64`, `64.3`.
fn mebibytes(bytes: u64) -> String {
    let tenths = (bytes as f64 / (1024.0 * 1024.0) * 10.0).ceil() / 10.0;
    if tenths.fract() == 0.0 {
        format!("{tenths:.0}")
    } else {
        format!("{tenths:.1}")
    }
}

/// A map too large to be opened again, so it was not written: the
/// [`SaveError::source`] of such a save, with the kind
/// [`std::io::ErrorKind::FileTooLarge`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FileTooLarge {
    /// The size the file would have had, in bytes.
    pub size: u64,
    /// The largest file Klantreis opens, in bytes.
    pub limit: u64,
    /// How many snapshots the map keeps.
    pub snapshots: usize,
    /// The bytes the snapshots take of `size`.
    pub snapshot_bytes: u64,
    /// What the snapshots would unpack to when the file is opened, when
    /// that is what is too large (else 0): one snapshot's text when
    /// `unpacked_one`, else all of them with the photos they show.
    pub unpacked: u64,
    /// The reader's limit `unpacked` exceeds (0 when the snapshots fit).
    pub unpacked_limit: u64,
    /// Whether one snapshot alone unpacks to more than the file limit.
    pub unpacked_one: bool,
}

impl FileTooLarge {
    /// Whether deleting the snapshots would make the map small enough.
    pub fn snapshots_make_room(&self) -> bool {
        self.snapshots > 0
            && (self.unpacked_limit > 0
                || self.size.saturating_sub(self.snapshot_bytes) <= self.limit)
    }
}

impl fmt::Display for FileTooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = crate::i18n::files::t();
        let size = mebibytes(self.size);
        let max = mebibytes(self.limit);
        // What to do follows in the save message: make the map smaller, or
        // delete snapshots where that makes room.
        let mut text = fill(t.save_too_large, &[("size", &size), ("max", &max)]);
        if self.snapshots == 0 {
            return f.write_str(&text);
        }
        if self.size <= self.limit && self.unpacked_limit > 0 {
            let template = if self.unpacked_one {
                t.save_snapshot_unpacks_too_large
            } else {
                t.save_snapshots_unpack_too_large
            };
            return f.write_str(&fill(
                template,
                &[
                    ("unpacked", &mebibytes(self.unpacked)),
                    ("max", &mebibytes(self.unpacked_limit)),
                ],
            ));
        }
        text.push_str(&crate::i18n::plural(
            self.snapshots,
            t.save_snapshots_take_one,
            t.save_snapshots_take,
            &[("snapshots", &mebibytes(self.snapshot_bytes))],
        ));
        f.write_str(&text)
    }
}

impl std::error::Error for FileTooLarge {}

impl From<FileTooLarge> for std::io::Error {
    fn from(error: FileTooLarge) -> Self {
        std::io::Error::new(std::io::ErrorKind::FileTooLarge, error)
    }
}

/// Why a map could not be saved. The file on disk is unchanged when this is returned.
#[derive(Debug)]
pub struct SaveError {
    /// The file that was being written.
    pub path: PathBuf,
    /// The operating system's error, or [`FileTooLarge`].
    pub source: std::io::Error,
}

impl SaveError {
    /// The message for the command line, where no map stays open in a window.
    pub fn for_command_line(&self) -> String {
        self.message(crate::i18n::files::t().save_failed_command)
    }

    /// The message in `template`, with the file, the error and what to do.
    fn message(&self, template: &str) -> String {
        let t = crate::i18n::files::t();
        let too_large = self
            .source
            .get_ref()
            .and_then(|e| e.downcast_ref::<FileTooLarge>());
        let advice = match self.source.kind() {
            _ if too_large.is_some_and(FileTooLarge::snapshots_make_room) => {
                t.save_delete_snapshots
            }
            _ if too_large.is_some() => t.save_make_smaller,
            std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => t.save_disk_full,
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                t.save_no_permission
            }
            std::io::ErrorKind::NotFound => t.save_no_folder,
            _ => t.save_other,
        };
        fill(
            template,
            &[
                ("path", &self.path.display()),
                ("error", &self.source),
                ("advice", &advice),
            ],
        )
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(crate::i18n::files::t().save_failed))
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}
