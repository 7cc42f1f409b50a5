//! The slide deck, 16:9, in the export's language: a title slide with the
//! goal, the overview curve, one slide per phase (its part of the curve, its
//! KPIs and content, its steps' lanes in full, continued on further slides
//! when the steps do not fit), a slide per persona, the content calendar, and
//! the pain points and opportunities ranked by how deep the emotion is.
//!
//! Each slide is drawn as SVG from the same scene as the canvas and becomes
//! a PDF page through the PDF path ([`super::pdf::document_sized`]).

use egui::emath::{Rect, pos2, vec2};

use crate::i18n::fill;
use crate::model::{Journey, Lane, Map, Phase, Step};
use crate::scene::{self, View};

use super::lanes::cell_text;
use super::svg::{Anchor, Paint, Photos, Picture, Svg, draw_scene, exported_journeys, ink};
use super::text::{Font, wrap};
use super::{ExportError, ExportOptions, pages};

/// A slide's size in picture units: 16:9.
pub const SLIDE: (f32, f32) = (1280.0, 720.0);
/// The PDF page of a slide in points: 13.333 × 7.5 inches, PowerPoint's 16:9.
pub const PDF_SLIDE: (f32, f32) = (960.0, 540.0);
pub(crate) const MARGIN: f32 = 48.0;
const HEADING: Font = Font::bold(30.0);
/// The size of a phase's curve on its slide; its KPIs and content go beside it.
pub(crate) const PHASE_CURVE: (f32, f32) = (720.0, 250.0);
/// The most steps side by side in a phase's lanes on one slide.
const STEPS_PER_SLIDE: usize = 5;
/// The smallest type the lanes shrink to before they continue on a new slide.
const SMALLEST_CELL: f32 = 9.0;
pub(crate) const LANE_LABEL_WIDTH: f32 = 130.0;
/// The font of a step's title above its lanes.
pub(crate) const STEP_HEADER: Font = Font::bold(13.0);

/// A step on a slide, with its journey.
#[derive(Clone, Copy)]
pub(crate) struct Placed<'a> {
    pub(crate) journey: &'a Journey,
    pub(crate) step: &'a Step,
}

/// The deck's slides, in order.
pub fn slides(map: &Map, options: &ExportOptions) -> Vec<Picture> {
    let mut photos = Photos::default();
    let mut slides = vec![
        title_slide(map, options),
        overview_slide(map, options, &mut photos),
    ];
    let count = map.phases.len();
    for (index, phase) in map.phases.iter().enumerate() {
        slides.extend(phase_slides(map, options, phase, index, count, &mut photos));
    }
    for persona in persona_list(map, options) {
        slides.push(pages::persona_page(map, persona, &mut photos));
    }
    slides.extend(pages::calendar_pages(map));
    slides.extend(super::deck_findings::experiment_slides(map, options));
    slides.push(pains_slide(map, options));
    slides.extend(super::deck_findings::gaps_slide(map, options));
    slides
}

/// The personas with a slide: all when every journey is in the deck, else
/// those who walk a journey in it.
pub(crate) fn persona_list<'a>(
    map: &'a Map,
    options: &ExportOptions,
) -> Vec<&'a crate::model::Persona> {
    ExportOptions {
        persona_pages: true,
        ..options.clone()
    }
    .personas(map)
}

/// The deck as a PDF of 16:9 pages, and its number of slides.
pub fn pdf(map: &Map, options: &ExportOptions) -> Result<(Vec<u8>, usize), ExportError> {
    let slides = slides(map, options);
    let bytes = super::pdf::document_sized(&map.title, &slides, PDF_SLIDE, 0.0)?;
    Ok((bytes, slides.len()))
}

/// An empty white slide.
pub(super) fn blank(title: &str) -> Svg {
    super::pages::white_sheet(title, SLIDE)
}

pub(super) fn finish(svg: Svg) -> Picture {
    Picture {
        svg: svg.finish(),
        width: SLIDE.0,
        height: SLIDE.1,
    }
}

/// The slide's heading, wrapped to two lines; returns where the body starts.
pub(super) fn heading(svg: &mut Svg, text: &str, accent: Paint) -> f32 {
    let lines = wrap(text, HEADING, SLIDE.0 - 2.0 * MARGIN, 2);
    svg.rect(
        Rect::from_min_size(pos2(MARGIN, MARGIN - 14.0), vec2(64.0, 6.0)),
        3.0,
        Some(accent),
        None,
    );
    svg.lines(MARGIN, MARGIN, HEADING, ink(), Anchor::Start, &lines);
    MARGIN + lines.len() as f32 * HEADING.line_height() + 16.0
}

pub(crate) fn map_title(map: &Map) -> &str {
    if map.title.trim().is_empty() {
        crate::i18n::export::t().untitled_map
    } else {
        map.title.trim()
    }
}

fn title_slide(map: &Map, options: &ExportOptions) -> Picture {
    let title = map_title(map);
    let mut svg = blank(title);
    let (width, height) = SLIDE;
    let inner = width - 2.0 * 96.0;
    svg.rect(
        Rect::from_min_size(pos2(0.0, 0.0), vec2(width, 18.0)),
        0.0,
        Some(Paint::gray(40)),
        None,
    );
    let big = Font::bold(48.0);
    let lines = wrap(title, big, inner, 3);
    let mut y = height * 0.3;
    svg.lines(96.0, y, big, ink(), Anchor::Start, &lines);
    y += lines.len() as f32 * big.line_height() + 24.0;
    if !map.goal.trim().is_empty() {
        let goal = fill(crate::i18n::export::t().goal, &[("goal", &map.goal.trim())]);
        let font = Font::regular(24.0);
        let lines = wrap(&goal, font, inner, 5);
        svg.lines(96.0, y, font, Paint::gray(70), Anchor::Start, &lines);
        y += lines.len() as f32 * font.line_height() + 24.0;
    }
    let font = Font::regular(18.0);
    let lines = wrap(&walkers(map), font, inner, 3);
    svg.lines(96.0, y, font, Paint::gray(110), Anchor::Start, &lines);
    y += lines.len() as f32 * font.line_height() + 12.0;
    if let Some(backed) = super::findings::map_backed(map, options) {
        let lines = wrap(&backed, font, inner, 2);
        svg.lines(96.0, y, font, Paint::gray(110), Anchor::Start, &lines);
    }
    finish(svg)
}

/// The height of the line under a curve that explains its measured curves,
/// to-be curves, KPI marks and running experiments.
const KEY_HEIGHT: f32 = 30.0;

/// Paints the curves of the map in `rect` with `view`, clipped to `rect`.
/// With `key`, the bottom line of `rect` explains the marks the curves
/// carry beyond the journeys' own (the map picture's legend does this too),
/// where the exported journeys have any.
fn curves(
    svg: &mut Svg,
    map: &Map,
    options: &ExportOptions,
    rect: Rect,
    view: View,
    photos: &mut Photos,
    key: bool,
) {
    let extras = super::measured::Extras::of(map, &exported_journeys(map, options));
    let rect = if key && extras.any() {
        let line = Rect::from_min_max(pos2(rect.min.x, rect.max.y - KEY_HEIGHT), rect.max);
        super::measured::draw_legend(
            svg,
            &extras,
            line.min.x + 4.0,
            line.center().y,
            line.max.x,
            Font::regular(14.0),
        );
        Rect::from_min_max(rect.min, pos2(rect.max.x, line.min.y))
    } else {
        rect
    };
    let scene = scene::scene(
        map,
        rect,
        view,
        &scene::Options::plain(&|id| options.includes(id)),
    );
    svg.begin_clip(rect);
    draw_scene(svg, map, &scene, photos);
    svg.end_group();
}

fn overview_slide(map: &Map, options: &ExportOptions, photos: &mut Photos) -> Picture {
    let t = crate::i18n::deliver::t();
    let mut svg = blank(t.slide_overview);
    let top = heading(&mut svg, t.slide_overview, Paint::gray(40));
    let rect = Rect::from_min_max(pos2(MARGIN, top), pos2(SLIDE.0 - MARGIN, SLIDE.1 - MARGIN));
    curves(
        &mut svg,
        map,
        options,
        rect,
        curve_view(map, rect, None),
        photos,
        true,
    );
    finish(svg)
}

/// The view of the curves in `rect`: the whole map, or one phase.
fn curve_view(map: &Map, rect: Rect, phase: Option<&Phase>) -> View {
    let plot = scene::plot_rect(rect);
    let Some(phase) = phase else {
        let mut view = View::fit(map, plot.width() - 60.0);
        view.left_time = -30.0 / f64::from(view.zoom);
        return view;
    };
    let start = map.phase_start(phase.id).unwrap_or(0.0);
    let pad = 24.0;
    let zoom = ((plot.width() - 2.0 * pad) / phase.width.max(0.001) as f32).max(0.001);
    View {
        zoom,
        left_time: start - f64::from(pad / zoom),
    }
}

/// The curves alone on white, `size` picture units: the whole map, or one
/// phase's part of it (the PowerPoint's pictures).
pub(crate) fn curve_picture(
    map: &Map,
    options: &ExportOptions,
    size: (f32, f32),
    phase: Option<&Phase>,
) -> Picture {
    let mut svg = super::pages::white_sheet(map_title(map), size);
    let rect = Rect::from_min_size(pos2(0.0, 0.0), vec2(size.0, size.1));
    let mut photos = Photos::default();
    curves(
        &mut svg,
        map,
        options,
        rect,
        curve_view(map, rect, phase),
        &mut photos,
        phase.is_none(),
    );
    Picture {
        svg: svg.finish(),
        width: size.0,
        height: size.1,
    }
}

/// The title slide's line of who walks the map: each journey, with its
/// persona where the names differ ("Checkout · Budget Bas   |   …").
pub(super) fn walkers(map: &Map) -> String {
    let walkers: Vec<String> = map
        .journeys
        .iter()
        .map(|j| match map.journey_persona(j.id) {
            Some(p) if p.name != j.name => format!("{} \u{b7} {}", j.name, p.name),
            _ => j.name.clone(),
        })
        .collect();
    walkers.join("   |   ")
}

/// A phase slide's title: "Phase 2 of 5: Consideration".
pub(super) fn phase_title(phase: &Phase, index: usize, count: usize) -> String {
    fill(
        crate::i18n::deliver::t().slide_phase,
        &[
            ("n", &(index + 1)),
            ("count", &count),
            ("name", &phase.name),
        ],
    )
}

/// The steps of the deck's journeys in a phase, in time order.
pub(crate) fn steps_in<'a>(
    map: &'a Map,
    options: &ExportOptions,
    phase: &Phase,
) -> Vec<Placed<'a>> {
    let mut steps: Vec<(f64, Placed<'a>)> = exported_journeys(map, options)
        .into_iter()
        .flat_map(|journey| {
            journey
                .steps
                .iter()
                .filter(|s| s.phase == phase.id)
                .map(move |step| (step.at, Placed { journey, step }))
        })
        .collect();
    steps.sort_by(|a, b| a.0.total_cmp(&b.0));
    steps.into_iter().map(|(_, p)| p).collect()
}

/// A phase's slides: the first with its curve, KPIs, content and the first
/// steps' lanes; then as many as its other steps' lanes need.
fn phase_slides(
    map: &Map,
    options: &ExportOptions,
    phase: &Phase,
    index: usize,
    count: usize,
    photos: &mut Photos,
) -> Vec<Picture> {
    let t = crate::i18n::deliver::t();
    let title = phase_title(phase, index, count);
    let accent = Paint::rgb(phase.color);
    let steps = steps_in(map, options, phase);

    let mut svg = blank(&title);
    let top = heading(&mut svg, &title, accent);
    let upper = Rect::from_min_max(
        pos2(MARGIN, top),
        pos2(SLIDE.0 - MARGIN, top + PHASE_CURVE.1),
    );
    let curve_rect = Rect::from_min_size(upper.min, vec2(PHASE_CURVE.0, PHASE_CURVE.1));
    let view = curve_view(map, curve_rect, Some(phase));
    curves(&mut svg, map, options, curve_rect, view, photos, false);
    super::deck_findings::side_column(
        &mut svg,
        map,
        options,
        phase,
        Rect::from_min_max(pos2(curve_rect.right() + 24.0, upper.top()), upper.max),
    );

    let mut slides = Vec::new();
    let lanes_top = upper.bottom() + 16.0;
    if steps.is_empty() {
        svg.text(
            pos2(MARGIN, lanes_top + 24.0),
            Font::regular(18.0),
            Paint::gray(110),
            Anchor::Start,
            t.slide_steps_none,
        );
        slides.push(finish(svg));
        return slides;
    }
    let mut rest: &[Placed] = &steps;
    let mut current = svg;
    let mut area = Rect::from_min_max(
        pos2(MARGIN, lanes_top),
        pos2(SLIDE.0 - MARGIN, SLIDE.1 - 28.0),
    );
    loop {
        let taken = lanes_grid(&mut current, rest, area);
        slides.push(finish(current));
        rest = &rest[taken..];
        if rest.is_empty() {
            break;
        }
        let continued = fill(t.slide_continued, &[("heading", &title)]);
        current = blank(&continued);
        let top = heading(&mut current, &continued, accent);
        area = Rect::from_min_max(pos2(MARGIN, top), pos2(SLIDE.0 - MARGIN, SLIDE.1 - 28.0));
    }
    slides
}

/// Writes a list under a small heading from `y`; returns the next free y,
/// or stops with "… and N more" at `bottom`.
pub(super) fn list(
    svg: &mut Svg,
    title: &str,
    items: &[String],
    x: f32,
    y: f32,
    width: f32,
    bottom: f32,
) -> f32 {
    let t = crate::i18n::deliver::t();
    let head = Font::bold(16.0);
    let body = Font::regular(13.0);
    svg.text(pos2(x, y + head.size), head, ink(), Anchor::Start, title);
    let mut y = y + head.line_height() + 4.0;
    if items.is_empty() {
        svg.text(
            pos2(x, y + body.size),
            body,
            Paint::gray(120),
            Anchor::Start,
            t.slide_none,
        );
        return y + body.line_height() + 12.0;
    }
    for (i, item) in items.iter().enumerate() {
        let rows = ((bottom - y) / body.line_height()).floor() as usize;
        if rows < 2 && i + 1 < items.len() || rows == 0 {
            let more = fill(t.slide_more, &[("count", &(items.len() - i))]);
            svg.text(
                pos2(x, y + body.size),
                body,
                Paint::gray(110),
                Anchor::Start,
                &more,
            );
            return bottom;
        }
        let lines = wrap(item, body, width - 14.0, rows.min(4));
        svg.text(
            pos2(x, y + body.size),
            body,
            ink(),
            Anchor::Start,
            "\u{2022}",
        );
        svg.lines(x + 14.0, y, body, ink(), Anchor::Start, &lines);
        y += lines.len() as f32 * body.line_height() + 3.0;
    }
    y + 12.0
}

/// A phase's content items (by date), a line each: what the deck's and the
/// PowerPoint's phase slides list beside the curve, under the KPIs.
pub(super) fn phase_content(map: &Map, phase: &Phase) -> Vec<String> {
    let mut content: Vec<&crate::model::ContentItem> =
        map.content.iter().filter(|c| c.phase == phase.id).collect();
    content.sort_by_key(|c| c.date);
    content
        .iter()
        .map(|c| format!("{} ({}, {})", c.title, c.kind.name(), super::pages::when(c)))
        .collect()
}

/// The phase lanes' type and how many of `steps` go side by side in `area`:
/// the largest type (down to [`SMALLEST_CELL`]) that shows every text in full.
pub(crate) fn lanes_fit(steps: &[Placed], area: Rect) -> (Font, usize) {
    let header = STEP_HEADER;
    let mut take = steps.len().min(STEPS_PER_SLIDE);
    loop {
        let column = (area.width() - LANE_LABEL_WIDTH) / take as f32;
        let fits = |font: Font| {
            let height: f32 = Lane::ALL
                .iter()
                .map(|lane| {
                    row_lines(&steps[..take], *lane, font, column) as f32 * font.line_height()
                        + 10.0
                })
                .sum();
            height + header_height(&steps[..take], header, column) <= area.height()
        };
        let mut size = 14.0;
        while size >= SMALLEST_CELL && !fits(Font::regular(size)) {
            size -= 0.5;
        }
        if size >= SMALLEST_CELL {
            break (Font::regular(size), take);
        }
        if take == 1 {
            break (Font::regular(SMALLEST_CELL), 1);
        }
        take -= 1;
    }
}

/// The lanes of as many of `steps` as fit in `area`, each column a step, in
/// the largest type (down to [`SMALLEST_CELL`]) that shows every text in
/// full. Returns how many steps it placed (at least one).
fn lanes_grid(svg: &mut Svg, steps: &[Placed], area: Rect) -> usize {
    let header = STEP_HEADER;
    let (font, take) = lanes_fit(steps, area);
    let shown = &steps[..take];

    let column = (area.width() - LANE_LABEL_WIDTH) / take as f32;
    let header_h = header_height(shown, header, column);
    for (i, placed) in shown.iter().enumerate() {
        let x = area.left() + LANE_LABEL_WIDTH + i as f32 * column;
        let color = Paint::rgb(placed.journey.color);
        svg.rect(
            Rect::from_min_size(
                pos2(x + 2.0, area.top()),
                vec2(column - 4.0, header_h - 4.0),
            ),
            3.0,
            Some(color.fade(0.22).over(Paint::WHITE)),
            None,
        );
        svg.rect(
            Rect::from_min_size(pos2(x + 2.0, area.top()), vec2(column - 4.0, 4.0)),
            1.0,
            Some(color),
            None,
        );
        let lines = wrap(&placed.step.title, header, column - 12.0, 3);
        svg.lines(
            x + 8.0,
            area.top() + 6.0,
            header,
            ink(),
            Anchor::Start,
            &lines,
        );
    }
    let mut y = area.top() + header_h;
    for lane in Lane::ALL {
        let lines = row_lines(shown, lane, font, column);
        let height = lines as f32 * font.line_height() + 10.0;
        let tint = Paint::of(crate::scene::palette::lane_tint(lane, false)).over(Paint::WHITE);
        svg.rect(
            Rect::from_min_size(pos2(area.left(), y), vec2(area.width(), height - 2.0)),
            2.0,
            Some(tint),
            None,
        );
        let label = Font::bold(12.0);
        let label_lines = wrap(lane.title(), label, LANE_LABEL_WIDTH - 12.0, 2);
        svg.lines(
            area.left() + 8.0,
            y + 4.0,
            label,
            ink(),
            Anchor::Start,
            &label_lines,
        );
        for (i, placed) in shown.iter().enumerate() {
            let x = area.left() + LANE_LABEL_WIDTH + i as f32 * column;
            // Only a single step too long for a whole slide is cut.
            let rows = ((area.bottom() - y - 4.0) / font.line_height())
                .floor()
                .max(1.0) as usize;
            let lines = wrap(&cell_text(lane, placed.step), font, column - 12.0, rows);
            svg.lines(x + 6.0, y + 4.0, font, ink(), Anchor::Start, &lines);
        }
        y += height;
    }
    take
}

pub(crate) fn header_height(steps: &[Placed], font: Font, column: f32) -> f32 {
    let lines = steps
        .iter()
        .map(|p| wrap(&p.step.title, font, column - 12.0, 3).len())
        .max()
        .unwrap_or(1);
    lines as f32 * font.line_height() + 14.0
}

/// The most lines any step's text in this lane takes at `font` in `column`.
pub(crate) fn row_lines(steps: &[Placed], lane: Lane, font: Font, column: f32) -> usize {
    steps
        .iter()
        .map(|p| wrap(&cell_text(lane, p.step), font, column - 12.0, usize::MAX).len())
        .max()
        .unwrap_or(0)
        .max(1)
}

/// Pain points and opportunities, each with its step, ranked from the
/// deepest emotion up.
fn pains_slide(map: &Map, options: &ExportOptions) -> Picture {
    let t = crate::i18n::deliver::t();
    let title = format!("{} \u{b7} {}", t.slide_pains, t.slide_opportunities);
    let mut svg = blank(&title);
    let top = heading(
        &mut svg,
        &title,
        Paint::of(crate::scene::palette::mark(false, false)),
    );
    let (pains, chances) = ranked(map, options);
    let half = (SLIDE.0 - 2.0 * MARGIN - 32.0) / 2.0;
    list(
        &mut svg,
        t.slide_pains,
        &pains,
        MARGIN,
        top,
        half,
        SLIDE.1 - MARGIN,
    );
    list(
        &mut svg,
        t.slide_opportunities,
        &chances,
        MARGIN + half + 32.0,
        top,
        half,
        SLIDE.1 - MARGIN,
    );
    finish(svg)
}

/// The pain points and the opportunities, each with its step, journey and
/// emotion, ranked from the deepest emotion up.
pub(crate) fn ranked(map: &Map, options: &ExportOptions) -> (Vec<String>, Vec<String>) {
    let mut steps: Vec<(&Journey, &Step)> = exported_journeys(map, options)
        .into_iter()
        .flat_map(|j| j.steps.iter().map(move |s| (j, s)))
        .collect();
    steps.sort_by(|a, b| a.1.emotion.total_cmp(&b.1.emotion));
    let ranked = |items: fn(&Step) -> &Vec<String>| -> Vec<String> {
        steps
            .iter()
            .flat_map(|(journey, step)| {
                items(step)
                    .iter()
                    .filter(|i| !i.trim().is_empty())
                    .map(move |item| {
                        format!(
                            "{item} \u{2014} {} ({}, {:+.1})",
                            step.title, journey.name, step.emotion
                        )
                    })
            })
            .collect()
    };
    (ranked(|s| &s.pain_points), ranked(|s| &s.opportunities))
}
