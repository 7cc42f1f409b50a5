//! Pictures to PDF: each page's SVG converted by svg2pdf (vector shapes, the
//! embedded font subset into the file, text selectable) and placed on a
//! landscape page, fitted and centred.

use crate::i18n::fill;
use std::collections::HashMap;

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, TextStr};

use super::raster;
use super::svg::Picture;
use super::{ExportError, Paper};

/// The white border around the map on its page, in points.
const PAGE_MARGIN: f32 = 24.0;

/// A PDF with one page per picture. The first (the map) is fitted inside a
/// margin; the others are drawn for the page and fill it.
pub fn document(title: &str, pages: &[Picture], paper: Paper) -> Result<Vec<u8>, ExportError> {
    document_sized(title, pages, paper.size(), PAGE_MARGIN)
}

/// A PDF with one page per picture on pages of `size` (points), each
/// picture fitted and centred; the first inside `first_margin`.
pub fn document_sized(
    title: &str,
    pages: &[Picture],
    size: (f32, f32),
    first_margin: f32,
) -> Result<Vec<u8>, ExportError> {
    let (page_width, page_height) = size;
    let mut alloc = Ref::new(1);
    let catalog_id = alloc.bump();
    let tree_id = alloc.bump();
    let info_id = alloc.bump();
    let mut pdf = Pdf::new();
    let mut page_ids = Vec::new();
    let mut chunks = Vec::new();
    for (index, picture) in pages.iter().enumerate() {
        let tree = raster::tree(picture)?;
        let (chunk, svg_id) = svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default())
            .map_err(|e| {
                ExportError::internal(fill(
                    crate::i18n::export::t().err_page,
                    &[("n", &(index + 1)), ("error", &e)],
                ))
            })?;
        let mut renumbered = HashMap::new();
        let chunk = chunk.renumber(|old| *renumbered.entry(old).or_insert_with(|| alloc.bump()));
        let svg_id = *renumbered
            .get(&svg_id)
            .ok_or_else(|| ExportError::internal(crate::i18n::export::t().err_page_lost))?;
        chunks.push(chunk);

        let margin = if index == 0 { first_margin } else { 0.0 };
        let scale = ((page_width - 2.0 * margin) / picture.width.max(1.0))
            .min((page_height - 2.0 * margin) / picture.height.max(1.0));
        let (width, height) = (picture.width * scale, picture.height * scale);
        let (x, y) = ((page_width - width) / 2.0, (page_height - height) / 2.0);
        let name = Name(b"P1");
        let mut content = Content::new();
        content.save_state();
        content.transform([width, 0.0, 0.0, height, x, y]);
        content.x_object(name);
        content.restore_state();

        let page_id = alloc.bump();
        let content_id = alloc.bump();
        page_ids.push(page_id);
        let mut page = pdf.page(page_id);
        page.media_box(Rect::new(0.0, 0.0, page_width, page_height));
        page.parent(tree_id);
        page.contents(content_id);
        page.resources().x_objects().pair(name, svg_id);
        page.finish();
        pdf.stream(content_id, &content.finish());
    }
    pdf.catalog(catalog_id).pages(tree_id);
    let count = page_ids.len() as i32;
    pdf.pages(tree_id).kids(page_ids).count(count);
    pdf.document_info(info_id)
        .title(TextStr(title))
        .creator(TextStr("Klantreis"));
    for chunk in &chunks {
        pdf.extend(chunk);
    }
    Ok(pdf.finish())
}
