//! The channels a touchpoint or a piece of content runs through.

use serde::{Deserialize, Serialize};

/// A channel, online or offline, from the seeds' list, plus a free "other".
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Channel {
    /// The company's own website or webshop.
    Website,
    /// Search engines (Google, Bing).
    Search,
    /// Social media (Instagram, LinkedIn, TikTok).
    Social,
    /// E-mail and newsletters.
    Email,
    /// Phone or customer service line.
    Phone,
    /// A physical store or office.
    Store,
    /// A mobile app.
    App,
    /// Paid advertising, online or offline.
    Ads,
    /// Review sites and comparison sites.
    Reviews,
    /// Word of mouth: friends, family, colleagues.
    WordOfMouth,
    /// Anything else, named by the user.
    Other(String),
}

impl Channel {
    /// The fixed channels, in the order menus show them (without "other").
    pub const LISTED: [Channel; 10] = [
        Channel::Website,
        Channel::Search,
        Channel::Social,
        Channel::Email,
        Channel::Phone,
        Channel::Store,
        Channel::App,
        Channel::Ads,
        Channel::Reviews,
        Channel::WordOfMouth,
    ];

    /// Whether the channel is online (the rest are offline: omnichannel maps mix both).
    pub fn is_online(&self) -> bool {
        !matches!(
            self,
            Channel::Phone | Channel::Store | Channel::WordOfMouth | Channel::Other(_)
        )
    }
}
