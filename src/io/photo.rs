//! Persona photos: a picture file the user picks (PNG, JPEG or WebP) becomes
//! a small square PNG stored inside the map, so one file carries everything.
//!
//! Pictures are untrusted input. The file size is checked before reading,
//! the declared dimensions before decoding (the decoder's allocation limit
//! alone is best-effort), and decoding runs under `image::Limits`. A
//! decompression bomb, a damaged file or a non-picture gives a clear message
//! and changes nothing.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use image::{ImageFormat, ImageReader, Limits};

use crate::i18n::fill;
use crate::model::{Map, Photo, PhotoFault, Problem};

/// The largest picture file accepted: 32 MiB.
pub const MAX_PHOTO_FILE_BYTES: u64 = 32 * 1024 * 1024;
/// The widest or tallest picture accepted, in pixels.
pub const MAX_PHOTO_SIDE: u32 = 12_000;
/// The most pixels a picture may have (a 48-megapixel camera photo fits).
pub const MAX_PHOTO_PIXELS: u64 = 50_000_000;
/// The side of the square stored in the map, in pixels.
pub const PHOTO_SIDE: u32 = 256;
/// The most memory decoding may take.
const MAX_DECODE_BYTES: u64 = 512 * 1024 * 1024;

/// Why a picture could not be used.
#[derive(Debug)]
pub struct PhotoError {
    /// The picture file, when it came from one.
    pub path: Option<PathBuf>,
    /// What is wrong.
    pub fault: PhotoFault,
}

impl std::fmt::Display for PhotoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let t = crate::i18n::files::t();
        match &self.path {
            Some(path) => f.write_str(&fill(
                t.photo_failed_file,
                &[("path", &path.display()), ("problem", &self.fault)],
            )),
            None => f.write_str(&fill(t.photo_failed, &[("problem", &self.fault)])),
        }
    }
}

impl std::error::Error for PhotoError {}

fn fail(fault: PhotoFault) -> PhotoError {
    PhotoError { path: None, fault }
}

/// Reads a picture file and makes the persona photo from it.
pub fn photo_from_file(path: &Path) -> Result<Photo, PhotoError> {
    let with_path = |mut e: PhotoError| {
        e.path = Some(path.to_path_buf());
        e
    };
    let unreadable = |e: std::io::Error| with_path(fail(PhotoFault::Unreadable(e.to_string())));
    let metadata = std::fs::metadata(path).map_err(unreadable)?;
    if metadata.len() > MAX_PHOTO_FILE_BYTES {
        return Err(with_path(fail(PhotoFault::TooLarge {
            bytes: metadata.len(),
            max: MAX_PHOTO_FILE_BYTES,
        })));
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    photo_from_bytes(&bytes).map_err(with_path)
}

fn reader(bytes: &[u8]) -> Result<ImageReader<Cursor<&[u8]>>, PhotoError> {
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| fail(PhotoFault::Unreadable(e.to_string())))?;
    match reader.format() {
        Some(ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP) => Ok(reader),
        Some(other) => Err(fail(PhotoFault::WrongFormat(format!("{other:?}")))),
        None => Err(fail(PhotoFault::NotAPicture)),
    }
}

fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_PHOTO_SIDE);
    limits.max_image_height = Some(MAX_PHOTO_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    limits
}

/// The most text a PNG may carry in its metadata chunks (compressed): 256 KiB.
/// A photo's metadata is a few KiB; a huge compressed text chunk is a bomb.
pub const MAX_PNG_TEXT_BYTES: u64 = 256 * 1024;

/// The bytes of a PNG's text chunks (tEXt, zTXt, iTXt), as stored.
fn png_text_bytes(bytes: &[u8]) -> u64 {
    let mut total = 0u64;
    let mut at = 8; // after the signature
    while let Some(header) = bytes.get(at..at + 8) {
        let len = u64::from(u32::from_be_bytes([
            header[0], header[1], header[2], header[3],
        ]));
        if matches!(&header[4..8], b"tEXt" | b"zTXt" | b"iTXt") {
            total += len;
        }
        at = match usize::try_from(len)
            .ok()
            .and_then(|l| at.checked_add(12 + l))
        {
            Some(next) => next,
            None => break,
        };
    }
    total
}

/// Decodes a picture under the limits, checking its declared size first.
fn decode(bytes: &[u8]) -> Result<image::DynamicImage, PhotoError> {
    if bytes.starts_with(b"\x89PNG") && png_text_bytes(bytes) > MAX_PNG_TEXT_BYTES {
        return Err(fail(PhotoFault::HiddenText {
            bytes: png_text_bytes(bytes),
            max: MAX_PNG_TEXT_BYTES,
        }));
    }
    let (width, height) = reader(bytes)?
        .into_dimensions()
        .map_err(|e| fail(PhotoFault::Damaged(e.to_string())))?;
    if width == 0 || height == 0 {
        return Err(fail(PhotoFault::NoPixels));
    }
    if width > MAX_PHOTO_SIDE
        || height > MAX_PHOTO_SIDE
        || u64::from(width) * u64::from(height) > MAX_PHOTO_PIXELS
    {
        return Err(fail(PhotoFault::TooManyPixels {
            width,
            height,
            side: MAX_PHOTO_SIDE,
            pixels: MAX_PHOTO_PIXELS,
        }));
    }
    let mut reader = reader(bytes)?;
    reader.limits(limits());
    reader
        .decode()
        .map_err(|e| fail(PhotoFault::Incomplete(e.to_string())))
}

/// Makes the persona photo from a picture's bytes: cropped to the middle
/// square, scaled to [`PHOTO_SIDE`] pixels, stored as PNG.
pub fn photo_from_bytes(bytes: &[u8]) -> Result<Photo, PhotoError> {
    let image = decode(bytes)?;
    let side = image.width().min(image.height());
    let square = image.crop_imm(
        (image.width() - side) / 2,
        (image.height() - side) / 2,
        side,
        side,
    );
    let small = square.resize_exact(
        PHOTO_SIDE,
        PHOTO_SIDE,
        image::imageops::FilterType::Triangle,
    );
    let mut png = Vec::new();
    small
        .to_rgba8()
        .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
        .map_err(|e| fail(PhotoFault::NotConverted(e.to_string())))?;
    Ok(Photo { bytes: png })
}

/// The photo's pixels (width, height, RGBA), for showing it. A photo in a map
/// file is untrusted too: it is decoded under the same limits.
pub fn photo_pixels(photo: &Photo) -> Result<(u32, u32, Vec<u8>), PhotoError> {
    photo_pixels_within(photo, u32::MAX)
}

/// The photo's pixels, scaled down to fit a square of `side` pixels when
/// larger: a texture on screen costs what it shows, not what the file stores
/// (a map written by another tool may carry camera-sized photos).
pub fn photo_pixels_within(photo: &Photo, side: u32) -> Result<(u32, u32, Vec<u8>), PhotoError> {
    let image = decode(&photo.bytes)?;
    let image = if image.width().max(image.height()) > side {
        image.thumbnail(side, side)
    } else {
        image
    };
    let image = image.to_rgba8();
    Ok((image.width(), image.height(), image.into_raw()))
}

/// Checks that a stored photo can be shown: decodable, under the same limits
/// as a picture the user picks (file size, pixels, hidden text).
pub fn check_photo(photo: &Photo) -> Result<(), PhotoFault> {
    if photo.bytes.len() as u64 > MAX_PHOTO_FILE_BYTES {
        return Err(PhotoFault::TooLarge {
            bytes: photo.bytes.len() as u64,
            max: MAX_PHOTO_FILE_BYTES,
        });
    }
    decode(&photo.bytes).map(drop).map_err(|e| e.fault)
}

/// A problem for every persona whose photo cannot be shown.
pub fn photo_problems(map: &Map) -> Vec<Problem> {
    map.personas
        .iter()
        .filter_map(|persona| {
            let fault = check_photo(persona.photo.as_ref()?).err()?;
            Some(Problem::PersonaPhoto {
                persona: persona.id,
                name: persona.name.clone(),
                fault,
            })
        })
        .collect()
}
