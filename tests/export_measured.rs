//! What was measured and what is being tried, in the map picture: each
//! journey's measured (survey) curve through its surveyed steps with the
//! respondent counts, the KPI marks and the running experiments in the
//! phase headers, and the legend that tells them apart from the to-be
//! curves — read back from the SVG the PNG, PDF, HTML viewer and deck use.

use std::path::Path;

use klantreis::i18n::Language;
use klantreis::model::{ExperimentStatus, Map};
use klantreis::picture::{self, ExportOptions};
use klantreis::scene::measured::placed_kpi_marks;
use roxmltree::{Document, Node};

fn example(name: &str) -> Map {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("maps")
        .join(name);
    klantreis::io::load(&path)
        .unwrap_or_else(|e| panic!("{e}"))
        .map
}

/// The group with this id.
fn group<'a>(doc: &'a Document, id: &str) -> Option<Node<'a, 'a>> {
    doc.descendants()
        .find(|n| n.has_tag_name("g") && n.attribute("id") == Some(id))
}

/// The words of every `text` under `node`.
fn texts(node: Node) -> Vec<String> {
    node.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or_default().to_owned())
        .collect()
}

/// The points of a polyline or polygon.
fn points(node: Node) -> usize {
    node.attribute("points")
        .unwrap_or_default()
        .split_whitespace()
        .count()
}

#[test]
fn each_surveyed_journey_gets_a_measured_curve_through_its_surveyed_steps() {
    let map = example("clothing.ron");
    let svg = picture::svg(&map, &ExportOptions::default());
    let doc = Document::parse(&svg).expect("the SVG parses");
    let mut curves = 0;
    let mut respondents = Vec::new();
    for journey in &map.journeys {
        let surveyed: Vec<_> = journey.steps.iter().filter_map(|s| s.measured()).collect();
        let Some(curve) = group(&doc, &format!("measured-{}", journey.id)) else {
            assert!(surveyed.is_empty(), "{}: no measured curve", journey.name);
            continue;
        };
        curves += 1;
        respondents.extend(surveyed.iter().map(|m| m.respondents));
        // One dashed line through a point per surveyed step, a square and
        // a connector to the perceived emotion at each.
        let line: Vec<Node> = curve
            .children()
            .filter(|n| n.has_tag_name("polyline"))
            .collect();
        assert_eq!(line.len(), 1, "{}", journey.name);
        assert_eq!(points(line[0]), surveyed.len(), "{}", journey.name);
        let squares = curve.children().filter(|n| n.has_tag_name("rect")).count();
        let connectors = curve.children().filter(|n| n.has_tag_name("line")).count();
        assert_eq!((squares, connectors), (surveyed.len(), surveyed.len()));
        // Short dashes in a darker shade of the journey's colour: never the
        // journey's own curve or a to-be curve's long dashes.
        assert_eq!(line[0].attribute("stroke-dasharray"), Some("4 4"));
        let own = format!(
            "#{:02x}{:02x}{:02x}",
            journey.color.0, journey.color.1, journey.color.2
        );
        assert_ne!(line[0].attribute("stroke"), Some(own.as_str()));
    }
    assert_eq!(curves, 2, "Daniëlle's and Bas's surveyed journeys");
    // The to-be curve is dashed long.
    let journeys = group(&doc, "journeys").expect("the journeys");
    let to_be = journeys
        .descendants()
        .filter(|n| n.attribute("stroke-dasharray") == Some("12 7"))
        .count();
    assert_eq!(to_be, 1, "Bas's to-be journey");

    // Respondent counts, each a surveyed step's, placed where they have room.
    let counts = texts(group(&doc, "respondent-counts").expect("the counts"));
    assert!(counts.len() >= 10, "{counts:?}");
    for count in &counts {
        let n: u32 = count
            .strip_prefix("n=")
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{count:?}"));
        assert!(respondents.contains(&n), "{count}");
    }

    // The legend tells them apart.
    let legend = texts(group(&doc, "legend").expect("the legend")).join(" | ");
    let (low, high) = (
        respondents.iter().min().expect("some"),
        respondents.iter().max().expect("some"),
    );
    assert!(
        legend.contains(&format!("measured emotion (survey, n = {low}–{high})")),
        "{legend}"
    );
    assert!(legend.contains("to-be journey"), "{legend}");
}

#[test]
fn a_map_without_survey_scores_has_no_measured_curve_counts_or_legend_entry() {
    let mut map = example("clothing.ron");
    for journey in &mut map.journeys {
        for step in &mut journey.steps {
            step.survey.clear();
        }
    }
    let svg = picture::svg(&map, &ExportOptions::default());
    let doc = Document::parse(&svg).expect("the SVG parses");
    assert!(
        !doc.descendants().any(|n| n
            .attribute("id")
            .is_some_and(|id| id.starts_with("measured-"))),
        "no measured curve"
    );
    assert!(group(&doc, "respondent-counts").is_none());
    assert!(!svg.contains("stroke-dasharray=\"4 4\""));
    let legend = texts(group(&doc, "legend").expect("the legend")).join(" | ");
    assert!(!legend.contains("measured emotion"), "{legend}");
    assert!(legend.contains("KPI on target / off target"), "{legend}");

    // With nothing measured, tested or to-be, the legend has no extra row:
    // the picture is as tall as before.
    let mut plain = map.clone();
    for phase in &mut plain.phases {
        phase.kpis.clear();
    }
    plain.journeys.retain(|j| j.to_be_of.is_none());
    for step in plain.journeys.iter_mut().flat_map(|j| &mut j.steps) {
        step.experiments.clear();
    }
    let with_row = picture::picture(&plain, &ExportOptions::default()).height;
    let doc_svg = picture::svg(&plain, &ExportOptions::default());
    let doc = Document::parse(&doc_svg).expect("the SVG parses");
    let legend = texts(group(&doc, "legend").expect("the legend")).join(" | ");
    for words in ["KPI on target", "experiment running", "to-be journey"] {
        assert!(!legend.contains(words), "{legend}");
    }
    plain.phases[0].kpis = example("clothing.ron").phases[0].kpis.clone();
    let taller = picture::picture(&plain, &ExportOptions::default()).height;
    assert_eq!(taller - with_row, 38.0, "the extra row");
}

#[test]
fn kpi_marks_and_running_experiments_sit_in_the_phase_headers() {
    let map = example("clothing.ron");
    let options = ExportOptions::default();
    let svg = picture::svg(&map, &options);
    let doc = Document::parse(&svg).expect("the SVG parses");
    let phases = group(&doc, "phases").expect("the phases");
    let scene = picture::svg::map_scene(&map, &options);
    let marks = placed_kpi_marks(&map, &scene);
    assert!(marks.len() >= 5, "{} KPI marks", marks.len());
    // Diamonds: four corners each (the flask's body too).
    let four = phases
        .descendants()
        .filter(|n| n.has_tag_name("polygon") && points(*n) == 4)
        .count();
    let running = scene.headers.iter().filter(|h| h.running.is_some()).count();
    assert_eq!(four, marks.len() + running);
    assert_eq!(running, 1);
    let words = texts(phases);
    assert!(words.iter().any(|w| w == "1 test running"), "{words:?}");
    let legend = texts(group(&doc, "legend").expect("the legend")).join(" | ");
    assert!(legend.contains("KPI on target / off target"), "{legend}");
    assert!(legend.contains("experiment running"), "{legend}");

    // A test that has ended is no longer shown.
    let mut ended = map.clone();
    for step in ended.journeys.iter_mut().flat_map(|j| &mut j.steps) {
        for test in &mut step.experiments {
            test.status = ExperimentStatus::Won;
        }
    }
    let svg = picture::svg(&ended, &options);
    let doc = Document::parse(&svg).expect("the SVG parses");
    let words = texts(group(&doc, "phases").expect("the phases"));
    assert!(!words.iter().any(|w| w.contains("running")), "{words:?}");
    let legend = texts(group(&doc, "legend").expect("the legend")).join(" | ");
    assert!(!legend.contains("experiment running"), "{legend}");
}

#[test]
fn the_legend_and_the_running_count_speak_dutch() {
    klantreis::i18n::set_language(Language::Nl);
    let svg = picture::svg(&example("clothing.ron"), &ExportOptions::default());
    klantreis::i18n::set_language(Language::En);
    let doc = Document::parse(&svg).expect("the SVG parses");
    let legend = texts(group(&doc, "legend").expect("the legend")).join(" | ");
    for words in [
        "gemeten emotie (enquête, n = ",
        "gewenste reis",
        "KPI op doel / niet op doel",
        "experiment loopt",
    ] {
        assert!(legend.contains(words), "{words}: {legend}");
    }
    let phases = texts(group(&doc, "phases").expect("the phases"));
    assert!(phases.iter().any(|w| w == "1 test loopt"), "{phases:?}");
}

#[test]
fn the_html_maps_measured_curves_belong_to_their_journeys() {
    let map = example("clothing.ron");
    let picture = picture::svg::tagged_map_svg(&map, &ExportOptions::default());
    let doc = Document::parse(&picture.svg).expect("the SVG parses");
    for journey in map
        .journeys
        .iter()
        .filter(|j| j.steps.iter().any(|s| s.measured().is_some()))
    {
        let curve = group(&doc, &format!("measured-{}", journey.id)).expect("the curve");
        let parent = curve.parent().expect("a parent");
        assert_eq!(
            parent.attribute("data-journey"),
            Some(journey.id.to_string().as_str()),
            "hiding {} in the viewer hides its measured curve",
            journey.name
        );
    }
    // And its respondent counts: each "n=…" sits in the group of a
    // journey whose surveyed step has that many respondents.
    let counts = group(&doc, "respondent-counts").expect("the counts");
    let mut seen = 0;
    for text in counts.descendants().filter(|n| n.has_tag_name("text")) {
        let words: String = text
            .descendants()
            .filter(|n| n.is_text())
            .filter_map(|n| n.text())
            .collect();
        let n: u32 = words
            .trim_start_matches("n=")
            .parse()
            .unwrap_or_else(|_| panic!("{words:?} is no count"));
        let journey = text
            .ancestors()
            .find_map(|a| a.attribute("data-journey"))
            .expect("the count is in its journey's group");
        let journey = map
            .journeys
            .iter()
            .find(|j| j.id.to_string() == journey)
            .expect("a journey of the map");
        assert!(
            journey
                .steps
                .iter()
                .any(|s| s.measured().is_some_and(|m| m.respondents == n)),
            "{words} is not {}'s",
            journey.name
        );
        seen += 1;
    }
    assert!(seen >= 10, "{seen} counts");
}
