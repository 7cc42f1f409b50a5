//! Posters never cut text: on the map picture (the SVG that the PNG and the
//! PDF are made from) every lane text of every step of the example maps is
//! there in full, and no lane text ends in "…".

use std::path::Path;

use klantreis::model::Lane;
use klantreis::picture::{ExportOptions, svg};

const EXAMPLES: [&str; 3] = ["kettle", "clothing", "crm-b2b"];

/// The text without spaces, line breaks and bullets: a text wrapped over
/// lines (even inside a word) reads the same.
fn squeezed(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{2022}')
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
