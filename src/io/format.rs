//! The map file format: RON text holding a versioned envelope around the map.
//!
//! ```text
//! (
//!     format: "klantreis",
//!     version: 3,
//!     map: ( title: "…", …, snapshots: [ (id: 1, name: "…", date: "…", packed: "…") ] ),
//!     snapshot_photos: { "<sha-256>": "<base64>" },
//! )
//! ```
//!
//! Snapshots are packed (see [`crate::model::packed`]); `snapshot_photos`,
//! left out when empty, holds the photos only snapshots have, each once.
//!
//! `version` must come before `map`: the reader picks the map's schema from
//! it in a single pass. Older versions are converted to the current model
//! here, step by step; a newer version is refused.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::i18n::fill;
use crate::model::{Map, PackFault, Photo, snapshot_photos, unpack_snapshots};

/// The format version this Klantreis writes.
pub const FORMAT_VERSION: u64 = 3;

/// The value of the `format` field that marks a Klantreis map.
pub const FORMAT_NAME: &str = "klantreis";

/// How deeply the reader lets values nest before it gives up (ron's default).
pub const RECURSION_LIMIT: usize = 128;

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u64,
    map: &'a Map,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    snapshot_photos: BTreeMap<String, &'a Photo>,
}

/// Writes the map as pretty RON text. The same map always gives the same text.
pub fn to_ron(map: &Map) -> String {
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(false)
        // Text is written as typed (raw strings where it holds quotes), so
        // apostrophes and line breaks in notes stay readable in diffs.
        .escape_strings(false);
    let envelope = Envelope {
        format: FORMAT_NAME,
        version: FORMAT_VERSION,
        map,
        snapshot_photos: snapshot_photos(map),
    };
    let mut text = ron::Options::default()
        .to_string_pretty(&envelope, config)
        .unwrap_or_else(|e| unreachable!("a map always serialises to RON: {e}"));
    text.push('\n');
    text
}

/// Why text could not be read as a map.
#[derive(Debug, PartialEq, Eq)]
pub enum ParseError {
    /// Malformed or wrong-shaped text at this place.
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong, in words.
        message: String,
    },
    /// The file was written by a newer Klantreis.
    NewerVersion(u64),
    /// The text does not begin like a map (plain text, JSON, another
    /// program's RON): the error came before the `format` line.
    NotAMap {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// A snapshot's packed content cannot be read.
    Snapshot {
        /// The snapshot's id.
        id: u64,
        /// The snapshot's name.
        name: String,
        /// What is wrong with it.
        fault: PackFault,
    },
}

/// Reads a map from RON text, migrating older format versions.
pub fn from_ron(text: &str) -> Result<Map, ParseError> {
    from_ron_limited(text, super::MAX_FILE_BYTES)
}

/// Like [`from_ron`], with each snapshot unpacking to at most `limit` bytes
/// (the largest map file; see [`unpack_snapshots`]).
pub fn from_ron_limited(text: &str, limit: u64) -> Result<Map, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let newer = Cell::new(None);
    let format_seen = Cell::new(false);
    let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
    let seed = EnvelopeSeed {
        newer: &newer,
        format_seen: &format_seen,
    };
    match options.from_str_seed(text, seed) {
        Ok((mut map, photos)) => match unpack_snapshots(&mut map, &photos, limit) {
            Ok(()) => Ok(map),
            Err((id, name, fault)) => Err(ParseError::Snapshot {
                id: id.0,
                name,
                fault,
            }),
        },
        Err(_) if newer.get().is_some() => {
            Err(ParseError::NewerVersion(newer.get().unwrap_or_default()))
        }
        // Nothing of a map was read: say so, not what the reader expected.
        Err(e) if !format_seen.get() => Err(ParseError::NotAMap {
            line: e.span.start.line,
            column: e.span.start.col,
        }),
        Err(e) => Err(ParseError::Syntax {
            line: e.span.start.line,
            column: e.span.start.col,
            message: syntax_message(&e, text),
        }),
    }
}

/// What went wrong reading `text`, in words for someone who has never heard
/// of RON. An error that reaches the very end of the text is a cut-off
/// file, whatever ron expected to read next.
pub(super) fn syntax_message(e: &ron::error::SpannedError, text: &str) -> String {
    if e.span.end == end_position(text) {
        describe(&ron::Error::Eof)
    } else {
        describe(&e.code)
    }
}

/// The 1-based line and column just past the end of `text`, as ron counts them.
fn end_position(text: &str) -> ron::error::Position {
    let line = 1 + text.matches('\n').count();
    let col = 1 + text
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count());
    ron::error::Position { line, col }
}

/// Rewords ron's messages for someone who has never heard of RON.
fn describe(error: &ron::Error) -> String {
    use ron::Error as E;
    let t = crate::i18n::files::t();
    let text = match error {
        E::Eof => t.syntax_eof,
        E::ExceededRecursionLimit => {
            return fill(t.syntax_too_deep, &[("limit", &RECURSION_LIMIT)]);
        }
        E::Message(message) => return message.clone(),
        E::TrailingCharacters => t.syntax_trailing,
        E::NoSuchStructField {
            found,
            outer,
            expected,
        } => {
            let of = outer
                .as_deref()
                .map(noun)
                .unwrap_or_else(|| t.syntax_this_part.to_owned());
            return fill(
                t.syntax_no_such_field,
                &[
                    ("found", found),
                    ("of", &of),
                    ("fields", &expected.join(", ")),
                ],
            );
        }
        E::MissingStructField { field, outer } => {
            return match outer {
                Some(outer) => fill(
                    t.syntax_missing_field_of,
                    &[("of", &noun(outer)), ("field", field)],
                ),
                None => fill(t.syntax_missing_field, &[("field", field)]),
            };
        }
        E::DuplicateStructField { field, .. } => {
            return fill(t.syntax_duplicate_field, &[("field", field)]);
        }
        E::ExpectedString | E::ExpectedStringEnd => t.syntax_expected_string,
        E::ExpectedInteger | E::IntegerOutOfBounds => t.syntax_expected_integer,
        E::ExpectedFloat => t.syntax_expected_float,
        E::ExpectedBoolean => t.syntax_expected_boolean,
        E::ExpectedArray => t.syntax_expected_array,
        E::ExpectedArrayEnd => t.syntax_expected_array_end,
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => t.syntax_expected_group,
        E::ExpectedStructLikeEnd => t.syntax_expected_group_end,
        E::ExpectedComma => t.syntax_expected_comma,
        E::ExpectedOption => t.syntax_expected_option,
        E::ExpectedMapColon => t.syntax_expected_colon,
        E::ExpectedIdentifier => t.syntax_expected_identifier,
        E::NoSuchEnumVariant {
            found, expected, ..
        } => {
            return fill(
                t.syntax_not_one_of,
                &[("found", found), ("choices", &expected.join(", "))],
            );
        }
        // ron's own words name Rust types and RON syntax: never shown.
        E::InvalidValueForType { found, .. }
        | E::ExpectedDifferentStructName { found, .. }
        | E::InvalidIdentifier(found)
        | E::SuggestRawIdentifier(found)
        | E::ExpectedStructName(found) => {
            return fill(t.syntax_unexpected_value, &[("found", found)]);
        }
        E::UnexpectedChar(found) => {
            return fill(t.syntax_unexpected_char, &[("found", found)]);
        }
        _ => t.syntax_unexpected,
    };
    text.to_owned()
}

/// A model type's name as a consultant would say it.
fn noun(type_name: &str) -> String {
    let t = crate::i18n::files::t();
    let plain = match type_name {
        "Map" => t.noun_map,
        "Phase" => t.noun_phase,
        "Kpi" => t.noun_kpi,
        "Journey" => t.noun_journey,
        "Step" => t.noun_step,
        "Persona" => t.noun_persona,
        "Demographics" => t.noun_demographics,
        "Psychographics" => t.noun_psychographics,
        "ContentItem" => t.noun_content_item,
        "Envelope" => t.noun_file,
        other => return fill(t.noun_other, &[("name", &other)]),
    };
    plain.to_owned()
}

/// Reads the envelope, choosing the map's schema by the version before it.
struct EnvelopeSeed<'a> {
    newer: &'a Cell<Option<u64>>,
    /// Set once the `format` field is reached: from then on the file is
    /// taken for a map, and its errors are told as a map's.
    format_seen: &'a Cell<bool>,
}

/// The map as read, and the file's table of photos only snapshots hold.
type Read = (Map, BTreeMap<String, Photo>);

impl<'de> DeserializeSeed<'de> for EnvelopeSeed<'_> {
    type Value = Read;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Read, D::Error> {
        deserializer.deserialize_struct(
            "Envelope",
            &["format", "version", "map", "snapshot_photos"],
            self,
        )
    }
}

#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "lowercase")]
enum Field {
    Format,
    Version,
    Map,
    #[serde(rename = "snapshot_photos")]
    SnapshotPhotos,
}

impl<'de> Visitor<'de> for EnvelopeSeed<'_> {
    type Value = Read;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(crate::i18n::files::t().envelope_expecting)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Read, A::Error> {
        let mut format_seen = false;
        let mut version = None;
        let mut map = None;
        let mut photos = BTreeMap::new();
        while let Some(field) = access.next_key::<Field>()? {
            match field {
                Field::Format => {
                    self.format_seen.set(true);
                    let name: String = access.next_value()?;
                    if name != FORMAT_NAME {
                        return Err(de::Error::custom(fill(
                            crate::i18n::files::t().envelope_other_format,
                            &[("name", &name)],
                        )));
                    }
                    format_seen = true;
                }
                Field::Version => {
                    let found: u64 = access.next_value()?;
                    if found > FORMAT_VERSION {
                        self.newer.set(Some(found));
                        return Err(de::Error::custom("newer format version"));
                    }
                    if found == 0 {
                        return Err(de::Error::custom(
                            crate::i18n::files::t().envelope_version_zero,
                        ));
                    }
                    version = Some(found);
                }
                Field::Map => {
                    let Some(version) = version else {
                        return Err(de::Error::custom(
                            crate::i18n::files::t().envelope_version_first,
                        ));
                    };
                    map = Some(read_map_of_version(version, &mut access)?);
                }
                Field::SnapshotPhotos => photos = access.next_value()?,
            }
        }
        if !format_seen {
            return Err(de::Error::custom(
                crate::i18n::files::t().envelope_no_format,
            ));
        }
        let map = map.ok_or_else(|| de::Error::custom(crate::i18n::files::t().envelope_no_map))?;
        Ok((map, photos))
    }
}

/// Reads the `map` value in the schema of `version` and converts it to the current model.
///
/// Each released version keeps its schema in a module of its own, with a
/// conversion to the next version. Version 3 differs from version 2 only in
/// how snapshots are written, and the snapshot reader takes both forms.
fn read_map_of_version<'de, A: MapAccess<'de>>(
    version: u64,
    access: &mut A,
) -> Result<Map, A::Error> {
    match version {
        1 => access
            .next_value::<super::format_v1::MapV1>()
            .map(Map::from),
        2 | 3 => access.next_value::<Map>(),
        other => {
            access.next_value::<IgnoredAny>()?;
            Err(de::Error::custom(fill(
                crate::i18n::files::t().envelope_unknown_version,
                &[("version", &other)],
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::model::PhaseTemplate;

    #[test]
    fn a_template_map_round_trips_to_the_same_bytes() {
        let map = PhaseTemplate::FivePhase.new_map(Language::Nl);
        let text = to_ron(&map);
        assert!(text.starts_with("(\n    format: \"klantreis\",\n    version: 3,\n"));
        let back = from_ron(&text).expect("parses");
        assert_eq!(back, map);
        assert_eq!(to_ron(&back), text);
    }

    #[test]
    fn a_newer_version_is_refused_with_its_number() {
        let text = "(format: \"klantreis\", version: 7, map: (title: \"x\", future: 1))";
        assert_eq!(from_ron(text), Err(ParseError::NewerVersion(7)));
    }

    #[test]
    fn a_version_after_the_map_is_explained() {
        let text = "(format: \"klantreis\", map: (), version: 2)";
        let Err(ParseError::Syntax { message, .. }) = from_ron(text) else {
            panic!("must fail");
        };
        assert!(message.contains("must come before"), "{message}");
    }
}
