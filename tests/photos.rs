//! Persona photos from picture files: good pictures become a small square PNG;
//! damaged, hostile and non-pictures give a message and nothing else.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use image::{ImageFormat, Rgb, RgbImage};
use klantreis::io::photo::{PHOTO_SIDE, photo_from_bytes, photo_from_file, photo_pixels};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn picture(width: u32, height: u32, format: ImageFormat) -> Vec<u8> {
    let image = RgbImage::from_fn(width, height, |x, y| {
        Rgb([(x % 256) as u8, (y % 256) as u8, 128])
    });
    let mut bytes = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut bytes), format)
        .expect("encode");
    bytes
}

#[test]
fn a_png_jpeg_or_webp_becomes_a_small_square_png() {
    for format in [ImageFormat::Png, ImageFormat::Jpeg, ImageFormat::WebP] {
        let photo = photo_from_bytes(&picture(640, 400, format))
            .unwrap_or_else(|e| panic!("{format:?}: {e}"));
        assert!(photo.bytes.starts_with(b"\x89PNG"), "{format:?}");
        let (w, h, pixels) = photo_pixels(&photo).expect("decodes");
        assert_eq!((w, h), (PHOTO_SIDE, PHOTO_SIDE));
        assert_eq!(pixels.len(), (PHOTO_SIDE * PHOTO_SIDE * 4) as usize);
        assert!(photo.bytes.len() < 300_000, "{}", photo.bytes.len());
    }
}

#[test]
fn a_damaged_picture_is_refused_with_its_name() {
    let dir = tempfile::tempdir().expect("dir");
    let mut bytes = picture(300, 300, ImageFormat::Png);
    bytes.truncate(bytes.len() / 2);
    let path = dir.path().join("kapot.png");
    std::fs::write(&path, &bytes).expect("write");
    let message = photo_from_file(&path).expect_err("damaged").to_string();
    assert!(
        message.contains("kapot.png") && message.contains("damaged"),
        "{message}"
    );
    assert!(message.contains("not changed"), "{message}");
}

#[test]
fn a_tiny_png_declaring_65535_by_65535_pixels_is_refused_before_decoding() {
    let path = data("declares-65535x65535.png");
    assert!(std::fs::metadata(&path).expect("file").len() < 1024);
    let message = photo_from_file(&path).expect_err("bomb").to_string();
    assert!(message.contains("65535 × 65535 pixels"), "{message}");
}

#[test]
fn a_png_with_a_huge_compressed_text_chunk_is_refused() {
    // 512 MiB of text compressed into half a MiB.
    let message = photo_from_file(&data("text-bomb.png"))
        .expect_err("text bomb")
        .to_string();
    assert!(message.contains("hidden text"), "{message}");
}

#[test]
fn a_file_that_is_not_a_picture_says_so() {
    let message = photo_from_file(&data("not-a-picture.png"))
        .expect_err("not a picture")
        .to_string();
    assert!(
        message.contains("not-a-picture.png") && message.contains("not a picture"),
        "{message}"
    );
    let dir = tempfile::tempdir().expect("dir");
    let gif = dir.path().join("animatie.gif");
    std::fs::write(&gif, b"GIF89a\x01\x00\x01\x00\x00\x00\x00;").expect("write");
    let message = photo_from_file(&gif).expect_err("gif").to_string();
    assert!(message.contains("PNG, JPEG or WebP"), "{message}");
    let message = photo_from_file(&dir.path().join("weg.png"))
        .expect_err("missing")
        .to_string();
    assert!(
        message.contains("weg.png") && message.contains("cannot be read"),
        "{message}"
    );
}
