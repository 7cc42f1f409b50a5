//! Reading and writing map files: RON with a format version, size and depth
//! limits, validation of references, atomic saves with a backup.

pub mod autosave;
mod clipboard;
mod destination;
mod error;
mod format;
mod format_v1;
pub mod lock;
pub mod measure_csv;
pub mod measure_import;
pub mod photo;
pub mod recovery;
mod safe_write;
mod stamp;
pub mod watch;
pub mod worker;

use std::io::Read;
use std::path::Path;

pub use clipboard::{CopiedStep, steps_from_text, steps_to_text, target_phase};
pub use destination::{
    Destination, SNIFF_BYTES, destination, is_map_name, is_read_only, starts_like_a_map,
};
pub use error::{FileTooLarge, LoadError, LoadErrorKind, SaveError};
pub use format::{
    FORMAT_NAME, FORMAT_VERSION, ParseError, RECURSION_LIMIT, from_ron, from_ron_limited, to_ron,
};
pub use safe_write::{
    backup_path, remove_leftover_temporaries, resolve, save_with_backup, save_with_backup_via,
    write_atomic_via,
};
pub use stamp::{DiskState, Stamp, compare, content_hash};

use crate::model::{Map, Problem, Repair, UnassignedPhase, validate};

/// The largest map file Klantreis opens, and so the largest it saves:
/// 256 MiB. A map with 10,000 steps and 50 persona photos is a few MiB; a
/// generated map with 100,000 steps is 95 MiB and opens within about 210 MB
/// of memory (12 s in a debug build). Anything far larger is not a map.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// A map read from disk, with what is inconsistent in it.
#[derive(Debug)]
pub struct Loaded {
    /// The map, exactly as the file says.
    pub map: Map,
    /// Dangling references, out-of-range values and photos that cannot be
    /// shown; empty when the map is sound. See [`repair`].
    pub problems: Vec<Problem>,
    /// The file as it was read, to notice changes made outside the app.
    pub stamp: Stamp,
}

/// Opens a map file. Never panics; every failure names the file and says what to do.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    load_limited(path, MAX_FILE_BYTES)
}

/// Like [`load`], refusing files larger than `limit` bytes instead of
/// [`MAX_FILE_BYTES`] (tests try the limit without writing 256 MiB).
pub fn load_limited(path: &Path, limit: u64) -> Result<Loaded, LoadError> {
    let fail = |kind| LoadError::new(path, kind);
    let io_fail = |e: std::io::Error| {
        fail(match e.kind() {
            std::io::ErrorKind::NotFound => LoadErrorKind::NotFound,
            std::io::ErrorKind::PermissionDenied => LoadErrorKind::PermissionDenied,
            std::io::ErrorKind::IsADirectory => LoadErrorKind::NotAFile,
            _ => LoadErrorKind::Io(e),
        })
    };
    let metadata = std::fs::metadata(path).map_err(io_fail)?;
    if !metadata.is_file() {
        return Err(fail(LoadErrorKind::NotAFile));
    }
    if metadata.len() > limit {
        return Err(fail(LoadErrorKind::TooLarge {
            size: metadata.len(),
            limit,
        }));
    }
    let file = std::fs::File::open(path).map_err(io_fail)?;
    // The file may grow between the check and the read: never read past the cap.
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io_fail)?;
    if bytes.len() as u64 > limit {
        return Err(fail(LoadErrorKind::TooLarge {
            size: bytes.len() as u64,
            limit,
        }));
    }
    let map = parse_bytes_limited(&bytes, limit).map_err(fail)?;
    let problems = problems(&map);
    let stamp = Stamp::of(path, &bytes);
    Ok(Loaded {
        map,
        problems,
        stamp,
    })
}

/// Every problem of a map: [`validate`]'s, and every persona photo that
/// cannot be decoded under the limits of [`photo`]. `check`, `upgrade` and
/// the editor's loader all use this one list.
pub fn problems(map: &Map) -> Vec<Problem> {
    let mut problems = validate(map);
    problems.extend(photo::photo_problems(map));
    problems
}

/// Repairs every problem [`problems`] finds: photos that cannot be shown are
/// taken out (they show nowhere, and exports leave them out anyway), then
/// [`crate::model::repair`] fixes the rest.
pub fn repair(map: &mut Map, words: UnassignedPhase<'_>) -> Vec<Repair> {
    let mut done = Vec::new();
    for persona in &mut map.personas {
        if persona
            .photo
            .as_ref()
            .is_some_and(|p| photo::check_photo(p).is_err())
        {
            persona.photo = None;
            done.push(Repair::PhotoRemoved {
                persona: persona.id,
                name: persona.name.clone(),
            });
        }
    }
    done.extend(crate::model::repair(map, words));
    done
}

/// Reads a map from the bytes of a file.
pub fn parse_bytes(bytes: &[u8]) -> Result<Map, LoadErrorKind> {
    parse_bytes_limited(bytes, MAX_FILE_BYTES)
}

/// Like [`parse_bytes`], for a file limit of `limit` bytes: no snapshot may
/// unpack to more (see [`from_ron_limited`]).
pub fn parse_bytes_limited(bytes: &[u8], limit: u64) -> Result<Map, LoadErrorKind> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadErrorKind::Empty);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_and_column(&bytes[..e.valid_up_to()]);
        LoadErrorKind::NotText { line, column }
    })?;
    from_ron_limited(text, limit).map_err(|e| match e {
        ParseError::NewerVersion(found) => LoadErrorKind::NewerVersion { found },
        ParseError::Snapshot { id, name, fault } => LoadErrorKind::Snapshot { id, name, fault },
        ParseError::NotAMap { line, column } => LoadErrorKind::NotAMap { line, column },
        ParseError::Syntax {
            line,
            column,
            message,
        } => LoadErrorKind::Syntax {
            line,
            column,
            message,
        },
    })
}

/// The 1-based line and column just after `valid`, counting characters.
fn line_and_column(valid: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(valid);
    let line = 1 + text.matches('\n').count();
    let column = 1 + text
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count());
    (line, column)
}

/// Saves a map atomically, keeping the previous file as `NAME.bak`.
/// On error the file on disk is unchanged. A map whose file would be larger
/// than [`load`] opens is not written at all.
pub fn save(path: &Path, map: &Map) -> Result<Stamp, SaveError> {
    save_limited(path, map, MAX_FILE_BYTES)
}

/// Like [`save`], refusing a file larger than `limit` bytes: the limit
/// [`load_limited`] takes, so nothing is written that would not open again.
pub fn save_limited(path: &Path, map: &Map, limit: u64) -> Result<Stamp, SaveError> {
    let text = to_ron(map);
    check_fits(map, &text, limit).map_err(|e| SaveError {
        path: path.to_path_buf(),
        source: e.into(),
    })?;
    save_with_backup(path, text.as_bytes()).map_err(|source| SaveError {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(Stamp::of(path, text.as_bytes()))
}

/// Whether `text`, the file of `map` ([`to_ron`]), opens again under a file
/// limit of `limit` bytes: its size, and what its snapshots unpack to (each
/// at most `limit`, all together with the photos they show at most
/// [`crate::model::packed::UNPACKED_TOTAL_FACTOR`] times it), as the reader
/// counts them. Every writer of map files checks this before writing.
///
/// # Errors
/// Why it would not open, with the sizes.
pub fn check_fits(map: &Map, text: &str, limit: u64) -> Result<(), FileTooLarge> {
    let size = text.len() as u64;
    let (largest, total) = crate::model::unpacked_sizes(map);
    let total_limit = limit.saturating_mul(crate::model::packed::UNPACKED_TOTAL_FACTOR);
    let (unpacked, unpacked_limit) = if largest > limit {
        (largest, limit)
    } else if total > total_limit {
        (total, total_limit)
    } else {
        (0, 0)
    };
    if size <= limit && unpacked_limit == 0 {
        return Ok(());
    }
    Err(FileTooLarge {
        size,
        limit,
        snapshots: map.snapshots.len(),
        // What the file is without them (only worked out when refusing).
        snapshot_bytes: match map.snapshots.len() {
            0 => 0,
            _ => size.saturating_sub(to_ron(&crate::model::content_of(map)).len() as u64),
        },
        unpacked,
        unpacked_limit,
        unpacked_one: largest > limit,
    })
}
