//! Writing SVG: a small builder of shapes and text, and the map picture drawn
//! with it from the same geometry (`layout`) the canvas paints.

use std::collections::HashMap;
use std::fmt::Write as _;

use base64::Engine as _;
use egui::Color32;
use egui::emath::{Pos2, Rect, pos2, vec2};

use crate::i18n::fill;
use crate::layout::{self, Canvas, Cell, Lane, View, y_of};
use crate::model::{Emotion, Journey, Map, Persona, PersonaId, Rgb, Step};
use crate::ui::theme;

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

    /// A colour of the interface's theme (which may be translucent).
    pub fn egui(c: Color32) -> Self {
        let [r, g, b, a] = c.to_srgba_unmultiplied();
        Self {
            rgb: (r, g, b),
            alpha: f32::from(a) / 255.0,
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
    Paint::egui(theme::ink(false))
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

/// How a line of text sits on its x.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// x is the left end.
    Start,
    /// x is the middle.
    Middle,
    /// x is the right end.
    End,
}

/// An SVG document being written.
pub struct Svg {
    out: String,
    next_id: usize,
}

fn n(v: f32) -> String {
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
        Self { out, next_id: 0 }
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
        if points.len() < 2 {
            return;
        }
        self.out.push_str("<polyline points=\"");
        for p in points {
            let _ = write!(self.out, "{},{} ", n(p.x), n(p.y));
        }
        self.out.push('"');
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
        let _ = write!(
            self.out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"",
            n(c.x),
            n(c.y),
            n(r)
        );
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
        let _ = writeln!(self.out, ">{}</text>", escape(text));
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
                self.circle(center, r, Some(Paint::gray(150)), None, None);
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
        self.circle(center, r, None, Some((Paint::gray(120), 1.0)), None);
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
/// The size of the avatars at the curves' starts (as on the canvas).
const CURVE_AVATAR: f32 = 26.0;
/// The title line above a journey's lanes.
const LANES_TITLE: f32 = 34.0;
/// The row of step titles above the lane cells.
const LANES_HEADER: f32 = 44.0;
/// Space after a journey's lanes.
const LANES_GAP: f32 = 22.0;
/// The height of a lane row in the picture: taller than on screen, so a
/// printed map shows more of each cell's text. Columns keep the canvas's x.
pub const PRINT_LANE_HEIGHT: f32 = 100.0;

const TITLE_FONT: Font = Font::bold(30.0);
const GOAL_FONT: Font = Font::regular(16.0);
const LEGEND_FONT: Font = Font::bold(15.0);
const LEGEND_DETAIL: Font = Font::regular(14.0);
const PHASE_FONT: Font = Font::bold(16.0);
const SCALE_FONT: Font = Font::regular(13.0);
const STEP_FONT: Font = Font::regular(13.0);
const MARK_FONT: Font = Font::regular(12.0);
const CELL_FONT: Font = Font::regular(12.0).leading(1.22);
const LANE_LABEL_FONT: Font = Font::bold(14.0);

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
    canvas: Canvas,
    /// Each journey's lanes: its top, and the cells.
    lanes: Vec<(&'a Journey, f32, Vec<Cell>)>,
    height: f32,
}

fn plan<'a>(map: &'a Map, options: &ExportOptions, width: f32) -> Plan<'a> {
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
    // The marks' explanation gets a row of its own.
    y += (legend_rows.len() + 1) as f32 * 38.0 + 8.0;

    let rect = Rect::from_min_size(pos2(MARGIN, y), vec2(inner, CANVAS_HEIGHT));
    let plot = layout::plot_rect(rect);
    let mut view = View::fit(map, plot.width() - 2.0 * FIT_MARGIN);
    view.left_time = -f64::from(FIT_MARGIN) / f64::from(view.zoom);
    let canvas = layout::canvas(map, rect, view, &|id| options.includes(id));
    y = rect.bottom() + 12.0;

    let mut lanes = Vec::new();
    if options.lanes {
        let clip = Rect::from_min_max(pos2(plot.left(), 0.0), pos2(plot.right(), 1.0e7));
        for journey in &journeys {
            let Some(curve) = canvas.curves.iter().find(|c| c.id == journey.id) else {
                continue;
            };
            if curve.points.is_empty() {
                continue;
            }
            let cells_top = y + LANES_TITLE + LANES_HEADER;
            let mut cells = layout::lane_cells(curve, cells_top, clip);
            for cell in &mut cells {
                let row = Lane::ALL.iter().position(|l| *l == cell.lane).unwrap_or(0) as f32;
                let top = cells_top + row * PRINT_LANE_HEIGHT + 2.0;
                cell.rect =
                    Rect::from_x_y_ranges(cell.rect.x_range(), top..=top + PRINT_LANE_HEIGHT - 4.0);
            }
            lanes.push((*journey, y, cells));
            y = cells_top + PRINT_LANE_HEIGHT * Lane::ALL.len() as f32 + LANES_GAP;
        }
    }
    Plan {
        width,
        title,
        goal,
        legend_rows,
        canvas,
        lanes,
        height: (y + MARGIN - 12.0).ceil(),
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
    (plot + layout::AXIS_GUTTER + 8.0 + 2.0 * MARGIN).max(MIN_WIDTH)
}

/// The map picture as SVG: title and goal, legend, phases, the emotion axis,
/// the curves with their steps, and the lanes of each journey.
pub fn map_svg(map: &Map, options: &ExportOptions) -> Picture {
    let mut width = first_width(map, options);
    let mut plan = plan(map, options, width);
    // Lane columns keep a readable width; where a crowd pushes them past the
    // right edge, widen the picture until every column fits.
    for _ in 0..4 {
        let right = plan
            .lanes
            .iter()
            .flat_map(|(_, _, cells)| cells.iter().map(|c| c.rect.right()))
            .fold(f32::MIN, f32::max);
        let limit = plan.canvas.plot.right();
        if right <= limit + 0.5 {
            break;
        }
        width += (right - limit) * 1.1 + 20.0;
        plan = self::plan(map, options, width);
    }
    draw(map, &plan)
}

fn draw(map: &Map, plan: &Plan) -> Picture {
    let mut svg = Svg::new(plan.width, plan.height, &map.title);
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
        Paint::gray(70),
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
                Paint::gray(60),
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
        let color = Paint::egui(if high {
            theme::HIGH_MARK
        } else {
            theme::LOW_MARK
        });
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
            Paint::gray(60),
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
            Paint::gray(110),
            Anchor::Start,
            &fit_line(words, LEGEND_DETAIL, room),
        );
    }
    svg.end_group();

    draw_canvas(&mut svg, map, &plan.canvas, &mut photos);
    for (journey, top, cells) in &plan.lanes {
        draw_lanes(&mut svg, plan, journey, *top, cells);
    }
    Picture {
        svg: svg.finish(),
        width: plan.width,
        height: plan.height,
    }
}

fn draw_canvas(svg: &mut Svg, map: &Map, canvas: &Canvas, photos: &mut Photos) {
    let ink = ink();
    let plot = canvas.plot;
    let drawing = Rect::from_min_max(pos2(plot.left(), canvas.rect.top()), canvas.rect.max);
    // The fitted view keeps bands and curves inside the plot: no clipping
    // needed (a clipped group costs a whole extra layer when rasterised).
    let _ = drawing;
    svg.begin_group("phases");
    for band in &canvas.bands {
        let fill = Paint::egui(theme::band_fill(band.color, false)).over(Paint::WHITE);
        svg.rect(band.rect, 0.0, Some(fill), None);
        svg.line(
            band.rect.right_top(),
            band.rect.right_bottom(),
            Paint::egui(theme::grid(false)),
            1.0,
        );
        let header = Rect::from_min_max(band.rect.min, pos2(band.rect.right(), plot.top()));
        let name = fit_line(&band.name, PHASE_FONT, header.width() - 12.0);
        svg.text(
            pos2(header.center().x, header.top() + 4.0 + PHASE_FONT.size),
            PHASE_FONT,
            ink,
            Anchor::Middle,
            &name,
        );
        // The average emotion of each journey in this phase, where there is room.
        let shown: Vec<_> = band
            .averages
            .iter()
            .filter(|(j, _)| canvas.curves.iter().any(|c| c.id == *j))
            .collect();
        if 44.0 * shown.len() as f32 <= header.width() - 8.0 {
            let mut x = header.center().x - 44.0 * shown.len() as f32 / 2.0;
            for (journey, average) in shown {
                let color = map.journey(*journey).map_or(ink, |j| Paint::rgb(j.color));
                let at = pos2(x + 6.0, header.top() + 38.0);
                svg.circle(at, 4.5, Some(color), None, None);
                svg.text(
                    at + vec2(7.0, 4.3),
                    MARK_FONT,
                    ink,
                    Anchor::Start,
                    &format!("{average:+.1}"),
                );
                x += 44.0;
            }
        }
    }
    svg.end_group();

    // The emotion scale.
    svg.begin_group("emotion-axis");
    for level in Emotion::ALL {
        let y = y_of(level.value(), plot);
        let neutral = level == Emotion::Neutral;
        let (paint, width) = if neutral {
            (Paint::egui(theme::neutral_line(false)), 1.5)
        } else {
            (Paint::egui(theme::grid(false)), 1.0)
        };
        svg.line(pos2(plot.left(), y), pos2(plot.right(), y), paint, width);
        let label = level.label();
        svg.text(
            pos2(
                canvas.rect.left() + layout::AXIS_GUTTER - 10.0,
                y + SCALE_FONT.size * 0.36,
            ),
            SCALE_FONT,
            ink,
            Anchor::End,
            &label,
        );
    }
    svg.end_group();

    // Curves, dots and marks.
    svg.begin_group("journeys");
    for curve in &canvas.curves {
        let color = Paint::rgb(curve.color);
        let journey = map.journey(curve.id);
        svg.polyline(&curve.line, color, 3.5);
        for point in &curve.points {
            let title = journey
                .and_then(|j| j.steps.get(point.index))
                .map(|s| s.title.as_str());
            svg.circle(
                point.pos,
                6.5,
                Some(color),
                Some((Paint::WHITE, 2.0)),
                title,
            );
        }
    }
    // The marks on top of every curve, so no other journey hides them.
    for curve in &canvas.curves {
        for point in &curve.points {
            if Some(point.id) == curve.lowest {
                mark(svg, point.pos, false, plot);
            } else if Some(point.id) == curve.highest {
                mark(svg, point.pos, true, plot);
            }
        }
    }
    // The personas' avatars at the curves' starts.
    for curve in &canvas.curves {
        let Some(persona) = map.journey_persona(curve.id) else {
            continue;
        };
        if let Some(first) = curve.points.first() {
            let center = first.pos - vec2(CURVE_AVATAR * 0.5 + 12.0, 0.0);
            if plot.contains(center) {
                svg.avatar(center, CURVE_AVATAR, persona, photos);
            }
        }
    }
    svg.end_group();

    svg.begin_group("step-titles");
    step_titles(svg, map, canvas);
    svg.end_group();
}

/// Rectangles already taken, bucketed by x so that a long map stays quick.
struct Placed {
    buckets: HashMap<i32, Vec<Rect>>,
}

const BUCKET: f32 = 200.0;

impl Placed {
    fn keys(r: Rect) -> std::ops::RangeInclusive<i32> {
        ((r.left() / BUCKET).floor() as i32)..=((r.right() / BUCKET).floor() as i32)
    }

    fn free(&self, r: Rect) -> bool {
        Self::keys(r).all(|k| {
            self.buckets
                .get(&k)
                .is_none_or(|rects| !rects.iter().any(|p| p.intersects(r)))
        })
    }

    fn add(&mut self, r: Rect) {
        for k in Self::keys(r) {
            self.buckets.entry(k).or_default().push(r);
        }
    }
}

/// Step titles where they do not collide, as on the canvas: above the dot, else below.
fn step_titles(svg: &mut Svg, map: &Map, canvas: &Canvas) {
    let mut placed = Placed {
        buckets: HashMap::new(),
    };
    for curve in &canvas.curves {
        for p in &curve.points {
            // Every step's dot stays visible: no title covers it.
            placed.add(Rect::from_center_size(p.pos, vec2(14.0, 14.0)));
            if Some(p.id) == curve.lowest || Some(p.id) == curve.highest {
                placed.add(mark_area(p.pos, Some(p.id) == curve.highest, canvas.plot));
            }
        }
        let has_persona = map.journey(curve.id).is_some_and(|j| j.persona.is_some());
        if let (true, Some(first)) = (has_persona, curve.points.first()) {
            placed.add(Rect::from_center_size(
                first.pos - vec2(CURVE_AVATAR * 0.5 + 12.0, 0.0),
                vec2(CURVE_AVATAR, CURVE_AVATAR),
            ));
        }
    }
    let max_width = 150.0;
    let font = STEP_FONT.leading(1.2);
    for curve in canvas.curves.iter().rev() {
        let Some(journey) = map.journey(curve.id) else {
            continue;
        };
        for point in &curve.points {
            let Some(step) = journey.steps.get(point.index) else {
                continue;
            };
            // Two lines where there is room, else one shortened line.
            let two = wrap(&step.title, font, max_width, 2);
            let one = vec![fit_line(&step.title, font, max_width)];
            let choices = if two.len() > 1 {
                vec![two, one]
            } else {
                vec![one]
            };
            for lines in choices {
                let widest = lines.iter().map(|l| font.width(l)).fold(0.0, f32::max);
                let size = vec2(widest + 6.0, lines.len() as f32 * font.line_height() + 3.0);
                let spots = [
                    point.pos - vec2(0.0, 11.0 + size.y / 2.0),
                    point.pos + vec2(0.0, 11.0 + size.y / 2.0),
                ];
                let Some(area) = spots
                    .into_iter()
                    .map(|c| Rect::from_center_size(c, size))
                    .find(|r| placed.free(*r) && canvas.plot.contains_rect(*r))
                else {
                    continue;
                };
                placed.add(area);
                svg.rect(area, 3.0, Some(Paint::WHITE.fade(0.72)), None);
                svg.lines(
                    area.center().x,
                    area.top() + 1.0 - font.size * 0.12,
                    font,
                    ink(),
                    Anchor::Middle,
                    &lines,
                );
                break;
            }
        }
    }
}

/// Which way a mark points from its step: up for a highlight and down for a
/// pain point, unless that would run out of the plot.
fn mark_up(at: Pos2, high: bool, plot: Rect) -> bool {
    if high {
        at.y - 44.0 >= plot.top()
    } else {
        at.y + 44.0 > plot.bottom() + layout::PLOT_BOTTOM_MARGIN
    }
}

/// Where a mark and its word go, so step titles keep clear of it (as on the canvas).
fn mark_area(at: Pos2, high: bool, plot: Rect) -> Rect {
    let dir = if mark_up(at, high, plot) { -1.0 } else { 1.0 };
    Rect::from_two_pos(at + vec2(-34.0, dir * 10.0), at + vec2(34.0, dir * 42.0))
}

/// The mark of a journey's lowest (pain point) or highest (highlight) moment.
fn mark(svg: &mut Svg, at: Pos2, high: bool, plot: Rect) {
    let t = crate::i18n::export::t();
    let (color, word) = if high {
        (theme::HIGH_MARK, t.mark_high)
    } else {
        (theme::LOW_MARK, t.mark_low)
    };
    let up = mark_up(at, high, plot);
    let dir = if up { -1.0 } else { 1.0 };
    let color = Paint::egui(color);
    let tip = at + vec2(0.0, dir * 14.0);
    let base = at + vec2(0.0, dir * 26.0);
    svg.polygon(&[tip, base + vec2(-7.0, 0.0), base + vec2(7.0, 0.0)], color);
    let baseline = if up {
        base.y - 4.0
    } else {
        base.y + 2.0 + MARK_FONT.size
    };
    let width = MARK_FONT.width(word) + 6.0;
    svg.rect(
        Rect::from_min_size(
            pos2(at.x - width / 2.0, baseline - MARK_FONT.size - 1.0),
            vec2(width, MARK_FONT.size + 4.0),
        ),
        3.0,
        Some(Paint::WHITE.fade(0.72)),
        None,
    );
    svg.text(pos2(at.x, baseline), MARK_FONT, color, Anchor::Middle, word);
}

/// One journey's lanes: a title, a row of step titles, and the five lanes.
fn draw_lanes(svg: &mut Svg, plan: &Plan, journey: &Journey, top: f32, cells: &[Cell]) {
    let ink = ink();
    let left = MARGIN;
    let right = plan.width - MARGIN;
    let plot = plan.canvas.plot;
    let color = Paint::rgb(journey.color);
    svg.begin_group(&format!("lanes-{}", journey.id.0));
    let cy = top + LANES_TITLE / 2.0 + 2.0;
    svg.line(pos2(left, cy), pos2(left + 22.0, cy), color, 3.5);
    let title = fit_line(
        &fill(
            crate::i18n::export::t().lanes_of,
            &[("name", &journey.name)],
        ),
        Font::bold(16.0),
        right - left - 40.0,
    );
    svg.text(
        pos2(left + 30.0, cy + 5.5),
        Font::bold(16.0),
        ink,
        Anchor::Start,
        &title,
    );

    let cells_top = top + LANES_TITLE + LANES_HEADER;
    for (row, lane) in Lane::ALL.into_iter().enumerate() {
        let row_rect = Rect::from_min_max(
            pos2(left, cells_top + row as f32 * PRINT_LANE_HEIGHT),
            pos2(right, cells_top + (row + 1) as f32 * PRINT_LANE_HEIGHT),
        );
        svg.rect(
            row_rect.shrink2(vec2(0.0, 1.0)),
            2.0,
            Some(Paint::egui(theme::lane_tint(lane, false)).over(Paint::WHITE)),
            None,
        );
        let label = Rect::from_min_max(
            row_rect.min + vec2(8.0, 0.0),
            pos2(plot.left() - 8.0, row_rect.bottom()),
        );
        let lines = wrap(lane.title(), LANE_LABEL_FONT, label.width(), 2);
        let height = lines.len() as f32 * LANE_LABEL_FONT.line_height();
        svg.lines(
            label.left(),
            label.center().y - height / 2.0 - 2.0,
            LANE_LABEL_FONT,
            ink,
            Anchor::Start,
            &lines,
        );
    }
    let steps: &[Step] = &journey.steps;
    for cell in cells {
        let Some(step) = steps.get(cell.index) else {
            continue;
        };
        if cell.lane == Lane::ALL[0] {
            let header = Rect::from_min_max(
                pos2(cell.rect.left(), top + LANES_TITLE),
                pos2(cell.rect.right(), cells_top - 3.0),
            );
            svg.rect(header, 3.0, Some(color.fade(0.25).over(Paint::WHITE)), None);
            let inside = header.shrink2(vec2(4.0, 2.0));
            let lines = wrap(&step.title, Font::bold(12.0), inside.width(), 2);
            let height = lines.len() as f32 * Font::bold(12.0).line_height();
            svg.lines(
                inside.left(),
                inside.center().y - height / 2.0 - 1.5,
                Font::bold(12.0),
                ink,
                Anchor::Start,
                &lines,
            );
        }
        let tint = Paint::egui(theme::lane_tint(cell.lane, false)).over(Paint::WHITE);
        svg.rect(
            cell.rect,
            3.0,
            Some(Paint::WHITE.fade(0.55).over(tint)),
            Some((Paint::egui(theme::grid(false)).over(tint), 1.0)),
        );
        let mut text = cell.lane.text(step);
        if cell.lane != Lane::Touchpoint && text.contains('\n') {
            text = text
                .lines()
                .map(|l| format!("• {l}"))
                .collect::<Vec<_>>()
                .join("\n");
        }
        svg.text_box(cell.rect.shrink(5.0), CELL_FONT, ink, &text);
    }
    svg.end_group();
}
