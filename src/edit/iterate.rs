//! The edits of iterating on a map: making a to-be version of a journey,
//! saying which journey a to-be journey improves on, and saving, renaming,
//! deleting and restoring snapshots. Each is one undo step.

use chrono::NaiveDate;

use super::Edit;
use crate::model::{JourneyId, MAX_SNAPSHOTS, Map, Snapshot, SnapshotId, restored};

/// A copy of journey `id` as its to-be version, named `name`, placed right
/// after it: the same persona, colour and steps (with fresh ids), as a
/// starting point to move towards how the journey should become.
pub fn make_to_be(map: &Map, id: JourneyId, name: &str) -> Option<(JourneyId, Edit)> {
    let index = map.journeys.iter().position(|j| j.id == id)?;
    let as_is = &map.journeys[index];
    let mut copy = as_is.clone();
    copy.id = map.new_journey_id();
    copy.name = name.to_owned();
    copy.to_be_of = Some(id);
    for (step, fresh) in copy
        .steps
        .iter_mut()
        .zip(map.new_step_ids(as_is.steps.len()))
    {
        step.id = fresh;
    }
    Some((copy.id, Edit::InsertJourney(index + 1, copy)))
}

/// The journeys `journey` can be the to-be version of: the others of the
/// same persona that are not themselves a to-be version of it.
pub fn as_is_choices(map: &Map, journey: JourneyId) -> Vec<JourneyId> {
    let Some(this) = map.journey(journey) else {
        return Vec::new();
    };
    map.journeys
        .iter()
        .filter(|j| j.id != journey && j.persona == this.persona && j.to_be_of != Some(journey))
        .map(|j| j.id)
        .collect()
}

/// Makes `journey` the to-be version of `as_is` (or a plain journey with `None`).
pub fn set_as_is(map: &Map, journey: JourneyId, as_is: Option<JourneyId>) -> Option<Edit> {
    let mut changed = map.journey(journey)?.clone();
    if changed.to_be_of == as_is || as_is.is_some_and(|a| !as_is_choices(map, journey).contains(&a))
    {
        return None;
    }
    changed.to_be_of = as_is;
    changed.steps = Vec::new();
    Some(Edit::SetJourney(changed))
}

/// The edits that make the to-be versions of the journeys about to go plain journeys.
pub fn forget_as_is(map: &Map, gone: &dyn Fn(&crate::model::Journey) -> bool) -> Vec<Edit> {
    let gone_ids: Vec<JourneyId> = map
        .journeys
        .iter()
        .filter(|j| gone(j))
        .map(|j| j.id)
        .collect();
    map.journeys
        .iter()
        .filter(|j| !gone(j) && j.to_be_of.is_some_and(|a| gone_ids.contains(&a)))
        .map(|j| {
            let mut plain = j.clone();
            plain.to_be_of = None;
            plain.steps = Vec::new();
            Edit::SetJourney(plain)
        })
        .collect()
}

/// Why a snapshot could not be saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SnapshotRefused {
    /// The map already keeps [`MAX_SNAPSHOTS`].
    Full,
    /// The name is empty.
    NoName,
}

/// Saves the map's content now as a snapshot named `name`, dated `date`, at
/// the end of the list.
pub fn save_snapshot(
    map: &Map,
    name: &str,
    date: NaiveDate,
) -> Result<(SnapshotId, Edit), SnapshotRefused> {
    let name = name.trim();
    if name.is_empty() {
        return Err(SnapshotRefused::NoName);
    }
    if map.snapshots.len() >= MAX_SNAPSHOTS {
        return Err(SnapshotRefused::Full);
    }
    let id = map.new_snapshot_id();
    let mut list = map.snapshots.clone();
    list.push(Snapshot::of(map, id, name, date));
    Ok((id, Edit::SetSnapshots(list)))
}

/// Renames a snapshot (an empty name or no change gives no edit).
pub fn rename_snapshot(map: &Map, id: SnapshotId, name: &str) -> Option<Edit> {
    let name = name.trim();
    let mut list = map.snapshots.clone();
    let snapshot = list.iter_mut().find(|s| s.id == id)?;
    if name.is_empty() || snapshot.name == name {
        return None;
    }
    name.clone_into(&mut snapshot.name);
    Some(Edit::SetSnapshots(list))
}

/// Deletes a snapshot.
pub fn delete_snapshot(map: &Map, id: SnapshotId) -> Option<Edit> {
    map.snapshot(id)?;
    let list = map
        .snapshots
        .iter()
        .filter(|s| s.id != id)
        .cloned()
        .collect();
    Some(Edit::SetSnapshots(list))
}

/// Restores a snapshot's content as one undo step; every snapshot stays.
pub fn restore_snapshot(map: &Map, id: SnapshotId) -> Option<Edit> {
    let snapshot = map.snapshot(id)?;
    Some(Edit::SetMap(Box::new(restored(map, snapshot))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::generate::{MapSize, generated_map};

    fn small() -> Map {
        generated_map(MapSize {
            steps: 40,
            journeys: 2,
            personas: 1,
            content: 3,
            ..MapSize::LARGE
        })
    }

    #[test]
    fn a_to_be_version_copies_the_journey_with_fresh_step_ids_right_after_it() {
        let map = small();
        let as_is = map.journeys[0].clone();
        let (id, edit) = make_to_be(&map, as_is.id, "To-be").expect("the journey is there");
        let mut after = map.clone();
        edit.apply(&mut after).expect("applies");
        let to_be = &after.journeys[1];
        assert_eq!((to_be.id, to_be.to_be_of), (id, Some(as_is.id)));
        assert_eq!(to_be.persona, as_is.persona);
        assert_eq!(to_be.steps.len(), as_is.steps.len());
        assert!(to_be.steps.iter().all(|s| map.step(s.id).is_none()));
        assert!(crate::model::validate(&after).is_empty());
    }

    #[test]
    fn deleting_the_as_is_journey_makes_its_to_be_version_a_plain_journey() {
        let mut map = small();
        let as_is = map.journeys[0].id;
        let (id, edit) = make_to_be(&map, as_is, "To-be").expect("made");
        edit.apply(&mut map).expect("applies");
        let delete = super::super::ops::delete_journeys(&map, &[as_is]).expect("deletes");
        delete.apply(&mut map).expect("applies");
        assert_eq!(map.journey(id).map(|j| j.to_be_of), Some(None));
        assert!(crate::model::validate(&map).is_empty());
    }

    #[test]
    fn saving_restoring_and_undoing_a_snapshot() {
        let mut map = small();
        let date = NaiveDate::from_ymd_opt(2027, 3, 12).expect("a date");
        let before = map.clone();
        let (id, edit) = save_snapshot(&map, " Workshop 12 March ", date).expect("saved");
        edit.apply(&mut map).expect("applies");
        assert_eq!(map.snapshots[0].name, "Workshop 12 March");
        map.title = "Changed".into();
        map.journeys[0].steps.clear();
        let restore = restore_snapshot(&map, id).expect("restores");
        let undo = restore.apply(&mut map).expect("applies");
        assert_eq!(crate::model::content_of(&map), before);
        assert_eq!(map.snapshots.len(), 1, "restoring keeps the snapshots");
        undo.apply(&mut map).expect("undoes");
        assert_eq!(map.title, "Changed");
        let rename = rename_snapshot(&map, id, "After").expect("renames");
        rename.apply(&mut map).expect("applies");
        assert_eq!(map.snapshots[0].name, "After");
        delete_snapshot(&map, id)
            .expect("deletes")
            .apply(&mut map)
            .expect("applies");
        assert!(map.snapshots.is_empty());
        assert_eq!(
            save_snapshot(&map, "  ", date).err(),
            Some(SnapshotRefused::NoName)
        );
    }
}
