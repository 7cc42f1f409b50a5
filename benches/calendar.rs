//! One full egui frame of the content calendar and the content table with
//! 2,000 content items (a year of them, about 5 a day), headless: layout and
//! tessellation, as in `benches/frame.rs`. Also a frame where every one of
//! the 2,000 items falls in the month shown, and the export of all of them.
//!
//! Experiments: the week list of a 10,000-step map with 100 experiments,
//! and what gathering the experiments (the calendar) and the phases'
//! evidence (the phase inspector) from every step costs — the cost each
//! frame paid before both were kept per revision of the map.
//!
//! Run: `cargo bench --bench calendar`.

use chrono::NaiveDate;
mod common;

use divan::Bencher;
use klantreis::export::{Separator, calendar_ics, content_csv};
use klantreis::model::Map;
use klantreis::model::generate::{MapSize, generated_map};
use klantreis::ui::KlantreisApp;
use klantreis::ui::calendar::{Page, SortKey};

fn main() {
    divan::main();
}

/// The generated map with 2,000 content items over 2027, without journeys
/// (their cost is measured in `benches/frame.rs`).
fn map() -> Map {
    generated_map(MapSize {
        steps: 0,
        journeys: 0,
        personas: 5,
        content: 2_000,
        ..MapSize::LARGE
    })
}

fn bench_page(bencher: Bencher, map: Map, setup: impl FnOnce(&mut KlantreisApp)) {
    let mut app = KlantreisApp::new(map, None);
    app.state.calendar.needs_placing = false;
    app.state
        .calendar
        .show_day(NaiveDate::from_ymd_opt(2027, 6, 1).expect("a date"));
    setup(&mut app);
    common::bench_frames(bencher, app, |_| {});
}

/// The month grid of June 2027: about 165 of the 2,000 items.
#[divan::bench(sample_count = 50)]
fn month_view_2000_items(bencher: Bencher) {
    bench_page(bencher, map(), |app| {
        app.state.calendar.page = Page::Calendar
    });
}

/// The week list of the first week of June 2027.
#[divan::bench(sample_count = 50)]
fn week_view_2000_items(bencher: Bencher) {
    bench_page(bencher, map(), |app| {
        app.state.calendar.page = Page::Calendar;
        app.state.calendar.week = true;
    });
}

/// The worst case: all 2,000 items in the month shown.
#[divan::bench(sample_count = 30)]
fn month_view_2000_items_in_one_month(bencher: Bencher) {
    let mut map = map();
    for (i, item) in map.content.iter_mut().enumerate() {
        item.date = NaiveDate::from_ymd_opt(2027, 6, 1 + (i % 30) as u32).expect("a date");
    }
    bench_page(bencher, map, |app| app.state.calendar.page = Page::Calendar);
}

/// The table of all 2,000 items, sorted by date.
#[divan::bench(sample_count = 50)]
fn table_2000_items(bencher: Bencher) {
    bench_page(bencher, map(), |app| app.state.calendar.page = Page::Table);
}

/// The table of all 2,000 items, sorted by title (a text sort every frame).
#[divan::bench(sample_count = 50)]
fn table_2000_items_by_title(bencher: Bencher) {
    bench_page(bencher, map(), |app| {
        app.state.calendar.page = Page::Table;
        app.state.calendar.sort = (SortKey::Title, true);
    });
}

/// The CSV of 2,000 items.
#[divan::bench(sample_count = 30)]
fn csv_2000_items(bencher: Bencher) {
    let map = map();
    bencher.bench_local(|| content_csv(&map, Separator::Comma));
}

/// The iCalendar of 2,000 items.
#[divan::bench(sample_count = 30)]
fn ics_2000_items(bencher: Bencher) {
    let map = map();
    bencher.bench_local(|| calendar_ics(&map));
}

/// The large map (10,000 steps) with an experiment on every 100th step,
/// each running two weeks from a day in June 2027.
fn experiment_map() -> Map {
    use klantreis::model::{Experiment, ExperimentStatus, Lane};
    let mut map = generated_map(MapSize::LARGE);
    let mut n = 0u32;
    for journey in &mut map.journeys {
        for step in journey.steps.iter_mut().step_by(100) {
            step.opportunities.push("A/B".into());
            let mut experiment = Experiment::new(step, Lane::Opportunities, "A/B");
            experiment.hypothesis = format!("Variant B raises conversion ({n})");
            let start = NaiveDate::from_ymd_opt(2027, 6, 1 + n % 28).expect("a date");
            experiment.start = Some(start);
            experiment.end = Some(start + chrono::Days::new(14));
            experiment.status = ExperimentStatus::Running;
            step.experiments.push(experiment);
            n += 1;
        }
    }
    map
}

/// The week list of the first week of June 2027 on the 10,000-step map,
/// its experiments kept per revision.
#[divan::bench(sample_count = 30)]
fn week_view_10000_steps_100_experiments(bencher: Bencher) {
    bench_page(bencher, experiment_map(), |app| {
        app.state.calendar.page = Page::Calendar;
        app.state.calendar.week = true;
    });
}

/// Gathering the experiments of 10,000 steps, as the calendar did every frame.
#[divan::bench(sample_count = 30)]
fn gather_experiments_10000_steps(bencher: Bencher) {
    let map = experiment_map();
    let mut cache = klantreis::ui::calendar::experiments::ExperimentCache::default();
    bencher.bench_local(|| cache.get(&map, None));
}

/// Gathering the phases' evidence from 10,000 steps, as the phase
/// inspector did every frame.
#[divan::bench(sample_count = 30)]
fn gather_evidence_10000_steps(bencher: Bencher) {
    let map = experiment_map();
    bencher.bench_local(|| klantreis::ui::evidence::phase_evidence(&map));
}
