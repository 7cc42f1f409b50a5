//! Picture export: a 100-step map to PNG at 2× (target: under 1 s), the
//! 10,000-step map to SVG (target: under 2 s) and to PDF (target: under 4 s
//! and 500 MB at the peak), and for scale the 100-step map to SVG and to PDF.
//! What the client receives: the 100-step map as the interactive HTML map and
//! as the PDF slide deck and the PowerPoint deck (targets: under 1 s each). Data export: the calendar
//! as iCalendar with a title of a million characters (it must grow linearly).
//! Release mode, the default options (every journey, with lanes).
//!
//! Run: `cargo bench --bench export`.

use std::sync::LazyLock;

use divan::Bencher;
use klantreis::model::Map;
use klantreis::model::generate::{MapSize, generated_map};
use klantreis::picture::{self, Background, ExportOptions, Paper};

/// The most memory (resident set) the process had at once while `work`
/// ran, in MiB, as Linux counts it: the peak is reset first through
/// `/proc/self/clear_refs`. `None` where there is no `/proc`.
fn peak_mib<T>(work: impl FnOnce() -> T) -> Option<u64> {
    std::fs::write("/proc/self/clear_refs", "5").ok()?;
    drop(work());
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024)
}

fn main() {
    let large = &*LARGE;
    let started = std::time::Instant::now();
    let peak = peak_mib(|| picture::pdf(large, &ExportOptions::default(), Paper::A3).expect("pdf"));
    println!(
        "10,000-step map to PDF: {:.2} s once, {} at the peak (target: under 4 s and 500 MB)",
        started.elapsed().as_secs_f64(),
        peak.map_or_else(|| "unknown memory".to_owned(), |mib| format!("{mib} MiB")),
    );
    let huge = generated_map(MapSize {
        steps: 100_000,
        ..MapSize::LARGE
    });
    let started = std::time::Instant::now();
    let peak = peak_mib(|| picture::pdf(&huge, &ExportOptions::default(), Paper::A3).expect("pdf"));
    println!(
        "100,000-step map to PDF: {:.2} s once, {} at the peak (the overview picture)",
        started.elapsed().as_secs_f64(),
        peak.map_or_else(|| "unknown memory".to_owned(), |mib| format!("{mib} MiB")),
    );
    drop(huge);
    let started = std::time::Instant::now();
    let (tiled, pages) = picture::tiles::tiled(
        "large",
        &picture::poster(large, &ExportOptions::default()),
        Paper::A3,
    )
    .expect("tiles");
    println!(
        "10,000-step map tiled on A3: {:.2} s once, {pages} pages, {} MiB",
        started.elapsed().as_secs_f64(),
        tiled.len() / (1024 * 1024)
    );
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

#[divan::bench(sample_count = 3)]
fn pdf_a3_10000_steps(bencher: Bencher) {
    let options = ExportOptions::default();
    bencher.bench(|| picture::pdf(&LARGE, &options, Paper::A3).expect("pdf"));
}

/// A map with one content item whose title is a million characters.
static LONG_TITLE: LazyLock<Map> = LazyLock::new(|| {
    let mut map = generated_map(MapSize {
        steps: 10,
        journeys: 1,
        personas: 1,
        content: 1,
        ..MapSize::LARGE
    });
    map.content[0].title = "Lancering, najaar; één ✓ ".repeat(40_000);
    map
});

#[divan::bench(sample_count = 5)]
fn ics_title_of_a_million_characters(bencher: Bencher) {
    bencher.bench(|| klantreis::export::calendar_ics(&LONG_TITLE));
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

#[divan::bench(sample_count = 10)]
fn deck_pptx_100_steps(bencher: Bencher) {
    let options = ExportOptions::default();
    bencher.bench(|| picture::pptx::pptx(&SMALL, &options).expect("pptx"));
}
