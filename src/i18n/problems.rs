//! Problems in a map and what repairing changed, in English and Dutch: the
//! model reports them as typed data ([`Problem`], [`Repair`],
//! [`PhotoFault`]); this module words them.

use std::fmt;

use super::{Language, fill};
use crate::model::{
    Emotion, Entity, IterationProblem, IterationRepair, Phase, PhotoFault, Problem, Repair,
    UnassignedPhase,
};

crate::strings! {
    /// Problems in a map, what repairing changed, and what is wrong with a photo.
    pub struct Texts {
        photo_unreadable: "it cannot be read ({error})", "het kan niet gelezen worden ({error})";
        photo_too_large: "it is {size} MiB, more than the {max} MiB a photo may be; save a smaller version of it", "het is {size} MiB, meer dan de {max} MiB die een foto mag zijn; sla er een kleinere versie van op";
        photo_wrong_format: "it is a {format} picture; use a PNG, JPEG or WebP picture", "het is een {format}-afbeelding; gebruik een PNG-, JPEG- of WebP-afbeelding";
        photo_not_picture: "it is not a picture; use a PNG, JPEG or WebP picture", "het is geen afbeelding; gebruik een PNG-, JPEG- of WebP-afbeelding";
        photo_hidden_text: "it carries {size} KiB of hidden text, more than the {max} KiB a photo needs; it may be made to crash programs. Open it in an image editor and save it again", "het bevat {size} KiB verborgen tekst, meer dan de {max} KiB die een foto nodig heeft; misschien is het gemaakt om programma's te laten vastlopen. Open het in een fotobewerker en sla het opnieuw op";
        photo_damaged: "it is damaged ({error})", "het is beschadigd ({error})";
        photo_no_pixels: "it has no pixels", "het heeft geen pixels";
        photo_too_many_pixels: "it says it is {width} × {height} pixels, larger than a photo can be ({side} pixels a side, {megapixels} megapixels); it may be damaged or made to crash programs", "volgens het bestand is het {width} × {height} pixels, groter dan een foto kan zijn ({side} pixels per zijde, {megapixels} megapixels); misschien is het beschadigd of gemaakt om programma's te laten vastlopen";
        photo_incomplete: "it is damaged or incomplete ({error})", "het is beschadigd of onvolledig ({error})";
        photo_not_converted: "it could not be converted ({error})", "het kon niet worden omgezet ({error})";
        problem_duplicate_id: "Two or more of the map's {kinds} share the id {id}; ids must be unique.", "Twee of meer {kinds} van de kaart hebben hetzelfde id {id}; id's moeten uniek zijn.";
        kinds_phases: "phases", "fases";
        kinds_journeys: "journeys", "reizen";
        kinds_steps: "steps", "stappen";
        kinds_personas: "personas", "persona's";
        kinds_content_items: "content items", "contentitems";
        problem_phase_width: "Phase \"{name}\" has width {width}, but a phase's width must be a number from {min} to {max}.", "Fase \"{name}\" heeft breedte {width}, maar de breedte van een fase moet een getal van {min} tot {max} zijn.";
        problem_journey_persona: "Journey \"{name}\" belongs to persona {persona}, which is not in the map.", "Reis \"{name}\" hoort bij persona {persona}, die niet in de kaart staat.";
        problem_step_phase: "Step \"{step}\" of journey \"{journey}\" is in phase {phase}, which is not in the map.", "Stap \"{step}\" van reis \"{journey}\" staat in fase {phase}, die niet in de kaart staat.";
        problem_step_at: "Step \"{step}\" has position {at} inside its phase; it must be between 0 and 1.", "Stap \"{step}\" heeft positie {at} binnen zijn fase; die moet tussen 0 en 1 liggen.";
        problem_step_emotion: "Step \"{step}\" has emotion {emotion}; it must be between {min} and {max}.", "Stap \"{step}\" heeft emotie {emotion}; die moet tussen {min} en {max} liggen.";
        problem_content_phase: "Content item \"{item}\" is planned for phase {phase}, which is not in the map.", "Contentitem \"{item}\" is gepland voor fase {phase}, die niet in de kaart staat.";
        problem_content_persona: "Content item \"{item}\" is for persona {persona}, which is not in the map.", "Contentitem \"{item}\" is voor persona {persona}, die niet in de kaart staat.";
        problem_content_step: "Content item \"{item}\" supports step {step}, which is not in the map.", "Contentitem \"{item}\" ondersteunt stap {step}, die niet in de kaart staat.";
        problem_content_dates: "Content item \"{item}\" ends on {end}, before it starts on {start}.", "Contentitem \"{item}\" eindigt op {end}, voordat het begint op {start}.";
        repair_phase_width: "Phase \"{name}\" got width {width}.", "Fase \"{name}\" kreeg breedte {width}.";
        unassigned_phase: "Unassigned", "Niet ingedeeld";
        unassigned_description: "Created when repairing the map, for steps whose phase was missing.", "Gemaakt bij het herstellen van de kaart, voor stappen waarvan de fase ontbrak.";
        repair_added_phase: "Added a phase \"{name}\" for steps whose phase was missing.", "Fase \"{name}\" toegevoegd voor stappen waarvan de fase ontbrak.";
        repair_journey_persona: "Journey \"{name}\" no longer names a missing persona.", "Reis \"{name}\" verwijst niet meer naar een ontbrekende persona.";
        repair_step_phase: "Step \"{step}\" moved to phase \"{phase}\".", "Stap \"{step}\" is verplaatst naar fase \"{phase}\".";
        repair_step_at: "Step \"{step}\" moved back inside its phase.", "Stap \"{step}\" staat weer binnen zijn fase.";
        repair_step_emotion: "Step \"{step}\" got emotion {emotion}.", "Stap \"{step}\" kreeg emotie {emotion}.";
        repair_content_phase: "Content item \"{item}\" moved to phase \"{phase}\".", "Contentitem \"{item}\" is verplaatst naar fase \"{phase}\".";
        repair_content_persona: "Content item \"{item}\" no longer names a missing persona.", "Contentitem \"{item}\" verwijst niet meer naar een ontbrekende persona.";
        repair_content_steps: "Content item \"{item}\" no longer names missing steps.", "Contentitem \"{item}\" verwijst niet meer naar ontbrekende stappen.";
        repair_content_end: "Content item \"{item}\" lost its end date (it was before the start).", "Contentitem \"{item}\" heeft geen einddatum meer (die lag vóór het begin).";
        repair_new_id: "{what} \"{name}\" got the new id {id} (its id was taken).", "{what} \"{name}\" kreeg het nieuwe id {id} (het oude id was al in gebruik).";
        the_phase: "The phase", "De fase";
        the_journey: "The journey", "De reis";
        the_step: "The step", "De stap";
        the_persona: "The persona", "De persona";
        the_content_item: "The content item", "Het contentitem";
        problem_persona_photo: "The photo of persona \"{name}\" cannot be shown: {fault}. Exports leave it out; pick the photo again or remove it.", "De foto van persona \"{name}\" kan niet getoond worden: {fault}. Exports laten hem weg; kies de foto opnieuw of verwijder hem.";
        repair_photo_removed: "Persona \"{name}\" lost a photo that could not be shown.", "Persona \"{name}\" heeft geen foto meer; die kon niet getoond worden.";
        problem_to_be_of: "Journey \"{name}\" is the to-be version of journey {of}, which is not in the map (or is itself); choose its as-is journey again in the journey's inspector.", "Reis \"{name}\" is de to-be-versie van reis {of}, die niet in de kaart staat (of zichzelf is); kies de huidige reis opnieuw in de inspector van de reis.";
        problem_snapshot_id: "Two or more snapshots share the id {id}; ids must be unique.", "Twee of meer momentopnamen hebben hetzelfde id {id}; id's moeten uniek zijn.";
        problem_nested_snapshots: "Snapshot \"{name}\" holds snapshots of its own; a snapshot keeps only the map's content.", "Momentopname \"{name}\" bevat zelf momentopnamen; een momentopname bewaart alleen de inhoud van de kaart.";
        problem_in_snapshot: "In snapshot \"{name}\": {problem}", "In momentopname \"{name}\": {problem}";
        repair_to_be_of: "Journey \"{name}\" is no longer the to-be version of a missing journey.", "Reis \"{name}\" is niet langer de to-be-versie van een ontbrekende reis.";
        repair_snapshot: "Snapshot \"{name}\" got a fresh id or lost the snapshots it held.", "Momentopname \"{name}\" kreeg een nieuw id of verloor de momentopnamen die hij bevatte.";
        problem_missing_photo: "In snapshot \"{name}\": the photo of {persona} is not in the file, so the snapshot shows {persona} without a photo.", "In momentopname \"{name}\": de foto van {persona} staat niet in het bestand, dus toont de momentopname {persona} zonder foto.";
        repair_missing_photos: "Snapshot \"{name}\" no longer refers to photos that are not in the file.", "Momentopname \"{name}\" verwijst niet langer naar foto's die niet in het bestand staan.";
        repair_in_snapshot: "In snapshot \"{name}\": {repair}", "In momentopname \"{name}\": {repair}";
        cannot_draw: "Could not open \"{path}\": {problem} Klantreis cannot draw a map with such a number. Repair it with `klantreis upgrade --repair \"{path}\"` (the file as it was is kept as a .bak), or correct the number in a text editor. The file has not been changed.", "Kan \"{path}\" niet openen: {problem} Klantreis kan een kaart met zo'n getal niet tekenen. Herstel hem met `klantreis upgrade --repair \"{path}\"` (het bestand zoals het was blijft bewaard als .bak), of verbeter het getal in een teksteditor. Het bestand is niet gewijzigd.";
    }
}

/// The words for the phase `repair` adds when steps lost theirs, in the
/// interface's language.
pub fn unassigned_phase() -> UnassignedPhase<'static> {
    let t = t();
    UnassignedPhase {
        name: t.unassigned_phase,
        description: t.unassigned_description,
    }
}

/// The plural of an entity kind, lower case ("content items").
fn kinds(t: &Texts, kind: Entity) -> &'static str {
    match kind {
        Entity::Phase => t.kinds_phases,
        Entity::Journey => t.kinds_journeys,
        Entity::Step => t.kinds_steps,
        Entity::Persona => t.kinds_personas,
        Entity::ContentItem => t.kinds_content_items,
    }
}

/// An entity kind with its article, capitalised ("The content item").
fn the(t: &Texts, kind: Entity) -> &'static str {
    match kind {
        Entity::Phase => t.the_phase,
        Entity::Journey => t.the_journey,
        Entity::Step => t.the_step,
        Entity::Persona => t.the_persona,
        Entity::ContentItem => t.the_content_item,
    }
}

const MIB: u64 = 1024 * 1024;

/// A number from the file as a person reads it: `12.5`, or `1e308` for a
/// huge one rather than its 309 digits.
fn number(value: f64) -> String {
    if value.is_finite() && value.abs() >= 1e9 {
        format!("{value:e}")
    } else {
        value.to_string()
    }
}

/// What is wrong with a photo, as a clause ("it is not a picture; use …").
pub fn photo_fault_text(fault: &PhotoFault, language: Language) -> String {
    let t = Texts::get(language);
    match fault {
        PhotoFault::Unreadable(error) => fill(t.photo_unreadable, &[("error", error)]),
        PhotoFault::TooLarge { bytes, max } => fill(
            t.photo_too_large,
            &[("size", &(bytes / MIB)), ("max", &(max / MIB))],
        ),
        PhotoFault::WrongFormat(format) => fill(t.photo_wrong_format, &[("format", format)]),
        PhotoFault::NotAPicture => t.photo_not_picture.to_owned(),
        PhotoFault::HiddenText { bytes, max } => fill(
            t.photo_hidden_text,
            &[("size", &(bytes / 1024)), ("max", &(max / 1024))],
        ),
        PhotoFault::Damaged(error) => fill(t.photo_damaged, &[("error", error)]),
        PhotoFault::NoPixels => t.photo_no_pixels.to_owned(),
        PhotoFault::TooManyPixels {
            width,
            height,
            side,
            pixels,
        } => fill(
            t.photo_too_many_pixels,
            &[
                ("width", width),
                ("height", height),
                ("side", side),
                ("megapixels", &(pixels / 1_000_000)),
            ],
        ),
        PhotoFault::Incomplete(error) => fill(t.photo_incomplete, &[("error", error)]),
        PhotoFault::NotConverted(error) => fill(t.photo_not_converted, &[("error", error)]),
    }
}

/// A problem as a sentence for a consultant.
pub fn problem_text(problem: &Problem, language: Language) -> String {
    let t = Texts::get(language);
    match problem {
        Problem::DuplicateId { kind, id } => fill(
            t.problem_duplicate_id,
            &[("kinds", &kinds(t, *kind)), ("id", id)],
        ),
        Problem::PhaseWidth { name, width, .. } => fill(
            t.problem_phase_width,
            &[
                ("name", name),
                ("width", &number(*width)),
                ("min", &Phase::MIN_WIDTH),
                ("max", &Phase::MAX_WIDTH),
            ],
        ),
        Problem::JourneyPersona { name, persona, .. } => fill(
            t.problem_journey_persona,
            &[("name", name), ("persona", persona)],
        ),
        Problem::StepPhase {
            title,
            journey,
            phase,
            ..
        } => fill(
            t.problem_step_phase,
            &[("step", title), ("journey", journey), ("phase", phase)],
        ),
        Problem::StepAt { title, at, .. } => {
            fill(t.problem_step_at, &[("step", title), ("at", &number(*at))])
        }
        Problem::StepEmotion { title, emotion, .. } => fill(
            t.problem_step_emotion,
            &[
                ("step", title),
                ("emotion", &number(*emotion)),
                ("min", &Emotion::MIN),
                ("max", &Emotion::MAX),
            ],
        ),
        Problem::ContentPhase { title, phase, .. } => fill(
            t.problem_content_phase,
            &[("item", title), ("phase", phase)],
        ),
        Problem::ContentPersona { title, persona, .. } => fill(
            t.problem_content_persona,
            &[("item", title), ("persona", persona)],
        ),
        Problem::ContentStep { title, step, .. } => {
            fill(t.problem_content_step, &[("item", title), ("step", step)])
        }
        Problem::ContentDates {
            title, start, end, ..
        } => fill(
            t.problem_content_dates,
            &[("item", title), ("end", end), ("start", start)],
        ),
        Problem::Iteration(problem) => iteration_problem(t, problem, language),
        Problem::PersonaPhoto { name, fault, .. } => fill(
            t.problem_persona_photo,
            &[
                ("name", name),
                ("fault", &photo_fault_text(fault, language)),
            ],
        ),
        Problem::Claim(problem) => super::evidence::problem_text(problem, language),
        Problem::Measure(bad) => super::measure::bad_measure_text(bad, false, language),
    }
}

/// A repair as a sentence for a consultant.
pub fn repair_text(repair: &Repair, language: Language) -> String {
    let t = Texts::get(language);
    match repair {
        Repair::NewId { kind, name, id } => fill(
            t.repair_new_id,
            &[("what", &the(t, *kind)), ("name", name), ("id", id)],
        ),
        Repair::PhaseWidth { name, width, .. } => {
            fill(t.repair_phase_width, &[("name", name), ("width", width)])
        }
        Repair::AddedPhase { name, .. } => fill(t.repair_added_phase, &[("name", name)]),
        Repair::JourneyPersona { name, .. } => fill(t.repair_journey_persona, &[("name", name)]),
        Repair::StepPhase { title, phase, .. } => {
            fill(t.repair_step_phase, &[("step", title), ("phase", phase)])
        }
        Repair::StepAt { title, .. } => fill(t.repair_step_at, &[("step", title)]),
        Repair::StepEmotion { title, emotion, .. } => fill(
            t.repair_step_emotion,
            &[("step", title), ("emotion", emotion)],
        ),
        Repair::ContentPhase { title, phase, .. } => {
            fill(t.repair_content_phase, &[("item", title), ("phase", phase)])
        }
        Repair::ContentPersona { title, .. } => fill(t.repair_content_persona, &[("item", title)]),
        Repair::ContentSteps { title, .. } => fill(t.repair_content_steps, &[("item", title)]),
        Repair::ContentEnd { title, .. } => fill(t.repair_content_end, &[("item", title)]),
        Repair::PhotoRemoved { name, .. } => fill(t.repair_photo_removed, &[("name", name)]),
        Repair::Iteration(IterationRepair::ToBeOf { name, .. }) => {
            fill(t.repair_to_be_of, &[("name", name)])
        }
        Repair::Iteration(IterationRepair::Snapshot { name }) => {
            fill(t.repair_snapshot, &[("name", name)])
        }
        Repair::Iteration(IterationRepair::MissingPhotos { name }) => {
            fill(t.repair_missing_photos, &[("name", name)])
        }
        Repair::Iteration(IterationRepair::InSnapshot { name, repair }) => fill(
            t.repair_in_snapshot,
            &[("name", name), ("repair", &repair_text(repair, language))],
        ),
        Repair::Claim(repair) => super::evidence::repair_text(repair, language),
        Repair::Measure(bad) => super::measure::bad_measure_text(bad, true, language),
    }
}

fn iteration_problem(t: &Texts, problem: &IterationProblem, language: Language) -> String {
    match problem {
        IterationProblem::ToBeOf { name, of, .. } => {
            fill(t.problem_to_be_of, &[("name", name), ("of", of)])
        }
        IterationProblem::SnapshotId { id } => fill(t.problem_snapshot_id, &[("id", &id.0)]),
        IterationProblem::NestedSnapshots { name } => {
            fill(t.problem_nested_snapshots, &[("name", name)])
        }
        IterationProblem::MissingPhoto { name, persona } => fill(
            t.problem_missing_photo,
            &[("name", name), ("persona", persona)],
        ),
        IterationProblem::InSnapshot { name, problem } => fill(
            t.problem_in_snapshot,
            &[
                ("name", name),
                ("problem", &problem_text(problem, language)),
            ],
        ),
    }
}

/// In the interface's language.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&problem_text(self, super::language()))
    }
}

/// In the interface's language.
impl fmt::Display for Repair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&repair_text(self, super::language()))
    }
}

/// In the interface's language.
impl fmt::Display for PhotoFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&photo_fault_text(self, super::language()))
    }
}

/// Why the editor will not open a map: the first of its problems that
/// cannot be drawn ([`Problem::breaks_drawing`]).
pub fn cannot_draw(path: &std::path::Path, problems: &[Problem]) -> String {
    let problem = problems
        .iter()
        .find(|p| p.breaks_drawing())
        .map(ToString::to_string)
        .unwrap_or_default();
    fill(
        t().cannot_draw,
        &[("path", &path.display()), ("problem", &problem)],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PersonaId, PhaseId, StepId};

    #[test]
    fn a_duplicate_id_names_the_kind_in_english_and_dutch() {
        let problem = Problem::DuplicateId {
            kind: Entity::ContentItem,
            id: 7,
        };
        assert_eq!(
            problem_text(&problem, Language::En),
            "Two or more of the map's content items share the id 7; ids must be unique."
        );
        assert_eq!(
            problem_text(&problem, Language::Nl),
            "Twee of meer contentitems van de kaart hebben hetzelfde id 7; id's moeten uniek zijn."
        );
    }

    #[test]
    fn a_phase_width_problem_gives_the_value_and_the_allowed_range() {
        let problem = Problem::PhaseWidth {
            phase: PhaseId(1),
            name: "Oriëntatie".to_owned(),
            width: 1e308,
        };
        let en = problem_text(&problem, Language::En);
        assert!(
            en.starts_with("Phase \"Oriëntatie\" has width 1e308, but"),
            "{en}"
        );
        assert!(
            en.ends_with("must be a number from 0.001 to 1000000."),
            "{en}"
        );
        let nl = problem_text(&problem, Language::Nl);
        assert!(
            nl.starts_with("Fase \"Oriëntatie\" heeft breedte 1e308, maar"),
            "{nl}"
        );
        assert!(
            nl.ends_with("moet een getal van 0.001 tot 1000000 zijn."),
            "{nl}"
        );
        let nan = Problem::PhaseWidth {
            phase: PhaseId(1),
            name: "A".to_owned(),
            width: f64::NAN,
        };
        assert!(problem_text(&nan, Language::En).contains("has width NaN"));
    }

    #[test]
    fn a_photo_problem_says_what_is_wrong_and_what_to_do_in_both_languages() {
        let problem = Problem::PersonaPhoto {
            persona: PersonaId(2),
            name: "Duurzame Daniëlle".to_owned(),
            fault: PhotoFault::TooManyPixels {
                width: 65_535,
                height: 65_535,
                side: 12_000,
                pixels: 50_000_000,
            },
        };
        assert_eq!(
            problem_text(&problem, Language::En),
            "The photo of persona \"Duurzame Daniëlle\" cannot be shown: it says it is 65535 × 65535 pixels, \
             larger than a photo can be (12000 pixels a side, 50 megapixels); it may be damaged or made to \
             crash programs. Exports leave it out; pick the photo again or remove it."
        );
        let nl = problem_text(&problem, Language::Nl);
        assert!(
            nl.starts_with("De foto van persona \"Duurzame Daniëlle\" kan niet getoond worden: volgens het bestand is het 65535 × 65535 pixels"),
            "{nl}"
        );
        assert!(
            nl.ends_with("kies de foto opnieuw of verwijder hem."),
            "{nl}"
        );
        let text = Problem::PersonaPhoto {
            persona: PersonaId(2),
            name: "Bas".to_owned(),
            fault: PhotoFault::NotAPicture,
        };
        assert!(problem_text(&text, Language::Nl).contains("het is geen afbeelding"));
    }

    #[test]
    fn repairs_are_worded_in_english_and_dutch() {
        let moved = Repair::StepPhase {
            step: StepId(3),
            title: "Betaalt".to_owned(),
            phase: "Aankoop".to_owned(),
        };
        assert_eq!(
            repair_text(&moved, Language::En),
            "Step \"Betaalt\" moved to phase \"Aankoop\"."
        );
        assert_eq!(
            repair_text(&moved, Language::Nl),
            "Stap \"Betaalt\" is verplaatst naar fase \"Aankoop\"."
        );
        let renumbered = Repair::NewId {
            kind: Entity::Persona,
            name: "Bas".to_owned(),
            id: 4,
        };
        assert_eq!(
            repair_text(&renumbered, Language::Nl),
            "De persona \"Bas\" kreeg het nieuwe id 4 (het oude id was al in gebruik)."
        );
        let width = Repair::PhaseWidth {
            phase: PhaseId(1),
            name: "A".to_owned(),
            width: 10.0,
        };
        assert_eq!(
            repair_text(&width, Language::En),
            "Phase \"A\" got width 10."
        );
    }

    #[test]
    fn display_follows_the_threads_language() {
        let problem = Problem::StepEmotion {
            step: StepId(1),
            title: "Zoekt".to_owned(),
            emotion: 12.0,
        };
        crate::i18n::set_language(Language::Nl);
        let dutch = problem.to_string();
        crate::i18n::set_language(Language::En);
        assert_eq!(
            dutch,
            "Stap \"Zoekt\" heeft emotie 12; die moet tussen -3 en 3 liggen."
        );
        assert_eq!(
            problem.to_string(),
            "Step \"Zoekt\" has emotion 12; it must be between -3 and 3."
        );
    }
}
