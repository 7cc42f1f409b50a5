//! Phase-model templates from the seeds, in English and Dutch.

use super::{Kpi, Map, Phase, PhaseId, Rgb};

/// The language of a template's phase names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    /// English.
    En,
    /// Dutch.
    Nl,
}

/// A phase model a new map can start from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PhaseTemplate {
    /// Awareness, Consideration, Decision, Retention, Advocacy.
    FivePhase,
    /// See, Think, Do, Care.
    SeeThinkDoCare,
    /// Awareness, Consideration, Purchase, Retention, Loyalty.
    AwarenessToLoyalty,
}

/// The colours of a template's bands, soft enough for black text on top.
const BAND_COLOURS: [Rgb; 5] = [
    Rgb(0xa8, 0xd0, 0xf0),
    Rgb(0xb8, 0xe0, 0xc0),
    Rgb(0xf6, 0xd8, 0x9a),
    Rgb(0xf2, 0xb8, 0xb0),
    Rgb(0xd4, 0xc4, 0xf0),
];

/// One phase of a template: English name, Dutch name, KPIs (English, Dutch).
type TemplatePhase = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const AWARENESS_KPIS: &[(&str, &str)] = &[("Traffic", "Verkeer"), ("Reach", "Bereik")];
const CONSIDERATION_KPIS: &[(&str, &str)] = &[
    ("Downloads", "Downloads"),
    ("Time on site", "Tijd op de site"),
];
const DECISION_KPIS: &[(&str, &str)] = &[
    ("Conversion rate", "Conversieratio"),
    ("Abandoned carts", "Verlaten winkelwagens"),
];
const RETENTION_KPIS: &[(&str, &str)] = &[
    ("Retention rate", "Retentieratio"),
    ("Customer lifetime value", "Customer lifetime value"),
    ("NPS", "NPS"),
];
const ADVOCACY_KPIS: &[(&str, &str)] = &[("Reviews", "Reviews"), ("Referrals", "Doorverwijzingen")];

impl PhaseTemplate {
    /// Every template, in menu order.
    pub const ALL: [PhaseTemplate; 3] = [
        PhaseTemplate::FivePhase,
        PhaseTemplate::SeeThinkDoCare,
        PhaseTemplate::AwarenessToLoyalty,
    ];

    /// The name used on the command line (`--template five-phase`).
    pub fn key(self) -> &'static str {
        match self {
            PhaseTemplate::FivePhase => "five-phase",
            PhaseTemplate::SeeThinkDoCare => "see-think-do-care",
            PhaseTemplate::AwarenessToLoyalty => "awareness-loyalty",
        }
    }

    /// The template with this command-line name.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.key() == key)
    }

    /// A human description of the template.
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

    fn phases(self) -> &'static [TemplatePhase] {
        match self {
            PhaseTemplate::FivePhase => &[
                ("Awareness", "Bewustwording", AWARENESS_KPIS),
                ("Consideration", "Overweging", CONSIDERATION_KPIS),
                ("Decision", "Beslissing", DECISION_KPIS),
                ("Retention", "Retentie", RETENTION_KPIS),
                ("Advocacy", "Ambassadeurschap", ADVOCACY_KPIS),
            ],
            PhaseTemplate::SeeThinkDoCare => &[
                ("See", "Zien", AWARENESS_KPIS),
                ("Think", "Denken", CONSIDERATION_KPIS),
                ("Do", "Doen", DECISION_KPIS),
                ("Care", "Zorgen", RETENTION_KPIS),
            ],
            PhaseTemplate::AwarenessToLoyalty => &[
                ("Awareness", "Bewustwording", AWARENESS_KPIS),
                ("Consideration", "Overweging", CONSIDERATION_KPIS),
                ("Purchase", "Aankoop", DECISION_KPIS),
                ("Retention", "Retentie", RETENTION_KPIS),
                ("Loyalty", "Loyaliteit", ADVOCACY_KPIS),
            ],
        }
    }

    /// An empty map with this template's phases, named in `language`.
    pub fn new_map(self, language: Language) -> Map {
        let pick = |en: &'static str, nl: &'static str| match language {
            Language::En => en.to_owned(),
            Language::Nl => nl.to_owned(),
        };
        let phases = self
            .phases()
            .iter()
            .zip(BAND_COLOURS)
            .enumerate()
            .map(|(i, ((en, nl, kpis), color))| Phase {
                id: PhaseId(i as u64 + 1),
                name: pick(en, nl),
                description: String::new(),
                color,
                width: 10.0,
                kpis: kpis
                    .iter()
                    .map(|(en, nl)| Kpi {
                        name: pick(en, nl),
                        ..Kpi::default()
                    })
                    .collect(),
            })
            .collect();
        Map {
            title: pick("Untitled journey map", "Naamloze klantreis"),
            phases,
            ..Map::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_has_named_phases_in_both_languages() {
        for template in PhaseTemplate::ALL {
            assert_eq!(PhaseTemplate::from_key(template.key()), Some(template));
            let en = template.new_map(Language::En);
            let nl = template.new_map(Language::Nl);
            assert!(en.phases.len() >= 4);
            assert_eq!(en.phases.len(), nl.phases.len());
            assert!(
                en.phases
                    .iter()
                    .all(|p| !p.name.is_empty() && !p.kpis.is_empty())
            );
            assert!(crate::model::validate(&en).is_empty());
        }
        let nl = PhaseTemplate::FivePhase.new_map(Language::Nl);
        assert_eq!(nl.phases[0].name, "Bewustwording");
    }
}
