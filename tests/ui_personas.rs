//! Personas in the editor, driven like a user: create, fill in, photo, tie to
//! a journey, compare, delete, and undo each.

mod common;
use common::type_into;

use std::io::Cursor;
use std::path::PathBuf;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use klantreis::i18n::Language;
use klantreis::model::{
    Journey, JourneyId, Map, PersonaId, PhaseId, PhaseTemplate, Rgb, Step, StepId,
};
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::Selection;

fn map_with_two_journeys() -> Map {
    let mut map = PhaseTemplate::FivePhase.new_map(Language::En);
    for (id, name, emotions) in [
        (1, "Daniëlle", [1.0, -2.0, 2.0]),
        (2, "Bas", [1.0, 1.0, -3.0]),
    ] {
        map.journeys.push(Journey {
            to_be_of: None,
            id: JourneyId(id),
            name: name.into(),
            color: Rgb(0, 0, 0),
            persona: None,
            steps: emotions
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    Step::new(
                        StepId(id * 10 + i as u64),
                        PhaseId(i as u64 + 1),
                        0.5,
                        *e,
                        "stap",
                    )
                })
                .collect(),
        });
    }
    map
}

fn harness(map: Map) -> Harness<'static, KlantreisApp> {
    let mut app = KlantreisApp::new(map, None);
    app.native_dialogs = false;
    let mut harness = Harness::builder()
        .with_size([1500.0, 1000.0])
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |_| app.with_language(klantreis::ui::shell::LanguageChoice::English));
    harness.run_steps(2);
    harness
}

fn undo(harness: &mut Harness<'_, KlantreisApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
}

/// Adds a persona named `name` and selects it, so the inspector shows it.
fn add_selected_persona(harness: &mut Harness<'_, KlantreisApp>, name: &str) -> PersonaId {
    let id = add_persona(harness, name);
    harness.state_mut().state.selection = Selection::Persona(id);
    harness.run_steps(1);
    id
}

fn add_persona(harness: &mut Harness<'_, KlantreisApp>, name: &str) -> PersonaId {
    harness.get_by_label("Add persona").click();
    harness.run_steps(2);
    type_into(harness, "Name", name);
    harness.key_press(Key::Escape);
    harness.run_steps(1);
    harness.state().doc.map.personas.last().expect("added").id
}

/// Deletes a persona through its panel's button and the dialog's `answer`.
fn delete_persona(harness: &mut Harness<'_, KlantreisApp>, id: PersonaId, answer: &str) {
    harness.state_mut().state.selection = Selection::Persona(id);
    harness.run_steps(1);
    harness.get_by_label("Delete…").click();
    harness.run_steps(2);
    harness.get_by_label(answer).click();
    harness.run_steps(2);
}

fn test_picture() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("klantreis-photo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join("daniëlle.png");
    let image = image::RgbImage::from_fn(400, 300, |x, y| {
        image::Rgb([(x / 2) as u8, (y / 2) as u8, 90])
    });
    let mut bytes = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut bytes), image::ImageFormat::Png)
        .expect("encode");
    std::fs::write(&path, bytes).expect("write");
    path
}

fn wait_for_photos(harness: &mut Harness<'_, KlantreisApp>) {
    for _ in 0..200 {
        harness.run_steps(1);
        if !harness.state().photos_pending() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    harness.run_steps(2);
}

#[test]
fn a_persona_is_created_filled_in_and_each_edit_undone() {
    let mut harness = harness(map_with_two_journeys());
    let id = add_selected_persona(&mut harness, "Duurzame Daniëlle");
    type_into(&mut harness, "Quote or motto", "Waar komt het vandaan?");
    type_into(
        &mut harness,
        "Goals (one per line)",
        "Duurzaam kopen\nLang meegaan",
    );
    harness.get_by_label("Demographics").click();
    harness.run_steps(2);
    type_into(&mut harness, "Age", "30");
    harness
        .get_by_role_and_label(Role::CheckBox, "Reviews")
        .click();
    harness.run_steps(2);
    let persona = harness
        .state()
        .doc
        .map
        .persona(id)
        .expect("persona")
        .clone();
    assert_eq!(persona.name, "Duurzame Daniëlle");
    assert_eq!(persona.quote, "Waar komt het vandaan?");
    assert_eq!(persona.goals, ["Duurzaam kopen", "Lang meegaan"]);
    assert_eq!(persona.demographics.age, "30");
    assert_eq!(persona.channels, [klantreis::model::Channel::Reviews]);
    undo(&mut harness);
    assert!(
        harness
            .state()
            .doc
            .map
            .persona(id)
            .expect("persona")
            .channels
            .is_empty()
    );
    undo(&mut harness);
    assert_eq!(
        harness
            .state()
            .doc
            .map
            .persona(id)
            .expect("persona")
            .demographics
            .age,
        ""
    );
    undo(&mut harness);
    undo(&mut harness);
    undo(&mut harness);
    undo(&mut harness);
    assert!(
        harness.state().doc.map.personas.is_empty(),
        "{:?}",
        harness.state().doc.map.personas
    );
}

#[test]
fn a_photo_from_a_picture_file_is_attached_and_undone() {
    let mut harness = harness(map_with_two_journeys());
    let id = add_persona(&mut harness, "Duurzame Daniëlle");
    harness.state_mut().attach_photo(id, &test_picture());
    wait_for_photos(&mut harness);
    let photo = harness
        .state()
        .doc
        .map
        .persona(id)
        .and_then(|p| p.photo.clone())
        .expect("a photo");
    let (w, h, _) = klantreis::io::photo::photo_pixels(&photo).expect("decodes");
    assert_eq!((w, h), (256, 256));
    undo(&mut harness);
    assert!(
        harness
            .state()
            .doc
            .map
            .persona(id)
            .expect("persona")
            .photo
            .is_none()
    );
}

#[test]
fn a_bad_picture_gives_a_message_and_changes_nothing() {
    let mut harness = harness(map_with_two_journeys());
    let id = add_persona(&mut harness, "Bas");
    let before = harness.state().doc.map.clone();
    let bomb =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/declares-65535x65535.png");
    harness.state_mut().attach_photo(id, &bomb);
    wait_for_photos(&mut harness);
    assert_eq!(harness.state().doc.map, before);
    let notice = harness.state().notice.clone().expect("a message");
    assert!(
        notice.is_error && notice.text.contains("declares-65535x65535.png"),
        "{}",
        notice.text
    );
}

#[test]
fn a_journey_is_tied_to_a_persona_and_the_legend_shows_it() {
    let mut harness = harness(map_with_two_journeys());
    let id = add_persona(&mut harness, "Budget Bewuste Bas");
    harness.state_mut().state.selection = Selection::Journey(JourneyId(2));
    // Only the journey's persona picker should offer the name, not the persona panel too.
    harness.state_mut().state.personas.shown = false;
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::ComboBox, "Persona")
        .click();
    harness.run_steps(2);
    harness.get_by_label("Budget Bewuste Bas").click();
    harness.run_steps(2);
    assert_eq!(
        harness
            .state()
            .doc
            .map
            .journey(JourneyId(2))
            .expect("journey")
            .persona,
        Some(id)
    );
    assert!(
        harness
            .query_by_label_contains("Bas (Budget Bewuste Bas)")
            .is_some()
    );
    undo(&mut harness);
    assert_eq!(
        harness
            .state()
            .doc
            .map
            .journey(JourneyId(2))
            .expect("journey")
            .persona,
        None
    );
}

#[test]
fn compare_mode_shows_only_the_compared_personas_and_their_difference_per_phase() {
    let mut map = map_with_two_journeys();
    map.personas = vec![
        klantreis::model::Persona::new(PersonaId(1), "Daniëlle"),
        klantreis::model::Persona::new(PersonaId(2), "Bas"),
        klantreis::model::Persona::new(PersonaId(3), "Petra"),
    ];
    map.journeys[0].persona = Some(PersonaId(1));
    map.journeys[1].persona = Some(PersonaId(2));
    map.journeys.push(Journey {
        to_be_of: None,
        id: JourneyId(3),
        name: "Petra".into(),
        color: Rgb(1, 1, 1),
        persona: Some(PersonaId(3)),
        steps: vec![],
    });
    let mut harness = harness(map);
    harness.get_by_label("Compare personas…").click();
    harness.run_steps(3);
    assert!(harness.state().state.personas.comparing);
    assert!(
        !harness.state().state.is_visible(JourneyId(3)),
        "Petra is not compared"
    );
    assert!(
        harness.state().state.is_visible(JourneyId(1))
            && harness.state().state.is_visible(JourneyId(2))
    );
    // Decision: Daniëlle +2, Bas -3: the largest difference.
    assert!(harness.query_by_label_contains("5.0  (largest)").is_some());
    let differences = klantreis::ui::shell::compare::compare_differences(
        &harness.state().doc.map,
        &[PersonaId(1), PersonaId(2)],
    );
    assert_eq!(differences[1].1, Some(3.0));
    assert_eq!(differences[3].1, None);
}

#[test]
fn deleting_a_persona_keeps_or_deletes_its_journeys_and_undo_restores_both() {
    let mut map = map_with_two_journeys();
    map.personas = vec![klantreis::model::Persona::new(PersonaId(1), "Daniëlle")];
    map.journeys[0].persona = Some(PersonaId(1));
    let original = map.clone();
    let mut harness = harness(map);
    delete_persona(&mut harness, PersonaId(1), "Delete, keep its journeys");
    let map = &harness.state().doc.map;
    assert!(map.personas.is_empty());
    assert_eq!(map.journeys.len(), 2);
    assert_eq!(map.journeys[0].persona, None, "no dangling reference");
    assert!(klantreis::model::validate(map).is_empty());
    undo(&mut harness);
    assert_eq!(*harness.state().doc.map, original);

    delete_persona(&mut harness, PersonaId(1), "Delete with its journeys");
    assert_eq!(harness.state().doc.map.journeys.len(), 1);
    undo(&mut harness);
    assert_eq!(*harness.state().doc.map, original);
}

#[test]
fn deleting_a_persona_with_its_journeys_keeps_content_citing_their_steps_and_the_saved_map_exports()
{
    let mut map = map_with_two_journeys();
    map.personas = vec![klantreis::model::Persona::new(PersonaId(1), "Daniëlle")];
    map.journeys[0].persona = Some(PersonaId(1));
    let mut blog = common::three_items_in_march(["Welke waterkoker?", "b", "c"]).swap_remove(0);
    blog.persona = Some(PersonaId(1));
    blog.steps = vec![StepId(10), StepId(20), StepId(11)];
    map.content.push(blog);
    let mut harness = harness(map);
    delete_persona(&mut harness, PersonaId(1), "Delete with its journeys");
    let map = &harness.state().doc.map;
    assert_eq!(map.journeys.len(), 1);
    assert_eq!(map.content.len(), 1, "the content item stays");
    assert_eq!(map.content[0].persona, None);
    assert_eq!(
        map.content[0].steps,
        vec![StepId(20)],
        "it keeps the step of the journey that stays"
    );
    assert_eq!(klantreis::model::validate(map), vec![]);
    common::assert_saved_map_exports(&mut harness);
}

#[test]
fn a_persona_is_duplicated_reordered_and_shown_as_a_card() {
    let mut harness = harness(map_with_two_journeys());
    add_selected_persona(&mut harness, "Daniëlle");
    harness.get_by_label("Duplicate").click();
    harness.run_steps(2);
    let names: Vec<_> = harness
        .state()
        .doc
        .map
        .personas
        .iter()
        .map(|p| p.name.clone())
        .collect();
    assert_eq!(names, ["Daniëlle", "Daniëlle (copy)"]);
    harness.get_by_label("Move up").click();
    harness.run_steps(2);
    assert_eq!(harness.state().doc.map.personas[0].name, "Daniëlle (copy)");
    harness.get_by_label("Show card").click();
    harness.run_steps(2);
    assert!(
        harness
            .query_by_label_contains("Persona card: Daniëlle (copy)")
            .is_some()
    );
}

#[test]
fn demographics_and_psychographics_fields_edit_their_own_field() {
    let mut harness = harness(map_with_two_journeys());
    let id = add_selected_persona(&mut harness, "Budget Bas");
    harness.get_by_label("Demographics").click();
    harness.run_steps(2);
    type_into(&mut harness, "Occupation", "Student");
    // One section open at a time, so the next one is on screen.
    harness.get_by_label("Demographics").click();
    harness.run_steps(2);
    harness.get_by_label("Psychographics").click();
    harness.run_steps(2);
    type_into(&mut harness, "Motivations (one per line)", "Goedkoop\nSnel");
    let persona = harness
        .state()
        .doc
        .map
        .persona(id)
        .expect("persona")
        .clone();
    assert_eq!(persona.demographics.occupation, "Student");
    assert_eq!(persona.demographics.age, "");
    assert_eq!(persona.psychographics.motivations, ["Goedkoop", "Snel"]);
    assert!(persona.psychographics.interests.is_empty());
}
