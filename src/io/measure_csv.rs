//! Reading the CSV files consultants export from GA4, a CRM or a survey
//! tool and open in Excel: one reader for metrics and survey scores.
//!
//! It accepts what Excel writes: comma, semicolon or tab separators, a
//! byte-order mark, quoted fields, decimal commas and thousands separators
//! (`8.400`, `1,9%`), ISO dates, `dd-mm-yyyy` and GA4's `yyyymmdd`. A file
//! that is not UTF-8 is read as Windows-1252, the encoding Excel's plain
//! "CSV (comma delimited)" writes on Windows; UTF-16 ("Unicode text") and
//! binary files are refused. Any bad row refuses the whole file, with the
//! file, line and column and what to do.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};

use crate::edit::measure_ops::{RowError, Unresolved};
use crate::i18n::fill;
use crate::model::{Map, MetricRow, SurveyRow, SurveyScale, parse_number_in};

/// The largest export Klantreis imports: 32 MiB, some 700,000 rows of
/// measurements. A larger file is refused before it is read.
pub const MAX_IMPORT_BYTES: u64 = 32 * 1024 * 1024;

/// Why an export could not be imported; its `Display` is the sentence the
/// user sees, naming the file (and line and column) and what to do.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportError {
    /// The file being imported.
    pub path: PathBuf,
    /// What is wrong.
    pub kind: ImportErrorKind,
}

/// Where in the file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// 1-based line.
    pub line: usize,
    /// 1-based column (the spreadsheet's column, not the character).
    pub column: usize,
    /// The column's header, as written.
    pub header: String,
}

/// What is wrong with an export.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportErrorKind {
    /// The file could not be read (the operating system's reason).
    Unreadable(String),
    /// The file is larger than [`MAX_IMPORT_BYTES`].
    TooLarge(u64),
    /// Nothing in the file.
    Empty,
    /// Binary data at this line and column (byte).
    Binary(usize, usize),
    /// Saved as UTF-16.
    Utf16,
    /// A header but no rows.
    NoRows,
    /// A column the import needs is missing (its English name).
    MissingColumn(&'static str),
    /// A row that the CSV reader cannot split (unbalanced quotes …).
    BadRow(Place, String),
    /// A cell that is not a date.
    BadDate(Place, String),
    /// A cell that is not a number.
    BadNumber(Place, String),
    /// A cell that is not a count of people.
    BadCount(Place, String),
    /// A cell that must be filled is empty.
    EmptyCell(Place),
    /// A metrics row without a value and without NPS counts.
    NoValue(Place),
    /// NPS counts that add up to zero.
    NoRespondents(Place),
    /// A survey score off the chosen scale.
    OffScale(Place, f64, SurveyScale),
    /// The row cannot be placed in the map.
    Unresolved(Place, Unresolved, String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = crate::i18n::measure::t();
        let file = self.path.display().to_string();
        let place = |p: &Place| {
            fill(
                t.place,
                &[
                    ("file", &file),
                    ("line", &p.line),
                    ("column", &p.column),
                    ("header", &p.header),
                ],
            )
        };
        use ImportErrorKind as K;
        let text = match &self.kind {
            K::Unreadable(reason) => fill(t.unreadable, &[("file", &file), ("reason", reason)]),
            K::TooLarge(size) => fill(
                t.too_large,
                &[
                    ("file", &file),
                    ("size", &size.div_ceil(1024 * 1024)),
                    ("limit", &(MAX_IMPORT_BYTES / 1024 / 1024)),
                ],
            ),
            K::Empty => fill(t.empty, &[("file", &file)]),
            K::Binary(line, column) => fill(
                t.binary,
                &[("file", &file), ("line", line), ("column", column)],
            ),
            K::Utf16 => fill(t.utf16, &[("file", &file)]),
            K::NoRows => fill(t.no_rows, &[("file", &file)]),
            K::MissingColumn(column) => fill(
                t.missing_column,
                &[
                    ("file", &file),
                    ("line", &1),
                    ("column", column),
                    (
                        "expected",
                        &"date/datum, kpi, value/waarde, phase/fase, target/doel, unit/eenheid, promoters, passives, detractors, score, respondents, step/stap, journey/reis",
                    ),
                ],
            ),
            K::BadRow(p, reason) => fill(t.bad_row, &[("place", &place(p)), ("reason", reason)]),
            K::BadDate(p, text) => fill(t.bad_date, &[("place", &place(p)), ("text", text)]),
            K::BadNumber(p, text) => fill(t.bad_number, &[("place", &place(p)), ("text", text)]),
            K::BadCount(p, text) => fill(t.bad_count, &[("place", &place(p)), ("text", text)]),
            K::EmptyCell(p) => fill(t.empty_cell, &[("place", &place(p))]),
            K::NoValue(p) => fill(t.no_value, &[("place", &place(p))]),
            K::NoRespondents(p) => fill(t.no_respondents, &[("place", &place(p))]),
            K::OffScale(p, score, scale) => fill(
                t.off_scale,
                &[
                    ("place", &place(p)),
                    ("score", score),
                    ("scale", &crate::i18n::measure::scale_name(*scale)),
                ],
            ),
            K::Unresolved(p, what, phases) => {
                let (template, name) = match what {
                    Unresolved::Phase(n) => (t.unknown_phase, n),
                    Unresolved::KpiNowhere(n) => (t.kpi_nowhere, n),
                    Unresolved::KpiInMany(n) => (t.kpi_many, n),
                    Unresolved::Step(n) => (t.unknown_step, n),
                    Unresolved::StepInMany(n) => (t.step_many, n),
                    Unresolved::Journey(n) => (t.unknown_journey, n),
                };
                fill(
                    template,
                    &[("place", &place(p)), ("name", name), ("phases", phases)],
                )
            }
        };
        write!(f, "{text} {}", t.nothing_imported)
    }
}

impl std::error::Error for ImportError {}

/// Rows read from an export, with where each came from (to name the line
/// and column of a row the map cannot place).
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed<R> {
    /// The file.
    pub path: PathBuf,
    /// The rows, in file order.
    pub rows: Vec<R>,
    /// Per row: its line, and the column (index, header) that names where it goes.
    places: Vec<Place>,
}

impl<R> Parsed<R> {
    /// The error for a row that [`crate::edit::measure_ops`] could not place.
    pub fn unresolved(&self, error: RowError, map: &Map) -> ImportError {
        let place = self.places.get(error.row).cloned().unwrap_or(Place {
            line: error.row + 2,
            column: 1,
            header: String::new(),
        });
        let phases = map
            .phases
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        ImportError {
            path: self.path.clone(),
            kind: ImportErrorKind::Unresolved(place, error.what, phases),
        }
    }
}

/// Reads a metrics export: one measurement per row.
pub fn read_metrics(path: &Path) -> Result<Parsed<MetricRow>, ImportError> {
    let text = read_text(path)?;
    parse_metrics(path, &text)
}

/// Reads a survey export: one score per step (and date) per row.
pub fn read_survey(path: &Path, scale: SurveyScale) -> Result<Parsed<SurveyRow>, ImportError> {
    let text = read_text(path)?;
    parse_survey(path, &text, scale)
}

/// Reads the file as text: size cap, BOM, UTF-16 and binary refused,
/// Windows-1252 where it is not UTF-8.
pub fn read_text(path: &Path) -> Result<String, ImportError> {
    let fail = |kind| ImportError {
        path: path.to_path_buf(),
        kind,
    };
    let file =
        std::fs::File::open(path).map_err(|e| fail(ImportErrorKind::Unreadable(e.to_string())))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size > MAX_IMPORT_BYTES {
        return Err(fail(ImportErrorKind::TooLarge(size)));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(MAX_IMPORT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(ImportErrorKind::Unreadable(e.to_string())))?;
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(fail(ImportErrorKind::TooLarge(bytes.len() as u64)));
    }
    decode(&bytes).map_err(fail)
}

/// Bytes of an export as text (see [`read_text`]).
pub fn decode(bytes: &[u8]) -> Result<String, ImportErrorKind> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(ImportErrorKind::Utf16);
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportErrorKind::Empty);
    }
    let line_of = |at: usize| {
        let start = bytes[..at]
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |i| i + 1);
        let line = 1 + bytes[..at].iter().filter(|b| **b == b'\n').count();
        (line, at - start + 1)
    };
    if let Some(at) = bytes
        .iter()
        .position(|b| *b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'))
    {
        let (line, column) = line_of(at);
        return Err(ImportErrorKind::Binary(line, column));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(_) => bytes
            .iter()
            .enumerate()
            .map(|(i, b)| {
                windows_1252(*b).ok_or_else(|| {
                    let (line, column) = line_of(i);
                    ImportErrorKind::Binary(line, column)
                })
            })
            .collect(),
    }
}

/// A Windows-1252 byte as a character; `None` for the five bytes it leaves undefined.
fn windows_1252(byte: u8) -> Option<char> {
    const HIGH: [char; 32] = [
        '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0', '\0',
        '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\0', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => Some(HIGH[usize::from(byte - 0x80)]).filter(|c| *c != '\0'),
        _ => Some(char::from(byte)),
    }
}

/// The column names an import reads, English and Dutch, all lower case.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Column {
    Date,
    Kpi,
    Value,
    Phase,
    Target,
    Unit,
    Promoters,
    Passives,
    Detractors,
    Score,
    Respondents,
    Step,
    Journey,
}

fn column_of(header: &str) -> Option<Column> {
    let h = header.trim().trim_start_matches('\u{feff}').to_lowercase();
    Some(match h.as_str() {
        "date" | "datum" | "day" | "dag" => Column::Date,
        "kpi" | "metric" | "meetwaarde" | "indicator" => Column::Kpi,
        "value" | "waarde" => Column::Value,
        "phase" | "fase" => Column::Phase,
        "target" | "doel" | "doelwaarde" => Column::Target,
        "unit" | "eenheid" => Column::Unit,
        "promoters" | "promotors" => Column::Promoters,
        "passives" | "passieven" | "neutralen" => Column::Passives,
        "detractors" | "criticasters" => Column::Detractors,
        "score" | "gemiddelde" | "average" | "mean" => Column::Score,
        "respondents" | "respondenten" | "responses" | "antwoorden" | "n" => Column::Respondents,
        "step" | "stap" => Column::Step,
        "journey" | "reis" | "persona" => Column::Journey,
        _ => return None,
    })
}

/// The cells of one data row, with what is needed to name a cell's place.
struct Row<'a> {
    path: &'a Path,
    line: usize,
    record: &'a csv::StringRecord,
    headers: &'a [String],
    decimal_comma: bool,
}

impl Row<'_> {
    fn place(&self, index: usize) -> Place {
        Place {
            line: self.line,
            column: index + 1,
            header: self.headers.get(index).cloned().unwrap_or_default(),
        }
    }

    fn fail(&self, kind: ImportErrorKind) -> ImportError {
        ImportError {
            path: self.path.to_path_buf(),
            kind,
        }
    }

    fn cell(&self, index: Option<usize>) -> Option<&str> {
        index
            .and_then(|i| self.record.get(i))
            .map(str::trim)
            .filter(|c| !c.is_empty())
    }

    fn text(&self, index: usize) -> Result<String, ImportError> {
        self.cell(Some(index))
            .map(str::to_owned)
            .ok_or_else(|| self.fail(ImportErrorKind::EmptyCell(self.place(index))))
    }

    /// A number, with a `%`, `€` or `$` around it taken as its unit.
    fn number(&self, index: Option<usize>) -> Result<Option<(f64, &'static str)>, ImportError> {
        let (Some(i), Some(cell)) = (index, self.cell(index)) else {
            return Ok(None);
        };
        parse_cell_number(cell, self.decimal_comma)
            .map(Some)
            .ok_or_else(|| self.fail(ImportErrorKind::BadNumber(self.place(i), cell.to_owned())))
    }

    fn count(&self, index: Option<usize>) -> Result<Option<u32>, ImportError> {
        let (Some(i), Some(cell)) = (index, self.cell(index)) else {
            return Ok(None);
        };
        let plain: String = cell
            .chars()
            .filter(|c| !matches!(c, '.' | ',' | ' '))
            .collect();
        plain
            .parse::<u32>()
            .map(Some)
            .map_err(|_| self.fail(ImportErrorKind::BadCount(self.place(i), cell.to_owned())))
    }

    fn date(&self, index: Option<usize>) -> Result<Option<NaiveDate>, ImportError> {
        let (Some(i), Some(cell)) = (index, self.cell(index)) else {
            return Ok(None);
        };
        parse_date(cell)
            .map(Some)
            .ok_or_else(|| self.fail(ImportErrorKind::BadDate(self.place(i), cell.to_owned())))
    }
}

/// A number as a cell of an export (or a person typing one) writes it, with
/// a `%`, `€` or `$` around it taken as its unit: `1,9%`, `€ 45`, `8.400`,
/// `45 %`. Spaces inside (`12 500`) are thousands separators. `decimal_comma`
/// as in [`parse_number_in`]. `None` when it is not a number.
pub fn parse_cell_number(cell: &str, decimal_comma: bool) -> Option<(f64, &'static str)> {
    let cell = cell.trim();
    let (rest, unit) = if let Some(rest) = cell.strip_suffix('%') {
        (rest, "%")
    } else if let Some(rest) = cell.strip_prefix('€') {
        (rest, "€")
    } else if let Some(rest) = cell.strip_prefix('$') {
        (rest, "$")
    } else {
        (cell, "")
    };
    let plain: String = rest
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    parse_number_in(&plain, decimal_comma).map(|v| (v, unit))
}

/// A date as exports write it: `2027-02-07`, `07-02-2027`, `7/2/2027`
/// (day first, as in Dutch), `07.02.2027` or GA4's `20270207`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let text = text.split(['T', ' ']).next().unwrap_or(text);
    ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(text, f).ok())
        .or_else(|| {
            (text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit()))
                .then(|| NaiveDate::parse_from_str(text, "%Y%m%d").ok())
                .flatten()
        })
        // A year must be written whole: "7-2-27" would otherwise read as the
        // year 27, sort before every real measurement and go unnoticed.
        .filter(|d| d.year() >= MIN_YEAR)
}

/// The first year a date may have: a year in fewer than four digits is a
/// shortened one ("27"), not the first century.
pub const MIN_YEAR: i32 = 1000;

/// The separator of the header line: the most frequent of `;`, `,` and tab outside quotes.
fn separator(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => counts[0] += 1,
            ',' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|i| (counts[*i], 3 - i)).unwrap_or(1);
    [b';', b',', b'\t'][best]
}

/// The rows of a CSV text after its header, each with its 1-based line.
struct Table {
    headers: Vec<String>,
    columns: Vec<Option<Column>>,
    rows: Vec<(usize, csv::StringRecord)>,
    decimal_comma: bool,
}

fn table(path: &Path, text: &str) -> Result<Table, ImportError> {
    let fail = |kind| ImportError {
        path: path.to_path_buf(),
        kind,
    };
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(fail(ImportErrorKind::Empty));
    }
    let sep = separator(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut headers = None;
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        let line = reader.position().line() as usize;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(line, |p| p.line() as usize);
                return Err(fail(ImportErrorKind::BadRow(
                    Place {
                        line,
                        column: 1,
                        header: String::new(),
                    },
                    // Reading from text with flexible rows, the csv crate
                    // has next to nothing to refuse; its own words then.
                    e.to_string(),
                )));
            }
        }
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = record.position().map_or(line, |p| p.line() as usize);
        if headers.is_none() {
            headers = Some(
                record
                    .iter()
                    .map(|h| h.trim().to_owned())
                    .collect::<Vec<_>>(),
            );
        } else {
            rows.push((line, record.clone()));
        }
    }
    let headers = headers.ok_or_else(|| fail(ImportErrorKind::Empty))?;
    if rows.is_empty() {
        return Err(fail(ImportErrorKind::NoRows));
    }
    Ok(Table {
        columns: headers.iter().map(|h| column_of(h)).collect(),
        headers,
        rows,
        decimal_comma: sep == b';',
    })
}

impl Table {
    /// The data rows, each with what it needs to name its cells' places.
    fn each_row<'a>(&'a self, path: &'a Path) -> impl Iterator<Item = Row<'a>> {
        self.rows.iter().map(move |(line, record)| Row {
            path,
            line: *line,
            record,
            headers: &self.headers,
            decimal_comma: self.decimal_comma,
        })
    }

    fn find(&self, column: Column) -> Option<usize> {
        self.columns.iter().position(|c| *c == Some(column))
    }

    fn need(&self, path: &Path, column: Column, name: &'static str) -> Result<usize, ImportError> {
        self.find(column).ok_or_else(|| ImportError {
            path: path.to_path_buf(),
            kind: ImportErrorKind::MissingColumn(name),
        })
    }
}

/// Parses a metrics export (see the module's description).
pub fn parse_metrics(path: &Path, text: &str) -> Result<Parsed<MetricRow>, ImportError> {
    let table = table(path, text)?;
    let kpi = table.need(path, Column::Kpi, "kpi")?;
    let date = table.need(path, Column::Date, "date")?;
    let value = table.find(Column::Value);
    let counts = [
        table.find(Column::Promoters),
        table.find(Column::Passives),
        table.find(Column::Detractors),
    ];
    let score = table.find(Column::Score);
    if value.is_none() && counts[0].is_none() && score.is_none() {
        return Err(ImportError {
            path: path.to_path_buf(),
            kind: ImportErrorKind::MissingColumn("value"),
        });
    }
    let phase = table.find(Column::Phase);
    let target = table.find(Column::Target);
    let unit = table.find(Column::Unit);
    let mut rows = Vec::with_capacity(table.rows.len());
    let mut places = Vec::with_capacity(table.rows.len());
    for row in table.each_row(path) {
        let name = row.text(kpi)?;
        // An empty date is an undated value, as the export writes one
        // that came from a version-1 map.
        let day = row.date(Some(date))?;
        let mut unit_text = row.cell(unit).unwrap_or_default().to_owned();
        let measured = match row.number(value)? {
            Some((v, u)) => Some((v, u)),
            None => match (
                row.count(counts[0])?,
                row.count(counts[1])?,
                row.count(counts[2])?,
            ) {
                (Some(p), passives, Some(d)) => {
                    let total = f64::from(p) + f64::from(passives.unwrap_or(0)) + f64::from(d);
                    if total == 0.0 {
                        return Err(row.fail(ImportErrorKind::NoRespondents(
                            row.place(counts[0].unwrap_or(0)),
                        )));
                    }
                    let nps = (f64::from(p) - f64::from(d)) / total * 100.0;
                    Some(((nps * 10.0).round() / 10.0, "NPS"))
                }
                _ => row.number(score)?,
            },
        };
        let Some((v, suffix)) = measured else {
            return Err(row.fail(ImportErrorKind::NoValue(row.place(value.unwrap_or(kpi)))));
        };
        if unit_text.is_empty() {
            suffix.clone_into(&mut unit_text);
        }
        let target_value = row.number(target)?.map(|(t, _)| t);
        places.push(match phase.filter(|p| row.cell(Some(*p)).is_some()) {
            Some(p) => row.place(p),
            None => row.place(kpi),
        });
        rows.push(MetricRow {
            phase: row.cell(phase).map(str::to_owned),
            kpi: name,
            date: day,
            value: v,
            target: target_value,
            unit: unit_text,
        });
    }
    Ok(Parsed {
        path: path.to_path_buf(),
        rows,
        places,
    })
}

/// Parses a survey export (see the module's description).
pub fn parse_survey(
    path: &Path,
    text: &str,
    scale: SurveyScale,
) -> Result<Parsed<SurveyRow>, ImportError> {
    let table = table(path, text)?;
    let step = table.need(path, Column::Step, "step")?;
    let score = table
        .find(Column::Score)
        .or_else(|| table.find(Column::Value))
        .ok_or_else(|| ImportError {
            path: path.to_path_buf(),
            kind: ImportErrorKind::MissingColumn("score"),
        })?;
    let date = table.find(Column::Date);
    let respondents = table.find(Column::Respondents);
    let journey = table.find(Column::Journey);
    let mut rows = Vec::with_capacity(table.rows.len());
    let mut places = Vec::with_capacity(table.rows.len());
    for row in table.each_row(path) {
        let name = row.text(step)?;
        let Some((value, _)) = row.number(Some(score))? else {
            return Err(row.fail(ImportErrorKind::EmptyCell(row.place(score))));
        };
        if !scale.contains(value) {
            return Err(row.fail(ImportErrorKind::OffScale(row.place(score), value, scale)));
        }
        let journey_name = row.cell(journey).map(str::to_owned);
        places.push(match journey.filter(|_| journey_name.is_some()) {
            Some(j) => row.place(j),
            None => row.place(step),
        });
        rows.push(SurveyRow {
            step: name,
            journey: journey_name,
            score: value,
            date: row.date(date)?,
            respondents: row.count(respondents)?.unwrap_or(0),
        });
    }
    Ok(Parsed {
        path: path.to_path_buf(),
        rows,
        places,
    })
}

/// Every measurement of the map as CSV (date, phase, kpi, value, target,
/// unit), comma-separated with a point as the decimal mark, so that
/// importing it again gives the same measurements.
pub fn metrics_csv(map: &Map) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let mut write = |fields: &[&str]| {
        // Writing into a Vec cannot fail.
        let _ = writer.write_record(fields);
    };
    write(&["date", "phase", "kpi", "value", "target", "unit"]);
    for phase in &map.phases {
        for kpi in &phase.kpis {
            for m in &kpi.measurements {
                let date = m.date.map(|d| d.to_string()).unwrap_or_default();
                let target = m.target.map(|t| t.to_string()).unwrap_or_default();
                write(&[
                    &date,
                    &phase.name,
                    &kpi.name,
                    &m.value.to_string(),
                    &target,
                    &kpi.unit,
                ]);
            }
        }
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod date_tests {
    use super::parse_date;
    use chrono::NaiveDate;

    #[test]
    fn dates_are_read_day_first_with_the_year_written_whole() {
        let day = NaiveDate::from_ymd_opt(2027, 2, 7);
        for text in [
            "2027-02-07",
            "07-02-2027",
            "7-2-2027",
            "07/02/2027",
            "07.02.2027",
            "20270207",
            "2027-02-07T10:00",
        ] {
            assert_eq!(parse_date(text), day, "{text}");
        }
        for text in [
            "7-2-27",
            "07-02-27",
            "12/03/27",
            "0027-03-12",
            "31-02-2027",
            "",
            "morgen",
        ] {
            assert_eq!(parse_date(text), None, "{text}");
        }
    }
}
