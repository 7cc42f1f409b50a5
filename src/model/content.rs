//! The content calendar: what to publish, where and when, for each phase.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{Channel, ContentId, PersonaId, PhaseId, StepId};

/// One planned piece of content.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContentItem {
    /// Stable identity.
    pub id: ContentId,
    /// What is published, e.g. "How to choose a kettle".
    pub title: String,
    /// The kind of content.
    pub kind: ContentType,
    /// Where it is published.
    #[serde(default)]
    pub channel: Option<Channel>,
    /// The publish date.
    pub date: NaiveDate,
    /// The last day of a campaign that runs for a while.
    #[serde(default)]
    pub end_date: Option<NaiveDate>,
    /// Whether the item repeats.
    #[serde(default)]
    pub recurrence: Recurrence,
    /// The phase the content serves.
    pub phase: PhaseId,
    /// The persona it is written for, if any.
    #[serde(default)]
    pub persona: Option<PersonaId>,
    /// Steps of a journey the content supports.
    #[serde(default)]
    pub steps: Vec<StepId>,
    /// How far along the item is.
    #[serde(default)]
    pub status: Status,
    /// Who is responsible.
    #[serde(default)]
    pub owner: String,
    /// What the content should achieve, or the KPI it moves.
    #[serde(default)]
    pub goal: String,
    /// Free notes.
    #[serde(default)]
    pub notes: String,
}

/// The kinds of content the seeds name.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ContentType {
    /// A blog post or article.
    BlogPost,
    /// A video, e.g. a how-to.
    Video,
    /// A newsletter.
    Newsletter,
    /// A whitepaper or e-book.
    Whitepaper,
    /// A review or a request for one.
    Review,
    /// A social-media post.
    SocialPost,
    /// A webinar.
    Webinar,
    /// A case study.
    CaseStudy,
    /// A promotional e-mail.
    PromotionalEmail,
    /// A product page with clear specifications.
    ProductPage,
    /// A loyalty offer.
    LoyaltyOffer,
    /// Anything else, named by the user.
    Other(String),
}

/// How a content item repeats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Recurrence {
    /// Once, on its date.
    #[default]
    Once,
    /// Every week from its date.
    Weekly,
    /// Every month from its date.
    Monthly,
}

/// How far along a content item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Status {
    /// Just an idea.
    #[default]
    Idea,
    /// Planned for its date.
    Planned,
    /// Being made.
    InProduction,
    /// Out in the world.
    Published,
}

impl ContentType {
    /// The listed kinds, in the order menus show them (without "other").
    pub const LISTED: [ContentType; 11] = [
        ContentType::BlogPost,
        ContentType::Video,
        ContentType::Newsletter,
        ContentType::Whitepaper,
        ContentType::Review,
        ContentType::SocialPost,
        ContentType::Webinar,
        ContentType::CaseStudy,
        ContentType::PromotionalEmail,
        ContentType::ProductPage,
        ContentType::LoyaltyOffer,
    ];
}

impl Recurrence {
    /// Every choice, in the order menus show them.
    pub const ALL: [Recurrence; 3] = [Recurrence::Once, Recurrence::Weekly, Recurrence::Monthly];
}

impl Status {
    /// Every status, from first to last.
    pub const ALL: [Status; 4] = [
        Status::Idea,
        Status::Planned,
        Status::InProduction,
        Status::Published,
    ];
}

/// Recurring items are shown at most this many times in one range, so a
/// weekly item over centuries cannot flood a view.
const MAX_OCCURRENCES: usize = 1_000;

impl ContentItem {
    /// A new item with the given essentials; the rest is empty.
    pub fn new(
        id: ContentId,
        title: &str,
        kind: ContentType,
        phase: PhaseId,
        date: NaiveDate,
    ) -> Self {
        Self {
            id,
            title: title.to_owned(),
            kind,
            channel: None,
            date,
            end_date: None,
            recurrence: Recurrence::Once,
            phase,
            persona: None,
            steps: Vec::new(),
            status: Status::Idea,
            owner: String::new(),
            goal: String::new(),
            notes: String::new(),
        }
    }

    /// The days in `from..=to` on which the item is published: its date, or
    /// each repetition of it up to its end date. A campaign that runs from
    /// its date to an end date without repeating is shown on its first day.
    pub fn occurrences(&self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        let last = self.end_date.map_or(to, |end| end.min(to));
        if last < from || self.date > last {
            return Vec::new();
        }
        match self.recurrence {
            Recurrence::Once => {
                if self.date >= from {
                    vec![self.date]
                } else {
                    Vec::new()
                }
            }
            Recurrence::Weekly => {
                // Jump straight to the first repetition on or after `from`.
                let skip = ((from - self.date).num_days().max(0) as u64).div_ceil(7) as i64;
                let mut day = self.date + chrono::Duration::days(skip * 7);
                let mut days = Vec::new();
                while day <= last && days.len() < MAX_OCCURRENCES {
                    days.push(day);
                    day += chrono::Duration::days(7);
                }
                days
            }
            Recurrence::Monthly => {
                let months_between = |a: NaiveDate, b: NaiveDate| {
                    (b.year() - a.year()) * 12 + b.month() as i32 - a.month() as i32
                };
                let mut n = months_between(self.date, from).max(0) - 1;
                let mut days = Vec::new();
                while days.len() < MAX_OCCURRENCES {
                    n += 1;
                    let Some(day) = monthly(self.date, n) else {
                        break;
                    };
                    if day > last {
                        break;
                    }
                    if day >= from {
                        days.push(day);
                    }
                }
                days
            }
        }
    }
}

/// The `n`th monthly repetition of `start`: the same day of the month, or the
/// month's last day when it is shorter.
pub fn monthly(start: NaiveDate, n: i32) -> Option<NaiveDate> {
    let index = start.year() * 12 + start.month0() as i32 + n;
    let (year, month0) = (index.div_euclid(12), index.rem_euclid(12) as u32);
    let first = NaiveDate::from_ymd_opt(year, month0 + 1, 1)?;
    let length = first
        .checked_add_months(chrono::Months::new(1))
        .map_or(31, |next| (next - first).num_days() as u32);
    first.with_day(start.day().min(length))
}
