//! Helpers shared by the editor's UI tests.
#![allow(dead_code)]

pub mod browser;
pub mod measured;
pub mod room;

use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use klantreis::i18n::Language;
use klantreis::model::{
    ContentId, ContentItem, Journey, JourneyId, Map, PhaseId, PhaseTemplate, Rgb, Step, StepId,
};
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::LanguageChoice;

/// The real app in a window of 1500 × 950, in English, after its first frames.
pub fn harness_with(app: KlantreisApp) -> Harness<'static, KlantreisApp> {
    harness_in(app, LanguageChoice::English)
}

/// The real app in a window of 1500 × 950, in a language, after its first frames.
pub fn harness_in(app: KlantreisApp, language: LanguageChoice) -> Harness<'static, KlantreisApp> {
    let mut harness = Harness::builder()
        .with_size([1500.0, 950.0])
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |_| app.with_language(language));
    harness.run_steps(3);
    harness
}

/// A day of the calendar.
pub fn date(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

/// Three content items in March 2027, titled `titles`: a blog post on the
/// 2nd in phase 1, a product page on the 9th in phase 2 and a promotional
/// e-mail on the 9th in phase 3.
pub fn three_items_in_march(titles: [&str; 3]) -> Vec<ContentItem> {
    use klantreis::model::ContentType::{BlogPost, ProductPage, PromotionalEmail};
    [
        (BlogPost, 1, 2),
        (ProductPage, 2, 9),
        (PromotionalEmail, 3, 9),
    ]
    .into_iter()
    .zip(titles)
    .zip(1..)
    .map(|(((kind, phase, day), title), id)| {
        ContentItem::new(
            ContentId(id),
            title,
            kind,
            PhaseId(phase),
            date(2027, 3, day),
        )
    })
    .collect()
}

/// A five-phase map titled "Waterkoker" with one journey, "Petra", of two
/// steps: the first in the first phase, the second in the third.
pub fn two_step_map(language: Language, first: &str, second: &str) -> Map {
    let mut map = PhaseTemplate::FivePhase.new_map(language);
    map.title = "Waterkoker".to_owned();
    map.journeys.push(Journey {
        to_be_of: None,
        id: JourneyId(1),
        name: "Petra".into(),
        color: Rgb(0, 114, 178),
        persona: None,
        steps: vec![
            Step::new(StepId(1), PhaseId(1), 0.5, 1.0, first),
            Step::new(StepId(2), PhaseId(3), 0.5, -2.0, second),
        ],
    });
    map
}

/// Replaces the text of the field labelled `label` (single- or multi-line) by typing.
pub fn type_into(harness: &mut Harness<'_, KlantreisApp>, label: &str, text: &str) {
    let field = harness
        .query_by_role_and_label(Role::TextInput, label)
        .unwrap_or_else(|| harness.get_by_role_and_label(Role::MultilineTextInput, label));
    field.focus();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    field.type_text(text);
    harness.run_steps(2);
}

pub fn press(harness: &Harness<'_, KlantreisApp>, pos: Pos2, pressed: bool, modifiers: Modifiers) {
    harness.event_modifiers(
        Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers,
        },
        modifiers,
    );
}

pub fn click_at(harness: &mut Harness<'_, KlantreisApp>, pos: Pos2, modifiers: Modifiers) {
    harness.event(Event::PointerMoved(pos));
    press(harness, pos, true, modifiers);
    press(harness, pos, false, modifiers);
    harness.run_steps(2);
}

pub fn double_click_at(harness: &mut Harness<'_, KlantreisApp>, pos: Pos2) {
    harness.event(Event::PointerMoved(pos));
    for _ in 0..2 {
        press(harness, pos, true, Modifiers::NONE);
        press(harness, pos, false, Modifiers::NONE);
    }
    harness.run_steps(2);
}

pub fn drag(harness: &mut Harness<'_, KlantreisApp>, from: Pos2, to: Pos2, modifiers: Modifiers) {
    harness.event(Event::PointerMoved(from));
    press(harness, from, true, modifiers);
    for i in 1..=8 {
        let t = i as f32 / 8.0;
        harness.event_modifiers(Event::PointerMoved(from + (to - from) * t), modifiers);
    }
    press(harness, to, false, modifiers);
    harness.run_steps(2);
}

pub fn key(harness: &mut Harness<'_, KlantreisApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run_steps(2);
}

/// Runs the real `klantreis` binary in `dir`.
pub fn klantreis(args: &[&str], dir: &std::path::Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_klantreis"))
        .args(args)
        // The tests expect English output whatever this machine's language is.
        .env("LC_ALL", "C.UTF-8")
        .current_dir(dir)
        .output()
        .expect("run klantreis")
}

/// Saves `base`, `ours` and `theirs` into `dir` as `base.ron`, `ours.ron`
/// and `theirs.ron`.
pub fn save_three(dir: &std::path::Path, base: &Map, ours: &Map, theirs: &Map) {
    for (name, map) in [
        ("base.ron", base),
        ("ours.ron", ours),
        ("theirs.ron", theirs),
    ] {
        klantreis::io::save(&dir.join(name), map).expect("saved");
    }
}

/// Runs `klantreis merge` on the three files [`save_three`] wrote, into
/// `out.ron`, with `more` arguments after.
pub fn merge_three(dir: &std::path::Path, more: &[&str]) -> std::process::Output {
    let args = [
        "merge",
        "base.ron",
        "ours.ron",
        "theirs.ron",
        "--output",
        "out.ron",
    ];
    klantreis(&[&args[..], more].concat(), dir)
}

/// What a run printed on standard output.
pub fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Saves the app's map to a new file and checks it the way `klantreis check`
/// and `klantreis export` do: it loads with no problem, and exports to SVG.
pub fn assert_saved_map_exports(harness: &mut Harness<'_, KlantreisApp>) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("saved.ron");
    harness.state_mut().save_to(&path);
    harness.state_mut().wait_for_io().expect("saves");
    let loaded = klantreis::io::load(&path).expect("loads");
    assert_eq!(loaded.problems, vec![], "the saved map has problems");
    let output = klantreis(&["export", "saved.ron", "--svg", "saved.svg"], dir.path());
    assert!(
        output.status.success(),
        "export refused the saved map: {}{}",
        stdout(&output),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The screen position of a time and emotion on the canvas.
pub fn canvas_pos(harness: &Harness<'_, KlantreisApp>, time: f64, emotion: f64) -> Pos2 {
    let state = &harness.state().state;
    let plot = klantreis::scene::plot_rect(state.journey.canvas_rect);
    egui::pos2(
        state.journey.view.x_of(time, plot),
        klantreis::scene::y_of(emotion, plot),
    )
}

/// The screen position of a step's dot.
pub fn step_pos(harness: &Harness<'_, KlantreisApp>, id: StepId) -> Pos2 {
    let map = &harness.state().doc.map;
    let (_, step) = map.step(id).expect("step");
    canvas_pos(harness, map.step_time(step).expect("time"), step.emotion)
}
