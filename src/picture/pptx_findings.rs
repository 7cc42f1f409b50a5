//! The PowerPoint's parts on measurements, evidence and experiments, laid
//! out like the PDF deck's ([`super::deck_findings`]): beside a phase's curve
//! its backed claims (words and a stacked bar) and each KPI with its
//! sparkline — DrawingML line shapes, so the client can restyle them — and
//! its figures as editable text; the experiments by phase; the largest gaps.

use egui::emath::{Rect, pos2, vec2};

use crate::i18n::fill;
use crate::model::{Kpi, Map, Phase};
use crate::scene::palette;
use crate::scene::sparkline::{figures, sparkline};

use super::ExportOptions;
use super::deck::SLIDE;
use super::deck_findings::{
    BAR, Block, EVIDENCE, EXPERIMENT_BODY, EXPERIMENT_COLUMN, EXPERIMENT_TITLE, FIGURES, KINDS,
    KPI_LEAVES, PHASE_BLOCK, PHASE_HEAD, SPARK, bar_pieces, blocks, evidence_height,
    experiments_heading, flow, mark_paint,
};
use super::findings;
use super::pptx::{height_of, list};
use super::pptx_package::SlidePart;
use super::pptx_slide::{BODY, MARGIN, Para, Slide};
use super::svg::{Paint, ink};

/// A KPI's sparkline as line shapes in `rect`.
fn sparkline_shapes(slide: &mut Slide, kpi: &Kpi, rect: Rect) {
    let Some(f) = figures(kpi) else { return };
    let Some(line) = sparkline(&f.values, f.target, rect.shrink(3.0)) else {
        return;
    };
    slide.bar(rect, Paint::gray(246));
    let label = findings::sparkline_label(kpi, &f);
    if let Some((a, b)) = line.target {
        slide.polyline(
            crate::i18n::deliver::t().shape_target,
            &label,
            &[a, b],
            (Paint::of(palette::neutral_line(false)), 1.0),
            true,
        );
    }
    slide.polyline(
        crate::i18n::deliver::t().shape_sparkline,
        &label,
        &line.points,
        (ink(), 1.5),
        false,
    );
    if let Some(last) = line.last() {
        slide.dot(last, 2.8, mark_paint(f.on));
    }
}

/// The phase's evidence, KPIs (with sparklines) and content beside its curve.
pub(super) fn side_column(
    slide: &mut Slide,
    map: &Map,
    options: &ExportOptions,
    phase: &Phase,
    side: Rect,
) {
    let t = crate::i18n::deliver::t();
    let share = findings::phase_share(map, options, phase);
    let (backed, kinds) = findings::share_lines(&share);
    let head = format!("{}: {backed}", crate::i18n::evidence::t().evidence);
    let mut paras = vec![Para::plain(&head, EVIDENCE, ink())];
    if !kinds.is_empty() {
        paras.push(Para::plain(&kinds, KINDS, Paint::gray(90)));
    }
    let words_height = EVIDENCE.line_height() + KINDS.line_height();
    slide.text_box(
        crate::i18n::evidence::t().evidence,
        Rect::from_min_size(side.min, vec2(side.width(), words_height)),
        &paras,
    );
    let bar = Rect::from_min_size(
        pos2(side.left(), side.top() + words_height + 2.0),
        vec2(side.width(), BAR),
    );
    for (piece, paint) in bar_pieces(&share, bar) {
        slide.bar(piece, paint);
    }

    let mut y = side.top() + evidence_height();
    let list_head = super::pptx_slide::LIST_HEAD;
    slide.text_box(
        t.kpis,
        Rect::from_min_size(
            pos2(side.left(), y),
            vec2(side.width(), list_head.line_height()),
        ),
        &[Para::plain(t.kpis, list_head, ink())],
    );
    y += list_head.line_height() + 4.0;
    let bottom = side.bottom() - KPI_LEAVES;
    if phase.kpis.is_empty() {
        slide.text_box(
            t.kpis,
            Rect::from_min_size(
                pos2(side.left(), y),
                vec2(side.width(), FIGURES.line_height()),
            ),
            &[Para::plain(t.slide_none, FIGURES, Paint::gray(120))],
        );
        y += FIGURES.line_height() + 10.0;
    }
    for (i, kpi) in phase.kpis.iter().enumerate() {
        let has_line = figures(kpi).is_some();
        let indent = if has_line { SPARK.0 + 8.0 } else { 0.0 };
        let text = findings::kpi_text(kpi, false);
        let text_height = height_of(&text, FIGURES, side.width() - indent);
        let height = text_height.max(if has_line { SPARK.1 } else { 0.0 }) + 4.0;
        // Room for "… and N more" under it when more KPIs follow.
        let more_line = if i + 1 < phase.kpis.len() {
            FIGURES.line_height()
        } else {
            0.0
        };
        if y + height + more_line > bottom && i > 0 {
            let more = fill(t.slide_more, &[("count", &(phase.kpis.len() - i))]);
            slide.text_box(
                t.kpis,
                Rect::from_min_size(
                    pos2(side.left(), y),
                    vec2(side.width(), FIGURES.line_height()),
                ),
                &[Para::plain(&more, FIGURES, Paint::gray(110))],
            );
            y += FIGURES.line_height() + 4.0;
            break;
        }
        if has_line {
            sparkline_shapes(
                slide,
                kpi,
                Rect::from_min_size(pos2(side.left(), y), vec2(SPARK.0, SPARK.1)),
            );
        }
        slide.text_box(
            &kpi.name,
            Rect::from_min_size(
                pos2(side.left() + indent, y),
                vec2(side.width() - indent, text_height),
            ),
            &[Para::plain(&text, FIGURES, ink())],
        );
        y += height;
    }
    y += 8.0;
    let content = super::deck::phase_content(map, phase);
    let room = side.bottom() - y;
    slide.text_box(
        t.slide_content,
        Rect::from_min_size(
            pos2(side.left(), y),
            vec2(side.width(), room.max(BODY.line_height())),
        ),
        &list(t.slide_content, &content, side.width(), room),
    );
}

/// The experiments by phase in two columns, on as many slides as they need;
/// none when the map has no experiments.
pub(super) fn experiment_slides(map: &Map, options: &ExportOptions) -> Vec<SlidePart> {
    let blocks = blocks(map, options);
    let width = EXPERIMENT_COLUMN;
    let height_of_block = |block: &Block| -> f32 {
        match block {
            Block::Phase(..) => PHASE_BLOCK,
            Block::Experiment(title, lines) => {
                height_of(title, EXPERIMENT_TITLE, width - 14.0)
                    + lines
                        .iter()
                        .map(|l| height_of(l, EXPERIMENT_BODY, width - 14.0))
                        .sum::<f32>()
                    + 10.0
            }
        }
    };
    flow(&blocks, height_of_block)
        .into_iter()
        .enumerate()
        .map(|(i, placements)| {
            let mut slide = Slide::new();
            slide.heading(&experiments_heading(i), Paint::gray(40));
            for p in placements {
                let (x, y) = (p.at.x, p.at.y);
                match p.block {
                    Block::Phase(name, _) => {
                        let bar = Rect::from_min_size(pos2(x, y + 4.0), vec2(width, 3.0));
                        slide.bar(bar, p.colour);
                        let room = vec2(width - 12.0, PHASE_HEAD.line_height());
                        slide.text_box(
                            name,
                            Rect::from_min_size(pos2(x + 12.0, y + 10.0), room),
                            &[Para::plain(name, PHASE_HEAD, ink())],
                        );
                    }
                    Block::Experiment(title, lines) => {
                        let bar = Rect::from_min_size(pos2(x, y), vec2(3.0, p.height - 10.0));
                        slide.bar(bar, p.colour);
                        let mut paras = vec![Para::plain(title, EXPERIMENT_TITLE, ink())];
                        paras.extend(
                            lines
                                .iter()
                                .map(|l| Para::plain(l, EXPERIMENT_BODY, Paint::gray(60))),
                        );
                        let room = vec2(width - 12.0, p.height - 10.0);
                        slide.text_box(
                            crate::i18n::evidence::t().experiment,
                            Rect::from_min_size(pos2(x + 12.0, y), room),
                            &paras,
                        );
                    }
                }
            }
            slide.finish()
        })
        .collect()
}

/// The largest gaps between measured and perceived emotion on a slide;
/// none when no survey scored a step.
pub(super) fn gaps_slide(map: &Map, options: &ExportOptions) -> Option<SlidePart> {
    let lines = findings::gap_lines(map, options, 12);
    if lines.is_empty() {
        return None;
    }
    let t = crate::i18n::deliver::t();
    let mut slide = Slide::new();
    let top = slide.heading(t.gaps_heading, Paint::of(palette::LOW_MARK));
    let font = super::text::Font::regular(16.0);
    let width = SLIDE.0 - 2.0 * MARGIN;
    let mut paras = Vec::new();
    let mut used = 0.0;
    for (i, line) in lines.iter().enumerate() {
        let text = format!("{}. {line}", i + 1);
        let h = height_of(&text, font, width) + 6.0;
        if top + used + h > SLIDE.1 - MARGIN {
            break;
        }
        used += h;
        paras.push(Para::plain(&text, font, ink()));
    }
    slide.text_box(
        t.gaps_heading,
        Rect::from_min_size(pos2(MARGIN, top), vec2(width, used)),
        &paras,
    );
    Some(slide.finish())
}
