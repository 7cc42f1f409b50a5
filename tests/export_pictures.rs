//! Pictures of the map: SVG, PNG and PDF through the real binary, golden
//! images of a small fixed map, and the errors a user can run into.

mod common;
use common::{klantreis, stdout};

use std::path::{Path, PathBuf};

use klantreis::model::{Journey, JourneyId, Map, Phase, PhaseId, Rgb, Step, StepId};
use klantreis::picture::{self, Background, ExportOptions};

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("maps")
        .join(format!("{name}.ron"))
}

const EXAMPLES: [&str; 3] = ["kettle", "clothing", "crm-b2b"];

/// Every piece of text in an SVG: text elements and tooltips.
fn svg_text(svg: &str) -> String {
    let doc = roxmltree::Document::parse(svg).expect("the SVG is well-formed XML");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    doc.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text of a PDF page, as a PDF reader's search finds it. The page draws
/// the picture as a form XObject (and those may hold more), which lopdf's
/// extraction does not enter: each form is read as if it were the page.
fn pdf_text(doc: &lopdf::Document, page: u32) -> String {
    use lopdf::{Object, Stream, dictionary};
    let mut doc = doc.clone();
    let page_id = doc.get_pages()[&page];
    let mut text = doc.extract_text(&[page]).expect("text extraction");
    let form_ids = |doc: &lopdf::Document, resources: &Object| -> Vec<lopdf::ObjectId> {
        let resources = match resources {
            Object::Reference(id) => doc.get_dictionary(*id).ok(),
            Object::Dictionary(d) => Some(d),
            _ => None,
        };
        let Some(x_objects) = resources.and_then(|r| r.get(b"XObject").ok()) else {
            return Vec::new();
        };
        let x_objects = match x_objects {
            Object::Reference(id) => doc.get_dictionary(*id).expect("xobjects"),
            Object::Dictionary(d) => d,
            _ => return Vec::new(),
        };
        x_objects
            .iter()
            .filter_map(|(_, v)| v.as_reference().ok())
            .filter(|id| {
                doc.get_object(*id)
                    .and_then(|o| o.as_stream())
                    .is_ok_and(|s| {
                        s.dict.get(b"Subtype").and_then(|t| t.as_name()).ok() == Some(b"Form")
                    })
            })
            .collect()
    };
    let page_resources = doc
        .get_dictionary(page_id)
        .expect("page")
        .get(b"Resources")
        .expect("resources")
        .clone();
    let mut forms = form_ids(&doc, &page_resources);
    while let Some(form) = forms.pop() {
        let stream = doc
            .get_object(form)
            .and_then(|o| o.as_stream())
            .expect("form")
            .clone();
        let content = stream
            .decompressed_content()
            .unwrap_or(stream.content.clone());
        let resources = stream
            .dict
            .get(b"Resources")
            .cloned()
            .unwrap_or(Object::Dictionary(dictionary! {}));
        forms.extend(form_ids(&doc, &resources));
        let content_id = doc.add_object(Stream::new(dictionary! {}, content));
        let page = doc.get_dictionary_mut(page_id).expect("page");
        page.set("Contents", content_id);
        page.set("Resources", resources);
        text.push('\n');
        text.push_str(
            &doc.extract_text(&[page_number(&doc, page_id)])
                .expect("text extraction"),
        );
    }
    text
}

/// Whether extracted PDF text holds `words`. svg2pdf places glyphs one by
/// one, and lopdf puts line breaks between placements; spacing is ignored.
fn has_text(text: &str, words: &str) -> bool {
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    squeeze(text).contains(&squeeze(words))
}

fn page_number(doc: &lopdf::Document, id: lopdf::ObjectId) -> u32 {
    doc.get_pages()
        .into_iter()
        .find(|(_, p)| *p == id)
        .map(|(n, _)| n)
        .expect("page")
}

#[test]
fn every_example_map_exports_to_svg_png_and_pdf() {
    let dir = tempfile::tempdir().expect("dir");
    for name in EXAMPLES {
        let map_path = example(name);
        let map = klantreis::io::load(&map_path).expect("load").map;
        let (svg, png, pdf) = (
            format!("{name}.svg"),
            format!("{name}.png"),
            format!("{name}.pdf"),
        );
        let output = klantreis(
            &[
                "export",
                map_path.to_str().expect("utf-8 path"),
                "--svg",
                &svg,
                "--png",
                &png,
                "--scale",
                "2",
                "--pdf",
                &pdf,
                "--paper",
                "a3",
                "--personas",
                "--calendar",
            ],
            dir.path(),
        );
        assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
        assert!(stdout(&output).contains(&format!("{svg}: SVG picture of")));

        // SVG: XML with every step's title and the map's title as text.
        let svg_text = svg_text(&std::fs::read_to_string(dir.path().join(&svg)).expect("svg"));
        assert!(svg_text.contains(&map.title), "{name}: title");
        for step in map.steps() {
            assert!(
                svg_text.contains(&step.title),
                "{name}: step title {:?} is not in the SVG",
                step.title
            );
        }
        for journey in &map.journeys {
            assert!(svg_text.contains(&journey.name), "{name}: legend");
        }

        // PNG: decodes, at twice the picture's size.
        let image = image::open(dir.path().join(&png)).expect("the PNG decodes");
        let picture = picture::picture(&map, &ExportOptions::default());
        assert_eq!(
            (image.width(), image.height()),
            (
                (picture.width * 2.0).ceil() as u32,
                (picture.height * 2.0).ceil() as u32
            ),
            "{name}: PNG size"
        );

        // PDF: the map, a page per persona, the calendar and the experiments
        // (where the map has any), all A3 landscape.
        let doc = lopdf::Document::load(dir.path().join(&pdf)).expect("the PDF parses");
        let pages = doc.get_pages();
        let options = ExportOptions {
            persona_pages: true,
            calendar_page: true,
            ..ExportOptions::default()
        };
        let expected = 1 + map.personas.len() + 1 + usize::from(map.experiments().next().is_some());
        assert_eq!(pages.len(), expected, "{name}: page count");
        assert_eq!(picture::pdf_page_count(&map, &options), expected);
        for id in pages.values() {
            let page = doc.get_dictionary(*id).expect("page");
            let media = page
                .get(b"MediaBox")
                .and_then(|m| m.as_array())
                .expect("media box");
            let size: Vec<f32> = media
                .iter()
                .map(|v| {
                    v.as_float()
                        .or_else(|_| v.as_i64().map(|i| i as f32))
                        .expect("number")
                })
                .collect();
            assert!(
                (size[2] - 1190.55).abs() < 0.5 && (size[3] - 841.89).abs() < 0.5,
                "{size:?}"
            );
        }
        let text = pdf_text(&doc, 1);
        assert!(has_text(&text, &map.title), "{name}: PDF text: {text}");
        for (i, persona) in map.personas.iter().enumerate() {
            let text = pdf_text(&doc, 2 + i as u32);
            assert!(
                has_text(&text, &persona.name),
                "{name}: persona page: {text}"
            );
        }
        let calendar = pdf_text(&doc, 2 + map.personas.len() as u32);
        assert!(has_text(&calendar, "Content calendar"), "{calendar}");
        if map.experiments().next().is_some() {
            let experiments = pdf_text(&doc, expected as u32);
            assert!(has_text(&experiments, "Experiments"), "{experiments}");
        }
    }
}

#[test]
fn dutch_letters_survive_into_svg_and_pdf_text() {
    let map = klantreis::io::load(&example("clothing")).expect("load").map;
    let svg = picture::svg(&map, &ExportOptions::default());
    assert!(svg_text(&svg).contains("Duurzame Daniëlle"));
    let pdf = picture::pdf(&map, &ExportOptions::default(), picture::Paper::A4).expect("pdf");
    let doc = lopdf::Document::load_mem(&pdf).expect("pdf parses");
    assert!(has_text(&pdf_text(&doc, 1), "Duurzame Daniëlle"));
}

#[test]
fn options_choose_journeys_lanes_and_background() {
    let dir = tempfile::tempdir().expect("dir");
    let map_path = example("clothing");
    let map = klantreis::io::load(&map_path).expect("load").map;
    let (first, second) = (&map.journeys[0], &map.journeys[1]);
    let output = klantreis(
        &[
            "export",
            map_path.to_str().expect("utf-8"),
            "--journey",
            &first.name,
            "--no-lanes",
            "--svg",
            "one.svg",
            "--png",
            "one.png",
            "--background",
            "transparent",
        ],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let svg = std::fs::read_to_string(dir.path().join("one.svg")).expect("svg");
    let text = svg_text(&svg);
    assert!(text.contains(&first.steps[0].title));
    assert!(
        !text.contains(&second.name),
        "the other journey is left out"
    );
    assert!(!text.contains("Lanes of"), "no lanes");
    let image = image::open(dir.path().join("one.png"))
        .expect("png")
        .to_rgba8();
    assert_eq!(image.get_pixel(0, 0).0[3], 0, "transparent corner");

    let output = klantreis(
        &[
            "export",
            map_path.to_str().expect("utf-8"),
            "--journey",
            "Nobody",
            "--svg",
            "x.svg",
        ],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("there is no journey \"Nobody\""));
    assert!(stdout(&output).contains(&first.name));
    assert!(!dir.path().join("x.svg").exists());
}

#[test]
fn errors_name_the_file_and_leave_no_half_written_output() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(dir.path().join("old.png"), b"previous picture").expect("write");
    let map_path = example("kettle");
    let map_arg = map_path.to_str().expect("utf-8");

    // A missing map.
    let output = klantreis(&["export", "missing.ron", "--png", "old.png"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("\"missing.ron\": there is no such file"));

    // A broken map.
    std::fs::write(dir.path().join("broken.ron"), "(title: \"half").expect("write");
    let output = klantreis(&["export", "broken.ron", "--png", "old.png"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("broken.ron"),
        "{}",
        stdout(&output)
    );

    // A folder that does not exist.
    let output = klantreis(
        &["export", map_arg, "--svg", "no/such/dir/map.svg"],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.contains("Could not write \"no/such/dir/map.svg\""),
        "{text}"
    );
    assert!(text.contains("export to another folder"), "{text}");

    // A picture too large for a PNG.
    let output = klantreis(
        &[
            "export", map_arg, "--png", "old.png", "--scale", "8", "--force",
        ],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("Could not export \"old.png\""),
        "{}",
        stdout(&output)
    );
    assert!(stdout(&output).contains("smaller scale"));

    // Bad options, nothing asked for, and the map itself as output.
    for (args, words) in [
        (
            vec!["--png", "old.png", "--scale", "0"],
            "The scale 0 is not possible",
        ),
        (vec!["--pdf", "x.pdf", "--paper", "a5"], "Choose a4 or a3"),
        (
            vec!["--png", "x.png", "--background", "pink"],
            "Choose white or transparent",
        ),
        (vec![], "nothing to export"),
    ] {
        let mut all = vec!["export", map_arg];
        all.extend(args);
        let output = klantreis(&all, dir.path());
        assert_eq!(output.status.code(), Some(1), "{all:?}");
        assert!(stdout(&output).contains(words), "{}", stdout(&output));
    }
    std::fs::copy(&map_path, dir.path().join("map.ron")).expect("copy");
    let output = klantreis(&["export", "map.ron", "--svg", "./map.ron"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("the map file itself"));
    assert_eq!(
        std::fs::read(dir.path().join("map.ron")).expect("map"),
        std::fs::read(&map_path).expect("map")
    );

    // None of this touched the earlier picture or left temporary files.
    assert_eq!(
        std::fs::read(dir.path().join("old.png")).expect("old"),
        b"previous picture"
    );
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["broken.ron", "map.ron", "old.png"]);
}

#[test]
fn a_map_with_problems_is_not_exported_until_repaired() {
    let dir = tempfile::tempdir().expect("dir");
    let mut map = small_map();
    map.journeys[0].steps[0].phase = PhaseId(99);
    klantreis::io::save(&dir.path().join("bad.ron"), &map).expect("save");
    let output = klantreis(&["export", "bad.ron", "--svg", "bad.svg"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("upgrade --repair bad.ron"),
        "{}",
        stdout(&output)
    );
    assert!(!dir.path().join("bad.svg").exists());
}

/// A small fixed map: three phases, two journeys, a long title and Dutch letters.
fn small_map() -> Map {
    let phase = |id: u64, name: &str, color: Rgb, width: f64| Phase {
        id: PhaseId(id),
        name: name.to_owned(),
        description: String::new(),
        color,
        width,
        kpis: Vec::new(),
    };
    let step = |id: u64, phase: u64, at: f64, emotion: f64, title: &str| {
        let mut s = Step::new(StepId(id), PhaseId(phase), at, emotion, title);
        s.actions = vec![format!("Doet iets bij {title}")];
        s.pain_points =
            vec!["Wachten duurt te lang, en de uitleg is onduidelijk voor de klant".to_owned()];
        s.touchpoint = "Webshop".to_owned();
        s
    };
    Map {
        title: "Één reis: Zoë koopt een fiets".to_owned(),
        goal: "Zien waar Zoë twijfelt.".to_owned(),
        phases: vec![
            phase(1, "Oriëntatie", Rgb(0xa8, 0xd0, 0xf0), 10.0),
            phase(2, "Aankoop", Rgb(0xb8, 0xe0, 0xc0), 10.0),
            phase(3, "Gebruik", Rgb(0xf6, 0xd8, 0x9a), 10.0),
        ],
        journeys: vec![
            Journey {
                to_be_of: None,
                id: JourneyId(1),
                name: "Zoë".to_owned(),
                color: Rgb(0x00, 0x72, 0xb2),
                persona: None,
                steps: vec![
                    step(1, 1, 0.2, 1.0, "Ziet een advertentie"),
                    step(
                        2,
                        1,
                        0.7,
                        -1.5,
                        "Vergelijkt prijzen op drie websites en leest heel veel reviews",
                    ),
                    step(3, 2, 0.5, -3.0, "Betaling mislukt"),
                    step(4, 3, 0.5, 2.5, "Eerste rit: geweldig"),
                ],
            },
            Journey {
                to_be_of: None,
                id: JourneyId(2),
                name: "Daniël".to_owned(),
                color: Rgb(0xd5, 0x5e, 0x00),
                persona: None,
                steps: vec![
                    step(5, 1, 0.4, 0.0, "Hoort het van een vriend"),
                    step(6, 2, 0.3, 1.0, "Koopt in de winkel"),
                    step(7, 3, 0.8, 3.0, "Raadt de fiets aan"),
                ],
            },
        ],
        ..Map::default()
    }
}

fn golden_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

/// Compares a PNG with its golden image. A pixel differs when a channel is
/// off by more than 40 of 255 (anti-aliasing and rasteriser rounding stay
/// well below); the images match when under 0.2% of pixels differ. A moved
/// step, a missing title or a changed colour is far more than that.
/// `KLANTREIS_UPDATE_GOLDEN=1` writes the golden image instead.
fn assert_matches_golden(png: &[u8], name: &str) {
    if std::env::var_os("KLANTREIS_UPDATE_GOLDEN").is_some() {
        let path = golden_path(name);
        std::fs::create_dir_all(path.parent().expect("folder")).expect("folder");
        std::fs::write(&path, png).expect("write golden");
        return;
    }
    compare_with_golden(png, name);
}

fn compare_with_golden(png: &[u8], name: &str) {
    let path = golden_path(name);
    let actual = image::load_from_memory(png).expect("decode").to_rgba8();
    let golden = image::open(&path)
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e}; run with KLANTREIS_UPDATE_GOLDEN=1",
                path.display()
            )
        })
        .to_rgba8();
    assert_eq!(actual.dimensions(), golden.dimensions(), "{name}: size");
    let differing = actual
        .pixels()
        .zip(golden.pixels())
        .filter(|(a, b)| a.0.iter().zip(b.0).any(|(x, y)| x.abs_diff(y) > 40))
        .count();
    let share = differing as f64 / f64::from(actual.width() * actual.height());
    if share > 0.002 {
        let out = std::env::temp_dir().join(format!("actual-{name}"));
        let _ = std::fs::write(&out, png);
        panic!(
            "{name}: {differing} pixels ({:.2}%) differ from the golden image; the new one is at {}",
            share * 100.0,
            out.display()
        );
    }
}

#[test]
fn png_of_a_small_map_matches_its_golden_image() {
    let map = small_map();
    let png = picture::png(&map, &ExportOptions::default(), 1.0, Background::White).expect("png");
    assert_matches_golden(&png, "small-map.png");
    let without_lanes = ExportOptions {
        lanes: false,
        journeys: Some(vec![JourneyId(1)]),
        ..ExportOptions::default()
    };
    let png = picture::png(&map, &without_lanes, 1.0, Background::White).expect("png");
    assert_matches_golden(&png, "small-map-one-journey-no-lanes.png");
}

/// The small map with what was measured and tried: survey scores on Zoë's
/// steps (1 to 5), a KPI on target in Oriëntatie and one off target in
/// Aankoop, and a test running on the failed payment.
fn small_measured_map() -> Map {
    use klantreis::model::{
        Experiment, ExperimentStatus, Kpi, Lane, Measurement, SurveyScale, SurveyScore,
    };
    let mut map = small_map();
    let date = chrono::NaiveDate::from_ymd_opt(2027, 2, 15);
    for (step, (score, respondents)) in
        map.journeys[0]
            .steps
            .iter_mut()
            .zip([(4.2, 120), (2.1, 96), (2.4, 210), (4.6, 80)])
    {
        step.survey.push(SurveyScore {
            date,
            score,
            scale: SurveyScale::OneToFive,
            respondents,
        });
    }
    let kpi = |name: &str, target: f64, values: [f64; 2]| Kpi {
        name: name.to_owned(),
        unit: "%".to_owned(),
        target: Some(target),
        measurements: values
            .iter()
            .map(|&value| Measurement {
                date,
                value,
                target: None,
            })
            .collect(),
        ..Kpi::default()
    };
    map.phases[0].kpis.push(kpi("Bereik", 10.0, [8.0, 12.0]));
    map.phases[1].kpis.push(kpi("Conversie", 3.0, [2.0, 2.5]));
    let failed = &mut map.journeys[0].steps[2];
    let mut test = Experiment::new(failed, Lane::PainPoints, &failed.pain_points[0].clone());
    test.hypothesis = "iDEAL als eerste keuze halveert mislukte betalingen".to_owned();
    test.status = ExperimentStatus::Running;
    failed.experiments.push(test);
    map
}

#[test]
fn png_of_a_small_measured_map_matches_its_golden_image() {
    let map = small_measured_map();
    let scene = picture::svg::map_scene(&map, &ExportOptions::default());
    // What the golden image holds: the measured curve, a count beside it,
    // two KPI marks and the running test.
    let curves = klantreis::scene::measured::measured_curves(&map, &scene.canvas);
    assert_eq!(curves.len(), 1);
    assert_eq!(curves[0].points.len(), 4);
    assert!(!klantreis::scene::measured::respondent_counts(&curves, &scene).is_empty());
    assert_eq!(
        klantreis::scene::measured::placed_kpi_marks(&map, &scene).len(),
        2
    );
    assert_eq!(
        scene.headers.iter().filter(|h| h.running.is_some()).count(),
        1
    );
    let png = picture::png(&map, &ExportOptions::default(), 1.0, Background::White).expect("png");
    assert_matches_golden(&png, "small-map-measured.png");
    // Without them the picture is another one.
    let plain = picture::png(
        &small_map(),
        &ExportOptions::default(),
        1.0,
        Background::White,
    )
    .expect("png");
    let result = std::panic::catch_unwind(|| compare_with_golden(&plain, "small-map-measured.png"));
    assert!(
        result.is_err(),
        "the measured picture differs from the plain one"
    );
}

#[test]
fn the_golden_comparison_catches_a_real_change() {
    let mut map = small_map();
    map.journeys[0].steps[2].emotion = 1.0;
    let png = picture::png(&map, &ExportOptions::default(), 1.0, Background::White).expect("png");
    let result = std::panic::catch_unwind(|| compare_with_golden(&png, "small-map.png"));
    assert!(result.is_err(), "a moved step must fail the golden test");
}

#[test]
fn png_scale_multiplies_the_size() {
    let map = small_map();
    let options = ExportOptions::default();
    let one = picture::png(&map, &options, 1.0, Background::White).expect("1x");
    let four = picture::png(&map, &options, 4.0, Background::Transparent).expect("4x");
    let (one, four) = (
        image::load_from_memory(&one).expect("1x"),
        image::load_from_memory(&four).expect("4x"),
    );
    assert_eq!(four.width(), one.width() * 4);
    assert_eq!(four.height(), one.height() * 4);
}

#[test]
fn file_export_in_the_app_writes_the_chosen_picture() {
    use egui::{Key, Modifiers};
    use egui_kittest::kittest::Queryable;

    let dir = tempfile::tempdir().expect("dir");
    let map = klantreis::io::load(&example("kettle")).expect("load").map;
    let mut app = klantreis::ui::KlantreisApp::new(map.clone(), None);
    app.native_dialogs = false;
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1500.0, 950.0])
        .build_eframe(move |_| app.with_language(klantreis::ui::shell::LanguageChoice::English));
    harness.run_steps(3);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(2);
    let out = dir.path().join("kettle.pdf");
    {
        let dialog = harness
            .state_mut()
            .picture_export
            .as_mut()
            .expect("the dialog is open");
        dialog.path = out.display().to_string();
    }
    harness.get_by_label("PDF (print)").click();
    harness.run_steps(2);
    harness.get_by_label("Persona cards (a page each)").click();
    harness.run_steps(2);
    harness.get_by_label("Export").click();
    let mut preview = false;
    for _ in 0..1500 {
        harness.run_steps(1);
        let dialog = harness.state().picture_export.as_ref().expect("still open");
        preview |= dialog.has_preview();
        if !dialog.exporting() && preview {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let dialog = harness.state().picture_export.as_ref().expect("still open");
    assert!(preview, "the preview was drawn");
    let (message, is_error) = dialog.message.clone().expect("a result");
    assert!(!is_error, "{message}");
    assert!(message.contains("kettle.pdf"), "{message}");
    let doc = lopdf::Document::load(&out).expect("a PDF");
    assert_eq!(doc.get_pages().len(), 1 + map.personas.len());
    assert!(has_text(&pdf_text(&doc, 1), &map.title));

    harness.get_by_label("Close").click();
    harness.run_steps(2);
    assert!(
        harness.state().picture_export.is_none(),
        "Close closes the dialog"
    );
}

/// Text from each block a consultant types into a map: Dutch and other
/// Latin letters, punctuation, currency, arrows, mathematical operators,
/// dingbats, emoji, and emoji from Unicode 9 to 15 (a joined sequence
/// among them), which the old egui-shipped emoji font lacked.
const TYPED_TEXT: [&str; 10] = [
    "€ 1.250 − 10 % korting",
    "✓ bevestigd ★★★★★",
    "Ĳsselmeer, Łódź, Œuvre, Straße",
    "„Snel” — ‘klaar’ … • ‰",
    "£ 5 ¥ 7 ₹ 9 ₿",
    "Bestellen → betalen ⇒ klaar ← ↑ ↓",
    "2 × 3 ÷ 4 ≤ 5 ≥ 1 ≠ 0 ± ∞",
    "♥ ✔ ✗ ☎ ✉ 😀 👍 🎉 🚀 💡",
    "🤝 🥰 🧐 🥳 🧾 🪴 🫶 🫠 🩷 🪿",
    "Klant 🧑\u{200d}💻 bestelt 🛒 🛍\u{fe0f}",
];

/// Text without emoji variation selectors, which pictures leave out: they
/// choose between colour and text emoji, and a picture has only the
/// monochrome ones.
fn without_selectors(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{fe0e}' | '\u{fe0f}'))
        .collect()
}

/// A one-journey map with a phase for each of [`TYPED_TEXT`], whose one
/// step is titled with it (bold in the picture) and carries it again as an
/// action (regular).
fn map_with_typed_text() -> Map {
    let mut map = small_map();
    map.journeys.truncate(1);
    map.phases = (1..=TYPED_TEXT.len() as u64)
        .map(|id| Phase {
            id: PhaseId(id),
            name: format!("Fase {id}"),
            description: String::new(),
            color: Rgb(0xa8, 0xd0, 0xf0),
            width: 10.0,
            kpis: Vec::new(),
        })
        .collect();
    map.journeys[0].steps = TYPED_TEXT
        .iter()
        .zip(1..)
        .map(|(text, id)| {
            let emotion = if id % 2 == 0 { 1.0 } else { -1.0 };
            let mut step = Step::new(StepId(id), PhaseId(id), 0.5, emotion, text);
            step.actions = vec![(*text).to_owned()];
            step
        })
        .collect();
    map
}

#[test]
fn typed_symbols_and_emoji_are_copied_right_from_the_pdf() {
    let dir = tempfile::tempdir().expect("dir");
    let pdf = dir.path().join("symbols.pdf");
    let map = map_with_typed_text();
    let bytes = picture::pdf(&map, &ExportOptions::default(), picture::Paper::A3).expect("pdf");
    std::fs::write(&pdf, bytes).expect("write");
    // poppler's pdftotext reads the text layer as a PDF viewer's search and
    // copy do; in drawing order, so a wrapped lane text is not interleaved
    // with its neighbour's.
    let output = std::process::Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (install Debian's poppler-utils)");
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    for typed in TYPED_TEXT.map(without_selectors) {
        assert!(
            has_text(&text, &typed),
            "the PDF's text layer lacks {typed:?}; it reads:\n{text}"
        );
    }
}

#[test]
fn typed_symbols_and_emoji_are_drawn_with_real_glyphs_in_the_png() {
    use klantreis::picture::raster;
    use resvg::usvg;

    fn glyphs(group: &usvg::Group, out: &mut Vec<(String, u16)>) {
        for node in group.children() {
            match node {
                usvg::Node::Group(g) => glyphs(g, out),
                usvg::Node::Text(text) => out.extend(
                    text.layouted()
                        .iter()
                        .flat_map(|span| &span.positioned_glyphs)
                        .map(|g| (g.text.clone(), g.id.0)),
                ),
                _ => {}
            }
        }
    }

    let picture = picture::picture(&map_with_typed_text(), &ExportOptions::default());
    // The PNG is the tree below, rendered; glyph 0 is the empty box (".notdef").
    let tree = raster::tree(&picture).expect("tree");
    let mut drawn = Vec::new();
    glyphs(tree.root(), &mut drawn);

    let boxes: Vec<&str> = drawn
        .iter()
        .filter(|(_, id)| *id == 0)
        .map(|(text, _)| text.as_str())
        .collect();
    assert!(boxes.is_empty(), "drawn as empty boxes: {boxes:?}");
    let drawn_text: String = drawn.iter().map(|(text, _)| text.as_str()).collect();
    for typed in TYPED_TEXT.map(without_selectors) {
        assert!(has_text(&drawn_text, &typed), "{typed:?} is not drawn");
    }
    raster::png(&picture, 1.0, Background::White).expect("png");
}
