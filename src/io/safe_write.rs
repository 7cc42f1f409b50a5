//! Writing files so that a crash, a kill or a full disk never leaves a broken one.
//!
//! The new text goes to a temporary file in the same folder (anonymous where
//! Linux allows it, so a kill leaves nothing behind), is flushed and synced,
//! then renamed over the target, and the folder is synced: the target is
//! always either the old file or the new one, complete. This is the
//! `atomic-write-file` crate's job; it gives the new file the old one's
//! permissions and, where the system allows, its owner, and a new file the
//! usual `0666` less the umask.
//!
//! A path that is a symbolic link is written where the link points, so the
//! link stays a link. Before replacing a map, its previous content is kept
//! beside it as `NAME.bak`, with the map's permissions: both the new file
//! and the backup are written completely before either is renamed into
//! place, so a save that fails (a full disk) leaves the map and its old
//! backup exactly as they were.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use atomic_write_file::AtomicWriteFile;

/// The file that `path` stands for: `path` itself, or, when it is a symbolic
/// link, the file it points to (through every link in a chain). A link that
/// points nowhere yet gives the path it points to, so saving creates that file.
pub fn resolve(path: &Path) -> io::Result<PathBuf> {
    // Linux follows at most 40 links in a row; so does Klantreis.
    const MAX_LINKS: usize = 40;
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let target = std::fs::read_link(&current)?;
                current = match current.parent() {
                    Some(folder) => folder.join(target),
                    None => target,
                };
            }
            _ => return Ok(current),
        }
    }
    // A loop of links: the operating system's own error says so.
    std::fs::canonicalize(path)
}

/// The path of the backup kept beside the map at `path`: `map.ron` →
/// `map.ron.bak`. For a symbolic link, beside the file it points to.
pub fn backup_path(path: &Path) -> PathBuf {
    let file = resolve(path).unwrap_or_else(|_| path.to_path_buf());
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    file.with_file_name(name)
}

/// Replaces `path` (or the file it links to) atomically with what `write`
/// writes. If `write` fails, the target is unchanged and the temporary file
/// is removed.
pub fn write_atomic_via(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let mut file = prepare(&resolve(path)?, write)?;
    file.flush()?;
    file.commit()
}

/// A temporary file beside `target` holding what `write` wrote, ready to be
/// renamed into place by `commit`; dropped, it is removed.
fn prepare(
    target: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<AtomicWriteFile> {
    let mut file = AtomicWriteFile::options().open(target)?;
    write(&mut file)?;
    file.flush()?;
    Ok(file)
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
///
/// The order keeps every failure harmless: the new file is written in full
/// first, then the backup copy of the old file; only when both are complete
/// is the backup renamed into place, then the new file. A failure before the
/// renames leaves the map and its old backup untouched; a kill between the
/// renames leaves the old map with an up-to-date backup.
pub fn save_with_backup_via(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let target = resolve(path)?;
    remove_leftover_temporaries(&target);
    let new = prepare(&target, write)?;
    let backup = match File::open(&target) {
        Ok(mut previous) => Some(backup_of(&target, &mut previous)?),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    if let Some(backup) = backup {
        backup.commit()?;
    }
    new.commit()
}

/// A complete copy of `previous` (the file at `target`) beside it as its
/// backup, with its permissions and, where allowed, its owner, not yet renamed
/// into place.
fn backup_of(target: &Path, previous: &mut File) -> io::Result<AtomicWriteFile> {
    let metadata = previous.metadata()?;
    let mut backup = AtomicWriteFile::options().open(backup_path(target))?;
    // The map's permissions before any of its content is in the copy.
    backup.as_file().set_permissions(metadata.permissions())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // Only root may give a file away; otherwise the copy stays ours.
        let _ =
            std::os::unix::fs::fchown(backup.as_file(), Some(metadata.uid()), Some(metadata.gid()));
    }
    io::copy(previous, &mut backup)?;
    backup.flush()?;
    Ok(backup)
}
