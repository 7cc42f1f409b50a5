//! Measurements: importing a 100,000-row metrics export (target: under one
//! second, parsing and placing together), and the editor frame on a map
//! whose phases hold 50 KPIs × 500 measurements, beside the same map
//! without them (target: no more than 0.5 ms slower), once with nothing
//! selected and once with the phase inspector's sparklines showing.
//!
//! Run: `cargo bench --bench measure`.

mod common;

use std::path::Path;

use chrono::NaiveDate;
use divan::Bencher;
use klantreis::edit::measure_ops::import_measurements;
use klantreis::io::measure_csv::parse_metrics;
use klantreis::model::generate::{MapSize, generated_map};
use klantreis::model::{Kpi, Map, Measurement, PhaseId};
use klantreis::scene::View;
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::Selection;

fn main() {
    divan::main();
}

/// A Dutch Excel export of 100,000 rows: 50 KPIs over the map's phases,
/// 2,000 days each, with decimal commas and dd-mm-yyyy dates.
fn export_text(map: &Map) -> String {
    let mut text = String::from("\u{feff}Datum;Fase;KPI;Waarde;Doel;Eenheid\n");
    let start = NaiveDate::from_ymd_opt(2020, 1, 1).expect("date");
    for kpi in 0..50 {
        let phase = &map.phases[kpi % map.phases.len()].name;
        for day in 0..2_000u64 {
            let date = start + chrono::Days::new(day);
            text.push_str(&format!(
                "{};{phase};KPI {kpi};{},{};2,5;%\n",
                date.format("%d-%m-%Y"),
                day % 97,
                day % 10
            ));
        }
    }
    text
}

fn base_map() -> Map {
    generated_map(MapSize {
        steps: 200,
        journeys: 5,
        personas: 5,
        content: 0,
        ..MapSize::LARGE
    })
}

/// Reading, parsing and placing 100,000 rows, and applying the edit.
#[divan::bench(sample_count = 10)]
fn import_100000_rows(bencher: Bencher) {
    let map = base_map();
    let text = export_text(&map);
    bencher.bench_local(|| {
        let parsed = parse_metrics(Path::new("ga4.csv"), &text).expect("parses");
        let edit = import_measurements(&map, &parsed.rows)
            .expect("places")
            .expect("an edit");
        let mut after = map.clone();
        edit.apply(&mut after).expect("applies");
        after
    });
}

/// The 200-step map with 50 KPIs of 500 measurements each over its phases.
fn measured_map() -> Map {
    let mut map = base_map();
    let start = NaiveDate::from_ymd_opt(2020, 1, 1).expect("date");
    let phases = map.phases.len();
    for kpi in 0..50 {
        let phase = &mut map.phases[kpi % phases];
        phase.kpis.push(Kpi {
            name: format!("KPI {kpi}"),
            unit: "%".to_owned(),
            target: Some(50.0),
            measurements: (0..500u64)
                .map(|day| Measurement {
                    date: Some(start + chrono::Days::new(day)),
                    value: (day % 97) as f64,
                    target: None,
                })
                .collect(),
            ..Kpi::default()
        });
    }
    map
}

fn bench_frame(bencher: Bencher, map: Map, selection: Selection) {
    common::bench_frames(bencher, KlantreisApp::new(map, None), move |app| {
        app.state.journey.view = View {
            zoom: 20.0,
            left_time: 0.0,
        };
        app.state.journey.fitted = None;
        app.state.selection = selection.clone();
    });
}

/// Today's frame: the 200-step map, nothing selected.
#[divan::bench(sample_count = 50)]
fn frame_without_measurements(bencher: Bencher) {
    bench_frame(bencher, base_map(), Selection::None);
}

/// The same frame with 50 KPIs × 500 measurements (the phase bands' marks).
#[divan::bench(sample_count = 50)]
fn frame_with_50_kpis_x_500_measurements(bencher: Bencher) {
    bench_frame(bencher, measured_map(), Selection::None);
}

/// Today's frame with the first phase in the inspector.
#[divan::bench(sample_count = 50)]
fn phase_inspector_without_measurements(bencher: Bencher) {
    bench_frame(bencher, base_map(), Selection::Phase(PhaseId(1)));
}

/// The phase inspector showing its KPIs' sparklines (10 KPIs × 500 measurements).
#[divan::bench(sample_count = 50)]
fn phase_inspector_with_sparklines(bencher: Bencher) {
    bench_frame(bencher, measured_map(), Selection::Phase(PhaseId(1)));
}
