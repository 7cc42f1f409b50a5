//! The phase-model templates' words in English and Dutch: their names in
//! menus and the names of their phases and KPIs.

use super::Language;
use crate::model::{Map, PhaseTemplate, PhaseWords};

/// One phase in both languages: (English, Dutch).
type Both = (PhaseWords, PhaseWords);

const AWARENESS_KPIS: (&[&str], &[&str]) = (&["Traffic", "Reach"], &["Verkeer", "Bereik"]);
const CONSIDERATION_KPIS: (&[&str], &[&str]) = (
    &["Downloads", "Time on site"],
    &["Downloads", "Tijd op de site"],
);
const DECISION_KPIS: (&[&str], &[&str]) = (
    &["Conversion rate", "Abandoned carts"],
    &["Conversieratio", "Verlaten winkelwagens"],
);
const RETENTION_KPIS: (&[&str], &[&str]) = (
    &["Retention rate", "Customer lifetime value", "NPS"],
    &["Retentieratio", "Klantwaarde (CLV)", "NPS"],
);
const ADVOCACY_KPIS: (&[&str], &[&str]) =
    (&["Reviews", "Referrals"], &["Reviews", "Doorverwijzingen"]);

/// A phase named `en`/`nl` measured by `kpis`.
const fn phase(
    en: &'static str,
    nl: &'static str,
    kpis: (&'static [&'static str], &'static [&'static str]),
) -> Both {
    ((en, kpis.0), (nl, kpis.1))
}

const FIVE_PHASE: &[Both] = &[
    phase("Awareness", "Bewustwording", AWARENESS_KPIS),
    phase("Consideration", "Overweging", CONSIDERATION_KPIS),
    phase("Decision", "Beslissing", DECISION_KPIS),
    phase("Retention", "Retentie", RETENTION_KPIS),
    phase("Advocacy", "Ambassadeurschap", ADVOCACY_KPIS),
];
const SEE_THINK_DO_CARE: &[Both] = &[
    phase("See", "Zien", AWARENESS_KPIS),
    phase("Think", "Denken", CONSIDERATION_KPIS),
    phase("Do", "Doen", DECISION_KPIS),
    phase("Care", "Zorgen", RETENTION_KPIS),
];
const AWARENESS_TO_LOYALTY: &[Both] = &[
    phase("Awareness", "Bewustwording", AWARENESS_KPIS),
    phase("Consideration", "Overweging", CONSIDERATION_KPIS),
    phase("Purchase", "Aankoop", DECISION_KPIS),
    phase("Retention", "Retentie", RETENTION_KPIS),
    phase("Loyalty", "Loyaliteit", ADVOCACY_KPIS),
];

fn phases(template: PhaseTemplate) -> &'static [Both] {
    match template {
        PhaseTemplate::FivePhase => FIVE_PHASE,
        PhaseTemplate::SeeThinkDoCare => SEE_THINK_DO_CARE,
        PhaseTemplate::AwarenessToLoyalty => AWARENESS_TO_LOYALTY,
    }
}

impl PhaseTemplate {
    /// A human description of the template: its phases' names.
    pub fn label(self, language: Language) -> &'static str {
        match (self, language) {
            (PhaseTemplate::FivePhase, Language::En) => {
                "Awareness, Consideration, Decision, Retention, Advocacy"
            }
            (PhaseTemplate::FivePhase, Language::Nl) => {
                "Bewustwording, Overweging, Beslissing, Retentie, Ambassadeurschap"
            }
            (PhaseTemplate::SeeThinkDoCare, Language::En) => "See, Think, Do, Care",
            (PhaseTemplate::SeeThinkDoCare, Language::Nl) => "Zien, Denken, Doen, Zorgen",
            (PhaseTemplate::AwarenessToLoyalty, Language::En) => {
                "Awareness, Consideration, Purchase, Retention, Loyalty"
            }
            (PhaseTemplate::AwarenessToLoyalty, Language::Nl) => {
                "Bewustwording, Overweging, Aankoop, Retentie, Loyaliteit"
            }
        }
    }

    /// An empty map with this template's phases, named in `language`.
    pub fn new_map(self, language: Language) -> Map {
        let words: Vec<PhaseWords> = phases(self)
            .iter()
            .map(|(en, nl)| match language {
                Language::En => *en,
                Language::Nl => *nl,
            })
            .collect();
        let title = match language {
            Language::En => "Untitled journey map",
            Language::Nl => "Naamloze klantreiskaart",
        };
        PhaseTemplate::map_with(title, &words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_has_named_phases_in_both_languages() {
        for template in PhaseTemplate::ALL {
            let en = template.new_map(Language::En);
            let nl = template.new_map(Language::Nl);
            assert!(en.phases.len() >= 4);
            assert_eq!(en.phases.len(), nl.phases.len());
            assert!(
                en.phases
                    .iter()
                    .all(|p| !p.name.is_empty() && !p.kpis.is_empty())
            );
            let names: Vec<&str> = en.phases.iter().map(|p| p.name.as_str()).collect();
            assert_eq!(template.label(Language::En), names.join(", "));
            let names: Vec<&str> = nl.phases.iter().map(|p| p.name.as_str()).collect();
            assert_eq!(template.label(Language::Nl), names.join(", "));
            assert!(crate::model::validate(&en).is_empty());
        }
        let nl = PhaseTemplate::FivePhase.new_map(Language::Nl);
        assert_eq!(nl.phases[0].name, "Bewustwording");
        assert_eq!(nl.title, "Naamloze klantreiskaart");
        assert_eq!(nl.phases[0].kpis[0].name, "Verkeer");
    }
}
