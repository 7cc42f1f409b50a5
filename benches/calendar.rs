//! One full egui frame of the content calendar and the content table with
//! 2,000 content items (a year of them, about 5 a day), headless: layout and
//! tessellation, as in `benches/frame.rs`. Also a frame where every one of
//! the 2,000 items falls in the month shown, and the export of all of them.
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
