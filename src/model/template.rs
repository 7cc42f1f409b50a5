//! Phase-model templates from the seeds: which phases a new map starts with.
//! Their names are words, so they come from `i18n::templates`; here is the
//! shape every template shares.

use super::{Kpi, Map, Phase, PhaseId, Rgb};

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

/// One phase of a template in one language: its name and its KPIs' names.
pub type PhaseWords = (&'static str, &'static [&'static str]);

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

    /// An empty map titled `title` with one phase per entry of `phases`, in
    /// order: ids from 1, the band colours, [`Phase::DEFAULT_WIDTH`].
    /// `i18n::templates` gives the words in the user's language.
    pub fn map_with(title: &str, phases: &[PhaseWords]) -> Map {
        let phases = phases
            .iter()
            .zip(BAND_COLOURS.into_iter().cycle())
            .enumerate()
            .map(|(i, ((name, kpis), color))| Phase {
                id: PhaseId(i as u64 + 1),
                name: (*name).to_owned(),
                description: String::new(),
                color,
                width: Phase::DEFAULT_WIDTH,
                kpis: kpis
                    .iter()
                    .map(|name| Kpi {
                        name: (*name).to_owned(),
                        ..Kpi::default()
                    })
                    .collect(),
            })
            .collect();
        Map {
            title: title.to_owned(),
            phases,
            ..Map::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_map_numbers_and_colours_its_phases_in_order() {
        let map = PhaseTemplate::map_with("T", &[("A", &["k"]), ("B", &[])]);
        assert_eq!(map.title, "T");
        let ids: Vec<u64> = map.phases.iter().map(|p| p.id.0).collect();
        assert_eq!(ids, [1, 2]);
        assert_eq!(map.phases[1].color, BAND_COLOURS[1]);
        assert_eq!(map.phases[0].kpis[0].name, "k");
        assert!(crate::model::validate(&map).is_empty());
        for template in PhaseTemplate::ALL {
            assert_eq!(PhaseTemplate::from_key(template.key()), Some(template));
        }
    }
}
