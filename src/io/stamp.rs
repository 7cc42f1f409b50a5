//! What a map file looked like when Klantreis last read or wrote it, to notice
//! changes made outside the app: a sync client, a colleague, git.
//!
//! Modification time and size are cheap to compare but not enough: an edit of
//! the same size within the file system's time resolution keeps both. The
//! content hash decides; a change of the time alone (a sync client or git
//! touching the file) is not a change.

use std::hash::{Hash, Hasher};
use std::path::Path;
use std::time::SystemTime;

/// A file's modification time, size and content hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// When the file was last modified, if the file system says.
    pub modified: Option<SystemTime>,
    /// Its size in bytes.
    pub len: u64,
    /// A hash of its content.
    pub hash: u64,
}

/// A hash of file content.
pub fn content_hash(bytes: &[u8]) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    bytes.hash(&mut hasher);
    hasher.finish()
}

impl Stamp {
    /// The stamp of content just read from or written to `path`.
    pub fn of(path: &Path, bytes: &[u8]) -> Self {
        let metadata = std::fs::metadata(path).ok();
        Self {
            modified: metadata.as_ref().and_then(|m| m.modified().ok()),
            len: bytes.len() as u64,
            hash: content_hash(bytes),
        }
    }

    /// Reads the file and stamps it.
    pub fn read(path: &Path) -> std::io::Result<Self> {
        let bytes = std::fs::read(path)?;
        Ok(Self::of(path, &bytes))
    }

    /// Whether the file's time or size differ from this stamp (a cheap first look).
    pub fn looks_changed(&self, path: &Path) -> std::io::Result<bool> {
        let metadata = std::fs::metadata(path)?;
        Ok(metadata.len() != self.len || metadata.modified().ok() != self.modified)
    }
}

/// How a file on disk compares with what the app last read or wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiskState {
    /// As it was.
    Unchanged,
    /// Only its modification time changed; the content is the same.
    Touched(Stamp),
    /// Its content changed.
    Changed(Stamp),
    /// It is gone (moved, deleted, or its disk is unplugged).
    Missing,
}

/// Compares the file with `known`. With `thorough`, the content is always
/// hashed; otherwise only when time or size differ.
pub fn compare(path: &Path, known: &Stamp, thorough: bool) -> DiskState {
    match known.looks_changed(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return DiskState::Missing,
        Err(_) => return DiskState::Unchanged,
        Ok(false) if !thorough => return DiskState::Unchanged,
        Ok(_) => {}
    }
    match Stamp::read(path) {
        Ok(now) if now.hash != known.hash || now.len != known.len => DiskState::Changed(now),
        Ok(now) if now.modified != known.modified => DiskState::Touched(now),
        Ok(_) => DiskState::Unchanged,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => DiskState::Missing,
        Err(_) => DiskState::Unchanged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_size_edits_are_changes_and_touches_are_not() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("map.ron");
        std::fs::write(&path, "title: \"Kettle\"").expect("write");
        let known = Stamp::read(&path).expect("stamp");
        assert_eq!(compare(&path, &known, true), DiskState::Unchanged);
        // Same size, within the same second: only the hash can tell.
        std::fs::write(&path, "title: \"Ketel!\"").expect("write");
        let file = std::fs::File::options()
            .write(true)
            .open(&path)
            .expect("open");
        file.set_modified(known.modified.expect("time"))
            .expect("keep the time");
        assert!(matches!(
            compare(&path, &known, true),
            DiskState::Changed(_)
        ));
        // The original content with a new time: a touch.
        std::fs::write(&path, "title: \"Kettle\"").expect("write");
        assert!(matches!(
            compare(&path, &known, false),
            DiskState::Touched(_)
        ));
        std::fs::remove_file(&path).expect("remove");
        assert_eq!(compare(&path, &known, false), DiskState::Missing);
    }
}
