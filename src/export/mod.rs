//! Exports a client can use outside Klantreis: the content calendar and the
//! journey's steps as spreadsheets (CSV), and the calendar as iCalendar.

mod csv;
mod ics;

pub use self::csv::{CONTENT_HEADERS, STEP_HEADERS, Separator, content_csv, steps_csv, unguard};
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

    /// What the file holds, for menus and messages.
    pub fn label(self) -> &'static str {
        match self {
            DataExport::ContentCsv => "Content calendar (CSV, for Excel)",
            DataExport::StepsCsv => "Steps and lanes overview (CSV, for Excel)",
            DataExport::Ics => "Content calendar (iCalendar, for Outlook and Google)",
        }
    }

    /// The suggested file name for a map file named `stem`.
    pub fn file_name(self, stem: &str) -> String {
        match self {
            DataExport::ContentCsv => format!("{stem} - content calendar.csv"),
            DataExport::StepsCsv => format!("{stem} - steps.csv"),
            DataExport::Ics => format!("{stem} - content calendar.ics"),
        }
    }
}
