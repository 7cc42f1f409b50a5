//! Suggested content for each phase, from seed 003's content calendar: what
//! typically serves a customer in awareness, consideration, decision,
//! retention and advocacy. Offered as one-click starters, in the map's
//! language.

use super::Language;
use crate::model::{Channel, ContentType, Map, PhaseId};

/// Which part of the journey a phase is, whatever it is called.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stage {
    /// The customer learns the problem or the brand exists.
    Awareness,
    /// The customer compares and researches.
    Consideration,
    /// The customer buys.
    Decision,
    /// The customer uses the product and stays.
    Retention,
    /// The customer recommends the brand.
    Advocacy,
}

/// Words in phase names that tell the stage, with their language. Matched
/// at the start of a word, lower case.
const WORDS: &[(&str, Stage, Language)] = &[
    ("awareness", Stage::Awareness, Language::En),
    ("see", Stage::Awareness, Language::En),
    ("attention", Stage::Awareness, Language::En),
    ("discover", Stage::Awareness, Language::En),
    ("bewustwording", Stage::Awareness, Language::Nl),
    ("zien", Stage::Awareness, Language::Nl),
    ("oriëntatie", Stage::Awareness, Language::Nl),
    ("orientatie", Stage::Awareness, Language::Nl),
    ("aandacht", Stage::Awareness, Language::Nl),
    ("consideration", Stage::Consideration, Language::En),
    ("think", Stage::Consideration, Language::En),
    ("interest", Stage::Consideration, Language::En),
    ("research", Stage::Consideration, Language::En),
    ("compar", Stage::Consideration, Language::En),
    ("overweging", Stage::Consideration, Language::Nl),
    ("denken", Stage::Consideration, Language::Nl),
    ("interesse", Stage::Consideration, Language::Nl),
    ("vergelijk", Stage::Consideration, Language::Nl),
    ("decision", Stage::Decision, Language::En),
    ("purchase", Stage::Decision, Language::En),
    ("do", Stage::Decision, Language::En),
    ("buy", Stage::Decision, Language::En),
    ("conversion", Stage::Decision, Language::En),
    ("order", Stage::Decision, Language::En),
    ("beslissing", Stage::Decision, Language::Nl),
    ("aankoop", Stage::Decision, Language::Nl),
    ("doen", Stage::Decision, Language::Nl),
    ("koop", Stage::Decision, Language::Nl),
    ("conversie", Stage::Decision, Language::Nl),
    ("bestel", Stage::Decision, Language::Nl),
    ("retention", Stage::Retention, Language::En),
    ("care", Stage::Retention, Language::En),
    ("service", Stage::Retention, Language::En),
    ("use", Stage::Retention, Language::En),
    ("onboarding", Stage::Retention, Language::En),
    ("retentie", Stage::Retention, Language::Nl),
    ("zorgen", Stage::Retention, Language::Nl),
    ("gebruik", Stage::Retention, Language::Nl),
    ("behoud", Stage::Retention, Language::Nl),
    ("advocacy", Stage::Advocacy, Language::En),
    ("loyalty", Stage::Advocacy, Language::En),
    ("referral", Stage::Advocacy, Language::En),
    ("recommend", Stage::Advocacy, Language::En),
    ("ambassadeur", Stage::Advocacy, Language::Nl),
    ("loyaliteit", Stage::Advocacy, Language::Nl),
    ("aanbeveling", Stage::Advocacy, Language::Nl),
];

fn matches(name: &str) -> impl Iterator<Item = (Stage, Language)> + '_ {
    let lower = name.to_lowercase();
    let words: Vec<String> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    WORDS.iter().filter_map(move |(word, stage, language)| {
        // Short words must match whole ("do", "use"); longer ones may start a word.
        let hit = words.iter().any(|w| {
            if word.len() <= 4 {
                w == word
            } else {
                w.starts_with(word)
            }
        });
        hit.then_some((*stage, *language))
    })
}

/// The stage of a phase: from its name when it says, else from its place
/// among the phases.
pub fn stage(map: &Map, phase: PhaseId) -> Stage {
    let index = map.phases.iter().position(|p| p.id == phase).unwrap_or(0);
    if let Some(phase) = map.phases.get(index)
        && let Some((stage, _)) = matches(&phase.name).next()
    {
        return stage;
    }
    const ORDER: [Stage; 5] = [
        Stage::Awareness,
        Stage::Consideration,
        Stage::Decision,
        Stage::Retention,
        Stage::Advocacy,
    ];
    let count = map.phases.len().max(1);
    ORDER[(index * ORDER.len() / count).min(ORDER.len() - 1)]
}

/// The language the map's phases are named in (English when unclear).
pub fn language(map: &Map) -> Language {
    let (mut en, mut nl) = (0, 0);
    for phase in &map.phases {
        for (_, language) in matches(&phase.name) {
            match language {
                Language::En => en += 1,
                Language::Nl => nl += 1,
            }
        }
    }
    if nl > en { Language::Nl } else { Language::En }
}

/// One suggested piece of content.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    /// What to make, as a working title.
    pub title: &'static str,
    /// The kind of content.
    pub kind: ContentType,
    /// Where it is published.
    pub channel: Channel,
    /// What it should achieve.
    pub goal: &'static str,
}

/// (English title, Dutch title, kind, channel, English goal, Dutch goal).
type Row = (
    &'static str,
    &'static str,
    ContentType,
    Channel,
    &'static str,
    &'static str,
);

fn rows(stage: Stage) -> Vec<Row> {
    use Channel as C;
    use ContentType as T;
    match stage {
        Stage::Awareness => vec![
            (
                "Blog post answering the question customers search for",
                "Blogartikel dat de zoekvraag van de klant beantwoordt",
                T::BlogPost,
                C::Website,
                "Organic traffic",
                "Organisch verkeer",
            ),
            (
                "How-to video",
                "How-to-video",
                T::Video,
                C::Social,
                "Reach",
                "Bereik",
            ),
            (
                "Social post about the problem we solve",
                "Social-mediabericht over het probleem dat we oplossen",
                T::SocialPost,
                C::Social,
                "Reach",
                "Bereik",
            ),
            (
                "Whitepaper or guide to download",
                "Whitepaper of gids om te downloaden",
                T::Whitepaper,
                C::Website,
                "Downloads",
                "Downloads",
            ),
        ],
        Stage::Consideration => vec![
            (
                "Comparison page: us and the alternatives",
                "Vergelijkingspagina: wij en de alternatieven",
                T::ProductPage,
                C::Website,
                "Time on site",
                "Tijd op de site",
            ),
            (
                "Case study of a customer like them",
                "Klantcase van een klant zoals zij",
                T::CaseStudy,
                C::Website,
                "Downloads",
                "Downloads",
            ),
            (
                "Webinar with questions from the audience",
                "Webinar met vragen uit het publiek",
                T::Webinar,
                C::Website,
                "Sign-ups",
                "Aanmeldingen",
            ),
            (
                "Customer reviews on the product page",
                "Klantreviews op de productpagina",
                T::Review,
                C::Reviews,
                "Conversion rate",
                "Conversieratio",
            ),
        ],
        Stage::Decision => vec![
            (
                "Product page with clear specifications",
                "Productpagina met duidelijke specificaties",
                T::ProductPage,
                C::Website,
                "Conversion rate",
                "Conversieratio",
            ),
            (
                "Promotional e-mail with an offer",
                "Promotiemail met een aanbod",
                T::PromotionalEmail,
                C::Email,
                "Conversion rate",
                "Conversieratio",
            ),
            (
                "Reminder e-mail for abandoned carts",
                "Herinneringsmail bij een verlaten winkelwagen",
                T::PromotionalEmail,
                C::Email,
                "Abandoned carts",
                "Verlaten winkelwagens",
            ),
        ],
        Stage::Retention => vec![
            (
                "Newsletter with tips for using the product",
                "Nieuwsbrief met tips voor het gebruik",
                T::Newsletter,
                C::Email,
                "Retention rate",
                "Retentieratio",
            ),
            (
                "Loyalty offer for returning customers",
                "Loyaliteitsaanbod voor terugkerende klanten",
                T::LoyaltyOffer,
                C::Email,
                "Customer lifetime value",
                "Klantwaarde (CLV)",
            ),
            (
                "Getting-started video",
                "Video: zo ga je van start",
                T::Video,
                C::Email,
                "NPS",
                "NPS",
            ),
        ],
        Stage::Advocacy => vec![
            (
                "E-mail asking for a review",
                "Mail met het verzoek om een review",
                T::Review,
                C::Email,
                "Reviews",
                "Reviews",
            ),
            (
                "Referral programme: invite a friend",
                "Aanbrengactie: vriend werft vriend",
                T::LoyaltyOffer,
                C::Email,
                "Referrals",
                "Doorverwijzingen",
            ),
            (
                "Social post sharing customers' stories",
                "Social-mediabericht met verhalen van klanten",
                T::SocialPost,
                C::Social,
                "Referrals",
                "Doorverwijzingen",
            ),
        ],
    }
}

/// The content suggested for a stage, in a language.
pub fn suggestions_for(stage: Stage, language: Language) -> Vec<Suggestion> {
    rows(stage)
        .into_iter()
        .map(|(en, nl, kind, channel, goal_en, goal_nl)| Suggestion {
            title: match language {
                Language::En => en,
                Language::Nl => nl,
            },
            kind,
            channel,
            goal: match language {
                Language::En => goal_en,
                Language::Nl => goal_nl,
            },
        })
        .collect()
}

/// The content suggested for a phase of a map, in the map's language.
pub fn suggestions(map: &Map, phase: PhaseId) -> Vec<Suggestion> {
    suggestions_for(stage(map, phase), language(map))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PhaseTemplate;

    #[test]
    fn every_template_phase_gets_its_own_stage_and_language() {
        let expected = [
            Stage::Awareness,
            Stage::Consideration,
            Stage::Decision,
            Stage::Retention,
            Stage::Advocacy,
        ];
        for template in [PhaseTemplate::FivePhase, PhaseTemplate::AwarenessToLoyalty] {
            for language in [Language::En, Language::Nl] {
                let map = template.new_map(language);
                assert_eq!(super::language(&map), language, "{template:?}");
                let stages: Vec<Stage> = map.phases.iter().map(|p| stage(&map, p.id)).collect();
                assert_eq!(stages, expected, "{template:?} {language:?}");
            }
        }
        let map = PhaseTemplate::SeeThinkDoCare.new_map(Language::Nl);
        let stages: Vec<Stage> = map.phases.iter().map(|p| stage(&map, p.id)).collect();
        assert_eq!(stages, expected[..4]);
    }

    #[test]
    fn unknown_names_fall_back_to_their_place() {
        let mut map = PhaseTemplate::FivePhase.new_map(Language::En);
        for (i, phase) in map.phases.iter_mut().enumerate() {
            phase.name = format!("Fase {}", i + 1);
        }
        assert_eq!(stage(&map, map.phases[0].id), Stage::Awareness);
        assert_eq!(stage(&map, map.phases[4].id), Stage::Advocacy);
        assert_eq!(language(&map), Language::En);
    }

    #[test]
    fn every_stage_has_suggestions_in_both_languages() {
        for stage in [
            Stage::Awareness,
            Stage::Consideration,
            Stage::Decision,
            Stage::Retention,
            Stage::Advocacy,
        ] {
            let en = suggestions_for(stage, Language::En);
            let nl = suggestions_for(stage, Language::Nl);
            assert!(en.len() >= 3);
            assert_eq!(en.len(), nl.len());
            for (e, n) in en.iter().zip(&nl) {
                assert_ne!(e.title, n.title);
                assert_eq!(e.kind, n.kind);
            }
        }
    }
}
