//! The slide deck as PowerPoint: the same slides as the PDF deck
//! ([`super::deck`]), but every title, list and lane text is an editable text
//! box or table cell. Only the curves are pictures (PNG from the raster
//! painter). Each phase's description is its slide's speaker notes.
//!
//! Positions are the deck's picture units (1280 × 720 a slide); one unit is
//! 9,525 EMU, and a type size of one unit is three quarters of a point.

use egui::emath::{Rect, pos2, vec2};

use crate::i18n::fill;
use crate::model::{Lane, Map, Phase};

use super::deck::{self, Placed, SLIDE};
use super::pptx_package::{SlidePart, package};
use super::pptx_slide::{BODY, CURVE_SCALE, Cell, HEADING, LIST_HEAD, MARGIN, Para, SLACK, Slide};
use super::svg::{Paint, ink};
use super::text::{Font, wrap};
use super::{Background, ExportError, ExportOptions, raster};

/// The deck as a PowerPoint file, and its number of slides.
pub fn pptx(map: &Map, options: &ExportOptions) -> Result<(Vec<u8>, usize), ExportError> {
    let slides = slides(map, options)?;
    let count = slides.len();
    Ok((package(deck::map_title(map), &slides)?, count))
}

fn slides(map: &Map, options: &ExportOptions) -> Result<Vec<SlidePart>, ExportError> {
    let mut slides = vec![title_slide(map, options), overview_slide(map, options)?];
    let count = map.phases.len();
    for (index, phase) in map.phases.iter().enumerate() {
        slides.extend(phase_slides(map, options, phase, index, count)?);
    }
    for persona in deck::persona_list(map, options) {
        slides.push(persona_slide(map, persona));
    }
    slides.extend(calendar_slides(map));
    slides.extend(super::pptx_findings::experiment_slides(map, options));
    slides.extend(pains_slides(map, options));
    slides.extend(super::pptx_findings::gaps_slide(map, options));
    Ok(slides)
}

pub(super) fn height_of(text: &str, font: Font, width: f32) -> f32 {
    wrap(text, font, width * SLACK, usize::MAX).len() as f32 * font.line_height()
}

fn title_slide(map: &Map, options: &ExportOptions) -> SlidePart {
    let mut slide = Slide::new();
    let inner = SLIDE.0 - 2.0 * 96.0;
    slide.bar(
        Rect::from_min_size(pos2(0.0, 0.0), vec2(SLIDE.0, 18.0)),
        Paint::gray(40),
    );
    let title = deck::map_title(map);
    let big = Font::bold(48.0);
    let mut y = SLIDE.1 * 0.3;
    let h = height_of(title, big, inner);
    slide.text_box(
        crate::i18n::deliver::t().shape_title,
        Rect::from_min_size(pos2(96.0, y), vec2(inner, h)),
        &[Para::plain(title, big, ink())],
    );
    y += h + 24.0;
    if !map.goal.trim().is_empty() {
        let goal = fill(crate::i18n::export::t().goal, &[("goal", &map.goal.trim())]);
        let font = Font::regular(24.0);
        let h = height_of(&goal, font, inner);
        slide.text_box(
            crate::i18n::deliver::t().shape_goal,
            Rect::from_min_size(pos2(96.0, y), vec2(inner, h)),
            &Para::lines(&goal, font, Paint::gray(70)),
        );
        y += h + 24.0;
    }
    let font = Font::regular(18.0);
    let text = deck::walkers(map);
    let h = height_of(&text, font, inner);
    slide.text_box(
        crate::i18n::deliver::t().show_journeys,
        Rect::from_min_size(pos2(96.0, y), vec2(inner, h)),
        &[Para::plain(&text, font, Paint::gray(110))],
    );
    y += h + 12.0;
    if let Some(backed) = super::findings::map_backed(map, options) {
        slide.text_box(
            crate::i18n::evidence::t().evidence,
            Rect::from_min_size(pos2(96.0, y), vec2(inner, height_of(&backed, font, inner))),
            &[Para::plain(&backed, font, Paint::gray(110))],
        );
    }
    slide.finish()
}

/// The curves of the whole map or one phase as a picture in `rect`.
fn curve(
    slide: &mut Slide,
    map: &Map,
    options: &ExportOptions,
    rect: Rect,
    phase: Option<&Phase>,
    description: &str,
) -> Result<(), ExportError> {
    let picture = deck::curve_picture(map, options, (rect.width(), rect.height()), phase);
    let png = raster::png(&picture, CURVE_SCALE, Background::White)?;
    slide.picture(rect, png, description);
    Ok(())
}

fn overview_slide(map: &Map, options: &ExportOptions) -> Result<SlidePart, ExportError> {
    let t = crate::i18n::deliver::t();
    let mut slide = Slide::new();
    let top = slide.heading(t.slide_overview, Paint::gray(40));
    let rect = Rect::from_min_max(pos2(MARGIN, top), pos2(SLIDE.0 - MARGIN, SLIDE.1 - MARGIN));
    curve(&mut slide, map, options, rect, None, t.canvas_label)?;
    Ok(slide.finish())
}

/// A list under a small heading: as many items as fit above `bottom`, then
/// "… and N more".
pub(super) fn list(title: &str, items: &[String], width: f32, room: f32) -> Vec<Para> {
    let t = crate::i18n::deliver::t();
    let mut paras = vec![Para::plain(title, LIST_HEAD, ink())];
    if items.is_empty() {
        paras.push(Para::plain(t.slide_none, BODY, Paint::gray(120)));
        return paras;
    }
    let mut used = LIST_HEAD.line_height() + BODY.line_height();
    for (i, item) in items.iter().enumerate() {
        let h = height_of(item, BODY, width - 14.0);
        if used + h > room && i > 0 {
            let more = fill(t.slide_more, &[("count", &(items.len() - i))]);
            paras.push(Para::plain(&more, BODY, Paint::gray(110)));
            break;
        }
        used += h;
        paras.push(Para::bullet(item, BODY));
    }
    paras
}

fn phase_slides(
    map: &Map,
    options: &ExportOptions,
    phase: &Phase,
    index: usize,
    count: usize,
) -> Result<Vec<SlidePart>, ExportError> {
    let t = crate::i18n::deliver::t();
    let title = deck::phase_title(phase, index, count);
    let accent = Paint::rgb(phase.color);
    let steps = deck::steps_in(map, options, phase);
    let mut slide = Slide::new();
    if !phase.description.trim().is_empty() {
        slide.notes = Some(phase.description.trim().to_owned());
    }
    let top = slide.heading(&title, accent);
    let curve_rect = Rect::from_min_size(
        pos2(MARGIN, top),
        vec2(deck::PHASE_CURVE.0, deck::PHASE_CURVE.1),
    );
    curve(
        &mut slide,
        map,
        options,
        curve_rect,
        Some(phase),
        &phase.name,
    )?;
    let side = Rect::from_min_max(
        pos2(curve_rect.right() + 24.0, top),
        pos2(SLIDE.0 - MARGIN, curve_rect.bottom()),
    );
    super::pptx_findings::side_column(&mut slide, map, options, phase, side);

    let lanes_top = curve_rect.bottom() + 16.0;
    if steps.is_empty() {
        slide.text_box(
            t.shape_steps,
            Rect::from_min_size(pos2(MARGIN, lanes_top + 8.0), vec2(600.0, 24.0)),
            &[Para::plain(
                t.slide_steps_none,
                Font::regular(18.0),
                Paint::gray(110),
            )],
        );
        return Ok(vec![slide.finish()]);
    }
    let mut slides = Vec::new();
    let mut rest: &[Placed] = &steps;
    let mut area = Rect::from_min_max(
        pos2(MARGIN, lanes_top),
        pos2(SLIDE.0 - MARGIN, SLIDE.1 - 28.0),
    );
    loop {
        let taken = lanes_table(&mut slide, rest, area);
        slides.push(slide.finish());
        rest = &rest[taken..];
        if rest.is_empty() {
            break;
        }
        let continued = fill(t.slide_continued, &[("heading", &title)]);
        slide = Slide::new();
        let top = slide.heading(&continued, accent);
        area = Rect::from_min_max(pos2(MARGIN, top), pos2(SLIDE.0 - MARGIN, SLIDE.1 - 28.0));
    }
    Ok(slides)
}

/// The lanes of as many of `steps` as fit in `area` as a table, a column a
/// step, in the deck's type; returns how many steps it placed.
fn lanes_table(slide: &mut Slide, steps: &[Placed], area: Rect) -> usize {
    // Measured as if the columns were narrower: room for a wider font.
    let measured = Rect::from_min_size(
        area.min,
        vec2(
            deck::LANE_LABEL_WIDTH + (area.width() - deck::LANE_LABEL_WIDTH) * SLACK,
            area.height(),
        ),
    );
    let (font, take) = deck::lanes_fit(steps, measured);
    let shown = &steps[..take];
    let column = (area.width() - deck::LANE_LABEL_WIDTH) / take as f32;
    let mut columns = vec![deck::LANE_LABEL_WIDTH];
    columns.extend(std::iter::repeat_n(column, take));
    let mut rows = Vec::new();
    let mut header = vec![Cell {
        paras: Vec::new(),
        fill: Paint::WHITE,
    }];
    header.extend(shown.iter().map(|placed| Cell {
        paras: vec![Para::plain(&placed.step.title, deck::STEP_HEADER, ink())],
        fill: Paint::rgb(placed.journey.color).fade(0.22),
    }));
    rows.push((
        deck::header_height(shown, deck::STEP_HEADER, column),
        header,
    ));
    for lane in Lane::ALL {
        let lines = deck::row_lines(shown, lane, font, column);
        let tint = Paint::of(crate::scene::palette::lane_tint(lane, false));
        let mut cells = vec![Cell {
            paras: vec![Para::plain(lane.title(), Font::bold(12.0), ink())],
            fill: tint,
        }];
        cells.extend(shown.iter().map(|placed| Cell {
            paras: Para::lines(&super::lanes::cell_text(lane, placed.step), font, ink()),
            fill: tint,
        }));
        rows.push((lines as f32 * font.line_height() + 10.0, cells));
    }
    slide.table(
        crate::i18n::deliver::t().lanes_heading,
        area.min,
        &columns,
        &rows,
    );
    take
}

fn persona_slide(map: &Map, persona: &crate::model::Persona) -> SlidePart {
    let mut slide = Slide::new();
    let accent = map
        .journeys
        .iter()
        .find(|j| j.persona == Some(persona.id))
        .map_or(Paint::gray(90), |j| Paint::rgb(j.color));
    let mut top = slide.heading(&persona.name, accent);
    let inner = SLIDE.0 - 2.0 * MARGIN;
    if !persona.quote.trim().is_empty() {
        let quote = format!("\u{201c}{}\u{201d}", persona.quote.trim());
        let font = Font::regular(16.0);
        let h = height_of(&quote, font, inner);
        slide.text_box(
            crate::i18n::deliver::t().shape_quote,
            Rect::from_min_size(pos2(MARGIN, top - 8.0), vec2(inner, h)),
            &[Para::plain(&quote, font, Paint::gray(70))],
        );
        top += h + 8.0;
    }
    let gap = 24.0;
    let width = (inner - 2.0 * gap) / 3.0;
    let room = SLIDE.1 - MARGIN / 2.0 - top;
    let columns = super::pages::persona_sections(persona);
    // The largest type at which every column fits.
    let column_height = |sections: &[(&str, Vec<String>)], font: Font| -> f32 {
        sections
            .iter()
            .filter(|(_, items)| items.iter().any(|s| !s.trim().is_empty()))
            .map(|(_, items)| {
                Font::bold(font.size + 1.0).line_height() * 1.4
                    + items
                        .iter()
                        .map(|i| height_of(i, font, width - 14.0))
                        .sum::<f32>()
            })
            .sum()
    };
    let mut font = Font::regular(14.0);
    while font.size > 8.0 && columns.iter().any(|c| column_height(c, font) > room) {
        font = Font::regular(font.size - 0.5);
    }
    for (i, sections) in columns.iter().enumerate() {
        let mut paras = Vec::new();
        for (title, items) in sections {
            let items: Vec<&String> = items.iter().filter(|s| !s.trim().is_empty()).collect();
            if items.is_empty() {
                continue;
            }
            if !paras.is_empty() {
                paras.push(Para::plain("", Font::regular(6.0), ink()));
            }
            paras.push(Para::plain(title, Font::bold(font.size + 1.0), accent));
            paras.extend(items.iter().map(|item| Para::bullet(item, font)));
        }
        let x = MARGIN + i as f32 * (width + gap);
        slide.text_box(
            crate::i18n::deliver::t().personas_heading,
            Rect::from_min_size(pos2(x, top), vec2(width, room)),
            &paras,
        );
    }
    slide.finish()
}

/// The content calendar as tables in date order, as many slides as it needs.
fn calendar_slides(map: &Map) -> Vec<SlidePart> {
    let t = crate::i18n::deliver::t();
    let mut items: Vec<&crate::model::ContentItem> = map.content.iter().collect();
    items.sort_by_key(|i| (i.date, i.id.0));
    let inner = SLIDE.0 - 2.0 * MARGIN;
    let columns: Vec<f32> = super::pages::COLUMNS.iter().map(|s| s * inner).collect();
    let font = Font::regular(11.0);
    let head = Font::bold(11.0);
    let row_height = |texts: &[String], font: Font| -> f32 {
        texts
            .iter()
            .zip(&columns)
            .map(|(text, w)| height_of(text, font, w - 12.0))
            .fold(font.line_height(), f32::max)
            + 8.0
    };
    let titles: Vec<String> = super::pages::column_titles()
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    let header_height = row_height(&titles, head);
    let header: Vec<Cell> = titles
        .iter()
        .map(|text| Cell {
            paras: vec![Para::plain(text, head, ink())],
            fill: Paint::gray(225),
        })
        .collect();
    let mut pages: Vec<Vec<(f32, Vec<String>)>> = vec![Vec::new()];
    let mut used = 0.0;
    let room = SLIDE.1 - MARGIN - (MARGIN + HEADING.line_height() + 16.0) - header_height;
    for item in items {
        let texts = super::pages::calendar_row(map, item).to_vec();
        let h = row_height(&texts, font);
        if used + h > room && pages.last().is_some_and(|p| !p.is_empty()) {
            pages.push(Vec::new());
            used = 0.0;
        }
        used += h;
        if let Some(page) = pages.last_mut() {
            page.push((h, texts));
        }
    }
    pages
        .into_iter()
        .enumerate()
        .map(|(i, rows)| {
            let mut slide = Slide::new();
            let title = if i == 0 {
                t.calendar_heading.to_owned()
            } else {
                fill(t.slide_continued, &[("heading", &t.calendar_heading)])
            };
            let top = slide.heading(&title, Paint::gray(40));
            if rows.is_empty() {
                slide.text_box(
                    t.calendar_heading,
                    Rect::from_min_size(pos2(MARGIN, top), vec2(inner, 24.0)),
                    &[Para::plain(
                        t.slide_none,
                        Font::regular(18.0),
                        Paint::gray(110),
                    )],
                );
                return slide.finish();
            }
            let mut table = vec![(
                header_height,
                header
                    .iter()
                    .map(|c| Cell {
                        paras: vec![Para::plain(&c.paras[0].runs[0].text, head, ink())],
                        fill: c.fill,
                    })
                    .collect(),
            )];
            for (h, texts) in rows {
                table.push((
                    h,
                    texts
                        .iter()
                        .map(|text| Cell {
                            paras: Para::lines(text, font, ink()),
                            fill: Paint::gray(246),
                        })
                        .collect(),
                ));
            }
            slide.table(t.calendar_heading, pos2(MARGIN, top), &columns, &table);
            slide.finish()
        })
        .collect()
}

/// Pain points and opportunities, each with its step, ranked from the
/// deepest emotion up; as many slides as the longer list needs.
fn pains_slides(map: &Map, options: &ExportOptions) -> Vec<SlidePart> {
    let t = crate::i18n::deliver::t();
    let title = format!("{} \u{b7} {}", t.slide_pains, t.slide_opportunities);
    let (pains, chances) = deck::ranked(map, options);
    let half = (SLIDE.0 - 2.0 * MARGIN - 32.0) / 2.0;
    let top = MARGIN + HEADING.line_height() * 2.0 + 16.0;
    let room = SLIDE.1 - MARGIN - top - LIST_HEAD.line_height();
    let chunks = |items: Vec<String>| -> Vec<Vec<String>> {
        let mut chunks = vec![Vec::new()];
        let mut used = 0.0;
        for item in items {
            let h = height_of(&item, BODY, half - 14.0);
            if used + h > room && chunks.last().is_some_and(|c: &Vec<String>| !c.is_empty()) {
                chunks.push(Vec::new());
                used = 0.0;
            }
            used += h;
            if let Some(chunk) = chunks.last_mut() {
                chunk.push(item);
            }
        }
        chunks
    };
    let pains = chunks(pains);
    let chances = chunks(chances);
    (0..pains.len().max(chances.len()))
        .map(|i| {
            let mut slide = Slide::new();
            let heading = if i == 0 {
                title.clone()
            } else {
                fill(t.slide_continued, &[("heading", &title)])
            };
            let top = slide.heading(
                &heading,
                Paint::of(crate::scene::palette::mark(false, false)),
            );
            for (k, (name, lists)) in [(t.slide_pains, &pains), (t.slide_opportunities, &chances)]
                .into_iter()
                .enumerate()
            {
                let mut paras = vec![Para::plain(name, LIST_HEAD, ink())];
                match lists.get(i) {
                    Some(items) if !items.is_empty() => {
                        paras.extend(items.iter().map(|item| Para::bullet(item, BODY)));
                    }
                    _ if i == 0 => paras.push(Para::plain(t.slide_none, BODY, Paint::gray(120))),
                    _ => {}
                }
                slide.text_box(
                    name,
                    Rect::from_min_size(
                        pos2(MARGIN + k as f32 * (half + 32.0), top),
                        vec2(half, SLIDE.1 - MARGIN - top),
                    ),
                    &paras,
                );
            }
            slide.finish()
        })
        .collect()
}
