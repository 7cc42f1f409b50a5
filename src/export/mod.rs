//! Exports a client can use outside Klantreis: the content calendar and the
//! journey's steps as spreadsheets (CSV), and the calendar as iCalendar.

mod csv;
mod ics;

pub use self::csv::{
    CONTENT_HEADERS, STEP_HEADERS, Separator, content_csv, content_headers, step_headers,
    steps_csv, unguard,
};
pub use self::ics::{calendar_ics, event_uid};

use crate::model::Map;

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
