//! The PDF's extra pages, drawn as SVG for a landscape page: a card for each
//! persona, and the content calendar as a table.

use egui::emath::{Rect, pos2, vec2};

use crate::i18n::fill;
use crate::model::{ContentItem, Map, Persona, Recurrence};

use super::svg::{Anchor, Paint, Photos, Picture, Svg, ink};
use super::text::{Font, fit_line, wrap};

/// The size the extra pages are drawn at (A4 landscape in points; the PDF
/// scales them to the paper).
pub const PAGE: (f32, f32) = (841.89, 595.28);
const MARGIN: f32 = 40.0;

const HEADING: Font = Font::bold(24.0);
const SECTION: Font = Font::bold(12.5);
const BODY: Font = Font::regular(10.5);

/// A column being filled from the top; what does not fit is cut with "…".
struct Column {
    rect: Rect,
    y: f32,
}

impl Column {
    fn new(rect: Rect) -> Self {
        Self {
            y: rect.top(),
            rect,
        }
    }

    fn room(&self) -> f32 {
        self.rect.bottom() - self.y
    }

    /// A section: a title and its items as bullets. Returns false when full.
    fn section(&mut self, svg: &mut Svg, title: &str, items: &[String], color: Paint) -> bool {
        let items: Vec<&String> = items.iter().filter(|i| !i.trim().is_empty()).collect();
        if items.is_empty() {
            return true;
        }
        if self.room() < SECTION.line_height() + BODY.line_height() * 2.0 {
            return false;
        }
        svg.text(
            pos2(self.rect.left(), self.y + SECTION.size),
            SECTION,
            color,
            Anchor::Start,
            title,
        );
        self.y += SECTION.line_height() + 3.0;
        for (i, item) in items.iter().enumerate() {
            let rows = ((self.room() - 2.0) / BODY.line_height()).floor() as usize;
            let last_room = rows <= 1 && i + 1 < items.len();
            if rows == 0 || last_room {
                let more = fill(
                    crate::i18n::export::t().and_more,
                    &[("count", &(items.len() - i))],
                );
                svg.text(
                    pos2(self.rect.left() + 12.0, self.y + BODY.size),
                    BODY,
                    Paint::gray(90),
                    Anchor::Start,
                    &more,
                );
                self.y = self.rect.bottom();
                return false;
            }
            let lines = wrap(item, BODY, self.rect.width() - 12.0, rows.min(6));
            svg.text(
                pos2(self.rect.left() + 1.0, self.y + BODY.size),
                BODY,
                color,
                Anchor::Start,
                "•",
            );
            svg.lines(
                self.rect.left() + 12.0,
                self.y,
                BODY,
                ink(),
                Anchor::Start,
                &lines,
            );
            self.y += lines.len() as f32 * BODY.line_height() + 2.0;
        }
        self.y += 10.0;
        true
    }
}

/// An empty page of the PDF's page size, white.
fn white_page(title: &str) -> Svg {
    white_sheet(title, PAGE)
}

/// An empty white sheet of `(width, height)`: a page or a slide.
pub(crate) fn white_sheet(title: &str, (width, height): (f32, f32)) -> Svg {
    let mut svg = Svg::new(width, height, title);
    svg.rect(
        Rect::from_min_size(pos2(0.0, 0.0), vec2(width, height)),
        0.0,
        Some(Paint::WHITE),
        None,
    );
    svg
}

/// A persona's card: photo, name, quote, the journeys they walk, who they
/// are, and what drives them.
pub fn persona_page(map: &Map, persona: &Persona, photos: &mut Photos) -> Picture {
    let (width, height) = PAGE;
    let t = crate::i18n::export::t();
    let mut svg = white_page(&fill(t.persona_page_title, &[("name", &persona.name)]));
    let journeys: Vec<_> = map
        .journeys
        .iter()
        .filter(|j| j.persona == Some(persona.id))
        .collect();
    let accent = journeys
        .first()
        .map_or(Paint::gray(90), |j| Paint::rgb(j.color));
    let ink = ink();

    // The header: photo, name, quote, journeys.
    let photo = 120.0;
    svg.avatar(
        pos2(MARGIN + photo / 2.0, MARGIN + photo / 2.0),
        photo,
        persona,
        photos,
    );
    let left = MARGIN + photo + 24.0;
    let room = width - MARGIN - left;
    let mut y = MARGIN + 4.0;
    svg.text(
        pos2(left, y + 10.0),
        Font::bold(10.0),
        Paint::gray(110),
        Anchor::Start,
        &fit_line(
            &fill(t.persona_kicker, &[("title", &map.title)]),
            Font::bold(10.0),
            room,
        ),
    );
    y += 16.0;
    let name = wrap(&persona.name, HEADING, room, 2);
    svg.lines(left, y, HEADING, ink, Anchor::Start, &name);
    y += name.len() as f32 * HEADING.line_height() + 2.0;
    if !persona.quote.trim().is_empty() {
        let font = Font::regular(13.0);
        let quote = wrap(
            &format!("\u{201c}{}\u{201d}", persona.quote.trim()),
            font,
            room,
            2,
        );
        svg.lines(left, y, font, Paint::gray(70), Anchor::Start, &quote);
        y += quote.len() as f32 * font.line_height() + 4.0;
    }
    if !journeys.is_empty() {
        let mut x = left;
        let cy = y + 10.0;
        svg.text(
            pos2(x, cy + 4.0),
            BODY,
            Paint::gray(90),
            Anchor::Start,
            t.walks,
        );
        x += BODY.width(t.walks) + 8.0;
        for journey in &journeys {
            let color = Paint::rgb(journey.color);
            let name = fit_line(&journey.name, Font::bold(10.5), 220.0);
            let w = Font::bold(10.5).width(&name);
            if x + w + 30.0 > width - MARGIN {
                break;
            }
            svg.line(pos2(x, cy), pos2(x + 16.0, cy), color, 3.0);
            svg.text(
                pos2(x + 21.0, cy + 4.0),
                Font::bold(10.5),
                color,
                Anchor::Start,
                &name,
            );
            x += w + 36.0;
        }
    }
    let top = (MARGIN + photo + 24.0).max(y + 34.0);
    svg.line(
        pos2(MARGIN, top - 12.0),
        pos2(width - MARGIN, top - 12.0),
        accent,
        1.5,
    );

    // Three columns: who (demographics, channels), wants (goals, motivations,
    // values, interests), struggles (challenges, fears, online behaviour, notes).
    let gap = 24.0;
    let column_width = (width - 2.0 * MARGIN - 2.0 * gap) / 3.0;
    let column = |i: usize| {
        Column::new(Rect::from_min_size(
            pos2(MARGIN + i as f32 * (column_width + gap), top),
            vec2(column_width, height - MARGIN - top),
        ))
    };
    let columns = persona_sections(persona);
    let mut empty = true;
    for (i, sections) in columns.iter().enumerate() {
        let mut col = column(i);
        for (title, items) in sections {
            empty &= items.iter().all(|s| s.trim().is_empty());
            if !col.section(&mut svg, title, items, accent) {
                break;
            }
        }
    }
    if empty {
        svg.text(
            pos2(MARGIN, top + 14.0),
            BODY,
            Paint::gray(110),
            Anchor::Start,
            t.persona_empty,
        );
    }
    Picture {
        svg: svg.finish(),
        width,
        height,
    }
}

/// A persona's card in three columns of titled lists: who (demographics,
/// channels), wants (goals, motivations, values, interests), struggles
/// (challenges, fears, online behaviour, notes).
pub(crate) fn persona_sections(persona: &Persona) -> [Vec<(&'static str, Vec<String>)>; 3] {
    let t = crate::i18n::export::t();
    let d = &persona.demographics;
    let who: Vec<String> = [
        (t.age, &d.age),
        (t.gender, &d.gender),
        (t.income, &d.income),
        (t.location, &d.location),
        (t.occupation, &d.occupation),
    ]
    .into_iter()
    .filter(|(_, v)| !v.trim().is_empty())
    .map(|(k, v)| format!("{k}: {}", v.trim()))
    .collect();
    let channels: Vec<String> = persona
        .channels
        .iter()
        .map(|c| c.name().to_owned())
        .collect();
    let p = &persona.psychographics;
    let notes: Vec<String> = persona
        .notes
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_owned)
        .collect();
    [
        vec![
            (t.who, who),
            (t.preferred_channels, channels),
            (t.online_behaviour, persona.online_behaviour.clone()),
        ],
        vec![
            (t.goals, persona.goals.clone()),
            (t.motivations, p.motivations.clone()),
            (t.values, p.values.clone()),
            (t.interests, p.interests.clone()),
        ],
        vec![
            (t.challenges, persona.challenges.clone()),
            (t.fears, p.fears.clone()),
            (t.notes, notes),
        ],
    ]
}

/// The calendar table's columns: share of the width (titles in [`column_titles`]).
pub(crate) const COLUMNS: [f32; 8] = [0.13, 0.26, 0.11, 0.10, 0.11, 0.10, 0.09, 0.10];

/// The calendar table's column titles, in the interface's language.
pub(crate) fn column_titles() -> [&'static str; 8] {
    let t = crate::i18n::export::t();
    [
        t.col_date,
        t.col_title,
        t.col_type,
        t.col_channel,
        t.col_phase,
        t.col_persona,
        t.col_status,
        t.col_owner,
    ]
}
const CELL: Font = Font::regular(9.5).leading(1.25);
const TABLE_TOP: f32 = MARGIN + 40.0;
const HEADER_ROW: f32 = 21.0;

/// One row of the calendar table: the item and each cell's lines.
type Row<'a> = (&'a ContentItem, Vec<Vec<String>>);

/// The calendar's items in date order, split into pages, each cell wrapped
/// to at most two lines.
fn calendar_rows(map: &Map) -> Vec<Vec<Row<'_>>> {
    let mut items: Vec<&ContentItem> = map.content.iter().collect();
    items.sort_by_key(|i| (i.date, i.id.0));
    let inner = PAGE.0 - 2.0 * MARGIN;
    let room = PAGE.1 - MARGIN - TABLE_TOP - HEADER_ROW;
    let mut pages = vec![Vec::new()];
    let mut used = 0.0;
    for item in items {
        let texts = calendar_row(map, item);
        let cells: Vec<Vec<String>> = texts
            .iter()
            .zip(COLUMNS)
            .map(|(text, share)| wrap(text, CELL, share * inner - 8.0, 2))
            .collect();
        let lines = cells.iter().map(Vec::len).max().unwrap_or(1);
        let height = row_height(lines);
        if used + height > room && pages.last().is_some_and(|p| !p.is_empty()) {
            pages.push(Vec::new());
            used = 0.0;
        }
        used += height;
        if let Some(page) = pages.last_mut() {
            page.push((item, cells));
        }
    }
    pages
}

/// A content item's row in the calendar, as every export shows it: date,
/// title, type, channel, phase, persona, status and owner.
pub(crate) fn calendar_row(map: &Map, item: &ContentItem) -> [String; 8] {
    [
        when(item),
        item.title.clone(),
        item.kind.name().to_owned(),
        item.channel
            .as_ref()
            .map(|c| c.name().to_owned())
            .unwrap_or_default(),
        map.phase(item.phase)
            .map(|p| p.name.clone())
            .unwrap_or_default(),
        item.persona
            .and_then(|p| map.persona(p))
            .map(|p| p.name.clone())
            .unwrap_or_default(),
        item.status.name().to_owned(),
        item.owner.clone(),
    ]
}

fn row_height(lines: usize) -> f32 {
    lines.max(1) as f32 * CELL.line_height() + 6.0
}

/// How many pages the content calendar takes (at least one, saying it is empty).
pub fn calendar_page_count(map: &Map) -> usize {
    calendar_rows(map).len()
}

/// A date as "3 Mar 2026" ("3 mrt 2026" in Dutch), with or without its year.
fn day_month(date: chrono::NaiveDate, year: bool) -> String {
    use chrono::Datelike;
    let month = crate::i18n::export::t().month_short(date.month());
    if year {
        format!("{} {month} {}", date.day(), date.year())
    } else {
        format!("{} {month}", date.day())
    }
}

/// When a content item runs: its date, end date and repetition.
pub(crate) fn when(item: &ContentItem) -> String {
    let t = crate::i18n::export::t();
    let mut text = day_month(item.date, true);
    if let Some(end) = item.end_date {
        text.push_str(&format!(" – {}", day_month(end, false)));
    }
    match item.recurrence {
        Recurrence::Once => {}
        Recurrence::Weekly => text.push_str(t.repeats_weekly),
        Recurrence::Monthly => text.push_str(t.repeats_monthly),
    }
    text
}

/// The content calendar as a table in date order, as many pages as it needs.
pub fn calendar_pages(map: &Map) -> Vec<Picture> {
    let rows = calendar_rows(map);
    let pages = rows.len();
    let (width, height) = PAGE;
    let inner = width - 2.0 * MARGIN;
    let t = crate::i18n::export::t();
    rows.iter()
        .enumerate()
        .map(|(page, rows)| {
            let mut svg = white_page(&fill(t.calendar_page_title, &[("title", &map.title)]));
            let heading = fit_line(
                &fill(t.calendar_heading, &[("title", &map.title)]),
                Font::bold(20.0),
                inner - 80.0,
            );
            svg.text(
                pos2(MARGIN, MARGIN + 20.0),
                Font::bold(20.0),
                ink(),
                Anchor::Start,
                &heading,
            );
            if pages > 1 {
                svg.text(
                    pos2(width - MARGIN, MARGIN + 20.0),
                    Font::regular(10.0),
                    Paint::gray(110),
                    Anchor::End,
                    &fill(t.page_of, &[("page", &(page + 1)), ("pages", &pages)]),
                );
            }
            let mut y = TABLE_TOP;
            svg.rect(
                Rect::from_min_size(pos2(MARGIN, y), vec2(inner, HEADER_ROW - 2.0)),
                2.0,
                Some(Paint::gray(225)),
                None,
            );
            let mut x = MARGIN + 4.0;
            for (title, share) in column_titles().into_iter().zip(COLUMNS) {
                svg.text(
                    pos2(x, y + 13.5),
                    Font::bold(9.5),
                    ink(),
                    Anchor::Start,
                    title,
                );
                x += share * inner;
            }
            y += HEADER_ROW;
            if rows.is_empty() {
                svg.text(
                    pos2(MARGIN + 4.0, y + 13.0),
                    CELL,
                    Paint::gray(110),
                    Anchor::Start,
                    t.calendar_empty,
                );
            }
            for (i, (item, cells)) in rows.iter().enumerate() {
                let row = row_height(cells.iter().map(Vec::len).max().unwrap_or(1));
                if i % 2 == 1 {
                    svg.rect(
                        Rect::from_min_size(pos2(MARGIN, y), vec2(inner, row)),
                        0.0,
                        Some(Paint::gray(246)),
                        None,
                    );
                }
                let phase = map.phase(item.phase);
                let mut x = MARGIN + 4.0;
                for (lines, share) in cells.iter().zip(COLUMNS) {
                    svg.lines(x, y + 2.5, CELL, ink(), Anchor::Start, lines);
                    x += share * inner;
                }
                if let Some(phase) = phase {
                    svg.rect(
                        Rect::from_min_size(pos2(MARGIN - 6.0, y + 3.0), vec2(3.0, row - 6.0)),
                        1.0,
                        Some(Paint::rgb(phase.color)),
                        None,
                    );
                }
                y += row;
            }
            Picture {
                svg: svg.finish(),
                width,
                height,
            }
        })
        .collect()
}
