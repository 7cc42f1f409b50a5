//! The mark Klantreis puts in every picture it exports (the SVG's generator
//! comment, the PNG's `Software` text, the PDF's creator), so that exporting
//! again may replace its own earlier picture without asking, while any other
//! file of that name is left alone until the user agrees.

/// The comment after the XML declaration of every SVG Klantreis writes, as
/// drawing programs name themselves.
pub const SVG_COMMENT: &str = "<!-- Generator: Klantreis -->";

/// The keyword and text of the PNG `tEXt` chunk Klantreis adds (PNG's own
/// keyword for the program that made the file).
const PNG_TEXT: &[u8] = b"Software\0Klantreis";

/// The document information a Klantreis PDF carries (see `pdf.rs`).
const PDF_CREATOR: &[u8] = b"/Creator (Klantreis)";

/// The eight bytes every PNG starts with.
/// What marks a PowerPoint file as Klantreis's: its first part, stored
/// uncompressed, names the application that wrote it.
pub const PPTX_APPLICATION: &str = "<Application>Klantreis</Application>";

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// The PNG with Klantreis's `tEXt` chunk right after its header chunk.
/// Bytes that are not a PNG are returned as they are.
pub fn tag_png(png: Vec<u8>) -> Vec<u8> {
    // Signature (8) + IHDR: length (4), type (4), 13 bytes of data, CRC (4).
    const AFTER_HEADER: usize = 8 + 4 + 4 + 13 + 4;
    if png.len() < AFTER_HEADER || !png.starts_with(PNG_SIGNATURE) || &png[12..16] != b"IHDR" {
        return png;
    }
    let mut chunk = Vec::with_capacity(12 + PNG_TEXT.len());
    chunk.extend_from_slice(&(PNG_TEXT.len() as u32).to_be_bytes());
    chunk.extend_from_slice(b"tEXt");
    chunk.extend_from_slice(PNG_TEXT);
    chunk.extend_from_slice(&crc32(&chunk[4..]).to_be_bytes());
    let mut out = Vec::with_capacity(png.len() + chunk.len());
    out.extend_from_slice(&png[..AFTER_HEADER]);
    out.extend_from_slice(&chunk);
    out.extend_from_slice(&png[AFTER_HEADER..]);
    out
}

/// Whether the first bytes of a file are those of a picture Klantreis exported.
pub fn is_own_picture(head: &[u8]) -> bool {
    if head.starts_with(PNG_SIGNATURE) {
        return contains(head, PNG_TEXT);
    }
    if head.starts_with(b"PK\x03\x04") {
        return contains(head, PPTX_APPLICATION.as_bytes());
    }
    if head.starts_with(b"%PDF-") {
        return contains(head, PDF_CREATOR);
    }
    // An SVG: the comment comes right after the XML declaration.
    let start = &head[..head.len().min(256)];
    contains(start, SVG_COMMENT.as_bytes())
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The CRC-32 of PNG chunks (ISO 3309, as in zlib), bit by bit: the chunk is a few bytes.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffff_u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_crc_is_the_one_png_readers_check() {
        // The CRC of an IEND chunk's type, found in every PNG.
        assert_eq!(crc32(b"IEND"), 0xae42_6082);
    }

    #[test]
    fn a_tagged_png_still_decodes_and_is_known_as_ours() {
        use image::ImageEncoder;
        let mut png = Vec::new();
        image::codecs::png::PngEncoder::new(&mut png)
            .write_image(&[255, 0, 0], 1, 1, image::ExtendedColorType::Rgb8)
            .expect("encode");
        assert!(!is_own_picture(&png));
        let tagged = tag_png(png);
        assert!(is_own_picture(&tagged));
        let decoded = image::load_from_memory(&tagged).expect("decodes");
        assert_eq!(decoded.width(), 1);
    }

    #[test]
    fn other_files_are_not_ours() {
        assert!(!is_own_picture(
            b"%PDF-1.7\n1 0 obj << /Creator (LibreOffice) >>"
        ));
        assert!(is_own_picture(
            b"%PDF-1.7\n1 0 obj << /Creator (Klantreis) >>"
        ));
        assert!(!is_own_picture(b"<?xml version=\"1.0\"?>\n<svg/>"));
        assert!(!is_own_picture(b"Title,Type\r\n"));
        assert!(!is_own_picture(b""));
    }
}
