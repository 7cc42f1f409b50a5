//! The words of the semantic diff, the merge and the git set-up: changes and
//! conflicts as a consultant says them.

use chrono::{Datelike, NaiveDate};

use super::fill;
use crate::edit::Shown;
use crate::edit::diff::{Change, Group, What};
use crate::model::{Conflict, Emotion, EntityKind, Field};

crate::strings! {
    /// The semantic diff, the merge and the git set-up.
    pub struct Texts {
        group_map: "The map", "De kaart";
        group_phase: "Phase '{name}'", "Fase '{name}'";
        group_journey: "Journey '{journey}'", "Reis '{journey}'";
        group_journey_phase: "Journey '{journey}', phase '{phase}'", "Reis '{journey}', fase '{phase}'";
        group_personas: "Personas", "Persona's";
        group_calendar: "Content calendar", "Contentkalender";

        kind_map: "Map", "Kaart";
        kind_phase: "Phase", "Fase";
        kind_journey: "Journey", "Reis";
        kind_step: "Step", "Stap";
        kind_persona: "Persona", "Persona";
        kind_content: "Content item", "Contentitem";

        added: "{kind} '{name}' added", "{kind} '{name}' toegevoegd";
        removed: "{kind} '{name}' removed", "{kind} '{name}' verwijderd";
        renamed: "{kind} '{old}' renamed to '{new}'", "{kind} '{old}' hernoemd tot '{new}'";
        moved: "{kind} '{name}' moved from {old} to {new}", "{kind} '{name}' verplaatst van {old} naar {new}";
        changed: "{kind} '{name}': {field} changed from {old} to {new}", "{kind} '{name}': {field} gewijzigd van {old} in {new}";
        changed_long: "{kind} '{name}': {field} changed", "{kind} '{name}': {field} gewijzigd";
        item_added: "{item} added to '{name}': '{text}'", "{item} toegevoegd aan '{name}': '{text}'";
        item_removed: "{item} removed from '{name}': '{text}'", "{item} verwijderd uit '{name}': '{text}'";
        reordered_phases: "Phases put in another order", "Fasen in een andere volgorde gezet";
        reordered_journeys: "Journeys put in another order", "Reizen in een andere volgorde gezet";
        reordered_steps: "Steps of '{journey}' put in another order", "Stappen van '{journey}' in een andere volgorde gezet";
        reordered_personas: "Personas put in another order", "Persona's in een andere volgorde gezet";
        reordered_content: "Content items put in another order", "Contentitems in een andere volgorde gezet";
        conflicts_changed: "Merge conflicts to decide: {old} before, {new} now", "Samenvoegconflicten om te beslissen: eerst {old}, nu {new}";

        value_empty: "(empty)", "(leeg)";
        value_none: "none", "geen";
        value_no_persona: "no persona", "geen persona";
        value_photo: "a photo", "een foto";
        value_no_photo: "no photo", "geen foto";
        value_no_steps: "no steps", "geen stappen";

        field_title: "title", "titel";
        field_goal: "goal", "doel";
        field_description: "description", "beschrijving";
        field_uid: "identity", "identiteit";
        field_name: "name", "naam";
        field_color: "colour", "kleur";
        field_width: "width", "breedte";
        field_kpis: "KPIs", "kpi's";
        field_persona: "persona", "persona's";
        field_journey: "journey", "reis";
        field_phase: "phase", "fase";
        field_at: "place in its phase", "plek in de fase";
        field_emotion: "emotion", "emotie";
        field_touchpoint: "touchpoint", "contactmoment";
        field_channel: "channel", "kanaal";
        field_actions: "actions", "acties";
        field_thoughts: "thoughts", "gedachten";
        field_pain_points: "pain points", "pijnpunten";
        field_opportunities: "opportunities", "kansen";
        field_notes: "notes", "notities";
        field_quote: "quote", "citaat";
        field_photo: "photo", "foto";
        field_age: "age", "leeftijd";
        field_gender: "gender", "geslacht";
        field_income: "income", "inkomen";
        field_location: "location", "woonplaats";
        field_occupation: "occupation", "beroep";
        field_interests: "interests", "interesses";
        field_values: "values", "waarden";
        field_fears: "fears", "angsten";
        field_motivations: "motivations", "drijfveren";
        field_goals: "goals", "doelen";
        field_challenges: "challenges", "uitdagingen";
        field_online_behaviour: "online behaviour", "online gedrag";
        field_channels: "channels", "kanalen";
        field_kind: "type", "soort";
        field_date: "date", "datum";
        field_end_date: "end date", "einddatum";
        field_recurrence: "repetition", "herhaling";
        field_steps: "steps", "stappen";
        field_status: "status", "stadium";
        field_owner: "owner", "eigenaar";
        field_order: "order", "volgorde";
        field_to_be_of: "as-is journey", "huidige reis";
        value_no_as_is: "none (not a to-be journey)", "geen (geen to-be-reis)";
        field_survey: "survey scores", "enquêtescores";

        item_action: "Action", "Actie";
        item_thought: "Thought", "Gedachte";
        item_pain_point: "Pain point", "Pijnpunt";
        item_opportunity: "Opportunity", "Kans";
        item_interest: "Interest", "Interesse";
        item_value: "Value", "Waarde";
        item_fear: "Fear", "Angst";
        item_motivation: "Motivation", "Drijfveer";
        item_goal: "Goal", "Doel";
        item_challenge: "Challenge", "Uitdaging";
        item_online_behaviour: "Online behaviour", "Online gedrag";
        item_other: "Item", "Onderdeel";

        conflict_field: "Merge conflict in {kind} '{name}', {field}: the common version said {base}, this copy says {ours}, the other copy says {theirs}; the map holds this copy's value", "Samenvoegconflict in {kind} '{name}', {field}: de gezamenlijke versie zei {base}, deze kopie zegt {ours}, de andere kopie zegt {theirs}; de kaart bevat de waarde van deze kopie";
        conflict_deleted_here: "Merge conflict: {kind} '{name}' was deleted in this copy but changed or still used in the other copy; the map keeps it", "Samenvoegconflict: {kind} '{name}' is in deze kopie verwijderd maar in de andere kopie gewijzigd of nog gebruikt; de kaart houdt het";
        conflict_deleted_there: "Merge conflict: {kind} '{name}' was changed or is still used in this copy but deleted in the other copy; the map keeps it", "Samenvoegconflict: {kind} '{name}' is in deze kopie gewijzigd of nog in gebruik maar in de andere kopie verwijderd; de kaart houdt het";
        conflict_order: "Merge conflict: both copies put the {kind} items in another order; the map keeps this copy's order", "Samenvoegconflict: beide kopieën zetten de onderdelen van soort {kind} in een andere volgorde; de kaart houdt de volgorde van deze kopie";
        conflict_absent: "nothing", "niets";
        conflict_hint: "{file}: decide each merge conflict: open the map in Klantreis, or edit the file and remove the conflict from its `conflicts` list once the map says what it should.", "{file}: beslis elk samenvoegconflict: open de kaart in Klantreis, of bewerk het bestand en haal het conflict uit de lijst `conflicts` zodra de kaart zegt wat ze moet zeggen.";

        diff_same: "The maps are the same.", "De kaarten zijn gelijk.";
        merge_clean: "{file}: merged, without conflicts.", "{file}: samengevoegd, zonder conflicten.";
        merge_conflict_one: "{file}: merged, with {n} conflict to decide; it is recorded in the map (run `klantreis check {file}` to list it).", "{file}: samengevoegd, met {n} conflict om te beslissen; het staat in de kaart (`klantreis check {file}` toont het).";
        merge_conflict_other: "{file}: merged, with {n} conflicts to decide; they are recorded in the map (run `klantreis check {file}` to list them).", "{file}: samengevoegd, met {n} conflicten om te beslissen; ze staan in de kaart (`klantreis check {file}` toont ze).";
        merge_not_written: "Nothing was written; fix the file named above and merge again.", "Er is niets geschreven; herstel het bestand hierboven en voeg opnieuw samen.";
        git_not_a_repository: "{folder} is not inside a git repository ({detail}). Run `klantreis git-setup` inside the repository that holds your maps.", "{folder} ligt niet in een git-repository ({detail}). Voer `klantreis git-setup` uit in de repository met je kaarten.";
        git_failed: "git could not set {key} ({detail}). Check that git works here (`git status`) and run `klantreis git-setup` again.", "git kon {key} niet instellen ({detail}). Kijk of git hier werkt (`git status`) en voer `klantreis git-setup` opnieuw uit.";
        git_set: "Set {key} in the repository's git config.", "{key} ingesteld in de git-configuratie van de repository.";
        git_unchanged: "{key} was already set.", "{key} stond al goed.";
        merge_many_snapshots: "{file}: the merged map keeps {n} snapshots, more than the {max} a map takes; all are kept so none is lost, but no new snapshot can be taken until you delete old ones (File > Snapshots…).", "{file}: de samengevoegde kaart bewaart {n} momentopnamen, meer dan de {max} die een kaart neemt; ze blijven allemaal bewaard zodat er geen verloren gaat, maar een nieuwe momentopname maken lukt pas als je oude verwijdert (Bestand > Momentopnamen…).";
        git_attributes_added: "Added the line `{line}` to {file}; commit it so your colleagues' git knows it too.", "De regel `{line}` toegevoegd aan {file}; commit het zodat de git van je collega's het ook weet.";
        git_attributes_present: "{file} already sends *.ron maps to Klantreis.", "{file} stuurt *.ron-kaarten al naar Klantreis.";
        git_attributes_failed: "{file} could not be written ({detail}); nothing else was changed. Check that the folder is writable and run `klantreis git-setup` again.", "{file} kon niet worden geschreven ({detail}); verder is niets veranderd. Kijk of de map beschrijfbaar is en voer `klantreis git-setup` opnieuw uit.";
        git_done: "Done: `git merge` now merges maps entity by entity, `git diff` shows what changed in words, and `git log -p --ext-diff` does so for the history. Each colleague runs `klantreis git-setup` once in their own copy of the repository.", "Klaar: `git merge` voegt kaarten nu per onderdeel samen, `git diff` vertelt in woorden wat er veranderde, en `git log -p --ext-diff` doet dat voor de geschiedenis. Elke collega voert `klantreis git-setup` één keer uit in de eigen kopie van de repository.";
    }
}

/// The heading a group of changes is listed under.
pub fn heading(group: &Group) -> String {
    let t = t();
    match group {
        Group::Map => t.group_map.to_owned(),
        Group::Phase(name) => fill(t.group_phase, &[("name", name)]),
        Group::Journey { journey, phase } if phase.is_empty() => {
            fill(t.group_journey, &[("journey", journey)])
        }
        Group::Journey { journey, phase } => fill(
            t.group_journey_phase,
            &[("journey", journey), ("phase", phase)],
        ),
        Group::Personas => t.group_personas.to_owned(),
        Group::Calendar => t.group_calendar.to_owned(),
    }
}

/// The name of a kind of entity, capitalised, as a sentence starts.
pub fn kind(kind: EntityKind) -> &'static str {
    let t = t();
    match kind {
        EntityKind::Map => t.kind_map,
        EntityKind::Phase => t.kind_phase,
        EntityKind::Journey => t.kind_journey,
        EntityKind::Step => t.kind_step,
        EntityKind::Persona => t.kind_persona,
        EntityKind::Content => t.kind_content,
    }
}

/// A kind of entity inside a sentence.
fn kind_lower(k: EntityKind) -> String {
    kind(k).to_lowercase()
}

/// A field's name inside a sentence.
pub fn field(field: Field) -> &'static str {
    let t = t();
    match field {
        Field::Title => t.field_title,
        Field::Goal => t.field_goal,
        Field::Description => t.field_description,
        Field::Uid => t.field_uid,
        Field::Name => t.field_name,
        Field::Color => t.field_color,
        Field::Width => t.field_width,
        Field::Kpis => t.field_kpis,
        Field::Persona => t.field_persona,
        Field::Journey => t.field_journey,
        Field::Phase => t.field_phase,
        Field::At => t.field_at,
        Field::Emotion => t.field_emotion,
        Field::Touchpoint => t.field_touchpoint,
        Field::Channel => t.field_channel,
        Field::Actions => t.field_actions,
        Field::Thoughts => t.field_thoughts,
        Field::PainPoints => t.field_pain_points,
        Field::Opportunities => t.field_opportunities,
        Field::Notes => t.field_notes,
        Field::Quote => t.field_quote,
        Field::Photo => t.field_photo,
        Field::Age => t.field_age,
        Field::Gender => t.field_gender,
        Field::Income => t.field_income,
        Field::Location => t.field_location,
        Field::Occupation => t.field_occupation,
        Field::Interests => t.field_interests,
        Field::Values => t.field_values,
        Field::Fears => t.field_fears,
        Field::Motivations => t.field_motivations,
        Field::Goals => t.field_goals,
        Field::Challenges => t.field_challenges,
        Field::OnlineBehaviour => t.field_online_behaviour,
        Field::Channels => t.field_channels,
        Field::Kind => t.field_kind,
        Field::Date => t.field_date,
        Field::EndDate => t.field_end_date,
        Field::Recurrence => t.field_recurrence,
        Field::Steps => t.field_steps,
        Field::Status => t.field_status,
        Field::Owner => t.field_owner,
        Field::Order => t.field_order,
        Field::ToBeOf => t.field_to_be_of,
        Field::Evidence => super::evidence::t().evidence,
        Field::Claims => super::evidence::t().item_evidence,
        Field::Experiments => super::evidence::t().experiments,
        Field::Survey => t.field_survey,
    }
}

/// One item of a list field, capitalised ("Pain point").
fn item(field: Field) -> &'static str {
    let t = t();
    match field {
        Field::Actions => t.item_action,
        Field::Thoughts => t.item_thought,
        Field::PainPoints => t.item_pain_point,
        Field::Opportunities => t.item_opportunity,
        Field::Interests => t.item_interest,
        Field::Values => t.item_value,
        Field::Fears => t.item_fear,
        Field::Motivations => t.item_motivation,
        Field::Goals => t.item_goal,
        Field::Challenges => t.item_challenge,
        Field::OnlineBehaviour => t.item_online_behaviour,
        _ => t.item_other,
    }
}

/// Texts longer than this are said to have changed, not quoted.
const QUOTED_TEXT: usize = 60;

/// One change as a sentence.
pub fn sentence(change: &Change) -> String {
    let t = t();
    match &change.what {
        What::Added { kind: k, name } => fill(t.added, &[("kind", &kind(*k)), ("name", name)]),
        What::Removed { kind: k, name } => fill(t.removed, &[("kind", &kind(*k)), ("name", name)]),
        What::Renamed { kind: k, old, new } => fill(
            t.renamed,
            &[("kind", &kind(*k)), ("old", old), ("new", new)],
        ),
        What::Changed {
            kind: k,
            name,
            field: f,
            old,
            new,
        } => {
            let long = |v: &Shown| matches!(v, Shown::Text(s) if s.chars().count() > QUOTED_TEXT || s.contains('\n'));
            if long(old) || long(new) {
                return fill(
                    t.changed_long,
                    &[("kind", &kind(*k)), ("name", name), ("field", &field(*f))],
                );
            }
            let with_year =
                matches!((old, new), (Shown::Date(a), Shown::Date(b)) if a.year() != b.year());
            let (old, new) = (value(*f, old, with_year), value(*f, new, with_year));
            let moved = matches!(
                f,
                Field::Emotion | Field::Phase | Field::Date | Field::At | Field::Journey
            ) && *k != EntityKind::Content
                || *f == Field::Date;
            let text = if moved { t.moved } else { t.changed };
            fill(
                text,
                &[
                    ("kind", &kind(*k)),
                    ("name", name),
                    ("field", &field(*f)),
                    ("old", &old),
                    ("new", &new),
                ],
            )
        }
        What::ItemAdded {
            name,
            field: f,
            item: text,
            ..
        } => fill(
            t.item_added,
            &[("item", &item(*f)), ("name", name), ("text", text)],
        ),
        What::ItemRemoved {
            name,
            field: f,
            item: text,
            ..
        } => fill(
            t.item_removed,
            &[("item", &item(*f)), ("name", name), ("text", text)],
        ),
        What::Reordered { kind: k, within } => match (k, within) {
            (EntityKind::Step, Some(journey)) => fill(t.reordered_steps, &[("journey", journey)]),
            (EntityKind::Phase, _) => t.reordered_phases.to_owned(),
            (EntityKind::Journey, _) => t.reordered_journeys.to_owned(),
            (EntityKind::Persona, _) => t.reordered_personas.to_owned(),
            _ => t.reordered_content.to_owned(),
        },
        What::Conflicts { old, new } => fill(t.conflicts_changed, &[("old", old), ("new", new)]),
    }
}

/// A value in words, as the diff says it (the merge's Conflicts panel too).
pub fn shown_value(f: Field, v: &Shown) -> String {
    value(f, v, false)
}

/// A value in words.
fn value(f: Field, v: &Shown, with_year: bool) -> String {
    let t = t();
    let quoted = |s: &str| {
        if s.is_empty() {
            t.value_empty.to_owned()
        } else {
            format!("'{s}'")
        }
    };
    match v {
        Shown::Text(s) | Shown::Name(s) => quoted(s),
        Shown::Lines(items) | Shown::Names(items) if items.is_empty() => match f {
            Field::Steps => t.value_no_steps.to_owned(),
            _ => t.value_empty.to_owned(),
        },
        Shown::Lines(items) | Shown::Names(items) => items
            .iter()
            .map(|s| quoted(s))
            .collect::<Vec<_>>()
            .join(", "),
        Shown::Number(n) if f == Field::Emotion => Emotion::nearest(*n).label(),
        Shown::Number(n) if f == Field::At => format!("{:.0}%", n * 100.0),
        Shown::Number(n) => format!("{n}"),
        Shown::Phase(id) => id.to_string(),
        Shown::Persona(None) => t.value_no_persona.to_owned(),
        Shown::Persona(Some(id)) => id.to_string(),
        Shown::AsIs(None) => t.value_no_as_is.to_owned(),
        Shown::AsIs(Some(id)) => id.to_string(),
        Shown::Steps(ids) => ids
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        Shown::Channel(None) | Shown::EndDate(None) => t.value_none.to_owned(),
        Shown::Channel(Some(c)) => c.name().to_owned(),
        Shown::Channels(list) if list.is_empty() => t.value_none.to_owned(),
        Shown::Channels(list) => list.iter().map(|c| c.name()).collect::<Vec<_>>().join(", "),
        Shown::Color(rgb) => rgb.to_hex(),
        Shown::Date(d) | Shown::EndDate(Some(d)) => date(*d, with_year),
        Shown::Kind(k) => k.name().to_owned(),
        Shown::Recurrence(r) => r.name().to_owned(),
        Shown::Status(s) => s.name().to_owned(),
        Shown::Photo(true) => t.value_photo.to_owned(),
        Shown::Photo(false) => t.value_no_photo.to_owned(),
        Shown::Kpis(kpis) if kpis.is_empty() => t.value_none.to_owned(),
        Shown::Kpis(kpis) => kpis
            .iter()
            .map(|k| quoted(&k.name))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// A date as "3 Mar", with the year when asked.
fn date(d: NaiveDate, with_year: bool) -> String {
    let c = super::calendar::t();
    let month = [
        c.month_short_january,
        c.month_short_february,
        c.month_short_march,
        c.month_short_april,
        c.month_short_may,
        c.month_short_june,
        c.month_short_july,
        c.month_short_august,
        c.month_short_september,
        c.month_short_october,
        c.month_short_november,
        c.month_short_december,
    ][d.month0() as usize];
    if with_year {
        format!("{} {month} {}", d.day(), d.year())
    } else {
        format!("{} {month}", d.day())
    }
}

/// A conflict as a sentence for `klantreis check` and the app.
pub fn conflict(c: &Conflict) -> String {
    let t = t();
    let k = kind_lower(c.kind);
    match (c.field, &c.ours, &c.theirs) {
        (Some(Field::Order), _, _) => fill(t.conflict_order, &[("kind", &k)]),
        (Some(f), ours, theirs) => {
            let said =
                |v: &Option<String>| v.clone().unwrap_or_else(|| t.conflict_absent.to_owned());
            fill(
                t.conflict_field,
                &[
                    ("kind", &k),
                    ("name", &c.name),
                    ("field", &field(f)),
                    ("base", &said(&c.base)),
                    ("ours", &said(ours)),
                    ("theirs", &said(theirs)),
                ],
            )
        }
        (None, None, _) => fill(t.conflict_deleted_here, &[("kind", &k), ("name", &c.name)]),
        (None, Some(_), _) => fill(t.conflict_deleted_there, &[("kind", &k), ("name", &c.name)]),
    }
}
