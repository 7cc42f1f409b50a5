//! The words of team work inside the app: the Conflicts panel, merging
//! another copy or the file changed on disk, and comparing with another version.

crate::strings! {
    /// Conflicts, merging and comparing in the editor.
    pub struct Texts {
        conflicts_title_one: "{n} conflict to decide", "{n} conflict om te beslissen";
        conflicts_title_other: "{n} conflicts to decide", "{n} conflicten om te beslissen";
        conflicts_intro: "Two copies of this map disagree here. The map holds your value until you decide; each choice can be undone.", "Twee kopieën van deze kaart zijn het hier oneens. De kaart houdt jouw waarde tot je beslist; elke keuze kun je ongedaan maken.";
        conflicts_button: "Conflicts ({n})", "Conflicten ({n})";
        conflicts_button_hint: "Show or hide the merge conflicts still to decide", "Toon of verberg de samenvoegconflicten die nog beslist moeten worden";
        hide_panel: "Hide", "Verbergen";
        said_base: "Common version", "Gezamenlijke versie";
        said_mine: "Mine", "Van mij";
        said_theirs: "Theirs", "Van hen";
        keep_mine: "Keep mine", "Houd de mijne";
        keep_theirs: "Keep theirs", "Neem die van hen";
        edit_value: "Edit", "Bewerken";
        edit_hint: "Select it in the inspector and set the value yourself", "Selecteer het in de inspector en zet de waarde zelf";
        editing_note: "Change it in the inspector on the right, then:", "Pas het aan in de inspector rechts, en dan:";
        done_editing: "Done: keep what the map says now", "Klaar: houd wat de kaart nu zegt";
        deleted_here: "You deleted it; the other copy changed it or still uses it.", "Jij hebt het verwijderd; de andere kopie wijzigde het of gebruikt het nog.";
        deleted_there: "The other copy deleted it; you changed it or still use it.", "De andere kopie heeft het verwijderd; jij wijzigde het of gebruikt het nog.";
        order_conflict: "Both copies put these in another order.", "Beide kopieën zetten deze in een andere volgorde.";
        value_deleted: "deleted", "verwijderd";
        value_kept: "kept", "behouden";
        value_absent: "nothing", "niets";
        resolve_gone: "This conflict could not be decided: what it is about is no longer in the map. Use Edit, then Done.", "Dit conflict kon niet worden beslist: waar het over gaat staat niet meer in de kaart. Gebruik Bewerken en dan Klaar.";
        resolve_bad_value: "This conflict could not be decided that way: the recorded value does not fit (the file was edited by hand). Use Edit to set the value, then Done.", "Dit conflict kon zo niet worden beslist: de opgeslagen waarde past niet (het bestand is met de hand bewerkt). Gebruik Bewerken om de waarde te zetten, en dan Klaar.";
        resolve_still_used: "It cannot be deleted while other parts of the map still refer to it. Remove those references first, or keep it.", "Het kan niet worden verwijderd zolang andere delen van de kaart ernaar verwijzen. Haal die verwijzingen eerst weg, of houd het.";

        save_conflicts_title: "Conflicts not decided yet", "Conflicten nog niet beslist";
        save_conflicts_one: "{name} still holds {n} merge conflict. Saving keeps it in the file, so you or a colleague can decide it later.", "{name} bevat nog {n} samenvoegconflict. Opslaan bewaart het in het bestand, zodat jij of een collega het later kan beslissen.";
        save_conflicts_other: "{name} still holds {n} merge conflicts. Saving keeps them in the file, so you or a colleague can decide them later.", "{name} bevat nog {n} samenvoegconflicten. Opslaan bewaart ze in het bestand, zodat jij of een collega ze later kan beslissen.";
        save_anyway: "Save anyway", "Toch opslaan";
        show_conflicts: "Show the conflicts", "Toon de conflicten";

        merge_theirs: "Merge their changes into mine", "Voeg hun wijzigingen samen met de mijne";
        cmd_merge_copy: "Merge another copy…", "Andere kopie samenvoegen…";
        cmd_compare: "Compare with…", "Vergelijken met…";
        typed_merge_title: "Type the path of the copy to merge in", "Typ het pad van de kopie om samen te voegen";
        typed_compare_title: "Type the path of the version to compare with", "Typ het pad van de versie om mee te vergelijken";
        typed_merge: "Merge", "Samenvoegen";
        typed_compare: "Compare", "Vergelijken";
        merging: "Merging {name} into this map…", "{name} wordt samengevoegd met deze kaart…";
        reading: "Reading {name}…", "{name} wordt gelezen…";
        changes_one: "{n} change", "{n} wijziging";
        changes_other: "{n} changes", "{n} wijzigingen";
        merged_clean: "Merged {name} into this map: {changes}, no conflicts. Undo takes the merge back.", "{name} samengevoegd met deze kaart: {changes}, geen conflicten. Ongedaan maken draait het samenvoegen terug.";
        merged_conflicts_one: "Merged {name} into this map: {changes}; {n} conflict to decide in the Conflicts panel. Undo takes the merge back.", "{name} samengevoegd met deze kaart: {changes}; {n} conflict om te beslissen in het paneel Conflicten. Ongedaan maken draait het samenvoegen terug.";
        merged_conflicts_other: "Merged {name} into this map: {changes}; {n} conflicts to decide in the Conflicts panel. Undo takes the merge back.", "{name} samengevoegd met deze kaart: {changes}; {n} conflicten om te beslissen in het paneel Conflicten. Ongedaan maken draait het samenvoegen terug.";
        merged_nothing: "{name} holds nothing this map does not have already.", "{name} bevat niets wat deze kaart niet al heeft.";
        merge_cannot_draw: "{name} cannot be merged: it has values Klantreis cannot draw. Run `klantreis upgrade --repair` on it first, then merge again.", "{name} kan niet worden samengevoegd: het bevat waarden die Klantreis niet kan tekenen. Voer er eerst `klantreis upgrade --repair` op uit en voeg dan opnieuw samen.";

        job_stopped: "Reading the other copy stopped unexpectedly. Nothing was changed; try again.", "Het lezen van de andere kopie stopte onverwacht. Er is niets veranderd; probeer het opnieuw.";
        compare_title: "Compared with {name}", "Vergeleken met {name}";
        compare_legend: "Faint dashed lines: the curves in {name}. Ringed dots: steps that differ there.", "Vage stippellijnen: de curves in {name}. Omcirkelde punten: stappen die daar anders zijn.";
        compare_list: "What {name} has differently:", "Wat {name} anders heeft:";
        compare_same: "The two versions are the same.", "De twee versies zijn gelijk.";
        close_compare: "Close the comparison", "Sluit de vergelijking";
    }
}

use crate::edit::diff::named;
use crate::edit::shown_from_ron;
use crate::model::{Conflict, EntityKind, Field, JourneyId, Map, PersonaId, PhaseId, StepId};

/// How many names an order lists before it stops with "…".
const ORDER_NAMES: usize = 8;

/// What one side of a conflict said, in words: a value as the diff says it
/// (names looked up in `map`), "deleted" or "kept" for a deleted entity, the
/// names in order for a list's order. A value that does not fit its field
/// (a file edited by hand) is shown as written.
pub fn said(map: &Map, conflict: &Conflict, text: Option<&str>) -> String {
    let t = t();
    let Some(text) = text else {
        return match conflict.field {
            None => t.value_deleted.to_owned(),
            Some(_) => t.value_absent.to_owned(),
        };
    };
    let Some(field) = conflict.field else {
        return t.value_kept.to_owned();
    };
    match field {
        Field::Order => match ron::from_str::<Vec<u64>>(text) {
            Ok(ids) => order_names(map, conflict, &ids),
            Err(_) => text.to_owned(),
        },
        Field::Journey => match ron::from_str::<JourneyId>(text) {
            Ok(id) => map
                .journey(id)
                .map_or_else(|| id.0.to_string(), |j| format!("'{}'", j.name)),
            Err(_) => text.to_owned(),
        },
        _ => match shown_from_ron(field, text) {
            Some(shown) => super::diff::shown_value(field, &named(map, shown)),
            None => text.to_owned(),
        },
    }
}

/// The names of the entities of an order conflict, in that order.
fn order_names(map: &Map, conflict: &Conflict, ids: &[u64]) -> String {
    let name = |id: u64| -> Option<String> {
        match conflict.kind {
            EntityKind::Map => None,
            EntityKind::Phase => map.phase(PhaseId(id)).map(|p| p.name.clone()),
            EntityKind::Journey => map.journey(JourneyId(id)).map(|j| j.name.clone()),
            EntityKind::Step => map
                .journey(JourneyId(conflict.id))
                .and_then(|j| j.step(StepId(id)))
                .map(|s| s.title.clone()),
            EntityKind::Persona => map.persona(PersonaId(id)).map(|p| p.name.clone()),
            EntityKind::Content => map
                .content
                .iter()
                .find(|c| c.id.0 == id)
                .map(|c| c.title.clone()),
        }
    };
    let mut names: Vec<String> = ids
        .iter()
        .take(ORDER_NAMES)
        .map(|id| name(*id).map_or_else(|| id.to_string(), |n| format!("'{n}'")))
        .collect();
    if ids.len() > ORDER_NAMES {
        names.push("…".to_owned());
    }
    names.join(", ")
}

/// What a conflict is about, as a heading: "Step 'Checks reviews': emotion",
/// "The steps of 'Petra': order".
pub fn about(conflict: &Conflict) -> String {
    let kind = super::diff::kind(conflict.kind);
    let name = if conflict.kind == EntityKind::Map {
        kind.to_owned()
    } else {
        format!("{kind} '{}'", conflict.name)
    };
    match conflict.field {
        Some(field) => format!("{name}: {}", super::diff::field(field)),
        None => name,
    }
}
