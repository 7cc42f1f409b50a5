//! A large map printed across several pages for a wall: the map picture at
//! its natural size (a picture unit is a pixel at 96 dpi, so lane text is
//! 9 pt), cut into A4 or A3 landscape pages that overlap by a centimetre,
//! with corner marks where the next page is laid and a page number ("row 2,
//! column 3 — page 8 of 24") on each.
//!
//! The picture is converted to PDF once ([`super::pdf::forms`]); every page
//! shows its part of the same forms, clipped, so the file stays small.

use pdf_writer::{Content, Name, Pdf, Ref, Str, TextStr};

use super::svg::Picture;
use super::{ExportError, Paper};

/// Points per picture unit: a pixel at 96 dpi.
const SCALE: f32 = 0.75;
/// The white border of a page, in points.
const BORDER: f32 = 24.0;
/// The room below the map for the page number, in points.
const FOOTER: f32 = 16.0;
/// How much neighbouring pages share, in points (1 cm).
const OVERLAP: f32 = 28.35;
/// The length of a corner mark, in points.
const MARK: f32 = 12.0;

/// The pages a picture takes: (columns, rows).
pub fn grid(picture: &Picture, paper: Paper) -> (usize, usize) {
    let (page_w, page_h) = paper.size();
    let (inner_w, inner_h) = (page_w - 2.0 * BORDER, page_h - 2.0 * BORDER - FOOTER);
    let count = |length: f32, inner: f32| {
        let length = length * SCALE;
        if length <= inner {
            1
        } else {
            ((length - OVERLAP) / (inner - OVERLAP)).ceil() as usize
        }
    };
    (
        count(picture.width, inner_w),
        count(picture.height, inner_h),
    )
}

/// The picture as a tiled PDF, and its number of pages.
pub fn tiled(
    title: &str,
    picture: &Picture,
    paper: Paper,
) -> Result<(Vec<u8>, usize), ExportError> {
    let (page_w, page_h) = paper.size();
    let (inner_w, inner_h) = (page_w - 2.0 * BORDER, page_h - 2.0 * BORDER - FOOTER);
    let (columns, rows) = grid(picture, paper);
    let total = columns * rows;
    let mut alloc = Ref::new(1);
    let catalog_id = alloc.bump();
    let tree_id = alloc.bump();
    let info_id = alloc.bump();
    let font_id = alloc.bump();
    let (chunks, forms) = super::pdf::forms(picture, &mut alloc)?;
    let names = super::pdf::form_names(forms.len());
    let (width, height) = (picture.width * SCALE, picture.height * SCALE);
    let mut pdf = Pdf::new();
    let mut page_ids = Vec::new();
    let words = crate::i18n::deliver::t();
    for row in 0..rows {
        for column in 0..columns {
            let number = row * columns + column + 1;
            // The part of the picture (in points from its top left) on this page.
            let left = column as f32 * (inner_w - OVERLAP);
            let top = row as f32 * (inner_h - OVERLAP);
            let (x0, y0) = (BORDER, BORDER + FOOTER);
            let mut content = Content::new();
            content.save_state();
            content.rect(x0, y0, inner_w, inner_h);
            content.clip_nonzero();
            content.end_path();
            // The picture's top left goes to (x0 - left, y0 + inner_h + top).
            content.transform([
                width,
                0.0,
                0.0,
                height,
                x0 - left,
                y0 + inner_h + top - height,
            ]);
            for name in &names {
                content.x_object(Name(name.as_bytes()));
            }
            content.restore_state();
            // Corner marks: where the map area ends, and where the
            // neighbouring pages' share begins.
            content.set_stroke_gray(0.35);
            content.set_line_width(0.5);
            let (x1, y1) = (x0 + inner_w, y0 + inner_h);
            for (x, y, dx, dy) in [
                (x0, y0, -1.0, -1.0),
                (x1, y0, 1.0, -1.0),
                (x0, y1, -1.0, 1.0),
                (x1, y1, 1.0, 1.0),
            ] {
                content.move_to(x + dx * 2.0, y);
                content.line_to(x + dx * MARK, y);
                content.move_to(x, y + dy * 2.0);
                content.line_to(x, y + dy * MARK);
            }
            content.stroke();
            content.set_line_width(0.4);
            content.set_dash_pattern([3.0, 3.0], 0.0);
            if column + 1 < columns {
                content.move_to(x1 - OVERLAP, y0 - MARK);
                content.line_to(x1 - OVERLAP, y0 - 2.0);
                content.move_to(x1 - OVERLAP, y1 + 2.0);
                content.line_to(x1 - OVERLAP, y1 + MARK);
            }
            if row + 1 < rows {
                content.move_to(x0 - MARK, y0 + OVERLAP);
                content.line_to(x0 - 2.0, y0 + OVERLAP);
                content.move_to(x1 + 2.0, y0 + OVERLAP);
                content.line_to(x1 + MARK, y0 + OVERLAP);
            }
            content.stroke();
            let label = crate::i18n::fill(
                words.tile_page,
                &[
                    ("row", &(row + 1)),
                    ("column", &(column + 1)),
                    ("n", &number),
                    ("count", &total),
                ],
            );
            content.set_fill_gray(0.25);
            content.begin_text();
            content.set_font(Name(b"F1"), 8.0);
            content.next_line(x0, BORDER);
            content.show(Str(&latin1(&label)));
            content.end_text();

            page_ids.push(super::pdf::add_page(
                &mut pdf,
                &mut alloc,
                tree_id,
                (page_w, page_h),
                (&names, &forms),
                Some(font_id),
                content,
            ));
        }
    }
    pdf.type1_font(font_id)
        .base_font(Name(b"Helvetica"))
        .encoding_predefined(Name(b"WinAnsiEncoding"));
    pdf.catalog(catalog_id).pages(tree_id);
    pdf.pages(tree_id).kids(page_ids).count(total as i32);
    pdf.document_info(info_id)
        .title(TextStr(title))
        .creator(TextStr("Klantreis"));
    for chunk in &chunks {
        pdf.extend(chunk);
    }
    Ok((pdf.finish(), total))
}

/// A page label in the standard font's encoding: Latin-1, others as "?".
fn latin1(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '\u{2014}' => 0x97,
            '\u{2013}' => 0x96,
            c if (c as u32) < 0x100 => c as u8,
            _ => b'?',
        })
        .collect()
}
