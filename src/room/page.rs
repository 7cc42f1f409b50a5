//! The participants' page: one self-contained HTML page (its style, script
//! and words inline; nothing from anywhere else), under a strict
//! Content-Security-Policy that allows only its own script and style and
//! requests to the laptop it came from. Participant text is only ever set
//! as `textContent`, so a note with `<script>` shows as text.

use std::sync::OnceLock;

use crate::i18n::{Entry, Language};
use crate::model::Emotion;
use crate::picture::html::hash_source;

const TEMPLATE: &str = include_str!("page.html");
const STYLE: &str = include_str!("page.css");
const SCRIPT: &str = include_str!("page.js");

/// The page's words in one language, with the emotion scale's names.
fn words(language: Language) -> serde_json::Value {
    let mut table = serde_json::Map::new();
    for Entry { key, en, nl } in crate::i18n::participant::Texts::ENTRIES {
        let text = if language == Language::Nl { nl } else { en };
        table.insert((*key).to_owned(), serde_json::Value::from(*text));
    }
    let previous = crate::i18n::language();
    crate::i18n::set_language(language);
    let emotions: Vec<String> = Emotion::ALL.iter().map(|e| e.name().to_owned()).collect();
    crate::i18n::set_language(previous);
    table.insert("emotions".to_owned(), emotions.into());
    table.into()
}

/// The page, built once.
pub fn html() -> &'static str {
    static PAGE: OnceLock<String> = OnceLock::new();
    PAGE.get_or_init(|| {
        let all = serde_json::json!({ "en": words(Language::En), "nl": words(Language::Nl) });
        // Inside a script element "</" would end it: JSON allows "<\/".
        let data = all.to_string().replace("</", "<\\/");
        TEMPLATE
            .replace("/*STYLE*/", STYLE)
            .replace("/*SCRIPT*/", SCRIPT)
            .replace("/*WORDS*/", &data)
    })
}

/// The page's Content-Security-Policy.
pub fn policy() -> &'static str {
    static POLICY: OnceLock<String> = OnceLock::new();
    POLICY.get_or_init(|| {
        format!(
            "default-src 'none'; script-src {}; style-src {}; connect-src 'self'; \
             img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
            hash_source(SCRIPT),
            hash_source(STYLE)
        )
    })
}
