//! A PowerPoint slide being made: editable text boxes, tables, filled
//! rectangles, pictures and line shapes (DrawingML), placed in the deck's
//! picture units (1280 × 720 a slide); one unit is 9,525 EMU, and a type
//! size of one unit is three quarters of a point.

use egui::emath::{Pos2, Rect, pos2, vec2};

use super::deck::SLIDE;
use super::pptx_package::{SlidePart, esc};
use super::svg::{Paint, ink};
use super::text::{Font, wrap};

pub(super) const MARGIN: f32 = 48.0;
pub(super) const HEADING: Font = Font::bold(30.0);
pub(super) const BODY: Font = Font::regular(13.0);
pub(super) const LIST_HEAD: Font = Font::bold(16.0);
/// The share of a box's width that text is measured for: PowerPoint and
/// Impress set the text in the font they have (often wider than Noto Sans,
/// which the deck is measured in), so the layout leaves room to spare.
pub(super) const SLACK: f32 = 0.85;
/// Pixels per picture unit of the curve pictures.
pub(super) const CURVE_SCALE: f32 = 1.5;

pub(super) fn emu(v: f32) -> i64 {
    (v * 9525.0).round() as i64
}

/// A run of text in one font and colour.
pub(super) struct Run {
    pub(super) text: String,
    pub(super) font: Font,
    pub(super) color: Paint,
}

/// A paragraph: runs, maybe with a bullet.
pub(super) struct Para {
    pub(super) runs: Vec<Run>,
    pub(super) bullet: bool,
}

impl Para {
    pub(super) fn plain(text: &str, font: Font, color: Paint) -> Self {
        Self {
            runs: vec![Run {
                text: text.to_owned(),
                font,
                color,
            }],
            bullet: false,
        }
    }

    pub(super) fn bullet(text: &str, font: Font) -> Self {
        Self {
            bullet: true,
            ..Self::plain(text, font, ink())
        }
    }

    /// One paragraph per line of `text`.
    pub(super) fn lines(text: &str, font: Font, color: Paint) -> Vec<Self> {
        text.split('\n')
            .map(|line| Self::plain(line, font, color))
            .collect()
    }
}

/// A table cell: its paragraphs and fill.
pub(super) struct Cell {
    pub(super) paras: Vec<Para>,
    pub(super) fill: Paint,
}

/// A slide being made.
pub(super) struct Slide {
    shapes: String,
    next_id: u32,
    pictures: Vec<Vec<u8>>,
    pub(super) notes: Option<String>,
    lang: &'static str,
}

fn size(font: Font) -> u32 {
    (font.size * 75.0).round() as u32
}

fn xfrm(rect: Rect) -> String {
    format!(
        "<a:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm>",
        emu(rect.left()),
        emu(rect.top()),
        emu(rect.width().max(1.0)),
        emu(rect.height().max(1.0))
    )
}

impl Slide {
    pub(super) fn new() -> Self {
        Self {
            shapes: String::new(),
            next_id: 2,
            pictures: Vec::new(),
            notes: None,
            lang: match crate::i18n::language() {
                crate::i18n::Language::En => "en-US",
                crate::i18n::Language::Nl => "nl-NL",
            },
        }
    }

    fn id(&mut self) -> u32 {
        self.next_id += 1;
        self.next_id - 1
    }

    fn paragraphs(&self, paras: &[Para]) -> String {
        let mut out = String::new();
        for para in paras {
            out.push_str("<a:p>");
            if para.bullet {
                out.push_str("<a:pPr marL=\"171450\" indent=\"-171450\"><a:buFont typeface=\"Arial\"/><a:buChar char=\"\u{2022}\"/></a:pPr>");
            }
            for run in para.runs.iter().filter(|r| !r.text.is_empty()) {
                out.push_str(&format!(
                    "<a:r><a:rPr lang=\"{}\" sz=\"{}\" b=\"{}\" dirty=\"0\"><a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill><a:latin typeface=\"Noto Sans\"/></a:rPr><a:t>{}</a:t></a:r>",
                    self.lang,
                    size(run.font),
                    u8::from(run.font.bold),
                    run.color.hex(),
                    esc(&run.text)
                ));
            }
            let font = para.runs.first().map_or(BODY, |r| r.font);
            out.push_str(&format!(
                "<a:endParaRPr lang=\"{}\" sz=\"{}\" dirty=\"0\"/></a:p>",
                self.lang,
                size(font)
            ));
        }
        if paras.is_empty() {
            out.push_str(&format!(
                "<a:p><a:endParaRPr lang=\"{}\"/></a:p>",
                self.lang
            ));
        }
        out
    }

    /// An editable text box; it grows with its text, never cutting it.
    pub(super) fn text_box(&mut self, name: &str, rect: Rect, paras: &[Para]) {
        let id = self.id();
        let body = self.paragraphs(paras);
        self.shapes.push_str(&format!(
            "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{}\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>\
<p:spPr>{}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>\
<p:txBody><a:bodyPr wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" rtlCol=\"0\" anchor=\"t\"><a:spAutoFit/></a:bodyPr><a:lstStyle/>{body}</p:txBody></p:sp>",
            esc(name),
            xfrm(rect)
        ));
    }

    /// A filled rectangle, for the coloured accents.
    pub(super) fn bar(&mut self, rect: Rect, color: Paint) {
        let id = self.id();
        self.shapes.push_str(&format!(
            "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"Accent {id}\"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>\
<p:spPr>{}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>",
            xfrm(rect),
            color.hex()
        ));
    }

    /// A PNG picture with its alternative text.
    pub(super) fn picture(&mut self, rect: Rect, png: Vec<u8>, description: &str) {
        let id = self.id();
        self.pictures.push(png);
        let rel = self.pictures.len() + 1;
        self.shapes.push_str(&format!(
            "<p:pic><p:nvPicPr><p:cNvPr id=\"{id}\" name=\"Curve {id}\" descr=\"{}\"/><p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>\
<p:blipFill><a:blip r:embed=\"rId{rel}\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>\
<p:spPr>{}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>",
            esc(description),
            xfrm(rect)
        ));
    }

    /// A table at `at`: column widths, and rows of (height, cells). Rows
    /// grow with their text in PowerPoint and Impress.
    pub(super) fn table(
        &mut self,
        name: &str,
        at: Pos2,
        columns: &[f32],
        rows: &[(f32, Vec<Cell>)],
    ) {
        let id = self.id();
        let width: f32 = columns.iter().sum();
        let height: f32 = rows.iter().map(|r| r.0).sum();
        let grid: String = columns
            .iter()
            .map(|w| format!("<a:gridCol w=\"{}\"/>", emu(*w)))
            .collect();
        let white = "<a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill>";
        let mut body = String::new();
        for (h, cells) in rows {
            body.push_str(&format!("<a:tr h=\"{}\">", emu(*h)));
            for cell in cells {
                let line = |side: &str| format!("<a:{side} w=\"19050\">{white}</a:{side}>");
                body.push_str(&format!(
                    "<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{}</a:txBody><a:tcPr marL=\"57150\" marR=\"57150\" marT=\"38100\" marB=\"38100\">{}{}{}{}<a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill></a:tcPr></a:tc>",
                    self.paragraphs(&cell.paras),
                    line("lnL"),
                    line("lnR"),
                    line("lnT"),
                    line("lnB"),
                    cell.fill.hex()
                ));
            }
            body.push_str("</a:tr>");
        }
        self.shapes.push_str(&format!(
            "<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"{id}\" name=\"{}\"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>\
<p:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></p:xfrm>\
<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\"><a:tbl><a:tblPr firstRow=\"1\"/><a:tblGrid>{grid}</a:tblGrid>{body}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>",
            esc(name),
            emu(at.x),
            emu(at.y),
            emu(width),
            emu(height)
        ));
    }

    /// The slide's heading with its accent; returns where the body starts.
    pub(super) fn heading(&mut self, text: &str, accent: Paint) -> f32 {
        let lines = wrap(text, HEADING, (SLIDE.0 - 2.0 * MARGIN) * SLACK, usize::MAX);
        self.bar(
            Rect::from_min_size(pos2(MARGIN, MARGIN - 14.0), vec2(64.0, 6.0)),
            accent,
        );
        let height = lines.len() as f32 * HEADING.line_height();
        self.text_box(
            crate::i18n::deliver::t().shape_title,
            Rect::from_min_size(pos2(MARGIN, MARGIN), vec2(SLIDE.0 - 2.0 * MARGIN, height)),
            &[Para::plain(text, HEADING, ink())],
        );
        MARGIN + height + 16.0
    }

    /// A line through `points` as a DrawingML path (`custGeom`), solid or
    /// dashed, named and described for screen readers.
    pub(super) fn polyline(
        &mut self,
        name: &str,
        description: &str,
        points: &[Pos2],
        (color, width): (Paint, f32),
        dashed: bool,
    ) {
        if points.len() < 2 {
            return;
        }
        let id = self.id();
        let bounds = Rect::from_points(points);
        let (w, h) = (emu(bounds.width()).max(1), emu(bounds.height()).max(1));
        let mut path = String::new();
        for (i, p) in points.iter().enumerate() {
            let tag = if i == 0 { "moveTo" } else { "lnTo" };
            path.push_str(&format!(
                "<a:{tag}><a:pt x=\"{}\" y=\"{}\"/></a:{tag}>",
                emu(p.x - bounds.left()),
                emu(p.y - bounds.top())
            ));
        }
        let dash = if dashed {
            "<a:prstDash val=\"dash\"/>"
        } else {
            ""
        };
        self.shapes.push_str(&format!(
            "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{} {id}\" descr=\"{}\"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>\
<p:spPr><a:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{w}\" cy=\"{h}\"/></a:xfrm>\
<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l=\"0\" t=\"0\" r=\"r\" b=\"b\"/>\
<a:pathLst><a:path w=\"{w}\" h=\"{h}\" fill=\"none\">{path}</a:path></a:pathLst></a:custGeom>\
<a:noFill/><a:ln w=\"{}\" cap=\"rnd\"><a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill>{dash}<a:round/></a:ln></p:spPr></p:sp>",
            esc(name),
            esc(description),
            emu(bounds.left()),
            emu(bounds.top()),
            emu(width),
            color.hex()
        ));
    }

    /// A filled dot of radius `r` around `center`.
    pub(super) fn dot(&mut self, center: Pos2, r: f32, color: Paint) {
        let id = self.id();
        self.shapes.push_str(&format!(
            "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"Dot {id}\"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>\
<p:spPr>{}<a:prstGeom prst=\"ellipse\"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>",
            xfrm(Rect::from_center_size(center, vec2(2.0 * r, 2.0 * r))),
            color.hex()
        ));
    }

    pub(super) fn finish(self) -> SlidePart {
        SlidePart {
            shapes: self.shapes,
            pictures: self.pictures,
            notes: self.notes,
        }
    }
}
