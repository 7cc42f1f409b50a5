//! The slide deck's parts on measurements, evidence and experiments: beside
//! a phase's curve its backed claims and each KPI with its sparkline; the
//! experiments by phase; and the largest gaps between measured and
//! perceived emotion. The words come from [`super::findings`], the sparkline
//! from the scene; the PowerPoint lays out the same (see `pptx_findings`).

use egui::emath::{Rect, pos2, vec2};

use crate::i18n::fill;
use crate::model::{Evidence, Kpi, Map, OnTarget, Phase};
use crate::scene::evidence::Share;
use crate::scene::palette;
use crate::scene::sparkline::{figures, sparkline};

use super::ExportOptions;
use super::deck::{MARGIN, SLIDE, blank, finish, heading, list};
use super::findings;
use super::svg::{Anchor, Paint, Picture, Svg, ink};
use super::text::{Font, fit_line, wrap};

/// A sparkline's box on a slide.
pub(crate) const SPARK: (f32, f32) = (72.0, 22.0);
/// The type of a KPI's figures.
pub(crate) const FIGURES: Font = Font::regular(11.0);
/// The type of the evidence line.
pub(crate) const EVIDENCE: Font = Font::bold(12.0);
/// The type of the evidence kinds line.
pub(crate) const KINDS: Font = Font::regular(11.0);
/// The room the KPIs leave for the content list under them: at least its
/// heading and "… and N more" (the calendar slides list every item).
pub(crate) const KPI_LEAVES: f32 = 40.0;
/// The height of the stacked evidence bar.
pub(crate) const BAR: f32 = 6.0;
/// Space taken by the evidence lines and bar over a phase's side column.
pub(crate) fn evidence_height() -> f32 {
    EVIDENCE.line_height() + KINDS.line_height() + BAR + 12.0
}

/// The colour of an on-target or off-target mark.
pub(crate) fn mark_paint(on: Option<OnTarget>) -> Paint {
    match on {
        Some(OnTarget::On) => Paint::of(palette::HIGH_MARK),
        Some(OnTarget::Off) => Paint::of(palette::LOW_MARK),
        None => ink(),
    }
}

/// The stacked bar's pieces: each kind's colour and its share of the width.
pub(crate) fn bar_pieces(share: &Share, rect: Rect) -> Vec<(Rect, Paint)> {
    let all = share.all();
    if all == 0 {
        return Vec::new();
    }
    let mut x = rect.left();
    Evidence::ALL
        .iter()
        .filter(|k| share.counts[**k as usize] > 0)
        .map(|k| {
            let w = rect.width() * share.counts[*k as usize] as f32 / all as f32;
            let piece = Rect::from_min_size(pos2(x, rect.top()), vec2(w, rect.height()));
            x += w;
            (piece, Paint::rgb(crate::scene::evidence::colour(*k)))
        })
        .collect()
}

/// The phase's evidence at the top of its side column; returns the next y.
fn evidence(svg: &mut Svg, share: &Share, rect: Rect) -> f32 {
    let (backed, kinds) = findings::share_lines(share);
    let head = format!("{}: {backed}", crate::i18n::evidence::t().evidence);
    let mut y = rect.top();
    svg.text(
        pos2(rect.left(), y + EVIDENCE.size),
        EVIDENCE,
        ink(),
        Anchor::Start,
        &fit_line(&head, EVIDENCE, rect.width()),
    );
    y += EVIDENCE.line_height();
    svg.text(
        pos2(rect.left(), y + KINDS.size),
        KINDS,
        Paint::gray(90),
        Anchor::Start,
        &fit_line(&kinds, KINDS, rect.width()),
    );
    y += KINDS.line_height() + 2.0;
    for (piece, paint) in bar_pieces(
        share,
        Rect::from_min_size(pos2(rect.left(), y), vec2(rect.width(), BAR)),
    ) {
        svg.rect(piece, 0.0, Some(paint), None);
    }
    rect.top() + evidence_height()
}

/// How a KPI sits on a slide: its sparkline's box and its figures' lines.
pub(crate) fn kpi_row(kpi: &Kpi, x: f32, y: f32, width: f32) -> (Option<Rect>, Vec<String>, f32) {
    let has_line = figures(kpi).is_some();
    let indent = if has_line { SPARK.0 + 8.0 } else { 0.0 };
    let lines = wrap(&findings::kpi_text(kpi, false), FIGURES, width - indent, 3);
    let height =
        (lines.len() as f32 * FIGURES.line_height()).max(if has_line { SPARK.1 } else { 0.0 })
            + 4.0;
    let spark = has_line.then(|| Rect::from_min_size(pos2(x, y), vec2(SPARK.0, SPARK.1)));
    (spark, lines, height)
}

/// Draws a KPI's sparkline in `rect`: the dashed target, the line, the
/// last value's dot in the on-target or off-target colour.
/// The group is named `sparkline-N`, N the KPI's place in its phase.
fn sparkline_shapes(svg: &mut Svg, kpi: &Kpi, index: usize, rect: Rect) {
    let Some(f) = figures(kpi) else { return };
    let Some(line) = sparkline(&f.values, f.target, rect.shrink(3.0)) else {
        return;
    };
    svg.begin_group(&format!("sparkline-{index}"));
    svg.rect(rect, 2.0, Some(Paint::gray(246)), None);
    if let Some((a, b)) = line.target {
        svg.polyline_dashed(
            &[a, b],
            Paint::of(palette::neutral_line(false)),
            1.0,
            Some((3.0, 2.0)),
        );
    }
    svg.polyline(&line.points, ink(), 1.5);
    if let Some(last) = line.last() {
        svg.circle(last, 2.8, Some(mark_paint(f.on)), None, None);
    }
    svg.end_group();
}

/// A phase's KPIs with their sparklines from `y` down to `bottom`; returns the next y.
fn kpis(svg: &mut Svg, kpis: &[Kpi], rect: Rect, y: f32, bottom: f32) -> f32 {
    let t = crate::i18n::deliver::t();
    let head = Font::bold(16.0);
    svg.text(
        pos2(rect.left(), y + head.size),
        head,
        ink(),
        Anchor::Start,
        t.kpis,
    );
    let mut y = y + head.line_height() + 4.0;
    if kpis.is_empty() {
        svg.text(
            pos2(rect.left(), y + FIGURES.size),
            FIGURES,
            Paint::gray(120),
            Anchor::Start,
            t.slide_none,
        );
        return y + FIGURES.line_height() + 10.0;
    }
    for (i, kpi) in kpis.iter().enumerate() {
        let (spark, lines, height) = kpi_row(kpi, rect.left(), y, rect.width());
        // Room for "… and N more" under it when more KPIs follow.
        let more_line = if i + 1 < kpis.len() {
            FIGURES.line_height()
        } else {
            0.0
        };
        if y + height + more_line > bottom && i > 0 {
            let more = fill(t.slide_more, &[("count", &(kpis.len() - i))]);
            svg.text(
                pos2(rect.left(), y + FIGURES.size),
                FIGURES,
                Paint::gray(110),
                Anchor::Start,
                &more,
            );
            return y + FIGURES.line_height() + 10.0;
        }
        let indent = match spark {
            Some(r) => {
                sparkline_shapes(svg, kpi, i, r);
                SPARK.0 + 8.0
            }
            None => 0.0,
        };
        svg.lines(
            rect.left() + indent,
            y,
            FIGURES,
            ink(),
            Anchor::Start,
            &lines,
        );
        y += height;
    }
    y + 8.0
}

/// The phase's evidence, KPIs (with sparklines) and content, beside its curve.
pub(super) fn side_column(
    svg: &mut Svg,
    map: &Map,
    options: &ExportOptions,
    phase: &Phase,
    rect: Rect,
) {
    let t = crate::i18n::deliver::t();
    let share = findings::phase_share(map, options, phase);
    let y = evidence(svg, &share, rect);
    let y = kpis(svg, &phase.kpis, rect, y, rect.bottom() - KPI_LEAVES);
    let content = super::deck::phase_content(map, phase);
    list(
        svg,
        t.slide_content,
        &content,
        rect.left(),
        y,
        rect.width(),
        rect.bottom(),
    );
}

/// The fonts of an experiment on a slide.
pub(crate) const EXPERIMENT_TITLE: Font = Font::bold(14.0);
pub(crate) const EXPERIMENT_BODY: Font = Font::regular(12.0);
pub(crate) const PHASE_HEAD: Font = Font::bold(16.0);

/// One block of the experiments slides: a phase's heading or an experiment.
pub(crate) enum Block {
    /// A phase's name and colour.
    Phase(String, crate::model::Rgb),
    /// An experiment: its title line and the lines under it.
    Experiment(String, Vec<String>),
}

/// The experiments slides' blocks, by phase.
pub(crate) fn blocks(map: &Map, options: &ExportOptions) -> Vec<Block> {
    findings::experiments_by_phase(map, options)
        .into_iter()
        .flat_map(|(phase, placed)| {
            std::iter::once(Block::Phase(phase.name.clone(), phase.color)).chain(
                placed.into_iter().map(|p| {
                    let (title, lines) = findings::experiment_lines(&p);
                    Block::Experiment(title, lines)
                }),
            )
        })
        .collect()
}

/// The wrapped lines of a block in a column `width` wide, and its height.
fn block_lines(block: &Block, width: f32) -> (Vec<(Font, String)>, f32) {
    let mut lines = Vec::new();
    match block {
        Block::Phase(name, _) => {
            return (
                vec![(PHASE_HEAD, fit_line(name, PHASE_HEAD, width - 14.0))],
                PHASE_BLOCK,
            );
        }
        Block::Experiment(title, body) => {
            for l in wrap(title, EXPERIMENT_TITLE, width - 14.0, 4) {
                lines.push((EXPERIMENT_TITLE, l));
            }
            for line in body {
                for l in wrap(line, EXPERIMENT_BODY, width - 14.0, 3) {
                    lines.push((EXPERIMENT_BODY, l));
                }
            }
        }
    }
    let height = lines.iter().map(|(f, _)| f.line_height()).sum::<f32>() + 10.0;
    (lines, height)
}

/// The height of a phase's heading among the experiments.
pub(crate) const PHASE_BLOCK: f32 = PHASE_HEAD.size * PHASE_HEAD.leading + 14.0;
/// The width of a column of experiments (two a slide).
pub(crate) const EXPERIMENT_COLUMN: f32 = (SLIDE.0 - 2.0 * MARGIN - 32.0) / 2.0;

/// A block placed on an experiments slide.
pub(crate) struct Placement<'a> {
    /// The block.
    pub(crate) block: &'a Block,
    /// Its top left corner.
    pub(crate) at: egui::emath::Pos2,
    /// Its height.
    pub(crate) height: f32,
    /// The colour of its phase.
    pub(crate) colour: Paint,
}

/// Where the experiments' blocks go: per slide, in two columns under a
/// one-line heading, each block `height` high. A phase's heading does not
/// stay alone at a column's foot.
pub(crate) fn flow(blocks: &[Block], height: impl Fn(&Block) -> f32) -> Vec<Vec<Placement<'_>>> {
    let top = MARGIN + Font::bold(30.0).line_height() + 16.0;
    let bottom = SLIDE.1 - MARGIN;
    let mut slides = Vec::new();
    let mut current = Vec::new();
    let (mut column, mut y) = (0, top);
    let mut colour = Paint::gray(120);
    for block in blocks {
        let h = height(block);
        let needed = match block {
            Block::Phase(..) => h + 3.0 * EXPERIMENT_BODY.line_height(),
            Block::Experiment(..) => h,
        };
        if y + needed > bottom && y > top {
            if column == 1 {
                slides.push(std::mem::take(&mut current));
            }
            (column, y) = (1 - column, top);
        }
        if let Block::Phase(_, rgb) = block {
            colour = Paint::rgb(*rgb);
        }
        let x = MARGIN + column as f32 * (EXPERIMENT_COLUMN + 32.0);
        current.push(Placement {
            block,
            at: pos2(x, y),
            height: h,
            colour,
        });
        y += h;
    }
    if !current.is_empty() {
        slides.push(current);
    }
    slides
}

/// The heading of the `i`th experiments slide.
pub(crate) fn experiments_heading(i: usize) -> String {
    let title = crate::i18n::evidence::t().experiments;
    if i == 0 {
        title.to_owned()
    } else {
        fill(
            crate::i18n::deliver::t().slide_continued,
            &[("heading", &title)],
        )
    }
}

/// The experiments by phase, in two columns, on as many slides as they need;
/// none when the map has no experiments.
pub(super) fn experiment_slides(map: &Map, options: &ExportOptions) -> Vec<Picture> {
    let blocks = blocks(map, options);
    let width = EXPERIMENT_COLUMN;
    flow(&blocks, |b| block_lines(b, width).1)
        .into_iter()
        .enumerate()
        .map(|(i, placements)| {
            let title = experiments_heading(i);
            let mut svg = blank(&title);
            heading(&mut svg, &title, Paint::gray(40));
            for p in placements {
                let (lines, _) = block_lines(p.block, width);
                let (x, mut y) = (p.at.x, p.at.y);
                if let Block::Phase(..) = p.block {
                    let bar = Rect::from_min_size(pos2(x, y + 4.0), vec2(width, 3.0));
                    svg.rect(bar, 1.0, Some(p.colour), None);
                    y += 10.0;
                } else {
                    let bar = Rect::from_min_size(pos2(x, y), vec2(3.0, p.height - 10.0));
                    svg.rect(bar, 1.0, Some(p.colour), None);
                }
                for (font, line) in &lines {
                    let paint = if font.bold { ink() } else { Paint::gray(60) };
                    svg.text(
                        pos2(x + 12.0, y + font.size),
                        *font,
                        paint,
                        Anchor::Start,
                        line,
                    );
                    y += font.line_height();
                }
            }
            finish(svg)
        })
        .collect()
}

/// The largest gaps between measured and perceived emotion on a slide;
/// none when no survey scored a step.
pub(super) fn gaps_slide(map: &Map, options: &ExportOptions) -> Option<Picture> {
    let lines = findings::gap_lines(map, options, 12);
    if lines.is_empty() {
        return None;
    }
    let t = crate::i18n::deliver::t();
    let mut svg = blank(t.gaps_heading);
    let top = heading(&mut svg, t.gaps_heading, Paint::of(palette::LOW_MARK));
    let font = Font::regular(16.0);
    let indent = font.width("00. ");
    let mut y = top;
    for (i, line) in lines.iter().enumerate() {
        let wrapped = wrap(line, font, SLIDE.0 - 2.0 * MARGIN - indent, 2);
        if y + wrapped.len() as f32 * font.line_height() > SLIDE.1 - MARGIN {
            break;
        }
        let number = format!("{}.", i + 1);
        svg.text(
            pos2(MARGIN, y + font.size),
            font,
            Paint::gray(90),
            Anchor::Start,
            &number,
        );
        svg.lines(MARGIN + indent, y, font, ink(), Anchor::Start, &wrapped);
        y += wrapped.len() as f32 * font.line_height() + 6.0;
    }
    Some(finish(svg))
}
