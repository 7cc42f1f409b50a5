//! The fonts the pictures use, embedded in the program so every machine draws
//! the same letters, and the measuring that wraps and shortens text to fit.
//!
//! Noto Sans draws the letters. What it lacks (arrows, mathematical
//! operators, dingbats, many symbols) comes from DejaVu Sans, and emoji from
//! Noto Emoji (monochrome): the same fallback order when the PNG and PDF are
//! drawn ([`fallback`]) and when text is measured ([`Font::width`]). A
//! character no font has would be drawn as an empty box and, in a PDF, copied
//! as the wrong character; [`missing_chars`] finds those.

use std::sync::{Arc, OnceLock};

/// Noto Sans Regular (SIL Open Font License 1.1, see `assets/fonts/OFL.txt`).
pub const REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans Bold (SIL Open Font License 1.1).
pub const BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
/// DejaVu Sans (Bitstream Vera licence, see `assets/fonts/LICENSE-DejaVu.txt`):
/// the fallback for symbols.
pub const SYMBOLS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold, the fallback for symbols in bold text.
pub const SYMBOLS_BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");
/// Noto Emoji, monochrome (SIL Open Font License 1.1): the fallback for emoji.
pub const EMOJI: &[u8] = include_bytes!("../../assets/fonts/NotoEmoji-Regular.ttf");
/// The family name the SVG asks for, with fallbacks for viewers without it.
pub const FAMILY: &str = "Noto Sans";
/// The families tried, in this order, for a character the main font lacks.
const FALLBACK_FAMILIES: [&str; 2] = ["DejaVu Sans", "Noto Emoji"];
/// What an SVG's `font-family` says: the embedded font first.
pub const FAMILY_LIST: &str = "'Noto Sans', 'DejaVu Sans', Arial, Helvetica, sans-serif";

/// The embedded fonts of one weight, in fallback order: the main font first.
fn faces(bold: bool) -> [&'static [u8]; 3] {
    if bold {
        [BOLD, SYMBOLS_BOLD, EMOJI]
    } else {
        [REGULAR, SYMBOLS, EMOJI]
    }
}

/// Advance widths of a font and its fallbacks, in ems, for quick measuring.
struct Metrics {
    /// Widths of the characters below [`FAST`], looked up by code point.
    fast: Vec<f32>,
    /// The fonts, in fallback order, for the rest.
    faces: Vec<ttf_parser::Face<'static>>,
}

/// Characters below this (Latin, Latin-1 and Latin Extended-A/B) are measured from a table.
const FAST: u32 = 0x250;

impl Metrics {
    fn new(bold: bool) -> Self {
        let faces = faces(bold)
            .into_iter()
            .filter_map(|bytes| ttf_parser::Face::parse(bytes, 0).ok())
            .collect();
        let mut metrics = Self {
            fast: Vec::new(),
            faces,
        };
        metrics.fast = (0..FAST)
            .map(|c| char::from_u32(c).map_or(0.0, |c| metrics.measure(c)))
            .collect();
        metrics
    }

    fn measure(&self, c: char) -> f32 {
        // Joiners and variation selectors (emoji sequences) take no room.
        if matches!(c, '\u{200b}'..='\u{200f}' | '\u{fe00}'..='\u{fe0f}') {
            return 0.0;
        }
        let advance = |face: &ttf_parser::Face<'_>, c: char| {
            let em = f32::from(face.units_per_em().max(1));
            face.glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .map(|a| f32::from(a) / em)
        };
        self.faces
            .iter()
            .find_map(|face| advance(face, c))
            .or_else(|| self.faces.first().and_then(|face| advance(face, '?')))
            .unwrap_or(0.55)
    }

    fn width(&self, c: char) -> f32 {
        match self.fast.get(c as usize) {
            Some(w) => *w,
            None => self.measure(c),
        }
    }
}

fn metrics(bold: bool) -> &'static Metrics {
    static REGULAR_METRICS: OnceLock<Metrics> = OnceLock::new();
    static BOLD_METRICS: OnceLock<Metrics> = OnceLock::new();
    if bold {
        BOLD_METRICS.get_or_init(|| Metrics::new(true))
    } else {
        REGULAR_METRICS.get_or_init(|| Metrics::new(false))
    }
}

/// The characters of `text` that none of the embedded fonts of that weight
/// can draw (each once, in order), leaving out those that take no room
/// (line breaks, joiners, variation selectors).
pub fn missing_chars(text: &str, bold: bool) -> Vec<char> {
    let faces = &metrics(bold).faces;
    let mut missing = Vec::new();
    for c in text.chars() {
        let invisible = c.is_control()
            || c.is_whitespace()
            || matches!(c, '\u{200b}'..='\u{200f}' | '\u{fe00}'..='\u{fe0f}');
        if !invisible
            && !missing.contains(&c)
            && faces.iter().all(|face| face.glyph_index(c).is_none())
        {
            missing.push(c);
        }
    }
    missing
}

/// The font database for rendering: only the embedded fonts, never the system's.
pub fn fontdb() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        for bytes in [REGULAR, BOLD, SYMBOLS, SYMBOLS_BOLD, EMOJI] {
            db.load_font_source(usvg::fontdb::Source::Binary(Arc::new(bytes)));
        }
        db.set_sans_serif_family(FAMILY);
        db.set_serif_family(FAMILY);
        db.set_monospace_family(FAMILY);
        db.set_cursive_family(FAMILY);
        db.set_fantasy_family(FAMILY);
        Arc::new(db)
    })
    .clone()
}

/// The font usvg draws a character with when the font of its text lacks it:
/// the first of DejaVu Sans and Noto Emoji that has it, in the text's weight
/// where there is one. usvg's own choice takes any font in the database with
/// a loose style match, which would draw symbols in bold text thin.
pub fn fallback() -> usvg::FallbackSelectionFn<'static> {
    Box::new(|c, used, db| {
        let weight = used
            .first()
            .and_then(|id| db.face(*id))
            .map_or(usvg::fontdb::Weight::NORMAL, |face| face.weight);
        let usable = |id: usvg::fontdb::ID| {
            !used.contains(&id)
                && db
                    .with_face_data(id, |data, index| {
                        ttf_parser::Face::parse(data, index)
                            .is_ok_and(|face| face.glyph_index(c).is_some())
                    })
                    .unwrap_or(false)
        };
        FALLBACK_FAMILIES
            .iter()
            .find_map(|family| {
                let query = usvg::fontdb::Query {
                    families: &[usvg::fontdb::Family::Name(family)],
                    weight,
                    ..usvg::fontdb::Query::default()
                };
                db.query(&query).filter(|id| usable(*id))
            })
            .or_else(|| db.faces().map(|face| face.id).find(|id| usable(*id)))
    })
}

/// A font: its size in picture units and whether it is bold.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Font {
    /// The size (the em), in picture units.
    pub size: f32,
    /// Bold or regular.
    pub bold: bool,
    /// The distance between lines, in ems.
    pub leading: f32,
}

impl Font {
    /// A regular font of this size.
    pub const fn regular(size: f32) -> Self {
        Self {
            size,
            bold: false,
            leading: 1.3,
        }
    }

    /// A bold font of this size.
    pub const fn bold(size: f32) -> Self {
        Self {
            size,
            bold: true,
            leading: 1.3,
        }
    }

    /// This font with lines `leading` ems apart.
    pub const fn leading(self, leading: f32) -> Self {
        Self { leading, ..self }
    }

    /// How wide `text` is in this font, on one line.
    pub fn width(self, text: &str) -> f32 {
        let m = metrics(self.bold);
        text.chars().map(|c| m.width(c)).sum::<f32>() * self.size
    }

    /// The distance between two lines of text.
    pub fn line_height(self) -> f32 {
        self.size * self.leading
    }
}

/// Text broken into lines no wider than `max_width`, at most `max_lines` of
/// them; text that does not fit ends in "…". Line breaks in `text` are kept.
/// A word longer than a line is broken inside.
pub fn wrap(text: &str, font: Font, max_width: f32, max_lines: usize) -> Vec<String> {
    if max_lines == 0 {
        return Vec::new();
    }
    let mut lines: Vec<String> = Vec::new();
    let mut cut = false;
    'paragraphs: for paragraph in text.lines() {
        let mut line = String::new();
        let mut line_width = 0.0;
        for word in paragraph.split_whitespace() {
            let word_width = font.width(word);
            let space = if line.is_empty() {
                0.0
            } else {
                font.width(" ")
            };
            if line_width + space + word_width <= max_width {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
                line_width += space + word_width;
                continue;
            }
            if !line.is_empty() && end_line(&mut lines, &mut line, &mut line_width, max_lines) {
                cut = true;
                break 'paragraphs;
            }
            // The word starts a line; break it inside if it is too long.
            for c in word.chars() {
                let w = font.width(c.encode_utf8(&mut [0; 4]));
                if line_width + w > max_width
                    && !line.is_empty()
                    && end_line(&mut lines, &mut line, &mut line_width, max_lines)
                {
                    cut = true;
                    break 'paragraphs;
                }
                line.push(c);
                line_width += w;
            }
        }
        if lines.len() >= max_lines {
            cut = true;
            break;
        }
        if !line.is_empty() {
            lines.push(line);
        }
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        cut = true;
    }
    if cut && let Some(last) = lines.last_mut() {
        *last = with_ellipsis(last, font, max_width);
    }
    lines
}

/// Moves the line being filled to `lines` and starts an empty one; returns
/// whether that was the last line allowed (the rest of the text is cut).
fn end_line(lines: &mut Vec<String>, line: &mut String, width: &mut f32, max_lines: usize) -> bool {
    let last = lines.len() + 1 >= max_lines;
    lines.push(std::mem::take(line));
    *width = 0.0;
    last
}

/// `text` shortened so that it and a following "…" fit in `max_width`.
fn with_ellipsis(text: &str, font: Font, max_width: f32) -> String {
    let room = max_width - font.width("…");
    let mut out = String::new();
    let mut width = 0.0;
    for c in text.chars() {
        let w = font.width(c.encode_utf8(&mut [0; 4]));
        if width + w > room {
            break;
        }
        out.push(c);
        width += w;
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('…');
    out
}

/// `text` on one line, shortened with "…" if it is wider than `max_width`.
pub fn fit_line(text: &str, font: Font, max_width: f32) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if font.width(&one_line) <= max_width {
        one_line
    } else {
        with_ellipsis(&one_line, font, max_width)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_font_has_dutch_letters() {
        let face = ttf_parser::Face::parse(REGULAR, 0).expect("font");
        for c in "ëéïüĳ€…".chars() {
            assert!(face.glyph_index(c).is_some(), "{c}");
        }
    }

    /// Every character of `ranges` that is assigned in Unicode (as far as
    /// `char` knows: a letter, a mark, a number, punctuation or a symbol).
    fn printable(ranges: &[std::ops::RangeInclusive<u32>]) -> String {
        ranges
            .iter()
            .flat_map(|r| r.clone())
            .filter_map(char::from_u32)
            .filter(|c| !c.is_control() && !c.is_whitespace())
            .collect()
    }

    #[test]
    fn every_block_a_map_can_hold_has_a_glyph_in_regular_and_bold() {
        let blocks = printable(&[
            0xa1..=0xff,       // Latin-1 Supplement
            0x100..=0x17f,     // Latin Extended-A
            0x2010..=0x2027,   // general punctuation: dashes, quotes, bullets, …
            0x2030..=0x205e,   // general punctuation: ‰, ′, ‹ ›, ‽, ⁂, …
            0x20a0..=0x20bf,   // currency
            0x2190..=0x21ff,   // arrows
            0x2200..=0x22ff,   // mathematical operators
            0x2600..=0x269c,   // miscellaneous symbols (to Unicode 5.0): ★ ♥ ☎ ☀ ⚠
            0x2701..=0x275e,   // dingbats: ✓ ✔ ✗ ❤ ✉
            0x2761..=0x27bf,   // dingbats: ❤ ➔ ➜ ➡
            0x1f600..=0x1f640, // emoji: faces 😀 … 🙀
        ]);
        // The emoji a workshop reaches for; the monochrome Noto Emoji that
        // egui ships stops at Unicode 8 (no 🙂, 🤔 or 🥳).
        let emoji = "😀😃😄😁😊😍😢😭😡😱👍👎👏🙏🎉🚀💡📈📉📞📧💬💳🏠🚚⭐❤✅❌⚠🔥💰⏰📅";
        let blocks = blocks + emoji;
        for bold in [false, true] {
            assert_eq!(
                missing_chars(&blocks, bold),
                Vec::<char>::new(),
                "bold: {bold}"
            );
        }
        // And the measure: a symbol from a fallback font is as wide as its glyph there.
        assert!(Font::regular(10.0).width("→") > 3.0);
        assert!(Font::regular(10.0).width("😀") > 5.0);
        assert_eq!(Font::regular(10.0).width("\u{fe0f}"), 0.0);
    }

    #[test]
    fn wrapped_lines_fit_and_long_text_ends_in_an_ellipsis() {
        let font = Font::regular(13.0);
        let text =
            "Vergelijkt de prijzen van waterkokers op drie verschillende websites en leest reviews";
        let lines = wrap(text, font, 150.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|l| font.width(l) <= 150.0), "{lines:?}");
        assert!(lines[1].ends_with('…'));
        assert_eq!(wrap("kort", font, 150.0, 2), vec!["kort".to_owned()]);
        let long_word = wrap(&"x".repeat(200), font, 100.0, 3);
        assert_eq!(long_word.len(), 3);
        assert!(long_word.iter().all(|l| font.width(l) <= 100.0));
        assert_eq!(wrap("a\nb\nc", font, 100.0, 2), vec!["a", "b…"]);
        assert!(font.width(&fit_line(text, font, 120.0)) <= 120.0);
    }

    proptest::proptest! {
        #[test]
        fn wrapping_keeps_every_word_when_there_is_room(
            words in proptest::collection::vec("[a-zëé]{1,12}", 0..30),
            width in 60.0f32..400.0,
        ) {
            let font = Font::regular(13.0);
            let text = words.join(" ");
            let lines = wrap(&text, font, width, 1_000);
            proptest::prop_assert!(lines.iter().all(|l| font.width(l) <= width + 0.01));
            // No cut: the lines put back together are the text (long words may be split).
            let joined: String = lines.concat().split_whitespace().collect();
            let original: String = text.split_whitespace().collect();
            proptest::prop_assert_eq!(joined, original);
        }

        #[test]
        fn wrapping_never_gives_more_lines_than_asked(
            text in "[a-z \n]{0,300}",
            max_lines in 1usize..5,
        ) {
            let lines = wrap(&text, Font::regular(13.0), 80.0, max_lines);
            proptest::prop_assert!(lines.len() <= max_lines);
        }
    }
}
