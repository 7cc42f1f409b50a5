//! The shape of the house: each feature folder under `src/ui/` imports the
//! shell and the engine, never another feature; the shell's lower layer never
//! imports its upper layer; and no source file grows past 800 lines.

use std::path::{Path, PathBuf};

/// The feature folders under `src/ui/`.
const FEATURES: [&str; 9] = [
    "journey", "calendar", "personas", "workshop", "merge", "room", "iterate", "evidence",
    "measure",
];

/// The shell's lower layer, which features import: it may name features'
/// state types but never the frame loop, document, menus or dialogs above it.
const SHELL_LOWER: [&str; 10] = [
    "state.rs",
    "commands.rs",
    "theme.rs",
    "widgets.rs",
    "navigate.rs",
    "avatars.rs",
    "compare.rs",
    "help.rs",
    "screen.rs",
    "sparkline.rs",
];

/// The longest a source file may be.
const MAX_LINES: usize = 800;

/// Files allowed to be longer, with the reason.
const LONG_FILES: [(&str, &str); 1] = [(
    "src/picture/svg.rs",
    "the picture writers are being rebuilt for the HTML and deck exports; \
     split it with that work",
)];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, in subfolders too.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
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
    files.sort();
    files
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .expect("inside the project")
        .to_string_lossy()
        .replace('\\', "/")
}

/// The code of a source file without its comments, so a doc comment that
/// names another feature is no import.
fn code_of(path: &Path) -> String {
    std::fs::read_to_string(path)
        .expect("readable source")
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The ways a file can reach into `module` of `crate::ui`: by full path, or
/// by climbing out of its own folder with `super::` (from a feature's
/// `mod.rs`) or `super::super::` (from a file beside it).
fn paths_to(module: &str) -> [String; 3] {
    [
        format!("crate::ui::{module}"),
        format!("super::{module}"),
        format!("ui::{{{module}"),
    ]
}

/// Which lines of the files under `dir` reach into one of `modules`.
fn reaches(dir: &Path, modules: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for file in sources(dir) {
        let code = code_of(&file);
        for module in modules {
            for path in paths_to(module) {
                for (number, line) in code.lines().enumerate() {
                    if line.contains(&path) {
                        found.push(format!(
                            "{}:{}: {}",
                            relative(&file),
                            number + 1,
                            line.trim()
                        ));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn no_feature_imports_another_feature() {
    let mut found = Vec::new();
    for feature in FEATURES {
        let others: Vec<&str> = FEATURES.iter().copied().filter(|f| *f != feature).collect();
        found.extend(reaches(&root().join("src/ui").join(feature), &others));
    }
    assert!(
        found.is_empty(),
        "a feature imports another feature; move the shared piece down into the shell \
         or the engine:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_feature_imports_the_shells_upper_layer() {
    let upper = [
        "shell::KlantreisApp",
        "shell::document",
        "shell::dialogs",
        "shell::menus",
        "shell::prefs",
        "shell::export_dialog",
        "shell::dispatch",
    ];
    let mut found = Vec::new();
    for feature in FEATURES {
        found.extend(reaches(&root().join("src/ui").join(feature), &upper));
    }
    assert!(
        found.is_empty(),
        "a feature imports the shell's frame loop, document, menus or dialogs:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_shells_lower_layer_does_not_import_its_upper_layer() {
    let upper = ["KlantreisApp", "document::", "dialogs::", "menus::"];
    let mut found = Vec::new();
    for name in SHELL_LOWER {
        let path = root().join("src/ui/shell").join(name);
        let code = code_of(&path);
        for (number, line) in code.lines().enumerate() {
            if upper.iter().any(|u| line.contains(u)) {
                found.push(format!(
                    "{}:{}: {}",
                    relative(&path),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "the shell's lower layer reaches up:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_sees_an_import_of_another_feature() {
    let dir = tempfile::tempdir().expect("temporary folder");
    std::fs::write(
        dir.path().join("panel.rs"),
        "//! Mentions crate::ui::calendar in a comment only.\n\
         use crate::ui::shell::State;\n\
         use crate::ui::calendar::ContentView;\n\
         fn f() { super::super::personas::card_window(); }\n",
    )
    .expect("write");
    let found: Vec<String> = sources(dir.path())
        .iter()
        .flat_map(|file| {
            let code = code_of(file);
            ["calendar", "personas", "journey"]
                .iter()
                .flat_map(|m| paths_to(m))
                .filter(|p| code.contains(p.as_str()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(
        found,
        ["crate::ui::calendar", "super::personas"],
        "both imports are seen and the comment is not"
    );
}

#[test]
fn no_source_file_is_over_800_lines() {
    let mut long = Vec::new();
    for file in sources(&root().join("src")) {
        let name = relative(&file);
        let lines = std::fs::read_to_string(&file)
            .expect("readable source")
            .lines()
            .count();
        if lines > MAX_LINES && !LONG_FILES.iter().any(|(allowed, _)| *allowed == name) {
            long.push(format!("{name}: {lines} lines"));
        }
    }
    assert!(
        long.is_empty(),
        "split these files (at most {MAX_LINES} lines each):\n{}",
        long.join("\n")
    );
}
