//! The phases' headers above the plot: each phase's name (whole, on one
//! line or wrapped to two), its content badge and its journeys' average
//! emotions, placed so that none covers another.

use std::collections::HashMap;

use egui::emath::{Pos2, Rect, pos2, vec2};

use super::Canvas;
use super::labels::{Anchor, BASELINE_TO_MIDDLE, Text};
use crate::model::{JourneyId, Map, PhaseId, Rgb};
use crate::picture::text::{Font, fit_line, wrap};

/// A phase's header above the plot.
#[derive(Clone, Debug)]
pub struct Header {
    /// The phase.
    pub phase: PhaseId,
    /// The header's area (the top of the phase's band).
    pub rect: Rect,
    /// The phase's name: one line, or wrapped whole to two smaller lines
    /// where one does not fit; shortened with "…" only where not even that
    /// fits (a very narrow phase; its full name shows on hover).
    pub name: Vec<Text>,
    /// Whether the name had to be shortened.
    pub shortened: bool,
    /// Where the content badge goes, when there is room for one.
    pub badge: Option<Rect>,
    /// What the badge says ("402 items", "402", "No content"), measured
    /// into its width.
    pub badge_text: String,
    /// The average emotion of each journey in this phase, when they all fit.
    pub averages: Vec<Average>,
    /// The phase's running experiments, when it has any and there is room.
    pub running: Option<RunningTests>,
}

/// A phase's running experiments in its header: a small flask and how
/// many ("2 tests running", or just "2" where that has no room), at the
/// left of the averages' row.
#[derive(Clone, Debug, PartialEq)]
pub struct RunningTests {
    /// How many experiments run in the phase.
    pub count: usize,
    /// The flask's box.
    pub flask: Rect,
    /// The words beside it.
    pub text: Text,
    /// Everything it covers: what hovering shows the hypotheses for, and
    /// what the KPI marks keep clear of.
    pub area: Rect,
}

/// A flask drawn in `rect`: its neck (a narrow bar at the top) and its
/// body, widening from the neck to the bottom (convex, so both painters
/// fill it as one shape).
pub fn flask(rect: Rect) -> (Rect, [Pos2; 4]) {
    let (x, neck) = (rect.center().x, rect.top() + 4.0);
    (
        Rect::from_min_max(pos2(x - 1.75, rect.top()), pos2(x + 1.75, rect.top() + 5.0)),
        [
            pos2(x - 1.75, neck),
            pos2(x + 1.75, neck),
            pos2(rect.right(), rect.bottom()),
            pos2(rect.left(), rect.bottom()),
        ],
    )
}

/// The size of the running experiments' flask.
pub const FLASK: egui::Vec2 = vec2(10.0, 12.0);

/// The running experiments' marker of a header: a flask at the left of the
/// averages' row, and the count in words (`wide`) or as a number.
fn running_marker(count: usize, header: Rect, seen: Rect, wide: bool) -> RunningTests {
    let t = crate::i18n::canvas::t();
    let y = header.top() + 38.0;
    let flask = Rect::from_min_size(pos2(seen.left() + 6.0, y - FLASK.y / 2.0), FLASK);
    let words = if wide {
        crate::i18n::plural(count, t.tests_running_one, t.tests_running_many, &[])
    } else {
        count.to_string()
    };
    let text = Text {
        text: words,
        at: pos2(flask.right() + 4.0, y),
        anchor: Anchor::Start,
        font: AVERAGE_FONT,
    };
    let area = flask.union(text.extent());
    RunningTests {
        count,
        flask,
        text,
        area,
    }
}

/// A journey's average emotion in a phase: a dot in its colour and the number.
#[derive(Clone, Debug)]
pub struct Average {
    /// The journey.
    pub journey: JourneyId,
    /// Its colour.
    pub colour: Rgb,
    /// The dot's centre.
    pub dot: Pos2,
    /// The number ("+1.5").
    pub value: Text,
}

/// The radius of an average's dot.
pub const AVERAGE_DOT: f32 = 4.5;
/// The distance from one average to the next.
pub(super) const AVERAGE_STEP: f32 = 44.0;

/// The phase names' font.
pub const PHASE_FONT: Font = Font::bold(16.0);

/// The averages' font.
pub const AVERAGE_FONT: Font = Font::regular(12.0);

/// Whether the content badges say "3 items": only when every phase has
/// room for it, so they all read the same; otherwise just the number.
fn wide_badges(canvas: &Canvas) -> bool {
    canvas.bands.iter().all(|b| b.rect.width() >= 200.0)
}

/// What a phase's content badge says.
pub fn badge_text(count: usize, wide: bool) -> String {
    let t = crate::i18n::canvas::t();
    match (count, wide) {
        (0, true) => t.no_content.to_owned(),
        (n, true) => crate::i18n::fill(
            if n == 1 { t.items_one } else { t.items_many },
            &[("n", &n)],
        ),
        (0, false) => "+".to_owned(),
        (n, false) => n.to_string(),
    }
}

/// The content items of each phase, counted once.
fn content_counts(map: &Map) -> HashMap<PhaseId, usize> {
    let mut counts = HashMap::new();
    for item in &map.content {
        *counts.entry(item.phase).or_insert(0) += 1;
    }
    counts
}

/// The width of a badge saying `text`: room for every letter and the
/// button's padding, so "400" never wraps to a column of digits.
fn badge_width(text: &str) -> f32 {
    (BADGE_FONT.width(text) + 16.0).max(NARROW_BADGE)
}

/// The narrowest a content badge gets.
const NARROW_BADGE: f32 = 26.0;
/// The badges' font.
pub const BADGE_FONT: Font = Font::regular(12.0);
/// The smaller sizes a phase name takes where it does not fit at full
/// size: on one line, else wrapped whole to two lines that stay above the
/// averages. The smallest is still readable on a projector's canvas.
pub const PHASE_FONTS_SMALL: [Font; 2] = [
    Font::bold(13.0).leading(1.15),
    Font::bold(11.5).leading(1.15),
];

/// A phase's name in the room it has: one line at full size; else, at
/// each smaller size, one line or wrapped whole to two; else shortened.
/// The lines, their font, and whether the name was shortened.
fn phase_name(name: &str, room: f32) -> (Vec<String>, Font, bool) {
    if PHASE_FONT.width(name) <= room {
        return (vec![name.to_owned()], PHASE_FONT, false);
    }
    let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    for font in PHASE_FONTS_SMALL {
        if font.width(name) <= room {
            return (vec![name.to_owned()], font, false);
        }
        // Two lines, when every word fits a line (none is broken inside)
        // and the two hold the whole name.
        if name.split_whitespace().all(|w| font.width(w) <= room) {
            let two = wrap(name, font, room, 2);
            if two.len() == 2 && words(&two.join(" ")) == words(name) {
                return (two, font, false);
            }
        }
    }
    // A one-word name too long for the phase's width breaks with a
    // hyphen, as late as fits, with at least three letters on each side.
    let font = PHASE_FONTS_SMALL[1];
    let letters: Vec<char> = name.trim().chars().collect();
    if !name.trim().contains(char::is_whitespace) && letters.len() >= 6 {
        for k in (3..=letters.len() - 3).rev() {
            let first: String = letters[..k].iter().chain(['-'].iter()).collect();
            let second: String = letters[k..].iter().collect();
            if font.width(&first) <= room && font.width(&second) <= room {
                return (vec![first, second], font, false);
            }
        }
    }
    // Where not even an ellipsis fits, no name.
    let mut text = fit_line(name, font, room.max(0.0));
    if font.width(&text) > room {
        text.clear();
    }
    (vec![text], font, true)
}

pub(super) fn headers(map: &Map, canvas: &Canvas, badges: bool) -> Vec<Header> {
    let plot = canvas.plot;
    let visible = Rect::from_min_max(pos2(plot.left(), canvas.rect.top()), canvas.rect.max);
    let wide = wide_badges(canvas);
    let counts = if badges {
        content_counts(map)
    } else {
        HashMap::new()
    };
    canvas
        .bands
        .iter()
        .map(|band| {
            let rect = Rect::from_min_max(band.rect.min, pos2(band.rect.right(), plot.top()));
            // The part of the header on screen: its name and averages stay
            // in view while the phase is.
            let seen = Rect::from_x_y_ranges(
                rect.left().max(visible.left())..=rect.right().min(visible.right()),
                rect.y_range(),
            );
            let shown: Vec<&(JourneyId, f64)> = band
                .averages
                .iter()
                .filter(|(j, _)| canvas.curves.iter().any(|c| c.id == *j))
                .collect();
            // The averages, centred in the header between `left` and
            // `right` left free on either side.
            let averages_within = |left: f32, right: f32| {
                let mut averages = Vec::new();
                let room = seen.width() - left - right;
                if AVERAGE_STEP * shown.len() as f32 > room {
                    return averages;
                }
                let middle = seen.left() + left + room / 2.0;
                let mut x = middle - AVERAGE_STEP * shown.len() as f32 / 2.0;
                for (journey, average) in &shown {
                    let Some(curve) = canvas.curves.iter().find(|c| c.id == *journey) else {
                        continue;
                    };
                    let dot = pos2(x + 6.0, rect.top() + 38.0);
                    averages.push(Average {
                        journey: *journey,
                        colour: curve.color,
                        dot,
                        value: Text {
                            text: format!("{average:+.1}"),
                            at: dot + vec2(7.0, 0.0),
                            anchor: Anchor::Start,
                            font: AVERAGE_FONT,
                        },
                    });
                    x += AVERAGE_STEP;
                }
                averages
            };
            let count = counts.get(&band.id).copied().unwrap_or(0);
            let badge_text = badge_text(count, wide);
            let width = badge_width(&badge_text);
            // The badge at the right of the header's part on screen, on the
            // name's row (`low`: on the averages' row).
            let badge_at = |low: bool| {
                Some(Rect::from_min_size(
                    pos2(
                        seen.right() - width - 4.0,
                        rect.top() + if low { 32.0 } else { 5.0 },
                    ),
                    vec2(width, 20.0),
                ))
                .filter(|b| {
                    badges
                        && rect.width() >= width + 34.0
                        && visible.contains_rect(*b)
                        && rect.contains_rect(*b)
                })
            };
            // The name keeps a gap to the badge beside it.
            let beside = |badge: Option<Rect>| {
                let right = badge.map_or(seen.right() - 6.0, |b| b.left() - 6.0);
                (right, phase_name(&band.name, right - (seen.left() + 6.0)))
            };
            let mut badge = badge_at(false);
            let (mut right, (mut lines, mut font, mut shortened)) = beside(badge);
            let mut margin = 4.0;
            let mut averages = averages_within(margin, margin);
            // A word broken with a hyphen reads worse than the name whole on one line.
            let broken = |lines: &[String]| lines.iter().any(|l| l.ends_with('-'));
            if (shortened || broken(&lines)) && badge.is_some() {
                // The name takes the whole width, the badge goes down to the
                // averages' row, and the averages keep clear of it (or are
                // left out where they cannot).
                let low = badge_at(true);
                let (full, (l, f, cut)) = beside(None);
                // A hyphen in the whole width still beats a name cut short.
                if !cut && (!broken(&l) || shortened) && low.is_some() {
                    (badge, right, lines, font, shortened) = (low, full, l, f, cut);
                    margin = width + 12.0;
                    averages = averages_within(margin, margin);
                }
            }
            let middle = (seen.left() + 6.0 + right) / 2.0;
            // Two lines start higher, to stay clear of the averages.
            let first = if lines.len() > 1 { 2.0 } else { 4.0 };
            let name = lines
                .into_iter()
                .enumerate()
                .map(|(row, text)| Text {
                    text,
                    at: pos2(
                        middle,
                        rect.top()
                            + first
                            + font.size * (1.0 - BASELINE_TO_MIDDLE)
                            + row as f32 * font.line_height(),
                    ),
                    anchor: Anchor::Middle,
                    font,
                })
                .collect::<Vec<Text>>();
            // The running experiments at the left of the averages' row, in
            // words where the averages keep their room, else as a number
            // (the averages then make way); never over the name or badge.
            let mut running = None;
            if !band.running.is_empty() {
                let free = |area: Rect| {
                    seen.shrink2(vec2(2.0, 0.0)).contains_rect(area)
                        && rect.contains_rect(area)
                        && badge.is_none_or(|b| !b.intersects(area))
                        && name.iter().all(|l| !l.extent().intersects(area))
                };
                let fits: Vec<RunningTests> = [true, false]
                    .into_iter()
                    .map(|wide| running_marker(band.running.len(), rect, seen, wide))
                    .filter(|m| free(m.area))
                    .collect();
                let (before, last) = (averages.len(), fits.len().saturating_sub(1));
                for (i, marker) in fits.into_iter().enumerate() {
                    let beside = averages_within(marker.area.right() - seen.left() + 6.0, margin);
                    if beside.len() == before || i == last {
                        averages = beside;
                        running = Some(marker);
                        break;
                    }
                }
            }
            Header {
                phase: band.id,
                rect,
                name,
                shortened,
                badge,
                badge_text,
                averages,
                running,
            }
        })
        .collect()
}
