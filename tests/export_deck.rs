//! The slide deck: through the binary, 16:9 PDF pages, a slide for each
//! phase and for the others; and every lane text of every step in full.

use std::path::{Path, PathBuf};
use std::process::Command;

use klantreis::i18n::fill;
use klantreis::model::{Lane, Map};
use klantreis::picture::{ExportOptions, deck, pages};

const EXAMPLES: [&str; 3] = ["kettle", "clothing", "crm-b2b"];

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("maps/{name}.ron"))
}

fn load(name: &str) -> Map {
    klantreis::io::load(&example(name)).expect("load").map
}

/// The `<title>` of a slide's SVG (unescaped enough for plain names).
fn slide_title(svg: &str) -> String {
    let start = svg.find("<title>").expect("a title") + "<title>".len();
    let end = svg[start..].find("</title>").expect("its end") + start;
    svg[start..end]
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
}

#[test]
fn the_deck_of_each_example_map_has_16_9_pages_a_slide_per_phase_and_the_others() {
    let dir = tempfile::tempdir().expect("dir");
    for name in EXAMPLES {
        let map = load(name);
        let file = format!("{name}-deck.pdf");
        let output = Command::new(env!("CARGO_BIN_EXE_klantreis"))
            .args(["export", example(name).to_str().expect("a path")])
            .args(["--deck", &file, "--lang", "en"])
            .env("LC_ALL", "C.UTF-8")
            .current_dir(dir.path())
            .output()
            .expect("klantreis runs");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stdout)
        );
        let pdf = lopdf::Document::load(dir.path().join(&file)).expect("a PDF");
        let pages = pdf.get_pages();
        for (number, id) in &pages {
            let page = pdf.get_dictionary(*id).expect("a page");
            let media = page
                .get(b"MediaBox")
                .and_then(lopdf::Object::as_array)
                .expect("a media box");
            let value = |i: usize| media[i].as_float().expect("a number");
            let (w, h) = (value(2) - value(0), value(3) - value(1));
            assert!(
                (w / h - 16.0 / 9.0).abs() < 0.001,
                "{name}: page {number} is {w} × {h}, not 16:9"
            );
        }

        // Which slide is which, by the titles the slides carry.
        klantreis::i18n::set_language(klantreis::i18n::Language::En);
        let slides = deck::slides(&map, &ExportOptions::default());
        assert_eq!(pages.len(), slides.len(), "{name}");
        let titles: Vec<String> = slides.iter().map(|s| slide_title(&s.svg)).collect();
        let t = klantreis::i18n::deliver::Texts::get(klantreis::i18n::Language::En);
        let count = map.phases.len();
        for (i, phase) in map.phases.iter().enumerate() {
            let heading = fill(
                t.slide_phase,
                &[("n", &(i + 1)), ("count", &count), ("name", &phase.name)],
            );
            assert_eq!(
                titles.iter().filter(|t| **t == heading).count(),
                1,
                "{name}: one slide for {heading}"
            );
        }
        let continued = titles
            .iter()
            .filter(|t| t.starts_with("Phase ") && t.ends_with("(continued)"))
            .count();
        let calendar = pages::calendar_page_count(&map);
        let experiments = titles
            .iter()
            .filter(|t| t.starts_with("Experiments"))
            .count();
        assert_eq!(
            experiments > 0,
            map.experiments().next().is_some(),
            "{name}: experiments slides when the map has experiments"
        );
        let gaps = usize::from(map.steps().any(|s| s.measured().is_some()));
        assert_eq!(
            slides.len(),
            2 + count + continued + map.personas.len() + calendar + experiments + 1 + gaps,
            "{name}: title, overview, phases, personas, calendar, experiments, pain points, \
             gaps: {titles:?}"
        );
        assert_eq!(titles[0], map.title, "{name}: the title slide comes first");
        for persona in &map.personas {
            assert!(
                titles.iter().any(|t| t.contains(&persona.name)),
                "{name}: no slide for {}",
                persona.name
            );
        }
        println!(
            "{name}: {} slides, {} KiB",
            slides.len(),
            std::fs::metadata(dir.path().join(&file))
                .expect("the file")
                .len()
                / 1024
        );
    }
}

#[test]
fn every_lane_text_of_every_step_is_on_the_phase_slides_in_full() {
    klantreis::i18n::set_language(klantreis::i18n::Language::En);
    for name in EXAMPLES {
        let map = load(name);
        let slides = deck::slides(&map, &ExportOptions::default());
        let text: String = slides
            .iter()
            .filter(|s| slide_title(&s.svg).starts_with("Phase "))
            .map(|s| {
                s.svg
                    .replace("&amp;", "&")
                    .replace("&quot;", "\"")
                    .replace("&apos;", "'")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
            })
            .collect();
        for step in map.steps() {
            for lane in Lane::ALL {
                for word in lane.text(step).split_whitespace() {
                    assert!(
                        text.contains(word),
                        "{name}: \"{word}\" of step \"{}\" ({lane:?}) is not on its phase slides",
                        step.title
                    );
                }
            }
        }
    }
}

/// Whether `tool` runs here, asked for its version with `flag`.
fn found(tool: &str, flag: &str) -> bool {
    Command::new(tool)
        .arg(flag)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The words of a text, without punctuation around them.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned())
        .filter(|w| !w.is_empty())
        .collect()
}

#[test]
fn the_deck_shows_sparklines_backed_claims_the_experiments_and_the_largest_gaps() {
    klantreis::i18n::set_language(klantreis::i18n::Language::En);
    let map = load("clothing");
    let slides = deck::slides(&map, &ExportOptions::default());
    // Each phase slide: a sparkline per measured KPI, a point per measurement.
    for (i, phase) in map.phases.iter().enumerate() {
        let title = format!("Phase {} of {}: {}", i + 1, map.phases.len(), phase.name);
        let slide = slides
            .iter()
            .find(|s| slide_title(&s.svg) == title)
            .expect("the phase's slide");
        let measured: Vec<_> = phase
            .kpis
            .iter()
            .filter(|k| !k.measurements.is_empty())
            .collect();
        assert_eq!(
            slide.svg.matches("<g id=\"sparkline-").count(),
            measured.len(),
            "{title}"
        );
        for (k, kpi) in measured.iter().enumerate() {
            let group = &slide.svg[slide
                .svg
                .find(&format!("<g id=\"sparkline-{k}\""))
                .expect("the group")..];
            let group = &group[..group.find("</g>").expect("its end")];
            // The target's dashed line comes first, the values' line last.
            let points = group
                .split("points=\"")
                .skip(1)
                .last()
                .and_then(|p| p.split('"').next())
                .expect("a line");
            assert_eq!(
                points.split_whitespace().count(),
                kpi.measurements.len(),
                "{title}: {}",
                kpi.name
            );
        }
        assert!(slide.svg.contains("claims backed ("), "{title}");
    }

    // The PDF's text, as a viewer reads it.
    if !found("pdftotext", "-v") {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have poppler-utils (.ci/run installs them)"
        );
        eprintln!("skipped the PDF text: no pdftotext here (apt-get install poppler-utils)");
        return;
    }
    let dir = tempfile::tempdir().expect("dir");
    let output = Command::new(env!("CARGO_BIN_EXE_klantreis"))
        .args(["export", example("clothing").to_str().expect("a path")])
        .args(["--deck", "deck.pdf", "--lang", "en"])
        .env("LC_ALL", "C.UTF-8")
        .current_dir(dir.path())
        .output()
        .expect("klantreis runs");
    assert!(output.status.success());
    let text = Command::new("pdftotext")
        .arg(dir.path().join("deck.pdf"))
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let text = String::from_utf8_lossy(&text.stdout);
    let shown = words(&text).join(" ");
    let backed = map.steps().filter(|s| s.evidence.kind.backed()).count();
    assert!(
        shown.contains(&format!(
            "{backed} of {} steps backed by research or data",
            map.steps().count()
        )),
        "the title slide's backed steps"
    );
    let experiments = text.find("Experiments").expect("an experiments slide");
    let on_slide = words(&text[experiments..]).join(" ");
    assert_eq!(map.experiments().count(), 2);
    for placed in map.experiments() {
        let e = placed.experiment;
        for field in [&e.hypothesis, &e.kpi, &e.variant_a, &e.variant_b] {
            assert!(
                on_slide.contains(&words(field).join(" ")),
                "the experiments slide lacks {field}"
            );
        }
        let status = format!("{:?}", e.status);
        assert!(on_slide.contains(&status), "{status} in words");
    }
    assert!(text.contains("Measured against perceived: the largest gaps"));
    let gaps = klantreis::edit::measure_ops::largest_gaps(&map, 1);
    let (_, step) = map.step(gaps[0].0).expect("the step of the largest gap");
    let after = &text[text.find("the largest gaps").expect("the slide")..];
    assert!(
        words(after)
            .join(" ")
            .contains(&words(&step.title).join(" ")),
        "the largest gap first: {}",
        step.title
    );
}

#[test]
fn the_overview_slide_explains_the_measured_and_to_be_curves_and_the_marks_it_shows() {
    klantreis::i18n::set_language(klantreis::i18n::Language::En);
    let t = klantreis::i18n::deliver::Texts::get(klantreis::i18n::Language::En);
    let overview = |map: &Map| {
        deck::slides(map, &ExportOptions::default())
            .into_iter()
            .find(|s| slide_title(&s.svg) == t.slide_overview)
            .expect("an overview slide")
            .svg
    };
    let clothing = overview(&load("clothing"));
    for words in [
        "measured emotion (survey, n = ",
        "to-be journey",
        "KPI on target / off target",
        "experiment running",
    ] {
        assert!(clothing.contains(words), "the overview explains {words:?}");
    }
    // The key's samples: the measured line's short dashes and the to-be
    // line's long ones, drawn outside the curves' clipped group.
    let key = &clothing[..clothing.find("clip-path").expect("the curves are clipped")];
    assert!(
        key.contains("stroke-dasharray=\"4 4\""),
        "the measured sample"
    );
    assert!(
        key.contains("stroke-dasharray=\"12 7\""),
        "the to-be sample"
    );

    // A map without survey scores, to-be journeys, measured KPIs or
    // running experiments has nothing to explain.
    let mut plain = load("clothing");
    for journey in &mut plain.journeys {
        journey.to_be_of = None;
        for step in &mut journey.steps {
            step.survey.clear();
            step.experiments.clear();
        }
    }
    for phase in &mut plain.phases {
        phase.kpis.clear();
    }
    let plain = overview(&plain);
    for words in [
        "measured emotion",
        "to-be journey",
        "KPI on target",
        "experiment running",
    ] {
        assert!(!plain.contains(words), "nothing to explain, yet {words:?}");
    }
}
