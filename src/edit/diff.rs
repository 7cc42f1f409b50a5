//! The semantic diff of two versions of a map: what changed, entity by
//! entity (matched by id), as data. The words are in [`crate::i18n::diff`].

use std::collections::{HashMap, HashSet};

use super::fields::{Fields, Shown};
use crate::model::{EntityKind, Field, Journey, Map, Step};

/// Where a change belongs when the changes are listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Group {
    /// The map's own fields.
    Map,
    /// A phase, by name.
    Phase(String),
    /// The steps of a journey in a phase, by names.
    Journey {
        /// The journey's name.
        journey: String,
        /// The phase's name.
        phase: String,
    },
    /// The personas.
    Personas,
    /// The content calendar.
    Calendar,
}

/// One change, as data.
#[derive(Clone, Debug, PartialEq)]
pub enum What {
    /// An entity was added.
    Added {
        /// Its kind.
        kind: EntityKind,
        /// Its name.
        name: String,
    },
    /// An entity was removed.
    Removed {
        /// Its kind.
        kind: EntityKind,
        /// Its name.
        name: String,
    },
    /// An entity's name or title changed.
    Renamed {
        /// Its kind.
        kind: EntityKind,
        /// The name before.
        old: String,
        /// The name after.
        new: String,
    },
    /// A field of an entity changed.
    Changed {
        /// The entity's kind.
        kind: EntityKind,
        /// The entity's name.
        name: String,
        /// The field.
        field: Field,
        /// The value before.
        old: Shown,
        /// The value after.
        new: Shown,
    },
    /// An item was added to a list field (a lane, goals …).
    ItemAdded {
        /// The entity's kind.
        kind: EntityKind,
        /// The entity's name.
        name: String,
        /// The list.
        field: Field,
        /// The item.
        item: String,
    },
    /// An item was removed from a list field.
    ItemRemoved {
        /// The entity's kind.
        kind: EntityKind,
        /// The entity's name.
        name: String,
        /// The list.
        field: Field,
        /// The item.
        item: String,
    },
    /// The order of a list changed (`within`: the journey whose steps, if any).
    Reordered {
        /// The kind of the entities reordered.
        kind: EntityKind,
        /// The journey whose steps were reordered.
        within: Option<String>,
    },
    /// The number of undecided merge conflicts changed.
    Conflicts {
        /// Before.
        old: usize,
        /// After.
        new: usize,
    },
}

/// One change and where it belongs.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// The group it is listed under.
    pub group: Group,
    /// What changed.
    pub what: What,
}

/// The changes from `old` to `new`, grouped: the map, each phase, each
/// journey's steps phase by phase, the personas, the calendar.
pub fn diff(old: &Map, new: &Map) -> Vec<Change> {
    let mut keyed: Vec<((u8, usize, usize, usize), Change)> = Vec::new();
    let mut push = |key: (u8, usize, usize), group: &Group, what: What| {
        let seq = keyed.len();
        keyed.push((
            (key.0, key.1, key.2, seq),
            Change {
                group: group.clone(),
                what,
            },
        ));
    };
    let names = Names { old, new };

    entity_changes(EntityKind::Map, &old.title, old, new, &names, &mut |w| {
        push((0, 0, 0), &Group::Map, w);
    });
    if old.conflicts.len() != new.conflicts.len() || old.conflicts != new.conflicts {
        push(
            (0, 0, 1),
            &Group::Map,
            What::Conflicts {
                old: old.conflicts.len(),
                new: new.conflicts.len(),
            },
        );
    }

    // Phases.
    let phase_rank = |id: u64| {
        new.phases
            .iter()
            .position(|p| p.id.0 == id)
            .or_else(|| old.phases.iter().position(|p| p.id.0 == id))
            .unwrap_or(0)
    };
    list_changes(
        &old.phases,
        &new.phases,
        |p| p.id.0,
        |p| &p.name,
        EntityKind::Phase,
        &names,
        &mut |id, name, what| push((1, phase_rank(id), 0), &Group::Phase(name.to_owned()), what),
    );
    if reordered(&old.phases, &new.phases, |p| p.id.0) {
        push(
            (1, usize::MAX, 0),
            &Group::Map,
            What::Reordered {
                kind: EntityKind::Phase,
                within: None,
            },
        );
    }

    // Journeys and their steps.
    let journey_rank = |id: u64| {
        new.journeys
            .iter()
            .position(|j| j.id.0 == id)
            .or_else(|| old.journeys.iter().position(|j| j.id.0 == id))
            .unwrap_or(0)
    };
    list_changes(
        &old.journeys,
        &new.journeys,
        |j| j.id.0,
        |j| &j.name,
        EntityKind::Journey,
        &names,
        &mut |id, name, what| {
            push(
                (2, journey_rank(id), 0),
                &Group::Journey {
                    journey: name.to_owned(),
                    phase: String::new(),
                },
                what,
            );
        },
    );
    if reordered(&old.journeys, &new.journeys, |j| j.id.0) {
        push(
            (2, usize::MAX, 0),
            &Group::Map,
            What::Reordered {
                kind: EntityKind::Journey,
                within: None,
            },
        );
    }
    let old_steps: HashMap<u64, (&Journey, &Step)> = steps_of(old);
    let new_steps: HashMap<u64, (&Journey, &Step)> = steps_of(new);
    let step_group = |map: &Map, journey: &Journey, step: &Step| Group::Journey {
        journey: journey.name.clone(),
        phase: map
            .phase(step.phase)
            .map(|p| p.name.clone())
            .unwrap_or_default(),
    };
    for (map, is_new) in [(old, false), (new, true)] {
        for journey in &map.journeys {
            for step in &journey.steps {
                let key = (2, journey_rank(journey.id.0), 1 + phase_rank(step.phase.0));
                let group = step_group(map, journey, step);
                let (before, after) = (old_steps.get(&step.id.0), new_steps.get(&step.id.0));
                match (before, after, is_new) {
                    (None, Some(_), true) => push(
                        key,
                        &group,
                        What::Added {
                            kind: EntityKind::Step,
                            name: step.title.clone(),
                        },
                    ),
                    (Some(_), None, false) => push(
                        key,
                        &group,
                        What::Removed {
                            kind: EntityKind::Step,
                            name: step.title.clone(),
                        },
                    ),
                    (Some((oj, os)), Some((nj, ns)), true) => {
                        if oj.id != nj.id {
                            push(
                                key,
                                &group,
                                What::Changed {
                                    kind: EntityKind::Step,
                                    name: ns.title.clone(),
                                    field: Field::Journey,
                                    old: Shown::Name(oj.name.clone()),
                                    new: Shown::Name(nj.name.clone()),
                                },
                            );
                        }
                        entity_changes(EntityKind::Step, &os.title, *os, *ns, &names, &mut |w| {
                            push(key, &group, w);
                        });
                    }
                    _ => {}
                }
            }
        }
    }
    for journey in &new.journeys {
        if let Some(before) = old.journey(journey.id)
            && reordered(&before.steps, &journey.steps, |s| s.id.0)
        {
            push(
                (2, journey_rank(journey.id.0), usize::MAX),
                &Group::Journey {
                    journey: journey.name.clone(),
                    phase: String::new(),
                },
                What::Reordered {
                    kind: EntityKind::Step,
                    within: Some(journey.name.clone()),
                },
            );
        }
    }

    // Personas and the calendar.
    list_changes(
        &old.personas,
        &new.personas,
        |p| p.id.0,
        |p| &p.name,
        EntityKind::Persona,
        &names,
        &mut |_, _, what| push((3, 0, 0), &Group::Personas, what),
    );
    if reordered(&old.personas, &new.personas, |p| p.id.0) {
        push(
            (3, 1, 0),
            &Group::Personas,
            What::Reordered {
                kind: EntityKind::Persona,
                within: None,
            },
        );
    }
    list_changes(
        &old.content,
        &new.content,
        |c| c.id.0,
        |c| &c.title,
        EntityKind::Content,
        &names,
        &mut |_, _, what| push((4, 0, 0), &Group::Calendar, what),
    );
    if reordered(&old.content, &new.content, |c| c.id.0) {
        push(
            (4, 1, 0),
            &Group::Calendar,
            What::Reordered {
                kind: EntityKind::Content,
                within: None,
            },
        );
    }

    keyed.sort_by_key(|(key, _)| *key);
    keyed.into_iter().map(|(_, change)| change).collect()
}

fn steps_of(map: &Map) -> HashMap<u64, (&Journey, &Step)> {
    map.journeys
        .iter()
        .flat_map(|j| j.steps.iter().map(move |s| (s.id.0, (j, s))))
        .collect()
}

/// The two maps, to name what ids point at.
struct Names<'a> {
    old: &'a Map,
    new: &'a Map,
}

impl Names<'_> {
    /// The value with references replaced by names, looked up in `map`
    /// (the app's Conflicts panel names a conflict's values this way too).
    pub fn resolve(map: &Map, value: Shown) -> Shown {
        match value {
            Shown::Phase(id) => {
                Shown::Name(map.phase(id).map(|p| p.name.clone()).unwrap_or_default())
            }
            Shown::Persona(Some(id)) => {
                Shown::Name(map.persona(id).map(|p| p.name.clone()).unwrap_or_default())
            }
            Shown::AsIs(Some(id)) => {
                Shown::Name(map.journey(id).map(|j| j.name.clone()).unwrap_or_default())
            }
            Shown::Steps(ids) => Shown::Names(
                map.step_titles(&ids)
                    .into_iter()
                    .map(str::to_owned)
                    .collect(),
            ),
            other => other,
        }
    }
}

/// A value with the ids it holds replaced by names looked up in `map`.
pub fn named(map: &Map, value: Shown) -> Shown {
    Names::resolve(map, value)
}

/// The changes of every entity in two lists matched by id: added, removed, changed.
fn list_changes<E: Fields>(
    old: &[E],
    new: &[E],
    id: impl Fn(&E) -> u64,
    name: impl Fn(&E) -> &String,
    kind: EntityKind,
    names: &Names,
    push: &mut dyn FnMut(u64, &str, What),
) {
    let before: HashMap<u64, &E> = old.iter().map(|e| (id(e), e)).collect();
    let after: HashSet<u64> = new.iter().map(&id).collect();
    for e in old {
        if !after.contains(&id(e)) {
            push(
                id(e),
                name(e),
                What::Removed {
                    kind,
                    name: name(e).clone(),
                },
            );
        }
    }
    for e in new {
        match before.get(&id(e)) {
            None => push(
                id(e),
                name(e),
                What::Added {
                    kind,
                    name: name(e).clone(),
                },
            ),
            Some(was) => {
                entity_changes(kind, name(was), *was, e, names, &mut |w| {
                    push(id(e), name(e), w)
                });
            }
        }
    }
}

/// The field changes of one entity, with renames and list items worded apart.
fn entity_changes<E: Fields>(
    kind: EntityKind,
    old_name: &str,
    old: &E,
    new: &E,
    names: &Names,
    push: &mut dyn FnMut(What),
) {
    let mut name = old_name.to_owned();
    let mut fields = Vec::new();
    E::field_changes(old, new, &mut |field, before, after| {
        fields.push((field, before, after))
    });
    // A rename first, so later sentences use the new name.
    if let Some(i) = fields
        .iter()
        .position(|(f, _, _)| matches!(f, Field::Title | Field::Name) && kind != EntityKind::Map)
    {
        let (_, before, after) = fields.remove(i);
        if let (Shown::Text(before), Shown::Text(after)) = (before, after) {
            name.clone_from(&after);
            push(What::Renamed {
                kind,
                old: before,
                new: after,
            });
        }
    }
    for (field, before, after) in fields {
        match (before, after) {
            (Shown::Lines(before), Shown::Lines(after)) => {
                for item in removed(&before, &after) {
                    push(What::ItemRemoved {
                        kind,
                        name: name.clone(),
                        field,
                        item,
                    });
                }
                for item in removed(&after, &before) {
                    push(What::ItemAdded {
                        kind,
                        name: name.clone(),
                        field,
                        item,
                    });
                }
            }
            (before, after) => push(What::Changed {
                kind,
                name: name.clone(),
                field,
                old: Names::resolve(names.old, before),
                new: Names::resolve(names.new, after),
            }),
        }
    }
}

/// The items of `from` that `to` lacks (as many times as they are missing).
fn removed(from: &[String], to: &[String]) -> Vec<String> {
    let mut left: HashMap<&str, usize> = HashMap::new();
    for item in to {
        *left.entry(item).or_default() += 1;
    }
    let mut out = Vec::new();
    for item in from {
        match left.get_mut(item.as_str()) {
            Some(n) if *n > 0 => *n -= 1,
            _ => out.push(item.clone()),
        }
    }
    out
}

/// Whether the entities both lists hold are in a different order.
fn reordered<E>(old: &[E], new: &[E], id: impl Fn(&E) -> u64) -> bool {
    let in_old: HashSet<u64> = old.iter().map(&id).collect();
    let in_new: HashSet<u64> = new.iter().map(&id).collect();
    let a = old.iter().map(&id).filter(|i| in_new.contains(i));
    let b = new.iter().map(&id).filter(|i| in_old.contains(i));
    !a.eq(b)
}
