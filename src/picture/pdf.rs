//! Pictures to PDF: each page's SVG converted by svg2pdf (vector shapes, the
//! embedded font subset into the file, text selectable) and placed on a
//! landscape page, fitted and centred.
//!
//! A large map is not read into one giant tree: its SVG is cut into pieces
//! of a few thousand elements ([`pieces`]), each a whole SVG of the same size
//! holding a run of the picture's elements in drawing order. The pieces are
//! converted one by one, on every core, and drawn on top of each other on
//! the page, so the page looks the same as from one tree while the memory
//! stays that of a few pieces and the time is shared by the cores.

use crate::i18n::fill;
use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use pdf_writer::{Chunk, Content, Finish, Name, Pdf, Rect, Ref, TextStr};

use super::raster;
use super::svg::Picture;
use super::{ExportError, Paper};

/// The white border around the map on its page, in points.
const PAGE_MARGIN: f32 = 24.0;

/// The most elements a piece of a page holds.
const PIECE_ELEMENTS: usize = 10_000;

/// A picture's SVG cut into SVGs of at most `max_elements` elements each, in
/// drawing order, that draw the picture when laid on top of each other.
///
/// Our SVG writer puts each element on a line of its own (a clip path is
/// glued to the element that uses it, and a line that does not start with
/// `<` continues the one before). Groups open at a cut are closed at the end
/// of one piece and opened again, with their clip paths, at the start of
/// the next. An SVG not in that shape is left whole.
pub fn pieces(svg: &str, max_elements: usize) -> Vec<String> {
    const HEAD_END: &str = "</title>\n";
    let whole = || vec![svg.to_owned()];
    let Some(head_end) = svg.find(HEAD_END).map(|i| i + HEAD_END.len()) else {
        return whole();
    };
    let Some(body) = svg[head_end..].strip_suffix("</svg>\n") else {
        return whole();
    };
    let head = &svg[..head_end];
    let mut pieces = Vec::new();
    let mut open: Vec<&str> = Vec::new();
    let mut piece = head.to_owned();
    let mut count = 0;
    let mut rest = body;
    while !rest.is_empty() {
        let element = next_element(rest);
        rest = &rest[element.len()..];
        let last_line = element
            .trim_end_matches('\n')
            .rsplit('\n')
            .next()
            .unwrap_or_default();
        if last_line.starts_with("<g ") || last_line == "<g>" {
            open.push(element);
        } else if last_line == "</g>" && open.pop().is_none() {
            return whole();
        }
        piece.push_str(element);
        count += 1;
        if count >= max_elements && !rest.is_empty() {
            for _ in &open {
                piece.push_str("</g>\n");
            }
            piece.push_str("</svg>\n");
            pieces.push(std::mem::replace(
                &mut piece,
                head.to_owned() + &open.concat(),
            ));
            count = 0;
        }
    }
    if !open.is_empty() {
        return whole();
    }
    piece.push_str("</svg>\n");
    pieces.push(piece);
    pieces
}

/// The first element of `text`: its line, the lines that continue it, and
/// after a clip path the element that uses it.
fn next_element(text: &str) -> &str {
    let mut end = 0;
    let mut glue = false;
    for line in text.split_inclusive('\n') {
        let continues = !line.starts_with('<');
        if end > 0 && !continues && !glue {
            break;
        }
        glue = line.starts_with("<clipPath") || (glue && continues);
        end += line.len();
    }
    &text[..end]
}

/// One piece converted: its PDF objects and the form that draws it.
type Converted = Result<(Chunk, Ref), ExportError>;

/// Converts one piece of page `page` (counted from 0).
fn convert(piece: &str, page: usize) -> Converted {
    let tree = usvg::Tree::from_str(piece, &raster::usvg_options()).map_err(|e| {
        ExportError::internal(fill(
            crate::i18n::export::t().err_read_back,
            &[("error", &e)],
        ))
    })?;
    svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default()).map_err(|e| {
        ExportError::internal(fill(
            crate::i18n::export::t().err_page,
            &[("n", &(page + 1)), ("error", &e)],
        ))
    })
}

/// A picture converted into PDF forms (its pieces, drawn in order), with
/// the objects renumbered from `alloc`: the chunks to add to the PDF and
/// the forms' ids. Each form spans the unit square.
pub(super) fn forms(
    picture: &Picture,
    alloc: &mut Ref,
) -> Result<(Vec<Chunk>, Vec<Ref>), ExportError> {
    let mut chunks = Vec::new();
    let mut forms = Vec::new();
    for (chunk, svg_id) in convert_all(&pieces(&picture.svg, PIECE_ELEMENTS), 0)? {
        let mut renumbered = HashMap::new();
        let chunk = chunk.renumber(|old| *renumbered.entry(old).or_insert_with(|| alloc.bump()));
        let svg_id = *renumbered
            .get(&svg_id)
            .ok_or_else(|| ExportError::internal(crate::i18n::export::t().err_page_lost))?;
        chunks.push(chunk);
        forms.push(svg_id);
    }
    Ok((chunks, forms))
}

/// Every piece converted, in order, on up to one thread per core.
fn convert_all(pieces: &[String], page: usize) -> Result<Vec<(Chunk, Ref)>, ExportError> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8)
        .min(pieces.len());
    if threads <= 1 {
        return pieces.iter().map(|p| convert(p, page)).collect();
    }
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<Option<Converted>>> = Mutex::new((0..pieces.len()).map(|_| None).collect());
    let work = || {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(piece) = pieces.get(i) else {
                break;
            };
            let result = convert(piece, page);
            if let Ok(mut done) = done.lock() {
                done[i] = Some(result);
            }
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..threads {
            // Messages from the thread are in the caller's language.
            scope.spawn(crate::i18n::carried(work));
        }
        work();
    });
    done.into_inner()
        .unwrap_or_default()
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(ExportError::internal(crate::i18n::export::t().err_draw))))
        .collect()
}

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
    document_in_pieces(title, pages, size, first_margin, PIECE_ELEMENTS)
}

/// [`document_sized`], with each page converted in pieces of at most `max_elements`.
fn document_in_pieces(
    title: &str,
    pages: &[Picture],
    size: (f32, f32),
    first_margin: f32,
    max_elements: usize,
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
        let mut forms = Vec::new();
        for (chunk, svg_id) in convert_all(&pieces(&picture.svg, max_elements), index)? {
            let mut renumbered = HashMap::new();
            let chunk =
                chunk.renumber(|old| *renumbered.entry(old).or_insert_with(|| alloc.bump()));
            let svg_id = *renumbered
                .get(&svg_id)
                .ok_or_else(|| ExportError::internal(crate::i18n::export::t().err_page_lost))?;
            chunks.push(chunk);
            forms.push(svg_id);
        }

        let margin = if index == 0 { first_margin } else { 0.0 };
        let scale = ((page_width - 2.0 * margin) / picture.width.max(1.0))
            .min((page_height - 2.0 * margin) / picture.height.max(1.0));
        let (width, height) = (picture.width * scale, picture.height * scale);
        let (x, y) = ((page_width - width) / 2.0, (page_height - height) / 2.0);
        let names = form_names(forms.len());
        let mut content = Content::new();
        content.save_state();
        content.transform([width, 0.0, 0.0, height, x, y]);
        for name in &names {
            content.x_object(Name(name.as_bytes()));
        }
        content.restore_state();

        page_ids.push(add_page(
            &mut pdf,
            &mut alloc,
            tree_id,
            (page_width, page_height),
            (&names, &forms),
            None,
            content,
        ));
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

/// The names a page gives the picture's pieces (form XObjects): P1, P2, …
pub(super) fn form_names(count: usize) -> Vec<String> {
    (1..=count).map(|i| format!("P{i}")).collect()
}

/// Adds a page of `size` (points) under `tree_id` that draws `content`, with
/// the picture's pieces as form XObjects under their `names`, and the
/// standard font as F1 when given. Returns the page's id.
pub(super) fn add_page(
    pdf: &mut Pdf,
    alloc: &mut Ref,
    tree_id: Ref,
    size: (f32, f32),
    (names, forms): (&[String], &[Ref]),
    font: Option<Ref>,
    content: Content,
) -> Ref {
    let page_id = alloc.bump();
    let content_id = alloc.bump();
    let mut page = pdf.page(page_id);
    page.media_box(Rect::new(0.0, 0.0, size.0, size.1));
    page.parent(tree_id);
    page.contents(content_id);
    let mut resources = page.resources();
    let mut x_objects = resources.x_objects();
    for (name, form) in names.iter().zip(forms) {
        x_objects.pair(Name(name.as_bytes()), *form);
    }
    x_objects.finish();
    if let Some(font) = font {
        resources.fonts().pair(Name(b"F1"), font);
    }
    resources.finish();
    page.finish();
    pdf.stream(content_id, &content.finish());
    page_id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::generate::{MapSize, generated_map};
    use crate::picture::{ExportOptions, picture};

    fn small_map_picture() -> Picture {
        let map = generated_map(MapSize {
            steps: 40,
            journeys: 2,
            personas: 2,
            content: 0,
            ..MapSize::LARGE
        });
        picture(&map, &ExportOptions::default())
    }

    #[test]
    fn pieces_are_whole_svgs_that_hold_every_element_once() {
        let svg = small_map_picture().svg;
        let elements =
            |svg: &str, start: &str| svg.lines().filter(|l| l.starts_with(start)).count();
        let pieces = pieces(&svg, 50);
        assert!(pieces.len() > 5, "{} pieces", pieces.len());
        for piece in &pieces {
            usvg::Tree::from_str(piece, &raster::usvg_options()).expect("each piece is an SVG");
            assert!(piece.len() < svg.len() / 2);
        }
        for start in ["<text", "<path", "<rect", "<circle", "<line", "<polyline"] {
            let in_pieces: usize = pieces.iter().map(|p| elements(p, start)).sum();
            assert_eq!(in_pieces, elements(&svg, start), "{start}");
        }
        // A clip path travels with every piece of the group it clips.
        for piece in &pieces {
            for reference in piece.match_indices("url(#") {
                let id: String = piece[reference.0 + 5..]
                    .chars()
                    .take_while(|c| *c != ')')
                    .collect();
                assert!(
                    piece.contains(&format!("id=\"{id}\"")),
                    "{id} is not defined"
                );
            }
        }
        assert_eq!(super::pieces(&svg, usize::MAX), vec![svg.clone()]);
        assert_eq!(super::pieces("<svg/>", 5), vec!["<svg/>".to_owned()]);
    }

    /// The text of a PDF as poppler's `pdftotext` reads it, in drawing order.
    fn pdf_text(pdf: &[u8]) -> String {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("map.pdf");
        std::fs::write(&path, pdf).expect("write");
        let output = std::process::Command::new("pdftotext")
            .args(["-raw", "-enc", "UTF-8"])
            .arg(&path)
            .arg("-")
            .output()
            .expect("pdftotext runs (install Debian's poppler-utils)");
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout).expect("UTF-8")
    }

    #[test]
    fn a_page_in_pieces_holds_the_same_text_as_a_page_in_one() {
        let pages = [small_map_picture()];
        let one = document_in_pieces("x", &pages, Paper::A4.size(), PAGE_MARGIN, usize::MAX)
            .expect("pdf");
        let many = document_in_pieces("x", &pages, Paper::A4.size(), PAGE_MARGIN, 40).expect("pdf");
        let forms = |pdf: &[u8]| {
            lopdf::Document::load_mem(pdf)
                .expect("parses")
                .objects
                .values()
                .filter(|o| {
                    o.as_stream().is_ok_and(|s| {
                        s.dict.get(b"Subtype").and_then(|t| t.as_name()).ok() == Some(b"Form")
                    })
                })
                .count()
        };
        assert!(forms(&many) > forms(&one) + 5, "{} forms", forms(&many));
        let text = pdf_text(&one);
        assert!(text.len() > 1_000);
        assert_eq!(pdf_text(&many), text);
    }
}
