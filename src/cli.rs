//! The headless commands: `check`, `upgrade`, `new` and `export`; `diff`,
//! `merge` and `git-setup` for copies of a map (in [`team`]). They use the library,
//! never the window, and report one clear line per problem.

use std::path::{Path, PathBuf};

mod team;
pub use team::{changes_text, diff, git_diff, git_setup, language, merge};

use crate::export::{DataExport, Separator};
use crate::io;
use crate::model::{Language, Map, PhaseTemplate, repair};

/// Exit code: everything went well.
pub const EXIT_OK: i32 = 0;
/// Exit code: at least one file had a problem.
pub const EXIT_PROBLEM: i32 = 1;

/// `klantreis check FILE...`: validates maps, one line per problem.
pub fn check(files: &[PathBuf]) -> i32 {
    let mut code = EXIT_OK;
    for path in files {
        match io::load(path) {
            Ok(loaded) if !loaded.map.conflicts.is_empty() => {
                code = EXIT_PROBLEM;
                team::report_conflicts(path, &loaded);
            }
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
            let mut lines = problem_lines(path, &loaded.problems);
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

/// What `klantreis export` is asked to write (its command-line arguments).
#[derive(Clone, Debug, clap::Args)]
pub struct ExportRequest {
    /// The map file.
    pub file: PathBuf,
    /// Write an SVG (vector, text as text) here.
    #[arg(long, value_name = "OUT.svg")]
    pub svg: Option<PathBuf>,
    /// Write a PNG here.
    #[arg(long, value_name = "OUT.png")]
    pub png: Option<PathBuf>,
    /// The PNG's scale: 1, 2 or 4 pixels per point.
    #[arg(long, default_value_t = 1.0)]
    pub scale: f32,
    /// The PNG's background: white or transparent.
    #[arg(long, default_value = "white")]
    pub background: String,
    /// Write a PDF here (one landscape page, fonts embedded).
    #[arg(long, value_name = "OUT.pdf")]
    pub pdf: Option<PathBuf>,
    /// The PDF's paper: a4 or a3, landscape.
    #[arg(long, default_value = "a4")]
    pub paper: String,
    /// Draw only this journey (by name); repeat for more. Default: all.
    #[arg(long = "journey", value_name = "NAME")]
    pub journeys: Vec<String>,
    /// Leave out the lanes (actions, thoughts, pain points, opportunities, touchpoints).
    #[arg(long)]
    pub no_lanes: bool,
    /// Add a PDF page for each persona.
    #[arg(long)]
    pub personas: bool,
    /// Add the content calendar to the PDF.
    #[arg(long)]
    pub calendar: bool,
    /// Write the content calendar as CSV here (UTF-8, for Excel and LibreOffice).
    #[arg(long, value_name = "OUT.csv")]
    pub csv: Option<PathBuf>,
    /// Write every journey's steps with their lanes as CSV here.
    #[arg(long, value_name = "OUT.csv")]
    pub steps_csv: Option<PathBuf>,
    /// Write the content calendar as iCalendar here (Outlook, Google, Apple Calendar).
    #[arg(long, value_name = "OUT.ics")]
    pub ics: Option<PathBuf>,
    /// Separate CSV fields with semicolons, for Excel set to Dutch.
    #[arg(long)]
    pub semicolons: bool,
    /// The language of the words in the exports (headings, legend, column
    /// titles): en or nl. Default: the system's language.
    #[arg(long, value_name = "en|nl", value_parser = ["en", "nl"])]
    pub lang: Option<String>,
}

impl ExportRequest {
    /// The language the exports are written in: `--lang`, else the system's.
    pub fn language(&self) -> Language {
        match self.lang.as_deref() {
            Some("nl") => Language::Nl,
            Some(_) => Language::En,
            None => crate::i18n::system_language(),
        }
    }
}

/// `klantreis export FILE --svg OUT.svg --png OUT.png --pdf OUT.pdf`: pictures
/// of the map. Everything is drawn before anything is written, and each file
/// is written atomically, so a failure never leaves a half-written picture.
pub fn export(request: &ExportRequest) -> i32 {
    match export_all(request) {
        Ok(lines) => {
            for line in lines {
                println!("{line}");
            }
            EXIT_OK
        }
        Err(lines) => {
            for line in lines {
                println!("{line}");
            }
            EXIT_PROBLEM
        }
    }
}

fn export_all(request: &ExportRequest) -> Result<Vec<String>, Vec<String>> {
    use crate::picture::{self, Background, ExportOptions, Paper};
    let path = &request.file;
    let outputs: Vec<&PathBuf> = [
        &request.svg,
        &request.png,
        &request.pdf,
        &request.csv,
        &request.steps_csv,
        &request.ics,
    ]
    .into_iter()
    .flatten()
    .collect();
    if outputs.is_empty() {
        return Err(vec![format!(
            "{}: nothing to export; add --svg OUT.svg, --png OUT.png or --pdf OUT.pdf for \
             pictures, --csv OUT.csv or --steps-csv OUT.csv for spreadsheets, --ics OUT.ics \
             for calendars.",
            path.display()
        )]);
    }
    let background = match request.background.as_str() {
        "white" => Background::White,
        "transparent" => Background::Transparent,
        other => {
            return Err(vec![format!(
                "There is no background \"{other}\". Choose white or transparent."
            )]);
        }
    };
    let paper = match request.paper.to_ascii_lowercase().as_str() {
        "a4" => Paper::A4,
        "a3" => Paper::A3,
        other => {
            return Err(vec![format!(
                "There is no paper \"{other}\". Choose a4 or a3 (always landscape)."
            )]);
        }
    };
    if !(request.scale > 0.0 && request.scale <= 8.0) {
        return Err(vec![format!(
            "The scale {} is not possible. Choose a number from 0.25 to 8, such as 1, 2 or 4.",
            request.scale
        )]);
    }
    let loaded = io::load(path).map_err(|e| vec![e.to_string()])?;
    if !loaded.problems.is_empty() {
        let mut lines = problem_lines(path, &loaded.problems);
        lines.push(format!(
            "{}: not exported, because the picture would leave things out; run \
             `klantreis upgrade --repair {}` to repair the map, then export again.",
            path.display(),
            path.display()
        ));
        return Err(lines);
    }
    let map = loaded.map;
    let same = |out: &Path| {
        out == path.as_path()
            || matches!((out.canonicalize(), path.canonicalize()), (Ok(a), Ok(b)) if a == b)
    };
    if let Some(out) = outputs.iter().find(|out| same(out)) {
        return Err(vec![format!(
            "{}: this is the map file itself; it was not changed. Choose another name for the picture.",
            out.display()
        )]);
    }
    let mut options = ExportOptions {
        lanes: !request.no_lanes,
        persona_pages: request.personas,
        calendar_page: request.calendar,
        ..ExportOptions::default()
    };
    if !request.journeys.is_empty() {
        let mut ids = Vec::new();
        for name in &request.journeys {
            let found = map.journeys.iter().find(|j| j.name == *name).or_else(|| {
                map.journeys
                    .iter()
                    .find(|j| j.name.to_lowercase() == name.to_lowercase())
            });
            match found {
                Some(j) => ids.push(j.id),
                None => {
                    let names: Vec<String> = map
                        .journeys
                        .iter()
                        .map(|j| format!("\"{}\"", j.name))
                        .collect();
                    return Err(vec![format!(
                        "{}: there is no journey \"{name}\". Choose from: {}.",
                        path.display(),
                        if names.is_empty() {
                            "(the map has no journeys)".to_owned()
                        } else {
                            names.join(", ")
                        }
                    )]);
                }
            }
        }
        options.journeys = Some(ids);
    }

    // Make everything first; write only when every file could be made. The
    // files' words are in the export's language; this command's own
    // messages stay English, for scripts.
    let previous = crate::i18n::language();
    crate::i18n::set_language(request.language());
    let made = make_files(request, &map, &options, background, paper);
    crate::i18n::set_language(previous);
    let files = made?;
    let mut done = Vec::new();
    let mut failed = Vec::new();
    for (out, bytes, line) in files {
        match picture::write(out, &bytes) {
            Ok(()) => done.push(line),
            Err(e) => failed.push(e.to_string()),
        }
    }
    if failed.is_empty() {
        Ok(done)
    } else {
        done.extend(failed);
        Err(done)
    }
}

/// A file made and ready to write: where, its bytes, and its line for the report.
type MadeFile<'r> = (&'r Path, Vec<u8>, String);

/// Every file asked for, made and ready to write, with its line for the report.
fn make_files<'r>(
    request: &'r ExportRequest,
    map: &Map,
    options: &crate::picture::ExportOptions,
    background: crate::picture::Background,
    paper: crate::picture::Paper,
) -> Result<Vec<MadeFile<'r>>, Vec<String>> {
    let mut files: Vec<MadeFile<'r>> = Vec::new();
    if request.svg.is_some() || request.png.is_some() || request.pdf.is_some() {
        picture_files(request, map, options, background, paper, &mut files)?;
    }
    let separator = if request.semicolons {
        Separator::Semicolon
    } else {
        Separator::Comma
    };
    for (out, kind) in [
        (&request.csv, DataExport::ContentCsv),
        (&request.steps_csv, DataExport::StepsCsv),
        (&request.ics, DataExport::Ics),
    ] {
        if let Some(out) = out {
            let rows = match kind {
                DataExport::StepsCsv => map.steps().count(),
                DataExport::ContentCsv | DataExport::Ics => map.content.len(),
            };
            files.push((
                out,
                kind.render(map, separator).into_bytes(),
                format!(
                    "{}: {}, {rows} {}.",
                    out.display(),
                    kind.label_in(Language::En),
                    match kind {
                        DataExport::StepsCsv => "steps",
                        DataExport::ContentCsv => "items",
                        DataExport::Ics => "events",
                    }
                ),
            ));
        }
    }
    Ok(files)
}

/// The SVG, PNG and PDF asked for, drawn and ready to write.
fn picture_files<'r>(
    request: &'r ExportRequest,
    map: &Map,
    options: &crate::picture::ExportOptions,
    background: crate::picture::Background,
    paper: crate::picture::Paper,
    files: &mut Vec<(&'r Path, Vec<u8>, String)>,
) -> Result<(), Vec<String>> {
    use crate::picture;
    let picture = picture::picture(map, options);
    let journeys = picture::svg::exported_journeys(map, options);
    let steps: usize = journeys.iter().map(|j| j.steps.len()).sum();
    let what = format!(
        "picture of \"{}\" ({} journey{}, {steps} step{})",
        map.title,
        journeys.len(),
        if journeys.len() == 1 { "" } else { "s" },
        if steps == 1 { "" } else { "s" }
    );
    if let Some(out) = &request.svg {
        files.push((
            out,
            picture.svg.clone().into_bytes(),
            format!("{}: SVG {what}.", out.display()),
        ));
    }
    if let Some(out) = &request.png {
        let bytes = picture::raster::png(&picture, request.scale, background)
            .map_err(|e| vec![e.at(out).to_string()])?;
        let (w, h) = picture::raster::pixel_size(&picture, request.scale);
        files.push((
            out,
            bytes,
            format!("{}: PNG {what}, {w} × {h} pixels.", out.display()),
        ));
    }
    if let Some(out) = &request.pdf {
        let bytes = picture::pdf(map, options, paper).map_err(|e| vec![e.at(out).to_string()])?;
        let pages = picture::pdf_page_count(map, options);
        files.push((
            out,
            bytes,
            format!(
                "{}: PDF {what}, {pages} page{} {} landscape.",
                out.display(),
                if pages == 1 { "" } else { "s" },
                paper.name()
            ),
        ));
    }
    Ok(())
}

/// One line per problem of a map, each naming the file.
fn problem_lines(path: &Path, problems: &[crate::model::Problem]) -> Vec<String> {
    problems
        .iter()
        .map(|p| format!("{}: {p}", path.display()))
        .collect()
}
