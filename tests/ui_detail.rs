//! Level of detail in the editor: a map too dense to draw step by step is
//! drawn as bands, and clicking a band selects the step nearest the click.

mod common;

use common::{click_at, harness_with};
use egui::{Modifiers, pos2};
use klantreis::model::generate::{MapSize, generated_map};
use klantreis::scene::{self, plot_rect, y_of};
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::Selection;

#[test]
fn clicking_a_band_of_the_large_map_selects_the_step_nearest_the_click() {
    let mut app = KlantreisApp::new(generated_map(MapSize::LARGE), None);
    app.native_dialogs = false;
    let mut harness = harness_with(app);
    let (target, click) = {
        let app = harness.state();
        let map = &app.doc.map;
        let state = &app.state;
        let plot = plot_rect(state.journey.canvas_rect);
        let starts = scene::phase_starts(map);
        let on_screen = |s: &klantreis::model::Step| {
            let time = scene::step_time(s, &starts).expect("a time");
            pos2(state.journey.view.x_of(time, plot), y_of(s.emotion, plot))
        };
        // A click a few points off a step in the middle of a journey.
        let step = &map.journeys[1].steps[1_000];
        let click = on_screen(step) + egui::vec2(0.6, 3.0);
        assert!(plot.contains(click));
        // The step nearest the click, of every journey's steps.
        let nearest = map
            .journeys
            .iter()
            .flat_map(|j| j.steps.iter())
            .min_by(|a, b| {
                on_screen(a)
                    .distance(click)
                    .total_cmp(&on_screen(b).distance(click))
            })
            .expect("steps");
        assert!(on_screen(nearest).distance(click) <= 3.1);
        (nearest.id, click)
    };
    click_at(&mut harness, click, Modifiers::NONE);
    assert_eq!(
        harness.state().state.selection,
        Selection::Steps(vec![target]),
        "the nearest step is selected, though no dot was drawn for it"
    );
}
