//! Colours of phases and journeys, stored as `"#rrggbb"` text in the file.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An opaque sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Parses `#rrggbb` (the leading `#` is optional).
    pub fn from_hex(text: &str) -> Option<Self> {
        let hex = text.strip_prefix('#').unwrap_or(text);
        if hex.len() != 6 || !hex.is_ascii() {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Self(byte(0)?, byte(2)?, byte(4)?))
    }

    /// Formats as `#rrggbb`.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

impl Serialize for Rgb {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_hex())
    }
}

impl<'de> Deserialize<'de> for Rgb {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::from_hex(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{text}\" is not a colour; write it as \"#rrggbb\", for example \"#3a7bd5\""
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Rgb;

    #[test]
    fn hex_round_trips() {
        let c = Rgb(0x3a, 0x7b, 0xd5);
        assert_eq!(c.to_hex(), "#3a7bd5");
        assert_eq!(Rgb::from_hex("#3a7bd5"), Some(c));
        assert_eq!(Rgb::from_hex("3A7BD5"), Some(c));
    }

    #[test]
    fn bad_hex_is_refused() {
        for bad in ["", "#12345", "#1234567", "#gg0000", "#ééé"] {
            assert_eq!(Rgb::from_hex(bad), None, "{bad}");
        }
    }
}
