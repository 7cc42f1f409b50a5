//! Persona photos from picture files: good pictures become a small square PNG;
//! damaged, hostile and non-pictures give a message and nothing else.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use image::{ImageFormat, Rgb, RgbImage};
use klantreis::io::photo::{
    PHOTO_SIDE, photo_from_bytes, photo_from_file, photo_pixels, photo_pixels_within,
};
use klantreis::model::{Persona, PersonaId, Photo, PhotoFault, Problem, Repair};

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

/// A PNG of `side` × `side` grey pixels, all zero: `side * (side + 1)`
/// bytes of zeros once inflated, yet small as a file.
fn png_of_zeros(side: u32) -> Vec<u8> {
    use flate2::{Compress, Compression, Crc, FlushCompress};
    fn chunk(png: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        png.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut crc = Crc::new();
        crc.update(kind);
        crc.update(data);
        png.extend_from_slice(kind);
        png.extend_from_slice(data);
        png.extend_from_slice(&crc.sum().to_be_bytes());
    }
    let raw = u64::from(side) * (u64::from(side) + 1);
    const BLOCK: u64 = 1 << 20;
    let mut compress = Compress::new(Compression::fast(), false);
    // A full flush resets the compressor, so every block of zeros deflates
    // to the same bytes: deflate one and repeat it.
    let mut deflate = |input: &[u8], flush| {
        let mut out = Vec::with_capacity(input.len() / 100 + 64);
        compress
            .compress_vec(input, &mut out, flush)
            .expect("deflate");
        out
    };
    let block = deflate(&vec![0; BLOCK as usize], FlushCompress::Full);
    let rest = deflate(&vec![0; (raw % BLOCK) as usize], FlushCompress::Full);
    let end = deflate(&[], FlushCompress::Finish);
    let mut zlib = vec![0x78, 0x01];
    for _ in 0..raw / BLOCK {
        zlib.extend_from_slice(&block);
    }
    zlib.extend_from_slice(&rest);
    zlib.extend_from_slice(&end);
    // Adler-32 of zeros: a stays 1, b counts the bytes.
    let adler = ((raw % 65_521) << 16) | 1;
    zlib.extend_from_slice(&(adler as u32).to_be_bytes());

    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = Vec::new();
    header.extend_from_slice(&side.to_be_bytes());
    header.extend_from_slice(&side.to_be_bytes());
    header.extend_from_slice(&[8, 0, 0, 0, 0]); // 8-bit grey, no interlace
    chunk(&mut png, b"IHDR", &header);
    chunk(&mut png, b"IDAT", &zlib);
    chunk(&mut png, b"IEND", &[]);
    png
}

/// The problems `load` finds in a map whose one persona has `photo` as its photo.
fn load_with_photo(photo: Vec<u8>) -> (klantreis::io::Loaded, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("kaart.ron");
    let mut map = klantreis::model::Map::default();
    let mut persona = Persona::new(PersonaId(3), "Duurzame Daniëlle");
    persona.photo = Some(Photo { bytes: photo });
    map.personas.push(persona);
    klantreis::io::save(&path, &map).expect("save");
    (klantreis::io::load(&path).expect("loads"), dir)
}

/// The one photo fault `load` reports for a map with this photo.
fn photo_fault(photo: Vec<u8>) -> PhotoFault {
    let (loaded, _dir) = load_with_photo(photo);
    match loaded.problems.as_slice() {
        [
            Problem::PersonaPhoto {
                persona: PersonaId(3),
                name,
                fault,
            },
        ] if name == "Duurzame Daniëlle" => fault.clone(),
        other => panic!("expected one photo problem, got {other:?}"),
    }
}

#[test]
fn a_map_with_a_good_photo_has_no_problem() {
    let photo = photo_from_bytes(&picture(64, 64, ImageFormat::Png)).expect("photo");
    let (loaded, _dir) = load_with_photo(photo.bytes);
    assert_eq!(loaded.problems, vec![]);
}

#[test]
fn a_persona_photo_that_is_text_is_reported_when_the_map_loads() {
    let text = std::fs::read(data("not-a-picture.png")).expect("fixture");
    assert_eq!(photo_fault(text), PhotoFault::NotAPicture);
}

#[test]
fn a_truncated_png_photo_is_reported_when_the_map_loads() {
    let mut bytes = picture(300, 300, ImageFormat::Png);
    bytes.truncate(bytes.len() / 2);
    assert!(
        matches!(photo_fault(bytes), PhotoFault::Incomplete(_)),
        "a cut-off PNG's header still reads; its pixels do not"
    );
}

#[test]
fn a_photo_declaring_65535_by_65535_pixels_is_reported_when_the_map_loads() {
    let bomb = std::fs::read(data("declares-65535x65535.png")).expect("fixture");
    assert!(matches!(
        photo_fault(bomb),
        PhotoFault::TooManyPixels {
            width: 65_535,
            height: 65_535,
            ..
        }
    ));
}

#[test]
fn a_photo_with_a_text_bomb_is_reported_when_the_map_loads() {
    let bomb = std::fs::read(data("text-bomb.png")).expect("fixture");
    assert!(matches!(photo_fault(bomb), PhotoFault::HiddenText { .. }));
}

#[test]
fn a_png_of_1_gib_of_zeros_is_refused_as_a_photo_and_reported_in_a_map() {
    let bomb = png_of_zeros(32_768);
    // A few MiB of file that inflate to 1 GiB.
    assert!(bomb.len() < 8 << 20, "{} bytes", bomb.len());
    let message = photo_from_bytes(&bomb).expect_err("bomb").to_string();
    assert!(message.contains("32768 × 32768 pixels"), "{message}");
    assert!(matches!(
        photo_fault(bomb),
        PhotoFault::TooManyPixels {
            width: 32_768,
            height: 32_768,
            ..
        }
    ));
    // The same construction at a size within the limits is a valid picture,
    // so the refusal above is the limit's doing.
    let (w, h, _) = photo_pixels(&Photo {
        bytes: png_of_zeros(100),
    })
    .expect("a small picture of zeros decodes");
    assert_eq!((w, h), (100, 100));
}

#[test]
fn repair_takes_out_a_photo_that_cannot_be_shown_and_keeps_the_persona() {
    let text = std::fs::read(data("not-a-picture.png")).expect("fixture");
    let (mut loaded, _dir) = load_with_photo(text);
    let done = klantreis::io::repair(
        &mut loaded.map,
        klantreis::i18n::problems::unassigned_phase(),
    );
    assert_eq!(
        done,
        vec![Repair::PhotoRemoved {
            persona: PersonaId(3),
            name: "Duurzame Daniëlle".to_owned()
        }]
    );
    assert_eq!(loaded.map.personas.len(), 1);
    assert_eq!(loaded.map.personas[0].photo, None);
    assert_eq!(klantreis::io::problems(&loaded.map), vec![]);
}

#[test]
fn a_camera_sized_photo_in_a_map_is_shown_from_a_small_texture() {
    // Written by another tool: the photo was never made small.
    let photo = Photo {
        bytes: picture(3000, 2000, ImageFormat::Png),
    };
    let (w, h, pixels) = photo_pixels_within(&photo, PHOTO_SIDE).expect("decodes");
    assert_eq!(
        (w, h),
        (PHOTO_SIDE, 171),
        "3000 × 2000 fitted into 256 × 256"
    );
    assert_eq!(pixels.len(), (w * h * 4) as usize);
    let (w, h, _) = photo_pixels_within(&photo, 5000).expect("decodes");
    assert_eq!((w, h), (3000, 2000), "a small enough photo stays as it is");
}
