//! The headless commands: `check`, `upgrade`, `new` and `export`; `diff`,
//! `merge` and `git-setup` for copies of a map (in [`team`]). They use the library,
//! never the window, and report one clear line per problem.

use std::path::{Path, PathBuf};

mod team;
pub use team::{changes_text, diff, git_diff, git_setup, language, merge, merge_limited};
mod measure;
pub use measure::{ImportRequest, import};
mod snapshot;
pub use snapshot::{SnapshotRequest, snapshot};

use crate::export::{DataExport, Separator};
use crate::i18n::Language;
use crate::io;
use crate::model::{Map, PhaseTemplate};

/// Exit code: everything went well.
pub const EXIT_OK: i32 = 0;
/// Exit code: at least one file had a problem.
pub const EXIT_PROBLEM: i32 = 1;

/// `klantreis check FILE...`: validates maps, one line per problem.
pub fn check(files: &[PathBuf]) -> i32 {
    let mut code = EXIT_OK;
    for path in files {
        let say = |line: &str| say(line, &[path]);
        match io::load(path) {
            Ok(loaded) if !loaded.map.conflicts.is_empty() => {
                code = EXIT_PROBLEM;
                team::report_conflicts(path, &loaded);
            }
            Ok(loaded) if loaded.problems.is_empty() => say(&format!("{}: ok", path.display())),
            Ok(loaded) => {
                code = EXIT_PROBLEM;
                for line in problem_lines(path, &loaded.problems) {
                    say(&line);
                }
                say(&format!(
                    "{}: run `klantreis upgrade --repair {}` to repair this.",
                    path.display(),
                    path.display()
                ));
            }
            Err(e) => {
                code = EXIT_PROBLEM;
                say(&e.to_string());
            }
        }
    }
    code
}

/// `klantreis upgrade [--repair] FILE...`: re-saves maps in the current
/// format, leaving read-only maps alone.
pub fn upgrade(files: &[PathBuf], allow_repair: bool) -> i32 {
    upgrade_with(files, allow_repair, false)
}

/// `klantreis upgrade [--repair] [--force] FILE...`: like [`upgrade`]; with
/// `force`, read-only maps are upgraded too (and stay read-only).
pub fn upgrade_with(files: &[PathBuf], allow_repair: bool, force: bool) -> i32 {
    let mut code = EXIT_OK;
    for path in files {
        let backup = io::backup_path(path);
        let say = |line: &str| say(line, &[path, &backup]);
        match upgrade_one(path, allow_repair, force) {
            Ok(lines) => lines.iter().for_each(|line| say(line)),
            Err(lines) => {
                code = EXIT_PROBLEM;
                lines.iter().for_each(|line| say(line));
            }
        }
    }
    code
}

/// Upgrades one map: the lines to print, as success or as failure.
fn upgrade_one(path: &Path, allow_repair: bool, force: bool) -> Result<Vec<String>, Vec<String>> {
    if !force && io::is_read_only(path) {
        return Err(vec![format!(
            "{}: the file is read-only, so it was not upgraded. Make it writable (for \
             example `chmod u+w {}`) and upgrade again, or add --force to upgrade it \
             anyway; it stays read-only.",
            path.display(),
            path.display()
        )]);
    }
    let mut lines = Vec::new();
    let mut loaded = io::load(path).map_err(|e| vec![e.to_string()])?;
    if !loaded.problems.is_empty() {
        if !allow_repair {
            let mut lines = problem_lines(path, &loaded.problems);
            lines.push(format!(
                "{}: not saved; add --repair to repair these problems while upgrading.",
                path.display()
            ));
            return Err(lines);
        }
        for change in io::repair(&mut loaded.map, crate::i18n::problems::unassigned_phase()) {
            lines.push(format!("{}: repaired: {change}", path.display()));
        }
    }
    if let Err(e) = io::save(path, &loaded.map) {
        lines.push(e.for_command_line());
        return Err(lines);
    }
    lines.push(format!(
        "{}: saved in format version {} (the previous file is kept as {}).",
        path.display(),
        io::FORMAT_VERSION,
        io::backup_path(path).display()
    ));
    Ok(lines)
}

/// `klantreis new --template NAME [--language nl] OUT`: writes an empty map.
pub fn new(template: &str, language: &str, out: &Path, force: bool) -> i32 {
    let say = |line: &str| say(line, &[out]);
    let Some(template) = PhaseTemplate::from_key(template) else {
        let names: Vec<_> = PhaseTemplate::ALL.iter().map(|t| t.key()).collect();
        say(&format!(
            "There is no template \"{template}\". Choose one of: {}.",
            names.join(", ")
        ));
        return EXIT_PROBLEM;
    };
    let language = match language {
        "en" => Language::En,
        "nl" => Language::Nl,
        other => {
            say(&format!(
                "There is no language \"{other}\". Choose en or nl."
            ));
            return EXIT_PROBLEM;
        }
    };
    if out.exists() && !force {
        say(&format!(
            "{} already exists; it was not changed. Choose another name, or add --force to replace it.",
            out.display()
        ));
        return EXIT_PROBLEM;
    }
    match io::save(out, &template.new_map(language).with_fresh_uid()) {
        Ok(_) => {
            say(&format!(
                "{}: new map with the phases {}.",
                out.display(),
                template.label(language)
            ));
            EXIT_OK
        }
        Err(e) => {
            say(&e.for_command_line());
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
    /// Write the interactive map here: one HTML file that opens offline in
    /// any browser, with the lanes, persona cards and content calendar.
    #[arg(long, value_name = "OUT.html")]
    pub html: Option<PathBuf>,
    /// Write the slide deck here as PDF: 16:9, a slide per phase with its
    /// lanes in full, the personas, the content calendar, the pain points.
    #[arg(long, value_name = "OUT.pdf")]
    pub deck: Option<PathBuf>,
    /// Write the slide deck here as PowerPoint: the same slides as --deck,
    /// titles and lane texts editable, speaker notes with each phase's description.
    #[arg(long, value_name = "OUT.pptx")]
    pub pptx: Option<PathBuf>,
    /// Print the PDF across several pages of this paper (a4 or a3,
    /// landscape) at the map's natural size, with overlap marks and page
    /// numbers: a large map, readable on a wall.
    #[arg(long, value_name = "a4|a3")]
    pub tile: Option<String>,
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
    /// Tint the steps by their evidence (assumed, research, measured), with a legend.
    #[arg(long)]
    pub evidence: bool,
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
    /// Replace existing files that Klantreis did not export. Files it
    /// exported earlier are replaced without it; maps never are.
    #[arg(long)]
    pub force: bool,
    /// Write every KPI measurement as CSV here (date, phase, kpi, value,
    /// target, unit): `klantreis import --metrics` reads it back unchanged.
    #[arg(long, value_name = "OUT.csv")]
    pub metrics_csv: Option<PathBuf>,
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
    let paths: Vec<&Path> = std::iter::once(&request.file)
        .chain(request.outputs())
        .map(PathBuf::as_path)
        .collect();
    let (code, lines) = match export_all(request) {
        Ok(lines) => (EXIT_OK, lines),
        Err(lines) => (EXIT_PROBLEM, lines),
    };
    for line in lines {
        say(&line, &paths);
    }
    code
}

impl ExportRequest {
    /// The files asked for, in the order they are written.
    fn outputs(&self) -> impl Iterator<Item = &PathBuf> {
        [
            &self.svg,
            &self.png,
            &self.pdf,
            &self.html,
            &self.deck,
            &self.pptx,
            &self.csv,
            &self.steps_csv,
            &self.ics,
            &self.metrics_csv,
        ]
        .into_iter()
        .flatten()
    }
}

/// Why an export may not write `out`, as a line for the terminal: it is a
/// map, or a file Klantreis did not export and `--force` was not given.
fn destination_refused(out: &Path, force: bool) -> Option<String> {
    use crate::picture::{ExportErrorKind, Replace, check_destination};
    let replace = if force {
        Replace::AnyButMaps
    } else {
        Replace::OwnExports
    };
    let error = check_destination(out, replace).err()?;
    Some(match error.kind {
        ExportErrorKind::WouldReplaceMap => format!(
            "{}: this is a Klantreis map; an export never replaces a map, not even with \
             --force. It was not changed. Choose another name for the export.",
            out.display()
        ),
        ExportErrorKind::WouldReplaceOtherFile => format!(
            "{}: this file already exists and Klantreis did not export it; it was not \
             changed. Choose another name, or add --force to replace it.",
            out.display()
        ),
        _ => error.to_string(),
    })
}

fn export_all(request: &ExportRequest) -> Result<Vec<String>, Vec<String>> {
    use crate::picture::{self, Background, ExportOptions, Paper};
    let path = &request.file;
    let outputs: Vec<&PathBuf> = request.outputs().collect();
    if outputs.is_empty() {
        return Err(vec![format!(
            "{}: nothing to export; add --svg OUT.svg, --png OUT.png or --pdf OUT.pdf for \
             pictures, --html OUT.html for the interactive map, --deck OUT.pdf or --pptx OUT.pptx for slides, --csv OUT.csv or --steps-csv OUT.csv for spreadsheets, --ics OUT.ics \
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
    for (i, out) in outputs.iter().enumerate() {
        if outputs[..i].contains(out) {
            return Err(vec![format!(
                "{}: two exports would write this file; nothing was written. Give each export its own name.",
                out.display()
            )]);
        }
    }
    // Every file is checked before any is drawn: nothing is written unless
    // every file may be.
    let refused: Vec<String> = outputs
        .iter()
        .filter_map(|out| destination_refused(out, request.force))
        .collect();
    if !refused.is_empty() {
        return Err(refused);
    }
    let mut options = ExportOptions {
        lanes: !request.no_lanes,
        persona_pages: request.personas,
        calendar_page: request.calendar,
        evidence: request.evidence,
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
                        .map(|j| format!("\"{}\"", shortened(&j.name)))
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
    let replace = if request.force {
        picture::Replace::AnyButMaps
    } else {
        picture::Replace::OwnExports
    };
    for (out, bytes, line) in files {
        match picture::write(out, &bytes, replace) {
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
    deliverable_files(request, map, options, &mut files)?;
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
    if let Some(out) = &request.metrics_csv {
        let rows: usize = map
            .phases
            .iter()
            .flat_map(|p| &p.kpis)
            .map(|k| k.measurements.len())
            .sum();
        let text = io::measure_csv::metrics_csv(map);
        files.push((
            out,
            text.into_bytes(),
            format!("{}: measurements, {rows} rows.", out.display()),
        ));
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
        shortened(&map.title),
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
    if let (Some(out), Some(tile)) = (&request.pdf, &request.tile) {
        let paper = match tile.to_ascii_lowercase().as_str() {
            "a4" => crate::picture::Paper::A4,
            "a3" => crate::picture::Paper::A3,
            other => {
                return Err(vec![format!(
                    "There is no paper \"{other}\" to tile on. Choose --tile a4 or --tile a3 (always landscape)."
                )]);
            }
        };
        let (bytes, pages) =
            crate::picture::tiles::tiled(&map.title, &picture::poster(map, options), paper)
                .map_err(|e| vec![e.at(out).to_string()])?;
        files.push((
            out,
            bytes,
            format!(
                "{}: PDF {what} across {pages} {} pages to lay side by side.",
                out.display(),
                paper.name()
            ),
        ));
    } else if let Some(out) = &request.pdf {
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

/// The interactive map asked for, made and ready to write.
fn deliverable_files<'r>(
    request: &'r ExportRequest,
    map: &Map,
    options: &crate::picture::ExportOptions,
    files: &mut Vec<MadeFile<'r>>,
) -> Result<(), Vec<String>> {
    if let Some(out) = &request.deck {
        let (bytes, count) =
            crate::picture::deck::pdf(map, options).map_err(|e| vec![e.at(out).to_string()])?;
        files.push((
            out,
            bytes,
            format!(
                "{}: slide deck of \"{}\", {count} slides 16:9 (PDF).",
                out.display(),
                shortened(&map.title)
            ),
        ));
    }
    if let Some(out) = &request.pptx {
        let (bytes, count) =
            crate::picture::pptx::pptx(map, options).map_err(|e| vec![e.at(out).to_string()])?;
        files.push((
            out,
            bytes,
            format!(
                "{}: slide deck of \"{}\", {count} slides 16:9 (PowerPoint).",
                out.display(),
                shortened(&map.title)
            ),
        ));
    }
    if let Some(out) = &request.html {
        let html = crate::picture::html::html(map, options);
        let size = html.len();
        files.push((
            out,
            html.into_bytes(),
            format!(
                "{}: interactive HTML map of \"{}\", {} KiB, works offline.",
                out.display(),
                shortened(&map.title),
                size.div_ceil(1024)
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

/// The most characters of a name, title or other text from a map or the
/// command line that a command prints; longer ones end in "…".
pub const NAME_CHARS: usize = 80;

/// The most characters of one printed line: a backstop for texts that hold
/// quotes of their own, which [`say`] cannot tell from the message's quotes.
const LINE_CHARS: usize = 2_000;

/// `text` cut to [`NAME_CHARS`] characters, the last of them "…" when cut.
pub fn shortened(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().count() <= NAME_CHARS {
        return text.into();
    }
    let mut short: String = text.chars().take(NAME_CHARS - 1).collect();
    short.push('…');
    short.into()
}

/// A line for the terminal: every quoted text longer than [`NAME_CHARS`]
/// shortened (a map's title, a step's name, text quoted from a damaged
/// file), except the files the command works on, which are always named in
/// full; a line still longer than [`LINE_CHARS`] is cut in the middle.
fn printable(line: &str, paths: &[&Path]) -> String {
    let parts: Vec<&str> = line.split('"').collect();
    let last = parts.len() - 1;
    let mut out = String::with_capacity(line.len().min(LINE_CHARS));
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push('"');
        }
        let quoted = i % 2 == 1 && i < last;
        let a_path = paths.iter().any(|p| p.as_os_str() == *part);
        if quoted && !a_path {
            out.push_str(&shortened(part));
        } else {
            out.push_str(part);
        }
    }
    let count = out.chars().count();
    if count <= LINE_CHARS {
        return out;
    }
    let head: String = out.chars().take(LINE_CHARS / 2).collect();
    let tail: String = out.chars().skip(count - LINE_CHARS / 4).collect();
    format!("{head} … {tail}")
}

/// Prints a line of a command's report (see [`printable`]).
fn say(line: &str, paths: &[&Path]) {
    println!("{}", printable(line, paths));
}
