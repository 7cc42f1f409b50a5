//! An undo step in words ("move step 'Checks reviews'"), from the edit that
//! made it and the edit that undoes it: the Edit menu, its tooltip and the
//! message after undoing name what they undo.

use super::{Edit, MapText};
use crate::i18n::fill;
use crate::model::{Kpi, Phase, Step};

/// What one edit did, to tell several of the same kind apart from a mix.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    MoveStep,
    EditStep,
    DeleteStep,
    Other,
}

/// The edits inside `edit`, groups opened.
fn leaves<'a>(edit: &'a Edit, out: &mut Vec<&'a Edit>) {
    match edit {
        Edit::Group(edits) => edits.iter().for_each(|e| leaves(e, out)),
        other => out.push(other),
    }
}

/// The step as it was before `redo` changed it, from the undo's edits.
fn old_step<'a>(undos: &[&'a Edit], id: crate::model::StepId) -> Option<&'a Step> {
    undos.iter().find_map(|e| match e {
        Edit::SetStep(s) if s.id == id => Some(s),
        Edit::InsertStep(_, _, s) if s.id == id => Some(s),
        _ => None,
    })
}

/// The name of what `edit` removes, from the undo's edit that puts it back.
fn removed_name<'a>(edit: &Edit, undos: &[&'a Edit]) -> &'a str {
    undos
        .iter()
        .find_map(|undo| match (edit, undo) {
            (Edit::RemoveStep(id), Edit::InsertStep(_, _, s)) if s.id == *id => Some(&s.title),
            (Edit::RemovePhase(id), Edit::InsertPhase(_, p)) if p.id == *id => Some(&p.name),
            (Edit::RemoveJourney(id), Edit::InsertJourney(_, j)) if j.id == *id => Some(&j.name),
            (Edit::RemoveContent(id), Edit::InsertContent(_, c)) if c.id == *id => Some(&c.title),
            (Edit::RemovePersona(id), Edit::InsertPersona(_, p)) if p.id == *id => Some(&p.name),
            _ => None,
        })
        .map_or("", String::as_str)
}

/// A change of one KPI of a phase in words ("add a measurement to KPI
/// 'Conversion'"), when that is all that changed.
fn kpi_change(old: &Phase, new: &Phase) -> Option<String> {
    let t = crate::i18n::measure::t();
    let named = |text: &str, name: &str| fill(text, &[("name", &name)]);
    // Named field by field, so that a field added to phases is considered here.
    let Phase {
        id,
        name,
        description,
        color,
        width,
        kpis: _,
    } = old;
    let same_but_kpis = (id, name, description, color, width)
        == (&new.id, &new.name, &new.description, &new.color, &new.width);
    if !same_but_kpis {
        return None;
    }
    let (before, after) = (&old.kpis, &new.kpis);
    // One KPI added or deleted, the others as they were.
    let one_more = |short: &[Kpi], long: &[Kpi]| {
        (long.len() == short.len() + 1)
            .then(|| (0..long.len()).find(|i| short.get(*i) != long.get(*i)))
            .flatten()
            .filter(|i| short[..*i] == long[..*i] && short[*i..] == long[i + 1..])
    };
    if let Some(i) = one_more(before, after) {
        return Some(named(t.undo_add_kpi, &after[i].name));
    }
    if let Some(i) = one_more(after, before) {
        return Some(named(t.undo_delete_kpi, &before[i].name));
    }
    if before.len() != after.len() {
        return None;
    }
    let mut changed = before.iter().zip(after).filter(|(b, a)| b != a);
    let (Some((b, a)), None) = (changed.next(), changed.next()) else {
        return None;
    };
    let text = if b.name != a.name {
        t.undo_rename_kpi
    } else if b.measurements == a.measurements {
        t.undo_edit_kpi
    } else {
        match a.measurements.len().cmp(&b.measurements.len()) {
            std::cmp::Ordering::Greater => t.undo_add_measurement,
            std::cmp::Ordering::Less => t.undo_delete_measurement,
            std::cmp::Ordering::Equal => t.undo_edit_measurement,
        }
    };
    Some(named(text, &b.name))
}

/// One edit in words, given the undo's edits (which hold what was before).
fn one(edit: &Edit, undos: &[&Edit]) -> (Kind, String) {
    let t = crate::i18n::history::t();
    let named = |text: &str, name: &str| fill(text, &[("name", &name)]);
    match edit {
        Edit::SetStep(new) => {
            let Some(old) = old_step(undos, new.id) else {
                return (Kind::EditStep, named(t.edit_step, &new.title));
            };
            if old.title != new.title {
                (Kind::Other, named(t.rename_step, &old.title))
            } else if old.at != new.at || old.emotion != new.emotion || old.phase != new.phase {
                (Kind::MoveStep, named(t.move_step, &new.title))
            } else {
                (Kind::EditStep, named(t.edit_step, &new.title))
            }
        }
        Edit::InsertStep(_, _, step) => (Kind::Other, named(t.add_step, &step.title)),
        Edit::RemoveStep(_) => (
            Kind::DeleteStep,
            named(t.delete_step, removed_name(edit, undos)),
        ),
        Edit::SetPhase(new) => {
            let old = undos.iter().find_map(|e| match e {
                Edit::SetPhase(p) if p.id == new.id => Some(p),
                _ => None,
            });
            match old {
                Some(old) if old.name != new.name => {
                    (Kind::Other, named(t.rename_phase, &old.name))
                }
                Some(old) => (
                    Kind::Other,
                    kpi_change(old, new).unwrap_or_else(|| named(t.edit_phase, &new.name)),
                ),
                None => (Kind::Other, named(t.edit_phase, &new.name)),
            }
        }
        Edit::InsertPhase(_, phase) => (Kind::Other, named(t.add_phase, &phase.name)),
        Edit::RemovePhase(_) => (
            Kind::Other,
            named(t.delete_phase, removed_name(edit, undos)),
        ),
        Edit::MovePhase(..) => (Kind::Other, t.move_phase.to_owned()),
        Edit::SetJourney(j) => (Kind::Other, named(t.edit_journey, &j.name)),
        Edit::InsertJourney(_, j) => (Kind::Other, named(t.add_journey, &j.name)),
        Edit::RemoveJourney(_) => (
            Kind::Other,
            named(t.delete_journey, removed_name(edit, undos)),
        ),
        Edit::SetContent(c) => (Kind::Other, named(t.edit_content, &c.title)),
        Edit::InsertContent(_, c) => (Kind::Other, named(t.add_content, &c.title)),
        Edit::RemoveContent(_) => (
            Kind::Other,
            named(t.delete_content, removed_name(edit, undos)),
        ),
        Edit::SetPersona(p) => (Kind::Other, named(t.edit_persona, &p.name)),
        Edit::InsertPersona(_, p) => (Kind::Other, named(t.add_persona, &p.name)),
        Edit::RemovePersona(_) => (
            Kind::Other,
            named(t.delete_persona, removed_name(edit, undos)),
        ),
        Edit::MovePersona(..) => (Kind::Other, t.move_persona.to_owned()),
        Edit::SetMapText(field, _) => (
            Kind::Other,
            match field {
                MapText::Title => t.edit_map_title,
                MapText::Goal => t.edit_map_goal,
                MapText::Description => t.edit_map_description,
            }
            .to_owned(),
        ),
        Edit::SetSnapshots(_) => (Kind::Other, t.edit_snapshots.to_owned()),
        Edit::SetMap(_) | Edit::Group(_) => (Kind::Other, t.replace_map.to_owned()),
    }
}

/// An undo step in words: `redo` made it, `undo` undoes it.
pub fn describe(undo: &Edit, redo: &Edit) -> String {
    let t = crate::i18n::history::t();
    let (mut undos, mut redos) = (Vec::new(), Vec::new());
    leaves(undo, &mut undos);
    leaves(redo, &mut redos);
    let mut said: Vec<(Kind, String)> = Vec::new();
    for edit in redos {
        let words = one(edit, &undos);
        if !said.contains(&words) {
            said.push(words);
        }
    }
    let count = said.len();
    let plural = match said.first().map(|(kind, _)| *kind) {
        Some(kind) if count > 1 && said.iter().all(|(k, _)| *k == kind) => match kind {
            Kind::MoveStep => Some(t.move_steps),
            Kind::EditStep => Some(t.edit_steps),
            Kind::DeleteStep => Some(t.delete_steps),
            Kind::Other => None,
        },
        _ => None,
    };
    match (plural, said.into_iter().next()) {
        (Some(text), _) => fill(text, &[("count", &count)]),
        (None, Some((_, words))) => words,
        (None, None) => fill(t.several_changes, &[("count", &0)]),
    }
}

#[cfg(test)]
mod tests {
    use crate::edit::{Edit, History};
    use crate::i18n::Language;
    use crate::model::{Map, Step};

    /// The kettle example: a journey whose first steps the tests change.
    fn map() -> Map {
        crate::io::from_ron(include_str!("../../maps/kettle.ron")).expect("the example")
    }

    fn step(index: usize) -> Step {
        map().journeys[0].steps[index].clone()
    }

    /// What the undo of `edit` is called, in English.
    fn undo_name(edit: Edit) -> String {
        crate::i18n::set_language(Language::En);
        let (mut map, mut history) = (map(), History::new());
        history.apply(&mut map, edit, None).expect("applies");
        history.undo_name().expect("a step")
    }

    #[test]
    fn each_kind_of_step_change_is_named_with_the_step_s_title() {
        let (first, second) = (step(0), step(1));
        let mut moved = first.clone();
        moved.at = (moved.at + 0.1) % 1.0;
        let title = &first.title;
        assert_eq!(
            undo_name(Edit::SetStep(moved)),
            format!("move step '{title}'")
        );
        let mut renamed = first.clone();
        renamed.title = "Reads reviews".into();
        assert_eq!(
            undo_name(Edit::SetStep(renamed)),
            format!("rename step '{title}'")
        );
        let mut edited = first.clone();
        edited.actions.push("Pays".into());
        assert_eq!(
            undo_name(Edit::SetStep(edited)),
            format!("edit step '{title}'")
        );
        assert_eq!(
            undo_name(Edit::RemoveStep(second.id)),
            format!("delete step '{}'", second.title)
        );
        let both = Edit::Group(vec![
            Edit::RemoveStep(first.id),
            Edit::RemoveStep(second.id),
        ]);
        assert_eq!(undo_name(both), "delete 2 steps");
    }

    #[test]
    fn undo_is_named_in_dutch_too() {
        let (mut map, mut history) = (map(), History::new());
        let mut moved = step(0);
        moved.emotion = -moved.emotion - 0.5;
        let title = moved.title.clone();
        history
            .apply(&mut map, Edit::SetStep(moved), None)
            .expect("applies");
        crate::i18n::set_language(Language::Nl);
        let name = history.undo_name();
        crate::i18n::set_language(Language::En);
        assert_eq!(name, Some(format!("stap '{title}' verplaatsen")));
    }

    #[test]
    fn a_kpi_s_measurements_and_the_kpi_itself_are_named_in_the_undo() {
        let phase = map().phases[0].clone();
        let kpi = |changed: &dyn Fn(&mut crate::model::Phase)| {
            let mut new = phase.clone();
            changed(&mut new);
            undo_name(Edit::SetPhase(new))
        };
        let name = phase.kpis[0].name.clone();
        let measurement = crate::model::Measurement {
            date: chrono::NaiveDate::from_ymd_opt(2030, 1, 1),
            value: 1.0,
            target: None,
        };
        let add = |p: &mut crate::model::Phase| p.kpis[0].measurements.push(measurement.clone());
        assert_eq!(kpi(&add), format!("add a measurement to KPI '{name}'"));
        let delete = |p: &mut crate::model::Phase| {
            p.kpis[0].measurements.pop();
        };
        assert_eq!(
            kpi(&delete),
            format!("delete a measurement of KPI '{name}'")
        );
        let change = |p: &mut crate::model::Phase| p.kpis[0].measurements[0].value += 1.0;
        assert_eq!(
            kpi(&change),
            format!("change a measurement of KPI '{name}'")
        );
        let remove = |p: &mut crate::model::Phase| {
            p.kpis.remove(0);
        };
        assert_eq!(kpi(&remove), format!("delete KPI '{name}'"));
        let rename = |p: &mut crate::model::Phase| p.kpis[0].name.push('!');
        assert_eq!(kpi(&rename), format!("rename KPI '{name}'"));
        let both = |p: &mut crate::model::Phase| {
            p.name.push('!');
            p.kpis[0].measurements.clear();
        };
        assert_eq!(kpi(&both), format!("rename phase '{}'", phase.name));
    }
}
