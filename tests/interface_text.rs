//! No text of the interface is left out of the translation tables: every
//! string literal in the interface's source that reads like words for a
//! person must come from `src/i18n` (the tables themselves are checked for
//! Dutch and English by the library's tests).

use std::path::Path;

/// Literals that look like words but are not shown as interface text.
const NOT_INTERFACE_TEXT: &[(&str, &str)] = &[
    // The product's name.
    ("src/ui/mod.rs", "Klantreis"),
    ("src/picture/pdf.rs", "Klantreis"),
    ("src/picture/tiles.rs", "Klantreis"),
    // PDF names of the standard font that numbers the tiled pages.
    ("src/picture/tiles.rs", "Helvetica"),
    ("src/picture/tiles.rs", "WinAnsiEncoding"),
    // The PNG keyword and the program's name, marking exported PNGs.
    ("src/picture/marker.rs", "Software0Klantreis"),
    // Names of the file format's structures, for the parser.
    ("src/io/format.rs", "Map"),
    ("src/io/format.rs", "Phase"),
    ("src/io/format.rs", "Kpi"),
    ("src/io/format.rs", "Journey"),
    ("src/io/format.rs", "Step"),
    ("src/io/format.rs", "Persona"),
    ("src/io/format.rs", "Demographics"),
    ("src/io/format.rs", "Psychographics"),
    ("src/io/format.rs", "ContentItem"),
    ("src/io/format.rs", "Envelope"),
    // Caught and replaced by a translated message.
    ("src/io/format.rs", "newer format version"),
    // Written into lock files, read by other windows.
    ("src/io/lock.rs", "this computer"),
    // Font names in exported pictures.
    ("src/picture/text.rs", "Noto Sans"),
    ("src/picture/text.rs", "DejaVu Sans"),
    ("src/picture/text.rs", "Noto Emoji"),
    (
        "src/picture/text.rs",
        "'Noto Sans', 'DejaVu Sans', Arial, Helvetica, sans-serif",
    ),
];

/// Lines whose literals are keys, not text.
const KEY_MARKERS: &[&str] = &[
    "id_salt(",
    "Id::unique(",
    "Gesture::Typing(",
    ".expect(",
    "panic!",
    "assert",
    "unreachable!",
    "#[",
];

fn literals(line: &str) -> Vec<String> {
    let line = line.replace("'\"'", "").replace("'\\\"'", "");
    let mut out = Vec::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut text = String::new();
        let mut escaped = false;
        for c in chars.by_ref() {
            if escaped {
                text.push(c);
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                break;
            } else {
                text.push(c);
            }
        }
        out.push(text);
    }
    out
}

/// Whether a literal reads like words for a person: two words in a row, or a capitalised word.
fn reads_like_words(text: &str) -> bool {
    if text.contains('<') || text.contains("{:") {
        return false;
    }
    let words: Vec<&str> = text.split(' ').collect();
    let word = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_alphabetic());
    let two_words = words.windows(2).any(|p| word(p[0]) && word(p[1]));
    let mut chars = text.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase)
        && chars.clone().take(2).count() == 2
        && chars.take(2).all(char::is_lowercase);
    two_words || capitalised
}

#[test]
fn every_interface_text_comes_from_the_translation_tables() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    let mut dirs: Vec<_> = ["src/ui", "src/picture", "src/export", "src/io", "src/scene"]
        .iter()
        .map(|d| root.join(d))
        .collect();
    // The folders and their subfolders (the ui has one per feature).
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("source folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.push(root.join("src/model/validate.rs"));
    files.sort();
    let mut found = Vec::new();
    for path in &files {
        let name = path
            .strip_prefix(root)
            .expect("inside the project")
            .to_string_lossy()
            .replace('\\', "/");
        let source = std::fs::read_to_string(path).expect("readable source");
        let source = source.split("#[cfg(test)]").next().unwrap_or_default();
        for (number, line) in source.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") || KEY_MARKERS.iter().any(|m| line.contains(m)) {
                continue;
            }
            for text in literals(line) {
                if reads_like_words(&text)
                    && !NOT_INTERFACE_TEXT.contains(&(name.as_str(), text.as_str()))
                {
                    found.push(format!("{name}:{}: \"{text}\"", number + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "interface text outside the translation tables (move it to src/i18n):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_sees_words() {
    assert!(reads_like_words("Save As…"));
    assert!(reads_like_words("no recent maps"));
    assert!(!reads_like_words("klantreis-high-contrast"));
    assert!(!reads_like_words("{:02}:{:02}"));
    assert_eq!(
        literals(r#"ui.label("Hello there").on_hover_text("x \"y\" z")"#),
        vec!["Hello there".to_owned(), "x \"y\" z".to_owned()]
    );
}
