//! Pictures to pixels: the SVG rendered with resvg, with the embedded font.

use image::ImageEncoder as _;
use resvg::{tiny_skia, usvg};
use image::codecs::png::{CompressionType, FilterType, PngEncoder};

use super::svg::Picture;
use super::text;
use super::{Background, ExportError};

/// The widest or tallest PNG an export makes, in pixels.
pub const MAX_PNG_SIDE: u32 = 32_000;
/// The most pixels a PNG export may have (about 480 MB while it is drawn).
pub const MAX_PNG_PIXELS: u64 = 120_000_000;

/// The options usvg reads our SVG with: only the embedded fonts, and no
/// files or URLs read for images (ours are all inside the SVG).
pub fn usvg_options() -> usvg::Options<'static> {
    usvg::Options {
        font_family: text::FAMILY.to_owned(),
        fontdb: text::fontdb(),
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
        .map_err(|e| ExportError::internal(format!("the picture could not be read back ({e})")))
}

/// The size in pixels of a picture at a scale.
pub fn pixel_size(picture: &Picture, scale: f32) -> (u32, u32) {
    (
        (picture.width * scale).ceil().max(1.0) as u32,
        (picture.height * scale).ceil().max(1.0) as u32,
    )
}

/// Renders a picture at `scale` (1 = one pixel per picture unit) as PNG bytes.
pub fn png(picture: &Picture, scale: f32, background: Background) -> Result<Vec<u8>, ExportError> {
    if !(scale.is_finite() && scale > 0.0) {
        return Err(ExportError::options(format!(
            "the scale {scale} is not a positive number; use 1, 2 or 4"
        )));
    }
    let (width, height) = pixel_size(picture, scale);
    if width > MAX_PNG_SIDE
        || height > MAX_PNG_SIDE
        || u64::from(width) * u64::from(height) > MAX_PNG_PIXELS
    {
        return Err(ExportError::options(format!(
            "the PNG would be {width} × {height} pixels, more than a PNG export makes \
             ({MAX_PNG_SIDE} pixels a side, {} megapixels); choose a smaller scale, fewer \
             journeys or no lanes, or export SVG or PDF, which have no such limit",
            MAX_PNG_PIXELS / 1_000_000
        )));
    }
    let tree = tree(picture)?;
    let mut pixmap = tiny_skia::Pixmap::new(width, height).ok_or_else(|| {
        ExportError::internal(format!("there is not enough memory for {width} × {height} pixels"))
    })?;
    if background == Background::White {
        pixmap.fill(tiny_skia::Color::WHITE);
    }
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    encode(&pixmap, background)
}

/// PNG bytes of a pixmap: RGB on white, RGBA (not premultiplied) when transparent.
fn encode(pixmap: &tiny_skia::Pixmap, background: Background) -> Result<Vec<u8>, ExportError> {
    let (width, height) = (pixmap.width(), pixmap.height());
    let mut out = Vec::new();
    let encoder = PngEncoder::new_with_quality(&mut out, CompressionType::Fast, FilterType::Adaptive);
    let result = match background {
        Background::White => {
            let rgb: Vec<u8> = pixmap
                .data()
                .chunks_exact(4)
                .flat_map(|p| [p[0], p[1], p[2]])
                .collect();
            encoder.write_image(&rgb, width, height, image::ExtendedColorType::Rgb8)
        }
        Background::Transparent => {
            let rgba: Vec<u8> = pixmap
                .pixels()
                .iter()
                .flat_map(|p| {
                    let c = p.demultiply();
                    [c.red(), c.green(), c.blue(), c.alpha()]
                })
                .collect();
            encoder.write_image(&rgba, width, height, image::ExtendedColorType::Rgba8)
        }
    };
    result.map_err(|e| ExportError::internal(format!("the PNG could not be encoded ({e})")))?;
    Ok(out)
}
