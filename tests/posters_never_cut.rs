//! Posters never cut text: on the map picture (the SVG that the PNG and the
//! PDF are made from) every lane text of every step of the example maps is
//! there in full, and no lane text ends in "…".

use std::path::Path;

use klantreis::model::Lane;
use klantreis::picture::{ExportOptions, svg};

const EXAMPLES: [&str; 3] = ["kettle", "clothing", "crm-b2b"];

/// The text without spaces, line breaks, bullets and hyphens: a text
/// wrapped over lines reads the same (a word longer than a whole column is
/// broken with a hyphen).
fn squeezed(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{2022}' && *c != '-')
        .collect()
}

#[test]
fn the_lanes_of_every_example_map_show_every_text_in_full_without_an_ellipsis() {
    for name in EXAMPLES {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("maps/{name}.ron"));
        let map = klantreis::io::load(&path).expect("load").map;
        let picture = svg(&map, &ExportOptions::default());
        let doc = roxmltree::Document::parse(&picture).expect("the SVG parses");
        for journey in &map.journeys {
            let id = format!("lanes-{}", journey.id.0);
            let group = doc
                .descendants()
                .find(|n| n.attribute("id") == Some(id.as_str()))
                .unwrap_or_else(|| panic!("{name}: the lanes of {}", journey.name));
            let texts: Vec<String> = group
                .descendants()
                .filter(|n| n.has_tag_name("text"))
                .map(|n| {
                    n.descendants()
                        .filter(roxmltree::Node::is_text)
                        .filter_map(|d| d.text())
                        .collect::<String>()
                })
                .collect();
            for text in &texts {
                assert!(
                    !text.trim_end().ends_with('\u{2026}'),
                    "{name}: a lane text is cut: {text:?}"
                );
            }
            let shown = squeezed(&texts.concat());
            for step in &journey.steps {
                assert!(
                    shown.contains(&squeezed(&step.title)),
                    "{name}: {}",
                    step.title
                );
                for lane in Lane::ALL {
                    let text = lane.text(step);
                    assert!(
                        shown.contains(&squeezed(&text)),
                        "{name}: {}: not in full on the poster: {text:?}",
                        step.title
                    );
                }
            }
        }
    }
}

#[test]
fn a_map_tiled_on_a4_prints_across_numbered_landscape_pages() {
    let dir = tempfile::tempdir().expect("dir");
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("maps/crm-b2b.ron");
    let out = dir.path().join("wall.pdf");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_klantreis"))
        .arg("export")
        .arg(&map)
        .arg("--pdf")
        .arg(&out)
        .args(["--tile", "a4", "--lang", "en"])
        .output()
        .expect("klantreis runs");
    assert!(output.status.success(), "{output:?}");
    let pdf = lopdf::Document::load(&out).expect("a PDF");
    let pages = pdf.get_pages();
    assert!(pages.len() > 4, "{} pages", pages.len());
    for id in pages.values() {
        let page = pdf.get_dictionary(*id).expect("a page");
        let media = page
            .get(b"MediaBox")
            .and_then(lopdf::Object::as_array)
            .expect("a media box");
        let value = |i: usize| media[i].as_float().expect("a number");
        assert!((value(2) - 841.89).abs() < 1.0 && (value(3) - 595.28).abs() < 1.0);
    }
    let count = pages.len();
    for n in [1, count] {
        let text = std::process::Command::new("pdftotext")
            .args(["-f", &n.to_string(), "-l", &n.to_string()])
            .arg(&out)
            .arg("-")
            .output()
            .expect("pdftotext runs");
        let text = String::from_utf8_lossy(&text.stdout);
        assert!(
            text.contains(&format!("page {n} of {count}")),
            "page {n}: {text}"
        );
    }
}
