//! `klantreis import MAP --metrics FILE.csv` and `--survey FILE.csv`: the
//! measurements and survey scores consultants export from GA4, a CRM or a
//! survey tool, added to the map in one atomic save with a backup. A file
//! with any bad row imports nothing and leaves the map as it was.

use std::path::{Path, PathBuf};

use super::{EXIT_OK, EXIT_PROBLEM, say};
use crate::io;
use crate::io::measure_import::{self, ImportKind};
use crate::model::SurveyScale;

/// What `klantreis import` is asked to do (its command-line arguments).
#[derive(Clone, Debug, clap::Args)]
pub struct ImportRequest {
    /// The map file; it is saved with the measurements added (the old one kept as MAP.bak).
    pub map: PathBuf,
    /// A metrics export (columns date/datum, kpi, value/waarde; optional phase/fase,
    /// target/doel, unit/eenheid; or promoters, passives, detractors for an NPS).
    #[arg(long, value_name = "FILE.csv")]
    pub metrics: Option<PathBuf>,
    /// A survey export (columns step/stap — id or title — and score; optional date,
    /// respondents, journey/reis).
    #[arg(long, value_name = "FILE.csv")]
    pub survey: Option<PathBuf>,
    /// The survey's scale: 1-5, 1-7, 0-10 or -3-3.
    #[arg(long, default_value = "1-5", allow_hyphen_values = true)]
    pub scale: String,
    /// The language of the messages: en or nl. Default: the system's.
    #[arg(long, value_name = "en|nl", value_parser = ["en", "nl"])]
    pub lang: Option<String>,
}

/// The scale named on the command line.
pub fn scale_from_key(key: &str) -> Option<SurveyScale> {
    Some(match key.trim() {
        "1-5" => SurveyScale::OneToFive,
        "1-7" => SurveyScale::OneToSeven,
        "0-10" => SurveyScale::ZeroToTen,
        "-3-3" | "-3-+3" | "-3..3" => SurveyScale::MinusThreeToThree,
        _ => return None,
    })
}

/// Runs `klantreis import`; exit 0 when everything was imported, 1 otherwise.
pub fn import(request: &ImportRequest) -> i32 {
    crate::i18n::set_language(super::language(request.lang.as_deref()));
    let mut paths: Vec<&Path> = vec![&request.map];
    paths.extend(request.metrics.as_deref());
    paths.extend(request.survey.as_deref());
    match import_lines(request) {
        Ok(lines) => {
            lines.iter().for_each(|l| say(l, &paths));
            EXIT_OK
        }
        Err(line) => {
            say(&line, &paths);
            EXIT_PROBLEM
        }
    }
}

fn import_lines(request: &ImportRequest) -> Result<Vec<String>, String> {
    if request.metrics.is_none() && request.survey.is_none() {
        return Err(format!(
            "{}: nothing to import; add --metrics FILE.csv or --survey FILE.csv.",
            request.map.display()
        ));
    }
    let Some(scale) = scale_from_key(&request.scale) else {
        return Err(format!(
            "There is no scale \"{}\". Choose 1-5, 1-7, 0-10 or -3-3.",
            request.scale
        ));
    };
    let loaded = io::load(&request.map).map_err(|e| e.to_string())?;
    let mut map = loaded.map;
    let mut lines = Vec::new();
    let files = [
        request.metrics.as_ref().map(|f| (f, ImportKind::Metrics)),
        request
            .survey
            .as_ref()
            .map(|f| (f, ImportKind::Survey(scale))),
    ];
    for (file, kind) in files.into_iter().flatten() {
        let rows = measure_import::read(file, kind)?;
        let (edit, text) = measure_import::place(&map, &rows)?;
        if let Some(edit) = edit {
            edit.apply(&mut map)
                .map_err(|_| file.display().to_string())?;
        }
        lines.push(text);
    }
    io::save(&request.map, &map).map_err(|e| e.for_command_line())?;
    lines.push(format!(
        "{}: saved (the previous file is kept as {}).",
        request.map.display(),
        io::backup_path(&request.map).display()
    ));
    Ok(lines)
}
