//! The journey map document: phases, journeys and their steps.

use serde::{Deserialize, Serialize};

use super::{Channel, Conflict, ContentItem, JourneyId, Persona, PersonaId, PhaseId, Rgb, StepId};

/// A whole customer journey map: the document a consultant opens and saves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Map {
    /// The map's title, e.g. "Buying a kettle online".
    pub title: String,
    /// What the map is for (seed 003, step 1: formulate the goal first).
    pub goal: String,
    /// A longer description: scope, sources, who took part in the workshop.
    pub description: String,
    /// The phases, in order along the time axis.
    pub phases: Vec<Phase>,
    /// The journeys; each one is a curve through its steps.
    pub journeys: Vec<Journey>,
    /// The buyer personas who walk the journeys.
    pub personas: Vec<Persona>,
    /// The content calendar.
    pub content: Vec<ContentItem>,
    /// A stable identity that other programs recognise the map by: the
    /// calendar export names each item's event after it, so importing the
    /// calendar again updates its events instead of doubling them. Empty in
    /// maps made before it existed (the export then uses the title).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub uid: String,
    /// Merge conflicts still to be decided (see [`Conflict`]); empty in a map
    /// that was never merged with conflicts, and then not written.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
    /// Named copies of the map's content kept for later iterations (since
    /// format version 2; see [`super::Snapshot`]); not written when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub snapshots: Vec<super::Snapshot>,
}

/// A phase of the journey: a band across the time axis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    /// Stable identity.
    pub id: PhaseId,
    /// The name, e.g. "Awareness".
    pub name: String,
    /// What happens in this phase.
    #[serde(default)]
    pub description: String,
    /// The band's colour.
    pub color: Rgb,
    /// The band's extent on the time axis, in time units. Bands follow each
    /// other in the order of [`Map::phases`], so a phase starts where the
    /// previous one ends.
    pub width: f64,
    /// The KPIs that measure this phase.
    #[serde(default)]
    pub kpis: Vec<Kpi>,
}

/// A key performance indicator of a phase, e.g. "Conversion rate", with
/// its measurements over time (since format version 2; see `measure.rs`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Kpi {
    /// What is measured.
    pub name: String,
    /// The unit: `%`, `€`, `count`, `minutes`, `score` … (empty: a plain number).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// The value aimed for, in the unit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    /// The dated values, oldest first as imported.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub measurements: Vec<super::Measurement>,
    /// A version-1 target as written, kept where the number and unit do not
    /// give it back exactly ("10,000 visits", "about 3").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub target_text: String,
    /// A version-1 actual value as written, kept likewise.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub actual_text: String,
}

/// One journey: a curve through steps, usually walked by one persona.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Journey {
    /// Stable identity.
    pub id: JourneyId,
    /// The name shown in the legend.
    pub name: String,
    /// The curve's colour.
    pub color: Rgb,
    /// The persona who walks this journey, if any.
    #[serde(default)]
    pub persona: Option<PersonaId>,
    /// The steps. The curve runs through them in time order.
    #[serde(default)]
    pub steps: Vec<Step>,
    /// The as-is journey this journey is the to-be version of (since format
    /// version 2): drawn dashed, with the improvement per phase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_be_of: Option<JourneyId>,
}

impl Journey {
    /// The step of this journey with this id.
    pub fn step(&self, id: StepId) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }
}

/// A step: one moment of the journey, placed in time and emotion.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Stable identity.
    pub id: StepId,
    /// The phase the step belongs to.
    pub phase: PhaseId,
    /// Where the step sits inside its phase: 0.0 at the phase's start, 1.0 at its end.
    pub at: f64,
    /// How the customer feels, from [`Emotion::MIN`] (very negative) to [`Emotion::MAX`] (very positive).
    pub emotion: f64,
    /// A short title, e.g. "Searches 'best kettle 2024'".
    pub title: String,
    /// The touchpoint: where customer and company meet.
    #[serde(default)]
    pub touchpoint: String,
    /// The channel of the touchpoint.
    #[serde(default)]
    pub channel: Option<Channel>,
    /// What the customer does.
    #[serde(default)]
    pub actions: Vec<String>,
    /// What the customer thinks ("can I afford this?").
    #[serde(default)]
    pub thoughts: Vec<String>,
    /// What goes wrong or hurts.
    #[serde(default)]
    pub pain_points: Vec<String>,
    /// What the company could do better here.
    #[serde(default)]
    pub opportunities: Vec<String>,
    /// Free notes.
    #[serde(default)]
    pub notes: String,
    /// Where the step comes from (since version 2; not written when assumed).
    #[serde(default, skip_serializing_if = "super::Backing::is_assumed")]
    pub evidence: super::Backing,
    /// The evidence of items in the lanes, keyed by lane and text (since version 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<super::Claim>,
    /// A/B tests on the step's pain points and opportunities (since version 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub experiments: Vec<super::Experiment>,
    /// What customers answered about this step in surveys (since version 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub survey: Vec<super::SurveyScore>,
}

impl Step {
    /// A new step with a title and nothing in its lanes.
    pub fn new(id: StepId, phase: PhaseId, at: f64, emotion: f64, title: &str) -> Self {
        Self {
            id,
            phase,
            at,
            emotion,
            title: title.to_owned(),
            touchpoint: String::new(),
            channel: None,
            actions: Vec::new(),
            thoughts: Vec::new(),
            pain_points: Vec::new(),
            opportunities: Vec::new(),
            notes: String::new(),
            evidence: super::Backing::default(),
            claims: Vec::new(),
            experiments: Vec::new(),
            survey: Vec::new(),
        }
    }
}

/// The fixed emotion scale of the vertical axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Emotion {
    /// -3
    VeryNegative,
    /// -2
    Negative,
    /// -1
    SlightlyNegative,
    /// 0
    Neutral,
    /// 1
    SlightlyPositive,
    /// 2
    Positive,
    /// 3
    VeryPositive,
}

impl Emotion {
    /// The lowest emotion value.
    pub const MIN: f64 = -3.0;
    /// The highest emotion value.
    pub const MAX: f64 = 3.0;
    /// Every level, from very negative to very positive.
    pub const ALL: [Emotion; 7] = [
        Emotion::VeryNegative,
        Emotion::Negative,
        Emotion::SlightlyNegative,
        Emotion::Neutral,
        Emotion::SlightlyPositive,
        Emotion::Positive,
        Emotion::VeryPositive,
    ];

    /// The level's value on the axis.
    pub fn value(self) -> f64 {
        match self {
            Emotion::VeryNegative => -3.0,
            Emotion::Negative => -2.0,
            Emotion::SlightlyNegative => -1.0,
            Emotion::Neutral => 0.0,
            Emotion::SlightlyPositive => 1.0,
            Emotion::Positive => 2.0,
            Emotion::VeryPositive => 3.0,
        }
    }

    /// The nearest level to a value on the axis (snapping).
    pub fn nearest(value: f64) -> Self {
        let clamped = if value.is_finite() {
            value.clamp(Self::MIN, Self::MAX)
        } else {
            0.0
        };
        Self::ALL
            .into_iter()
            .min_by(|a, b| {
                (a.value() - clamped)
                    .abs()
                    .total_cmp(&(b.value() - clamped).abs())
            })
            .unwrap_or(Emotion::Neutral)
    }
}

impl Map {
    /// The phase with this id.
    pub fn phase(&self, id: PhaseId) -> Option<&Phase> {
        self.phases.iter().find(|p| p.id == id)
    }

    /// The persona with this id.
    pub fn persona(&self, id: PersonaId) -> Option<&Persona> {
        self.personas.iter().find(|p| p.id == id)
    }

    /// The journey with this id.
    pub fn journey(&self, id: JourneyId) -> Option<&Journey> {
        self.journeys.iter().find(|j| j.id == id)
    }

    /// The step with this id and the journey it is in.
    pub fn step(&self, id: StepId) -> Option<(&Journey, &Step)> {
        self.journeys
            .iter()
            .find_map(|j| j.steps.iter().find(|s| s.id == id).map(|s| (j, s)))
    }

    /// Every step of every journey.
    pub fn steps(&self) -> impl Iterator<Item = &Step> {
        self.journeys.iter().flat_map(|j| j.steps.iter())
    }

    /// Where the phase starts on the time axis (the sum of the widths before it).
    pub fn phase_start(&self, id: PhaseId) -> Option<f64> {
        let mut start = 0.0;
        for phase in &self.phases {
            if phase.id == id {
                return Some(start);
            }
            start += phase.width;
        }
        None
    }

    /// The total length of the time axis.
    pub fn total_width(&self) -> f64 {
        self.phases.iter().map(|p| p.width).sum()
    }

    /// A step's position on the whole time axis, if its phase exists.
    pub fn step_time(&self, step: &Step) -> Option<f64> {
        let phase = self.phase(step.phase)?;
        Some(self.phase_start(step.phase)? + step.at * phase.width)
    }

    /// A fresh phase id, unused in this map.
    pub fn new_phase_id(&self) -> PhaseId {
        PhaseId(super::ids::fresh_id(self.phases.iter().map(|p| p.id.0)))
    }

    /// A fresh journey id, unused in this map.
    pub fn new_journey_id(&self) -> JourneyId {
        JourneyId(super::ids::fresh_id(self.journeys.iter().map(|j| j.id.0)))
    }

    /// A fresh step id, unused in this map.
    pub fn new_step_id(&self) -> StepId {
        StepId(super::ids::fresh_id(self.steps().map(|s| s.id.0)))
    }

    /// `count` fresh step ids, unused in this map and different from each other.
    pub fn new_step_ids(&self, count: usize) -> Vec<StepId> {
        let used = self.steps().map(|s| s.id.0).collect();
        super::ids::fresh_ids(&used, count)
            .into_iter()
            .map(StepId)
            .collect()
    }

    /// A fresh persona id, unused in this map.
    pub fn new_persona_id(&self) -> PersonaId {
        PersonaId(super::ids::fresh_id(self.personas.iter().map(|p| p.id.0)))
    }

    /// The map with a new random [`Map::uid`]: for a map the user starts.
    pub fn with_fresh_uid(mut self) -> Self {
        self.uid = Self::fresh_uid();
        self
    }

    /// The persona a journey is walked by, if it has one.
    pub fn journey_persona(&self, id: JourneyId) -> Option<&Persona> {
        self.journey(id)
            .and_then(|j| j.persona)
            .and_then(|p| self.persona(p))
    }

    /// The titles of the steps with these ids that are in the map, in order.
    pub fn step_titles(&self, ids: &[StepId]) -> Vec<&str> {
        ids.iter()
            .filter_map(|id| self.step(*id))
            .map(|(_, step)| step.title.as_str())
            .collect()
    }

    /// A new random identity for [`Map::uid`].
    pub fn fresh_uid() -> String {
        use std::hash::{BuildHasher, Hasher};
        // Two independently seeded hashes of the clock: 128 random-enough bits.
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let part = || {
            let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
            hasher.write_u128(now);
            hasher.write_u32(std::process::id());
            hasher.finish()
        };
        format!("{:016x}{:016x}", part(), part())
    }

    /// A fresh content id, unused in this map.
    pub fn new_content_id(&self) -> super::ContentId {
        super::ContentId(super::ids::fresh_id(self.content.iter().map(|c| c.id.0)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_emotion_snaps_and_clamps() {
        assert_eq!(Emotion::nearest(-2.4), Emotion::Negative);
        assert_eq!(Emotion::nearest(0.6), Emotion::SlightlyPositive);
        assert_eq!(Emotion::nearest(9.0), Emotion::VeryPositive);
        assert_eq!(Emotion::nearest(f64::NAN), Emotion::Neutral);
    }

    #[test]
    fn steps_are_placed_inside_their_phase() {
        let mut map = Map::default();
        for (i, w) in [10.0, 20.0].into_iter().enumerate() {
            map.phases.push(Phase {
                id: PhaseId(i as u64 + 1),
                name: format!("P{i}"),
                description: String::new(),
                color: Rgb(1, 2, 3),
                width: w,
                kpis: vec![],
            });
        }
        let step = Step::new(StepId(1), PhaseId(2), 0.5, 0.0, "x");
        assert_eq!(map.step_time(&step), Some(20.0));
        assert_eq!(map.total_width(), 30.0);
        let fresh = map.new_phase_id();
        assert!(fresh.0 != 0 && map.phase(fresh).is_none());
    }
}
