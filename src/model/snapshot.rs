//! Iterations of a map: snapshots (named copies of the map's content kept
//! inside the file, "Workshop 12 March", "After redesign") and the to-be
//! journeys that say how a journey should become ([`super::Journey::to_be_of`]).
//! Plain data, the checks of both, and how two copies' snapshot lists merge.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{JourneyId, Map, Problem, Repair, UnassignedPhase};

/// Identifies a snapshot of the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SnapshotId(pub u64);

/// The most snapshots a map keeps: each one is a whole copy of the map's
/// content, so the file grows by about the map's size per snapshot.
pub const MAX_SNAPSHOTS: usize = 30;

/// A named copy of the map's content, kept inside the file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// Stable identity.
    pub id: SnapshotId,
    /// The name the user gave it ("Workshop 12 March").
    pub name: String,
    /// The day it was taken.
    pub date: NaiveDate,
    /// The map's content as it was; its own `snapshots` are always empty.
    /// Shared, so undo and the snapshot list copy no map.
    #[serde(serialize_with = "write_map", deserialize_with = "read_map")]
    pub map: Arc<Map>,
}

fn write_map<S: Serializer>(map: &Arc<Map>, to: S) -> Result<S::Ok, S::Error> {
    Map::serialize(map, to)
}

fn read_map<'de, D: Deserializer<'de>>(from: D) -> Result<Arc<Map>, D::Error> {
    Map::deserialize(from).map(Arc::new)
}

impl Snapshot {
    /// A snapshot of `map`'s content now: everything but its own snapshots.
    pub fn of(map: &Map, id: SnapshotId, name: &str, date: NaiveDate) -> Self {
        Self {
            id,
            name: name.to_owned(),
            date,
            map: Arc::new(content_of(map)),
        }
    }
}

/// A map's content: the map without its snapshots (cheap to drop: each
/// snapshot's copy is shared).
pub fn content_of(map: &Map) -> Map {
    let mut content = map.clone();
    content.snapshots.clear();
    content
}

/// The map as it is after restoring a snapshot: the snapshot's content,
/// with the map's snapshots (all of them, the restored one too) kept.
pub fn restored(map: &Map, snapshot: &Snapshot) -> Map {
    let mut out = content_of(&snapshot.map);
    out.snapshots.clone_from(&map.snapshots);
    out
}

impl Map {
    /// The snapshot with this id.
    pub fn snapshot(&self, id: SnapshotId) -> Option<&Snapshot> {
        self.snapshots.iter().find(|s| s.id == id)
    }

    /// A fresh snapshot id, unused in this map.
    pub fn new_snapshot_id(&self) -> SnapshotId {
        SnapshotId(super::ids::fresh_id(self.snapshots.iter().map(|s| s.id.0)))
    }

    /// The journeys that are the to-be version of `id`.
    pub fn to_be_versions(&self, id: JourneyId) -> impl Iterator<Item = &super::Journey> {
        self.journeys.iter().filter(move |j| j.to_be_of == Some(id))
    }
}

/// What is wrong with a map's to-be journeys or snapshots.
#[derive(Clone, Debug, PartialEq)]
pub enum IterationProblem {
    /// A journey is the to-be version of a journey that is not in the map (or of itself).
    ToBeOf {
        /// The to-be journey.
        journey: JourneyId,
        /// Its name.
        name: String,
        /// The journey it names.
        of: JourneyId,
    },
    /// Two snapshots share an id.
    SnapshotId {
        /// The shared id.
        id: SnapshotId,
    },
    /// A snapshot holds snapshots of its own (a snapshot never does).
    NestedSnapshots {
        /// The snapshot's name.
        name: String,
    },
    /// Something is wrong inside a snapshot's copy of the map.
    InSnapshot {
        /// The snapshot's name.
        name: String,
        /// The problem in its copy.
        problem: Box<Problem>,
    },
}

/// What repairing changed in a map's to-be journeys or snapshots.
#[derive(Clone, Debug, PartialEq)]
pub enum IterationRepair {
    /// A journey is no longer the to-be version of a missing journey.
    ToBeOf {
        /// The journey.
        journey: JourneyId,
        /// Its name.
        name: String,
    },
    /// A snapshot got a fresh id, or lost the snapshots it held.
    Snapshot {
        /// The snapshot's name.
        name: String,
    },
    /// Something inside a snapshot's copy of the map was repaired.
    InSnapshot {
        /// The snapshot's name.
        name: String,
        /// What was repaired in its copy.
        repair: Box<Repair>,
    },
}

/// Checks the to-be journeys and the snapshots (and each snapshot's copy,
/// with the same rules as the map).
pub fn validate_iterations(map: &Map, problems: &mut Vec<Problem>) {
    let journeys: HashSet<JourneyId> = map.journeys.iter().map(|j| j.id).collect();
    for journey in &map.journeys {
        if let Some(of) = journey.to_be_of
            && (of == journey.id || !journeys.contains(&of))
        {
            problems.push(Problem::Iteration(IterationProblem::ToBeOf {
                journey: journey.id,
                name: journey.name.clone(),
                of,
            }));
        }
    }
    let mut seen = HashSet::new();
    for snapshot in &map.snapshots {
        if !seen.insert(snapshot.id) {
            problems.push(Problem::Iteration(IterationProblem::SnapshotId {
                id: snapshot.id,
            }));
        }
        if !snapshot.map.snapshots.is_empty() {
            problems.push(Problem::Iteration(IterationProblem::NestedSnapshots {
                name: snapshot.name.clone(),
            }));
        }
        for problem in super::validate(&snapshot.map) {
            problems.push(Problem::Iteration(IterationProblem::InSnapshot {
                name: snapshot.name.clone(),
                problem: Box::new(problem),
            }));
        }
    }
}

/// Repairs what [`validate_iterations`] finds: a to-be journey of a missing
/// journey becomes a plain journey, nested snapshots go, a taken snapshot id
/// is renewed, and each snapshot's copy is repaired like the map.
pub fn repair_iterations(map: &mut Map, words: UnassignedPhase<'_>, done: &mut Vec<Repair>) {
    let journeys: HashSet<JourneyId> = map.journeys.iter().map(|j| j.id).collect();
    for journey in &mut map.journeys {
        if journey
            .to_be_of
            .is_some_and(|of| of == journey.id || !journeys.contains(&of))
        {
            journey.to_be_of = None;
            done.push(Repair::Iteration(IterationRepair::ToBeOf {
                journey: journey.id,
                name: journey.name.clone(),
            }));
        }
    }
    let mut seen = HashSet::new();
    let used: HashSet<u64> = map.snapshots.iter().map(|s| s.id.0).collect();
    let mut fresh = super::fresh_ids(&used, map.snapshots.len()).into_iter();
    for snapshot in &mut map.snapshots {
        let taken = !seen.insert(snapshot.id);
        if taken {
            snapshot.id = SnapshotId(fresh.next().unwrap_or_default());
        }
        let mut copy = (*snapshot.map).clone();
        let nested = !copy.snapshots.is_empty();
        copy.snapshots.clear();
        let repairs = super::repair(&mut copy, words);
        if taken || nested {
            done.push(Repair::Iteration(IterationRepair::Snapshot {
                name: snapshot.name.clone(),
            }));
        }
        if nested || !repairs.is_empty() {
            snapshot.map = Arc::new(copy);
        }
        done.extend(repairs.into_iter().map(|repair| {
            Repair::Iteration(IterationRepair::InSnapshot {
                name: snapshot.name.clone(),
                repair: Box::new(repair),
            })
        }));
    }
}

/// The three-way merge of two copies' snapshot lists, matched by id: a
/// snapshot added on either side is kept (ours first, then theirs), one
/// deleted on a side goes unless the other side renamed it, and a rename on
/// one side wins. Renamed differently on both sides, our name stays (a
/// snapshot's content never changes, so nothing is lost).
pub fn merge_snapshots(base: &[Snapshot], ours: &[Snapshot], theirs: &[Snapshot]) -> Vec<Snapshot> {
    let by_id = |list: &[Snapshot]| -> HashMap<SnapshotId, Snapshot> {
        list.iter().map(|s| (s.id, s.clone())).collect()
    };
    let (base_of, theirs_of) = (by_id(base), by_id(theirs));
    let ours_ids: HashSet<SnapshotId> = ours.iter().map(|s| s.id).collect();
    let mut out = Vec::new();
    for mine in ours {
        let old = base_of.get(&mine.id);
        match (old, theirs_of.get(&mine.id)) {
            // Deleted there; kept only if renamed here.
            (Some(old), None) => {
                if old.name != mine.name {
                    out.push(mine.clone());
                }
            }
            (old, Some(other)) => {
                let mut kept = mine.clone();
                if old.is_some_and(|o| o.name == mine.name) {
                    kept.name.clone_from(&other.name);
                }
                out.push(kept);
            }
            (None, None) => out.push(mine.clone()),
        }
    }
    for other in theirs {
        if ours_ids.contains(&other.id) {
            continue;
        }
        // Added there, or deleted here: kept if added, or renamed there.
        match base_of.get(&other.id) {
            None => out.push(other.clone()),
            Some(old) if old.name != other.name => out.push(other.clone()),
            Some(_) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap(id: u64, name: &str) -> Snapshot {
        let map = Map {
            title: name.to_owned(),
            ..Map::default()
        };
        Snapshot::of(
            &map,
            SnapshotId(id),
            name,
            NaiveDate::from_ymd_opt(2027, 3, 12).expect("a date"),
        )
    }

    fn names(list: &[Snapshot]) -> Vec<&str> {
        list.iter().map(|s| s.name.as_str()).collect()
    }

    #[test]
    fn snapshots_added_on_both_sides_are_all_kept() {
        let base = vec![snap(1, "Workshop")];
        let ours = vec![snap(1, "Workshop"), snap(2, "Ours")];
        let theirs = vec![snap(1, "Workshop"), snap(3, "Theirs")];
        let merged = merge_snapshots(&base, &ours, &theirs);
        assert_eq!(names(&merged), ["Workshop", "Ours", "Theirs"]);
    }

    #[test]
    fn a_rename_on_one_side_survives_and_a_deletion_goes_unless_renamed() {
        let base = vec![snap(1, "A"), snap(2, "B"), snap(3, "C")];
        let ours = vec![snap(1, "A"), snap(2, "B renamed")];
        let theirs = vec![snap(1, "A (there)"), snap(3, "C")];
        let merged = merge_snapshots(&base, &ours, &theirs);
        // 1 renamed there; 2 deleted there but renamed here: kept; 3 deleted here.
        assert_eq!(names(&merged), ["A (there)", "B renamed"]);
        let both = merge_snapshots(&base, &[snap(1, "X")], &[snap(1, "Y")]);
        assert_eq!(names(&both), ["X"], "renamed on both sides: ours stays");
    }

    #[test]
    fn a_snapshot_never_holds_snapshots() {
        let mut map = Map::default();
        map.snapshots.push(snap(1, "First"));
        let second = Snapshot::of(&map, SnapshotId(2), "Second", NaiveDate::MIN);
        assert!(second.map.snapshots.is_empty());
        let mut nested = second.clone();
        Arc::make_mut(&mut nested.map)
            .snapshots
            .push(snap(9, "Inner"));
        map.snapshots.push(nested);
        let mut problems = Vec::new();
        validate_iterations(&map, &mut problems);
        assert!(matches!(
            &problems[..],
            [Problem::Iteration(IterationProblem::NestedSnapshots { name })] if name == "Second"
        ));
    }

    #[test]
    fn restoring_gives_the_snapshots_content_and_keeps_every_snapshot() {
        let mut map = Map {
            title: "Before".into(),
            ..Map::default()
        };
        let snapshot = Snapshot::of(&map, SnapshotId(1), "Before", NaiveDate::MIN);
        map.snapshots.push(snapshot.clone());
        map.title = "After".into();
        let back = restored(&map, &snapshot);
        assert_eq!(back.title, "Before");
        assert_eq!(back.snapshots, map.snapshots);
        assert_eq!(content_of(&back), *snapshot.map);
    }
}
