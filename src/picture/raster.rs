//! Pictures to pixels: the SVG rendered with resvg, with the embedded font.

use crate::i18n::export::t;
use crate::i18n::fill;
use image::ImageEncoder as _;
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use resvg::{tiny_skia, usvg};

use super::svg::Picture;
use super::text;
use super::{Background, ExportError};

/// The widest or tallest PNG an export makes, in pixels.
pub const MAX_PNG_SIDE: u32 = 65_535;
/// The most pixels a PNG export may have (about 480 MB while it is drawn).
pub const MAX_PNG_PIXELS: u64 = 120_000_000;

/// The options usvg reads our SVG with: only the embedded fonts, with our
/// fallback order for characters the main font lacks, and no files or URLs
/// read for images (ours are all inside the SVG).
pub fn usvg_options() -> usvg::Options<'static> {
    usvg::Options {
        font_family: text::FAMILY.to_owned(),
        fontdb: text::fontdb(),
        font_resolver: usvg::FontResolver {
            select_font: usvg::FontResolver::default_font_selector(),
            select_fallback: text::fallback(),
        },
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: usvg::ImageHrefResolver::default_data_resolver(),
            resolve_string: Box::new(|_, _| None),
        },
        ..usvg::Options::default()
    }
}

/// Parses one of our pictures.
pub fn tree(picture: &Picture) -> Result<usvg::Tree, ExportError> {
    usvg::Tree::from_str(&picture.svg, &usvg_options())
        .map_err(|e| ExportError::internal(fill(t().err_read_back, &[("error", &e)])))
}

/// The size in pixels of a picture at a scale.
pub fn pixel_size(picture: &Picture, scale: f32) -> (u32, u32) {
    (
        (picture.width * scale).ceil().max(1.0) as u32,
        (picture.height * scale).ceil().max(1.0) as u32,
    )
}

/// Whether a PNG of this many pixels (width, height) may be made.
fn fits((width, height): (u32, u32)) -> bool {
    width <= MAX_PNG_SIDE
        && height <= MAX_PNG_SIDE
        && u64::from(width) * u64::from(height) <= MAX_PNG_PIXELS
}

/// The largest scale, in hundredths, at which the picture fits in a PNG
/// (0 when not even a hundredth does).
pub fn largest_scale(picture: &Picture) -> f32 {
    let (width, height) = (
        f64::from(picture.width.max(1.0)),
        f64::from(picture.height.max(1.0)),
    );
    let side = f64::from(MAX_PNG_SIDE);
    let limit = (side / width)
        .min(side / height)
        .min((MAX_PNG_PIXELS as f64 / (width * height)).sqrt());
    let mut hundredths = (limit * 100.0).floor() as u32;
    // Pixel sizes are rounded up: step down until the size really fits.
    while hundredths > 0 && !fits(pixel_size(picture, hundredths as f32 / 100.0)) {
        hundredths -= 1;
    }
    hundredths as f32 / 100.0
}

/// Renders a picture at `scale` (1 = one pixel per picture unit) as PNG bytes.
pub fn png(picture: &Picture, scale: f32, background: Background) -> Result<Vec<u8>, ExportError> {
    let (width, height, bytes) = render(picture, scale, background)?;
    let mut out = Vec::new();
    // Fast deflate with one filter ("up") for every row: adaptive filtering
    // tries all five filters on each of the picture's thousands of rows.
    let encoder = PngEncoder::new_with_quality(&mut out, CompressionType::Fast, FilterType::Up);
    let color = match background {
        Background::White => image::ExtendedColorType::Rgb8,
        Background::Transparent => image::ExtendedColorType::Rgba8,
    };
    encoder
        .write_image(&bytes, width, height, color)
        .map_err(|e| ExportError::internal(fill(t().err_encode, &[("error", &e)])))?;
    Ok(super::marker::tag_png(out))
}

/// Renders a picture at `scale` as pixels: width, height and RGBA (not premultiplied).
pub fn pixels(picture: &Picture, scale: f32) -> Result<(u32, u32, Vec<u8>), ExportError> {
    render(picture, scale, Background::Transparent)
}

/// Renders the picture: RGB on white, RGBA (not premultiplied) when
/// transparent. Bands of rows are drawn in parallel, one per core.
/// Draws the part of the tree that falls in a band of rows: top-level
/// elements whose bounds miss the band are skipped, so each thread draws
/// only its own share of the picture.
fn render_band(
    tree: &usvg::Tree,
    transform: tiny_skia::Transform,
    top: u32,
    rows: u32,
    scale: f32,
    pixmap: &mut tiny_skia::PixmapMut,
) {
    let root = tree.root();
    if !root.transform().is_identity() {
        resvg::render(tree, transform, pixmap);
        return;
    }
    let (band_top, band_bottom) = (top as f32 / scale, (top + rows) as f32 / scale);
    for node in root.children() {
        let Some(bounds) = node.abs_layer_bounding_box() else {
            continue;
        };
        if bounds.bottom() < band_top - 1.0 || bounds.top() > band_bottom + 1.0 {
            continue;
        }
        // `render_node` draws a node at its bounds' origin; put it back in place.
        resvg::render_node(
            node,
            transform.pre_translate(bounds.x(), bounds.y()),
            pixmap,
        );
    }
}

fn render(
    picture: &Picture,
    scale: f32,
    background: Background,
) -> Result<(u32, u32, Vec<u8>), ExportError> {
    if !(scale.is_finite() && scale > 0.0) {
        return Err(ExportError::options(fill(
            t().err_scale,
            &[("scale", &scale)],
        )));
    }
    let (width, height) = pixel_size(picture, scale);
    if !fits((width, height)) {
        return Err(ExportError::options(fill(
            t().err_too_large,
            &[
                ("width", &width),
                ("height", &height),
                ("side", &MAX_PNG_SIDE),
                ("megapixels", &(MAX_PNG_PIXELS / 1_000_000)),
                ("fit", &largest_scale(picture)),
            ],
        )));
    }
    let tree = tree(picture)?;
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8) as u32;
    // Small pictures are not worth the threads.
    let bands = if u64::from(width) * u64::from(height) < 1_000_000 {
        1
    } else {
        threads.min(height)
    };
    let rows = height.div_ceil(bands);
    let channels: usize = match background {
        Background::White => 3,
        Background::Transparent => 4,
    };
    let row_bytes = width as usize * channels;
    let mut bytes = vec![0u8; row_bytes * height as usize];
    // Each band draws on transparent pixels and writes its rows straight into
    // the output: composited over white (premultiplied colour plus the
    // uncovered share of white), or un-premultiplied RGBA.
    let band = |i: usize, out: &mut [u8]| -> Result<(), ExportError> {
        let top = i as u32 * rows;
        let band_height = (out.len() / row_bytes) as u32;
        let mut pixmap = tiny_skia::Pixmap::new(width, band_height).ok_or_else(|| {
            ExportError::internal(fill(
                t().err_memory,
                &[("width", &width), ("height", &height)],
            ))
        })?;
        let transform =
            tiny_skia::Transform::from_scale(scale, scale).post_translate(0.0, -(top as f32));
        render_band(
            &tree,
            transform,
            top,
            band_height,
            scale,
            &mut pixmap.as_mut(),
        );
        match background {
            Background::White => {
                for (o, p) in out.chunks_exact_mut(3).zip(pixmap.data().chunks_exact(4)) {
                    let uncovered = 255 - p[3];
                    o[0] = p[0].saturating_add(uncovered);
                    o[1] = p[1].saturating_add(uncovered);
                    o[2] = p[2].saturating_add(uncovered);
                }
            }
            Background::Transparent => {
                for (o, p) in out.chunks_exact_mut(4).zip(pixmap.pixels()) {
                    let c = p.demultiply();
                    o.copy_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
                }
            }
        }
        Ok(())
    };
    let results: Vec<Result<(), ExportError>> = std::thread::scope(|scope| {
        let mut chunks = bytes.chunks_mut(row_bytes * rows as usize).enumerate();
        let first = chunks.next();
        let handles: Vec<_> = chunks
            // Messages from the band are in the caller's language.
            .map(|(i, out)| scope.spawn(crate::i18n::carried(move || band(i, out))))
            .collect();
        let mut results = vec![first.map_or(Ok(()), |(i, out)| band(i, out))];
        for handle in handles {
            results.push(
                handle
                    .join()
                    .unwrap_or_else(|_| Err(ExportError::internal(t().err_draw))),
            );
        }
        results
    });
    for result in results {
        result?;
    }
    Ok((width, height, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A picture of this size with nothing in it.
    fn empty(width: f32, height: f32) -> Picture {
        Picture {
            svg: format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\"/>"
            ),
            width,
            height,
        }
    }

    #[test]
    fn the_refusal_names_the_largest_scale_and_that_scale_fits() {
        // The 10,000-step map is about 300,000 × 3,800 units; the 100,000-step
        // map about ten times as wide.
        for (width, height) in [
            (300_284.0, 3_786.0),
            (3_000_000.0, 3_786.0),
            (20_000.0, 9_000.0),
        ] {
            let picture = empty(width, height);
            let fit = largest_scale(&picture);
            assert!(fit > 0.0, "{width} × {height}");
            assert!(fits(pixel_size(&picture, fit)), "{fit} does not fit");
            assert!(
                !fits(pixel_size(&picture, fit + 0.01)),
                "{fit} is not the largest"
            );
            let refusal = png(&picture, fit + 0.01, Background::White)
                .expect_err("too large")
                .to_string();
            assert!(
                refusal.contains(&format!("the largest that fits is {fit})")),
                "{refusal}"
            );
        }
    }
}
