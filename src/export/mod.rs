//! Exports a client can use outside Klantreis: the content calendar and the
//! journey's steps as spreadsheets (CSV), and the calendar as iCalendar.

mod csv;
mod ics;

pub use self::csv::{CONTENT_HEADERS, STEP_HEADERS, Separator, content_csv, steps_csv, unguard};
pub use self::ics::{calendar_ics, event_uid};
