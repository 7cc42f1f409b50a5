//! The journey canvas by keyboard and for a screen reader, through the real
//! app and its AccessKit tree: the canvas's keys while it has focus, the reader's
//! focus following the selection, every step and phase under the canvas, and
//! the menus' roles.

mod common;
use common::{harness_with, key};

use egui::accesskit::{HasPopup, Role};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::Selection;

const CANVAS: &str = "Journey canvas, 3 journeys, 43 steps";

/// The example map (three journeys, 43 steps), with keyboard focus on the canvas.
fn focused_canvas() -> Harness<'static, KlantreisApp> {
    let mut harness = harness_with(KlantreisApp::with_example());
    harness.get_by_role_and_label(Role::Canvas, CANVAS).focus();
    harness.run_steps(2);
    assert!(
        harness.ctx.memory(|m| m.focused().is_some()),
        "the canvas takes focus"
    );
    harness
}

/// The label of the node a screen reader has focus on.
fn reader_focus(harness: &Harness<'_, KlantreisApp>) -> Option<String> {
    harness
        .query_by(|node| node.is_focused())
        .and_then(|node| node.accesskit_node().label())
}

fn selected_title(harness: &Harness<'_, KlantreisApp>) -> Option<String> {
    let app = harness.state();
    let id = *app.state.selection.steps().first()?;
    Some(app.doc.map.step(id)?.1.title.clone())
}

#[test]
fn the_arrow_keys_walk_the_steps_while_the_canvas_has_focus() {
    let mut harness = focused_canvas();
    let canvas_id = harness.ctx.memory(|m| m.focused());
    key(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(
        selected_title(&harness).as_deref(),
        Some("Sees a friend's linen shirt on Instagram")
    );
    key(&mut harness, Modifiers::NONE, Key::ArrowRight);
    key(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(
        selected_title(&harness).as_deref(),
        Some("Lands on the homepage")
    );
    key(&mut harness, Modifiers::NONE, Key::End);
    assert_eq!(
        selected_title(&harness).as_deref(),
        Some("Writes a detailed review")
    );
    key(&mut harness, Modifiers::NONE, Key::Home);
    assert_eq!(
        selected_title(&harness).as_deref(),
        Some("Sees a friend's linen shirt on Instagram")
    );
    // Down goes to the other journey, at about the same time.
    key(&mut harness, Modifiers::NONE, Key::ArrowDown);
    assert_eq!(
        selected_title(&harness).as_deref(),
        Some("Sees a TikTok ad for the hoodie drop")
    );
    assert_eq!(
        harness.ctx.memory(|m| m.focused()),
        canvas_id,
        "the arrows stay on the canvas"
    );
}

#[test]
fn page_keys_alt_arrows_insert_and_delete_work_while_the_canvas_has_focus() {
    let mut harness = focused_canvas();
    key(&mut harness, Modifiers::NONE, Key::PageDown);
    let first_phase = harness.state().doc.map.phases[0].id;
    assert_eq!(
        harness.state().state.selection,
        Selection::Phase(first_phase)
    );
    key(&mut harness, Modifiers::NONE, Key::PageDown);
    let second_phase = harness.state().doc.map.phases[1].id;
    assert_eq!(
        harness.state().state.selection,
        Selection::Phase(second_phase)
    );

    key(&mut harness, Modifiers::NONE, Key::ArrowRight);
    let step = harness.state().state.selection.steps()[0];
    let before = harness.state().doc.map.step(step).expect("step").1.emotion;
    key(&mut harness, Modifiers::ALT, Key::ArrowUp);
    let after = harness.state().doc.map.step(step).expect("step").1.emotion;
    assert!(
        after > before,
        "Alt+Up raises the emotion: {before} → {after}"
    );

    let steps = |h: &Harness<'_, KlantreisApp>| -> usize {
        h.state()
            .doc
            .map
            .journeys
            .iter()
            .map(|j| j.steps.len())
            .sum()
    };
    key(&mut harness, Modifiers::NONE, Key::Insert);
    assert_eq!(steps(&harness), 44, "Insert adds a step");
    // Its title is ready for typing; Escape keeps "New step" and gives the
    // keys back to the canvas.
    key(&mut harness, Modifiers::NONE, Key::Escape);
    key(&mut harness, Modifiers::NONE, Key::Delete);
    assert_eq!(steps(&harness), 43, "Delete removes the selected step");
}

#[test]
fn down_from_a_selected_phase_goes_to_a_step_in_that_phase() {
    let mut harness = focused_canvas();
    key(&mut harness, Modifiers::NONE, Key::PageDown);
    key(&mut harness, Modifiers::NONE, Key::PageDown);
    let phase = harness.state().doc.map.phases[1].id;
    assert_eq!(harness.state().state.selection, Selection::Phase(phase));
    key(&mut harness, Modifiers::NONE, Key::ArrowDown);
    let app = harness.state();
    let step = app
        .state
        .selection
        .steps()
        .first()
        .copied()
        .expect("a step");
    assert_eq!(app.doc.map.step(step).expect("step").1.phase, phase);
}

#[test]
fn enter_on_a_selected_phase_opens_its_name_with_the_text_in_it() {
    let mut harness = focused_canvas();
    key(&mut harness, Modifiers::NONE, Key::PageDown);
    key(&mut harness, Modifiers::NONE, Key::Enter);
    let field = harness.get_by_role_and_label(Role::TextInput, "Phase name");
    assert_eq!(field.value().as_deref(), Some("Awareness"));
}

#[test]
fn tab_leaves_the_canvas() {
    let mut harness = focused_canvas();
    let canvas_id = harness.ctx.memory(|m| m.focused());
    key(&mut harness, Modifiers::NONE, Key::Tab);
    let now = harness.ctx.memory(|m| m.focused());
    assert!(
        now.is_some() && now != canvas_id,
        "focus moved on from the canvas"
    );
    assert_ne!(
        reader_focus(&harness).as_deref(),
        Some("Map summary"),
        "the summary is no Tab stop"
    );
}

#[test]
fn the_readers_focus_follows_the_selection_onto_each_step_and_phase() {
    let mut harness = focused_canvas();
    assert_eq!(reader_focus(&harness).as_deref(), Some(CANVAS));
    key(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(
        reader_focus(&harness).as_deref(),
        Some(
            "Step 'Sees a friend's linen shirt on Instagram', Awareness, emotion neutral, 1 of 15"
        )
    );
    key(&mut harness, Modifiers::NONE, Key::ArrowRight);
    key(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(
        reader_focus(&harness).as_deref(),
        Some("Step 'Lands on the homepage', Awareness, emotion neutral, 3 of 15")
    );
    key(&mut harness, Modifiers::NONE, Key::PageDown);
    assert_eq!(
        reader_focus(&harness).as_deref(),
        Some("Phase 'Consideration', 11 steps, 2 content items, 2 of 5")
    );
}

#[test]
fn walking_with_nothing_focused_puts_focus_on_the_canvas_so_the_reader_follows() {
    let mut harness = harness_with(KlantreisApp::with_example());
    assert!(harness.ctx.memory(|m| m.focused().is_none()));
    key(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(
        reader_focus(&harness).as_deref(),
        Some(
            "Step 'Sees a friend's linen shirt on Instagram', Awareness, emotion neutral, 1 of 15"
        )
    );
}

#[test]
fn every_step_and_phase_is_under_the_canvas_in_time_order_whatever_the_zoom() {
    let mut harness = harness_with(KlantreisApp::with_example());
    // Zoomed in far: most steps are off screen.
    for _ in 0..6 {
        key(&mut harness, Modifiers::COMMAND, Key::Plus);
    }
    let canvas = harness.get_by_role_and_label(Role::Canvas, CANVAS);
    let steps: Vec<String> = canvas
        .children_recursive()
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| l.starts_with("Step '"))
        .collect();
    assert_eq!(steps.len(), 43);
    assert!(steps[0].ends_with("1 of 15") && steps[14].ends_with("15 of 15"));
    assert!(steps[15].ends_with("1 of 14") && steps[28].ends_with("14 of 14"));
    // Bas's to-be journey follows his journey.
    assert!(steps[29].ends_with("1 of 14") && steps[42].ends_with("14 of 14"));
    let phases = canvas
        .children_recursive()
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| l.starts_with("Phase '"))
        .count();
    assert_eq!(phases, 5);
    let off_screen = canvas
        .children_recursive()
        .filter(|n| n.accesskit_node().description().as_deref() == Some("Off screen"))
        .count();
    assert!(off_screen > 10, "off-screen nodes say so: {off_screen}");
}

#[test]
fn the_canvas_has_a_short_name_and_the_map_summary_is_a_node_of_its_own() {
    let harness = harness_with(KlantreisApp::with_example());
    let canvas = harness.get_by_role_and_label(Role::Canvas, CANVAS);
    assert_eq!(
        canvas.accesskit_node().description(),
        None,
        "a reader speaks a description at every focus: the canvas has none"
    );
    let summary = harness.get_by_role_and_label(Role::Document, "Map summary");
    let text = summary
        .accesskit_node()
        .description()
        .expect("the summary's text");
    assert!(text.contains("Journey \"Daniëlle: researching before she buys\", 15 steps:"));
    assert!(
        !summary.is_focused(),
        "the summary is read on request, not at start"
    );
}

#[test]
fn ctrl_shift_m_hands_the_map_summary_to_the_reader_and_escape_goes_back_to_the_step() {
    let mut harness = focused_canvas();
    key(&mut harness, Modifiers::NONE, Key::ArrowRight);
    key(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::M);
    assert_eq!(reader_focus(&harness).as_deref(), Some("Map summary"));
    // The canvas's keys are not the summary's.
    key(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(
        selected_title(&harness).as_deref(),
        Some("Sees a friend's linen shirt on Instagram")
    );
    key(&mut harness, Modifiers::NONE, Key::Escape);
    assert_eq!(
        reader_focus(&harness).as_deref(),
        Some(
            "Step 'Sees a friend's linen shirt on Instagram', Awareness, emotion neutral, 1 of 15"
        ),
        "back on the canvas, on the step the user left"
    );
    key(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(
        selected_title(&harness).as_deref(),
        Some("Searches for certified brands"),
        "back on the canvas, its keys work"
    );
}

#[test]
fn help_map_summary_hands_the_summary_to_the_reader_and_tab_goes_on_from_it() {
    let mut harness = harness_with(KlantreisApp::with_example());
    harness.get_by_role_and_label(Role::Menu, "Help").click();
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::MenuItem, "Map summary")
        .click();
    harness.run_steps(3);
    assert_eq!(reader_focus(&harness).as_deref(), Some("Map summary"));
    key(&mut harness, Modifiers::NONE, Key::Tab);
    let now = reader_focus(&harness);
    assert!(
        now.is_some() && now.as_deref() != Some("Map summary"),
        "Tab goes on to the next control: {now:?}"
    );
    key(&mut harness, Modifiers::SHIFT, Key::Tab);
    assert_ne!(
        reader_focus(&harness).as_deref(),
        Some("Map summary"),
        "once left, the summary is no Tab stop"
    );
}

#[test]
fn escape_on_the_canvas_clears_the_selection_and_keeps_focus_on_the_canvas() {
    let mut harness = focused_canvas();
    let canvas_id = harness.ctx.memory(|m| m.focused());
    key(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert!(selected_title(&harness).is_some());
    key(&mut harness, Modifiers::NONE, Key::Escape);
    assert_eq!(harness.state().state.selection, Selection::None);
    assert_eq!(harness.ctx.memory(|m| m.focused()), canvas_id);
    assert_eq!(
        reader_focus(&harness).as_deref(),
        Some(CANVAS),
        "the reader is back on the canvas"
    );
    // Nothing selected: Escape again keeps focus on the canvas, and its keys work.
    key(&mut harness, Modifiers::NONE, Key::Escape);
    assert_eq!(harness.ctx.memory(|m| m.focused()), canvas_id);
    key(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(
        selected_title(&harness).as_deref(),
        Some("Sees a friend's linen shirt on Instagram")
    );
}

#[test]
fn a_readers_scroll_into_view_pans_to_an_off_screen_step_without_selecting_it() {
    let mut harness = harness_with(KlantreisApp::with_example());
    for _ in 0..6 {
        key(&mut harness, Modifiers::COMMAND, Key::Plus);
    }
    let label = "Step 'Leaves a three-star rating', Advocacy, emotion neutral, 14 of 14";
    let off_screen = |harness: &Harness<'_, KlantreisApp>| {
        harness
            .get_by_label(label)
            .accesskit_node()
            .description()
            .as_deref()
            == Some("Off screen")
    };
    assert!(off_screen(&harness));
    let node = harness.get_by_label(label);
    node.scroll_to_me();
    harness.run_steps(3);
    assert!(!off_screen(&harness), "the step is on screen now");
    assert_eq!(harness.state().state.selection, Selection::None);
}

#[test]
fn a_step_node_selects_its_step_when_a_reader_clicks_it() {
    let mut harness = harness_with(KlantreisApp::with_example());
    // Bas's journey and its to-be version both have this step: the first is his.
    harness
        .get_all_by_label(
            "Step 'Shares his referral code', Advocacy, emotion slightly positive, 13 of 14",
        )
        .next()
        .expect("Bas's step")
        .click_accesskit();
    harness.run_steps(2);
    assert_eq!(
        selected_title(&harness).as_deref(),
        Some("Shares his referral code")
    );
    assert!(
        harness
            .get_all_by_role_and_label(
                Role::ListItem,
                "Step 'Shares his referral code', Advocacy, emotion slightly positive, 13 of 14"
            )
            .next()
            .is_some_and(|n| n.is_focused())
    );
}

#[test]
fn the_journeys_focus_toggles_have_names_of_their_own() {
    let harness = harness_with(KlantreisApp::with_example());
    harness.get_by_label("focus on Daniëlle: researching before she buys");
    harness.get_by_label("focus on Bas: price and speed first");
}

#[test]
fn the_menus_have_menu_roles_submenus_say_so_and_shortcuts_are_apart() {
    let mut harness = harness_with(KlantreisApp::with_example());
    harness.get_by_role(Role::MenuBar);
    let file = harness.get_by_role_and_label(Role::Menu, "File");
    assert_eq!(file.accesskit_node().has_popup(), Some(HasPopup::Menu));
    file.click();
    harness.run_steps(2);
    let new = harness.get_by_role_and_label(Role::Menu, "New");
    assert_eq!(new.accesskit_node().has_popup(), Some(HasPopup::Menu));
    let save = harness.get_by_role_and_label(Role::MenuItem, "Save");
    assert_eq!(
        save.accesskit_node().data().keyboard_shortcut(),
        Some("Ctrl+S")
    );
    assert_eq!(
        harness
            .query_all_by_role_and_label(Role::Menu, "File")
            .count(),
        2,
        "the File menu in the bar and its popup, named after it"
    );
}

#[test]
fn escape_closes_one_menu_level_and_gives_focus_back_to_its_item() {
    let mut harness = harness_with(KlantreisApp::with_example());
    harness.get_by_role_and_label(Role::Menu, "File").click();
    harness.run_steps(2);
    // By keyboard (a hovering pointer would open the submenu again).
    harness
        .get_by_role_and_label(Role::Menu, "New")
        .click_accesskit();
    harness.run_steps(3);
    harness.get_by_role_and_label(Role::MenuItem, "See, Think, Do, Care");
    key(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(
        harness
            .query_by_role_and_label(Role::MenuItem, "See, Think, Do, Care")
            .is_none(),
        "the submenu closed"
    );
    assert!(
        harness
            .query_by_role_and_label(Role::MenuItem, "Save")
            .is_some(),
        "the File menu stays open"
    );
    assert!(
        harness
            .get_by_role_and_label(Role::Menu, "New")
            .is_focused()
    );
    key(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(
        harness
            .query_by_role_and_label(Role::MenuItem, "Save")
            .is_none()
    );
    assert!(
        harness
            .get_by_role_and_label(Role::Menu, "File")
            .is_focused()
    );
}

#[test]
fn enter_on_a_menu_item_runs_it_and_closes_the_menu() {
    let mut harness = harness_with(KlantreisApp::with_example());
    harness.get_by_role_and_label(Role::Menu, "View").click();
    harness.run_steps(2);
    harness
        .get_by_role_and_label(Role::MenuItem, "Content calendar")
        .focus();
    harness.run_steps(1);
    key(&mut harness, Modifiers::NONE, Key::Enter);
    harness.run_steps(2);
    assert!(
        harness
            .query_by_role_and_label(Role::MenuItem, "Content calendar")
            .is_none(),
        "the menu closed"
    );
}

#[test]
fn the_lanes_are_a_table_of_a_row_a_lane_and_a_column_a_step() {
    let harness = harness_with(KlantreisApp::with_example());
    let table = harness.get_by_role(Role::Table);
    let rows: Vec<String> = table
        .children()
        .filter(|n| n.accesskit_node().role() == Role::Row)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert_eq!(rows.len(), 6, "a header row and a row a lane: {rows:?}");
    assert_eq!(rows[0], "Steps");
    let header_cells = table
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::ColumnHeader)
        .count();
    assert_eq!(header_cells, 15, "a column a step of the focused journey");
    let cells = table
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::Cell)
        .count();
    assert_eq!(cells, 15 * 5);
}
