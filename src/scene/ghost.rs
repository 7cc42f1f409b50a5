//! Another version of the map seen on this map's canvas ("Compare with…"):
//! its curves as ghost lines, and which of this map's steps differ there.
//! Laid out by the same geometry as the map itself, so a step that did not
//! change sits exactly under its ghost.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use egui::emath::{Pos2, Rect};

use super::{Canvas, Curve, View};
use crate::model::{JourneyId, Map, Step, StepId};

/// The version compared with: its map, and the steps of the open map that
/// differ in it (changed there, or not there at all).
#[derive(Clone, Debug)]
pub struct Ghost {
    /// The other version.
    pub map: Arc<Map>,
    /// The open map's steps that the other version has differently or lacks.
    pub changed: HashSet<StepId>,
}

impl Ghost {
    /// The other version compared with `map`.
    pub fn new(map: &Map, other: Arc<Map>) -> Self {
        // One pass over each map: a map of 10,000 steps is compared in a blink.
        let there: HashMap<StepId, &Step> = other.steps().map(|s| (s.id, s)).collect();
        let changed = map
            .steps()
            .filter(|step| there.get(&step.id).is_none_or(|t| *t != *step))
            .map(|step| step.id)
            .collect();
        Self {
            map: other,
            changed,
        }
    }
}

/// The other version's curves through the same viewport as the open map.
pub fn ghost_curves(
    ghost: &Ghost,
    rect: Rect,
    view: View,
    visible: &dyn Fn(JourneyId) -> bool,
) -> Vec<Curve> {
    super::canvas(&ghost.map, rect, view, visible).curves
}

/// Where the open map's changed steps are on its canvas.
pub fn changed_points(canvas: &Canvas, ghost: &Ghost) -> Vec<Pos2> {
    canvas
        .curves
        .iter()
        .flat_map(|c| c.points.iter())
        .filter(|p| ghost.changed.contains(&p.id))
        .map(|p| p.pos)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::generate::{MapSize, generated_map};
    use egui::emath::vec2;

    fn small(steps: usize, journeys: usize) -> Map {
        generated_map(MapSize {
            steps,
            journeys,
            personas: 0,
            content: 0,
            ..MapSize::LARGE
        })
    }

    #[test]
    fn a_ghost_of_the_same_map_lies_on_its_curves_and_marks_nothing() {
        let map = small(30, 2);
        let rect = Rect::from_min_size(Pos2::ZERO, vec2(1200.0, 600.0));
        let view = View::fit(&map, 1000.0);
        let ghost = Ghost::new(&map, Arc::new(map.clone()));
        assert!(ghost.changed.is_empty());
        let canvas = super::super::canvas(&map, rect, view, &|_| true);
        let ghosts = ghost_curves(&ghost, rect, view, &|_| true);
        assert_eq!(ghosts.len(), canvas.curves.len());
        assert_eq!(ghosts[0].line, canvas.curves[0].line);
        assert!(changed_points(&canvas, &ghost).is_empty());
    }

    #[test]
    fn a_step_moved_in_the_other_version_is_marked_and_its_ghost_moves() {
        let map = small(10, 1);
        let mut other = map.clone();
        let moved = other.journeys[0].steps[3].id;
        other.journeys[0].steps[3].emotion = -other.journeys[0].steps[3].emotion - 1.0;
        let rect = Rect::from_min_size(Pos2::ZERO, vec2(1200.0, 600.0));
        let view = View::fit(&map, 1000.0);
        let ghost = Ghost::new(&map, Arc::new(other));
        assert_eq!(ghost.changed, HashSet::from([moved]));
        let canvas = super::super::canvas(&map, rect, view, &|_| true);
        let marks = changed_points(&canvas, &ghost);
        let here = canvas.curves[0].points.iter().find(|p| p.id == moved);
        assert_eq!(marks, vec![here.expect("the step is on screen").pos]);
        let ghosts = ghost_curves(&ghost, rect, view, &|_| true);
        assert!(
            ghosts[0].points.iter().all(|p| p.pos != marks[0]),
            "the ghost step sits elsewhere"
        );
    }
}
