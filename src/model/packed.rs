//! The packed form of a snapshot, as the file keeps it (since format
//! version 3): the snapshot's content written as compact RON (no
//! indentation), deflated (zlib, so damage is caught by its checksum), as
//! base64 text on one line. Persona photos are not in that text: each is
//! replaced by a reference to its content (`PHOTO_REF_PREFIX` and the
//! SHA-256 of the picture's bytes in hex), resolved on reading against the
//! live map's photos and the file's table of photos only snapshots hold.
//!
//! The same content always packs to the same text, so saving a map twice
//! gives the same file. Unpacking is untrusted input: the inflated text is
//! bounded, and every fault says which snapshot and what is wrong.

use std::io::{Read, Write};

use base64::Engine;
use flate2::Compression;
use flate2::read::ZlibDecoder;
use flate2::write::ZlibEncoder;
use sha2::{Digest, Sha256};

use super::{Map, Photo};

/// What a persona photo inside packed content starts with: the rest is the
/// SHA-256 of the photo's bytes in hex. No PNG, JPEG or WebP starts so.
pub const PHOTO_REF_PREFIX: &[u8] = b"klantreis-photo-sha256:";

/// How many times the largest map file all the snapshots of one file may
/// unpack to together: with the 256 MiB file limit, 1 GiB (thirty snapshots
/// of the generated 10,000-step map unpack to about 230 MB). One snapshot may
/// unpack to at most the file limit: it is a map's content, never larger
/// than a map file.
pub const UNPACKED_TOTAL_FACTOR: u64 = 4;

/// How deeply unpacked content may nest (as the file itself).
const RECURSION_LIMIT: usize = 128;

/// A photo a snapshot's packed content refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhotoRef {
    /// The SHA-256 of the photo's bytes, in lower-case hex.
    pub hash: String,
    /// Which of the content's personas has it (its index in `personas`).
    pub persona: usize,
}

/// A snapshot's content, packed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackedText {
    /// The base64 text written in the file.
    pub text: String,
    /// The photos it refers to.
    pub photos: Vec<PhotoRef>,
    /// The bytes the text unpacks to (the compact RON, photos as
    /// references): what the reader counts against its limits.
    pub unpacked: u64,
}

/// Why a snapshot's packed text cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackFault {
    /// The text is not base64.
    Base64(String),
    /// The bytes are not deflated data, or damaged (checksum).
    Inflate(String),
    /// It unpacks to more than the limit (in bytes): a decompression bomb,
    /// or more than a map can be.
    TooLarge {
        /// The limit that was passed.
        limit: u64,
    },
    /// Together with the snapshots before it (their unpacked text and the
    /// photos they show), more than the file's limit for all snapshots.
    TotalTooLarge {
        /// The limit for all snapshots of the file.
        limit: u64,
    },
    /// The unpacked bytes are not UTF-8 text.
    NotText,
    /// The unpacked text is not a map's content.
    Content {
        /// 1-based line in the unpacked text.
        line: usize,
        /// 1-based column in the unpacked text.
        column: usize,
        /// What the reader said.
        message: String,
    },
}

/// The SHA-256 of a photo's bytes, in lower-case hex.
pub fn photo_hash(photo: &Photo) -> String {
    use std::fmt::Write as _;
    let digest = Sha256::digest(&photo.bytes);
    let mut hex = String::with_capacity(64);
    for byte in digest.iter() {
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

/// The hash a photo reference names, when `photo` is one.
pub fn referred_hash(photo: &Photo) -> Option<&str> {
    let rest = photo.bytes.strip_prefix(PHOTO_REF_PREFIX)?;
    std::str::from_utf8(rest).ok()
}

/// Packs a snapshot's content: compact RON with photos as references,
/// deflated, base64.
pub fn pack(content: &Map) -> PackedText {
    let mut photos = Vec::new();
    let ron = if content.personas.iter().any(|p| p.photo.is_some()) {
        let mut copy = content.clone();
        for (index, persona) in copy.personas.iter_mut().enumerate() {
            if let Some(photo) = &mut persona.photo {
                let hash = photo_hash(photo);
                photo.bytes = [PHOTO_REF_PREFIX, hash.as_bytes()].concat();
                photos.push(PhotoRef {
                    hash,
                    persona: index,
                });
            }
        }
        compact(&copy)
    } else {
        compact(content)
    };
    let mut deflated = ZlibEncoder::new(Vec::new(), Compression::default());
    // Writing into a Vec cannot fail.
    let _ = deflated.write_all(ron.as_bytes());
    let bytes = deflated.finish().unwrap_or_default();
    PackedText {
        text: base64::engine::general_purpose::STANDARD.encode(bytes),
        photos,
        unpacked: ron.len() as u64,
    }
}

fn compact(map: &Map) -> String {
    ron::Options::default()
        .to_string(map)
        .unwrap_or_else(|e| unreachable!("a map always serialises to RON: {e}"))
}

/// Unpacks a snapshot's packed text into its content, its photos still as
/// references (see [`referred_hash`]). At most `budget` bytes are inflated,
/// and no more than `limit` (the largest map file); `budget` is lowered by
/// what was.
pub fn unpack(text: &str, limit: u64, budget: &mut u64) -> Result<Map, PackFault> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(text.trim().as_bytes())
        .map_err(|e| PackFault::Base64(e.to_string()))?;
    let allowed = (*budget).min(limit);
    let mut inflated = Vec::new();
    ZlibDecoder::new(bytes.as_slice())
        .take(allowed.saturating_add(1))
        .read_to_end(&mut inflated)
        .map_err(|e| PackFault::Inflate(e.to_string()))?;
    let size = inflated.len() as u64;
    if size > allowed {
        return Err(if allowed < limit {
            PackFault::TotalTooLarge {
                limit: limit.saturating_mul(UNPACKED_TOTAL_FACTOR),
            }
        } else {
            PackFault::TooLarge { limit }
        });
    }
    *budget -= size;
    let ron = String::from_utf8(inflated).map_err(|_| PackFault::NotText)?;
    ron::Options::default()
        .with_recursion_limit(RECURSION_LIMIT)
        .from_str::<Map>(&ron)
        .map_err(|e| PackFault::Content {
            line: e.span.start.line,
            column: e.span.start.col,
            message: e.code.to_string(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Persona;

    fn with_photo() -> Map {
        let mut map = Map {
            title: "Packed".into(),
            ..Map::default()
        };
        let mut persona = Persona::new(crate::model::PersonaId(1), "Daniëlle");
        persona.photo = Some(Photo {
            bytes: b"\x89PNG not really".to_vec(),
        });
        map.personas.push(persona);
        map
    }

    #[test]
    fn packing_the_same_content_twice_gives_the_same_text() {
        let map = with_photo();
        assert_eq!(pack(&map), pack(&map));
    }

    #[test]
    fn packed_content_unpacks_with_its_photos_as_references() {
        let map = with_photo();
        let packed = pack(&map);
        assert!(!packed.text.contains('\n'));
        let mut budget = 1 << 20;
        let back = unpack(&packed.text, 1 << 20, &mut budget).expect("unpacks");
        assert!(budget < 1 << 20);
        let photo = back.personas[0].photo.as_ref().expect("a reference");
        let hash = photo_hash(map.personas[0].photo.as_ref().expect("photo"));
        assert_eq!(referred_hash(photo), Some(hash.as_str()));
        assert_eq!(packed.photos, [PhotoRef { hash, persona: 0 }]);
        assert_eq!(back.title, "Packed");
    }

    #[test]
    fn a_bomb_stops_at_the_limit() {
        let mut deflated = ZlibEncoder::new(Vec::new(), Compression::best());
        deflated.write_all(&vec![b' '; 4 << 20]).expect("deflate");
        let text =
            base64::engine::general_purpose::STANDARD.encode(deflated.finish().expect("deflated"));
        let mut budget = 8 << 20;
        assert_eq!(
            unpack(&text, 1 << 20, &mut budget),
            Err(PackFault::TooLarge { limit: 1 << 20 })
        );
        let mut budget = 1 << 20;
        assert_eq!(
            unpack(&text, 2 << 20, &mut budget),
            Err(PackFault::TotalTooLarge { limit: 8 << 20 })
        );
        assert!(matches!(
            unpack("not base64!", 1 << 20, &mut budget),
            Err(PackFault::Base64(_))
        ));
        assert!(matches!(
            unpack("aGVsbG8=", 1 << 20, &mut budget),
            Err(PackFault::Inflate(_))
        ));
    }
}
