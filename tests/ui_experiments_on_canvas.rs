//! A phase's running experiments on the canvas, through the real app: the
//! phase's node tells a screen reader how many run, and hovering the flask
//! in the phase's header lists their hypotheses.

mod common;
use common::{harness_in, harness_with};

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use klantreis::model::{ExperimentStatus, Map};
use klantreis::scene::{self, Options, Scene};
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::LanguageChoice;

fn clothing() -> Map {
    klantreis::io::from_ron(include_str!("../maps/clothing.ron")).expect("the clothing map reads")
}

/// The scene the canvas shows now, placed as the canvas places it.
fn canvas_scene(harness: &Harness<'_, KlantreisApp>) -> Scene {
    let app = harness.state();
    scene::scene(
        &app.doc.map,
        app.state.journey.canvas_rect,
        app.state.journey.view,
        &Options {
            badges: true,
            ..Options::plain(&|_| true)
        },
    )
}

/// Shows the phase `index` across the whole canvas, and hovers its
/// running experiments (shown in words there).
fn hover_running(harness: &mut Harness<'_, KlantreisApp>, index: usize) {
    {
        let app = harness.state_mut();
        let map = &app.doc.map;
        let plot = scene::plot_rect(app.state.journey.canvas_rect);
        let start: f64 = map.phases[..index].iter().map(|p| p.width).sum();
        app.state.journey.view = scene::View {
            zoom: (f64::from(plot.width()) / map.phases[index].width) as f32,
            left_time: start,
        };
    }
    harness.run_steps(2);
    let scene = canvas_scene(harness);
    let running = scene.headers[index]
        .running
        .clone()
        .expect("the phase's running experiments");
    assert!(running.text.text.contains(' '), "{:?}", running.text.text);
    harness.hover_at(running.area.center());
    harness.run_steps(60);
}

#[test]
fn a_phase_node_says_how_many_experiments_run_in_it() {
    let mut harness = harness_with(KlantreisApp::new(clothing(), None));
    harness.run_steps(2);
    harness
        .get_by_label("Phase 'Decision', 10 steps, 3 content items, 1 experiment running, 3 of 5");
    let awareness = harness.get_by_label_contains("Phase 'Awareness'");
    let label = awareness.accesskit_node().label().unwrap_or_default();
    assert!(!label.contains("running"), "{label}");

    // One more test in Decision, and the label counts both.
    let mut map = clothing();
    let decision = map.phases[2].id;
    let step = map
        .journeys
        .iter_mut()
        .flat_map(|j| &mut j.steps)
        .find(|s| s.phase == decision && !s.experiments.is_empty())
        .expect("the free-shipping test's step");
    let mut second = step.experiments[0].clone();
    second.id += 1;
    step.experiments.push(second);
    let mut harness = harness_with(KlantreisApp::new(map, None));
    harness.run_steps(2);
    harness.get_by_label_contains("3 content items, 2 experiments running, 3 of 5");
}

#[test]
fn hovering_a_phases_flask_lists_the_hypotheses_of_its_running_experiments() {
    let mut harness = harness_with(KlantreisApp::new(clothing(), None));
    hover_running(&mut harness, 2);
    harness.get_by_label_contains("Running in Decision:");
    harness.get_by_label_contains("Free shipping from €40 instead of €75 cuts abandoned carts");
}

#[test]
fn an_experiment_that_stops_running_leaves_the_phase_header() {
    let mut map = clothing();
    for step in map.journeys.iter_mut().flat_map(|j| &mut j.steps) {
        for test in &mut step.experiments {
            test.status = ExperimentStatus::Won;
        }
    }
    let mut harness = harness_with(KlantreisApp::new(map, None));
    harness.run_steps(2);
    assert!(
        canvas_scene(&harness)
            .headers
            .iter()
            .all(|h| h.running.is_none())
    );
    harness.get_by_label("Phase 'Decision', 10 steps, 3 content items, 3 of 5");
}

#[test]
fn the_phase_node_and_the_hover_speak_dutch() {
    let mut harness = harness_in(KlantreisApp::new(clothing(), None), LanguageChoice::Dutch);
    harness.run_steps(2);
    harness.get_by_label_contains("1 experiment loopt, 3 van 5");
    hover_running(&mut harness, 2);
    harness.get_by_label_contains("Loopt in Decision:");
}
