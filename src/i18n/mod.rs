//! The interface's words in English and Dutch.
//!
//! Each area of the interface has a typed table (`strings!`): a struct with
//! one field per text and one constant per language. A text missing in one
//! language does not compile; `tests` checks that every Dutch text is really
//! translated and keeps the same placeholders.
//!
//! The language is per thread: the app sets it at the start of every frame,
//! so tests that run side by side can each use their own.

use std::cell::Cell;

/// A language of the interface, and of the words a map starts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    /// English.
    En,
    /// Dutch.
    Nl,
}

pub mod app;
pub mod calendar;
pub mod canvas;
pub mod deliver;
pub mod diff;
pub mod evidence;
pub mod export;
pub mod files;
pub mod history;
pub mod inspector;
pub mod iterate;
pub mod measure;
pub mod merge;
pub mod model;
pub mod participant;
pub mod problems;
pub mod room;
pub mod suggest;
pub mod templates;
pub mod welcome;
pub mod workshop;

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::En) };
}

/// The language of this thread's interface.
pub fn language() -> Language {
    CURRENT.with(Cell::get)
}

/// Sets the language of this thread's interface.
pub fn set_language(language: Language) {
    CURRENT.with(|c| c.set(language));
}

/// Wraps work for another thread so it runs in this thread's language:
/// `std::thread::spawn(i18n::carried(move || …))`. Messages and exported
/// words made there then match the window that asked for them.
pub fn carried<R>(work: impl FnOnce() -> R) -> impl FnOnce() -> R {
    let language = language();
    move || {
        set_language(language);
        work()
    }
}

/// The language for a locale tag such as `nl-NL`, `nl_BE.UTF-8` or `en-GB`:
/// Dutch for Dutch (Netherlands, Belgium, Suriname), otherwise English.
pub fn from_locale(tag: &str) -> Language {
    let primary = tag
        .split(['-', '_', '.', '@'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if primary == "nl" {
        Language::Nl
    } else {
        Language::En
    }
}

/// The system's language, from its locale (English when it cannot be read).
pub fn system_language() -> Language {
    static SYSTEM: std::sync::OnceLock<Language> = std::sync::OnceLock::new();
    *SYSTEM.get_or_init(|| sys_locale::get_locale().map_or(Language::En, |tag| from_locale(&tag)))
}

/// The language's own name, as language menus show it.
pub fn endonym(language: Language) -> &'static str {
    match language {
        Language::En => "English",
        Language::Nl => "Nederlands",
    }
}

/// Fills `{name}` placeholders in a translated text, in one pass: a value
/// put in (a step title, a KPI's name) is never read again for placeholders,
/// so a title such as "Pay {n}x" stays as written.
pub fn fill(text: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, value)| (value, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(&value.to_string());
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A count in words: the `one` text for 1, else `other`; `{n}` is the
/// number and `args` fill the other placeholders.
pub fn plural(n: usize, one: &str, other: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut all: Vec<(&str, &dyn std::fmt::Display)> = vec![("n", &n)];
    all.extend_from_slice(args);
    fill(if n == 1 { one } else { other }, &all)
}

/// One text of a table: its key, English and Dutch.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// The field's name.
    pub key: &'static str,
    /// The English text.
    pub en: &'static str,
    /// The Dutch text.
    pub nl: &'static str,
}

/// Declares a table of texts: `strings! { pub struct Texts { key: "English", "Nederlands"; } }`.
/// It gives the struct, `EN` and `NL`, `get(language)`, `t()` for the
/// thread's language, and `ENTRIES` for tests.
#[macro_export]
macro_rules! strings {
    ($(#[$meta:meta])* pub struct $name:ident { $($key:ident : $en:literal , $nl:literal ;)* }) => {
        $(#[$meta])*
        #[derive(Debug)]
        #[allow(missing_docs)]
        pub struct $name { $(pub $key: &'static str,)* }

        impl $name {
            /// The English texts.
            pub const EN: $name = $name { $($key: $en,)* };
            /// The Dutch texts.
            pub const NL: $name = $name { $($key: $nl,)* };
            /// Every text, for tests.
            pub const ENTRIES: &'static [$crate::i18n::Entry] = &[
                $($crate::i18n::Entry { key: stringify!($key), en: $en, nl: $nl },)*
            ];

            /// The texts in `language`.
            pub fn get(language: $crate::i18n::Language) -> &'static $name {
                match language {
                    $crate::i18n::Language::En => &Self::EN,
                    $crate::i18n::Language::Nl => &Self::NL,
                }
            }
        }

        /// The texts in this thread's language.
        pub fn t() -> &'static $name {
            $name::get($crate::i18n::language())
        }
    };
}

/// Every table, for tests: its name and its texts.
pub fn tables() -> Vec<(&'static str, &'static [Entry])> {
    vec![
        ("app", app::Texts::ENTRIES),
        ("calendar", calendar::Texts::ENTRIES),
        ("canvas", canvas::Texts::ENTRIES),
        ("deliver", deliver::Texts::ENTRIES),
        ("diff", diff::Texts::ENTRIES),
        ("export", export::Texts::ENTRIES),
        ("files", files::Texts::ENTRIES),
        ("inspector", inspector::Texts::ENTRIES),
        ("model", model::Texts::ENTRIES),
        ("problems", problems::Texts::ENTRIES),
        ("workshop", workshop::Texts::ENTRIES),
        ("merge", merge::Texts::ENTRIES),
        ("participant", participant::Texts::ENTRIES),
        ("room", room::Texts::ENTRIES),
        ("welcome", welcome::Texts::ENTRIES),
        ("history", history::Texts::ENTRIES),
        ("iterate", iterate::Texts::ENTRIES),
        ("evidence", evidence::Texts::ENTRIES),
        ("measure", measure::Texts::ENTRIES),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn fill_puts_each_value_in_once_and_never_reads_it_again() {
        let title = "Pay {n}x {journey}";
        assert_eq!(
            fill(
                "{title} in {journey}: {n} respondents",
                &[("title", &title), ("journey", &"Bas"), ("n", &240)]
            ),
            "Pay {n}x {journey} in Bas: 240 respondents"
        );
        // Braces that are no placeholder of the text stay as they are.
        assert_eq!(fill("{a} {b} {", &[("a", &1)]), "1 {b} {");
        assert_eq!(fill("{{a}}", &[("a", &"x")]), "{x}");
        assert_eq!(fill("", &[("a", &1)]), "");
    }

    /// Texts that are the same word in both languages.
    const SAME_IN_BOTH: &[&str] = &[
        "Klantreis",
        "PowerPoint",
        "Persona",
        "Persona's",
        "Status",
        "Online",
        "Type",
        "E-mail",
        "OK",
        "Tab",
        "Blog",
        "Podcast",
        "Webinar",
        "Chat",
        "SMS",
        "Website",
        "App",
        "Social media",
        "Event",
        "Video",
        "Whitepaper",
        "Newsletter",
        "PDF",
        "SVG",
        "PNG",
        "CSV",
        "iCalendar",
        "Workshop",
        "Help",
        "{n} item",
        "{n} items",
        "{n} min",
        "Workshop: {map}",
        "Home / End",
        "Page Up / Page Down",
        "Insert",
        "Enter",
        "Tab / Shift+Tab",
        "Ctrl+T",
        "Escape",
        "Persona: {value}",
        "Persona, {about}{journeys}",
        "Timer",
        "Delete",
        "F11",
        "Experiment",
        "Status",
        "+ Experiment",
    ];

    fn placeholders(text: &str) -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        let mut rest = text;
        while let Some(start) = rest.find('{') {
            let after = &rest[start + 1..];
            match after.find('}') {
                Some(end) => {
                    found.insert(after[..end].to_owned());
                    rest = &after[end + 1..];
                }
                None => break,
            }
        }
        found
    }

    #[test]
    fn every_text_is_translated_with_the_same_placeholders() {
        let mut problems = Vec::new();
        for (table, entries) in tables() {
            let mut keys = BTreeSet::new();
            for e in entries {
                if !keys.insert(e.key) {
                    problems.push(format!("{table}.{}: key twice", e.key));
                }
                if e.en.trim().is_empty() || e.nl.trim().is_empty() {
                    problems.push(format!("{table}.{}: empty text", e.key));
                }
                if e.en == e.nl && !SAME_IN_BOTH.contains(&e.en) {
                    problems.push(format!(
                        "{table}.{}: Dutch is the English text \"{}\"",
                        e.key, e.en
                    ));
                }
                if placeholders(e.en) != placeholders(e.nl) {
                    problems.push(format!("{table}.{}: placeholders differ", e.key));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn every_text_can_be_drawn_with_the_interface_font() {
        let ctx = egui::Context::default();
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
        let font = egui::FontId::proportional(14.0);
        // The check can fail: arrows are not in egui's fonts.
        assert!(!ctx.fonts_mut(|f| f.has_glyph(&font, '\u{2190}')));
        let mut missing = Vec::new();
        for (table, entries) in tables() {
            for e in entries {
                for text in [e.en, e.nl] {
                    for c in text.chars().filter(|c| !c.is_whitespace()) {
                        if !ctx.fonts_mut(|f| f.has_glyph(&font, c)) {
                            missing.push(format!("{table}.{}: '{c}' in \"{text}\"", e.key));
                        }
                    }
                }
            }
        }
        assert!(missing.is_empty(), "no glyph for:\n{}", missing.join("\n"));
    }

    #[test]
    fn locale_tags() {
        for tag in ["nl", "nl-NL", "nl_BE.UTF-8", "NL-nl", "nl_NL@euro"] {
            assert_eq!(from_locale(tag), Language::Nl, "{tag}");
        }
        for tag in ["en-US", "en_GB.UTF-8", "de-DE", "", "C", "POSIX", "fy-NL"] {
            assert_eq!(from_locale(tag), Language::En, "{tag}");
        }
    }

    #[test]
    fn carried_work_runs_in_the_callers_language() {
        set_language(Language::Nl);
        let seen = std::thread::spawn(carried(language))
            .join()
            .expect("the thread ran");
        set_language(Language::En);
        assert_eq!(seen, Language::Nl);
    }

    #[test]
    fn the_language_is_per_thread() {
        set_language(Language::Nl);
        assert_eq!(language(), Language::Nl);
        std::thread::spawn(|| assert_eq!(language(), Language::En))
            .join()
            .expect("the thread ran");
        set_language(Language::En);
    }

    #[test]
    fn fill_replaces_named_placeholders() {
        assert_eq!(
            fill(
                "{shown} of {total} items",
                &[("shown", &3), ("total", &"10")]
            ),
            "3 of 10 items"
        );
    }
}
