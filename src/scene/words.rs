//! Lane text broken into lines by the rules both the canvas and the exported
//! pictures follow: items stand behind bullets, words stay whole, only a
//! word longer than a whole line is broken (with a hyphen), and no line
//! starts or ends with a space. Text is measured by the caller, so the canvas
//! measures in egui's fonts and the pictures in theirs.

/// The bullet in front of each of a cell's items.
pub const BULLET: &str = "\u{2022} ";
/// The hyphen at the end of a line that breaks an over-long word.
const HYPHEN: &str = "-";

/// One line of wrapped lane text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The line's words; a bullet line starts with [`BULLET`].
    pub text: String,
    /// Whether the line goes on with the item above it: it is drawn indented
    /// by the bullet's width, under the item's first word.
    pub indent: bool,
}

/// The lines of a step's cell in `lane`, no wider than `max_width` (as
/// `measure` measures text): its items one per line of its text, with
/// bullets except in the touchpoint lane, which holds one thing.
pub fn cell_lines(
    lane: crate::model::Lane,
    step: &crate::model::Step,
    max_width: f32,
    measure: &mut dyn FnMut(&str) -> f32,
) -> Vec<Line> {
    let text = lane.text(step);
    let items: Vec<&str> = text.lines().collect();
    wrap_items(
        &items,
        lane != crate::model::Lane::Touchpoint,
        max_width,
        measure,
    )
}

/// A cell's items as lines no wider than `max_width` (as `measure` measures
/// text). With more than one item and `bullets`, each item starts with a
/// bullet and its further lines are indented under its text.
pub fn wrap_items(
    items: &[&str],
    bullets: bool,
    max_width: f32,
    measure: &mut dyn FnMut(&str) -> f32,
) -> Vec<Line> {
    let items: Vec<&str> = items
        .iter()
        .map(|i| i.trim())
        .filter(|i| !i.is_empty())
        .collect();
    let bullets = bullets && items.len() > 1;
    let indent = if bullets { measure(BULLET) } else { 0.0 };
    let mut lines = Vec::new();
    for item in items {
        for (n, text) in wrap_words(item, max_width - indent, measure)
            .into_iter()
            .enumerate()
        {
            lines.push(if bullets && n == 0 {
                Line {
                    text: format!("{BULLET}{text}"),
                    indent: false,
                }
            } else {
                Line {
                    text,
                    indent: bullets,
                }
            });
        }
    }
    lines
}

/// Text broken into lines no wider than `max_width`: at spaces, words kept
/// whole; a word wider than a whole line is broken, with a hyphen at the end
/// of each piece but the last. Lines never start or end with a space.
pub fn wrap_words(text: &str, max_width: f32, measure: &mut dyn FnMut(&str) -> f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let joined = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if measure(&joined) <= max_width {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if measure(word) <= max_width {
            line = word.to_owned();
            continue;
        }
        // Only a word longer than a whole line is broken: at its own
        // hyphens first, then inside a part, with a hyphen added.
        for part in word.split_inclusive('-') {
            let joined = format!("{line}{part}");
            if measure(&joined) <= max_width {
                line = joined;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let mut chars = part.chars().peekable();
            while let Some(c) = chars.next() {
                line.push(c);
                let Some(next) = chars.peek() else { break };
                if measure(&format!("{line}{next}{HYPHEN}")) > max_width {
                    lines.push(format!("{line}{HYPHEN}"));
                    line.clear();
                }
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character is 1 wide.
    fn chars(text: &str) -> f32 {
        text.chars().count() as f32
    }

    #[test]
    fn words_are_never_broken_in_the_middle_when_they_fit_on_a_line() {
        let lines = wrap_words("Verzendkosten te hoog bij retour", 14.0, &mut chars);
        assert_eq!(lines, ["Verzendkosten", "te hoog bij", "retour"]);
        for line in &lines {
            assert!(chars(line) <= 14.0, "{line}");
        }
    }

    #[test]
    fn wrapped_lines_never_start_or_end_with_a_space() {
        let text = "  Shipping   costs  appear only\tat the   very end  ";
        for width in 3..30 {
            for line in wrap_words(text, width as f32, &mut chars) {
                assert_eq!(line, line.trim(), "width {width}: {line:?}");
                assert!(!line.contains("  "), "width {width}: {line:?}");
            }
        }
    }

    #[test]
    fn only_an_over_long_word_is_broken_and_each_piece_ends_in_a_hyphen() {
        let lines = wrap_words("a Verzendkostenoverzicht b", 8.0, &mut chars);
        assert_eq!(lines, ["a", "Verzend-", "kosteno-", "verzich-", "t b"]);
        let pieces: String = lines[1..4]
            .iter()
            .map(|l| l.trim_end_matches('-'))
            .collect();
        assert_eq!(format!("{pieces}t"), "Verzendkostenoverzicht");
        for line in &lines {
            assert!(chars(line) <= 8.0, "{line}");
        }
    }

    #[test]
    fn an_over_long_word_breaks_at_its_own_hyphen_first() {
        let lines = wrap_words("Order-confirmation e-mail", 14.0, &mut chars);
        assert_eq!(lines, ["Order-", "confirmation", "e-mail"]);
    }

    #[test]
    fn items_stand_behind_bullets_and_their_further_lines_are_indented() {
        let lines = wrap_items(
            &["Shipping costs too high", "Slow delivery"],
            true,
            14.0,
            &mut chars,
        );
        let texts: Vec<(&str, bool)> = lines.iter().map(|l| (l.text.as_str(), l.indent)).collect();
        assert_eq!(
            texts,
            [
                ("\u{2022} Shipping", false),
                ("costs too", true),
                ("high", true),
                ("\u{2022} Slow", false),
                ("delivery", true),
            ]
        );
    }

    #[test]
    fn a_single_item_or_a_lane_without_bullets_has_no_bullet() {
        let one = wrap_items(&["Shipping costs"], true, 40.0, &mut chars);
        assert_eq!(
            one,
            [Line {
                text: "Shipping costs".into(),
                indent: false
            }]
        );
        let plain = wrap_items(&["Web shop", "(Website)"], false, 40.0, &mut chars);
        assert!(
            plain
                .iter()
                .all(|l| !l.text.starts_with(BULLET) && !l.indent)
        );
        assert_eq!(plain.len(), 2);
    }

    #[test]
    fn empty_items_make_no_lines() {
        assert!(wrap_items(&["", "  "], true, 10.0, &mut chars).is_empty());
    }
}
