//! The content calendar as iCalendar (RFC 5545), for Outlook, Google
//! Calendar, Apple Calendar and Thunderbird.
//!
//! Each item is one all-day event. Its UID is made of the map's stable
//! identity and the item's id, so importing the calendar again updates the
//! events instead of doubling them. Repeating items carry an RRULE that
//! matches what the app shows: weekly, or monthly on the same day (the last
//! day in shorter months).

use crate::i18n::fill;
use chrono::{Datelike, Duration, NaiveDate, Utc};

use crate::model::{ContentItem, Map, Recurrence, Status};

/// The longest content line, in octets, before it is folded (RFC 5545 3.1).
const LINE_LIMIT: usize = 75;

/// An iCalendar document being written: content lines with CRLF ends, folded
/// at [`LINE_LIMIT`] octets as they are written, so the time is linear in
/// the length of the text.
struct Ics {
    out: String,
}

impl Ics {
    fn new() -> Self {
        Self { out: String::new() }
    }

    /// A property whose value is written as it is (dates, rules, names).
    fn raw(&mut self, name: &str, value: &str) {
        let start = self.out.len();
        self.out.push_str(name);
        self.out.push(':');
        self.out.push_str(value);
        self.fold_from(start);
    }

    /// A TEXT property: the text cleaned and escaped (RFC 5545 3.3.11).
    fn text(&mut self, name: &str, text: &str) {
        self.raw(name, &escaped(text));
    }

    /// Folds the content line that starts at `start` (the end of the
    /// document) and ends it: at most 75 octets on the first line, a space
    /// and 74 on each continuation line, never inside a UTF-8 character.
    fn fold_from(&mut self, start: usize) {
        let line = self.out.split_off(start);
        self.out.reserve(line.len() + line.len() / 24 + 2);
        let mut rest = line.as_str();
        let mut room = LINE_LIMIT;
        while rest.len() > room {
            let mut cut = room;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            // Never between a backslash and the character it escapes: the
            // RFC allows it, but some calendar readers unescape line by line.
            let backslashes = rest.as_bytes()[..cut]
                .iter()
                .rev()
                .take_while(|b| **b == b'\\')
                .count();
            if backslashes % 2 == 1 {
                cut -= 1;
            }
            self.out.push_str(&rest[..cut]);
            self.out.push_str("\r\n ");
            rest = &rest[cut..];
            room = LINE_LIMIT - 1;
        }
        self.out.push_str(rest);
        self.out.push_str("\r\n");
    }
}

/// Text as iCalendar allows it: line breaks as `\n` only, and no other
/// control characters, which calendar applications refuse.
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| if c == '\r' { '\n' } else { c })
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

/// Text escaped as an iCalendar TEXT value: backslash, comma, semicolon and
/// line break (RFC 5545 3.3.11), in one pass.
fn escaped(text: &str) -> String {
    let text = clean(text);
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// The map's part of every UID: its [`Map::uid`], or for older maps without
/// one, its title in lower case letters and digits.
fn map_key(map: &Map) -> String {
    if !map.uid.is_empty() {
        return map.uid.clone();
    }
    let slug: String = map
        .title
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let slug = slug.trim_matches('-');
    if slug.is_empty() {
        "untitled".to_owned()
    } else {
        slug.to_owned()
    }
}

/// The stable UID of an item's event.
pub fn event_uid(map: &Map, item: &ContentItem) -> String {
    format!("content-{}.{}@klantreis", item.id.0, map_key(map))
}

fn rrule(item: &ContentItem) -> Option<String> {
    let mut rule = match item.recurrence {
        Recurrence::Once => return None,
        Recurrence::Weekly => "FREQ=WEEKLY".to_owned(),
        Recurrence::Monthly if item.date.day() <= 28 => "FREQ=MONTHLY".to_owned(),
        // The 29th–31st, or the month's last day when it has fewer days.
        Recurrence::Monthly => format!("FREQ=MONTHLY;BYMONTHDAY={},-1;BYSETPOS=1", item.date.day()),
    };
    if let Some(end) = item.end_date {
        rule.push_str(&format!(";UNTIL={}", end.format("%Y%m%d")));
    }
    Some(rule)
}

fn description(map: &Map, item: &ContentItem) -> String {
    let t = crate::i18n::export::t();
    let mut lines = vec![format!("{} · {}", item.kind.name(), item.status.name())];
    if let Some(phase) = map.phase(item.phase) {
        lines.push(fill(t.ics_phase, &[("value", &phase.name)]));
    }
    if let Some(persona) = item.persona.and_then(|p| map.persona(p)) {
        lines.push(fill(t.ics_persona, &[("value", &persona.name)]));
    }
    if let Some(channel) = &item.channel {
        lines.push(fill(t.ics_channel, &[("value", &channel.name())]));
    }
    if !item.owner.is_empty() {
        lines.push(fill(t.ics_owner, &[("value", &item.owner)]));
    }
    if !item.goal.is_empty() {
        lines.push(fill(t.ics_goal, &[("value", &item.goal)]));
    }
    let steps = map.step_titles(&item.steps);
    if !steps.is_empty() {
        lines.push(fill(t.ics_steps, &[("value", &steps.join("; "))]));
    }
    if !item.notes.is_empty() {
        lines.push(String::new());
        lines.push(item.notes.clone());
    }
    lines.join("\n")
}

/// The last day of an item's event: the end date of a campaign that does
/// not repeat, otherwise its own date.
fn last_day(item: &ContentItem) -> NaiveDate {
    match (item.recurrence, item.end_date) {
        (Recurrence::Once, Some(end)) if end >= item.date => end,
        _ => item.date,
    }
}

/// The whole content calendar as an iCalendar document (CRLF line ends,
/// lines folded at 75 octets, every text escaped).
pub fn calendar_ics(map: &Map) -> String {
    let stamp = Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
    let t = crate::i18n::export::t();
    let name = if map.title.is_empty() {
        t.ics_calendar.to_owned()
    } else {
        fill(t.ics_map_calendar, &[("title", &map.title)])
    };
    let day = |date: NaiveDate| date.format("%Y%m%d").to_string();
    let mut ics = Ics::new();
    ics.raw("BEGIN", "VCALENDAR");
    ics.raw("VERSION", "2.0");
    // Klantreis names itself, which also marks the file as one that
    // exporting again may replace.
    ics.raw("PRODID", super::ICS_PRODID);
    ics.raw("CALSCALE", "GREGORIAN");
    // NAME is RFC 7986's; X-WR-CALNAME and X-WR-CALDESC are what Apple
    // Calendar and Outlook read.
    ics.text("NAME", &name);
    ics.text("X-WR-CALNAME", &name);
    if !map.goal.is_empty() {
        ics.text("DESCRIPTION", &map.goal);
        ics.text("X-WR-CALDESC", &map.goal);
    }
    for item in &map.content {
        ics.raw("BEGIN", "VEVENT");
        ics.text("UID", &event_uid(map, item));
        ics.raw("DTSTAMP", &stamp);
        ics.text("SUMMARY", &item.title);
        ics.text("DESCRIPTION", &description(map, item));
        ics.raw("DTSTART;VALUE=DATE", &day(item.date));
        // DTEND is the day after the last one: all-day ends are exclusive.
        ics.raw("DTEND;VALUE=DATE", &day(last_day(item) + Duration::days(1)));
        ics.raw(
            "STATUS",
            match item.status {
                Status::Published => "CONFIRMED",
                Status::Idea | Status::Planned | Status::InProduction => "TENTATIVE",
            },
        );
        ics.text("CATEGORIES", item.kind.name());
        ics.raw("TRANSP", "TRANSPARENT");
        if let Some(phase) = map.phase(item.phase) {
            ics.text("X-KLANTREIS-PHASE", &phase.name);
        }
        if let Some(rule) = rrule(item) {
            ics.raw("RRULE", &rule);
        }
        ics.raw("END", "VEVENT");
    }
    ics.raw("END", "VCALENDAR");
    ics.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ContentId, ContentType, PhaseId};

    fn item(date: NaiveDate, recurrence: Recurrence) -> ContentItem {
        ContentItem {
            recurrence,
            ..ContentItem::new(ContentId(4), "x", ContentType::Video, PhaseId(1), date)
        }
    }

    #[test]
    fn monthly_rules_match_the_calendar_view() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a date");
        assert_eq!(
            rrule(&item(d(2026, 1, 12), Recurrence::Monthly)).as_deref(),
            Some("FREQ=MONTHLY")
        );
        assert_eq!(
            rrule(&item(d(2026, 1, 31), Recurrence::Monthly)).as_deref(),
            Some("FREQ=MONTHLY;BYMONTHDAY=31,-1;BYSETPOS=1")
        );
        let mut weekly = item(d(2026, 1, 5), Recurrence::Weekly);
        weekly.end_date = Some(d(2026, 3, 30));
        assert_eq!(
            rrule(&weekly).as_deref(),
            Some("FREQ=WEEKLY;UNTIL=20260330")
        );
        assert_eq!(rrule(&item(d(2026, 1, 5), Recurrence::Once)), None);
    }

    #[test]
    fn folded_lines_hold_at_most_75_octets_and_unfold_to_the_original() {
        for text in [
            "ë😀a ".repeat(40),
            "x".repeat(74),
            "x".repeat(75),
            "😀".repeat(50),
            format!("{}\\\\ a", "x".repeat(66)),
            "\\\\".repeat(60),
        ] {
            let mut ics = Ics::new();
            ics.raw("BEGIN", "X");
            ics.raw("SUMMARY", &text);
            ics.raw("END", "X");
            assert!(ics.out.split("\r\n").all(|l| l.len() <= 75), "{}", ics.out);
            assert!(
                ics.out
                    .split("\r\n")
                    .all(|l| l.bytes().rev().take_while(|b| *b == b'\\').count() % 2 == 0),
                "an escape is cut: {}",
                ics.out
            );
            assert_eq!(
                ics.out.replace("\r\n ", ""),
                format!("BEGIN:X\r\nSUMMARY:{text}\r\nEND:X\r\n")
            );
        }
    }

    #[test]
    fn every_text_escapes_commas_semicolons_backslashes_and_line_breaks() {
        let map = Map {
            title: "Najaar, winter; 2026".into(),
            goal: "Meer omzet, minder retouren\\nu".into(),
            content: vec![item(NaiveDate::MIN, Recurrence::Once)],
            ..Map::default()
        };
        let ics = calendar_ics(&map).replace("\r\n ", "");
        let line = |name: &str| {
            ics.lines()
                .find(|l| l.starts_with(&format!("{name}:")))
                .unwrap_or_else(|| panic!("no {name} in {ics}"))
                .to_owned()
        };
        for name in ["NAME", "X-WR-CALNAME"] {
            assert!(
                line(name).contains("Najaar\\, winter\\; 2026"),
                "{}",
                line(name)
            );
        }
        for name in ["DESCRIPTION", "X-WR-CALDESC"] {
            assert_eq!(
                line(name),
                format!("{name}:Meer omzet\\, minder retouren\\\\nu")
            );
        }
    }

    #[test]
    fn writing_grows_linearly_with_the_length_of_a_title() {
        // Quadratic writing took 32 s for four million characters; linear
        // writing does them in well under a second even in a debug build.
        let mut map = Map::default();
        let mut long = item(NaiveDate::MIN, Recurrence::Once);
        long.title = "één, twee; ✓ ".repeat(4_000_000 / 13);
        map.content.push(long);
        let started = std::time::Instant::now();
        let ics = calendar_ics(&map);
        let took = started.elapsed();
        assert!(ics.len() > 4_000_000);
        assert!(
            took.as_secs_f64() < 3.0,
            "{took:?} for four million characters"
        );
    }

    #[test]
    fn uids_are_stable_and_differ_between_maps() {
        let mut a = Map {
            title: "Waterkoker".into(),
            ..Map::default()
        };
        let it = item(NaiveDate::MIN, Recurrence::Once);
        assert_eq!(event_uid(&a, &it), "content-4.waterkoker@klantreis");
        a.uid = "abc".into();
        assert_eq!(event_uid(&a, &it), "content-4.abc@klantreis");
    }
}
