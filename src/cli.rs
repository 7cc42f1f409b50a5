//! The headless commands: `check`, `upgrade` and `new`. They use the library,
//! never the window, and report one clear line per problem.

use std::path::{Path, PathBuf};

use crate::io;
use crate::model::{Language, PhaseTemplate, repair};

/// Exit code: everything went well.
pub const EXIT_OK: i32 = 0;
/// Exit code: at least one file had a problem.
pub const EXIT_PROBLEM: i32 = 1;

/// `klantreis check FILE...`: validates maps, one line per problem.
pub fn check(files: &[PathBuf]) -> i32 {
    let mut code = EXIT_OK;
    for path in files {
        match io::load(path) {
            Ok(loaded) if loaded.problems.is_empty() => println!("{}: ok", path.display()),
            Ok(loaded) => {
                code = EXIT_PROBLEM;
                for problem in &loaded.problems {
                    println!("{}: {problem}", path.display());
                }
                println!(
                    "{}: run `klantreis upgrade --repair {}` to repair this.",
                    path.display(),
                    path.display()
                );
            }
            Err(e) => {
                code = EXIT_PROBLEM;
                println!("{e}");
            }
        }
    }
    code
}

/// `klantreis upgrade [--repair] FILE...`: re-saves maps in the current format.
pub fn upgrade(files: &[PathBuf], allow_repair: bool) -> i32 {
    let mut code = EXIT_OK;
    for path in files {
        if let Err(message) = upgrade_one(path, allow_repair) {
            code = EXIT_PROBLEM;
            println!("{message}");
        }
    }
    code
}

fn upgrade_one(path: &Path, allow_repair: bool) -> Result<(), String> {
    let mut loaded = io::load(path).map_err(|e| e.to_string())?;
    if !loaded.problems.is_empty() {
        if !allow_repair {
            let mut lines: Vec<String> = loaded
                .problems
                .iter()
                .map(|p| format!("{}: {p}", path.display()))
                .collect();
            lines.push(format!(
                "{}: not saved; add --repair to repair these problems while upgrading.",
                path.display()
            ));
            return Err(lines.join("\n"));
        }
        for change in repair(&mut loaded.map) {
            println!("{}: repaired: {change}", path.display());
        }
    }
    io::save(path, &loaded.map).map_err(|e| e.to_string())?;
    println!(
        "{}: saved in format version {} (the previous file is kept as {}).",
        path.display(),
        io::FORMAT_VERSION,
        io::backup_path(path).display()
    );
    Ok(())
}

/// `klantreis new --template NAME [--language nl] OUT`: writes an empty map.
pub fn new(template: &str, language: &str, out: &Path, force: bool) -> i32 {
    let Some(template) = PhaseTemplate::from_key(template) else {
        let names: Vec<_> = PhaseTemplate::ALL.iter().map(|t| t.key()).collect();
        println!(
            "There is no template \"{template}\". Choose one of: {}.",
            names.join(", ")
        );
        return EXIT_PROBLEM;
    };
    let language = match language {
        "en" => Language::En,
        "nl" => Language::Nl,
        other => {
            println!("There is no language \"{other}\". Choose en or nl.");
            return EXIT_PROBLEM;
        }
    };
    if out.exists() && !force {
        println!(
            "{} already exists; it was not changed. Choose another name, or add --force to replace it.",
            out.display()
        );
        return EXIT_PROBLEM;
    }
    match io::save(out, &template.new_map(language).with_fresh_uid()) {
        Ok(_) => {
            println!(
                "{}: new map with the phases {}.",
                out.display(),
                template.label(language)
            );
            EXIT_OK
        }
        Err(e) => {
            println!("{e}");
            EXIT_PROBLEM
        }
    }
}
