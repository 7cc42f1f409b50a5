//! Exports a client can use outside Klantreis: the content calendar and the
//! journey's steps as spreadsheets (CSV), and the calendar as iCalendar.

mod csv;
mod evidence;
mod ics;

pub use self::csv::{
    CONTENT_HEADERS, STEP_HEADERS, Separator, content_csv, content_headers, step_headers,
    steps_csv, unguard,
};
pub use self::ics::{calendar_ics, event_uid};

use crate::i18n::Language;
use crate::model::Map;

/// The `PRODID` of every calendar Klantreis exports: names the program, as
/// iCalendar asks, and marks the file as Klantreis's own.
pub const ICS_PRODID: &str = "-//Klantreis//Content calendar//EN";

/// Whether the first bytes of a file are those of a spreadsheet or calendar
/// Klantreis exported, so exporting again may replace it without asking: a
/// calendar with Klantreis's `PRODID`, or a UTF-8 CSV whose first row is
/// exactly the column titles of one of Klantreis's tables (in English or
/// Dutch, with commas or semicolons).
pub fn is_own_data_file(head: &[u8]) -> bool {
    if head.starts_with(b"BEGIN:VCALENDAR\r\n") {
        let prodid = format!("\r\nPRODID:{ICS_PRODID}\r\n");
        let start = &head[..head.len().min(1024)];
        return start.windows(prodid.len()).any(|w| w == prodid.as_bytes());
    }
    let Some(rest) = head.strip_prefix("\u{feff}".as_bytes()) else {
        return false;
    };
    let Some(first_row) = rest
        .split(|&b| b == b'\n')
        .next()
        .and_then(|row| row.strip_suffix(b"\r"))
    else {
        return false;
    };
    [Language::En, Language::Nl].into_iter().any(|language| {
        let t = crate::i18n::export::Texts::get(language);
        // The steps' titles also as they were before the measured columns.
        let steps = t.step_headers();
        [&t.content_headers()[..], &steps[..], &steps[..18]]
            .iter()
            .any(|headers| {
                [",", ";"]
                    .iter()
                    .any(|separator| headers.join(separator).as_bytes() == first_row)
            })
    })
}

/// A table or calendar file made from a map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DataExport {
    /// The content calendar as CSV.
    ContentCsv,
    /// Every journey's steps with their lanes as CSV.
    StepsCsv,
    /// The content calendar as iCalendar.
    Ics,
}

impl DataExport {
    /// Every kind, in menu order.
    pub const ALL: [DataExport; 3] = [
        DataExport::ContentCsv,
        DataExport::StepsCsv,
        DataExport::Ics,
    ];

    /// The file's text.
    pub fn render(self, map: &Map, separator: Separator) -> String {
        match self {
            DataExport::ContentCsv => content_csv(map, separator),
            DataExport::StepsCsv => steps_csv(map, separator),
            DataExport::Ics => calendar_ics(map),
        }
    }

    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            DataExport::ContentCsv | DataExport::StepsCsv => "csv",
            DataExport::Ics => "ics",
        }
    }

    /// What the file holds, for menus and messages, in the interface's language.
    pub fn label(self) -> &'static str {
        self.label_in(crate::i18n::language())
    }

    /// What the file holds, in `language`.
    pub fn label_in(self, language: crate::i18n::Language) -> &'static str {
        let t = crate::i18n::export::Texts::get(language);
        match self {
            DataExport::ContentCsv => t.data_content_csv,
            DataExport::StepsCsv => t.data_steps_csv,
            DataExport::Ics => t.data_ics,
        }
    }

    /// The suggested file name for a map file named `stem`.
    pub fn file_name(self, stem: &str) -> String {
        let t = crate::i18n::export::t();
        let text = match self {
            DataExport::ContentCsv => t.file_content_csv,
            DataExport::StepsCsv => t.file_steps_csv,
            DataExport::Ics => t.file_ics,
        };
        crate::i18n::fill(text, &[("stem", &stem)])
    }
}
