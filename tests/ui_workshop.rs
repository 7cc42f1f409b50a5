//! Workshop mode, the canvas by keyboard, the accessibility tree, languages
//! and the high-contrast theme, driven through the real app.

mod common;

use common::{harness_with, key};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use klantreis::model::{Map, StepId};
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::{LanguageChoice, Selection, ThemeChoice};

fn clothing() -> Map {
    klantreis::io::from_ron(include_str!("../maps/clothing.ron")).expect("the clothing map reads")
}

fn app() -> Harness<'static, KlantreisApp> {
    harness_with(KlantreisApp::new(clothing(), None))
}

fn selected_step(harness: &Harness<'_, KlantreisApp>) -> Option<StepId> {
    harness.state().state.selection.steps().first().copied()
}

fn title_of(harness: &Harness<'_, KlantreisApp>, id: StepId) -> String {
    let map = &harness.state().doc.map;
    map.step(id)
        .map(|(_, s)| s.title.clone())
        .unwrap_or_default()
}

/// Types into the focused capture bar and presses Enter.
fn capture(harness: &mut Harness<'_, KlantreisApp>, line: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, "Quick capture")
        .type_text(line);
    harness.run_steps(2);
    key(harness, Modifiers::NONE, Key::Enter);
}

#[test]
fn quick_capture_adds_steps_with_the_typed_emotion_and_sticky_notes() {
    let mut harness = app();
    key(&mut harness, Modifiers::NONE, Key::F11);
    assert!(
        harness.state().state.workshop.is_some(),
        "F11 starts workshop mode"
    );
    // Chrome is hidden: no menu bar.
    assert!(harness.query_by_label("File").is_none());
    harness.get_by_label("Exit workshop (F11)");

    // Page Down: the second phase, on its first step.
    key(&mut harness, Modifiers::NONE, Key::PageDown);
    let map = harness.state().doc.map.clone();
    let consideration = map.phases[1].id;
    harness.get_by_label("Phase 2 of 5: Consideration");
    let first = selected_step(&harness).expect("a step is focused");
    assert_eq!(map.step(first).map(|(_, s)| s.phase), Some(consideration));

    let steps_before = map.steps().count();
    capture(&mut harness, "Zoekt op Google -2");
    let map = harness.state().doc.map.clone();
    assert_eq!(map.steps().count(), steps_before + 1);
    let added = map
        .steps()
        .find(|s| s.title == "Zoekt op Google")
        .expect("the captured step");
    assert_eq!(added.emotion, -2.0);
    assert_eq!(added.phase, consideration);
    // It lands right after the focused step, and becomes the focus.
    let first_at = map.step(first).map(|(_, s)| s.at).unwrap_or_default();
    assert!(added.at > first_at);
    assert_eq!(selected_step(&harness), Some(added.id));
    harness.get_by_label("Added \"Zoekt op Google\" (negative) to Consideration.");
    // The bar is empty again and keeps the keyboard for the next line.
    let bar = harness.get_by_role_and_label(Role::TextInput, "Quick capture");
    assert!(bar.is_focused());
    assert_eq!(bar.value().unwrap_or_default(), "");

    // Without an emotion the step is neutral; the emotion words are not part of the title.
    capture(&mut harness, "Belt de klantenservice");
    let map = harness.state().doc.map.clone();
    let neutral = map
        .steps()
        .find(|s| s.title == "Belt de klantenservice")
        .expect("second step");
    assert_eq!(neutral.emotion, 0.0);

    // Sticky notes go onto the focused step.
    capture(&mut harness, "! Wachttijd van twintig minuten");
    capture(&mut harness, "+ Terugbelverzoek aanbieden");
    let map = harness.state().doc.map.clone();
    let noted = map
        .step(neutral.id)
        .map(|(_, s)| s.clone())
        .expect("noted step");
    assert_eq!(
        noted.pain_points,
        vec!["Wachttijd van twintig minuten".to_owned()]
    );
    assert_eq!(
        noted.opportunities,
        vec!["Terugbelverzoek aanbieden".to_owned()]
    );
    // Shown large, as notes.
    harness.get_by_label("Wachttijd van twintig minuten");
    harness.get_by_label("Terugbelverzoek aanbieden");

    // Undo takes the notes and the steps back, one at a time.
    for _ in 0..4 {
        key(&mut harness, Modifiers::COMMAND, Key::Z);
    }
    assert_eq!(harness.state().doc.map.steps().count(), steps_before);

    // Escape with an empty bar leaves workshop mode; the editor is back.
    key(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(harness.state().state.workshop.is_none());
    harness.get_by_label("File");
}

#[test]
fn a_note_without_a_focused_step_is_refused_and_the_text_kept() {
    let mut map = clothing();
    for journey in &mut map.journeys {
        journey.steps.clear();
    }
    let mut harness = harness_with(KlantreisApp::new(map, None));
    key(&mut harness, Modifiers::NONE, Key::F11);
    capture(&mut harness, "! Te veel keuze");
    harness.get_by_label("Choose a step first (Left/Right arrow): notes go on the focused step.");
    let bar = harness.get_by_role_and_label(Role::TextInput, "Quick capture");
    assert_eq!(bar.value().unwrap_or_default(), "! Te veel keuze");
    // A first step in an empty map goes into the first phase.
    key(&mut harness, Modifiers::COMMAND, Key::A);
    capture(&mut harness, "Ziet een advertentie +1");
    let map = &harness.state().doc.map;
    let step = map.steps().next().expect("a step");
    assert_eq!(
        (step.title.as_str(), step.emotion),
        ("Ziet een advertentie", 1.0)
    );
    assert_eq!(step.phase, map.phases[0].id);
}

#[test]
fn arrow_keys_walk_steps_and_page_keys_walk_phases() {
    let mut harness = app();
    let map = harness.state().doc.map.clone();
    let daniëlle = &map.journeys[0];
    let order = klantreis::ui::shell::navigate::ordered_steps(&map, daniëlle);

    key(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(selected_step(&harness), Some(order[0]));
    key(&mut harness, Modifiers::NONE, Key::ArrowRight);
    key(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(selected_step(&harness), Some(order[2]));
    key(&mut harness, Modifiers::NONE, Key::ArrowLeft);
    assert_eq!(selected_step(&harness), Some(order[1]));
    key(&mut harness, Modifiers::NONE, Key::End);
    assert_eq!(selected_step(&harness), order.last().copied());

    // Down: the other journey's step nearest in time.
    key(&mut harness, Modifiers::NONE, Key::ArrowDown);
    let other = selected_step(&harness).expect("a step of the other journey");
    assert!(map.journeys[1].steps.iter().any(|s| s.id == other));

    // Alt+Up raises the emotion one level, as one undoable edit.
    let before = map.step(other).map(|(_, s)| s.emotion).unwrap_or_default();
    key(&mut harness, Modifiers::ALT, Key::ArrowUp);
    let after = harness
        .state()
        .doc
        .map
        .step(other)
        .map(|(_, s)| s.emotion)
        .unwrap_or_default();
    assert_eq!(
        after,
        (klantreis::model::Emotion::nearest(before).value() + 1.0).min(3.0)
    );
    key(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        harness.state().doc.map.step(other).map(|(_, s)| s.emotion),
        Some(before)
    );

    // Page Up/Down select phases; Right goes into the phase's first step.
    key(&mut harness, Modifiers::NONE, Key::Home);
    key(&mut harness, Modifiers::NONE, Key::PageDown);
    assert_eq!(
        harness.state().state.selection,
        Selection::Phase(map.phases[1].id)
    );
    key(&mut harness, Modifiers::NONE, Key::PageDown);
    assert_eq!(
        harness.state().state.selection,
        Selection::Phase(map.phases[2].id)
    );
    key(&mut harness, Modifiers::NONE, Key::PageUp);
    assert_eq!(
        harness.state().state.selection,
        Selection::Phase(map.phases[1].id)
    );
    key(&mut harness, Modifiers::NONE, Key::ArrowRight);
    let step = selected_step(&harness).expect("a step in the phase");
    assert_eq!(
        harness.state().doc.map.step(step).map(|(_, s)| s.phase),
        Some(map.phases[1].id)
    );

    // Insert adds a step right after the selection, and selects it.
    let count = harness.state().doc.map.steps().count();
    key(&mut harness, Modifiers::NONE, Key::Insert);
    assert_eq!(harness.state().doc.map.steps().count(), count + 1);
    let new = selected_step(&harness).expect("the new step");
    assert_eq!(title_of(&harness, new), "New step");
}

#[test]
fn workshop_walks_phase_by_phase() {
    let mut harness = app();
    key(&mut harness, Modifiers::NONE, Key::F11);
    let map = harness.state().doc.map.clone();
    for (i, phase) in map.phases.iter().enumerate().skip(1) {
        key(&mut harness, Modifiers::NONE, Key::PageDown);
        harness.get_by_label(&format!("Phase {} of 5: {}", i + 1, phase.name));
    }
    // Past the last phase it stays there.
    key(&mut harness, Modifiers::NONE, Key::PageDown);
    harness.get_by_label("Phase 5 of 5: Advocacy");
    key(&mut harness, Modifiers::NONE, Key::PageUp);
    harness.get_by_label("Phase 4 of 5: Retention");
    // The arrows walk phases too.
    key(&mut harness, Modifiers::NONE, Key::ArrowUp);
    harness.get_by_label("Phase 3 of 5: Decision");
    key(&mut harness, Modifiers::NONE, Key::ArrowDown);
    harness.get_by_label("Phase 4 of 5: Retention");
    // Step by step inside it: the focused step's title is shown large.
    key(&mut harness, Modifiers::NONE, Key::ArrowRight);
    let step = selected_step(&harness).expect("focused step");
    let title = title_of(&harness, step);
    let shown: Vec<_> = harness.query_all_by_label(&title).collect();
    assert_eq!(shown.len(), 1, "the title is shown once");
    // Large: taller than the feeling beside it, itself larger than body text.
    let emotion = harness.state().doc.map.step(step).map(|(_, s)| s.emotion);
    let feeling = klantreis::i18n::fill(
        klantreis::i18n::workshop::Texts::EN.emotion_of,
        &[(
            "emotion",
            &klantreis::model::Emotion::nearest(emotion.expect("the step")).name(),
        )],
    );
    let title_height = shown[0].rect().height();
    let feeling_height = harness.get_by_label(&feeling).rect().height();
    assert!(
        title_height > 1.3 * feeling_height,
        "title {title_height} pt high, feeling {feeling_height} pt"
    );
    // Alt+Down lowers its feeling one level; Ctrl+Down goes to the other journey.
    let before = harness.state().doc.map.step(step).map(|(_, s)| s.emotion);
    key(&mut harness, Modifiers::ALT, Key::ArrowDown);
    let after = harness.state().doc.map.step(step).map(|(_, s)| s.emotion);
    assert_eq!(
        after,
        before.map(|e| (klantreis::model::Emotion::nearest(e).value() - 1.0).max(-3.0))
    );
    let journey = |h: &Harness<'_, KlantreisApp>| {
        let id = selected_step(h).expect("a focused step");
        klantreis::ui::shell::navigate::journey_of(&h.state().doc.map, id)
    };
    let first = journey(&harness);
    key(&mut harness, Modifiers::COMMAND, Key::ArrowDown);
    assert_ne!(journey(&harness), first);
}

#[test]
fn the_workshop_timer_counts_down_and_pauses() {
    let mut harness = app();
    key(&mut harness, Modifiers::NONE, Key::F11);
    harness.get_by_role_and_label(Role::Timer, "Timer: 10:00 left");
    harness.get_by_label("5 min").click();
    harness.run_steps(2);
    harness.get_by_role_and_label(Role::Timer, "Timer: 05:00 left");
    key(&mut harness, Modifiers::COMMAND, Key::T);
    // 1/60 s a step: three seconds.
    harness.run_steps(180);
    harness.get_by_role_and_label(Role::Timer, "Timer: 04:57 left");
    harness.get_by_label("Pause").click();
    harness.run_steps(120);
    harness.get_by_role_and_label(Role::Timer, "Timer: 04:57 left");
    harness.get_by_label("Reset").click();
    harness.run_steps(2);
    harness.get_by_role_and_label(Role::Timer, "Timer: 05:00 left");
}

#[test]
fn the_accessibility_tree_names_steps_and_phases() {
    let mut harness = app();
    harness.run_steps(2);
    harness.get_by_role_and_label(
        Role::ListItem,
        "Step 'Finds vague claims on the product page', Consideration, emotion negative, 4 of 15",
    );
    harness
        .get_by_label("Phase 'Decision', 10 steps, 3 content items, 1 experiment running, 3 of 5");
    harness.get_by_label("Phase 'Advocacy', 6 steps, 1 content item, 5 of 5");
    // Clicking the node selects the step.
    harness
        .get_by_label(
            "Step 'Finds vague claims on the product page', Consideration, emotion negative, 4 of 15",
        )
        .click_accesskit();
    harness.run_steps(2);
    let step = selected_step(&harness).expect("clicked step");
    assert_eq!(
        title_of(&harness, step),
        "Finds vague claims on the product page"
    );

    // Personas say who they are.
    let persona = harness.get_by_label("Duurzame Daniëlle");
    assert_eq!(
        NodeT::accesskit_node(&persona).description().as_deref(),
        Some(
            "Persona, 30, Policy adviser at an environmental organisation, Utrecht, walks 1 journey"
        )
    );

    // In Dutch too.
    harness.state_mut().prefs.language = LanguageChoice::Dutch;
    harness.run_steps(2);
    harness.get_by_label(
        "Stap 'Finds vague claims on the product page', Consideration, emotie negatief, 4 van 15",
    );
}

#[test]
fn switching_the_language_changes_the_labels() {
    let mut harness = app();
    harness.get_by_label("File");
    harness.get_by_label("View").click();
    harness.run_steps(2);
    harness.get_by_label("Nederlands").click();
    harness.run_steps(3);
    assert_eq!(harness.state().prefs.language, LanguageChoice::Dutch);
    harness.get_by_label("Bestand");
    harness.get_by_label("Beeld");
    assert!(harness.query_by_label("File").is_none());
    // Model words follow: emotions and lanes.
    harness.get_by_label("Klantreiskaart");
    key(&mut harness, Modifiers::NONE, Key::F11);
    harness.get_by_label("Workshop verlaten (F11)");
    harness.get_by_label("Fase 1 van 5: Awareness");
    harness.get_by_label("Geen stap gekozen. Loop met de pijltjes links en rechts door de stappen, of typ er hieronder een.");
    key(&mut harness, Modifiers::NONE, Key::ArrowRight);
    harness.get_by_label("Voelt neutraal");
    harness.get_by_label("Pijnpunten");
    harness.get_by_label("Kansen");
}

#[test]
fn tab_reaches_the_inspector_from_the_canvas() {
    let mut harness = app();
    key(&mut harness, Modifiers::NONE, Key::ArrowRight);
    let step = selected_step(&harness).expect("a step");
    let title = title_of(&harness, step);
    let mut reached = false;
    for _ in 0..60 {
        key(&mut harness, Modifiers::NONE, Key::Tab);
        let focused = harness
            .query_all_by_role(Role::TextInput)
            .chain(harness.query_all_by_role(Role::MultilineTextInput))
            .find(|n| n.is_focused())
            .and_then(|n| n.value());
        if focused.as_deref() == Some(title.as_str()) {
            reached = true;
            break;
        }
    }
    assert!(
        reached,
        "Tab reaches the step's title field in the inspector"
    );
}

#[test]
fn the_high_contrast_theme_is_black_on_white() {
    let mut harness = app();
    harness.get_by_label("View").click();
    harness.run_steps(2);
    harness
        .get_by_label("High contrast (for projectors)")
        .click();
    harness.run_steps(3);
    assert_eq!(harness.state().prefs.theme, ThemeChoice::HighContrast);
    let ctx = harness.ctx.clone();
    assert!(klantreis::ui::shell::theme::high_contrast(&ctx));
    let visuals = ctx.global_style().visuals.clone();
    assert_eq!(visuals.panel_fill, egui::Color32::WHITE);
    assert_eq!(visuals.override_text_color, Some(egui::Color32::BLACK));
    // Back to light: the normal light colours return.
    harness.get_by_label("View").click();
    harness.run_steps(2);
    harness.get_by_label("Light").click();
    harness.run_steps(3);
    assert!(!klantreis::ui::shell::theme::high_contrast(&harness.ctx));
    assert_ne!(
        harness.ctx.global_style().visuals.override_text_color,
        Some(egui::Color32::BLACK)
    );
}

#[test]
fn selecting_a_step_does_not_change_it() {
    let mut harness = app();
    let map = harness.state().doc.map.clone();
    let step = map
        .steps()
        .find(|s| s.emotion == 0.5)
        .expect("a step between levels")
        .clone();
    harness.state_mut().state.selection = Selection::Steps(vec![step.id]);
    harness.run_steps(4);
    assert_eq!(
        harness
            .state()
            .doc
            .map
            .step(step.id)
            .map(|(_, s)| s.emotion),
        Some(0.5)
    );
    assert!(!harness.state().doc.history.is_dirty());
}

#[test]
fn the_shortcuts_window_lists_the_canvas_and_workshop_keys() {
    let mut harness = app();
    key(&mut harness, Modifiers::NONE, Key::F1);
    let rows = klantreis::ui::shell::help::keyboard_rows(&harness.ctx).concat();
    assert!(
        rows.len() >= 15,
        "every canvas and workshop key has its row"
    );
    for (what, keys) in rows {
        let (what, keys) = (what.as_str(), keys.as_str());
        // Each key stands in one row with what it does, to its right.
        let in_one_row = harness.query_all_by_label(what).any(|w| {
            harness.query_all_by_label(keys).any(|k| {
                let (w, k) = (w.rect(), k.rect());
                w.right() <= k.left() && (w.center().y - k.center().y).abs() < w.height() / 2.0
            })
        });
        assert!(in_one_row, "\"{keys}\" is not listed beside \"{what}\"");
    }
    // The heading, and the F11 command's row.
    assert_eq!(harness.query_all_by_label("Workshop mode").count(), 2);
    harness.get_by_label("Journey map by keyboard");
}

#[test]
fn after_a_click_the_capture_bar_takes_the_keyboard_again() {
    let mut harness = app();
    key(&mut harness, Modifiers::NONE, Key::F11);
    harness.get_by_label("Whole map").click();
    harness.run_steps(3);
    assert!(
        harness
            .state()
            .state
            .workshop
            .as_ref()
            .is_some_and(|w| w.whole_map)
    );
    let canvas = harness.state().state.journey.canvas_rect;
    common::click_at(&mut harness, canvas.center(), Modifiers::NONE);
    harness.run_steps(3);
    let bar = harness.get_by_role_and_label(Role::TextInput, "Quick capture");
    assert!(bar.is_focused());
}

#[test]
fn the_app_can_start_in_workshop_mode() {
    let mut harness = harness_with(KlantreisApp::new(clothing(), None).in_workshop());
    harness.run_steps(2);
    harness.get_by_label("Phase 1 of 5: Awareness");
    assert!(harness.query_by_label("File").is_none());
    key(&mut harness, Modifiers::NONE, Key::F11);
    harness.get_by_label("File");
}

#[test]
fn the_menus_work_from_the_keyboard() {
    let mut app = KlantreisApp::new(clothing(), None);
    app.native_dialogs = false;
    let mut harness = harness_with(app);
    // Tab reaches the menu bar first; Enter opens the menu; Tab walks its items.
    key(&mut harness, Modifiers::NONE, Key::Tab);
    assert!(harness.get_by_label("File").is_focused());
    key(&mut harness, Modifiers::NONE, Key::Enter);
    key(&mut harness, Modifiers::NONE, Key::Tab);
    key(&mut harness, Modifiers::NONE, Key::Tab);
    assert!(harness.get_by_label_contains("Open…").is_focused());
    // Enter runs it: without a native file dialog, the app asks for a path to type.
    key(&mut harness, Modifiers::NONE, Key::Enter);
    harness.run_steps(2);
    assert!(harness.state().dialog.is_some(), "Open asks for a file");
}

/// The vertices it takes to draw the 10,000-step map's canvas with `look`,
/// the outlined circles drawn one by one, and the dots on screen, zoomed in
/// as far as its steps are drawn one by one (fitted, they are bands).
fn tessellated(look: &klantreis::ui::journey::paint::Look) -> (usize, usize, usize) {
    use egui::{Pos2, RawInput, Rect, Shape, vec2};
    use klantreis::model::generate::{MapSize, generated_map};
    use klantreis::scene;
    let map = generated_map(MapSize::LARGE);
    let rect = Rect::from_min_size(Pos2::ZERO, vec2(1500.0, 600.0));
    let mut view = scene::View::fit(&map, 1400.0 * 30.0);
    view.left_time = map.total_width() / 2.0;
    let scene = scene::scene(
        &map,
        rect,
        view,
        &scene::Options {
            sizes: scene::Sizes::LARGE,
            badges: true,
            front: None,
            focus: map.journeys.first().map(|j| j.id),
            ..scene::Options::plain(&|_| true)
        },
    );
    let shown: usize = scene
        .canvas
        .curves
        .iter()
        .map(|c| {
            assert!(!c.aggregated(), "zoomed in, each step is drawn");
            scene.dots(c).count()
        })
        .sum();
    let ctx = egui::Context::default();
    let input = || RawInput {
        screen_rect: Some(rect),
        ..RawInput::default()
    };
    ctx.run_ui(input(), |_| {}).textures_delta.clear();
    let mut output = ctx.run_ui(input(), |ui| {
        klantreis::ui::journey::paint::paint_scene(&ui.painter_at(rect), &map, &scene, look);
    });
    output.textures_delta.clear();
    let discs = output
        .shapes
        .iter()
        .filter(|c| matches!(&c.shape, Shape::Circle(c) if !c.stroke.is_empty()))
        .count();
    let meshes = ctx.tessellate(std::mem::take(&mut output.shapes), 1.0);
    let vertices = meshes
        .iter()
        .map(|m| match &m.primitive {
            egui::epaint::Primitive::Mesh(mesh) => mesh.vertices.len(),
            egui::epaint::Primitive::Callback(_) => 0,
        })
        .sum();
    (vertices, discs, shown)
}

#[test]
fn workshop_mode_draws_every_dot_on_screen_of_the_large_map_with_under_half_the_vertices() {
    let plain = klantreis::ui::journey::paint::Look::plain(false);
    let thin = klantreis::ui::journey::paint::Look {
        thin: true,
        ..klantreis::ui::journey::paint::Look::plain(false)
    };
    let (plain_vertices, plain_circles, shown) = tessellated(&plain);
    let (thin_vertices, thin_circles, _) = tessellated(&thin);
    assert!(shown > 250, "a crowd of steps is on screen: {shown} dots");
    assert_eq!(
        plain_circles, shown,
        "plain, each dot is an outlined circle"
    );
    assert_eq!(
        thin_circles, 0,
        "thinned, the dots are in the curves' meshes"
    );
    // Thinned, a dot is two discs of 25 vertices each.
    assert!(
        thin_vertices >= 50 * shown,
        "every dot is drawn: {thin_vertices} vertices for {shown} dots"
    );
    assert!(
        thin_vertices * 2 < plain_vertices,
        "thinned: {thin_vertices} vertices, plain: {plain_vertices}"
    );
}
