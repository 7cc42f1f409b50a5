//! The content calendar as iCalendar (RFC 5545), for Outlook, Google
//! Calendar, Apple Calendar and Thunderbird.
//!
//! Each item is one all-day event. Its UID is made of the map's stable
//! identity and the item's id, so importing the calendar again updates the
//! events instead of doubling them. Repeating items carry an RRULE that
//! matches what the app shows: weekly, or monthly on the same day (the last
//! day in shorter months).

use chrono::{Datelike, Duration, NaiveDate, Utc};
use icalendar::{Calendar, Component, EventLike, EventStatus};

use crate::model::{ContentItem, Map, Recurrence, Status};

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
    let mut lines = vec![format!("{} · {}", item.kind.name(), item.status.name())];
    if let Some(phase) = map.phase(item.phase) {
        lines.push(format!("Phase: {}", phase.name));
    }
    if let Some(persona) = item.persona.and_then(|p| map.persona(p)) {
        lines.push(format!("Persona: {}", persona.name));
    }
    if let Some(channel) = &item.channel {
        lines.push(format!("Channel: {}", channel.name()));
    }
    if !item.owner.is_empty() {
        lines.push(format!("Owner: {}", item.owner));
    }
    if !item.goal.is_empty() {
        lines.push(format!("Goal: {}", item.goal));
    }
    let steps: Vec<&str> = item
        .steps
        .iter()
        .filter_map(|s| map.step(*s))
        .map(|(_, s)| s.title.as_str())
        .collect();
    if !steps.is_empty() {
        lines.push(format!("Steps: {}", steps.join("; ")));
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
/// lines folded at 75 octets).
pub fn calendar_ics(map: &Map) -> String {
    let now = Utc::now();
    let mut calendar = Calendar::new();
    let name = if map.title.is_empty() {
        "Content calendar".to_owned()
    } else {
        format!("{} — content calendar", map.title)
    };
    calendar.name(&name);
    if !map.goal.is_empty() {
        calendar.description(&map.goal);
    }
    for item in &map.content {
        let mut event = icalendar::Event::new();
        event
            .uid(&event_uid(map, item))
            .summary(&item.title)
            .description(&description(map, item))
            .starts(item.date)
            // DTEND is the day after the last one: all-day ends are exclusive.
            .ends(last_day(item) + Duration::days(1))
            .timestamp(now)
            .status(match item.status {
                Status::Published => EventStatus::Confirmed,
                Status::Idea | Status::Planned | Status::InProduction => EventStatus::Tentative,
            })
            .add_property("CATEGORIES", item.kind.name())
            .add_property("TRANSP", "TRANSPARENT");
        if let Some(phase) = map.phase(item.phase) {
            event.add_property("X-KLANTREIS-PHASE", &phase.name);
        }
        if let Some(rule) = rrule(item) {
            event.add_property("RRULE", rule);
        }
        calendar.push(event.done());
    }
    calendar.done().to_string()
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
