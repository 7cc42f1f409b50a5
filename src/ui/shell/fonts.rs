//! The window's fonts: egui's own, then the symbol font the pictures use
//! (DejaVu Sans), so arrows, check marks and other symbols a consultant types
//! into a map show on the canvas as they do in the exports, not as boxes,
//! and last the pictures' emoji font (Noto Emoji 3), for the emoji newer
//! than the ones egui's own emoji font knows (🥰, 🫶, 🪴 …).

use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
use egui::{FontData, FontFamily};

/// Adds the pictures' symbol font, then their emoji font, after egui's
/// fonts, for every family.
pub fn install_symbol_font(ctx: &egui::Context) {
    for (name, bytes) in [
        ("klantreis-symbols", crate::picture::text::SYMBOLS),
        ("klantreis-emoji", crate::picture::text::EMOJI),
    ] {
        ctx.add_font(FontInsert::new(
            name,
            FontData::from_static(bytes),
            [FontFamily::Proportional, FontFamily::Monospace]
                .into_iter()
                .map(|family| InsertFontFamily {
                    family,
                    priority: FontPriority::Lowest,
                })
                .collect(),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the window's proportional font draws every character of `text`.
    fn draws(ctx: &egui::Context, text: &str) -> bool {
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
        ctx.fonts_mut(|fonts| fonts.has_glyphs(&egui::FontId::proportional(14.0), text))
    }

    #[test]
    fn symbols_typed_into_a_map_have_glyphs_on_the_canvas() {
        let symbols = "✓ ✗ → ⇒ ← ↑ ↓ ≥ ≤ ★ ♥ € −";
        let plain = egui::Context::default();
        assert!(
            !draws(&plain, symbols),
            "egui's own fonts lack some of them"
        );
        let ctx = egui::Context::default();
        install_symbol_font(&ctx);
        assert!(draws(&ctx, symbols));
    }

    #[test]
    fn emoji_from_unicode_9_to_15_have_glyphs_on_the_canvas() {
        let emoji = "🥰 🧑 💻 🫶 🪴 🫠 🩷 🪿 🥳 🧾";
        let plain = egui::Context::default();
        assert!(!draws(&plain, emoji), "egui's own emoji font lacks some");
        let ctx = egui::Context::default();
        install_symbol_font(&ctx);
        assert!(draws(&ctx, emoji));
    }
}
