//! The evidence tint's legend in exported pictures (SVG, PNG, PDF), where
//! the scene placed it — the same legend the canvas shows.

use egui::emath::pos2;

use super::svg::{Paint, Svg, ink};
use crate::scene::Scene;
use crate::scene::evidence::SWATCH;

/// Paints the legend of the scene's evidence tint, when the tint is on.
pub(crate) fn draw_legend(svg: &mut Svg, scene: &Scene) {
    let Some(tint) = &scene.evidence else {
        return;
    };
    let legend = &tint.legend;
    svg.begin_group("evidence-legend");
    svg.rect(
        legend.rect,
        4.0,
        Some(Paint::WHITE),
        Some((Paint::gray(0xb0), 1.0)),
    );
    let text = |svg: &mut Svg, text: &crate::scene::Text| {
        let at = pos2(text.at.x, text.baseline());
        svg.text(at, text.font, ink(), text.anchor, &text.text);
    };
    text(svg, &legend.title);
    for (centre, colour, words) in &legend.rows {
        svg.circle(
            *centre,
            SWATCH,
            Some(Paint::rgb(*colour)),
            Some((Paint::WHITE, 1.0)),
            None,
        );
        text(svg, words);
    }
    svg.end_group();
}
