//! Errors of reading and writing map files, worded for the consultant who sees them.

use std::fmt;
use std::path::{Path, PathBuf};

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
    /// The file was written by a newer Klantreis.
    NewerVersion {
        /// The version in the file.
        found: u64,
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
            Some(backup) => format!(
                " The version before the last save is kept as \"{}\"; you can open that instead.",
                backup.display()
            ),
            None => String::new(),
        }
    }

    /// The line and column of the problem, when it has one.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self.kind {
            LoadErrorKind::NotText { line, column }
            | LoadErrorKind::Syntax { line, column, .. } => Some((line, column)),
            _ => None,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        match &self.kind {
            LoadErrorKind::NotFound => write!(
                f,
                "Could not open \"{path}\": there is no such file. It may have been moved, \
                 renamed or deleted; check the name and the folder."
            ),
            LoadErrorKind::NotAFile => write!(
                f,
                "Could not open \"{path}\": it is a folder or a device, not a map file. \
                 Choose a .ron map file."
            ),
            LoadErrorKind::PermissionDenied => write!(
                f,
                "Could not open \"{path}\": you do not have permission to read it. \
                 Ask the owner for access, or copy the file somewhere you can read."
            ),
            LoadErrorKind::Io(e) => write!(
                f,
                "Could not read \"{path}\": {e}. If it is on a network share or a USB stick, \
                 check that it is still connected and try again."
            ),
            LoadErrorKind::TooLarge { size } => write!(
                f,
                "Could not open \"{path}\": it is {} MiB, larger than the {} MiB a map may be. \
                 It is probably not a Klantreis map.",
                size / (1024 * 1024),
                super::MAX_FILE_BYTES / (1024 * 1024)
            ),
            LoadErrorKind::Empty => write!(
                f,
                "Could not open \"{path}\": the file is empty. It may have been cut off while \
                 copying.{}",
                self.backup_advice()
            ),
            LoadErrorKind::NotText { line, column } => write!(
                f,
                "Could not open \"{path}\": line {line}, column {column} is not text. \
                 This is not a Klantreis map, or it is damaged.{}",
                self.backup_advice()
            ),
            LoadErrorKind::Syntax {
                line,
                column,
                message,
            } => write!(
                f,
                "Could not open \"{path}\": line {line}, column {column}: {message}. \
                 If the file was edited by hand, fix that place.{}",
                self.backup_advice()
            ),
            LoadErrorKind::NewerVersion { found } => write!(
                f,
                "Could not open \"{path}\": it was saved by a newer Klantreis (file format \
                 version {found}; this Klantreis reads up to version {}). Update Klantreis to \
                 open it. The file has not been changed.",
                super::FORMAT_VERSION
            ),
        }
    }
}

impl std::error::Error for LoadError {}

/// Why a map could not be saved. The file on disk is unchanged when this is returned.
#[derive(Debug)]
pub struct SaveError {
    /// The file that was being written.
    pub path: PathBuf,
    /// The operating system's error.
    pub source: std::io::Error,
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        let advice = match self.source.kind() {
            std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => {
                "The disk is full. Free some space, or save to another disk."
            }
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                "You may not write there. Save the map in another folder."
            }
            std::io::ErrorKind::NotFound => {
                "The folder does not exist (a network share or USB stick may have gone). \
                 Save the map in another folder."
            }
            _ => "Try again, or save the map in another folder.",
        };
        write!(
            f,
            "Could not save \"{path}\": {}. {advice} The file on disk was not changed, \
             and your map is still open.",
            self.source
        )
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}
