//! The map file format: RON text holding a versioned envelope around the map.
//!
//! ```text
//! (
//!     format: "klantreis",
//!     version: 1,
//!     map: ( title: "…", … ),
//! )
//! ```
//!
//! `version` must come before `map`: the reader picks the map's schema from
//! it in a single pass. Older versions are converted to the current model
//! here, step by step; a newer version is refused.

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::model::Map;

/// The format version this Klantreis writes.
pub const FORMAT_VERSION: u64 = 1;

/// The value of the `format` field that marks a Klantreis map.
pub const FORMAT_NAME: &str = "klantreis";

/// How deeply the reader lets values nest before it gives up (ron's default).
pub const RECURSION_LIMIT: usize = 128;

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u64,
    map: &'a Map,
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
}

/// Reads a map from RON text, migrating older format versions.
pub fn from_ron(text: &str) -> Result<Map, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let newer = Cell::new(None);
    let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
    match options.from_str_seed(text, EnvelopeSeed { newer: &newer }) {
        Ok(map) => Ok(map),
        Err(_) if newer.get().is_some() => {
            Err(ParseError::NewerVersion(newer.get().unwrap_or_default()))
        }
        Err(e) => {
            // An error that reaches the very end of the text is a cut-off file,
            // whatever ron expected to read next.
            let cut_off = e.span.end == end_position(text);
            Err(ParseError::Syntax {
                line: e.span.start.line,
                column: e.span.start.col,
                message: if cut_off {
                    describe(&ron::Error::Eof)
                } else {
                    describe(&e.code)
                },
            })
        }
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
    match error {
        E::Eof => {
            "the file ends too early; it may have been cut off while copying or saving".to_owned()
        }
        E::ExceededRecursionLimit => format!(
            "the values are nested more than {RECURSION_LIMIT} levels deep, which no map needs"
        ),
        E::Message(message) => message.clone(),
        E::TrailingCharacters => {
            "there is more text after the end of the map; remove it".to_owned()
        }
        E::NoSuchStructField {
            found,
            outer,
            expected,
        } => {
            let of = outer
                .as_deref()
                .map(noun)
                .unwrap_or_else(|| "this part".to_owned());
            format!(
                "\"{found}\" is not a field of {of}; the fields are: {}",
                expected.join(", ")
            )
        }
        E::MissingStructField { field, outer } => match outer {
            Some(outer) => format!("{} is missing its \"{field}\"", noun(outer)),
            None => format!("the field \"{field}\" is missing"),
        },
        E::DuplicateStructField { field, .. } => format!("\"{field}\" is given twice"),
        E::ExpectedString | E::ExpectedStringEnd => "expected text in double quotes".to_owned(),
        E::ExpectedInteger | E::IntegerOutOfBounds => "expected a whole number".to_owned(),
        E::ExpectedFloat => "expected a number such as 2.5".to_owned(),
        E::ExpectedBoolean => "expected true or false".to_owned(),
        E::ExpectedArray => "expected a list in square brackets [ … ]".to_owned(),
        E::ExpectedArrayEnd => "expected a comma or the ] that ends the list".to_owned(),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            "expected a group of fields in round brackets ( … )".to_owned()
        }
        E::ExpectedStructLikeEnd => "expected a comma or the ) that ends the group".to_owned(),
        E::ExpectedComma => "expected a comma".to_owned(),
        E::ExpectedOption => "expected Some(…) or None".to_owned(),
        E::ExpectedMapColon => "expected a colon after the field name".to_owned(),
        E::ExpectedIdentifier => "expected a field name".to_owned(),
        E::NoSuchEnumVariant {
            found, expected, ..
        } => {
            format!("\"{found}\" is not one of {}", expected.join(", "))
        }
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => text,
            }
        }
    }
}

/// A model type's name as a consultant would say it.
fn noun(type_name: &str) -> String {
    let plain = match type_name {
        "Map" => "the map",
        "Phase" => "a phase",
        "Kpi" => "a KPI",
        "Journey" => "a journey",
        "Step" => "a step",
        "Persona" => "a persona",
        "Demographics" => "a persona's demographics",
        "Psychographics" => "a persona's psychographics",
        "ContentItem" => "a content item",
        "Envelope" => "the file",
        other => return format!("a {other}"),
    };
    plain.to_owned()
}

/// Reads the envelope, choosing the map's schema by the version before it.
struct EnvelopeSeed<'a> {
    newer: &'a Cell<Option<u64>>,
}

impl<'de> DeserializeSeed<'de> for EnvelopeSeed<'_> {
    type Value = Map;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Map, D::Error> {
        deserializer.deserialize_struct("Envelope", &["format", "version", "map"], self)
    }
}

#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "lowercase")]
enum Field {
    Format,
    Version,
    Map,
}

impl<'de> Visitor<'de> for EnvelopeSeed<'_> {
    type Value = Map;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Klantreis map file: (format: \"klantreis\", version: …, map: (…))")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Map, A::Error> {
        let mut format_seen = false;
        let mut version = None;
        let mut map = None;
        while let Some(field) = access.next_key::<Field>()? {
            match field {
                Field::Format => {
                    let name: String = access.next_value()?;
                    if name != FORMAT_NAME {
                        return Err(de::Error::custom(format!(
                            "this is a \"{name}\" file, not a Klantreis map"
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
                        return Err(de::Error::custom("format version 0 does not exist"));
                    }
                    version = Some(found);
                }
                Field::Map => {
                    let Some(version) = version else {
                        return Err(de::Error::custom(
                            "the \"version\" must come before the \"map\"",
                        ));
                    };
                    map = Some(read_map_of_version(version, &mut access)?);
                }
            }
        }
        if !format_seen {
            return Err(de::Error::custom(
                "this is not a Klantreis map (the \"format: \\\"klantreis\\\"\" line is missing)",
            ));
        }
        map.ok_or_else(|| de::Error::custom("the file has no \"map\""))
    }
}

/// Reads the `map` value in the schema of `version` and converts it to the current model.
///
/// Each released version keeps its schema in a module of its own, with a
/// conversion to the next version; version 1 is the current model.
fn read_map_of_version<'de, A: MapAccess<'de>>(
    version: u64,
    access: &mut A,
) -> Result<Map, A::Error> {
    match version {
        1 => access.next_value::<Map>(),
        other => {
            access.next_value::<IgnoredAny>()?;
            Err(de::Error::custom(format!(
                "format version {other} is not known"
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Language, PhaseTemplate};

    #[test]
    fn a_template_map_round_trips_to_the_same_bytes() {
        let map = PhaseTemplate::FivePhase.new_map(Language::Nl);
        let text = to_ron(&map);
        assert!(text.starts_with("(\n    format: \"klantreis\",\n    version: 1,\n"));
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
        let text = "(format: \"klantreis\", map: (), version: 1)";
        let Err(ParseError::Syntax { message, .. }) = from_ron(text) else {
            panic!("must fail");
        };
        assert!(message.contains("must come before"), "{message}");
    }
}
