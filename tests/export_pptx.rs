//! The PowerPoint deck: through the binary for each example map, a valid
//! Office Open XML package (every part parses, every relationship points at
//! a part that is there, every part has its content type), 16:9, whose
//! slides hold every step title and lane text as text and whose speaker
//! notes hold each phase's description; and LibreOffice Impress opens it and
//! shows the text of every slide.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use klantreis::model::{Lane, Map};

const EXAMPLES: [&str; 3] = ["kettle", "clothing", "crm-b2b"];

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("maps/{name}.ron"))
}

fn load(name: &str) -> Map {
    klantreis::io::load(&example(name)).expect("load").map
}

/// Exports `name`'s deck as PowerPoint into `dir` through the binary.
fn export(name: &str, dir: &Path) -> PathBuf {
    let file = dir.join(format!("{name}.pptx"));
    let output = Command::new(env!("CARGO_BIN_EXE_klantreis"))
        .args(["export", example(name).to_str().expect("a path")])
        .args(["--pptx", file.to_str().expect("a path"), "--lang", "en"])
        .env("LC_ALL", "C.UTF-8")
        .output()
        .expect("klantreis runs");
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("(PowerPoint)"),
        "the binary says what it wrote"
    );
    file
}

/// Every part of the package by name.
fn parts(file: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut zip =
        zip::ZipArchive::new(std::fs::File::open(file).expect("open")).expect("a valid zip");
    (0..zip.len())
        .map(|i| {
            let mut entry = zip.by_index(i).expect("an entry");
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).expect("read");
            (entry.name().expect("a name").into_owned(), bytes)
        })
        .collect()
}

fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).expect("UTF-8")
}

/// The `<a:t>` texts of an XML part, in order.
fn texts(xml: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).expect("XML");
    doc.descendants()
        .filter(|n| n.has_tag_name("t"))
        .map(|n| n.text().unwrap_or_default().to_owned())
        .collect()
}

/// The slides' part names in presentation order.
fn slide_order(parts: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    let rels = roxmltree::Document::parse(text(&parts["ppt/_rels/presentation.xml.rels"]))
        .expect("XML")
        .descendants()
        .filter(|n| n.has_tag_name("Relationship"))
        .map(|n| {
            (
                n.attribute("Id").expect("an id").to_owned(),
                n.attribute("Target").expect("a target").to_owned(),
            )
        })
        .collect::<BTreeMap<_, _>>();
    let presentation = text(&parts["ppt/presentation.xml"]);
    let doc = roxmltree::Document::parse(presentation).expect("XML");
    doc.descendants()
        .filter(|n| n.has_tag_name("sldId"))
        .map(|n| {
            let id = n
                .attributes()
                .find(|a| a.name() == "id" && a.namespace().is_some())
                .expect("r:id")
                .value();
            format!("ppt/{}", rels[id])
        })
        .collect()
}

#[test]
fn the_pptx_of_each_example_map_is_a_valid_package_with_every_step_and_lane_as_text() {
    let dir = tempfile::tempdir().expect("dir");
    for name in EXAMPLES {
        let map = load(name);
        let parts = parts(&export(name, dir.path()));
        // Every XML part parses, and every part has a content type.
        let types = text(&parts["[Content_Types].xml"]);
        for (part, bytes) in &parts {
            if part.ends_with(".xml") || part.ends_with(".rels") {
                roxmltree::Document::parse(text(bytes))
                    .unwrap_or_else(|e| panic!("{name}: {part} is not XML: {e}"));
            }
            if part.ends_with(".xml") && part != "[Content_Types].xml" {
                assert!(
                    types.contains(&format!("PartName=\"/{part}\"")),
                    "{name}: {part} has no content type"
                );
            }
        }
        // Every relationship points at a part in the package.
        for (part, bytes) in parts.iter().filter(|(p, _)| p.ends_with(".rels")) {
            let base = part
                .strip_suffix(".rels")
                .and_then(|p| p.rsplit_once("/_rels/"))
                .map(|(folder, _)| folder.to_owned())
                .unwrap_or_default();
            let doc = roxmltree::Document::parse(text(bytes)).expect("XML");
            for rel in doc.descendants().filter(|n| n.has_tag_name("Relationship")) {
                let target = rel.attribute("Target").expect("a target");
                let mut path: Vec<&str> = base.split('/').filter(|s| !s.is_empty()).collect();
                for piece in target.split('/') {
                    match piece {
                        ".." => {
                            path.pop();
                        }
                        piece => path.push(piece),
                    }
                }
                let resolved = path.join("/");
                assert!(
                    parts.contains_key(&resolved),
                    "{name}: {part} points at {resolved}, which is missing"
                );
            }
        }
        // 16:9.
        let presentation = text(&parts["ppt/presentation.xml"]);
        assert!(
            presentation.contains("<p:sldSz cx=\"12192000\" cy=\"6858000\"/>"),
            "{name}: the slides are 16:9"
        );
        // Every step title and every lane text is text on a slide.
        let slides = slide_order(&parts);
        assert!(
            slides.len() >= 2 + map.phases.len() + map.personas.len() + 2,
            "{name}: {} slides",
            slides.len()
        );
        let all: String = slides
            .iter()
            .flat_map(|s| texts(text(&parts[s])))
            .collect::<Vec<_>>()
            .join("\n");
        for journey in &map.journeys {
            for step in &journey.steps {
                assert!(all.contains(&step.title), "{name}: {}", step.title);
                for lane in Lane::ALL {
                    for line in lane.text(step).lines().filter(|l| !l.trim().is_empty()) {
                        assert!(all.contains(line), "{name}: {}: {line}", step.title);
                    }
                }
            }
        }
        for persona in &map.personas {
            assert!(all.contains(&persona.name), "{name}: {}", persona.name);
        }
        // The speaker notes carry each phase's description.
        let notes: String = parts
            .iter()
            .filter(|(p, _)| p.starts_with("ppt/notesSlides/notesSlide"))
            .flat_map(|(_, bytes)| texts(text(bytes)))
            .collect::<Vec<_>>()
            .join("\n");
        for phase in map.phases.iter().filter(|p| !p.description.is_empty()) {
            for line in phase.description.lines().filter(|l| !l.trim().is_empty()) {
                assert!(notes.contains(line), "{name}: notes of {}", phase.name);
            }
        }
        // Pictures only for the curves: the overview and one per phase.
        let pictures = parts.keys().filter(|p| p.starts_with("ppt/media/")).count();
        assert_eq!(pictures, 1 + map.phases.len(), "{name}");
    }
}

/// The words of a text, for comparing what a slide holds with what a PDF
/// viewer reads from it (lines are broken differently). Hyphens are left out
/// of words: a viewer joins "e-" at a line's end with "commerce" on the next
/// into "ecommerce".
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || "•\u{201c}\u{201d}".contains(c))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .replace(['-', '\u{2010}'], "")
        })
        .filter(|w| w.chars().count() > 1)
        .collect()
}

/// Whether `tool` runs here, asked for its version with `flag` (poppler's
/// tools answer `-v`, not `--version`).
fn found(tool: &str, flag: &str) -> bool {
    Command::new(tool)
        .arg(flag)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Whether LibreOffice Impress and pdftotext are here; CI must have them,
/// elsewhere a test without them says so and skips.
fn impress_ready() -> bool {
    if found("soffice", "--version") && found("pdftotext", "-v") {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must have LibreOffice Impress and poppler-utils (.ci/run installs them)"
    );
    eprintln!("skipped: no soffice or pdftotext here (apt-get install libreoffice-impress)");
    false
}

/// `file` as LibreOffice Impress shows it, converted to PDF in `dir`.
fn impress_pdf(file: &Path, dir: &Path) -> PathBuf {
    let output = Command::new("soffice")
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir)
        .arg(file)
        .env("HOME", dir.join("home"))
        .output()
        .expect("soffice runs");
    let pdf = dir.join(file.with_extension("pdf").file_name().expect("a name"));
    assert!(
        pdf.exists(),
        "{}: LibreOffice made no PDF: {}{}",
        file.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    pdf
}

/// The words a PDF viewer reads on page `page` (from 1) of `pdf`.
fn page_words(pdf: &Path, page: usize) -> BTreeSet<String> {
    let page = page.to_string();
    let out = Command::new("pdftotext")
        .args(["-f", &page, "-l", &page])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    words(&String::from_utf8_lossy(&out.stdout))
        .into_iter()
        .collect()
}

#[test]
fn libreoffice_opens_each_example_deck_and_shows_the_text_of_every_slide() {
    if !impress_ready() {
        return;
    }
    let dir = tempfile::tempdir().expect("dir");
    for name in EXAMPLES {
        let file = export(name, dir.path());
        let parts = parts(&file);
        let pdf = impress_pdf(&file, dir.path());
        let slides = slide_order(&parts);
        for (i, slide) in slides.iter().enumerate() {
            let shown = page_words(&pdf, i + 1);
            let written = texts(text(&parts[slide])).join(" ");
            let missing: Vec<String> = words(&written)
                .into_iter()
                .filter(|w| !shown.contains(w))
                .collect();
            assert!(
                missing.is_empty(),
                "{name}: slide {} as LibreOffice shows it lacks {missing:?}",
                i + 1
            );
        }
    }
}

#[test]
fn the_pptx_draws_sparklines_as_shapes_and_lists_the_experiments_and_libreoffice_shows_them() {
    let dir = tempfile::tempdir().expect("dir");
    let map = load("clothing");
    let file = export("clothing", dir.path());
    let parts = parts(&file);
    let slides = slide_order(&parts);
    // A phase slide per phase: its sparklines are DrawingML paths, a point per measurement.
    let phase_slides: Vec<&String> = slides
        .iter()
        .filter(|s| {
            texts(text(&parts[*s]))
                .iter()
                .any(|t| t.starts_with("Phase ") && !t.ends_with("(continued)"))
        })
        .collect();
    assert_eq!(phase_slides.len(), map.phases.len());
    for (slide, phase) in phase_slides.iter().zip(&map.phases) {
        let doc = roxmltree::Document::parse(text(&parts[*slide])).expect("XML");
        let lines: Vec<usize> = doc
            .descendants()
            .filter(|n| {
                n.has_tag_name("cNvPr")
                    && n.attribute("name")
                        .is_some_and(|a| a.starts_with("Sparkline "))
            })
            .map(|n| {
                let shape = n
                    .ancestors()
                    .find(|a| a.has_tag_name("sp"))
                    .expect("its shape");
                assert!(
                    shape.descendants().any(|d| d.has_tag_name("custGeom")),
                    "a sparkline is a custom geometry"
                );
                shape
                    .descendants()
                    .filter(|d| d.has_tag_name("moveTo") || d.has_tag_name("lnTo"))
                    .count()
            })
            .collect();
        let measured: Vec<usize> = phase
            .kpis
            .iter()
            .filter(|k| !k.measurements.is_empty())
            .map(|k| k.measurements.len())
            .collect();
        assert_eq!(lines, measured, "{}", phase.name);
        let all = texts(text(&parts[*slide])).join(" ");
        assert!(all.contains("claims backed ("), "{}: {all}", phase.name);
        for kpi in &phase.kpis {
            assert!(all.contains(&kpi.name), "{}: {}", phase.name, kpi.name);
        }
    }
    // The experiments, by phase, with their status in words.
    let experiments = slides
        .iter()
        .find(|s| {
            texts(text(&parts[*s]))
                .first()
                .is_some_and(|t| t == "Experiments")
        })
        .expect("an experiments slide");
    let shown = texts(text(&parts[experiments])).join("\n");
    for placed in map.experiments() {
        let e = placed.experiment;
        for field in [&e.hypothesis, &e.kpi, &e.variant_a, &e.variant_b, &e.result] {
            assert!(shown.contains(field.as_str()), "{field}");
        }
        assert!(shown.contains(&format!("{:?}: {}", e.status, e.hypothesis)));
        assert!(shown.contains(&map.phase(placed.phase).expect("its phase").name));
    }
    let gaps = slides
        .iter()
        .find(|s| {
            texts(text(&parts[*s]))
                .first()
                .is_some_and(|t| t.contains("the largest gaps"))
        })
        .expect("a slide of the largest gaps");
    assert!(texts(text(&parts[gaps])).len() > 5);

    // LibreOffice opens it and shows the experiments slide's words.
    if !impress_ready() {
        return;
    }
    let pdf = impress_pdf(&file, dir.path());
    let page = slides
        .iter()
        .position(|s| s == experiments)
        .expect("its place")
        + 1;
    let seen = page_words(&pdf, page);
    let missing: Vec<String> = words(&shown)
        .into_iter()
        .filter(|w| !seen.contains(w))
        .collect();
    assert!(
        missing.is_empty(),
        "the experiments slide lacks {missing:?}"
    );
}

#[test]
fn a_hostile_experiment_and_kpi_stay_text_in_the_deck_and_the_pptx() {
    use klantreis::model::{Experiment, ExperimentStatus};
    let hostile = "</a:t><p:sp>]]><script>alert(1)</script> & \"'";
    let mut map = load("clothing");
    map.phases[0]
        .kpis
        .push(common::measured::daily_kpi(hostile, hostile, 3));
    let step = map.journeys[0]
        .steps
        .iter_mut()
        .find(|s| !s.pain_points.is_empty())
        .expect("a step with a pain point");
    let item = step.pain_points[0].clone();
    let mut experiment = Experiment::new(step, Lane::PainPoints, &item);
    experiment.hypothesis = hostile.to_owned();
    experiment.result = hostile.to_owned();
    experiment.status = ExperimentStatus::Lost;
    step.experiments.push(experiment);
    let options = klantreis::picture::ExportOptions::default();
    klantreis::i18n::set_language(klantreis::i18n::Language::En);

    let (bytes, _) = klantreis::picture::pptx::pptx(&map, &options).expect("a pptx");
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("hostile.pptx");
    std::fs::write(&file, bytes).expect("write");
    let parts = parts(&file);
    let all: Vec<String> = slide_order(&parts)
        .iter()
        .flat_map(|s| texts(text(&parts[s])))
        .collect();
    assert!(
        all.iter().any(|t| t == &format!("Lost: {hostile}")),
        "the hypothesis as text"
    );
    assert!(
        all.iter().any(|t| t.starts_with(hostile)),
        "the KPI as text"
    );

    for slide in klantreis::picture::deck::slides(&map, &options) {
        let doc = roxmltree::Document::parse(&slide.svg).expect("each slide is well-formed SVG");
        assert!(!doc.descendants().any(|n| n.has_tag_name("script")));
    }
}
