//! Picture export: a 100-step map to PNG at 2× (target: under 1 s), the
//! 10,000-step map to SVG (target: under 2 s), and for scale the 100-step map
//! to SVG and to PDF. What the client receives: the 100-step map as the
//! interactive HTML map and as the PDF slide deck (targets: under 1 s each). Release mode, the default options (every journey, with lanes).
//!
//! Run: `cargo bench --bench export`.

use std::sync::LazyLock;

use divan::Bencher;
use klantreis::model::Map;
use klantreis::model::generate::{MapSize, generated_map};
use klantreis::picture::{self, Background, ExportOptions, Paper};

fn main() {
    for (name, map) in [("100-step", &*SMALL), ("10,000-step", &*LARGE)] {
        let picture = picture::picture(map, &ExportOptions::default());
        println!(
            "{name} map: picture {} × {} units, SVG of {} KiB",
            picture.width,
            picture.height,
            picture.svg.len() / 1024
        );
    }
    divan::main();
}

/// 100 steps over 3 journeys with their personas, lane texts of about 40 characters.
static SMALL: LazyLock<Map> = LazyLock::new(|| {
    generated_map(MapSize {
        steps: 100,
        journeys: 3,
        personas: 3,
        content: 20,
        ..MapSize::LARGE
    })
});

/// The large map: 10,000 steps over 5 journeys, 50 personas, 2,000 content items.
static LARGE: LazyLock<Map> = LazyLock::new(|| generated_map(MapSize::LARGE));

#[divan::bench(sample_count = 10)]
fn png_2x_100_steps(bencher: Bencher) {
    let options = ExportOptions::default();
    bencher.bench(|| picture::png(&SMALL, &options, 2.0, Background::White).expect("png"));
}

#[divan::bench(sample_count = 10)]
fn svg_100_steps(bencher: Bencher) {
    let options = ExportOptions::default();
    bencher.bench(|| picture::svg(&SMALL, &options));
}

#[divan::bench(sample_count = 10)]
fn pdf_a3_100_steps(bencher: Bencher) {
    let options = ExportOptions::default();
    bencher.bench(|| picture::pdf(&SMALL, &options, Paper::A3).expect("pdf"));
}

#[divan::bench(sample_count = 5)]
fn svg_10000_steps(bencher: Bencher) {
    let options = ExportOptions::default();
    bencher.bench(|| picture::svg(&LARGE, &options));
}

#[divan::bench(sample_count = 10)]
fn html_100_steps(bencher: Bencher) {
    let options = ExportOptions::default();
    bencher.bench(|| picture::html::html(&SMALL, &options));
}

#[divan::bench(sample_count = 10)]
fn deck_pdf_100_steps(bencher: Bencher) {
    let options = ExportOptions::default();
    bencher.bench(|| picture::deck::pdf(&SMALL, &options).expect("deck"));
}
