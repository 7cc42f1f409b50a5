//! What is already at a path before an export writes there: nothing, a
//! Klantreis map, or some other file, whose first bytes tell whose it is.

use std::io::{self, Read};
use std::path::Path;

/// How much of an existing file is read to tell what it is: enough for a
/// map's header and for the marks Klantreis puts in its exports (a PDF's
/// document information follows its page list).
pub const SNIFF_BYTES: u64 = 256 * 1024;

/// What is at a path an export is about to write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Destination {
    /// Nothing (or a folder, which the write itself refuses).
    Free,
    /// A Klantreis map: a file named `.ron` (in any case), or one whose text
    /// starts like a map, whatever its name.
    Map,
    /// Another file; its first bytes (up to [`SNIFF_BYTES`]).
    File(Vec<u8>),
}

/// Finds out what is at `path`, following symbolic links.
pub fn destination(path: &Path) -> io::Result<Destination> {
    let target = super::resolve(path)?;
    let metadata = match std::fs::metadata(&target) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Destination::Free),
        Err(e) => return Err(e),
    };
    if !metadata.is_file() {
        return Ok(Destination::Free);
    }
    if is_map_name(path) || is_map_name(&target) {
        return Ok(Destination::Map);
    }
    let mut head = Vec::new();
    std::fs::File::open(&target)?
        .take(SNIFF_BYTES)
        .read_to_end(&mut head)?;
    Ok(if starts_like_a_map(&head) {
        Destination::Map
    } else {
        Destination::File(head)
    })
}

/// Whether the name ends in `.ron`, in any case: the name of a map.
pub fn is_map_name(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
}

/// Whether text starts like a Klantreis map (or its backup): after a byte
/// order mark, white space and comments, a `(` and, before the map itself,
/// `format: "klantreis"`.
pub fn starts_like_a_map(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start_matches('\u{feff}');
    let Some(rest) = skip_space_and_comments(text).strip_prefix('(') else {
        return false;
    };
    // The envelope's fields before `map`: `format` is one of them.
    let envelope = rest.split("map").next().unwrap_or_default();
    let compact: String = envelope.chars().filter(|c| !c.is_whitespace()).collect();
    compact.contains(&format!("format:\"{}\"", super::FORMAT_NAME))
        || compact.contains(&format!("format:r\"{}\"", super::FORMAT_NAME))
}

/// The text after any leading white space, `// line` and `/* block */` comments.
fn skip_space_and_comments(mut text: &str) -> &str {
    loop {
        text = text.trim_start();
        if let Some(rest) = text.strip_prefix("//") {
            text = rest.split_once('\n').map_or("", |(_, after)| after);
        } else if let Some(rest) = text.strip_prefix("/*") {
            text = rest.split_once("*/").map_or("", |(_, after)| after);
        } else {
            return text;
        }
    }
}

/// Whether a map file may not be written: it has no write permission for
/// anyone (`chmod a-w`, the read-only box on Windows). For a link, the file
/// it points to.
pub fn is_read_only(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_map_is_known_by_its_header_whatever_comes_first() {
        for text in [
            "(\n    format: \"klantreis\",\n    version: 1,\n    map: (),\n)\n",
            "\u{feff}// Workshop kettle\n/* by hand */ ( version: 1, format : \"klantreis\", map: ())",
            "(format:r\"klantreis\",version:1,map:())",
        ] {
            assert!(starts_like_a_map(text.as_bytes()), "{text}");
        }
        for text in [
            "Title,Type,Channel\r\n",
            "(title: \"format: \\\"klantreis\\\"\")",
            "(version: 1, map: (title: \"format: \\\"klantreis\\\"\"))",
            "",
            "\u{89}PNG",
        ] {
            assert!(!starts_like_a_map(text.as_bytes()), "{text}");
        }
    }

    #[test]
    fn ron_names_in_any_case_are_maps() {
        assert!(is_map_name(Path::new("waterkoker.ron")));
        assert!(is_map_name(Path::new("/tmp/KLANT.RON")));
        assert!(!is_map_name(Path::new("kaart.ron.bak")));
        assert!(!is_map_name(Path::new("kaart.png")));
    }
}
