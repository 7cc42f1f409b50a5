//! Every change to a map is an [`Edit`]: a value that [`History`] applies and
//! keeps the inverse of, so undo, redo and the unsaved-changes marker are
//! always right, and edits are testable without a window.
//!
//! [`ops`] builds the edits of every change that touches more than one
//! entity, so a map stays valid whichever panel makes the change.

pub mod ops;

mod describe;
pub mod iterate;
pub mod measure_ops;

pub mod diff;
pub mod evidence;
mod fields;
pub mod merge;

pub use diff::{Change, diff};
pub use fields::{Shown, shown_from_ron};
pub use merge::{MergeResult, merge};

use crate::model::{
    ContentId, ContentItem, Journey, JourneyId, Map, Persona, PersonaId, Phase, PhaseId, Step,
    StepId,
};

/// The map's own text fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MapText {
    /// [`Map::title`].
    Title,
    /// [`Map::goal`].
    Goal,
    /// [`Map::description`].
    Description,
}

/// One change to a map.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Set one of the map's text fields.
    SetMapText(MapText, String),
    /// Replace a phase's data (name, description, colour, width, KPIs).
    SetPhase(Phase),
    /// Insert a phase at a position in the phase order.
    InsertPhase(usize, Phase),
    /// Remove a phase (its steps and content must have been moved first:
    /// [`ops::delete_phase`] does both).
    RemovePhase(PhaseId),
    /// Move a phase to a new position in the order.
    MovePhase(PhaseId, usize),
    /// Replace a step's data (title, place, emotion, lanes …); it may change phase.
    SetStep(Step),
    /// Insert a step into a journey at a position in its list.
    InsertStep(JourneyId, usize, Step),
    /// Remove a step (content citing it must forget it first:
    /// [`ops::delete_steps`] does both).
    RemoveStep(StepId),
    /// Replace a journey's name, colour and persona (its steps are untouched).
    SetJourney(Journey),
    /// Insert a journey at a position.
    InsertJourney(usize, Journey),
    /// Remove a journey and its steps (content citing them must forget them
    /// first: [`ops::delete_journeys`] does both).
    RemoveJourney(JourneyId),
    /// Replace a content item's data.
    SetContent(ContentItem),
    /// Insert a content item at a position in the calendar's list.
    InsertContent(usize, ContentItem),
    /// Remove a content item.
    RemoveContent(ContentId),
    /// Replace a persona's data (every field, the photo too).
    SetPersona(Persona),
    /// Insert a persona at a position in the list.
    InsertPersona(usize, Persona),
    /// Remove a persona (references to it must have been cleared first:
    /// [`ops::delete_persona`] does both).
    RemovePersona(PersonaId),
    /// Move a persona to a new position in the list.
    MovePersona(PersonaId, usize),
    /// Replace the whole map (used by "Repair map").
    SetMap(Box<Map>),
    /// Several edits made by one gesture, applied in order.
    Group(Vec<Edit>),
    /// Replace the map's snapshot list (save, rename, delete a snapshot:
    /// [`iterate`]); the snapshots' copies are shared, so this copies no map.
    SetSnapshots(Vec<crate::model::Snapshot>),
}

/// Why an edit could not be applied: it names something that is not in the map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stale;

impl Edit {
    /// Whether applying `self` after `earlier` gives the same map as `self` alone.
    fn supersedes(&self, earlier: &Edit) -> bool {
        match (self, earlier) {
            (Edit::SetMapText(a, _), Edit::SetMapText(b, _)) => a == b,
            (Edit::SetPhase(a), Edit::SetPhase(b)) => a.id == b.id,
            (Edit::SetStep(a), Edit::SetStep(b)) => a.id == b.id,
            (Edit::SetJourney(a), Edit::SetJourney(b)) => a.id == b.id,
            (Edit::SetContent(a), Edit::SetContent(b)) => a.id == b.id,
            (Edit::SetPersona(a), Edit::SetPersona(b)) => a.id == b.id,
            (Edit::Group(a), Edit::Group(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(a, b)| a.supersedes(b))
            }
            _ => false,
        }
    }

    /// Applies the edit and returns the edit that undoes it. On error the map is unchanged.
    pub fn apply(self, map: &mut Map) -> Result<Edit, Stale> {
        Ok(match self {
            Edit::SetMapText(field, value) => {
                let slot = match field {
                    MapText::Title => &mut map.title,
                    MapText::Goal => &mut map.goal,
                    MapText::Description => &mut map.description,
                };
                Edit::SetMapText(field, std::mem::replace(slot, value))
            }
            Edit::SetPhase(phase) => {
                let slot = map
                    .phases
                    .iter_mut()
                    .find(|p| p.id == phase.id)
                    .ok_or(Stale)?;
                Edit::SetPhase(std::mem::replace(slot, phase))
            }
            Edit::InsertPhase(index, phase) => {
                let id = phase.id;
                map.phases.insert(index.min(map.phases.len()), phase);
                Edit::RemovePhase(id)
            }
            Edit::RemovePhase(id) => {
                let index = map.phases.iter().position(|p| p.id == id).ok_or(Stale)?;
                Edit::InsertPhase(index, map.phases.remove(index))
            }
            Edit::MovePhase(id, to) => {
                let from = map.phases.iter().position(|p| p.id == id).ok_or(Stale)?;
                let phase = map.phases.remove(from);
                map.phases.insert(to.min(map.phases.len()), phase);
                Edit::MovePhase(id, from)
            }
            Edit::SetStep(step) => {
                let slot = map
                    .journeys
                    .iter_mut()
                    .flat_map(|j| j.steps.iter_mut())
                    .find(|s| s.id == step.id)
                    .ok_or(Stale)?;
                Edit::SetStep(std::mem::replace(slot, step))
            }
            Edit::InsertStep(journey, index, step) => {
                let journey = map
                    .journeys
                    .iter_mut()
                    .find(|j| j.id == journey)
                    .ok_or(Stale)?;
                let id = step.id;
                journey.steps.insert(index.min(journey.steps.len()), step);
                Edit::RemoveStep(id)
            }
            Edit::RemoveStep(id) => {
                let (journey, index) = map
                    .journeys
                    .iter_mut()
                    .find_map(|j| j.steps.iter().position(|s| s.id == id).map(|i| (j, i)))
                    .ok_or(Stale)?;
                Edit::InsertStep(journey.id, index, journey.steps.remove(index))
            }
            Edit::SetJourney(mut journey) => {
                let slot = map
                    .journeys
                    .iter_mut()
                    .find(|j| j.id == journey.id)
                    .ok_or(Stale)?;
                journey.steps = std::mem::take(&mut slot.steps);
                let mut old = std::mem::replace(slot, journey);
                old.steps = Vec::new();
                Edit::SetJourney(old)
            }
            Edit::InsertJourney(index, journey) => {
                let id = journey.id;
                map.journeys.insert(index.min(map.journeys.len()), journey);
                Edit::RemoveJourney(id)
            }
            Edit::RemoveJourney(id) => {
                let index = map.journeys.iter().position(|j| j.id == id).ok_or(Stale)?;
                Edit::InsertJourney(index, map.journeys.remove(index))
            }
            Edit::SetContent(item) => {
                let slot = map
                    .content
                    .iter_mut()
                    .find(|c| c.id == item.id)
                    .ok_or(Stale)?;
                Edit::SetContent(std::mem::replace(slot, item))
            }
            Edit::InsertContent(index, item) => {
                let id = item.id;
                map.content.insert(index.min(map.content.len()), item);
                Edit::RemoveContent(id)
            }
            Edit::RemoveContent(id) => {
                let index = map.content.iter().position(|c| c.id == id).ok_or(Stale)?;
                Edit::InsertContent(index, map.content.remove(index))
            }
            Edit::SetPersona(persona) => {
                let slot = map
                    .personas
                    .iter_mut()
                    .find(|p| p.id == persona.id)
                    .ok_or(Stale)?;
                Edit::SetPersona(std::mem::replace(slot, persona))
            }
            Edit::InsertPersona(index, persona) => {
                let id = persona.id;
                map.personas.insert(index.min(map.personas.len()), persona);
                Edit::RemovePersona(id)
            }
            Edit::RemovePersona(id) => {
                let index = map.personas.iter().position(|p| p.id == id).ok_or(Stale)?;
                Edit::InsertPersona(index, map.personas.remove(index))
            }
            Edit::MovePersona(id, to) => {
                let from = map.personas.iter().position(|p| p.id == id).ok_or(Stale)?;
                let persona = map.personas.remove(from);
                map.personas.insert(to.min(map.personas.len()), persona);
                Edit::MovePersona(id, from)
            }
            Edit::SetMap(new) => Edit::SetMap(Box::new(std::mem::replace(map, *new))),
            Edit::SetSnapshots(list) => {
                Edit::SetSnapshots(std::mem::replace(&mut map.snapshots, list))
            }
            Edit::Group(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    match edit.apply(map) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(stale) => {
                            // Roll back what was applied, so the map is unchanged.
                            for inverse in inverses.into_iter().rev() {
                                let _ = inverse.apply(map);
                            }
                            return Err(stale);
                        }
                    }
                }
                inverses.reverse();
                Edit::Group(inverses)
            }
        })
    }
}

/// Edits that belong to one gesture carry the same key, and fold into one undo step:
/// a whole drag, or typing in one field.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Gesture {
    /// Dragging the given steps; the number tells one drag from the next.
    Drag(u64),
    /// Typing into one field; the text names the field (its widget id).
    Typing(String),
}

struct Entry {
    undo: Edit,
    redo: Edit,
    gesture: Option<Gesture>,
    revision: u64,
}

/// The undo and redo stacks of one open map, and which revision is saved.
pub struct History {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
    revision: u64,
    next_revision: u64,
    saved: Option<u64>,
    /// A gesture that is finished can no longer absorb edits.
    open_gesture: Option<Gesture>,
}

impl Default for History {
    fn default() -> Self {
        Self::new()
    }
}

impl History {
    /// How many undo steps are kept; older ones are forgotten.
    pub const LIMIT: usize = 5_000;

    /// An empty history of a map that is saved as it is.
    pub fn new() -> Self {
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            revision: 0,
            next_revision: 1,
            saved: Some(0),
            open_gesture: None,
        }
    }

    /// Applies an edit as its own undo step, or folds it into the running
    /// gesture's step when `gesture` matches it.
    pub fn apply(
        &mut self,
        map: &mut Map,
        edit: Edit,
        gesture: Option<Gesture>,
    ) -> Result<(), Stale> {
        let undo = edit.clone().apply(map)?;
        self.redo.clear();
        let folds = gesture.is_some() && gesture == self.open_gesture;
        match self.undo.last_mut() {
            Some(last) if folds && last.gesture == gesture => {
                // Keep the first undo of the gesture; the redo gathers the edits,
                // an edit replacing an earlier one of the same thing (a drag's frames).
                if let Edit::Group(edits) = &mut last.redo {
                    if edits.last().is_some_and(|prev| edit.supersedes(prev)) {
                        edits.pop();
                    }
                    edits.push(edit);
                } else if edit.supersedes(&last.redo) {
                    last.redo = edit;
                } else {
                    let previous = std::mem::replace(&mut last.redo, Edit::Group(Vec::new()));
                    last.redo = Edit::Group(vec![previous, edit]);
                }
                // The folded step is a new revision: it differs from any saved one.
                last.revision = self.next_revision;
            }
            _ => {
                self.undo.push(Entry {
                    undo,
                    redo: edit,
                    gesture: gesture.clone(),
                    revision: self.next_revision,
                });
                if self.undo.len() > Self::LIMIT {
                    self.undo.remove(0);
                }
            }
        }
        self.revision = self.next_revision;
        self.next_revision += 1;
        self.open_gesture = gesture;
        Ok(())
    }

    /// Ends the running gesture: the next edit starts a new undo step.
    pub fn end_gesture(&mut self) {
        self.open_gesture = None;
    }

    /// Undoes the last step. Returns whether there was one.
    pub fn undo(&mut self, map: &mut Map) -> bool {
        self.open_gesture = None;
        let Some(entry) = self.undo.pop() else {
            return false;
        };
        match entry.undo.clone().apply(map) {
            Ok(_) => {
                self.revision = self.undo.last().map_or(0, |e| e.revision);
                self.redo.push(entry);
                true
            }
            Err(Stale) => {
                // The history no longer matches the map; forget it rather than corrupt.
                self.undo.clear();
                self.redo.clear();
                false
            }
        }
    }

    /// Redoes the last undone step. Returns whether there was one.
    pub fn redo(&mut self, map: &mut Map) -> bool {
        self.open_gesture = None;
        let Some(entry) = self.redo.pop() else {
            return false;
        };
        match entry.redo.clone().apply(map) {
            Ok(_) => {
                self.revision = entry.revision;
                self.undo.push(entry);
                true
            }
            Err(Stale) => {
                self.undo.clear();
                self.redo.clear();
                false
            }
        }
    }

    /// What the next undo undoes, in words ("move step 'Checks reviews'").
    pub fn undo_name(&self) -> Option<String> {
        let entry = self.undo.last()?;
        Some(describe::describe(&entry.undo, &entry.redo))
    }

    /// What the next redo does again, in words.
    pub fn redo_name(&self) -> Option<String> {
        let entry = self.redo.last()?;
        Some(describe::describe(&entry.undo, &entry.redo))
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Marks the map as it is now as saved.
    pub fn mark_saved(&mut self) {
        self.saved = Some(self.revision);
    }

    /// Marks the map as not saved (a recovered map, for instance).
    pub fn mark_unsaved(&mut self) {
        self.saved = None;
    }

    /// A number that changes whenever the map does, and comes back when undo
    /// or redo bring the map back to a state it had.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Whether the map differs from what was last saved.
    pub fn is_dirty(&self) -> bool {
        self.saved != Some(self.revision)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::model::PhaseTemplate;

    fn map_with_journey() -> Map {
        let mut map = PhaseTemplate::FivePhase.new_map(Language::En);
        map.journeys.push(Journey {
            to_be_of: None,
            id: JourneyId(1),
            name: "Bas".into(),
            color: crate::model::Rgb(200, 30, 30),
            persona: None,
            steps: vec![Step::new(StepId(1), PhaseId(1), 0.5, 0.0, "Sees an ad")],
        });
        map
    }

    #[test]
    fn every_edit_is_undone_by_its_inverse() {
        let mut original = map_with_journey();
        let daniëlle = Persona::new(PersonaId(1), "Duurzame Daniëlle");
        original.personas = vec![daniëlle.clone(), Persona::new(PersonaId(3), "Petra")];
        let blog = ContentItem::new(
            ContentId(1),
            "Hoe kies je een waterkoker?",
            crate::model::ContentType::BlogPost,
            PhaseId(1),
            chrono::NaiveDate::from_ymd_opt(2026, 3, 2).expect("a date"),
        );
        original.content = vec![blog.clone()];
        let mut moved = original.journeys[0].steps[0].clone();
        moved.phase = PhaseId(3);
        moved.emotion = -2.0;
        let mut renamed = original.phases[1].clone();
        renamed.name = "Overweging".into();
        let mut journey = original.journeys[0].clone();
        journey.name = "Budget Bewuste Bas".into();
        let edits = vec![
            Edit::SetMapText(MapText::Goal, "Waarom haakt Bas af?".into()),
            Edit::SetPhase(renamed.clone()),
            Edit::InsertPhase(
                2,
                Phase {
                    id: PhaseId(9),
                    ..renamed
                },
            ),
            Edit::RemovePhase(PhaseId(5)),
            Edit::MovePhase(PhaseId(1), 4),
            Edit::MovePersona(PersonaId(1), 1),
            Edit::SetStep(moved.clone()),
            Edit::InsertStep(
                JourneyId(1),
                0,
                Step {
                    id: StepId(2),
                    ..moved
                },
            ),
            Edit::RemoveStep(StepId(1)),
            Edit::SetJourney(journey.clone()),
            Edit::InsertJourney(
                0,
                Journey {
                    id: JourneyId(2),
                    ..journey
                },
            ),
            Edit::RemoveJourney(JourneyId(1)),
            Edit::SetPersona(Persona {
                quote: "Als het maar duurzaam is".into(),
                ..daniëlle.clone()
            }),
            Edit::InsertPersona(0, Persona::new(PersonaId(2), "Budget Bewuste Bas")),
            Edit::RemovePersona(PersonaId(1)),
            Edit::SetContent(ContentItem {
                status: crate::model::Status::Published,
                ..blog.clone()
            }),
            Edit::InsertContent(
                0,
                ContentItem {
                    id: ContentId(2),
                    ..blog
                },
            ),
            Edit::RemoveContent(ContentId(1)),
        ];
        for edit in edits.clone() {
            let mut map = original.clone();
            let inverse = edit.clone().apply(&mut map).expect("applies");
            assert_ne!(map, original, "{edit:?} changed nothing");
            inverse.apply(&mut map).expect("inverse applies");
            assert_eq!(map, original, "{edit:?}");
        }
        let mut map = original.clone();
        let inverse = Edit::Group(edits).apply(&mut map).expect("group applies");
        inverse.apply(&mut map).expect("group inverse");
        assert_eq!(map, original);
    }

    #[test]
    fn a_group_with_a_stale_edit_changes_nothing() {
        let original = map_with_journey();
        let mut map = original.clone();
        let group = Edit::Group(vec![
            Edit::SetMapText(MapText::Title, "x".into()),
            Edit::RemoveStep(StepId(99)),
        ]);
        assert_eq!(group.apply(&mut map), Err(Stale));
        assert_eq!(map, original);
    }

    #[test]
    fn a_gesture_is_one_undo_step_and_dirtiness_follows_the_saved_revision() {
        let mut map = map_with_journey();
        let original = map.clone();
        let mut history = History::new();
        assert!(!history.is_dirty());
        for emotion in [0.5, 1.0, 1.5, 2.0] {
            let mut step = map.journeys[0].steps[0].clone();
            step.emotion = emotion;
            history
                .apply(&mut map, Edit::SetStep(step), Some(Gesture::Drag(1)))
                .expect("drag");
        }
        history.end_gesture();
        assert!(history.is_dirty());
        history.mark_saved();
        assert!(!history.is_dirty());
        let dragged = map.clone();
        assert!(history.undo(&mut map));
        assert_eq!(map, original, "the whole drag is undone at once");
        assert!(history.is_dirty());
        assert!(history.redo(&mut map));
        assert_eq!(map, dragged);
        assert!(!history.is_dirty(), "back at the saved revision");
        assert!(!history.redo(&mut map));
    }

    #[test]
    fn a_new_edit_after_undo_clears_redo() {
        let mut map = map_with_journey();
        let mut history = History::new();
        history
            .apply(&mut map, Edit::SetMapText(MapText::Title, "A".into()), None)
            .expect("a");
        history.undo(&mut map);
        history
            .apply(&mut map, Edit::SetMapText(MapText::Title, "B".into()), None)
            .expect("b");
        assert!(!history.can_redo());
        assert_eq!(map.title, "B");
    }

    #[test]
    fn history_keeps_at_least_a_thousand_steps() {
        let mut map = map_with_journey();
        let original = map.clone();
        let mut history = History::new();
        for i in 0..1_500 {
            history
                .apply(
                    &mut map,
                    Edit::SetMapText(MapText::Title, i.to_string()),
                    None,
                )
                .expect("edit");
        }
        let mut undone = 0;
        while history.undo(&mut map) {
            undone += 1;
        }
        assert_eq!(undone, 1_500);
        assert_eq!(map, original);
    }
}
