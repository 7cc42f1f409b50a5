//! Writing files so that a crash, a kill or a full disk never leaves a broken one.
//!
//! The new text goes to a temporary file in the same folder (anonymous where
//! Linux allows it, so a kill leaves nothing behind), is flushed and synced,
//! then renamed over the target, and the folder is synced: the target is
//! always either the old file or the new one, complete. This is the
//! `atomic-write-file` crate's job. Before replacing an existing file, its
//! previous content is kept beside it as `NAME.bak`, written the same way.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use atomic_write_file::AtomicWriteFile;

/// The path of the backup kept beside `path`: `map.ron` → `map.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Replaces `path` atomically with what `write` writes. If `write` fails,
/// the target is unchanged and the temporary file is removed.
pub fn write_atomic_via(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let mut file = AtomicWriteFile::options().open(path)?;
    write(&mut file)?;
    file.flush()?;
    file.commit()
}

/// Saves `bytes` to `path` atomically, first keeping the file's previous
/// content as its backup (see [`backup_path`]).
pub fn save_with_backup(path: &Path, bytes: &[u8]) -> io::Result<()> {
    save_with_backup_via(path, |w| w.write_all(bytes))
}

/// Like [`save_with_backup`], with the new content written by `write`
/// (tests pass a writer that fails part-way, as a full disk does).
pub fn save_with_backup_via(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    match std::fs::read(path) {
        Ok(previous) => write_atomic_via(&backup_path(path), |w| w.write_all(&previous))?,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    write_atomic_via(path, write)
}
