//! The canvas and the exported picture paint one scene. For every example
//! map, the scene is built at the export's size, and both painters are
//! checked against it: the SVG writer's text and arrows (read back from the
//! SVG) and the egui canvas painter's shapes (collected from a headless
//! frame) sit exactly where the scene put the step titles and the marks.

use std::path::Path;

use egui::{Pos2, RawInput, Rect, Shape, pos2, vec2};
use klantreis::io;
use klantreis::model::Map;
use klantreis::picture::{self, ExportOptions};
use klantreis::scene::Scene;
use klantreis::ui::journey::paint::{Look, paint_scene};

/// A line of text as a painter put it: its words and the middle of the line
/// (for SVG: the anchor's x and the baseline).
#[derive(Clone, Debug)]
struct Placed {
    text: String,
    at: Pos2,
}

fn example(name: &str) -> Map {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("maps")
        .join(name);
    io::load(&path).unwrap_or_else(|e| panic!("{e}")).map
}

/// Every expected line has a painted line with the same words within
/// `tolerance`, and nothing else was painted with those words.
fn same_places(
    what: &str,
    expected: &[Placed],
    painted: &[Placed],
    tolerance: f32,
) -> Result<(), String> {
    let mut left: Vec<&Placed> = painted.iter().collect();
    for e in expected {
        let Some(i) = left
            .iter()
            .position(|p| p.text == e.text && p.at.distance(e.at) <= tolerance)
        else {
            return Err(format!(
                "{what}: {e:?} is not painted where the scene put it"
            ));
        };
        left.remove(i);
    }
    if let Some(extra) = left
        .iter()
        .find(|p| expected.iter().any(|e| e.text == p.text))
    {
        return Err(format!(
            "{what}: {extra:?} is painted where the scene put nothing"
        ));
    }
    Ok(())
}

/// The titles' lines and the marks' words of a scene, at their baselines.
fn scene_text(scene: &Scene) -> (Vec<Placed>, Vec<Placed>) {
    let at = |t: &klantreis::scene::Text| Placed {
        text: t.text.clone(),
        at: pos2(t.at.x, t.baseline()),
    };
    let titles = scene
        .titles
        .iter()
        .flat_map(|t| t.lines.iter().map(at))
        .collect();
    let marks = scene.marks.iter().map(|m| at(&m.word)).collect();
    (titles, marks)
}

/// The marks' arrows of a scene, as text for comparing ("x,y x,y x,y").
fn scene_arrows(scene: &Scene) -> Vec<[Pos2; 3]> {
    scene.marks.iter().map(|m| m.arrow).collect()
}

fn same_arrows(
    what: &str,
    expected: &[[Pos2; 3]],
    painted: &[Vec<Pos2>],
    tolerance: f32,
) -> Result<(), String> {
    if expected.len() != painted.len() {
        return Err(format!(
            "{what}: {} arrows painted, the scene has {}",
            painted.len(),
            expected.len()
        ));
    }
    for arrow in expected {
        let found = painted.iter().any(|p| {
            p.len() == 3
                && p.iter()
                    .zip(arrow)
                    .all(|(a, b)| a.distance(*b) <= tolerance)
        });
        if !found {
            return Err(format!("{what}: the arrow {arrow:?} is not painted"));
        }
    }
    Ok(())
}

/// What the SVG writer painted: the text of the step-title group, the
/// marks' words and arrows in the journeys group.
fn svg_painted(svg: &str) -> (Vec<Placed>, Vec<Placed>, Vec<Vec<Pos2>>) {
    let doc = roxmltree::Document::parse(svg).expect("the SVG parses");
    let group = |id: &str| {
        doc.descendants()
            .find(|n| n.has_tag_name("g") && n.attribute("id") == Some(id))
            .unwrap_or_else(|| panic!("no group {id}"))
    };
    let number = |n: roxmltree::Node, a: &str| -> f32 {
        n.attribute(a)
            .and_then(|v| v.parse().ok())
            .expect("a number")
    };
    let texts = |g: roxmltree::Node| -> Vec<Placed> {
        g.descendants()
            .filter(|n| n.has_tag_name("text"))
            .map(|n| Placed {
                text: n.text().unwrap_or_default().to_owned(),
                at: pos2(number(n, "x"), number(n, "y")),
            })
            .collect()
    };
    let arrows = group("journeys")
        .descendants()
        .filter(|n| n.has_tag_name("polygon"))
        .map(|n| {
            n.attribute("points")
                .unwrap_or_default()
                .split_whitespace()
                .map(|xy| {
                    let (x, y) = xy.split_once(',').expect("x,y");
                    pos2(x.parse().expect("x"), y.parse().expect("y"))
                })
                .collect()
        })
        .collect();
    (
        texts(group("step-titles")),
        texts(group("journeys")),
        arrows,
    )
}

/// What the canvas painter painted: every line of text (at its middle) and
/// every filled three-cornered shape.
fn canvas_painted(map: &Map, scene: &Scene) -> (Vec<Placed>, Vec<Vec<Pos2>>) {
    let ctx = egui::Context::default();
    let screen = Rect::from_min_size(
        Pos2::ZERO,
        scene.canvas.rect.max.to_vec2() + vec2(50.0, 50.0),
    );
    let input = || RawInput {
        screen_rect: Some(screen),
        ..RawInput::default()
    };
    // The first frame loads the fonts; textures are not uploaded anywhere.
    ctx.run_ui(input(), |_| {}).textures_delta.clear();
    let mut output = ctx.run_ui(input(), |ui| {
        let painter = ui.painter_at(scene.canvas.rect);
        paint_scene(&painter, map, scene, &Look::plain(false));
    });
    output.textures_delta.clear();
    let mut texts = Vec::new();
    let mut arrows = Vec::new();
    for clipped in std::mem::take(&mut output.shapes) {
        match clipped.shape {
            Shape::Text(text) => texts.push(Placed {
                text: text.galley.text().to_owned(),
                at: text.pos + text.galley.rect.center().to_vec2(),
            }),
            Shape::Path(path) if path.closed && path.points.len() == 3 => {
                arrows.push(path.points);
            }
            _ => {}
        }
    }
    (texts, arrows)
}

/// The scene's lines at their middles (where the canvas centres text).
fn middles(scene: &Scene) -> (Vec<Placed>, Vec<Placed>) {
    let at = |t: &klantreis::scene::Text| Placed {
        text: t.text.clone(),
        at: t.at,
    };
    let titles = scene
        .titles
        .iter()
        .flat_map(|t| t.lines.iter().map(at))
        .collect();
    let marks = scene.marks.iter().map(|m| at(&m.word)).collect();
    (titles, marks)
}

fn check_svg(map: &Map, scene: &Scene, svg: &str) -> Result<(), String> {
    let (titles, marks) = scene_text(scene);
    let (svg_titles, svg_journeys, svg_arrows) = svg_painted(svg);
    // The SVG rounds to a tenth of a unit.
    same_places("SVG titles", &titles, &svg_titles, 0.1)?;
    if svg_titles.len() != titles.len() {
        return Err(format!(
            "SVG: {} title lines, scene {}",
            svg_titles.len(),
            titles.len()
        ));
    }
    same_places("SVG marks", &marks, &svg_journeys, 0.1)?;
    same_arrows("SVG marks", &scene_arrows(scene), &svg_arrows, 0.1)?;
    let _ = map;
    Ok(())
}

fn check_canvas(map: &Map, scene: &Scene) -> Result<(), String> {
    let (titles, marks) = middles(scene);
    let (texts, arrows) = canvas_painted(map, scene);
    // egui places text on whole pixels.
    same_places("canvas titles", &titles, &texts, 1.0)?;
    same_places("canvas marks", &marks, &texts, 1.0)?;
    same_arrows("canvas marks", &scene_arrows(scene), &arrows, 0.01)?;
    let expected = scene
        .headers
        .iter()
        .map(|h| 1 + h.averages.len())
        .sum::<usize>()
        + scene.axis.len()
        + marks.len()
        + titles.len();
    if texts.len() != expected {
        return Err(format!(
            "canvas: {} lines of text, the scene has {expected}",
            texts.len()
        ));
    }
    Ok(())
}

#[test]
fn canvas_and_picture_put_every_title_and_mark_where_the_scene_places_them() {
    for name in ["clothing.ron", "kettle.ron", "crm-b2b.ron"] {
        let map = example(name);
        let options = ExportOptions::default();
        let scene = picture::svg::map_scene(&map, &options);
        assert!(
            scene.titles.len() >= 8,
            "{name}: {} titles",
            scene.titles.len()
        );
        assert!(
            scene.marks.len() >= 2,
            "{name}: {} marks",
            scene.marks.len()
        );
        let svg = picture::svg(&map, &options);
        check_svg(&map, &scene, &svg).unwrap_or_else(|e| panic!("{name}: {e}"));
        check_canvas(&map, &scene).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn a_title_painted_elsewhere_than_the_scene_says_is_caught() {
    let map = example("kettle.ron");
    let options = ExportOptions::default();
    let scene = picture::svg::map_scene(&map, &options);
    let svg = picture::svg(&map, &options);
    // The scene the painters did not paint: one title and one mark moved.
    let mut moved = scene.clone();
    moved.titles[0].lines[0].at.y += 3.0;
    assert!(check_svg(&map, &moved, &svg).is_err());
    let mut flipped = scene.clone();
    for p in &mut flipped.marks[0].arrow {
        p.y += 2.0;
    }
    assert!(check_svg(&map, &flipped, &svg).is_err());
    // The canvas painting a moved scene does not match the real one.
    let (titles, _) = middles(&scene);
    let (texts, _) = canvas_painted(&map, &moved);
    assert!(same_places("canvas titles", &titles, &texts, 1.0).is_err());
}
