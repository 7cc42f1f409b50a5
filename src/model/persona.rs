//! Buyer personas: who walks a journey.

use base64::Engine as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Channel, PersonaId};

/// A semi-fictional profile of a customer, e.g. "Duurzame Daniëlle".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    /// Stable identity.
    pub id: PersonaId,
    /// The persona's name.
    pub name: String,
    /// A short quote or motto in the persona's own words.
    #[serde(default)]
    pub quote: String,
    /// The persona's picture, stored inside the map so one file carries everything.
    #[serde(default)]
    pub photo: Option<Photo>,
    /// Age, gender, income, location, occupation.
    #[serde(default)]
    pub demographics: Demographics,
    /// Interests, values, fears, motivations.
    #[serde(default)]
    pub psychographics: Psychographics,
    /// What the persona wants to achieve.
    #[serde(default)]
    pub goals: Vec<String>,
    /// What stands in the persona's way.
    #[serde(default)]
    pub challenges: Vec<String>,
    /// How the persona behaves online: how they search, what they read.
    #[serde(default)]
    pub online_behaviour: Vec<String>,
    /// The channels the persona prefers.
    #[serde(default)]
    pub channels: Vec<Channel>,
    /// Free notes.
    #[serde(default)]
    pub notes: String,
}

impl Persona {
    /// Up to two initials of the name, in capitals, for an avatar without a photo.
    pub fn initials(&self) -> String {
        self.name
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_alphanumeric())
            .take(2)
            .collect::<String>()
            .to_uppercase()
    }

    /// A persona with only a name.
    pub fn new(id: PersonaId, name: &str) -> Self {
        Self {
            id,
            name: name.to_owned(),
            quote: String::new(),
            photo: None,
            demographics: Demographics::default(),
            psychographics: Psychographics::default(),
            goals: Vec::new(),
            challenges: Vec::new(),
            online_behaviour: Vec::new(),
            channels: Vec::new(),
            notes: String::new(),
        }
    }
}

/// Who the persona is, in the words the client uses ("25–34", "modaal").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Demographics {
    /// Age or age range.
    pub age: String,
    /// Gender.
    pub gender: String,
    /// Income.
    pub income: String,
    /// Where the persona lives.
    pub location: String,
    /// What the persona does for a living.
    pub occupation: String,
}

/// What drives the persona.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Psychographics {
    /// Interests and hobbies.
    pub interests: Vec<String>,
    /// Values the persona holds.
    pub values: Vec<String>,
    /// Fears and worries.
    pub fears: Vec<String>,
    /// Motivations.
    pub motivations: Vec<String>,
}

/// A persona's picture: an encoded image (PNG, JPEG or WebP) kept inside the map.
///
/// In the file it is written as base64 text.
#[derive(Clone, PartialEq, Eq)]
pub struct Photo {
    /// The encoded image file's bytes.
    pub bytes: Vec<u8>,
}

impl std::fmt::Debug for Photo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Photo({} bytes)", self.bytes.len())
    }
}

impl Serialize for Photo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&base64::engine::general_purpose::STANDARD.encode(&self.bytes))
    }
}

impl<'de> Deserialize<'de> for Photo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(text.as_bytes())
            .map_err(|e| {
                serde::de::Error::custom(format!(
                    "the persona's photo is damaged (its base64 text does not decode: {e}); \
                     remove the photo line or pick the photo again"
                ))
            })?;
        Ok(Self { bytes })
    }
}
