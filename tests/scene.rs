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
    let running: Vec<Placed> = running_texts(scene)
        .into_iter()
        .map(|t| Placed {
            text: t.text.clone(),
            at: pos2(t.at.x, t.baseline()),
        })
        .collect();
    same_places(
        "SVG running tests",
        &running,
        &svg_group_texts(svg, "phases"),
        0.1,
    )?;
    let _ = map;
    Ok(())
}

/// The running experiments' words in the scene's headers.
fn running_texts(scene: &Scene) -> Vec<&klantreis::scene::Text> {
    scene
        .headers
        .iter()
        .filter_map(|h| h.running.as_ref().map(|r| &r.text))
        .collect()
}

/// The lines of text in the SVG's group `id`, at their anchors and baselines.
fn svg_group_texts(svg: &str, id: &str) -> Vec<Placed> {
    let doc = roxmltree::Document::parse(svg).expect("the SVG parses");
    let number = |n: roxmltree::Node, a: &str| -> f32 {
        n.attribute(a)
            .and_then(|v| v.parse().ok())
            .expect("a number")
    };
    doc.descendants()
        .filter(|n| n.has_tag_name("g") && n.attribute("id") == Some(id))
        .flat_map(|g| g.descendants().filter(|n| n.has_tag_name("text")))
        .map(|n| Placed {
            text: n.text().unwrap_or_default().to_owned(),
            at: pos2(number(n, "x"), number(n, "y")),
        })
        .collect()
}

fn check_canvas(map: &Map, scene: &Scene) -> Result<(), String> {
    let (titles, marks) = middles(scene);
    let (texts, arrows) = canvas_painted(map, scene);
    // egui places text on whole pixels.
    same_places("canvas titles", &titles, &texts, 1.0)?;
    same_places("canvas marks", &marks, &texts, 1.0)?;
    same_arrows("canvas marks", &scene_arrows(scene), &arrows, 0.01)?;
    let running: Vec<Placed> = running_texts(scene)
        .into_iter()
        .map(|t| Placed {
            text: t.text.clone(),
            // The canvas's text is found at its middle.
            at: t.extent().center(),
        })
        .collect();
    same_places("canvas running tests", &running, &texts, 1.0)?;
    let expected = scene
        .headers
        .iter()
        .map(|h| h.name.len() + h.averages.len())
        .sum::<usize>()
        + scene.axis.len()
        + marks.len()
        + titles.len()
        + scene.to_be.improvements.len()
        + running.len();
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
        if name == "clothing.ron" {
            // Its free-shipping test runs in Decision.
            let running = running_texts(&scene);
            assert_eq!(running.len(), 1, "{name}: {running:?}");
        }
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

// Level of detail: what is drawn has room, at every zoom and any size.

use klantreis::model::generate::{MapSize, generated_map};
use klantreis::scene::{self as placed, Options, View};

/// A canvas the size of the editor's in a 1600 × 1000 window.
const CANVAS: Rect = Rect::from_min_max(Pos2::ZERO, pos2(1400.0, 560.0));

/// The editor's fitted view: the whole map, with a little room on both sides.
fn fitted(map: &Map) -> View {
    let plot = placed::plot_rect(CANVAS);
    let mut view = View::fit(map, plot.width() - 80.0);
    view.left_time = -40.0 / f64::from(view.zoom);
    view
}

/// The view that fills the plot with the phase at `index`.
fn one_phase(map: &Map, index: usize) -> View {
    let plot = placed::plot_rect(CANVAS);
    let start: f64 = map.phases[..index].iter().map(|p| p.width).sum();
    View {
        zoom: (f64::from(plot.width()) / map.phases[index].width) as f32,
        left_time: start,
    }
}

/// The scene as the editor places it: badges, nothing selected.
fn editor_scene(map: &Map, view: View) -> Scene {
    placed::scene(
        map,
        CANVAS,
        view,
        &Options {
            badges: true,
            ..Options::plain(&|_| true)
        },
    )
}

/// The area a line of text covers.
fn extent(text: &klantreis::scene::Text) -> Rect {
    text.extent()
}

/// Every drawn label (titles, marks' words, phase names and averages of
/// the phases on screen, the scale's labels) is inside the canvas, titles
/// and marks inside the plot; no two titles overlap; nothing in a header
/// covers anything else there.
fn labels_have_room(what: &str, scene: &Scene) -> Result<(), String> {
    let canvas = scene.canvas.rect.expand(0.5);
    let plot = scene.canvas.plot.expand(0.5);
    for (i, a) in scene.titles.iter().enumerate() {
        if !plot.contains_rect(a.area) {
            return Err(format!("{what}: the title {:?} leaves the plot", a.lines));
        }
        if let Some(b) = scene.titles[i + 1..]
            .iter()
            .find(|b| a.area.intersects(b.area))
        {
            return Err(format!("{what}: {:?} overlaps {:?}", a.lines, b.lines));
        }
    }
    for mark in &scene.marks {
        let word = extent(&mark.word);
        let inside = plot.x_range().contains(word.left())
            && plot.x_range().contains(word.right())
            && canvas.contains_rect(word);
        if !inside {
            return Err(format!("{what}: the mark {:?} leaves the plot", mark.word));
        }
    }
    for level in &scene.axis {
        if !canvas.contains_rect(extent(&level.label)) {
            return Err(format!("{what}: {:?} leaves the canvas", level.label));
        }
    }
    for (band, header) in scene.canvas.bands.iter().zip(&scene.headers) {
        if !band.rect.intersects(scene.canvas.rect) {
            continue;
        }
        let mut parts: Vec<(String, Rect)> = header
            .name
            .iter()
            .map(|line| (line.text.clone(), extent(line)))
            .collect();
        parts.extend(header.badge.map(|b| ("badge".to_owned(), b)));
        parts.extend(
            header
                .running
                .as_ref()
                .map(|r| (r.text.text.clone(), r.area)),
        );
        for average in &header.averages {
            let dot = Rect::from_center_size(average.dot, vec2(9.0, 9.0));
            parts.push((
                average.value.text.clone(),
                extent(&average.value).union(dot),
            ));
        }
        for (i, (text, area)) in parts.iter().enumerate() {
            let empty = area.width() < 0.5;
            let inside =
                canvas.contains_rect(*area) && header.rect.expand(0.5).contains_rect(*area);
            if !empty && !inside {
                return Err(format!("{what}: {text:?} leaves its header or the canvas"));
            }
            if let Some((other, _)) = parts[i + 1..]
                .iter()
                .find(|(_, b)| !empty && b.width() >= 0.5 && area.intersects(*b))
            {
                return Err(format!("{what}: {text:?} covers {other:?} in a header"));
            }
        }
    }
    Ok(())
}

#[test]
fn labels_have_room_on_the_example_maps_fitted_zoomed_and_at_one_phase() {
    for name in ["clothing.ron", "kettle.ron", "crm-b2b.ron"] {
        let map = example(name);
        let plot = placed::plot_rect(CANVAS);
        let mut zoomed = fitted(&map);
        zoomed.zoom_around(4.0, plot.center().x, plot);
        for (zoom, view) in [
            ("fitted", fitted(&map)),
            ("4x", zoomed),
            ("one phase", one_phase(&map, map.phases.len() / 2)),
        ] {
            let scene = editor_scene(&map, view);
            assert!(
                !scene.titles.is_empty(),
                "{name} {zoom}: steps this far apart have titles"
            );
            assert!(
                scene.canvas.curves.iter().all(|c| !c.aggregated()),
                "{name} {zoom}: an example map is drawn step by step"
            );
            labels_have_room(&format!("{name} {zoom}"), &scene).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

/// The large map: 10,000 steps over 5 journeys, 2,000 content items.
fn large_map() -> Map {
    generated_map(MapSize::LARGE)
}

/// Every step of each aggregated curve inside the plot lies within its
/// screen column's band, in emotion and on screen.
fn band_holds_every_step(map: &Map, scene: &Scene, view: View) -> Result<usize, String> {
    let plot = scene.canvas.plot;
    let starts = placed::phase_starts(map);
    let mut checked = 0;
    for curve in scene.canvas.curves.iter().filter(|c| c.aggregated()) {
        let journey = map.journey(curve.id).expect("the curve's journey");
        for step in &journey.steps {
            let x = view.x_of(placed::step_time(step, &starts).expect("a time"), plot);
            if !plot.x_range().contains(x) {
                continue;
            }
            // The column the step falls in, counted from the plot's left edge.
            let width = placed::detail::COLUMN;
            let middle = plot.left() + (((x - plot.left()) / width).floor() + 0.5) * width;
            let column = curve
                .band
                .iter()
                .find(|c| (c.x - middle).abs() < 1e-3)
                .ok_or_else(|| format!("no column at x {x} for {:?}", step.id))?;
            let y = placed::y_of(step.emotion, plot);
            let held = (column.low..=column.high).contains(&step.emotion)
                && (column.top - 1e-3..=column.bottom + 1e-3).contains(&y);
            if !held {
                return Err(format!(
                    "{:?} at {} is outside its column {column:?}",
                    step.id, step.emotion
                ));
            }
            checked += 1;
        }
    }
    Ok(checked)
}

#[test]
fn the_large_map_fitted_is_drawn_as_bands_that_hold_every_step() {
    let map = large_map();
    let view = fitted(&map);
    let scene = editor_scene(&map, view);
    assert!(
        scene.canvas.curves.iter().all(|c| c.aggregated()),
        "2,000 steps a journey on one screen are aggregated"
    );
    for curve in &scene.canvas.curves {
        assert!(
            curve.line.len() <= curve.band.len(),
            "the line runs through the columns' means, not through every step"
        );
        assert_eq!(scene.dots(curve).count(), 0, "no dots until zooming in");
    }
    let checked = band_holds_every_step(&map, &scene, view).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(checked, 10_000, "every step is inside the plot and checked");
    labels_have_room("10,000 steps fitted", &scene).unwrap_or_else(|e| panic!("{e}"));
    // A phase with hundreds of content items shows its whole count.
    assert!(scene.headers.iter().all(|h| h.badge.is_some()));
}

#[test]
fn zooming_into_the_large_map_brings_dots_and_titles_back_without_overlap() {
    let map = large_map();
    let plot = placed::plot_rect(CANVAS);
    let half = {
        let mut view = fitted(&map);
        view.zoom_around(2.0, plot.center().x, plot);
        view
    };
    let phase = one_phase(&map, 2);
    // About 40 steps of each journey across the plot.
    let readable = View {
        zoom: phase.zoom * 10.0,
        left_time: phase.left_time,
    };
    for (zoom, view, aggregated) in [
        ("half-way", half, true),
        ("one phase", phase, true),
        ("readable", readable, false),
    ] {
        let scene = editor_scene(&map, view);
        let what = format!("10,000 steps {zoom}");
        for curve in &scene.canvas.curves {
            assert_eq!(curve.aggregated(), aggregated, "{what}");
        }
        band_holds_every_step(&map, &scene, view).unwrap_or_else(|e| panic!("{what}: {e}"));
        labels_have_room(&what, &scene).unwrap_or_else(|e| panic!("{e}"));
        if !aggregated {
            assert!(
                scene.titles.len() >= 10,
                "{what}: {} titles",
                scene.titles.len()
            );
            assert!(
                scene
                    .canvas
                    .curves
                    .iter()
                    .all(|c| scene.dots(c).count() > 10)
            );
        }
    }
}

#[test]
fn a_selected_step_on_a_band_gets_its_dot_and_title() {
    let map = large_map();
    let step = map.journeys[2].steps[1_000].id;
    let selected = [step];
    let scene = placed::scene(
        &map,
        CANVAS,
        fitted(&map),
        &Options {
            selected: &selected,
            ..Options::plain(&|_| true)
        },
    );
    let dots: Vec<_> = scene
        .canvas
        .curves
        .iter()
        .flat_map(|c| scene.dots(c))
        .map(|p| p.id)
        .collect();
    assert_eq!(dots, vec![step]);
    assert_eq!(scene.titles.len(), 1);
    assert_eq!(scene.titles[0].step, step);
}

#[test]
fn the_picture_of_the_large_map_is_an_overview_with_bands_and_a_note_for_the_lanes() {
    let map = large_map();
    let options = ExportOptions::default();
    let scene = picture::svg::map_scene(&map, &options);
    assert!(scene.canvas.curves.iter().all(|c| c.aggregated()));
    let pic = picture::picture(&map, &options);
    assert!(
        pic.width <= picture::svg::MAX_WIDTH,
        "{} units wide",
        pic.width
    );
    assert!(pic.svg.len() < 1_000_000, "{} bytes", pic.svg.len());
    assert!(pic.svg.contains("The lanes are left out: with 2000 steps"));
    assert!(!pic.svg.contains("Lanes of"));
    labels_have_room("the large map's picture", &scene).unwrap_or_else(|e| panic!("{e}"));
}

/// Not a check: writes the 10,000-step map to the file named by
/// `KLANTREIS_LARGE_MAP`, for looking at it in the app
/// (`cargo test --test scene -- --ignored write_the_large_map`).
#[test]
#[ignore = "a helper for screenshots, run by hand"]
fn write_the_large_map() {
    let Some(path) = std::env::var_os("KLANTREIS_LARGE_MAP") else {
        return;
    };
    io::save(Path::new(&path), &large_map()).expect("the map is saved");
}

// Labels that never pile up: at the fitted zoom of the 10,000-step map and
// of the example maps, in canvases the size of small windows.

/// The area of every drawn label, named for the message: phase names,
/// badges, averages, the scale's words, titles, marks and avatars.
fn drawn_labels(scene: &Scene) -> Vec<(String, Rect)> {
    let mut parts = Vec::new();
    for (band, header) in scene.canvas.bands.iter().zip(&scene.headers) {
        if !band.rect.intersects(scene.canvas.rect) {
            continue;
        }
        for line in header.name.iter().filter(|l| !l.text.is_empty()) {
            parts.push((format!("phase name {:?}", line.text), extent(line)));
        }
        if let Some(badge) = header.badge {
            parts.push((format!("badge {:?}", header.badge_text), badge));
        }
        if let Some(running) = &header.running {
            parts.push((format!("running {:?}", running.text.text), running.area));
        }
        for average in &header.averages {
            let dot = Rect::from_center_size(average.dot, vec2(9.0, 9.0));
            let area = extent(&average.value).union(dot);
            parts.push((format!("average {:?}", average.value.text), area));
        }
    }
    for level in &scene.axis {
        parts.push((
            format!("scale {:?}", level.label.text),
            extent(&level.label),
        ));
    }
    for title in &scene.titles {
        parts.push((format!("title {:?}", title.lines), title.area));
    }
    for mark in &scene.marks {
        let arrow = Rect::from_points(&mark.arrow);
        parts.push((
            format!("mark {:?}", mark.word.text),
            extent(&mark.word).union(arrow),
        ));
    }
    for avatar in &scene.avatars {
        parts.push((format!("avatar of {:?}", avatar.journey), avatar.rect));
    }
    parts
}

/// No drawn label covers another (touching edges do not count).
fn nothing_piles_up(what: &str, scene: &Scene) -> Result<(), String> {
    let parts = drawn_labels(scene);
    for (i, (a, area)) in parts.iter().enumerate() {
        let area = area.shrink(0.25);
        if let Some((b, _)) = parts[i + 1..]
            .iter()
            .find(|(_, other)| area.intersects(other.shrink(0.25)))
        {
            return Err(format!("{what}: {a} covers {b}"));
        }
    }
    Ok(())
}

/// Every phase on screen shows its whole name: on one line or wrapped to
/// two, never cut with "…".
fn names_whole(what: &str, scene: &Scene) -> Result<(), String> {
    let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    for (band, header) in scene.canvas.bands.iter().zip(&scene.headers) {
        let shown: Vec<&str> = header.name.iter().map(|l| l.text.as_str()).collect();
        // A word broken over the two lines ends the first in a hyphen.
        let tight = |text: &str| text.split_whitespace().collect::<String>();
        let hyphenated: String = shown
            .iter()
            .enumerate()
            .map(|(i, l)| {
                if i == 0 {
                    l.strip_suffix('-').unwrap_or(l)
                } else {
                    l
                }
            })
            .collect();
        let whole = words(&shown.join(" ")) == words(&band.name)
            || (shown.len() == 2 && tight(&hyphenated) == tight(&band.name));
        if header.shortened || !whole {
            return Err(format!("{what}: {:?} shows as {shown:?}", band.name));
        }
        if shown.len() > 2 {
            return Err(format!(
                "{what}: {:?} takes {} lines",
                band.name,
                shown.len()
            ));
        }
    }
    Ok(())
}

/// The editor's fitted scene of `map` in a canvas of `size`.
fn fitted_in(map: &Map, size: egui::Vec2) -> Scene {
    let canvas = Rect::from_min_size(Pos2::ZERO, size);
    let plot = placed::plot_rect(canvas);
    let mut view = View::fit(map, plot.width() - 80.0);
    view.left_time = -40.0 / f64::from(view.zoom);
    placed::scene(
        map,
        canvas,
        view,
        &Options {
            badges: true,
            ..Options::plain(&|_| true)
        },
    )
}

#[test]
fn fitted_maps_in_small_windows_show_every_phase_name_whole_and_nothing_piles_up() {
    let maps = [
        ("10,000 steps", large_map()),
        ("clothing", example("clothing.ron")),
        ("kettle", example("kettle.ron")),
        ("CRM", example("crm-b2b.ron")),
    ];
    for (name, map) in &maps {
        // And the canvas the editor has in a 1280 × 720 and a 1366 × 768
        // window, between its side panels and above the lanes.
        let sizes = [
            vec2(1280.0, 720.0),
            vec2(1024.0, 640.0),
            vec2(700.0, 300.0),
            vec2(790.0, 320.0),
        ];
        for size in sizes {
            let scene = fitted_in(map, size);
            let what = format!("{name} at {} × {}", size.x, size.y);
            nothing_piles_up(&what, &scene).unwrap_or_else(|e| panic!("{e}"));
            names_whole(&what, &scene).unwrap_or_else(|e| panic!("{e}"));
            labels_have_room(&what, &scene).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

#[test]
fn the_journeys_switch_from_dots_to_bands_together() {
    let map = large_map();
    let plot = placed::plot_rect(CANVAS);
    let phase = one_phase(&map, 2);
    // From a readable zoom out to the fitted one, in small steps.
    let mut view = View {
        zoom: phase.zoom * 10.0,
        left_time: phase.left_time,
    };
    let (mut dots, mut bands) = (false, false);
    while view.zoom > fitted(&map).zoom {
        let scene = editor_scene(&map, view);
        let aggregated: Vec<bool> = scene.canvas.curves.iter().map(|c| c.aggregated()).collect();
        assert!(
            aggregated.iter().all(|a| *a == aggregated[0]),
            "at zoom {} some journeys show dots, others bands: {aggregated:?}",
            view.zoom
        );
        dots |= !aggregated[0];
        bands |= aggregated[0];
        view.zoom_around(0.9, plot.center().x, plot);
    }
    assert!(dots && bands, "the zooms seen show both looks");
}

#[test]
fn a_one_step_journeys_mark_keeps_clear_of_its_title_and_avatar() {
    let mut map = example("clothing.ron");
    let journey = map.journeys[0].clone();
    let mut lone = journey.clone();
    lone.id = klantreis::model::JourneyId(9_999);
    lone.name = "Lone".to_owned();
    lone.steps.truncate(1);
    lone.steps[0].id = klantreis::model::StepId(99_999);
    // Alone in the middle of the map, in a moment no other step has.
    lone.steps[0].phase = map.phases[map.phases.len() / 2].id;
    lone.steps[0].at = 0.37;
    lone.steps[0].emotion = 0.4;
    map.journeys.push(lone);
    for size in [vec2(1280.0, 720.0), vec2(1024.0, 640.0)] {
        let scene = fitted_in(&map, size);
        let what = format!("a one-step journey at {} × {}", size.x, size.y);
        assert!(
            scene.titles.iter().any(|t| t.step.0 == 99_999)
                || scene.marks.iter().any(|m| m.step.0 == 99_999),
            "{what}: the lone step is labelled"
        );
        nothing_piles_up(&what, &scene).unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn respondent_counts_have_room_and_kpi_marks_keep_clear_of_the_header() {
    use klantreis::scene::measured::{measured_curves, placed_kpi_marks, respondent_counts};
    let map = example("clothing.ron");
    // The editor's canvas in a 1280×720 window, and a roomy one.
    for size in [vec2(700.0, 300.0), vec2(1400.0, 600.0)] {
        let scene = fitted_in(&map, size);
        let curves = measured_curves(&map, &scene.canvas);
        let counts = respondent_counts(&curves, &scene);
        assert!(!counts.is_empty(), "{size:?}: some counts have room");
        let placed: Vec<Rect> = scene
            .titles
            .iter()
            .map(|t| t.area)
            .chain(scene.marks.iter().map(|m| m.area))
            .chain(scene.avatars.iter().map(|a| a.rect))
            .collect();
        for (i, count) in counts.iter().enumerate() {
            let rect = count.extent();
            assert!(scene.canvas.plot.contains_rect(rect), "{size:?}: {count:?}");
            assert!(
                !placed.iter().any(|p| p.intersects(rect)),
                "{size:?}: {} covers a label",
                count.text
            );
            for other in &counts[i + 1..] {
                assert!(!other.extent().intersects(rect), "{size:?}: counts pile up");
            }
        }
        for mark in placed_kpi_marks(&map, &scene) {
            for header in &scene.headers {
                for name in &header.name {
                    assert!(
                        !name.extent().contains(mark.pos),
                        "{size:?}: {} mark on a phase name",
                        mark.kpi
                    );
                }
            }
        }
    }
}

/// The clothing map with running experiments in every phase (two in the
/// first), as a busy programme of tests would have them.
fn tests_everywhere() -> Map {
    use klantreis::model::{Experiment, ExperimentStatus, Lane};
    let mut map = example("clothing.ron");
    let phases: Vec<_> = map.phases.iter().map(|p| p.id).collect();
    for (i, phase) in phases.into_iter().enumerate() {
        let step = map.journeys[0]
            .steps
            .iter_mut()
            .find(|s| s.phase == phase)
            .expect("a step in every phase");
        for _ in 0..if i == 0 { 2 } else { 1 } {
            step.opportunities
                .push(format!("Idea {}", step.experiments.len()));
            let item = step.opportunities.last().cloned().unwrap_or_default();
            let mut test = Experiment::new(step, Lane::Opportunities, &item);
            test.status = ExperimentStatus::Running;
            test.hypothesis = format!("Trying {item}");
            step.experiments.push(test);
        }
    }
    map
}

#[test]
fn running_experiments_sit_in_their_headers_clear_of_everything() {
    use klantreis::scene::measured::placed_kpi_marks;
    let map = tests_everywhere();
    let sizes = [
        vec2(1400.0, 560.0),
        vec2(1280.0, 720.0),
        vec2(1024.0, 640.0),
        vec2(790.0, 320.0),
        vec2(700.0, 300.0),
    ];
    for size in sizes {
        let scene = fitted_in(&map, size);
        let what = format!("tests everywhere at {} × {}", size.x, size.y);
        nothing_piles_up(&what, &scene).unwrap_or_else(|e| panic!("{e}"));
        labels_have_room(&what, &scene).unwrap_or_else(|e| panic!("{e}"));
        let shown: Vec<_> = scene
            .headers
            .iter()
            .filter_map(|h| h.running.as_ref())
            .collect();
        if size.x >= 1024.0 {
            assert_eq!(
                shown.len(),
                map.phases.len(),
                "{what}: every phase shows its tests"
            );
        }
        assert!(!shown.is_empty(), "{what}: some phase shows its tests");
        for (band, header) in scene.canvas.bands.iter().zip(&scene.headers) {
            if let Some(running) = &header.running {
                assert_eq!(running.count, band.running.len(), "{what}");
                assert!(
                    running.text.text == running.count.to_string()
                        || running
                            .text
                            .text
                            .starts_with(&format!("{} test", running.count)),
                    "{what}: {:?}",
                    running.text.text
                );
            }
        }
        assert_eq!(scene.canvas.bands[0].running.len(), 2, "{what}");
        for mark in placed_kpi_marks(&map, &scene) {
            let rect = Rect::from_center_size(mark.pos, vec2(8.0, 8.0));
            assert!(
                shown.iter().all(|r| !r.area.intersects(rect)),
                "{what}: the mark of {} covers a phase's tests",
                mark.kpi
            );
        }
        // The canvas and the picture paint them where the scene put them.
        check_canvas(&map, &scene).unwrap_or_else(|e| panic!("{what}: {e}"));
    }
    // Zoomed in on one phase there is room for the words.
    let scene = editor_scene(&map, one_phase(&map, 2));
    let header = &scene.headers[2];
    let running = header.running.as_ref().expect("the phase's tests");
    // Decision: the map's own free-shipping test and one more.
    assert_eq!(running.text.text, "2 tests running");
    labels_have_room("one phase", &scene).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn a_hidden_journeys_experiments_do_not_count_in_its_phases() {
    let map = tests_everywhere();
    let first = map.journeys[0].id;
    let scene = placed::scene(
        &map,
        CANVAS,
        fitted(&map),
        &Options {
            badges: true,
            ..Options::plain(&|id| id != first)
        },
    );
    // Only the clothing map's own test, on Bas's journey, is left.
    let counts: Vec<usize> = scene.canvas.bands.iter().map(|b| b.running.len()).collect();
    assert_eq!(counts.iter().sum::<usize>(), 1, "{counts:?}");
    assert_eq!(
        scene.headers.iter().filter(|h| h.running.is_some()).count(),
        1
    );
}
