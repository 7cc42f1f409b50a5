//! Painting the scene on the canvas, and the canvas's accessibility nodes.

use egui::{Align2, Color32, FontId, Pos2, Rect, Shape, Stroke, Ui, pos2, vec2};

use crate::model::{Emotion, Map, PhaseId, StepId};
use crate::scene::palette;
use crate::scene::{self, Anchor, Scene};

use crate::i18n::canvas::t;
use crate::i18n::fill;
use crate::ui::shell::theme;
use crate::ui::shell::{Selection, State};

/// How the canvas is painted beyond the scene: the theme, the selection,
/// and what the walk-through or a comparison of personas shows.
pub struct Look<'a> {
    /// The dark theme.
    pub dark: bool,
    /// The high-contrast theme.
    pub contrast: bool,
    /// The selected steps.
    pub selected: &'a [StepId],
    /// The selected phase.
    pub selected_phase: Option<PhaseId>,
    /// In a walk-through, the phase in focus: the others are veiled.
    pub walked_phase: Option<PhaseId>,
    /// The phase whose name is being edited (its name is not painted).
    pub renaming: Option<PhaseId>,
    /// When comparing personas: how far apart they are in each phase.
    pub differences: Vec<(PhaseId, Option<f64>)>,
    /// Draw the curves thinned (workshop mode): each curve simplified to
    /// what the pixels can show, the dots built straight into one mesh per
    /// curve rather than tessellated one outlined circle at a time. The same picture for a fraction of
    /// the work, which a projector showing thousands of steps needs.
    pub thin: bool,
}

impl<'a> Look<'a> {
    /// The light or dark theme with nothing selected, walked or compared.
    pub fn plain(dark: bool) -> Self {
        Self {
            dark,
            contrast: false,
            selected: &[],
            selected_phase: None,
            walked_phase: None,
            renaming: None,
            differences: Vec::new(),
            thin: false,
        }
    }

    pub(super) fn of(ui: &Ui, map: &Map, state: &'a State) -> Self {
        Self {
            dark: ui.visuals().dark_mode,
            contrast: theme::high_contrast(ui.ctx()),
            selected: state.selection.steps(),
            selected_phase: match state.selection {
                Selection::Phase(phase) => Some(phase),
                _ => None,
            },
            walked_phase: state
                .workshop
                .as_ref()
                .filter(|w| !w.whole_map)
                .and_then(|_| crate::ui::shell::navigate::focused_phase(map, state)),
            renaming: state.journey.renaming.as_ref().map(|(id, _)| *id),
            differences: if state.personas.comparing && state.personas.compare.len() >= 2 {
                crate::ui::shell::compare::compare_differences(map, &state.personas.compare)
            } else {
                Vec::new()
            },
            thin: state.workshop.is_some(),
        }
    }
}

/// Paints the scene: bands and their headers, the emotion scale, curves,
/// dots, marks and step titles, each where the scene placed it. The
/// avatars' photos need the interface's texture cache and are painted apart.
pub fn paint_scene(painter: &egui::Painter, map: &Map, scene: &Scene, look: &Look) {
    let canvas = &scene.canvas;
    install_scene_fonts(painter.ctx());
    // Bands and curves stay right of the emotion scale's labels when panned.
    let drawing = painter.with_clip_rect(
        Rect::from_min_max(pos2(canvas.plot.left(), canvas.rect.top()), canvas.rect.max)
            .intersect(painter.clip_rect()),
    );
    paint_bands(&drawing, map, scene, look);
    paint_scale(painter, scene, look);
    paint_curves(&drawing, map, scene, look);
    if let Some(tint) = &scene.evidence {
        super::tint::paint_legend(painter, tint, look);
    }
}

/// The window's families of the pictures' fonts (Noto Sans), which the
/// scene measures its text in: painted in them, a phase name takes on the
/// canvas the width the scene gave it, as in the exports.
const SCENE_FAMILIES: [&str; 2] = ["klantreis-scene", "klantreis-scene-bold"];

/// Adds the scene's fonts to the window once (later calls cost a lookup):
/// Noto Sans regular and bold, then the pictures' symbol and emoji fonts
/// for what Noto lacks.
pub fn install_scene_fonts(ctx: &egui::Context) {
    use crate::picture::text;
    use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
    let family = |name: &str, priority| InsertFontFamily {
        family: egui::FontFamily::Name(name.into()),
        priority,
    };
    let both = |priority| SCENE_FAMILIES.map(|name| family(name, priority)).to_vec();
    let fonts = [
        (
            "klantreis-scene-regular",
            text::REGULAR,
            vec![family(SCENE_FAMILIES[0], FontPriority::Highest)],
        ),
        (
            "klantreis-scene-bold",
            text::BOLD,
            vec![family(SCENE_FAMILIES[1], FontPriority::Highest)],
        ),
        (
            "klantreis-scene-symbols",
            text::SYMBOLS,
            both(FontPriority::Lowest),
        ),
        (
            "klantreis-scene-emoji",
            text::EMOJI,
            both(FontPriority::Lowest),
        ),
    ];
    for (name, data, families) in fonts {
        ctx.add_font(FontInsert::new(
            name,
            egui::FontData::from_static(data),
            families,
        ));
    }
}

/// The font a line of the scene's text is painted in: the one it was
/// measured in once the window has it, else egui's own.
pub fn scene_font(ctx: &egui::Context, font: crate::picture::text::Font) -> FontId {
    let family = egui::FontFamily::Name(SCENE_FAMILIES[usize::from(font.bold)].into());
    if ctx.fonts(|f| f.definitions().families.contains_key(&family)) {
        FontId::new(font.size, family)
    } else {
        FontId::proportional(font.size)
    }
}

/// One line of the scene's text.
pub(super) fn paint_text(painter: &egui::Painter, text: &scene::Text, colour: Color32) {
    let align = match text.anchor {
        Anchor::Start => Align2::LEFT_CENTER,
        Anchor::Middle => Align2::CENTER_CENTER,
        Anchor::End => Align2::RIGHT_CENTER,
    };
    painter.text(
        text.at,
        align,
        &text.text,
        scene_font(painter.ctx(), text.font),
        colour,
    );
}

pub(super) fn paint_bands(painter: &egui::Painter, map: &Map, scene: &Scene, look: &Look) {
    let canvas = &scene.canvas;
    let ink = theme::ink(look.dark);
    for (band, header) in canvas.bands.iter().zip(&scene.headers) {
        if !band.rect.intersects(canvas.rect) {
            continue;
        }
        let fill_colour = if look.contrast {
            theme::color(band.color)
        } else {
            theme::band_fill(band.color, look.dark)
        };
        painter.rect_filled(band.rect, 0.0, fill_colour);
        if look.walked_phase.is_some_and(|p| p != band.id) {
            // The walk-through dims the phases out of focus.
            painter.rect_filled(band.rect, 0.0, theme::veil(look.dark));
        }
        // A phase without content is a gap in the plan: a red edge on top.
        if !map.content.iter().any(|c| c.phase == band.id) {
            painter.line_segment(
                [
                    band.rect.left_top() + vec2(0.0, 1.5),
                    band.rect.right_top() + vec2(0.0, 1.5),
                ],
                Stroke::new(3.0, theme::LOW_MARK),
            );
        }
        let edge = if look.contrast {
            Stroke::new(2.0, Color32::BLACK)
        } else {
            Stroke::new(1.0, theme::grid(look.dark))
        };
        painter.line_segment([band.rect.right_top(), band.rect.right_bottom()], edge);
        if look.selected_phase == Some(band.id) {
            painter.rect_stroke(
                band.rect.shrink(1.5),
                0.0,
                Stroke::new(3.0, theme::SELECTION),
                egui::StrokeKind::Inside,
            );
        }
        if look.renaming != Some(band.id) {
            for line in &header.name {
                paint_text(painter, line, ink);
            }
        }
        // The average emotion of each visible journey in this phase.
        for average in &header.averages {
            painter.circle_filled(
                average.dot,
                scene::labels::AVERAGE_DOT,
                theme::color(average.colour),
            );
            paint_text(painter, &average.value, ink);
        }
    }
    // In compare mode: how far apart the compared personas are in each phase.
    for band in &canvas.bands {
        if let Some((_, Some(difference))) = look.differences.iter().find(|(p, _)| *p == band.id) {
            // On a light pill, so it reads over bands and curves alike.
            let galley = painter.layout_no_wrap(
                fill(
                    t().personas_differ,
                    &[("difference", &format!("{difference:.1}"))],
                ),
                FontId::proportional(13.0),
                theme::LOW_MARK,
            );
            let at = pos2(
                band.rect.center().x - galley.size().x / 2.0,
                canvas.plot.top() + 4.0,
            );
            let pill = Rect::from_min_size(at, galley.size()).expand2(vec2(6.0, 2.0));
            painter.rect_filled(pill, 8.0, theme::pill());
            painter.galley(at, galley, theme::LOW_MARK);
        }
    }
}

pub(super) fn paint_scale(painter: &egui::Painter, scene: &Scene, look: &Look) {
    let ink = theme::ink(look.dark);
    let plot = scene.canvas.plot;
    for level in &scene.axis {
        let neutral = level.level == Emotion::Neutral;
        let stroke = match (neutral, look.contrast) {
            (true, true) => Stroke::new(2.5, Color32::BLACK),
            (false, true) => Stroke::new(1.0, theme::HIGH_CONTRAST_GRID),
            (true, false) => Stroke::new(1.5, theme::neutral_line(look.dark)),
            (false, false) => Stroke::new(1.0, theme::grid(look.dark)),
        };
        painter.line_segment(
            [pos2(plot.left(), level.y), pos2(plot.right(), level.y)],
            stroke,
        );
        paint_text(painter, &level.label, ink);
    }
}

pub(super) fn paint_curves(painter: &egui::Painter, map: &Map, scene: &Scene, look: &Look) {
    let ink = theme::ink(look.dark);
    let sizes = scene.sizes;
    for curve in &scene.canvas.curves {
        let faded = scene.focus.is_some_and(|f| f != curve.id);
        let color = if faded {
            theme::color(curve.color).gamma_multiply(0.45)
        } else {
            theme::color(curve.color)
        };
        let width = if faded { sizes.faded_line } else { sizes.line };
        if curve.aggregated() {
            painter.add(Shape::mesh(band_mesh(
                &curve.band,
                color.gamma_multiply(palette::BAND_OPACITY),
            )));
        }
        let line = if look.thin {
            simplified(&curve.line, THIN_TOLERANCE)
        } else {
            curve.line.clone()
        };
        if scene.to_be.is_dashed(curve) {
            painter.extend(Shape::dashed_line(
                &line,
                Stroke::new(width, color),
                crate::scene::tobe::TO_BE_DASH.0,
                crate::scene::tobe::TO_BE_DASH.1,
            ));
        } else {
            painter.add(Shape::line(line, Stroke::new(width, color)));
        }
        // Thinned, the dots go into one mesh: per dot a white disc (the
        // outline) and its coloured one, each a 12-sided fan with a soft edge.
        let mut dots = egui::Mesh::default();
        if look.thin && !curve.aggregated() {
            let discs = 2 * curve.points.len();
            dots.reserve_vertices(discs * (1 + 2 * DISC_CORNERS));
            dots.reserve_triangles(discs * 3 * DISC_CORNERS);
        }
        for point in scene.dots(curve) {
            let tint = scene.evidence.as_ref().and_then(|t| t.dot(point.id));
            let color = tint.map_or(color, theme::color);
            if look.selected.contains(&point.id) {
                painter.circle_stroke(point.pos, sizes.ring, Stroke::new(3.5, theme::SELECTION));
            }
            if look.thin {
                add_disc(
                    &mut dots,
                    point.pos,
                    sizes.dot + DOT_OUTLINE,
                    Color32::WHITE,
                );
                add_disc(&mut dots, point.pos, sizes.dot, color);
            } else {
                painter.circle(
                    point.pos,
                    sizes.dot,
                    color,
                    Stroke::new(DOT_OUTLINE, Color32::WHITE),
                );
            }
        }
        if !dots.is_empty() {
            painter.add(Shape::mesh(dots));
        }
    }
    // What customers said, under the marks and titles the scene placed.
    super::survey_curve::paint_measured(painter, map, scene, look.dark);
    // The marks on top of every curve, so no other journey hides them.
    for mark in &scene.marks {
        let colour = theme::egui(palette::mark(mark.high, look.dark));
        painter.add(Shape::convex_polygon(
            mark.arrow.to_vec(),
            colour,
            Stroke::NONE,
        ));
        paint_text(painter, &mark.word, colour);
    }
    // Each phase's to-be improvement on a tinted backing in its journey's colour.
    for improvement in &scene.to_be.improvements {
        let colour = theme::color(improvement.colour);
        painter.rect(
            improvement.area,
            4.0,
            colour.gamma_multiply(0.18),
            Stroke::new(1.0, colour),
            egui::StrokeKind::Inside,
        );
        paint_text(painter, &improvement.text, ink);
    }
    // Titles last, on top of everything, each line on a soft halo of the
    // background so a curve running behind it never cuts through the words.
    let halo = theme::title_halo(look.dark);
    for title in &scene.titles {
        for line in &title.lines {
            painter.rect_filled(line.extent().expand2(vec2(3.0, 1.0)), 3.0, halo);
            paint_text(painter, line, ink);
        }
    }
}

/// An aggregated curve's band as one mesh: a strip from each column's top
/// to its bottom, joined column to column.
fn band_mesh(band: &[scene::Column], colour: Color32) -> egui::Mesh {
    let mut mesh = egui::Mesh::default();
    mesh.reserve_vertices(2 * band.len());
    mesh.reserve_triangles(2 * band.len());
    for (i, column) in band.iter().enumerate() {
        // A column of one step still shows as a sliver of band.
        let half = ((column.bottom - column.top) / 2.0).max(0.75);
        let middle = (column.top + column.bottom) / 2.0;
        mesh.colored_vertex(pos2(column.x, middle - half), colour);
        mesh.colored_vertex(pos2(column.x, middle + half), colour);
        if i > 0 {
            let first = 2 * i as u32;
            mesh.add_triangle(first - 2, first - 1, first);
            mesh.add_triangle(first - 1, first + 1, first);
        }
    }
    mesh
}

/// The width of the white outline around a step's dot.
const DOT_OUTLINE: f32 = 2.0;

/// The corners of a thinned dot: a 12-gon strays less than 0.4 points from
/// a circle of the large dots' size.
const DISC_CORNERS: usize = 12;

/// Adds a filled disc to `mesh`: a fan of [`DISC_CORNERS`] triangles, and a
/// one-point band around it fading to transparent (the anti-aliased edge).
fn add_disc(mesh: &mut egui::Mesh, centre: Pos2, radius: f32, colour: Color32) {
    static CORNERS: std::sync::LazyLock<[egui::Vec2; DISC_CORNERS]> =
        std::sync::LazyLock::new(|| {
            std::array::from_fn(|i| {
                let angle = std::f32::consts::TAU * i as f32 / DISC_CORNERS as f32;
                vec2(angle.cos(), angle.sin())
            })
        });
    let first = mesh.vertices.len() as u32;
    mesh.colored_vertex(centre, colour);
    for out in *CORNERS {
        mesh.colored_vertex(centre + out * (radius - 0.5), colour);
        mesh.colored_vertex(centre + out * (radius + 0.5), Color32::TRANSPARENT);
    }
    let corners = DISC_CORNERS as u32;
    for i in 0..corners {
        let (inner, outer) = (first + 1 + 2 * i, first + 2 + 2 * i);
        let (next_inner, next_outer) = (
            first + 1 + 2 * ((i + 1) % corners),
            first + 2 + 2 * ((i + 1) % corners),
        );
        mesh.add_triangle(first, inner, next_inner);
        mesh.add_triangle(inner, outer, next_outer);
        mesh.add_triangle(inner, next_outer, next_inner);
    }
}

/// How far (in points) a thinned curve may stray from the sampled one: less
/// than a pixel, so the simplification does not show.
const THIN_TOLERANCE: f32 = 0.5;

/// A polyline with the points dropped that lie within `tolerance` of the
/// line between the points kept around them. Greedy and linear: from each
/// kept point the line reaches as far as it can, over at most
/// [`SIMPLIFY_REACH`] points, while every point it skips stays within
/// `tolerance`. The ends stay.
pub fn simplified(points: &[Pos2], tolerance: f32) -> Vec<Pos2> {
    if points.len() < 3 {
        return points.to_vec();
    }
    let mut kept = Vec::with_capacity(points.len() / 2);
    let mut anchor = 0;
    kept.push(points[0]);
    while anchor < points.len() - 1 {
        let mut end = anchor + 1;
        while end + 1 < points.len()
            && end + 1 - anchor <= SIMPLIFY_REACH
            && (anchor + 1..=end).all(|i| {
                distance_sq_to_segment(points[i], points[anchor], points[end + 1])
                    <= tolerance * tolerance
            })
        {
            end += 1;
        }
        kept.push(points[end]);
        anchor = end;
    }
    kept
}

/// The most points a thinned curve's segment reaches over.
const SIMPLIFY_REACH: usize = 24;

/// The square of how far `p` is from the segment from `a` to `b`.
fn distance_sq_to_segment(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let length_sq = ab.length_sq();
    if length_sq == 0.0 {
        return p.distance_sq(a);
    }
    let t = ((p - a).dot(ab) / length_sq).clamp(0.0, 1.0);
    p.distance_sq(a + ab * t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simplifying_a_straight_run_of_samples_leaves_its_two_ends() {
        let run: Vec<Pos2> = (0..=20).map(|i| pos2(i as f32, 2.0 * i as f32)).collect();
        assert_eq!(simplified(&run, 0.5), vec![run[0], run[20]]);
    }

    #[test]
    fn simplifying_keeps_every_corner_farther_than_the_tolerance() {
        let zigzag = [
            pos2(0.0, 0.0),
            pos2(1.0, 0.1),
            pos2(2.0, 0.0),
            pos2(3.0, 40.0),
            pos2(4.0, 0.0),
            pos2(5.0, 0.3),
            pos2(6.0, 0.0),
        ];
        let thin = simplified(&zigzag, 0.5);
        assert_eq!(
            thin,
            vec![zigzag[0], zigzag[2], zigzag[3], zigzag[4], zigzag[6]],
            "the peak and its feet stay, the bumps under half a point go"
        );
        for p in zigzag {
            let nearest = thin
                .windows(2)
                .map(|w| distance_sq_to_segment(p, w[0], w[1]).sqrt())
                .fold(f32::MAX, f32::min);
            assert!(nearest <= 0.5, "{p:?} is {nearest} from the thinned line");
        }
    }

    #[test]
    fn short_lines_are_kept_as_they_are() {
        let two = [pos2(0.0, 0.0), pos2(5.0, 5.0)];
        assert_eq!(simplified(&two, 0.5), two.to_vec());
        assert!(simplified(&[], 0.5).is_empty());
    }
}
