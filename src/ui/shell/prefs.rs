//! Preferences kept between runs in eframe's storage (never in the map file).

use super::*;

/// Light, dark, or as the system says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
    /// Black on white with strong lines and thick curves, for projectors.
    HighContrast,
}

/// The interface's language: the system's, or one the user chose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum LanguageChoice {
    /// Follow the system's locale.
    #[default]
    System,
    /// English.
    English,
    /// Dutch.
    Dutch,
}

impl LanguageChoice {
    /// The language this choice means on this system.
    pub fn resolve(self) -> Language {
        match self {
            LanguageChoice::System => crate::i18n::system_language(),
            LanguageChoice::English => Language::En,
            LanguageChoice::Dutch => Language::Nl,
        }
    }
}

/// Preferences kept between runs (never in the map file).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Recently opened or saved maps, newest first.
    pub recent: Vec<PathBuf>,
    /// The colour theme.
    pub theme: ThemeChoice,
    /// The interface scale (1.0 = 100 %).
    pub ui_scale: f32,
    /// Whether CSV exports separate fields with semicolons (Excel set to
    /// Dutch) instead of commas.
    pub csv_semicolons: bool,
    /// The interface's language.
    pub language: LanguageChoice,
    /// Whether a start without a file reopens the last map (else the welcome view shows).
    pub reopen_last: bool,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            recent: Vec::new(),
            theme: ThemeChoice::System,
            ui_scale: 1.0,
            csv_semicolons: false,
            language: LanguageChoice::System,
            reopen_last: true,
        }
    }
}

impl Prefs {
    pub(super) fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}
