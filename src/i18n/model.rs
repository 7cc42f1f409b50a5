//! Names from the map's vocabulary: emotions, channels, lanes, content.

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
