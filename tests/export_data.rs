//! The content calendar and the steps overview as CSV and iCalendar: the
//! CSV parses back with the `csv` crate to the same items, whatever the
//! text holds; the iCalendar parses back with a second, independent parser
//! (the `ical` crate) to the same events, and is structurally sound (CRLF
//! line ends, lines folded at 75 octets).

use std::path::Path;

use chrono::NaiveDate;
use klantreis::export::{
    CONTENT_HEADERS, STEP_HEADERS, Separator, calendar_ics, content_csv, event_uid, steps_csv,
    unguard,
};
use klantreis::i18n::Language;
use klantreis::io;
use klantreis::model::Lane;
use klantreis::model::{
    Channel, ContentId, ContentItem, ContentType, Map, Persona, PersonaId, PhaseTemplate,
    Recurrence, Status,
};
use proptest::collection::vec;
use proptest::prelude::*;

/// Text with everything that trips up spreadsheets and calendars.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-Z ëéïöüÉ'\"\\\\\n\r\t😀✨,;:=+@-]{0,30}",
        1 => Just(String::new()),
        1 => any::<String>(),
        1 => "[=+@-][a-z0-9()]{0,10}",
        1 => "'[=+@-][a-z]{0,5}",
    ]
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (2020..2035i32, 1..=12u32, 1..=31u32)
        .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d.min(28)).expect("a date"))
}

fn kind() -> impl Strategy<Value = ContentType> {
    prop_oneof![
        (0..ContentType::LISTED.len()).prop_map(|i| ContentType::LISTED[i].clone()),
        text().prop_map(ContentType::Other),
    ]
}

fn channel() -> impl Strategy<Value = Option<Channel>> {
    prop_oneof![
        Just(None),
        (0..Channel::LISTED.len()).prop_map(|i| Some(Channel::LISTED[i].clone())),
        text().prop_map(|t| Some(Channel::Other(t))),
    ]
}

/// An item's generated parts: title, kind, channel, date, (owner, goal,
/// notes), and (phase, persona, status, repetition) as indices.
type Parts = (
    String,
    ContentType,
    Option<Channel>,
    NaiveDate,
    (String, String, String),
    (usize, usize, usize, usize),
);

fn item() -> impl Strategy<Value = Parts> {
    (
        text(),
        kind(),
        channel(),
        date(),
        (text(), text(), text()),
        (0..5usize, 0..3usize, 0..4usize, 0..3usize),
    )
}

/// A five-phase map with two personas (one with a tricky name) and the items.
fn map_with(items: Vec<Parts>, persona_name: String) -> Map {
    let mut map = PhaseTemplate::FivePhase.new_map(Language::Nl);
    map.title = "Groene Draad, \"winter\"; 2027".to_owned();
    map.uid = "proptest-map".to_owned();
    map.personas = vec![
        Persona::new(PersonaId(1), "Duurzame Daniëlle"),
        Persona::new(PersonaId(2), &persona_name),
    ];
    let phases: Vec<_> = map.phases.iter().map(|p| p.id).collect();
    map.content = items
        .into_iter()
        .enumerate()
        .map(
            |(
                i,
                (
                    title,
                    kind,
                    channel,
                    date,
                    (owner, goal, notes),
                    (phase, persona, status, repeat),
                ),
            )| {
                let mut item =
                    ContentItem::new(ContentId(i as u64 + 1), &title, kind, phases[phase], date);
                item.channel = channel;
                item.persona = [None, Some(PersonaId(1)), Some(PersonaId(2))][persona];
                item.status = Status::ALL[status];
                item.recurrence = Recurrence::ALL[repeat];
                if repeat > 0 {
                    item.end_date = Some(date + chrono::Duration::days(90));
                }
                item.owner = owner;
                item.goal = goal;
                item.notes = notes;
                item
            },
        )
        .collect();
    map
}

/// Parses CSV text as a spreadsheet would: UTF-8 with a byte-order mark.
fn parse_csv(text: &str, separator: Separator) -> Vec<Vec<String>> {
    let body = text
        .strip_prefix('\u{feff}')
        .expect("starts with a byte-order mark");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(if separator == Separator::Comma {
            b','
        } else {
            b';'
        })
        .from_reader(body.as_bytes());
    reader
        .records()
        .map(|r| r.expect("a valid row").iter().map(str::to_owned).collect())
        .collect()
}

/// The item's row as the export should write it, text unguarded.
fn expected_row(map: &Map, item: &ContentItem) -> Vec<String> {
    vec![
        item.title.clone(),
        item.kind.name().to_owned(),
        item.channel.as_ref().map_or("", |c| c.name()).to_owned(),
        item.date.format("%Y-%m-%d").to_string(),
        item.end_date
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        match item.recurrence {
            Recurrence::Once => String::new(),
            other => other.name().to_owned(),
        },
        map.phase(item.phase).expect("phase").name.clone(),
        item.persona
            .and_then(|p| map.persona(p))
            .map_or(String::new(), |p| p.name.clone()),
        String::new(),
        item.status.name().to_owned(),
        item.owner.clone(),
        item.goal.clone(),
        item.notes.clone(),
        item.id.0.to_string(),
    ]
}

/// Undoes iCalendar's TEXT escaping.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The events of an iCalendar text, as (property name, value) lists, read
/// by the `ical` crate.
fn parse_ics(text: &str) -> Vec<Vec<(String, String)>> {
    let mut calendars = ical::IcalParser::new(text.as_bytes());
    let calendar = calendars
        .next()
        .expect("one calendar")
        .expect("the calendar parses");
    assert!(calendars.next().is_none(), "only one calendar");
    calendar
        .events
        .into_iter()
        .map(|event| {
            event
                .properties
                .into_iter()
                .map(|p| (p.name, p.value.unwrap_or_default()))
                .collect()
        })
        .collect()
}

fn property<'a>(event: &'a [(String, String)], name: &str) -> Option<&'a str> {
    event
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// RFC 5545 3.1: CRLF line ends, and no line longer than 75 octets.
fn assert_structurally_sound(text: &str) {
    assert!(
        text.starts_with("BEGIN:VCALENDAR\r\n"),
        "{:?}",
        &text[..40.min(text.len())]
    );
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    let without_crlf = text.replace("\r\n", "");
    assert!(
        !without_crlf.contains('\r') && !without_crlf.contains('\n'),
        "a bare CR or LF"
    );
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    assert!(text.contains("VERSION:2.0\r\n"));
    assert!(text.contains("PRODID:"));
}

/// What iCalendar can carry of a text: no control characters but line breaks.
fn as_ics_text(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| if c == '\r' { '\n' } else { c })
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    #[test]
    fn the_content_csv_reads_back_as_the_same_items(
        items in vec(item(), 0..12),
        persona in text(),
        semicolons in any::<bool>(),
    ) {
        let map = map_with(items, persona);
        let separator = if semicolons { Separator::Semicolon } else { Separator::Comma };
        let rows = parse_csv(&content_csv(&map, separator), separator);
        prop_assert_eq!(&rows[0], &CONTENT_HEADERS.map(str::to_owned).to_vec());
        prop_assert_eq!(rows.len(), map.content.len() + 1);
        for row in &rows[1..] {
            let id: u64 = row[13].parse().expect("an id");
            let item = map.content.iter().find(|c| c.id.0 == id).expect("the item");
            let read: Vec<String> = row.iter().map(|cell| unguard(cell).to_owned()).collect();
            prop_assert_eq!(read, expected_row(&map, item));
        }
        // By date.
        let dates: Vec<&String> = rows[1..].iter().map(|r| &r[3]).collect();
        let mut sorted = dates.clone();
        sorted.sort();
        prop_assert_eq!(dates, sorted);
    }

    #[test]
    fn the_calendar_reads_back_as_the_same_events(
        items in vec(item(), 0..12),
        persona in text(),
    ) {
        let map = map_with(items, persona);
        let text = calendar_ics(&map);
        assert_structurally_sound(&text);
        let events = parse_ics(&text);
        prop_assert_eq!(events.len(), map.content.len());
        for (event, item) in events.iter().zip(&map.content) {
            let uid = event_uid(&map, item);
            prop_assert_eq!(property(event, "UID"), Some(uid.as_str()));
            let start = item.date.format("%Y%m%d").to_string();
            prop_assert_eq!(property(event, "DTSTART"), Some(start.as_str()));
            // The `ical` crate trims values and drops a value that starts
            // with ':', so the text itself is checked with the calendar
            // library's own parser below.
            let summary = unescape(property(event, "SUMMARY").unwrap_or_default());
            let title = as_ics_text(&item.title);
            if !title.starts_with(':') {
                prop_assert_eq!(summary.trim(), title.trim());
            }
            let rule = property(event, "RRULE");
            match item.recurrence {
                Recurrence::Once => {
                    prop_assert_eq!(rule, None);
                    let end = (item.end_date.unwrap_or(item.date) + chrono::Duration::days(1))
                        .format("%Y%m%d")
                        .to_string();
                    prop_assert_eq!(property(event, "DTEND"), Some(end.as_str()));
                }
                Recurrence::Weekly => prop_assert!(rule.is_some_and(|r| r.starts_with("FREQ=WEEKLY;UNTIL="))),
                Recurrence::Monthly => prop_assert!(rule.is_some_and(|r| r.starts_with("FREQ=MONTHLY"))),
            }
            let description = unescape(property(event, "DESCRIPTION").unwrap_or_default());
            prop_assert!(description.contains(&as_ics_text(&map.phase(item.phase).expect("phase").name).trim().to_owned()));
        }
        let parsed: icalendar::Calendar = text.parse().expect("the library reads its own output");
        let summaries: Vec<String> = parsed
            .events()
            .map(|e| icalendar::Component::get_summary(e).unwrap_or_default().to_owned())
            .collect();
        let titles: Vec<String> = map.content.iter().map(|c| as_ics_text(&c.title)).collect();
        prop_assert_eq!(summaries, titles);
    }
}

fn example(name: &str) -> Map {
    io::load(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("maps")
            .join(name),
    )
    .expect("the example loads")
    .map
}

/// The step a row of the steps CSV is about, by its journey's name and its title.
fn row_step<'a>(map: &'a Map, row: &[String]) -> &'a klantreis::model::Step {
    map.journeys
        .iter()
        .find(|j| j.name == unguard(&row[0]))
        .and_then(|j| j.steps.iter().find(|s| s.title == unguard(&row[4])))
        .expect("the row's step")
}

#[test]
fn every_example_map_exports_its_calendar_and_its_steps() {
    for name in ["kettle.ron", "clothing.ron", "crm-b2b.ron"] {
        let map = example(name);
        let ics = calendar_ics(&map);
        assert_structurally_sound(&ics);
        let events = parse_ics(&ics);
        assert_eq!(events.len(), map.content.len(), "{name}");
        assert!(events.len() >= 10, "{name}");

        let rows = parse_csv(&content_csv(&map, Separator::Comma), Separator::Comma);
        assert_eq!(rows.len(), map.content.len() + 1, "{name}");

        let rows = parse_csv(&steps_csv(&map, Separator::Comma), Separator::Comma);
        assert_eq!(rows[0], STEP_HEADERS.map(str::to_owned).to_vec());
        assert_eq!(rows.len(), map.steps().count() + 1, "{name}");
        // Each step's row carries its lanes, one item a line, and its emotion.
        for row in &rows[1..] {
            let step = row_step(&map, row);
            assert_eq!(unguard(&row[9]), Lane::Actions.text(step));
            assert_eq!(unguard(&row[11]), Lane::PainPoints.text(step));
            let emotion: f64 = row[5].parse().expect("a number");
            assert!(
                (emotion - step.emotion).abs() < 0.051,
                "{name}: {}",
                step.title
            );
        }
    }
}

#[test]
fn steps_are_listed_in_time_order_within_each_journey() {
    let map = example("clothing.ron");
    let rows = parse_csv(&steps_csv(&map, Separator::Semicolon), Separator::Semicolon);
    let first_journey: Vec<&Vec<String>> = rows[1..]
        .iter()
        .filter(|r| r[0] == map.journeys[0].name)
        .collect();
    let numbers: Vec<usize> = first_journey
        .iter()
        .map(|r| r[3].parse().expect("a number"))
        .collect();
    assert_eq!(numbers, (1..=first_journey.len()).collect::<Vec<_>>());
    let times: Vec<f64> = first_journey
        .iter()
        .map(|r| {
            let step = map.journeys[0]
                .steps
                .iter()
                .find(|s| s.title == r[4])
                .expect("step");
            map.step_time(step).expect("time")
        })
        .collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn uids_stay_the_same_between_exports_so_a_reimport_updates() {
    let map = example("kettle.ron");
    let uids = |text: &str| -> Vec<String> {
        parse_ics(text)
            .iter()
            .map(|e| property(e, "UID").expect("uid").to_owned())
            .collect()
    };
    let first = uids(&calendar_ics(&map));
    let mut edited = map.clone();
    edited.title = "Renamed after the workshop".to_owned();
    edited.content[0].title = "A new title".to_owned();
    assert_eq!(first, uids(&calendar_ics(&edited)));
    let mut unique = first.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), first.len());
}

#[test]
fn a_formula_in_a_title_is_not_run_by_a_spreadsheet() {
    let mut map = example("kettle.ron");
    map.content[0].title = "=HYPERLINK(\"http://evil\")".to_owned();
    map.content[1].title = "-2 stars".to_owned();
    let text = content_csv(&map, Separator::Comma);
    assert!(text.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""));
    assert!(text.contains("'-2 stars"));
}

#[test]
fn a_monthly_item_on_the_31st_repeats_on_the_last_day_of_shorter_months() {
    let mut map = example("kettle.ron");
    let item = &mut map.content[0];
    item.date = NaiveDate::from_ymd_opt(2027, 1, 31).expect("date");
    item.recurrence = Recurrence::Monthly;
    item.end_date = None;
    let shown = item.occurrences(
        NaiveDate::from_ymd_opt(2027, 1, 1).expect("date"),
        NaiveDate::from_ymd_opt(2027, 4, 30).expect("date"),
    );
    let days: Vec<String> = shown.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        days,
        ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"]
    );
    let events = parse_ics(&calendar_ics(&map));
    assert_eq!(
        property(&events[0], "RRULE"),
        Some("FREQ=MONTHLY;BYMONTHDAY=31,-1;BYSETPOS=1")
    );
}

#[test]
fn semicolon_files_write_decimal_commas_for_dutch_excel() {
    // Dutch Excel reads "1.5" as a date (1 May); the semicolon file is the
    // one meant for it, so its decimals have a comma.
    let mut map = example("clothing.ron");
    map.journeys[0].steps[0].emotion = -1.5;
    map.journeys[0].steps[1].emotion = 2.0;
    let title = |i: usize| map.journeys[0].steps[i].title.clone();
    for (separator, half, whole) in [
        (Separator::Semicolon, "-1,5", "2"),
        (Separator::Comma, "-1.5", "2"),
    ] {
        let rows = parse_csv(&steps_csv(&map, separator), separator);
        let emotion = |title: &str| {
            rows.iter()
                .find(|r| unguard(&r[4]) == title)
                .map(|r| unguard(&r[5]).to_owned())
                .expect("the step's row")
        };
        assert_eq!(emotion(&title(0)), half, "{separator:?}");
        assert_eq!(emotion(&title(1)), whole, "{separator:?}");
        // No cell of a semicolon file holds a decimal point between digits.
        if separator == Separator::Semicolon {
            for row in &rows {
                let cell = &row[5];
                assert!(!cell.contains('.'), "{cell}");
            }
        }
    }
}

#[test]
fn the_steps_csv_ends_with_measured_emotion_survey_score_respondents_and_gap() {
    let map = example("clothing.ron");
    let n = STEP_HEADERS.len();
    assert_eq!(
        &STEP_HEADERS[n - 4..],
        [
            "Measured emotion",
            "Survey score",
            "Respondents",
            "Gap (measured − perceived)"
        ]
    );
    for separator in [Separator::Comma, Separator::Semicolon] {
        let rows = parse_csv(&steps_csv(&map, separator), separator);
        let number = |cell: &str| -> f64 { cell.replace(',', ".").parse().expect("a number") };
        let mut measured_rows = 0;
        for row in &rows[1..] {
            let step = row_step(&map, row);
            let Some(measured) = step.measured() else {
                assert!(row[n - 4..].iter().all(String::is_empty), "{row:?}");
                continue;
            };
            measured_rows += 1;
            // On the emotion scale, as the measured curve draws it.
            assert!(
                (number(&row[n - 4]) - measured.emotion).abs() < 0.051,
                "{row:?}"
            );
            // As imported: the clothing survey asked 1 to 5.
            let score = &step.survey[0];
            let decimal = if separator == Separator::Comma {
                format!("{}", score.score)
            } else {
                format!("{}", score.score).replace('.', ",")
            };
            assert_eq!(unguard(&row[n - 3]), format!("{decimal} (1 to 5)"));
            assert_eq!(row[n - 2], measured.respondents.to_string());
            let gap = number(&row[n - 1]);
            assert!(
                (gap - (measured.emotion - step.emotion)).abs() < 0.051,
                "{}: gap {gap}",
                step.title
            );
        }
        assert!(measured_rows >= 29, "{measured_rows} surveyed steps");
    }
    // A map without surveys leaves the columns empty.
    let kettle = example("kettle.ron");
    let rows = parse_csv(&steps_csv(&kettle, Separator::Comma), Separator::Comma);
    assert!(
        rows[1..]
            .iter()
            .all(|r| r[n - 4..].iter().all(String::is_empty))
    );
}

#[test]
fn the_measured_columns_have_dutch_titles_and_a_steps_csv_of_before_them_is_still_ours() {
    klantreis::i18n::set_language(Language::Nl);
    let csv = steps_csv(&Map::default(), Separator::Semicolon);
    klantreis::i18n::set_language(Language::En);
    assert!(
        csv.trim_end()
            .ends_with("Gemeten emotie;Enquêtescore;Respondenten;Verschil (gemeten − gevoeld)"),
        "{csv}"
    );
    // Exporting again may replace the steps CSV an earlier version wrote,
    // without the four measured columns.
    let before = format!("\u{feff}{}\r\n", STEP_HEADERS[..18].join(","));
    assert!(klantreis::export::is_own_data_file(before.as_bytes()));
    let now = format!("\u{feff}{}\r\n", STEP_HEADERS.join(";"));
    assert!(klantreis::export::is_own_data_file(now.as_bytes()));
    let other = format!("\u{feff}{}\r\n", STEP_HEADERS[..10].join(","));
    assert!(!klantreis::export::is_own_data_file(other.as_bytes()));
}
