//! CSV for Excel and LibreOffice.
//!
//! The choices, documented in the README:
//! - UTF-8 with a byte-order mark, so Excel reads diacritics and emoji right;
//! - comma-separated by default; Excel set to Dutch expects semicolons, so
//!   [`Separator::Semicolon`] is offered too;
//! - every field that needs it is quoted (commas, quotes, line breaks);
//! - dates as ISO `YYYY-MM-DD`, names instead of ids, one row per item;
//! - decimals with a point (`1.5`), but with a comma (`1,5`) in semicolon
//!   files: Excel set to Dutch reads `1.5` as a date (1 May);
//! - text that a spreadsheet would run as a formula (starting with `=`, `+`,
//!   `-`, `@`, a tab or a carriage return) gets a leading `'`, as OWASP
//!   advises; [`unguard`] takes it off again.

use crate::model::Lane;
use crate::model::{ContentItem, Emotion, Map, Recurrence};

/// What separates the fields of a row.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Separator {
    /// `,` — Excel in English, LibreOffice, Google Sheets.
    #[default]
    Comma,
    /// `;` — Excel set to Dutch (and other languages with a decimal comma).
    Semicolon,
}

impl Separator {
    fn byte(self) -> u8 {
        match self {
            Separator::Comma => b',',
            Separator::Semicolon => b';',
        }
    }

    /// A number rounded to one decimal, as the spreadsheet this separator is
    /// for reads it: `-1.5` with commas, `-1,5` with semicolons.
    fn decimal(self, value: f64) -> String {
        let text = format!("{}", (value * 10.0).round() / 10.0);
        match self {
            Separator::Comma => text,
            Separator::Semicolon => text.replace('.', ","),
        }
    }

    /// A number as it was given (no rounding), with this separator's decimal mark.
    fn exact(self, value: f64) -> String {
        let text = format!("{value}");
        match self {
            Separator::Comma => text,
            Separator::Semicolon => text.replace('.', ","),
        }
    }
}

/// The column titles of the content calendar, in English.
pub const CONTENT_HEADERS: [&str; 14] = crate::i18n::export::Texts::EN.content_headers();

/// The column titles of the steps' overview, in English.
pub const STEP_HEADERS: [&str; 22] = crate::i18n::export::Texts::EN.step_headers();

/// The column titles of the content calendar, in the interface's language.
pub fn content_headers() -> [&'static str; 14] {
    crate::i18n::export::t().content_headers()
}

/// The column titles of the steps' overview, in the interface's language.
pub fn step_headers() -> [&'static str; 22] {
    crate::i18n::export::t().step_headers()
}

const BOM: &str = "\u{feff}";

/// Characters that make a spreadsheet read a cell as a formula.
fn formula_start(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// Whether the text, after any leading `'`, starts like a formula.
fn looks_like_formula(text: &str) -> bool {
    text.trim_start_matches('\'').starts_with(formula_start)
}

/// Text made safe to open in a spreadsheet: one more leading `'` where the
/// text (after any `'` it already starts with) would run as a formula, so
/// [`unguard`] is exact.
fn guard(text: &str) -> String {
    if looks_like_formula(text) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// The text as it was before [`guard`].
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if looks_like_formula(rest) => rest,
        _ => cell,
    }
}

fn writer(separator: Separator) -> ::csv::Writer<Vec<u8>> {
    ::csv::WriterBuilder::new()
        .delimiter(separator.byte())
        .terminator(::csv::Terminator::CRLF)
        .from_writer(BOM.as_bytes().to_vec())
}

fn finish(writer: ::csv::Writer<Vec<u8>>) -> String {
    // Writing to memory cannot fail, and every field is a Rust string.
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

fn write_row(writer: &mut ::csv::Writer<Vec<u8>>, row: &[String]) {
    // Writing to a Vec cannot fail.
    let _ = writer.write_record(row);
}

fn content_row(map: &Map, item: &ContentItem) -> Vec<String> {
    let phase = map.phase(item.phase).map_or("", |p| &p.name);
    let persona = item
        .persona
        .and_then(|p| map.persona(p))
        .map_or("", |p| &p.name);
    let steps = map.step_titles(&item.steps);
    let repeats = match item.recurrence {
        Recurrence::Once => "",
        other => other.name(),
    };
    vec![
        guard(&item.title),
        guard(item.kind.name()),
        guard(item.channel.as_ref().map_or("", |c| c.name())),
        item.date.to_string(),
        item.end_date.map(|d| d.to_string()).unwrap_or_default(),
        repeats.to_owned(),
        guard(phase),
        guard(persona),
        guard(&steps.join("; ")),
        item.status.name().to_owned(),
        guard(&item.owner),
        guard(&item.goal),
        guard(&item.notes),
        item.id.0.to_string(),
    ]
}

/// The content calendar as CSV: a header row, then one row per item, by
/// date (then in the map's order).
pub fn content_csv(map: &Map, separator: Separator) -> String {
    let mut writer = writer(separator);
    write_row(&mut writer, &content_headers().map(str::to_owned));
    let mut items: Vec<&ContentItem> = map.content.iter().collect();
    items.sort_by_key(|item| item.date);
    for item in items {
        write_row(&mut writer, &content_row(map, item));
    }
    finish(writer)
}

/// Every journey's steps with all their lanes, the "schematic overview" of
/// seed 003: one row per step, journeys one after the other, steps in time
/// order. The emotion is a number (-3 to 3) and in words; a lane's items
/// are one per line inside their cell.
pub fn steps_csv(map: &Map, separator: Separator) -> String {
    let mut writer = writer(separator);
    write_row(&mut writer, &step_headers().map(str::to_owned));
    for journey in &map.journeys {
        let persona = journey
            .persona
            .and_then(|p| map.persona(p))
            .map_or("", |p| &p.name);
        let mut steps: Vec<_> = journey.steps.iter().collect();
        steps.sort_by(|a, b| {
            let time = |s| map.step_time(s).unwrap_or(f64::MAX);
            time(a).total_cmp(&time(b))
        });
        for (number, step) in steps.into_iter().enumerate() {
            let phase = map.phase(step.phase).map_or("", |p| &p.name);
            write_row(
                &mut writer,
                &[
                    guard(&journey.name),
                    guard(persona),
                    guard(phase),
                    (number + 1).to_string(),
                    guard(&step.title),
                    separator.decimal(step.emotion),
                    Emotion::nearest(step.emotion).name().to_owned(),
                    guard(&step.touchpoint),
                    guard(step.channel.as_ref().map_or("", |c| c.name())),
                    guard(&Lane::Actions.text(step)),
                    guard(&Lane::Thoughts.text(step)),
                    guard(&Lane::PainPoints.text(step)),
                    guard(&Lane::Opportunities.text(step)),
                    guard(&step.notes),
                    guard(crate::i18n::evidence::evidence_name(step.evidence.kind)),
                    guard(&step.evidence.source),
                    guard(&super::evidence::backed_items(step)),
                    guard(&super::evidence::experiments(step)),
                ]
                .into_iter()
                .chain(measured_cells(step, separator))
                .collect::<Vec<_>>(),
            );
        }
    }
    finish(writer)
}

/// A step's measured columns: its measured emotion on the emotion scale
/// (as the measured curve draws it), the latest survey's scores as
/// imported with their scale, how many answered, and the gap between
/// measured and perceived emotion. Empty where no survey scored the step.
fn measured_cells(step: &crate::model::Step, separator: Separator) -> [String; 4] {
    let Some(measured) = step.measured() else {
        return Default::default();
    };
    let latest = step.survey.iter().map(|s| s.date).max().flatten();
    let scores: Vec<String> = step
        .survey
        .iter()
        .filter(|s| s.date == latest && s.score.is_finite())
        .map(|s| {
            let scale = crate::i18n::measure::scale_name(s.scale);
            format!("{} ({scale})", separator.exact(s.score))
        })
        .collect();
    [
        separator.decimal(measured.emotion),
        guard(&scores.join("; ")),
        // Nought: the export did not say.
        if measured.respondents > 0 {
            measured.respondents.to_string()
        } else {
            String::new()
        },
        separator.decimal(measured.emotion - step.emotion),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guard_and_unguard_are_exact() {
        for text in [
            "",
            "=SUM(A1)",
            "-2",
            "+31 6",
            "@home",
            "'t Kofschip",
            "'=x",
            "''=x",
            "'",
            "''",
            "a=b",
            "\tx",
        ] {
            assert_eq!(unguard(&guard(text)), text);
        }
        assert_eq!(guard("=1+1"), "'=1+1");
        assert_eq!(guard("'t Kofschip"), "'t Kofschip");
    }

    #[test]
    fn column_titles_follow_the_language() {
        let map = Map::default();
        assert!(content_csv(&map, Separator::Comma).starts_with("\u{feff}Title,Type,Channel,"));
        crate::i18n::set_language(crate::i18n::Language::Nl);
        let content = content_csv(&map, Separator::Semicolon);
        let steps = steps_csv(&map, Separator::Comma);
        crate::i18n::set_language(crate::i18n::Language::En);
        assert!(
            content.starts_with("\u{feff}Titel;Type;Kanaal;Datum;Einddatum;"),
            "{content}"
        );
        assert!(
            steps.starts_with("\u{feff}Reis,Persona,Fase,Stap,Titel,Emotie,"),
            "{steps}"
        );
        assert_eq!(CONTENT_HEADERS[0], "Title", "the constants stay English");
    }
}
