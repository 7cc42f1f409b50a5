//! The editor driven like a user: clicks, double-clicks, drags and typing
//! through the real app state, checking the resulting map.

mod common;
use common::{canvas_pos, click_at, double_click_at, drag, harness_with, key, step_pos, type_into};

use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use klantreis::edit::Edit;
use klantreis::i18n::Language;
use klantreis::io;
use klantreis::model::{Emotion, JourneyId, Map, PhaseId, PhaseTemplate, Step, StepId};
use klantreis::scene::{plot_rect, y_of};
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::{Dialog, Selection};

/// A five-phase map with one journey of two steps.
fn small_map() -> Map {
    common::two_step_map(Language::En, "Searches Google", "Pays")
}

fn app_with(map: Map) -> KlantreisApp {
    let mut app = KlantreisApp::new(map, None);
    app.native_dialogs = false;
    app
}

fn harness() -> Harness<'static, KlantreisApp> {
    harness_with(app_with(small_map()))
}

fn step<'a>(harness: &'a Harness<'_, KlantreisApp>, id: u64) -> &'a Step {
    harness.state().doc.map.step(StepId(id)).expect("step").1
}

#[test]
fn the_app_opens_on_the_example_map_with_its_two_journeys() {
    let mut harness = harness_with(KlantreisApp::with_example());
    harness.run_steps(2);
    let app = harness.state();
    // Daniëlle's and Bas's journeys, and Bas's to-be version.
    assert_eq!(app.doc.map.journeys.len(), 3);
    assert!(
        app.doc.path.is_none(),
        "the example opens as an unsaved map"
    );
    assert!(!app.doc.history.is_dirty());
    // In the persona panel, and in the legend beside its journey.
    harness.get_by_label("Duurzame Daniëlle");
    assert!(
        harness
            .query_by_label_contains("(Duurzame Daniëlle)")
            .is_some()
    );
}

#[test]
fn a_new_map_from_a_template_has_its_phases() {
    let mut harness = harness();
    harness.get_by_label("File").click();
    harness.run_steps(2);
    harness.get_by_label("New").click();
    harness.run_steps(2);
    harness.get_by_label("See, Think, Do, Care").click();
    harness.run_steps(3);
    let names: Vec<_> = harness
        .state()
        .doc
        .map
        .phases
        .iter()
        .map(|p| p.name.clone())
        .collect();
    assert_eq!(names, ["See", "Think", "Do", "Care"]);
    assert!(harness.state().doc.map.journeys.is_empty());
}

#[test]
fn double_clicking_the_canvas_adds_a_step_at_that_phase_time_and_emotion() {
    let mut harness = harness();
    // Phase 2 (Consideration) spans 10..20; aim at time 14, emotion -1.
    let pos = canvas_pos(&harness, 14.0, -1.0);
    double_click_at(&mut harness, pos);
    let map = &harness.state().doc.map;
    assert_eq!(map.journeys[0].steps.len(), 3);
    let new = &map.journeys[0].steps[2];
    assert_eq!(new.phase, PhaseId(2));
    assert!((new.at - 0.4).abs() < 0.02, "at {}", new.at);
    assert_eq!(new.emotion, -1.0);
    assert_eq!(
        harness.state().state.selection,
        Selection::Steps(vec![new.id])
    );
}

#[test]
fn adding_a_step_is_undone_and_redone() {
    let mut harness = harness();
    let pos = canvas_pos(&harness, 25.0, 2.0);
    double_click_at(&mut harness, pos);
    assert_eq!(harness.state().doc.map.steps().count(), 3);
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(*harness.state().doc.map, small_map());
    key(&mut harness, Modifiers::COMMAND, Key::Y);
    assert_eq!(harness.state().doc.map.steps().count(), 3);
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    key(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(harness.state().doc.map.steps().count(), 3);
}

#[test]
fn dragging_a_step_changes_its_time_and_emotion_snapping_to_the_scale() {
    let mut harness = harness();
    let from = step_pos(&harness, StepId(1));
    // From time 5 / emotion 1 to time 13 / emotion about -1.2: Consideration, snapped to -1.
    let to = canvas_pos(&harness, 13.0, -1.2);
    drag(&mut harness, from, to, Modifiers::NONE);
    let moved = step(&harness, 1);
    assert_eq!(moved.phase, PhaseId(2));
    assert!((moved.at - 0.3).abs() < 0.03, "at {}", moved.at);
    assert_eq!(moved.emotion, -1.0);
}

#[test]
fn a_whole_drag_is_one_undo_step() {
    let mut harness = harness();
    let from = step_pos(&harness, StepId(2));
    let to = canvas_pos(&harness, 27.0, 2.0);
    drag(&mut harness, from, to, Modifiers::NONE);
    assert_eq!(step(&harness, 2).emotion, 2.0);
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(*harness.state().doc.map, small_map());
    assert!(!harness.state().doc.history.is_dirty());
}

#[test]
fn dragging_without_snapping_keeps_in_between_emotions() {
    let mut harness = harness();
    harness.state_mut().state.journey.snap = false;
    let from = step_pos(&harness, StepId(1));
    let to = canvas_pos(&harness, 5.0, 1.6);
    drag(&mut harness, from, to, Modifiers::NONE);
    let emotion = step(&harness, 1).emotion;
    assert!((emotion - 1.6).abs() < 0.06 && emotion != 2.0, "{emotion}");
}

#[test]
fn clicking_a_step_selects_it_and_the_inspector_edits_its_title() {
    let mut harness = harness();
    let pos = step_pos(&harness, StepId(1));
    click_at(&mut harness, pos, Modifiers::NONE);
    assert_eq!(
        harness.state().state.selection,
        Selection::Steps(vec![StepId(1)])
    );
    type_into(&mut harness, "Title", "Zoekt 'beste waterkoker 2024'");
    assert_eq!(step(&harness, 1).title, "Zoekt 'beste waterkoker 2024'");
    // Typing in one field is one undo step.
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(step(&harness, 1).title, "Searches Google");
}

#[test]
fn lanes_are_edited_in_the_inspector_one_item_per_line() {
    let mut harness = harness();
    harness.state_mut().state.selection = Selection::Steps(vec![StepId(2)]);
    harness.run_steps(2);
    type_into(
        &mut harness,
        "Pain points (one per line)",
        "Verzendkosten\nTrage levering",
    );
    assert_eq!(
        step(&harness, 2).pain_points,
        ["Verzendkosten", "Trage levering"]
    );
    type_into(
        &mut harness,
        "Opportunities (one per line)",
        "Gratis verzending",
    );
    assert_eq!(step(&harness, 2).opportunities, ["Gratis verzending"]);
    type_into(&mut harness, "Touchpoint", "Checkout");
    assert_eq!(step(&harness, 2).touchpoint, "Checkout");
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(*harness.state().doc.map, small_map());
}

#[test]
fn double_clicking_a_phase_name_renames_it_and_undo_restores_it() {
    let mut harness = harness();
    let band_top = harness.state().state.journey.canvas_rect.top() + 14.0;
    let x = canvas_pos(&harness, 5.0, 0.0).x;
    double_click_at(&mut harness, pos2(x, band_top));
    assert!(harness.state().state.journey.renaming.is_some());
    let field = harness.get_by_role_and_label(Role::TextInput, "Phase name");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    field.type_text("Bewustwording");
    harness.run_steps(1);
    key(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(harness.state().doc.map.phases[0].name, "Bewustwording");
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().doc.map.phases[0].name, "Awareness");
    key(&mut harness, Modifiers::COMMAND, Key::Y);
    assert_eq!(harness.state().doc.map.phases[0].name, "Bewustwording");
}

#[test]
fn a_phase_is_renamed_and_given_a_kpi_in_the_inspector() {
    let mut harness = harness();
    harness.state_mut().state.selection = Selection::Phase(PhaseId(3));
    harness.run_steps(2);
    type_into(&mut harness, "Name", "Aankoop");
    harness.get_by_label("Add KPI").click();
    harness.run_steps(2);
    let phase = harness
        .state()
        .doc
        .map
        .phase(PhaseId(3))
        .expect("phase")
        .clone();
    assert_eq!(phase.name, "Aankoop");
    assert_eq!(phase.kpis.last().map(|k| k.name.as_str()), Some("New KPI"));
}

#[test]
fn dragging_a_phase_edge_resizes_it_as_one_undo_step() {
    let mut harness = harness();
    let edge = canvas_pos(&harness, 10.0, 0.5);
    let to = canvas_pos(&harness, 14.0, 0.5);
    drag(&mut harness, edge, to, Modifiers::NONE);
    let width = harness.state().doc.map.phases[0].width;
    assert!((width - 14.0).abs() < 0.2, "{width}");
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().doc.map.phases[0].width, 10.0);
}

#[test]
fn dragging_a_phase_header_reorders_the_phases() {
    let mut harness = harness();
    let y = harness.state().state.journey.canvas_rect.top() + 30.0;
    let from = pos2(canvas_pos(&harness, 5.0, 0.0).x, y);
    let to = pos2(canvas_pos(&harness, 25.0, 0.0).x, y);
    drag(&mut harness, from, to, Modifiers::NONE);
    let names: Vec<_> = harness
        .state()
        .doc
        .map
        .phases
        .iter()
        .map(|p| p.name.clone())
        .collect();
    assert_eq!(names[2], "Awareness", "{names:?}");
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().doc.map.phases[0].name, "Awareness");
}

#[test]
fn the_delete_key_removes_selected_steps_and_undo_brings_them_back() {
    let mut harness = harness();
    let pos = step_pos(&harness, StepId(1));
    click_at(&mut harness, pos, Modifiers::NONE);
    let pos = step_pos(&harness, StepId(2));
    click_at(&mut harness, pos, Modifiers::SHIFT);
    assert_eq!(
        harness.state().state.selection,
        Selection::Steps(vec![StepId(1), StepId(2)])
    );
    key(&mut harness, Modifiers::NONE, Key::Delete);
    assert_eq!(harness.state().doc.map.steps().count(), 0);
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(*harness.state().doc.map, small_map());
}

#[test]
fn shift_dragging_the_background_selects_the_steps_in_the_box() {
    let mut harness = harness();
    let from = canvas_pos(&harness, 1.0, 2.8);
    let to = canvas_pos(&harness, 29.0, -2.8);
    drag(&mut harness, from, to, Modifiers::SHIFT);
    let Selection::Steps(mut ids) = harness.state().state.selection.clone() else {
        panic!("no steps selected");
    };
    ids.sort();
    assert_eq!(ids, [StepId(1), StepId(2)]);
}

#[test]
fn dragging_the_background_pans_and_ctrl_zero_fits_again() {
    let mut harness = harness();
    let before = harness.state().state.journey.view;
    let from = canvas_pos(&harness, 33.0, 2.5);
    drag(
        &mut harness,
        from,
        from + egui::vec2(-200.0, 0.0),
        Modifiers::NONE,
    );
    let after = harness.state().state.journey.view;
    assert!(
        after.left_time > before.left_time + 3.0,
        "{before:?} {after:?}"
    );
    key(&mut harness, Modifiers::COMMAND, Key::Num0);
    harness.run_steps(1);
    assert_eq!(harness.state().state.journey.view, before);
    key(&mut harness, Modifiers::COMMAND, Key::Plus);
    assert!(harness.state().state.journey.view.zoom > before.zoom);
    assert_eq!(
        *harness.state().doc.map,
        small_map(),
        "the view is not the map"
    );
}

#[test]
fn copied_steps_paste_into_another_map_in_the_same_named_phase() {
    let source = small_map();
    let (_, pays) = source.step(StepId(2)).expect("step");
    let clipboard = io::steps_to_text(&source, &[pays]);
    let mut other = PhaseTemplate::FivePhase.new_map(Language::En);
    other.phases.reverse();
    let mut harness = harness_with(app_with(other));
    harness.event(Event::Paste(clipboard));
    harness.run_steps(2);
    let map = &harness.state().doc.map;
    assert_eq!(
        map.journeys.len(),
        1,
        "a journey is made for the pasted step"
    );
    let pasted = &map.journeys[0].steps[0];
    assert_eq!(pasted.title, "Pays");
    assert_eq!(
        map.phase(pasted.phase).map(|p| p.name.as_str()),
        Some("Decision")
    );
}

#[test]
fn clicking_a_lane_cell_selects_its_step() {
    let mut harness = harness();
    harness.run_steps(1);
    let x = step_pos(&harness, StepId(2)).x;
    let lanes = harness.get_by_label("Lanes of the journey's steps").rect();
    click_at(&mut harness, pos2(x, lanes.top() + 100.0), Modifiers::NONE);
    assert_eq!(
        harness.state().state.selection,
        Selection::Steps(vec![StepId(2)])
    );
}

#[test]
fn hiding_a_journey_in_the_legend_hides_its_steps_from_selection() {
    let mut harness = harness();
    harness
        .get_by_role_and_label(Role::CheckBox, "Petra")
        .click();
    harness.run_steps(2);
    assert!(!harness.state().state.is_visible(JourneyId(1)));
    key(&mut harness, Modifiers::COMMAND, Key::A);
    assert_eq!(harness.state().state.selection, Selection::None);
    harness
        .get_by_role_and_label(Role::CheckBox, "Petra")
        .click();
    harness.run_steps(2);
    key(&mut harness, Modifiers::COMMAND, Key::A);
    assert_eq!(
        harness.state().state.selection,
        Selection::Steps(vec![StepId(1), StepId(2)])
    );
}

#[test]
fn a_journey_is_added_renamed_and_deleted_in_the_inspector() {
    let mut harness = harness();
    harness.get_by_label("Add journey").click();
    harness.run_steps(2);
    assert_eq!(harness.state().doc.map.journeys.len(), 2);
    type_into(&mut harness, "Name", "Budget Bewuste Bas");
    assert_eq!(
        harness.state().doc.map.journeys[1].name,
        "Budget Bewuste Bas"
    );
    harness.get_by_label("Delete journey").click();
    harness.run_steps(2);
    assert_eq!(harness.state().doc.map.journeys.len(), 1);
}

#[test]
fn deleting_a_journey_in_the_inspector_keeps_content_citing_its_steps_and_the_saved_map_exports() {
    let mut map = small_map();
    let mut blog = common::three_items_in_march(["Welke waterkoker?", "b", "c"]).swap_remove(0);
    blog.steps = vec![StepId(1), StepId(2)];
    map.content.push(blog);
    let mut harness = harness_with(app_with(map));
    harness.state_mut().state.selection = Selection::Journey(JourneyId(1));
    harness.run_steps(2);
    harness.get_by_label("Delete journey").click();
    harness.run_steps(2);
    let map = &harness.state().doc.map;
    assert!(map.journeys.is_empty());
    assert_eq!(map.content.len(), 1, "the content item stays");
    assert_eq!(
        map.content[0].steps,
        vec![],
        "and forgets the deleted steps"
    );
    assert_eq!(klantreis::model::validate(map), vec![]);
    common::assert_saved_map_exports(&mut harness);
}

#[test]
fn deleting_a_phase_moves_its_steps_to_the_neighbour() {
    let mut harness = harness();
    harness.state_mut().state.selection = Selection::Phase(PhaseId(3));
    harness.run_steps(2);
    harness.get_by_label("Delete phase").click();
    harness.run_steps(2);
    let map = &harness.state().doc.map;
    assert_eq!(map.phases.len(), 4);
    assert_eq!(map.step(StepId(2)).expect("kept").1.phase, PhaseId(4));
    assert!(klantreis::model::validate(map).is_empty());
}

#[test]
fn the_map_title_is_edited_and_the_window_title_shows_unsaved_changes() {
    let mut harness = harness();
    assert!(!harness.state().title().starts_with('●'));
    type_into(&mut harness, "Title", "Waterkoker kopen");
    assert_eq!(harness.state().doc.map.title, "Waterkoker kopen");
    harness.run_steps(1);
    assert!(
        harness
            .state()
            .title()
            .starts_with("● Untitled journey map"),
        "{}",
        harness.state().title()
    );
}

#[test]
fn save_then_reopen_gives_the_identical_map() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("waterkoker.ron");
    let mut harness = harness();
    let pos = canvas_pos(&harness, 35.0, 1.0);
    double_click_at(&mut harness, pos);
    // Ctrl+S on a map that was never saved asks for a path (no native dialog in tests).
    key(&mut harness, Modifiers::COMMAND, Key::S);
    assert!(matches!(
        harness.state().dialog,
        Some(Dialog::TypedPath { .. })
    ));
    type_into(&mut harness, "File path:", &path.display().to_string());
    harness.get_by_label("Save").click();
    harness.run_steps(1);
    harness.state_mut().wait_for_io().expect("saved");
    harness.run_steps(1);
    assert!(!harness.state().doc.history.is_dirty());
    assert!(harness.state().title().starts_with("waterkoker.ron"));
    let saved = harness.state().doc.map.clone();

    let mut other = harness_with(app_with(PhaseTemplate::FivePhase.new_map(Language::Nl)));
    other.state_mut().open_path(&path);
    other.state_mut().wait_for_io().expect("opens");
    other.run_steps(2);
    assert_eq!(other.state().doc.map, saved);
    assert_eq!(other.state().doc.path.as_deref(), Some(path.as_path()));
}

#[test]
fn opening_a_broken_file_shows_the_error_and_keeps_the_map() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("kapot.ron");
    std::fs::write(&path, "(format: \"klantreis\", version: 1, map: (title: ").expect("write");
    let mut harness = harness();
    harness
        .state_mut()
        .command(klantreis::ui::shell::commands::Command::OpenPath);
    harness.run_steps(2);
    type_into(&mut harness, "File path:", &path.display().to_string());
    harness.get_by_label("Open").click();
    harness.run_steps(1);
    assert!(harness.state_mut().wait_for_io().is_err());
    // The floating notice is measured in its first frame and shown in the next.
    harness.run_steps(2);
    assert_eq!(*harness.state().doc.map, small_map());
    let notice = harness.state().notice.clone().expect("an error is shown");
    assert!(notice.is_error && notice.text.contains("kapot.ron") && notice.text.contains("line 1"));
    assert!(harness.query_by_label_contains("ends too early").is_some());
}

#[test]
fn new_with_unsaved_changes_asks_and_cancel_keeps_the_work() {
    let mut harness = harness();
    harness.state_mut().apply(Edit::SetMapText(
        klantreis::edit::MapText::Goal,
        "Waarom haakt Bas af?".into(),
    ));
    harness.run_steps(1);
    key(&mut harness, Modifiers::COMMAND, Key::N);
    assert!(matches!(harness.state().dialog, Some(Dialog::Unsaved(_))));
    harness.get_by_label("Cancel").click();
    harness.run_steps(2);
    assert_eq!(harness.state().doc.map.goal, "Waarom haakt Bas af?");
    key(&mut harness, Modifiers::COMMAND, Key::N);
    harness.get_by_label("Discard changes").click();
    harness.run_steps(2);
    assert_eq!(harness.state().doc.map.goal, "");
    assert_eq!(harness.state().doc.map.phases.len(), 5);
}

#[test]
fn saving_from_the_unsaved_changes_dialog_then_continues() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("eerst-opslaan.ron");
    let mut harness = harness();
    harness.state_mut().apply(Edit::SetMapText(
        klantreis::edit::MapText::Title,
        "Eerst opslaan".into(),
    ));
    key(&mut harness, Modifiers::COMMAND, Key::N);
    harness.get_by_label("Save").click();
    harness.run_steps(2);
    type_into(&mut harness, "File path:", &path.display().to_string());
    harness.get_by_label("Save").click();
    harness.run_steps(1);
    harness.state_mut().wait_for_io().expect("saved");
    harness.run_steps(1);
    assert_eq!(io::load(&path).expect("saved").map.title, "Eerst opslaan");
    assert_eq!(
        harness.state().doc.map.title,
        "Untitled journey map",
        "then the new map opened"
    );
}

#[test]
fn a_map_with_dangling_references_opens_with_a_notice_and_is_repaired_by_the_menu() {
    let mut map = small_map();
    map.journeys[0].steps[1].phase = PhaseId(42);
    let mut harness = harness_with(app_with(map));
    assert!(
        harness
            .state()
            .notice
            .as_ref()
            .is_some_and(|n| n.text.contains("phase 42"))
    );
    harness.get_by_label("Edit").click();
    harness.run_steps(2);
    harness.get_by_label("Repair map").click();
    harness.run_steps(2);
    assert!(klantreis::model::validate(&harness.state().doc.map).is_empty());
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        harness.state().doc.map.journeys[0].steps[1].phase,
        PhaseId(42)
    );
}

#[test]
fn the_map_summary_describes_the_journey_in_order_for_screen_readers() {
    let harness = harness();
    let plot = plot_rect(harness.state().state.journey.canvas_rect);
    assert!(y_of(Emotion::VeryPositive.value(), plot) < y_of(Emotion::VeryNegative.value(), plot));
    harness.get_by_role_and_label(Role::Canvas, "Journey canvas, 1 journey, 2 steps");
    let summary = harness.get_by_role_and_label(Role::Document, "Map summary");
    let description = summary.accesskit_node().description().unwrap_or_default();
    assert!(
        description.contains(
            "Journey \"Petra\", 2 steps: \"Searches Google\", Awareness, slightly positive; \"Pays\", Decision, negative;"
        ),
        "{description}"
    );
}

/// A file dropped on the window, as the windowing system hands it over.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_map_file_opens_it_and_another_file_is_refused_with_a_reason() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("gedropt.ron");
    let mut dropped = small_map();
    dropped.title = "Gedropte kaart".into();
    io::save(&path, &dropped).expect("save");
    let mut harness = harness();
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(
            dir.path().join("notities.txt"),
        )));
    harness.run_steps(2);
    assert!(
        harness
            .state()
            .notice
            .as_ref()
            .is_some_and(|n| n.text.contains("notities.txt") && n.text.contains("only .ron"))
    );
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(dir.path().join("foto.png"))));
    harness.run_steps(2);
    let notice = harness.state().notice.clone().expect("notice");
    assert!(
        notice.text.contains("select the persona first"),
        "{}",
        notice.text
    );
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.clone())));
    harness.run_steps(1);
    harness.state_mut().wait_for_io().expect("opens");
    harness.run_steps(2);
    assert_eq!(harness.state().doc.map.title, "Gedropte kaart");
    assert_eq!(
        harness
            .state()
            .prefs
            .recent
            .first()
            .and_then(|p| p.file_name()),
        path.file_name()
    );
}

#[test]
fn escape_clears_the_selection() {
    let mut harness = harness();
    let pos = step_pos(&harness, StepId(1));
    click_at(&mut harness, pos, Modifiers::NONE);
    key(&mut harness, Modifiers::NONE, Key::Escape);
    assert_eq!(harness.state().state.selection, Selection::None);
}

#[test]
fn saving_over_another_existing_file_asks_first() {
    let dir = tempfile::tempdir().expect("dir");
    let other = dir.path().join("van-een-collega.ron");
    io::save(&other, &PhaseTemplate::SeeThinkDoCare.new_map(Language::Nl)).expect("save");
    let before = std::fs::read(&other).expect("read");
    let mut harness = harness();
    key(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    type_into(&mut harness, "File path:", &other.display().to_string());
    harness.get_by_label("Save").click();
    harness.run_steps(2);
    assert!(matches!(
        harness.state().dialog,
        Some(Dialog::ConfirmReplace(_))
    ));
    // Let the dialog settle where it will stay before clicking in it.
    harness.run_steps(4);
    harness.get_by_label("Cancel").click();
    harness.run_steps(2);
    assert_eq!(
        std::fs::read(&other).expect("read"),
        before,
        "nothing replaced"
    );
    key(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    type_into(&mut harness, "File path:", &other.display().to_string());
    harness.get_by_label("Save").click();
    harness.run_steps(2);
    harness.run_steps(4);
    harness.get_by_label("Replace").click();
    harness.run_steps(1);
    harness.state_mut().wait_for_io().expect("replaced");
    assert_eq!(io::load(&other).expect("load").map, small_map());
}

#[test]
fn help_lists_the_keyboard_shortcuts_from_the_menu_and_with_f1() {
    let mut harness = harness();
    key(&mut harness, Modifiers::NONE, Key::F1);
    assert!(harness.state().state.show_shortcuts);
    harness.get_by_label("Ctrl+Shift+S");
    harness.get_by_label("Ctrl+Shift+Z  or  Ctrl+Y");
    harness.get_by_label("Ctrl+2");
    harness.get_by_label("Double-click the canvas");
    harness.state_mut().state.show_shortcuts = false;
    harness.run_steps(2);
    assert!(harness.query_by_label("Ctrl+Shift+S").is_none());
    harness.get_by_label("Help").click();
    harness.run_steps(2);
    harness.get_by_label_contains("Keyboard shortcuts").click();
    harness.run_steps(2);
    assert!(harness.state().state.show_shortcuts);
}
