//! The semantic diff and the three-way merge of three 10,000-step maps: a
//! base, a copy in which every 10th step was retitled and 100 steps were
//! added, and a copy in which every 7th step got a pain point and another
//! emotion and 100 other steps were added (targets: diff under 300 ms,
//! merge under 500 ms, in release mode).
//!
//! Run: `cargo bench --bench merge`.

use std::sync::LazyLock;

use divan::Bencher;
use klantreis::edit::{diff, merge};
use klantreis::model::generate::{MapSize, generated_map};
use klantreis::model::{Map, Step, StepId};

fn main() {
    let (base, ours, theirs) = &*MAPS;
    let started = std::time::Instant::now();
    let changes = diff(base, ours).len();
    let diffed = started.elapsed();
    let started = std::time::Instant::now();
    let result = merge(base, ours, theirs);
    let merged = started.elapsed();
    println!(
        "maps of {} steps; diff: {changes} changes in {diffed:?}; merge: {} steps, {} conflicts \
         in {merged:?} (one run each)",
        base.steps().count(),
        result.map.steps().count(),
        result.conflicts.len()
    );
    divan::main();
}

static MAPS: LazyLock<(Map, Map, Map)> = LazyLock::new(|| {
    let base = generated_map(MapSize::LARGE);
    let mut ours = base.clone();
    let mut theirs = base.clone();
    for (i, step) in ours
        .journeys
        .iter_mut()
        .flat_map(|j| j.steps.iter_mut())
        .enumerate()
    {
        if i % 10 == 0 {
            step.title.push_str(" (checked)");
        }
    }
    for (i, step) in theirs
        .journeys
        .iter_mut()
        .flat_map(|j| j.steps.iter_mut())
        .enumerate()
    {
        if i % 7 == 0 {
            step.pain_points.push("Slow page".to_owned());
            step.emotion = -1.0;
        }
    }
    for (map, first) in [(&mut ours, 1u64 << 40), (&mut theirs, 1u64 << 41)] {
        let phase = map.phases[0].id;
        for n in 0..100 {
            let journey = &mut map.journeys[n % 5];
            let at = (n * 7) % journey.steps.len();
            journey.steps.insert(
                at,
                Step::new(
                    StepId(first + n as u64),
                    phase,
                    0.5,
                    0.0,
                    "Added in a workshop",
                ),
            );
        }
    }
    (base, ours, theirs)
});

#[divan::bench]
fn diff_of_two_10000_step_maps(bencher: Bencher) {
    let (base, ours, _) = &*MAPS;
    bencher.bench(|| diff(base, ours));
}

#[divan::bench]
fn merge_of_three_10000_step_maps(bencher: Bencher) {
    let (base, ours, theirs) = &*MAPS;
    bencher.bench(|| merge(base, ours, theirs));
}

/// What the app does off the UI thread for "Merge another copy…": the merge,
/// then the diff that counts the changes it brought.
#[divan::bench]
fn app_merge_with_its_change_count(bencher: Bencher) {
    let (base, ours, theirs) = &*MAPS;
    bencher.bench(|| {
        let result = merge(base, ours, theirs);
        diff(ours, &result.map).len()
    });
}

/// "Compare with…": which of the open map's steps differ in the other version.
#[divan::bench]
fn compare_changed_steps(bencher: Bencher) {
    let (_, ours, theirs) = &*MAPS;
    let theirs = std::sync::Arc::new(theirs.clone());
    bencher.bench(|| klantreis::scene::ghost::Ghost::new(ours, std::sync::Arc::clone(&theirs)));
}

/// The ghost curves of a 10,000-step version, laid out every frame the canvas is drawn.
#[divan::bench]
fn ghost_curves_per_frame(bencher: Bencher) {
    use klantreis::scene::ghost::{Ghost, ghost_curves};
    let (_, ours, theirs) = &*MAPS;
    let ghost = Ghost::new(ours, std::sync::Arc::new(theirs.clone()));
    let rect = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1200.0, 600.0));
    let view = klantreis::scene::View::fit(theirs, 1000.0);
    bencher.bench(|| ghost_curves(&ghost, rect, view, &|_| true));
}
