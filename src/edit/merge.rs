//! The three-way merge of two copies of a map that share an ancestor:
//! entities are matched by id, changes to different entities or fields merge,
//! text merges line by line, and whatever cannot be decided is kept inside
//! the map as a [`Conflict`], so the merged file always opens and nothing is lost.
//!
//! The same merge serves `klantreis merge` (git's merge driver) and the app.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use serde::Serialize;

use super::Edit;
use super::fields::{BadValue, FieldMerge, Fields, one_side, ron_text};
use crate::model::{
    Conflict, ContentItem, EntityKind, Field, Journey, JourneyId, Map, Persona, Phase, Step,
    derived_id,
};

/// A merged map and the conflicts the merge found (also recorded in [`Map::conflicts`]).
#[derive(Clone, Debug, PartialEq)]
pub struct MergeResult {
    /// The merged map; where the copies disagree it holds this copy's value.
    pub map: Map,
    /// The conflicts this merge added to the map.
    pub conflicts: Vec<Conflict>,
}

/// Merges `theirs` into `ours`, both descended from `base`.
pub fn merge(base: &Map, ours: &Map, theirs: &Map) -> MergeResult {
    let theirs = renumber_same_id_additions(base, ours, theirs);
    let theirs = theirs.as_ref();
    let mut conflicts = Vec::new();

    let mut out = Map::merge_fields(
        base,
        ours,
        theirs,
        &mut FieldMerge {
            kind: EntityKind::Map,
            id: 0,
            name: &ours.title,
            conflicts: &mut conflicts,
        },
    );
    let sides = [base, ours, theirs];
    out.snapshots =
        crate::model::merge_snapshots(&base.snapshots, &ours.snapshots, &theirs.snapshots);
    let mut phases = Kept::merge(sides.map(|m| index(&m.phases)), &mut conflicts);
    let mut journeys = Kept::merge(sides.map(|m| index(&m.journeys)), &mut conflicts);
    let placed = sides.map(placed_steps);
    let mut steps = Kept::merge(
        [&placed[0], &placed[1], &placed[2]].map(|p| index(p)),
        &mut conflicts,
    );
    let mut personas = Kept::merge(sides.map(|m| index(&m.personas)), &mut conflicts);
    let content = Kept::merge(sides.map(|m| index(&m.content)), &mut conflicts);

    // Something one side deleted may still be used by what the other side
    // changed or added: keep it, and say so.
    let placed_of = |i: usize| index(&placed[i]);
    loop {
        let mut wanted_phases = Vec::new();
        let mut wanted_journeys = Vec::new();
        let mut wanted_personas = Vec::new();
        let mut wanted_steps = Vec::new();
        for s in steps.values() {
            wanted_phases.push(s.step.phase.0);
            wanted_journeys.push(s.journey.0);
        }
        for j in journeys.values() {
            wanted_personas.extend(j.persona.map(|p| p.0));
            wanted_journeys.extend(j.to_be_of.map(|a| a.0));
        }
        for c in content.values() {
            wanted_phases.push(c.phase.0);
            wanted_personas.extend(c.persona.map(|p| p.0));
            wanted_steps.extend(c.steps.iter().map(|s| s.0));
        }
        let restored = phases.restore(
            &wanted_phases,
            sides.map(|m| index(&m.phases)),
            &mut conflicts,
        ) | journeys.restore(
            &wanted_journeys,
            sides.map(|m| index(&m.journeys)),
            &mut conflicts,
        ) | personas.restore(
            &wanted_personas,
            sides.map(|m| index(&m.personas)),
            &mut conflicts,
        ) | steps.restore(&wanted_steps, [0, 1, 2].map(placed_of), &mut conflicts);
        if !restored {
            break;
        }
    }

    // The top-level lists, each in the merged order of the three copies.
    macro_rules! order {
        ($kept:ident, $list:ident, $kind:ident) => {
            out.$list = $kept.ordered(
                EntityKind::$kind,
                0,
                sides.map(|m| m.$list.iter().map(|e| e.id.0).collect()),
                &mut conflicts,
            )
        };
    }
    order!(phases, phases, Phase);
    order!(personas, personas, Persona);
    order!(content, content, Content);
    order!(journeys, journeys, Journey);
    // Each journey's steps, in the order of the copies.
    let mut by_journey: HashMap<u64, Kept<StepIn>> = HashMap::new();
    for (id, step) in steps.entities.drain() {
        by_journey
            .entry(step.journey.0)
            .or_default()
            .entities
            .insert(id, step);
    }
    for journey in &mut out.journeys {
        let Some(mine) = by_journey.remove(&journey.id.0) else {
            journey.steps.clear();
            continue;
        };
        let lists = sides.map(|m| {
            m.journey(journey.id)
                .map(|j| j.steps.iter().map(|s| s.id.0).collect())
                .unwrap_or_default()
        });
        journey.steps = mine
            .ordered(EntityKind::Step, journey.id.0, lists, &mut conflicts)
            .into_iter()
            .map(|s| s.step)
            .collect();
    }

    // Conflicts in a fixed order, whatever the hash maps' order.
    conflicts.sort_by_key(|c| (c.kind, c.id, c.field));
    out.conflicts = merged_conflict_lists(base, ours, theirs);
    out.conflicts.extend(conflicts.iter().cloned());
    MergeResult {
        map: out,
        conflicts,
    }
}

/// The conflicts the copies already held: one side's decisions win, else both lists.
fn merged_conflict_lists(base: &Map, ours: &Map, theirs: &Map) -> Vec<Conflict> {
    let (b, o, t) = (&base.conflicts, &ours.conflicts, &theirs.conflicts);
    one_side(b, o, t).unwrap_or_else(|| {
        let mut all = o.clone();
        all.extend(t.iter().filter(|c| !o.contains(c)).cloned());
        all
    })
}

/// A step with the journey it is in: the unit steps merge as.
#[derive(Clone, Debug, PartialEq, Serialize)]
struct StepIn {
    journey: JourneyId,
    step: Step,
}

fn placed_steps(map: &Map) -> Vec<StepIn> {
    map.journeys
        .iter()
        .flat_map(|j| {
            j.steps.iter().map(|s| StepIn {
                journey: j.id,
                step: s.clone(),
            })
        })
        .collect()
}

impl Fields for StepIn {
    fn merge_fields(base: &Self, ours: &Self, theirs: &Self, merge: &mut FieldMerge) -> Self {
        StepIn {
            journey: merge.value(
                Field::Journey,
                &base.journey,
                &ours.journey,
                &theirs.journey,
            ),
            step: Step::merge_fields(&base.step, &ours.step, &theirs.step, merge),
        }
    }

    fn set_field(&mut self, field: Field, text: &str) -> Result<(), BadValue> {
        match field {
            Field::Journey => {
                self.journey = ron::from_str(text).map_err(|_| BadValue)?;
                Ok(())
            }
            other => self.step.set_field(other, text),
        }
    }

    fn field_changes(
        old: &Self,
        new: &Self,
        out: &mut dyn FnMut(Field, super::Shown, super::Shown),
    ) {
        Step::field_changes(&old.step, &new.step, out);
    }
}

/// An entity that merges by id.
pub(crate) trait Entity: Fields + Clone + PartialEq + Serialize {
    const KIND: EntityKind;
    fn id(&self) -> u64;
    fn name(&self) -> &str;
}

macro_rules! entity {
    ($($ty:ty, $kind:ident, |$e:ident| $id:expr, $name:expr);* $(;)?) => {
        $(impl Entity for $ty {
            const KIND: EntityKind = EntityKind::$kind;
            fn id(&self) -> u64 {
                let $e = self;
                $id
            }
            fn name(&self) -> &str {
                let $e = self;
                $name
            }
        })*
    };
}

entity! {
    Phase, Phase, |e| e.id.0, &e.name;
    Journey, Journey, |e| e.id.0, &e.name;
    StepIn, Step, |e| e.step.id.0, &e.step.title;
    Persona, Persona, |e| e.id.0, &e.name;
    ContentItem, Content, |e| e.id.0, &e.title;
}

fn index<E: Entity>(list: &[E]) -> HashMap<u64, &E> {
    list.iter().map(|e| (e.id(), e)).collect()
}

/// The entities of one kind that the merge keeps, by id.
struct Kept<E> {
    entities: HashMap<u64, E>,
}

impl<E> Default for Kept<E> {
    fn default() -> Self {
        Self {
            entities: HashMap::new(),
        }
    }
}

impl<E: Entity> Kept<E> {
    /// Merges each entity of the three versions `[base, ours, theirs]`.
    fn merge([base, ours, theirs]: [HashMap<u64, &E>; 3], conflicts: &mut Vec<Conflict>) -> Self {
        let mut entities = HashMap::new();
        for (id, &b) in &base {
            match (ours.get(id).copied(), theirs.get(id).copied()) {
                (Some(o), Some(t)) => {
                    let merged = one_side(b, o, t).unwrap_or_else(|| {
                        E::merge_fields(
                            b,
                            o,
                            t,
                            &mut FieldMerge {
                                kind: E::KIND,
                                id: *id,
                                name: o.name(),
                                conflicts,
                            },
                        )
                    });
                    entities.insert(*id, merged);
                }
                (Some(o), None) if o != b => {
                    conflicts.push(whole_conflict(b, Some(o), None));
                    entities.insert(*id, o.clone());
                }
                (None, Some(t)) if t != b => {
                    conflicts.push(whole_conflict(b, None, Some(t)));
                    entities.insert(*id, t.clone());
                }
                _ => {}
            }
        }
        for side in [&ours, &theirs] {
            for (id, e) in side {
                if !base.contains_key(id) {
                    entities.entry(*id).or_insert_with(|| (*e).clone());
                }
            }
        }
        Self { entities }
    }

    fn values(&self) -> impl Iterator<Item = &E> {
        self.entities.values()
    }

    /// Keeps the entities with these ids that one side deleted, recording a
    /// conflict for each. Whether anything was kept.
    fn restore(
        &mut self,
        wanted: &[u64],
        [base, ours, theirs]: [HashMap<u64, &E>; 3],
        conflicts: &mut Vec<Conflict>,
    ) -> bool {
        let mut restored = false;
        let mut wanted = wanted.to_vec();
        wanted.sort_unstable();
        wanted.dedup();
        for id in wanted {
            if self.entities.contains_key(&id) {
                continue;
            }
            let (Some(b), o, t) = (
                base.get(&id).copied(),
                ours.get(&id).copied(),
                theirs.get(&id).copied(),
            ) else {
                continue;
            };
            let Some(kept) = o.or(t) else {
                continue;
            };
            conflicts.push(whole_conflict(b, o, t));
            self.entities.insert(id, kept.clone());
            restored = true;
        }
        restored
    }

    /// The kept entities in the merged order of the three lists of ids.
    fn ordered(
        mut self,
        kind: EntityKind,
        owner: u64,
        [base, ours, theirs]: [Vec<u64>; 3],
        conflicts: &mut Vec<Conflict>,
    ) -> Vec<E> {
        let keep: HashSet<u64> = self.entities.keys().copied().collect();
        let (mut order, clash) = merge_order(&base, &ours, &theirs, &keep);
        if clash {
            conflicts.push(Conflict {
                kind,
                id: owner,
                name: String::new(),
                field: Some(Field::Order),
                base: Some(ron_text(&base)),
                ours: Some(ron_text(&ours)),
                theirs: Some(ron_text(&theirs)),
            });
        }
        // Anything not placed by the lists (a step that moved here from
        // another journey on both sides) goes at the end, by id.
        let placed: HashSet<u64> = order.iter().copied().collect();
        let mut rest: Vec<u64> = keep.difference(&placed).copied().collect();
        rest.sort_unstable();
        order.extend(rest);
        order
            .into_iter()
            .filter_map(|id| self.entities.remove(&id))
            .collect()
    }
}

fn whole_conflict<E: Entity>(base: &E, ours: Option<&E>, theirs: Option<&E>) -> Conflict {
    Conflict {
        kind: E::KIND,
        id: base.id(),
        name: ours.or(theirs).unwrap_or(base).name().to_owned(),
        field: None,
        base: Some(ron_text(base)),
        ours: ours.map(ron_text),
        theirs: theirs.map(ron_text),
    }
}

/// The ids a merge of three lists of ids keeps: all but those one side removed.
pub(crate) fn kept_ids(base: &[u64], ours: &[u64], theirs: &[u64]) -> HashSet<u64> {
    let (b, o, t) = (set(base), set(ours), set(theirs));
    o.union(&t)
        .filter(|id| !b.contains(id) || (o.contains(id) && t.contains(id)))
        .copied()
        .collect()
}

fn set<T: Copy + Eq + Hash>(list: &[T]) -> HashSet<T> {
    list.iter().copied().collect()
}

/// Merges the order of three lists of ids, keeping only `keep`: the order of
/// whichever side reordered what all three share, and each side's additions
/// after the item they follow in that side. Additions of both sides after the
/// same item come as two runs, the run starting with the smaller id first, so
/// the result does not depend on which copy is "ours". The flag says that
/// both sides reordered the shared items differently (this copy's order is kept).
pub(crate) fn merge_order(
    base: &[u64],
    ours: &[u64],
    theirs: &[u64],
    keep: &HashSet<u64>,
) -> (Vec<u64>, bool) {
    let (in_b, in_o, in_t) = (set(base), set(ours), set(theirs));
    let shared = |list: &[u64]| -> Vec<u64> {
        list.iter()
            .filter(|id| in_b.contains(id) && in_o.contains(id) && in_t.contains(id))
            .copied()
            .collect()
    };
    let (sb, so, st) = (shared(base), shared(ours), shared(theirs));
    let (skeleton, clash) = if so == sb {
        (st, false)
    } else if st == sb {
        (so, false)
    } else {
        let clash = so != st;
        (so, clash)
    };
    let in_skeleton = set(&skeleton);
    let mut runs: HashMap<Option<u64>, [Vec<u64>; 2]> = HashMap::new();
    for (side, list) in [ours, theirs].into_iter().enumerate() {
        let mut anchor = None;
        for id in list {
            if in_skeleton.contains(id) {
                anchor = Some(*id);
            } else if keep.contains(id) {
                runs.entry(anchor).or_default()[side].push(*id);
            }
        }
    }
    let mut out = Vec::with_capacity(keep.len());
    let mut emitted = HashSet::with_capacity(keep.len());
    let mut emit_runs = |anchor: Option<u64>, out: &mut Vec<u64>| {
        if let Some([a, b]) = runs.remove(&anchor) {
            let (first, second) = if a.first() <= b.first() {
                (a, b)
            } else {
                (b, a)
            };
            for id in first.into_iter().chain(second) {
                if emitted.insert(id) {
                    out.push(id);
                }
            }
        }
    };
    emit_runs(None, &mut out);
    for id in skeleton {
        if keep.contains(&id) {
            out.push(id);
        }
        emit_runs(Some(id), &mut out);
    }
    (out, clash)
}

/// Gives the other copy's new entities a fresh id where this copy added a
/// different entity with the same id (maps from before random ids numbered
/// them `max + 1`), and makes the references to them follow.
fn renumber_same_id_additions<'a>(base: &Map, ours: &Map, theirs: &'a Map) -> Cow<'a, Map> {
    let mut out = Cow::Borrowed(theirs);
    let collisions = |b: HashMap<u64, String>, o: HashMap<u64, String>, t: HashMap<u64, String>| {
        let mut clashing: Vec<(u64, u64)> = Vec::new();
        let mut used: HashSet<u64> = b.keys().chain(o.keys()).chain(t.keys()).copied().collect();
        let mut ids: Vec<&u64> = t.keys().collect();
        ids.sort_unstable();
        for id in ids {
            if !b.contains_key(id)
                && let Some(mine) = o.get(id)
                && Some(mine) != t.get(id)
            {
                let seed = fnv1a(t.get(id).map_or("", String::as_str)) ^ id;
                let fresh = derived_id(seed, &used);
                used.insert(fresh);
                clashing.push((*id, fresh));
            }
        }
        clashing
    };
    let texts = |list: Vec<(u64, String)>| list.into_iter().collect::<HashMap<_, _>>();
    macro_rules! of {
        ($map:expr, $list:ident) => {
            texts($map.$list.iter().map(|e| (e.id.0, ron_text(e))).collect())
        };
    }
    let step_texts = |m: &Map| {
        texts(
            placed_steps(m)
                .iter()
                .map(|s| (s.step.id.0, ron_text(s)))
                .collect(),
        )
    };
    for (old, new) in collisions(of!(base, phases), of!(ours, phases), of!(theirs, phases)) {
        let map = out.to_mut();
        for p in map.phases.iter_mut().filter(|p| p.id.0 == old) {
            p.id.0 = new;
        }
        for s in map.journeys.iter_mut().flat_map(|j| j.steps.iter_mut()) {
            if s.phase.0 == old {
                s.phase.0 = new;
            }
        }
        for c in map.content.iter_mut().filter(|c| c.phase.0 == old) {
            c.phase.0 = new;
        }
    }
    for (old, new) in collisions(
        of!(base, personas),
        of!(ours, personas),
        of!(theirs, personas),
    ) {
        let map = out.to_mut();
        for p in map.personas.iter_mut().filter(|p| p.id.0 == old) {
            p.id.0 = new;
        }
        for j in map.journeys.iter_mut() {
            if j.persona.is_some_and(|p| p.0 == old) {
                j.persona = Some(crate::model::PersonaId(new));
            }
        }
        for c in map.content.iter_mut() {
            if c.persona.is_some_and(|p| p.0 == old) {
                c.persona = Some(crate::model::PersonaId(new));
            }
        }
    }
    for (old, new) in collisions(
        of!(base, journeys),
        of!(ours, journeys),
        of!(theirs, journeys),
    ) {
        for j in out.to_mut().journeys.iter_mut().filter(|j| j.id.0 == old) {
            j.id.0 = new;
        }
    }
    for (old, new) in collisions(step_texts(base), step_texts(ours), step_texts(out.as_ref())) {
        let map = out.to_mut();
        for s in map.journeys.iter_mut().flat_map(|j| j.steps.iter_mut()) {
            if s.id.0 == old {
                s.id.0 = new;
            }
        }
        for c in map.content.iter_mut() {
            for s in c.steps.iter_mut().filter(|s| s.0 == old) {
                s.0 = new;
            }
        }
    }
    for (old, new) in collisions(of!(base, content), of!(ours, content), of!(theirs, content)) {
        for c in out.to_mut().content.iter_mut().filter(|c| c.id.0 == old) {
            c.id.0 = new;
        }
    }
    out
}

/// The FNV-1a hash of a text: a seed that is the same on every computer.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// How a conflict is decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Keep this copy's value (what the map holds).
    Mine,
    /// Take the other copy's value.
    Theirs,
}

/// Why a conflict could not be decided that way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResolveError {
    /// There is no such conflict, or its entity is no longer in the map.
    Gone,
    /// The recorded value does not fit the field (the file was edited by hand).
    BadValue,
    /// Deleting the entity would leave references to it; they must go first.
    StillUsed,
}

/// The edit that decides the map's conflict number `index` (one undo step).
pub fn resolve(map: &Map, index: usize, choice: Choice) -> Result<Edit, ResolveError> {
    let conflict = map.conflicts.get(index).ok_or(ResolveError::Gone)?;
    let mut out = map.clone();
    out.conflicts.remove(index);
    let wanted = match choice {
        Choice::Mine => &conflict.ours,
        Choice::Theirs => &conflict.theirs,
    };
    match (conflict.field, wanted) {
        (_, _) if choice == Choice::Mine && conflict.field.is_some() => {}
        (None, Some(_)) => {}
        (None, None) => delete_entity(&mut out, conflict.kind, conflict.id)?,
        (Some(_), None) => return Err(ResolveError::BadValue),
        (Some(Field::Order), Some(text)) => {
            let order: Vec<u64> = ron::from_str(text).map_err(|_| ResolveError::BadValue)?;
            reorder(&mut out, conflict.kind, conflict.id, &order);
        }
        (Some(field), Some(text)) => set_field(&mut out, conflict, field, text)?,
    }
    Ok(Edit::SetMap(Box::new(out)))
}

fn set_field(map: &mut Map, c: &Conflict, field: Field, text: &str) -> Result<(), ResolveError> {
    let id = c.id;
    let bad = |_: BadValue| ResolveError::BadValue;
    match c.kind {
        EntityKind::Map => map.set_field(field, text).map_err(bad),
        EntityKind::Phase => find(&mut map.phases, |e| e.id.0 == id)?
            .set_field(field, text)
            .map_err(bad),
        EntityKind::Persona => find(&mut map.personas, |e| e.id.0 == id)?
            .set_field(field, text)
            .map_err(bad),
        EntityKind::Content => find(&mut map.content, |e| e.id.0 == id)?
            .set_field(field, text)
            .map_err(bad),
        EntityKind::Journey => find(&mut map.journeys, |e| e.id.0 == id)?
            .set_field(field, text)
            .map_err(bad),
        EntityKind::Step if field == Field::Journey => {
            let to: JourneyId = ron::from_str(text).map_err(|_| ResolveError::BadValue)?;
            if map.journey(to).is_none() {
                return Err(ResolveError::Gone);
            }
            let step = take_step(map, id)?;
            if let Some(journey) = map.journeys.iter_mut().find(|j| j.id == to) {
                journey.steps.push(step);
            }
            Ok(())
        }
        EntityKind::Step => find(
            map.journeys.iter_mut().flat_map(|j| j.steps.iter_mut()),
            |s| s.id.0 == id,
        )?
        .set_field(field, text)
        .map_err(bad),
    }
}

fn find<'a, T: 'a>(
    list: impl IntoIterator<Item = &'a mut T>,
    is: impl Fn(&T) -> bool,
) -> Result<&'a mut T, ResolveError> {
    list.into_iter().find(|e| is(e)).ok_or(ResolveError::Gone)
}

fn take_step(map: &mut Map, id: u64) -> Result<Step, ResolveError> {
    for journey in &mut map.journeys {
        if let Some(i) = journey.steps.iter().position(|s| s.id.0 == id) {
            return Ok(journey.steps.remove(i));
        }
    }
    Err(ResolveError::Gone)
}

fn delete_entity(map: &mut Map, kind: EntityKind, id: u64) -> Result<(), ResolveError> {
    let used = match kind {
        EntityKind::Map => return Err(ResolveError::Gone),
        EntityKind::Phase => {
            map.steps().any(|s| s.phase.0 == id) || map.content.iter().any(|c| c.phase.0 == id)
        }
        EntityKind::Persona => {
            map.journeys
                .iter()
                .any(|j| j.persona.is_some_and(|p| p.0 == id))
                || map
                    .content
                    .iter()
                    .any(|c| c.persona.is_some_and(|p| p.0 == id))
        }
        EntityKind::Journey => map.journey(JourneyId(id)).is_some_and(|j| {
            j.steps
                .iter()
                .any(|s| map.content.iter().any(|c| c.steps.contains(&s.id)))
        }),
        EntityKind::Step => map
            .content
            .iter()
            .any(|c| c.steps.iter().any(|s| s.0 == id)),
        EntityKind::Content => false,
    };
    if used {
        return Err(ResolveError::StillUsed);
    }
    let before = (
        map.phases.len(),
        map.journeys.len(),
        map.steps().count(),
        map.personas.len(),
        map.content.len(),
    );
    match kind {
        EntityKind::Map => {}
        EntityKind::Phase => map.phases.retain(|e| e.id.0 != id),
        EntityKind::Journey => map.journeys.retain(|e| e.id.0 != id),
        EntityKind::Step => {
            take_step(map, id)?;
        }
        EntityKind::Persona => map.personas.retain(|e| e.id.0 != id),
        EntityKind::Content => map.content.retain(|e| e.id.0 != id),
    }
    let after = (
        map.phases.len(),
        map.journeys.len(),
        map.steps().count(),
        map.personas.len(),
        map.content.len(),
    );
    if before == after {
        return Err(ResolveError::Gone);
    }
    Ok(())
}

fn reorder(map: &mut Map, kind: EntityKind, owner: u64, order: &[u64]) {
    fn sort<T>(list: &mut [T], id: impl Fn(&T) -> u64, order: &[u64]) {
        let rank: HashMap<u64, usize> = order.iter().enumerate().map(|(i, id)| (*id, i)).collect();
        list.sort_by_key(|e| rank.get(&id(e)).copied().unwrap_or(usize::MAX));
    }
    match kind {
        EntityKind::Map => {}
        EntityKind::Phase => sort(&mut map.phases, |e| e.id.0, order),
        EntityKind::Journey => sort(&mut map.journeys, |e| e.id.0, order),
        EntityKind::Persona => sort(&mut map.personas, |e| e.id.0, order),
        EntityKind::Content => sort(&mut map.content, |e| e.id.0, order),
        EntityKind::Step => {
            if let Some(j) = map.journeys.iter_mut().find(|j| j.id.0 == owner) {
                sort(&mut j.steps, |e| e.id.0, order);
            }
        }
    }
}
