//! Iterations of a map: snapshots (named copies of the map's content kept
//! inside the file, "Workshop 12 March", "After redesign") and the to-be
//! journeys that say how a journey should become ([`super::Journey::to_be_of`]).
//! Plain data, the checks of both, and how two copies' snapshot lists merge.
//!
//! In the file a snapshot's content is packed ([`super::packed`]): the
//! packed text is made once per snapshot and kept with it (a snapshot never
//! changes), so saving and the autosave do not compress it again.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::packed::{self, PackFault, PackedText, PhotoRef};
use super::{JourneyId, Map, Photo, Problem, Repair, UnassignedPhase};

/// Identifies a snapshot of the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SnapshotId(pub u64);

/// The most snapshots a map keeps.
pub const MAX_SNAPSHOTS: usize = 30;

/// A named copy of the map's content, kept inside the file.
///
/// Written as `(id, name, date, packed: "…")` (format version 3); version 2
/// wrote the content plain as `map: (…)`, which is still read.
#[derive(Clone, Debug)]
pub struct Snapshot {
    /// Stable identity.
    pub id: SnapshotId,
    /// The name the user gave it ("Workshop 12 March").
    pub name: String,
    /// The day it was taken.
    pub date: NaiveDate,
    /// The map's content as it was; its own `snapshots` are always empty.
    /// Shared, so undo and the snapshot list copy no map.
    pub map: Arc<Map>,
    /// The personas whose photo the file referred to but did not hold: their
    /// photo is missing from `map` (a problem, see [`IterationProblem::MissingPhoto`]).
    pub missing_photos: Vec<String>,
    /// The packed text of `map`, made at most once.
    cache: PackCache,
    /// Read in packed form and not unpacked yet ([`unpack_snapshots`]):
    /// `map` is empty and the cache holds the text as read.
    unread: bool,
}

impl PartialEq for Snapshot {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && self.name == other.name
            && self.date == other.date
            && self.missing_photos == other.missing_photos
            && self.unread == other.unread
            && self.map == other.map
            && (!self.unread || self.packed().text == other.packed().text)
    }
}

/// The packed text of a snapshot's map, shared by the snapshot's clones (undo
/// entries, the save's copy of the map) and valid for that very map only.
#[derive(Clone, Default)]
struct PackCache(Arc<Mutex<Option<Cached>>>);

struct Cached {
    /// The map the text was made from (or read for).
    source: Arc<Map>,
    packed: Arc<PackedText>,
}

impl std::fmt::Debug for PackCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PackCache")
    }
}

impl PackCache {
    fn get(&self, map: &Arc<Map>) -> Option<Arc<PackedText>> {
        let cached = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        cached
            .as_ref()
            .filter(|c| Arc::ptr_eq(&c.source, map))
            .map(|c| Arc::clone(&c.packed))
    }

    fn set(&self, map: &Arc<Map>, packed: Arc<PackedText>) {
        let mut cached = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *cached = Some(Cached {
            source: Arc::clone(map),
            packed,
        });
    }
}

impl Snapshot {
    /// A snapshot holding `map` as its content.
    pub fn new(id: SnapshotId, name: &str, date: NaiveDate, map: Arc<Map>) -> Self {
        Self {
            id,
            name: name.to_owned(),
            date,
            map,
            missing_photos: Vec::new(),
            cache: PackCache::default(),
            unread: false,
        }
    }

    /// A snapshot of `map`'s content now: everything but its own snapshots.
    pub fn of(map: &Map, id: SnapshotId, name: &str, date: NaiveDate) -> Self {
        Self::new(id, name, date, Arc::new(content_of(map)))
    }

    /// The content packed as the file keeps it: made the first time it is
    /// asked for (on the thread that saves), then kept.
    pub fn packed(&self) -> Arc<PackedText> {
        if let Some(packed) = self.cache.get(&self.map) {
            return packed;
        }
        let packed = Arc::new(packed::pack(&self.map));
        self.cache.set(&self.map, Arc::clone(&packed));
        packed
    }

    /// The bytes its packed text takes in the file, when it has been packed
    /// already (never packs: cheap enough for every frame).
    pub fn packed_len(&self) -> Option<usize> {
        let cached = self.cache.0.try_lock().ok()?;
        cached
            .as_ref()
            .filter(|c| Arc::ptr_eq(&c.source, &self.map))
            .map(|c| c.packed.text.len())
    }
}

impl Serialize for Snapshot {
    fn serialize<S: Serializer>(&self, to: S) -> Result<S::Ok, S::Error> {
        let packed = self.packed();
        let mut fields = to.serialize_struct("Snapshot", 4)?;
        fields.serialize_field("id", &self.id)?;
        fields.serialize_field("name", &self.name)?;
        fields.serialize_field("date", &self.date)?;
        fields.serialize_field("packed", &packed.text)?;
        fields.end()
    }
}

/// A snapshot as the file writes it: packed (version 3) or plain (version 2).
#[derive(Deserialize)]
#[serde(rename = "Snapshot", deny_unknown_fields)]
struct SnapshotFields {
    id: SnapshotId,
    name: String,
    date: NaiveDate,
    #[serde(default, deserialize_with = "read_plain")]
    map: Option<Map>,
    #[serde(default, deserialize_with = "read_packed")]
    packed: Option<String>,
}

fn read_plain<'de, D: Deserializer<'de>>(from: D) -> Result<Option<Map>, D::Error> {
    Map::deserialize(from).map(Some)
}

fn read_packed<'de, D: Deserializer<'de>>(from: D) -> Result<Option<String>, D::Error> {
    String::deserialize(from).map(Some)
}

impl<'de> Deserialize<'de> for Snapshot {
    fn deserialize<D: Deserializer<'de>>(from: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let fields = SnapshotFields::deserialize(from)?;
        let mut snapshot = Snapshot::new(fields.id, &fields.name, fields.date, Arc::default());
        match (fields.map, fields.packed) {
            (Some(map), None) => snapshot.map = Arc::new(map),
            (None, Some(text)) => {
                snapshot.unread = true;
                let packed = PackedText {
                    text,
                    photos: Vec::new(),
                    unpacked: 0,
                };
                snapshot.cache.set(&snapshot.map, Arc::new(packed));
            }
            (Some(_), Some(_)) => {
                return Err(D::Error::unknown_field(
                    "map",
                    &["id", "name", "date", "packed"],
                ));
            }
            (None, None) => return Err(D::Error::missing_field("packed")),
        }
        Ok(snapshot)
    }
}

/// Unpacks every snapshot of `map` that was read in packed form, each photo
/// reference resolved against the map's own photos, then `table` (the
/// file's photos that only snapshots hold). A reference found in neither
/// leaves the persona without its photo and is listed in the snapshot's
/// `missing_photos`. Each snapshot unpacks to at most `limit` bytes (the
/// largest map file), all together, with the bytes of the photos they show
/// (each resolved reference is a copy in memory), to
/// [`packed::UNPACKED_TOTAL_FACTOR`] times that: a file with one large photo
/// and thousands of references to it is refused, not unpacked.
///
/// # Errors
/// The id and name of the first snapshot that cannot be unpacked, and why.
pub fn unpack_snapshots(
    map: &mut Map,
    table: &BTreeMap<String, Photo>,
    limit: u64,
) -> Result<(), (SnapshotId, String, PackFault)> {
    let Map {
        personas,
        snapshots,
        ..
    } = map;
    let mut budget = limit.saturating_mul(packed::UNPACKED_TOTAL_FACTOR);
    let mut live: Option<HashMap<String, &Photo>> = None;
    for snapshot in snapshots.iter_mut().filter(|s| s.unread) {
        let text = snapshot.packed();
        let before = budget;
        let (id, name) = (snapshot.id, snapshot.name.clone());
        let fault = |f| (id, name.clone(), f);
        let mut content = packed::unpack(&text.text, limit, &mut budget).map_err(fault)?;
        let unpacked = before - budget;
        let mut photos = Vec::new();
        for (index, persona) in content.personas.iter_mut().enumerate() {
            let Some(hash) = persona
                .photo
                .as_ref()
                .and_then(packed::referred_hash)
                .map(str::to_owned)
            else {
                continue;
            };
            let live = live.get_or_insert_with(|| {
                personas
                    .iter()
                    .filter_map(|p| p.photo.as_ref())
                    .map(|photo| (packed::photo_hash(photo), photo))
                    .collect()
            });
            match live.get(&hash).copied().or_else(|| table.get(&hash)) {
                Some(photo) => {
                    let size = photo.bytes.len() as u64;
                    if size > budget {
                        return Err(fault(PackFault::TotalTooLarge {
                            limit: limit.saturating_mul(packed::UNPACKED_TOTAL_FACTOR),
                        }));
                    }
                    budget -= size;
                    persona.photo = Some(photo.clone());
                    photos.push(PhotoRef {
                        hash,
                        persona: index,
                    });
                }
                None => {
                    persona.photo = None;
                    snapshot.missing_photos.push(persona.name.clone());
                }
            }
        }
        snapshot.map = Arc::new(content);
        snapshot.unread = false;
        let packed = PackedText {
            text: text.text.clone(),
            photos,
            unpacked,
        };
        snapshot.cache.set(&snapshot.map, Arc::new(packed));
    }
    Ok(())
}

/// What the reader counts of a map's snapshots against its limits (see
/// [`unpack_snapshots`]): the largest unpacked text of one snapshot, and the
/// unpacked text and shown photos of all together. Packs what is not packed yet.
pub fn unpacked_sizes(map: &Map) -> (u64, u64) {
    let (mut largest, mut total) = (0, 0u64);
    for snapshot in &map.snapshots {
        let packed = snapshot.packed();
        largest = largest.max(packed.unpacked);
        let photos: u64 = packed
            .photos
            .iter()
            .filter_map(|r| snapshot.map.personas.get(r.persona)?.photo.as_ref())
            .map(|p| p.bytes.len() as u64)
            .sum();
        total = total.saturating_add(packed.unpacked).saturating_add(photos);
    }
    (largest, total)
}

/// The photos the file must hold for its snapshots beside the map's own:
/// every photo a snapshot refers to that no persona of the map has, once,
/// by its hash.
pub fn snapshot_photos(map: &Map) -> BTreeMap<String, &Photo> {
    let mut table = BTreeMap::new();
    let mut live: Option<HashMap<usize, Vec<&Photo>>> = None;
    for snapshot in &map.snapshots {
        let packed = snapshot.packed();
        for reference in &packed.photos {
            if table.contains_key(&reference.hash) {
                continue;
            }
            let Some(photo) = snapshot
                .map
                .personas
                .get(reference.persona)
                .and_then(|p| p.photo.as_ref())
            else {
                continue;
            };
            let live = live.get_or_insert_with(|| {
                let mut by_size: HashMap<usize, Vec<&Photo>> = HashMap::new();
                for photo in map.personas.iter().filter_map(|p| p.photo.as_ref()) {
                    by_size.entry(photo.bytes.len()).or_default().push(photo);
                }
                by_size
            });
            let in_map = live
                .get(&photo.bytes.len())
                .is_some_and(|same| same.iter().any(|p| p.bytes == photo.bytes));
            if !in_map {
                table.insert(reference.hash.clone(), photo);
            }
        }
    }
    table
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
    /// A snapshot's persona has a photo the file does not hold (a file
    /// edited by hand, or cut): the snapshot shows the persona without it.
    MissingPhoto {
        /// The snapshot's name.
        name: String,
        /// The persona's name.
        persona: String,
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
    /// A snapshot no longer refers to photos the file does not hold.
    MissingPhotos {
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
        for persona in &snapshot.missing_photos {
            problems.push(Problem::Iteration(IterationProblem::MissingPhoto {
                name: snapshot.name.clone(),
                persona: persona.clone(),
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
        let missing = !snapshot.missing_photos.is_empty();
        if missing {
            snapshot.missing_photos.clear();
            done.push(Repair::Iteration(IterationRepair::MissingPhotos {
                name: snapshot.name.clone(),
            }));
        }
        if nested || missing || !repairs.is_empty() {
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
