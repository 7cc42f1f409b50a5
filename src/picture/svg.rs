//! Writing SVG: a small builder of shapes and text, and the map picture
//! painted with it from the same scene the canvas paints.

use std::collections::HashMap;
use std::fmt::Write as _;

use base64::Engine as _;
use egui::emath::{Pos2, Rect, pos2, vec2};

use crate::i18n::fill;
use crate::model::{Emotion, Journey, JourneyId, Map, Persona, PersonaId, Rgb, StepId};
use crate::scene::palette::{self, Colour};
use crate::scene::{self, Scene, View};

use super::ExportOptions;
use super::text::{FAMILY_LIST, Font, fit_line, wrap};

/// A picture: SVG text and its size in picture units (CSS pixels).
#[derive(Clone, Debug)]
pub struct Picture {
    /// The SVG document.
    pub svg: String,
    /// Its width.
    pub width: f32,
    /// Its height.
    pub height: f32,
}

/// A fill or stroke colour with its opacity.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Paint {
    rgb: (u8, u8, u8),
    alpha: f32,
}

impl Paint {
    /// An opaque map colour.
    pub fn rgb(c: Rgb) -> Self {
        Self {
            rgb: (c.0, c.1, c.2),
            alpha: 1.0,
        }
    }

    /// A colour of the palette (which may be translucent).
    pub fn of(c: Colour) -> Self {
        Self {
            rgb: (c.r, c.g, c.b),
            alpha: c.alpha(),
        }
    }

    /// A grey.
    pub const fn gray(level: u8) -> Self {
        Self {
            rgb: (level, level, level),
            alpha: 1.0,
        }
    }

    /// White.
    pub const WHITE: Paint = Paint::gray(255);

    /// This colour laid over `base`, as one opaque colour. Opaque fills are
    /// drawn much faster than translucent ones, and print more predictably.
    pub fn over(self, base: Paint) -> Self {
        let mix = |top: u8, bottom: u8| {
            (f32::from(top) * self.alpha + f32::from(bottom) * (1.0 - self.alpha)).round() as u8
        };
        Self {
            rgb: (
                mix(self.rgb.0, base.rgb.0),
                mix(self.rgb.1, base.rgb.1),
                mix(self.rgb.2, base.rgb.2),
            ),
            alpha: 1.0,
        }
    }

    /// This colour with its opacity multiplied.
    pub fn fade(self, factor: f32) -> Self {
        Self {
            alpha: self.alpha * factor,
            ..self
        }
    }

    /// The opaque colour as `RRGGBB` (for Office files), laid over white.
    pub fn hex(self) -> String {
        let (r, g, b) = self.over(Paint::WHITE).rgb;
        format!("{r:02X}{g:02X}{b:02X}")
    }

    fn write(self, out: &mut String, what: &str) {
        let (r, g, b) = self.rgb;
        let _ = write!(out, " {what}=\"#{r:02x}{g:02x}{b:02x}\"");
        if self.alpha < 0.999 {
            let _ = write!(out, " {what}-opacity=\"{:.3}\"", self.alpha.max(0.0));
        }
    }
}

/// The ink of text and lines on a white page.
pub fn ink() -> Paint {
    Paint::of(palette::ink(false))
}

/// Text with XML's special characters escaped and characters XML cannot hold left out.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || matches!(c, '\u{fffe}' | '\u{ffff}') => {}
            c => out.push(c),
        }
    }
    out
}

pub use crate::scene::Anchor;

/// An SVG document being written.
pub struct Svg {
    out: String,
    next_id: usize,
    /// Whether each journey's shapes are grouped under its id and each step's
    /// dot carries the step's id, for the interactive HTML map.
    tagged: bool,
}

/// A number with one decimal at most, as SVG coordinates are written.
pub(super) fn n(v: f32) -> String {
    // One decimal is a tenth of a pixel: plenty, and keeps files small.
    let rounded = (v * 10.0).round() / 10.0;
    if rounded == rounded.trunc() {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded:.1}")
    }
}

impl Svg {
    /// Starts a document of this size with a title (shown by viewers, read by screen readers).
    pub fn new(width: f32, height: f32, title: &str) -> Self {
        let mut out = String::with_capacity(64 * 1024);
        let (w, h) = (n(width), n(height));
        let _ = write!(
            out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}\n\
             <svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" \
             version=\"1.1\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
             font-family=\"{FAMILY_LIST}\">\n<title>{}</title>\n",
            super::marker::SVG_COMMENT,
            escape(title)
        );
        Self {
            out,
            next_id: 0,
            tagged: false,
        }
    }

    /// Starts a document like [`Svg::new`] whose journeys and step dots are
    /// tagged with their ids (`data-journey`, `data-step`), for a page's script.
    pub fn tagged(width: f32, height: f32, title: &str) -> Self {
        Self {
            tagged: true,
            ..Self::new(width, height, title)
        }
    }

    /// Starts the shapes of one journey: a group carrying its id when tagged.
    pub fn begin_journey(&mut self, id: JourneyId) {
        if self.tagged {
            let _ = writeln!(self.out, "<g data-journey=\"{id}\">");
        }
    }

    /// Ends the shapes of one journey.
    pub fn end_journey(&mut self) {
        if self.tagged {
            self.out.push_str("</g>\n");
        }
    }

    /// Ends the document.
    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>\n");
        self.out
    }

    fn id(&mut self, prefix: &str) -> String {
        self.next_id += 1;
        format!("{prefix}{}", self.next_id)
    }

    /// A rectangle, filled and optionally outlined.
    pub fn rect(
        &mut self,
        r: Rect,
        radius: f32,
        fill: Option<Paint>,
        stroke: Option<(Paint, f32)>,
    ) {
        let _ = write!(
            self.out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
            n(r.left()),
            n(r.top()),
            n(r.width().max(0.0)),
            n(r.height().max(0.0))
        );
        if radius > 0.0 {
            let _ = write!(self.out, " rx=\"{}\"", n(radius));
        }
        self.paint(fill, stroke);
        self.out.push_str("/>\n");
    }

    fn paint(&mut self, fill: Option<Paint>, stroke: Option<(Paint, f32)>) {
        match fill {
            Some(p) => p.write(&mut self.out, "fill"),
            None => self.out.push_str(" fill=\"none\""),
        }
        if let Some((p, width)) = stroke {
            p.write(&mut self.out, "stroke");
            let _ = write!(self.out, " stroke-width=\"{}\"", n(width));
        }
    }

    /// A straight line.
    pub fn line(&mut self, a: Pos2, b: Pos2, paint: Paint, width: f32) {
        let _ = write!(
            self.out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"",
            n(a.x),
            n(a.y),
            n(b.x),
            n(b.y)
        );
        paint.write(&mut self.out, "stroke");
        let _ = writeln!(self.out, " stroke-width=\"{}\"/>", n(width));
    }

    /// A line through points, with round joins.
    pub fn polyline(&mut self, points: &[Pos2], paint: Paint, width: f32) {
        self.polyline_dashed(points, paint, width, None);
    }

    /// A line through points, with round joins; dashed when `dash` gives
    /// the dash and gap lengths.
    pub fn polyline_dashed(
        &mut self,
        points: &[Pos2],
        paint: Paint,
        width: f32,
        dash: Option<(f32, f32)>,
    ) {
        if points.len() < 2 {
            return;
        }
        self.out.push_str("<polyline points=\"");
        for p in points {
            let _ = write!(self.out, "{},{} ", n(p.x), n(p.y));
        }
        self.out.push('"');
        if let Some((dash, gap)) = dash {
            let _ = write!(self.out, " stroke-dasharray=\"{} {}\"", n(dash), n(gap));
        }
        self.out.push_str(" fill=\"none\"");
        paint.write(&mut self.out, "stroke");
        let _ = writeln!(
            self.out,
            " stroke-width=\"{}\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>",
            n(width)
        );
    }

    /// A filled polygon.
    pub fn polygon(&mut self, points: &[Pos2], fill: Paint) {
        self.out.push_str("<polygon points=\"");
        for p in points {
            let _ = write!(self.out, "{},{} ", n(p.x), n(p.y));
        }
        self.out.push('"');
        fill.write(&mut self.out, "fill");
        self.out.push_str("/>\n");
    }

    /// A circle; `tooltip` becomes its `<title>` (shown on hover, found by search).
    pub fn circle(
        &mut self,
        c: Pos2,
        r: f32,
        fill: Option<Paint>,
        stroke: Option<(Paint, f32)>,
        tooltip: Option<&str>,
    ) {
        self.dot(c, r, fill, stroke, tooltip, None);
    }

    /// A circle like [`Svg::circle`]; when tagged and given a step, it carries
    /// the step's id and can be focused and pressed like a button.
    fn dot(
        &mut self,
        c: Pos2,
        r: f32,
        fill: Option<Paint>,
        stroke: Option<(Paint, f32)>,
        tooltip: Option<&str>,
        step: Option<StepId>,
    ) {
        let _ = write!(
            self.out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"",
            n(c.x),
            n(c.y),
            n(r)
        );
        if let (true, Some(step)) = (self.tagged, step) {
            let _ = write!(
                self.out,
                " data-step=\"{step}\" tabindex=\"0\" role=\"button\" aria-label=\"{}\"",
                escape(tooltip.unwrap_or_default())
            );
        }
        self.paint(fill, stroke);
        match tooltip {
            Some(t) => {
                let _ = writeln!(self.out, "><title>{}</title></circle>", escape(t));
            }
            None => self.out.push_str("/>\n"),
        }
    }

    /// One line of text with its baseline at `at`.
    pub fn text(&mut self, at: Pos2, font: Font, paint: Paint, anchor: Anchor, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        let _ = write!(
            self.out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\"",
            n(at.x),
            n(at.y),
            n(font.size)
        );
        if font.bold {
            self.out.push_str(" font-weight=\"bold\"");
        }
        match anchor {
            Anchor::Start => {}
            Anchor::Middle => self.out.push_str(" text-anchor=\"middle\""),
            Anchor::End => self.out.push_str(" text-anchor=\"end\""),
        }
        paint.write(&mut self.out, "fill");
        // Variation selectors ask for colour or text emoji; a picture has only
        // its monochrome emoji, and shaped apart they would copy out of the
        // PDF in place of spaces.
        let shown: String = text
            .chars()
            .filter(|c| !matches!(c, '\u{fe0e}' | '\u{fe0f}'))
            .collect();
        let _ = writeln!(self.out, ">{}</text>", escape(&shown));
    }

    /// Lines of text from `top`, one line height apart.
    pub fn lines(
        &mut self,
        x: f32,
        top: f32,
        font: Font,
        paint: Paint,
        anchor: Anchor,
        lines: &[String],
    ) {
        for (i, line) in lines.iter().enumerate() {
            let baseline = top + font.size + i as f32 * font.line_height();
            self.text(pos2(x, baseline), font, paint, anchor, line);
        }
    }

    /// Text wrapped into `rect` (at most as many lines as fit), from its top left.
    pub fn text_box(&mut self, rect: Rect, font: Font, paint: Paint, text: &str) -> usize {
        let rows = ((rect.height() - font.size * 0.3) / font.line_height())
            .floor()
            .max(1.0) as usize;
        let lines = wrap(text, font, rect.width(), rows);
        self.lines(rect.left(), rect.top(), font, paint, Anchor::Start, &lines);
        lines.len()
    }

    /// A round avatar: the persona's photo, or their initials on grey.
    pub fn avatar(&mut self, center: Pos2, size: f32, persona: &Persona, photos: &mut Photos) {
        let r = size / 2.0;
        match photos.data_uri(persona) {
            Some(uri) => {
                let id = self.id("avatar");
                let _ = writeln!(
                    self.out,
                    "<clipPath id=\"{id}\"><circle cx=\"{}\" cy=\"{}\" r=\"{}\"/></clipPath>\n\
                     <image x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" clip-path=\"url(#{id})\" \
                     preserveAspectRatio=\"xMidYMid slice\" xlink:href=\"{uri}\"/>",
                    n(center.x),
                    n(center.y),
                    n(r),
                    n(center.x - r),
                    n(center.y - r),
                    n(size),
                    n(size),
                );
            }
            None => {
                self.circle(center, r, Some(Paint::of(palette::AVATAR_FILL)), None, None);
                let initials = persona.initials();
                let font = Font::bold(size * 0.4);
                self.text(
                    pos2(center.x, center.y + font.size * 0.36),
                    font,
                    Paint::WHITE,
                    Anchor::Middle,
                    &initials,
                );
            }
        }
        self.circle(
            center,
            r,
            None,
            Some((Paint::of(palette::AVATAR_RING), 1.0)),
            None,
        );
    }

    /// Starts a group clipped to `rect`.
    pub fn begin_clip(&mut self, rect: Rect) {
        let id = self.id("clip");
        let _ = writeln!(
            self.out,
            "<clipPath id=\"{id}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/></clipPath>\n<g clip-path=\"url(#{id})\">",
            n(rect.left()),
            n(rect.top()),
            n(rect.width()),
            n(rect.height())
        );
    }

    /// Starts a group.
    pub fn begin_group(&mut self, label: &str) {
        let _ = writeln!(self.out, "<g id=\"{}\">", escape(label));
    }

    /// Ends a group.
    pub fn end_group(&mut self) {
        self.out.push_str("</g>\n");
    }
}

/// Persona photos as data: URIs, each decoded (under the photo limits) once.
#[derive(Default)]
pub struct Photos(HashMap<PersonaId, Option<String>>);

impl Photos {
    /// The photo of a persona as a PNG data: URI, if it has a usable one.
    pub fn data_uri(&mut self, persona: &Persona) -> Option<String> {
        self.0
            .entry(persona.id)
            .or_insert_with(|| {
                let photo = persona.photo.as_ref()?;
                let (w, h, pixels) = crate::io::photo::photo_pixels(photo).ok()?;
                let small = w <= 512 && h <= 512;
                let png = if small && photo.bytes.starts_with(b"\x89PNG") {
                    photo.bytes.clone()
                } else {
                    let image = image::RgbaImage::from_raw(w, h, pixels)?;
                    let side = crate::io::photo::PHOTO_SIDE;
                    let image = image::imageops::resize(
                        &image,
                        side,
                        side,
                        image::imageops::FilterType::Triangle,
                    );
                    let mut png = Vec::new();
                    image
                        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
                        .ok()?;
                    png
                };
                Some(format!(
                    "data:image/png;base64,{}",
                    base64::engine::general_purpose::STANDARD.encode(png)
                ))
            })
            .clone()
    }
}

/// The space around the picture.
pub const MARGIN: f32 = 32.0;
/// The narrowest map picture: a 16:10 slide's worth.
pub const MIN_WIDTH: f32 = 1600.0;
/// The height of the canvas part (phase header and plot).
pub const CANVAS_HEIGHT: f32 = 560.0;
/// Room the fitted view leaves on both sides of the phases.
const FIT_MARGIN: f32 = 40.0;
/// The size of the avatars in the legend.
const LEGEND_AVATAR: f32 = 30.0;
/// Space after a journey's lanes.
const LANES_GAP: f32 = 22.0;

const TITLE_FONT: Font = Font::bold(30.0);
const GOAL_FONT: Font = Font::regular(16.0);
const LEGEND_FONT: Font = Font::bold(15.0);
const LEGEND_DETAIL: Font = Font::regular(14.0);

/// The journeys the options include, in the map's order.
pub fn exported_journeys<'a>(map: &'a Map, options: &ExportOptions) -> Vec<&'a Journey> {
    map.journeys
        .iter()
        .filter(|j| options.includes(j.id))
        .collect()
}

/// One legend entry, measured.
struct LegendItem<'a> {
    journey: &'a Journey,
    persona: Option<&'a Persona>,
    detail: String,
    width: f32,
}

/// Where everything on the map picture goes.
struct Plan<'a> {
    width: f32,
    title: Vec<String>,
    goal: Vec<String>,
    legend_rows: Vec<Vec<LegendItem<'a>>>,
    scene: Scene,
    /// Each journey's lanes.
    lanes: Vec<super::lanes::JourneyLanes<'a>>,
    /// Why the lanes were left out, when they were (its baseline's y, the words).
    note: Option<(f32, String)>,
    height: f32,
    /// The legend's row for measured curves, to-be curves, KPI marks and experiments.
    extras: super::measured::Extras,
}

fn plan<'a>(map: &'a Map, options: &ExportOptions, width: f32, detail: Detail) -> Plan<'a> {
    // Whole units, so that a PNG at scale 2 is exactly twice one at scale 1.
    let width = width.ceil();
    let journeys = exported_journeys(map, options);
    let inner = width - 2.0 * MARGIN;
    let mut y = MARGIN;
    let t = crate::i18n::export::t();
    let title_text = if map.title.trim().is_empty() {
        t.untitled_map
    } else {
        map.title.as_str()
    };
    let title = wrap(title_text, TITLE_FONT, inner, 2);
    y += title.len() as f32 * TITLE_FONT.line_height() + 4.0;
    let goal = if map.goal.trim().is_empty() {
        Vec::new()
    } else {
        wrap(
            &fill(t.goal, &[("goal", &map.goal.trim())]),
            GOAL_FONT,
            inner,
            3,
        )
    };
    y += goal.len() as f32 * GOAL_FONT.line_height() + 14.0;

    // The legend: one entry per journey, flowing into rows.
    let mut legend_rows: Vec<Vec<LegendItem>> = vec![Vec::new()];
    let mut x = 0.0;
    for journey in &journeys {
        let persona = journey.persona.and_then(|p| map.persona(p));
        let mut detail = match persona {
            Some(p) if p.name != journey.name => format!("· {}", p.name),
            _ => String::new(),
        };
        if !detail.is_empty() {
            detail.push(' ');
        }
        let steps = if journey.steps.len() == 1 {
            t.legend_steps_one
        } else {
            t.legend_steps_many
        };
        detail.push_str(&fill(steps, &[("count", &journey.steps.len())]));
        let name = fit_line(&journey.name, LEGEND_FONT, inner * 0.6);
        let width = (LEGEND_AVATAR
            + 8.0
            + 30.0
            + LEGEND_FONT.width(&name)
            + 6.0
            + LEGEND_DETAIL.width(&detail))
        .min(inner)
            + 28.0;
        if x + width > inner && x > 0.0 {
            legend_rows.push(Vec::new());
            x = 0.0;
        }
        x += width;
        if let Some(row) = legend_rows.last_mut() {
            row.push(LegendItem {
                journey,
                persona,
                detail,
                width,
            });
        }
    }
    // The marks' explanation gets a row of its own, and so do the measured
    // curves, to-be curves, KPI marks and experiments where there are any.
    let extras = super::measured::Extras::of(map, &journeys);
    y += (legend_rows.len() + 1 + usize::from(extras.any())) as f32 * 38.0 + 8.0;

    let rect = Rect::from_min_size(pos2(MARGIN, y), vec2(inner, CANVAS_HEIGHT));
    let plot = scene::plot_rect(rect);
    let mut view = View::fit(map, plot.width() - 2.0 * FIT_MARGIN);
    view.left_time = -f64::from(FIT_MARGIN) / f64::from(view.zoom);
    let scene = scene::scene(
        map,
        rect,
        view,
        &scene::Options::plain(&|id| options.includes(id)),
    );
    let scene = scene::evidence::tinted(map, scene, options.evidence);
    y = rect.bottom() + 12.0;

    let mut lanes = Vec::new();
    let mut note = None;
    if let Detail::Overview { steps } = detail
        && options.lanes
    {
        let words = fill(
            crate::i18n::export::t().lanes_left_out,
            &[("steps", &steps)],
        );
        note = Some((y + 20.0, fit_line(&words, LEGEND_DETAIL, inner)));
        y += 34.0;
    }
    if options.lanes && detail == Detail::Full {
        let clip = Rect::from_min_max(pos2(plot.left(), 0.0), pos2(plot.right(), 1.0e7));
        for journey in &journeys {
            let Some(curve) = scene.canvas.curves.iter().find(|c| c.id == journey.id) else {
                continue;
            };
            if curve.points.is_empty() {
                continue;
            }
            let placed = super::lanes::place(journey, curve, y, clip);
            y = placed.bottom + LANES_GAP;
            lanes.push(placed);
        }
    }
    Plan {
        width,
        title,
        goal,
        legend_rows,
        scene,
        lanes,
        note,
        height: (y + MARGIN - 12.0).ceil(),
        extras,
    }
}

/// The width a map picture starts from: wide enough for its busiest journey's steps.
fn first_width(map: &Map, options: &ExportOptions) -> f32 {
    let most = exported_journeys(map, options)
        .iter()
        .map(|j| j.steps.len())
        .max()
        .unwrap_or(0) as f32;
    let per_step = if options.lanes { 150.0 } else { 60.0 };
    let plot = most * per_step + 2.0 * FIT_MARGIN;
    (plot + scene::AXIS_GUTTER + 8.0 + 2.0 * MARGIN).max(MIN_WIDTH)
}

/// The map picture as SVG: title and goal, legend, phases, the emotion axis,
/// the curves with their steps, and the lanes of each journey.
pub fn map_svg(map: &Map, options: &ExportOptions) -> Picture {
    draw(map, &layout_plan(map, options), false)
}

/// The map picture like [`map_svg`], with each journey's shapes grouped under
/// its id and each step's dot carrying the step's id: the canvas of the
/// interactive HTML map.
pub fn tagged_map_svg(map: &Map, options: &ExportOptions) -> Picture {
    draw(map, &layout_plan(map, options), true)
}

/// The map picture at full detail however long the map: every step and its
/// lanes, for a poster printed across many pages ([`super::tiles`]).
pub fn poster_svg(map: &Map, options: &ExportOptions) -> Picture {
    draw(map, &layout_plan_within(map, options, f32::INFINITY), false)
}

/// The scene of the map picture: what `map_svg` paints, placed at the picture's size.
pub fn map_scene(map: &Map, options: &ExportOptions) -> Scene {
    layout_plan(map, options).scene
}

/// The widest map picture. A map whose steps need more (for their lanes'
/// columns, or their dots side by side) is drawn as an overview at slide
/// size: its curves aggregated where dense, as the canvas draws them, and
/// its lanes left out with a note saying where they are.
pub const MAX_WIDTH: f32 = 12_000.0;

/// How much of the map a picture shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Detail {
    /// Every step, with the lanes the options ask for.
    Full,
    /// The overview of a map too long for one picture; `steps` in its busiest journey.
    Overview { steps: usize },
}

/// Where everything on the map picture goes, at the width its lanes need.
fn layout_plan<'a>(map: &'a Map, options: &ExportOptions) -> Plan<'a> {
    layout_plan_within(map, options, MAX_WIDTH)
}

/// [`layout_plan`] for a picture at most `max_width` wide.
fn layout_plan_within<'a>(map: &'a Map, options: &ExportOptions, max_width: f32) -> Plan<'a> {
    let mut width = first_width(map, options);
    let mut detail = Detail::Full;
    if width > max_width {
        let steps = exported_journeys(map, options)
            .iter()
            .map(|j| j.steps.len())
            .max()
            .unwrap_or(0);
        detail = Detail::Overview { steps };
        width = MIN_WIDTH;
    }
    let mut plan = plan(map, options, width, detail);
    // Lane columns keep a readable width; where a crowd pushes them past the
    // right edge, widen the picture until every column fits.
    for _ in 0..4 {
        let right = plan
            .lanes
            .iter()
            .flat_map(|l| l.cells.iter().map(|c| c.rect.right()))
            .fold(f32::MIN, f32::max);
        let limit = plan.scene.canvas.plot.right();
        if right <= limit + 0.5 || width >= max_width {
            break;
        }
        width = (width + (right - limit) * 1.1 + 20.0).min(max_width);
        plan = self::plan(map, options, width, detail);
    }
    plan
}

fn draw(map: &Map, plan: &Plan, tagged: bool) -> Picture {
    let mut svg = if tagged {
        Svg::tagged(plan.width, plan.height, &map.title)
    } else {
        Svg::new(plan.width, plan.height, &map.title)
    };
    let mut photos = Photos::default();
    let ink = ink();
    let inner = plan.width - 2.0 * MARGIN;

    // Title, goal.
    svg.begin_group("title");
    svg.lines(
        MARGIN,
        MARGIN - 6.0,
        TITLE_FONT,
        ink,
        Anchor::Start,
        &plan.title,
    );
    let mut y = MARGIN + plan.title.len() as f32 * TITLE_FONT.line_height() + 4.0;
    svg.lines(
        MARGIN,
        y - 4.0,
        GOAL_FONT,
        Paint::of(palette::GOAL_INK),
        Anchor::Start,
        &plan.goal,
    );
    y += plan.goal.len() as f32 * GOAL_FONT.line_height() + 14.0;
    svg.end_group();

    // Legend.
    svg.begin_group("legend");
    for row in &plan.legend_rows {
        let mut x = MARGIN;
        let cy = y + 19.0;
        for item in row {
            let color = Paint::rgb(item.journey.color);
            let mut at = x;
            match item.persona {
                Some(persona) => svg.avatar(
                    pos2(at + LEGEND_AVATAR / 2.0, cy),
                    LEGEND_AVATAR,
                    persona,
                    &mut photos,
                ),
                None => svg.circle(
                    pos2(at + LEGEND_AVATAR / 2.0, cy),
                    LEGEND_AVATAR / 2.0,
                    Some(color.fade(0.2)),
                    Some((color, 1.5)),
                    None,
                ),
            }
            at += LEGEND_AVATAR + 8.0;
            svg.line(pos2(at, cy), pos2(at + 24.0, cy), color, 3.5);
            svg.circle(
                pos2(at + 12.0, cy),
                5.5,
                Some(color),
                Some((Paint::WHITE, 1.5)),
                None,
            );
            at += 30.0;
            let room = (x + item.width - 28.0 - at).max(20.0);
            let name = fit_line(&item.journey.name, LEGEND_FONT, room);
            svg.text(pos2(at, cy + 5.0), LEGEND_FONT, color, Anchor::Start, &name);
            at += LEGEND_FONT.width(&name) + 6.0;
            // A little slack: the room was measured for exactly this text,
            // and adding the widths up again may round it a hair short.
            let detail = fit_line(
                &item.detail,
                LEGEND_DETAIL,
                (x + item.width - 28.0 - at + 0.5).max(0.0),
            );
            svg.text(
                pos2(at, cy + 5.0),
                LEGEND_DETAIL,
                Paint::of(palette::SOFT_INK),
                Anchor::Start,
                &detail,
            );
            x += item.width;
        }
        y += 38.0;
    }
    // What the marks mean.
    let cy = y + 19.0;
    let mut x = MARGIN + 4.0;
    let t = crate::i18n::export::t();
    for (high, words) in [(false, t.legend_low), (true, t.legend_high)] {
        let color = Paint::of(palette::mark(high, false));
        let (tip, base) = if high {
            (cy - 7.0, cy + 5.0)
        } else {
            (cy + 5.0, cy - 7.0)
        };
        svg.polygon(
            &[pos2(x + 7.0, tip), pos2(x, base), pos2(x + 14.0, base)],
            color,
        );
        svg.text(
            pos2(x + 22.0, cy + 4.0),
            LEGEND_DETAIL,
            Paint::of(palette::SOFT_INK),
            Anchor::Start,
            words,
        );
        x += 22.0 + LEGEND_DETAIL.width(words) + 32.0;
    }
    if x < inner {
        let words = t.axis_note;
        let room = plan.width - MARGIN - x;
        svg.text(
            pos2(x, cy + 4.0),
            LEGEND_DETAIL,
            Paint::of(palette::FAINT_INK),
            Anchor::Start,
            &fit_line(words, LEGEND_DETAIL, room),
        );
    }
    if plan.extras.any() {
        let right = plan.width - MARGIN;
        super::measured::draw_legend(
            &mut svg,
            &plan.extras,
            MARGIN + 4.0,
            cy + 38.0,
            right,
            LEGEND_DETAIL,
        );
    }
    svg.end_group();

    draw_scene(&mut svg, map, &plan.scene, &mut photos);
    if let Some((baseline, words)) = &plan.note {
        svg.text(
            pos2(MARGIN, *baseline),
            LEGEND_DETAIL,
            Paint::of(palette::SOFT_INK),
            Anchor::Start,
            words,
        );
    }
    for lanes in &plan.lanes {
        super::lanes::draw(&mut svg, plan.width, plan.scene.canvas.plot, lanes);
    }
    Picture {
        svg: svg.finish(),
        width: plan.width,
        height: plan.height,
    }
}

/// One line of the scene's text, on its baseline.
fn scene_text(svg: &mut Svg, text: &scene::Text, paint: Paint) {
    let at = pos2(text.at.x, text.baseline());
    svg.text(at, text.font, paint, text.anchor, &text.text);
}

/// Paints the scene: bands and headers, the emotion scale, curves, dots,
/// marks, avatars and step titles, each where the scene placed it.
pub(crate) fn draw_scene(svg: &mut Svg, map: &Map, scene: &Scene, photos: &mut Photos) {
    let ink = ink();
    let canvas = &scene.canvas;
    let plot = canvas.plot;
    // The fitted view keeps bands and curves inside the plot: no clipping
    // needed (a clipped group costs a whole extra layer when rasterised).
    svg.begin_group("phases");
    for (band, header) in canvas.bands.iter().zip(&scene.headers) {
        let fill = Paint::of(palette::band_fill(band.color, false)).over(Paint::WHITE);
        svg.rect(band.rect, 0.0, Some(fill), None);
        svg.line(
            band.rect.right_top(),
            band.rect.right_bottom(),
            Paint::of(palette::grid(false)),
            1.0,
        );
        for line in &header.name {
            scene_text(svg, line, ink);
        }
        // The average emotion of each journey in this phase, where there is room.
        for average in &header.averages {
            let dot = Paint::rgb(average.colour);
            svg.circle(
                average.dot,
                scene::labels::AVERAGE_DOT,
                Some(dot),
                None,
                None,
            );
            scene_text(svg, &average.value, ink);
        }
    }
    super::measured::draw_header_marks(svg, map, scene);
    svg.end_group();

    // The emotion scale.
    svg.begin_group("emotion-axis");
    for level in &scene.axis {
        let (paint, width) = if level.level == Emotion::Neutral {
            (Paint::of(palette::neutral_line(false)), 1.5)
        } else {
            (Paint::of(palette::grid(false)), 1.0)
        };
        svg.line(
            pos2(plot.left(), level.y),
            pos2(plot.right(), level.y),
            paint,
            width,
        );
        scene_text(svg, &level.label, ink);
    }
    svg.end_group();

    // Curves, dots and marks.
    svg.begin_group("journeys");
    let sizes = scene.sizes;
    for curve in &canvas.curves {
        let color = Paint::rgb(curve.color);
        let journey = map.journey(curve.id);
        svg.begin_journey(curve.id);
        if curve.aggregated() {
            svg.polygon(
                &band_outline(&curve.band),
                color.fade(palette::BAND_OPACITY),
            );
        }
        let dash = scene
            .to_be
            .is_dashed(curve)
            .then_some(scene::tobe::TO_BE_DASH);
        svg.polyline_dashed(&curve.line, color, sizes.line, dash);
        for point in scene.dots(curve) {
            let tint = scene.evidence.as_ref().and_then(|t| t.dot(point.id));
            let color = tint.map_or(color, Paint::rgb);
            let title = journey
                .and_then(|j| j.steps.get(point.index))
                .map(|s| s.title.as_str());
            svg.dot(
                point.pos,
                sizes.dot,
                Some(color),
                Some((Paint::WHITE, 2.0)),
                title,
                Some(point.id),
            );
        }
        svg.end_journey();
    }
    super::measured::draw_curves(svg, map, scene);
    // The marks on top of every curve, so no other journey hides them.
    for mark in &scene.marks {
        let color = Paint::of(palette::mark(mark.high, false));
        svg.begin_journey(mark.journey);
        svg.polygon(&mark.arrow, color);
        svg.rect(
            mark.backing,
            3.0,
            Some(Paint::of(palette::TEXT_BACKING)),
            None,
        );
        scene_text(svg, &mark.word, color);
        svg.end_journey();
    }
    // Each phase's to-be improvement on a tinted backing.
    for improvement in &scene.to_be.improvements {
        let colour = Paint::rgb(improvement.colour);
        svg.begin_journey(improvement.journey);
        svg.rect(
            improvement.area,
            4.0,
            Some(colour.fade(0.18)),
            Some((colour, 1.0)),
        );
        scene_text(svg, &improvement.text, ink);
        svg.end_journey();
    }
    // The personas' avatars at the curves' starts.
    for avatar in &scene.avatars {
        if let Some(persona) = map.persona(avatar.persona) {
            svg.begin_journey(avatar.journey);
            svg.avatar(avatar.rect.center(), avatar.rect.width(), persona, photos);
            svg.end_journey();
        }
    }
    svg.end_group();

    svg.begin_group("step-titles");
    for title in &scene.titles {
        svg.begin_journey(title.journey);
        svg.rect(
            title.area,
            3.0,
            Some(Paint::of(palette::TEXT_BACKING)),
            None,
        );
        for line in &title.lines {
            scene_text(svg, line, ink);
        }
        svg.end_journey();
    }
    svg.end_group();
    super::measured::draw_counts(svg, map, scene);
    super::evidence::draw_legend(svg, scene);
}

/// The outline of an aggregated curve's band: along the columns' tops, and
/// back along their bottoms.
fn band_outline(band: &[scene::Column]) -> Vec<Pos2> {
    let top = band.iter().map(|c| pos2(c.x, c.top));
    let bottom = band.iter().rev().map(|c| pos2(c.x, c.bottom));
    top.chain(bottom).collect()
}
