//! The content calendar: what to publish, where and when, for each phase.

use chrono::NaiveDate;
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
