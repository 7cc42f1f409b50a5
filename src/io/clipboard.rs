//! Steps on the clipboard, as text, so they can be pasted into another map
//! (another window of Klantreis) or kept in a note.

use serde::{Deserialize, Serialize};

use crate::model::{Map, PhaseId, Step};

/// The `format` marker of copied steps.
const CLIPBOARD_FORMAT: &str = "klantreis-steps";

/// A copied step, with its phase's name so it can land in the same-named
/// phase of another map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CopiedStep {
    /// The name of the phase the step was in.
    pub phase_name: String,
    /// The step itself (its id is replaced on paste).
    pub step: Step,
}

#[derive(Serialize, Deserialize)]
struct Clip {
    format: String,
    steps: Vec<CopiedStep>,
}

/// The clipboard text of these steps of `map`.
pub fn steps_to_text(map: &Map, steps: &[&Step]) -> String {
    let clip = Clip {
        format: CLIPBOARD_FORMAT.to_owned(),
        steps: steps
            .iter()
            .map(|s| CopiedStep {
                phase_name: map
                    .phase(s.phase)
                    .map(|p| p.name.clone())
                    .unwrap_or_default(),
                step: (*s).clone(),
            })
            .collect(),
    };
    ron::ser::to_string_pretty(&clip, ron::ser::PrettyConfig::new().escape_strings(false))
        .unwrap_or_default()
}

/// Reads copied steps from clipboard text; `None` when the text is not copied steps.
pub fn steps_from_text(text: &str) -> Option<Vec<CopiedStep>> {
    if text.len() > 16 * 1024 * 1024 {
        return None;
    }
    let clip: Clip = ron::Options::default()
        .with_recursion_limit(super::RECURSION_LIMIT)
        .from_str(text)
        .ok()?;
    (clip.format == CLIPBOARD_FORMAT).then_some(clip.steps)
}

/// The phase of `map` a pasted step goes to: the one with its old phase's
/// name, else the one with its old id, else the first.
pub fn target_phase(map: &Map, copied: &CopiedStep) -> Option<PhaseId> {
    map.phases
        .iter()
        .find(|p| p.name == copied.phase_name)
        .or_else(|| map.phase(copied.step.phase))
        .or(map.phases.first())
        .map(|p| p.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::model::{PhaseTemplate, StepId};

    #[test]
    fn copied_steps_land_in_the_same_named_phase_of_another_map() {
        let en = PhaseTemplate::FivePhase.new_map(Language::En);
        let mut step = Step::new(StepId(4), en.phases[2].id, 0.3, -1.5, "Compares \"prices\"");
        step.pain_points = vec!["Shipping €5,95".into()];
        let text = steps_to_text(&en, &[&step]);
        let copied = steps_from_text(&text).expect("parses");
        assert_eq!(copied[0].step, step);
        let mut other = PhaseTemplate::AwarenessToLoyalty.new_map(Language::En);
        other.phases.swap(0, 2);
        // "Decision" is not in the other map: same id (3) is used.
        assert_eq!(target_phase(&other, &copied[0]), Some(en.phases[2].id));
        assert!(steps_from_text("just some words").is_none());
    }
}
