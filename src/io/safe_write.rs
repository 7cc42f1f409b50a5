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

/// Removes temporary files that an earlier save of `path` (or of its backup)
/// left behind when it was killed in the middle of renaming: files named
/// `.NAME.XXXXXX` with six letters or digits, as `atomic-write-file` names them.
pub fn remove_leftover_temporaries(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let name = name.to_string_lossy();
    let prefixes = [format!(".{name}."), format!(".{name}.bak.")];
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        let leftover = prefixes.iter().any(|prefix| {
            file_name
                .strip_prefix(prefix.as_str())
                .is_some_and(|suffix| {
                    suffix.len() == 6 && suffix.bytes().all(|b| b.is_ascii_alphanumeric())
                })
        });
        if leftover && entry.file_type().is_ok_and(|t| t.is_file()) {
            // A temporary file that cannot be removed does no harm; the save goes on.
            let _ = std::fs::remove_file(entry.path());
        }
    }
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
    remove_leftover_temporaries(path);
    match std::fs::read(path) {
        Ok(previous) => write_atomic_via(&backup_path(path), |w| w.write_all(&previous))?,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    write_atomic_via(path, write)
}
