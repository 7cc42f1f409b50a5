//! Names from the map's vocabulary: emotions, channels, lanes, content.
//!
//! The model holds no words; its fixed choices get their names here, as
//! methods on the model's own types (`Emotion::name`, `Channel::name`, …), so
//! every caller reads the same and the words stay in one place.

use super::Language;
use crate::model::{Channel, ContentType, Emotion, Recurrence, Status};

crate::strings! {
    /// Names of the map's fixed choices.
    pub struct Texts {
        emotion_very_negative: "very negative", "zeer negatief";
        emotion_negative: "negative", "negatief";
        emotion_slightly_negative: "slightly negative", "licht negatief";
        emotion_neutral: "neutral", "neutraal";
        emotion_slightly_positive: "slightly positive", "licht positief";
        emotion_positive: "positive", "positief";
        emotion_very_positive: "very positive", "zeer positief";

        channel_website: "Website", "Website";
        channel_search: "Search", "Zoekmachine";
        channel_social: "Social media", "Social media";
        channel_email: "E-mail", "E-mail";
        channel_phone: "Phone", "Telefoon";
        channel_store: "Store", "Winkel";
        channel_app: "App", "App";
        channel_ads: "Advertising", "Advertenties";
        channel_reviews: "Reviews", "Beoordelingen";
        channel_word_of_mouth: "Word of mouth", "Mond-tot-mondreclame";

        lane_actions: "Actions", "Acties";
        lane_thoughts: "Thoughts", "Gedachten";
        lane_pain_points: "Pain points", "Pijnpunten";
        lane_opportunities: "Opportunities", "Kansen";
        lane_touchpoint: "Touchpoint", "Contactmoment";

        kind_blog_post: "Blog post", "Blogartikel";
        kind_video: "Video", "Video";
        kind_newsletter: "Newsletter", "Nieuwsbrief";
        kind_whitepaper: "Whitepaper", "Whitepaper";
        kind_review: "Review", "Recensie";
        kind_social_post: "Social post", "Social-mediabericht";
        kind_webinar: "Webinar", "Webinar";
        kind_case_study: "Case study", "Klantcase";
        kind_promotional_email: "Promotional e-mail", "Promotiemail";
        kind_product_page: "Product page", "Productpagina";
        kind_loyalty_offer: "Loyalty offer", "Loyaliteitsaanbod";

        recurrence_once: "Once", "Eenmalig";
        recurrence_weekly: "Weekly", "Wekelijks";
        recurrence_monthly: "Monthly", "Maandelijks";

        status_idea: "Idea", "Idee";
        status_planned: "Planned", "Gepland";
        status_in_production: "In production", "In productie";
        status_published: "Published", "Gepubliceerd";
    }
}

impl Emotion {
    /// The words for the level, in the interface's language.
    pub fn name(self) -> &'static str {
        let t = t();
        match self {
            Emotion::VeryNegative => t.emotion_very_negative,
            Emotion::Negative => t.emotion_negative,
            Emotion::SlightlyNegative => t.emotion_slightly_negative,
            Emotion::Neutral => t.emotion_neutral,
            Emotion::SlightlyPositive => t.emotion_slightly_positive,
            Emotion::Positive => t.emotion_positive,
            Emotion::VeryPositive => t.emotion_very_positive,
        }
    }

    /// The level as a label on the emotion axis: its words, capitalised ("Slightly negative").
    pub fn label(self) -> String {
        let mut chars = self.name().chars();
        chars
            .next()
            .map(|first| first.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }
}

impl Channel {
    /// The name shown to the user, in the interface's language.
    pub fn name(&self) -> &str {
        let t = t();
        match self {
            Channel::Website => t.channel_website,
            Channel::Search => t.channel_search,
            Channel::Social => t.channel_social,
            Channel::Email => t.channel_email,
            Channel::Phone => t.channel_phone,
            Channel::Store => t.channel_store,
            Channel::App => t.channel_app,
            Channel::Ads => t.channel_ads,
            Channel::Reviews => t.channel_reviews,
            Channel::WordOfMouth => t.channel_word_of_mouth,
            Channel::Other(name) => name,
        }
    }
}

impl ContentType {
    /// The name shown to the user, in the interface's language.
    pub fn name(&self) -> &str {
        self.name_in(super::language())
    }

    /// The name shown to the user, in a language.
    pub fn name_in(&self, language: Language) -> &str {
        let t = Texts::get(language);
        match self {
            ContentType::BlogPost => t.kind_blog_post,
            ContentType::Video => t.kind_video,
            ContentType::Newsletter => t.kind_newsletter,
            ContentType::Whitepaper => t.kind_whitepaper,
            ContentType::Review => t.kind_review,
            ContentType::SocialPost => t.kind_social_post,
            ContentType::Webinar => t.kind_webinar,
            ContentType::CaseStudy => t.kind_case_study,
            ContentType::PromotionalEmail => t.kind_promotional_email,
            ContentType::ProductPage => t.kind_product_page,
            ContentType::LoyaltyOffer => t.kind_loyalty_offer,
            ContentType::Other(name) => name,
        }
    }
}

impl Recurrence {
    /// The name shown to the user, in the interface's language.
    pub fn name(self) -> &'static str {
        let t = t();
        match self {
            Recurrence::Once => t.recurrence_once,
            Recurrence::Weekly => t.recurrence_weekly,
            Recurrence::Monthly => t.recurrence_monthly,
        }
    }
}

impl Status {
    /// The name shown to the user, in the interface's language.
    pub fn name(self) -> &'static str {
        let t = t();
        match self {
            Status::Idea => t.status_idea,
            Status::Planned => t.status_planned,
            Status::InProduction => t.status_in_production,
            Status::Published => t.status_published,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::set_language;

    #[test]
    fn axis_labels_are_capitalised_in_both_languages() {
        assert_eq!(Emotion::SlightlyNegative.label(), "Slightly negative");
        set_language(Language::Nl);
        assert_eq!(Emotion::VeryPositive.label(), "Zeer positief");
        set_language(Language::En);
    }

    #[test]
    fn names_follow_the_interface_language_and_keep_what_the_user_typed() {
        set_language(Language::Nl);
        let dutch = (
            Channel::WordOfMouth.name().to_owned(),
            Status::InProduction.name(),
            Recurrence::Weekly.name(),
        );
        set_language(Language::En);
        assert_eq!(
            dutch,
            (
                "Mond-tot-mondreclame".to_owned(),
                "In productie",
                "Wekelijks"
            )
        );
        assert_eq!(Channel::WordOfMouth.name(), "Word of mouth");
        assert_eq!(ContentType::CaseStudy.name_in(Language::Nl), "Klantcase");
        assert_eq!(
            ContentType::Other("Podcast".into()).name_in(Language::Nl),
            "Podcast"
        );
        assert_eq!(Channel::Other("iDEAL".into()).name(), "iDEAL");
    }
}
