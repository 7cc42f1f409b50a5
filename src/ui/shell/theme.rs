//! Every colour and size of the interface, in one place: the only module
//! (with `scene::palette`, which it builds on) allowed to make colours.
#![allow(clippy::disallowed_methods)]

use egui::Color32;

use crate::model::{Lane, Rgb};
use crate::scene::palette::{self, Colour};

/// The egui colour of a map colour.
pub const fn color(rgb: Rgb) -> Color32 {
    Color32::from_rgb(rgb.0, rgb.1, rgb.2)
}

/// The egui colour of a palette colour.
pub const fn egui(c: Colour) -> Color32 {
    Color32::from_rgba_unmultiplied_const(c.r, c.g, c.b, c.a)
}

/// A map colour from an egui colour.
pub fn rgb(color: Color32) -> Rgb {
    Rgb(color.r(), color.g(), color.b())
}

/// A phase band's fill: its colour, lighter, so curves and text stay readable on top.
pub const fn band_fill(rgb: Rgb, dark_mode: bool) -> Color32 {
    egui(palette::band_fill(rgb, dark_mode))
}

/// Text on the canvas.
pub const fn ink(dark_mode: bool) -> Color32 {
    egui(palette::ink(dark_mode))
}

/// Faint lines: the emotion scale's grid.
pub const fn grid(dark_mode: bool) -> Color32 {
    egui(palette::grid(dark_mode))
}

/// The neutral line.
pub const fn neutral_line(dark_mode: bool) -> Color32 {
    egui(palette::neutral_line(dark_mode))
}

/// The selection highlight.
pub const SELECTION: Color32 = Color32::from_rgb(255, 170, 0);
/// The mark of a journey's lowest moment.
pub const LOW_MARK: Color32 = egui(palette::LOW_MARK);
/// The mark of a journey's highest moment.
pub const HIGH_MARK: Color32 = egui(palette::HIGH_MARK);
/// The box of a box selection.
pub const BOX_SELECT: Color32 = Color32::from_rgba_premultiplied(60, 120, 220, 40);

/// The status bar's word for unsaved changes.
pub const UNSAVED: Color32 = Color32::from_rgb(200, 120, 0);
/// The background of an error notice.
pub const ERROR_FILL: Color32 = Color32::from_rgb(255, 228, 225);
/// The text of an error notice.
pub const ERROR_INK: Color32 = Color32::from_rgb(140, 20, 20);
/// The background of an information notice.
pub const INFO_FILL: Color32 = Color32::from_rgb(225, 240, 255);
/// The text of an information notice.
pub const INFO_INK: Color32 = Color32::from_rgb(20, 60, 120);

/// A content item's status, in the calendar: an idea is grey, the rest in
/// colour-blind-safe colours.
pub const STATUS_IDEA: Color32 = Color32::from_gray(150);
/// A planned item.
pub const STATUS_PLANNED: Color32 = Color32::from_rgb(0x00, 0x72, 0xb2);
/// An item in production.
pub const STATUS_IN_PRODUCTION: Color32 = Color32::from_rgb(0xd5, 0x5e, 0x00);
/// A published item.
pub const STATUS_PUBLISHED: Color32 = Color32::from_rgb(0x00, 0x9e, 0x73);

/// A status written as a word on the window's background: darker shades
/// on light themes, lighter ones on dark, each at least 4.5:1 (the
/// `STATUS_*` colours are for dots and chips' edges).
pub const fn status_ink(status: usize, dark_mode: bool) -> Color32 {
    const LIGHT: [Color32; 4] = [
        Color32::from_gray(90),
        Color32::from_rgb(0x00, 0x5a, 0x8c),
        Color32::from_rgb(0xa0, 0x46, 0x00),
        Color32::from_rgb(0x00, 0x6b, 0x4e),
    ];
    const DARK: [Color32; 4] = [
        Color32::from_gray(190),
        Color32::from_rgb(0x56, 0xb4, 0xe9),
        Color32::from_rgb(0xe6, 0x9f, 0x00),
        Color32::from_rgb(0x3c, 0xc8, 0x9a),
    ];
    if dark_mode {
        DARK[status % 4]
    } else {
        LIGHT[status % 4]
    }
}

/// The contrast ratio of two colours (WCAG 2): 1 to 21.
pub fn contrast(a: Color32, b: Color32) -> f32 {
    fn channel(c: u8) -> f32 {
        let c = f32::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    let luminance =
        |c: Color32| 0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b());
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// Dark text on light paper (calendar cards, sticky notes), in every theme.
pub const PAPER_INK: Color32 = Color32::from_gray(20);
/// The outline of a calendar card.
pub const CARD_EDGE: Color32 = Color32::from_black_alpha(120);
/// The outline of a sticky note.
pub const NOTE_EDGE: Color32 = Color32::from_black_alpha(60);
/// A sticky note's shadow.
pub const NOTE_SHADOW: Color32 = Color32::from_black_alpha(50);
/// A sticky note's remove button.
pub const NOTE_REMOVE: Color32 = Color32::from_gray(40);

/// A persona without a photo: the circle behind their initials.
pub const AVATAR_FILL: Color32 = egui(palette::AVATAR_FILL);
/// The ring around a persona's avatar.
pub const AVATAR_RING: Color32 = egui(palette::AVATAR_RING);

/// The veil over phases out of focus in a workshop walk-through.
pub fn veil(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_black_alpha(120)
    } else {
        Color32::from_white_alpha(150)
    }
}

/// The soft halo behind a step title on the canvas: the background, partly
/// see-through, so a curve behind the title never cuts through its words.
pub fn title_halo(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgba_unmultiplied(24, 24, 24, 150)
    } else {
        Color32::from_rgba_unmultiplied(255, 255, 255, 170)
    }
}

/// The light pill behind a note on the canvas (how far compared personas differ).
pub fn pill() -> Color32 {
    Color32::from_white_alpha(230)
}

/// A content badge of a phase with content.
pub const BADGE: Color32 = Color32::from_gray(70);
/// The badge of a phase without content: light and quiet, not an error.
pub const EMPTY_BADGE: Color32 = Color32::from_gray(246);
/// The "+" on [`EMPTY_BADGE`].
pub const EMPTY_BADGE_INK: Color32 = Color32::from_gray(45);
/// The emotion scale's grid in the high-contrast theme.
pub const HIGH_CONTRAST_GRID: Color32 = Color32::from_black_alpha(110);

/// Colours for new journeys: strong, and distinguishable for colour-blind viewers
/// (Okabe–Ito palette).
pub const JOURNEY_COLOURS: [Rgb; 7] = [
    Rgb(0x00, 0x72, 0xb2),
    Rgb(0xd5, 0x5e, 0x00),
    Rgb(0x00, 0x9e, 0x73),
    Rgb(0xcc, 0x79, 0xa7),
    Rgb(0xe6, 0x9f, 0x00),
    Rgb(0x56, 0xb4, 0xe9),
    Rgb(0x00, 0x00, 0x00),
];

/// Colours for new phases: soft, so black text reads on them.
pub const PHASE_COLOURS: [Rgb; 6] = [
    Rgb(0xa8, 0xd0, 0xf0),
    Rgb(0xb8, 0xe0, 0xc0),
    Rgb(0xf6, 0xd8, 0x9a),
    Rgb(0xf2, 0xb8, 0xb0),
    Rgb(0xd4, 0xc4, 0xf0),
    Rgb(0xd0, 0xd0, 0xd0),
];

/// A lane's row tint, by lane.
pub const fn lane_tint(lane: Lane, dark_mode: bool) -> Color32 {
    egui(palette::lane_tint(lane, dark_mode))
}

/// A sticky note's paper in workshop mode, by lane: light, so dark text reads on it in every theme.
pub fn note_colour(lane: Lane) -> Color32 {
    match lane {
        Lane::Actions => Color32::from_rgb(0xc9, 0xdd, 0xff),
        Lane::Thoughts => Color32::from_rgb(0xe3, 0xd4, 0xff),
        Lane::PainPoints => Color32::from_rgb(0xff, 0xc2, 0xbd),
        Lane::Opportunities => Color32::from_rgb(0xc4, 0xf0, 0xc8),
        Lane::Touchpoint => Color32::from_rgb(0xff, 0xe9, 0xa8),
    }
}

fn high_contrast_id() -> egui::Id {
    egui::Id::unique("klantreis-high-contrast")
}

/// Whether the high-contrast theme is on.
pub fn high_contrast(ctx: &egui::Context) -> bool {
    ctx.data(|d| d.get_temp(high_contrast_id()).unwrap_or(false))
}

/// Switches the high-contrast theme on or off (the caller sets the light theme with it).
pub fn set_high_contrast(ctx: &egui::Context, on: bool) {
    ctx.data_mut(|d| d.insert_temp(high_contrast_id(), on));
    ctx.set_visuals_of(
        egui::Theme::Light,
        if on {
            high_contrast_visuals()
        } else {
            egui::Visuals::light()
        },
    );
}

/// Pure black on white, with strong outlines: readable on a washed-out projector.
pub fn high_contrast_visuals() -> egui::Visuals {
    use egui::Stroke;
    let mut v = egui::Visuals::light();
    let black = Color32::BLACK;
    v.override_text_color = Some(black);
    v.panel_fill = Color32::WHITE;
    v.window_fill = Color32::WHITE;
    v.extreme_bg_color = Color32::WHITE;
    v.faint_bg_color = Color32::from_gray(230);
    v.code_bg_color = Color32::from_gray(230);
    v.window_stroke = Stroke::new(2.0, black);
    v.hyperlink_color = Color32::from_rgb(0, 0, 170);
    v.selection.bg_fill = Color32::from_rgb(255, 205, 0);
    v.selection.stroke = Stroke::new(2.0, black);
    v.widgets.noninteractive.bg_stroke = Stroke::new(1.5, black);
    v.widgets.noninteractive.fg_stroke = Stroke::new(1.5, black);
    for w in [
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
    ] {
        w.fg_stroke = Stroke::new(2.0, black);
        w.bg_stroke = Stroke::new(1.5, black);
    }
    v.widgets.inactive.weak_bg_fill = Color32::WHITE;
    // Slider rails and checkbox boxes: visible on white.
    v.widgets.inactive.bg_fill = Color32::from_gray(185);
    v.widgets.hovered.weak_bg_fill = Color32::from_rgb(255, 235, 150);
    v.widgets.hovered.bg_fill = Color32::from_rgb(255, 235, 150);
    v.widgets.hovered.bg_stroke = Stroke::new(2.5, black);
    v.widgets.active.weak_bg_fill = Color32::from_rgb(255, 205, 0);
    v.widgets.active.bg_fill = Color32::from_rgb(255, 205, 0);
    v.widgets.open.weak_bg_fill = Color32::from_rgb(255, 235, 150);
    v
}

/// The ring around a step that differs in the version compared with ("Compare with…").
pub const CHANGED_STEP: Color32 = Color32::from_rgb(214, 39, 140);

#[cfg(test)]
mod contrast_tests {
    use super::*;

    /// A translucent colour laid over an opaque one.
    fn over(top: Color32, ground: Color32) -> Color32 {
        let keep = 1.0 - f32::from(top.a()) / 255.0;
        let mix = |t: u8, g: u8| (f32::from(t) + f32::from(g) * keep).round().min(255.0) as u8;
        Color32::from_rgb(
            mix(top.r(), ground.r()),
            mix(top.g(), ground.g()),
            mix(top.b(), ground.b()),
        )
    }

    /// The phase colours of every template and every example map.
    fn phase_colours() -> Vec<(String, Rgb)> {
        let mut maps: Vec<crate::model::Map> = crate::model::PhaseTemplate::ALL
            .into_iter()
            .map(|t| t.new_map(crate::i18n::Language::En))
            .collect();
        for (_, text) in crate::ui::shell::welcome::EXAMPLES {
            maps.push(crate::io::from_ron(text).expect("an example map"));
        }
        maps.iter()
            .flat_map(|m| m.phases.iter().map(|p| (p.name.clone(), p.color)))
            .collect()
    }

    /// Every text colour on every background it is drawn on, in every theme.
    #[test]
    fn every_text_and_background_pair_in_every_theme_has_a_contrast_of_at_least_4_5() {
        let mut failures = Vec::new();
        let mut check = |what: &str, ink: Color32, ground: Color32| {
            let ratio = contrast(ink, ground);
            if ratio < 4.5 {
                failures.push(format!("{what}: {ratio:.2}"));
            }
        };
        for (theme, visuals) in [
            ("light", egui::Visuals::light()),
            ("dark", egui::Visuals::dark()),
            ("high contrast", high_contrast_visuals()),
        ] {
            let text = visuals.text_color();
            let grounds = [
                ("panel", visuals.panel_fill),
                ("window", visuals.window_fill),
                ("field", visuals.extreme_bg_color),
            ];
            for (ground_name, ground) in grounds {
                check(&format!("{theme} text on {ground_name}"), text, ground);
                for status in 0..4 {
                    check(
                        &format!("{theme} status {status} on {ground_name}"),
                        status_ink(status, visuals.dark_mode),
                        ground,
                    );
                }
            }
            check(
                &format!("{theme} ink on canvas"),
                ink(visuals.dark_mode),
                visuals.panel_fill,
            );
        }
        // Canvas labels on phase bands (translucent over the canvas; the
        // full colour in high contrast), and calendar chips in the phase's
        // colour, for the templates' and the example maps' phase colours.
        let colours = phase_colours();
        for (theme, visuals, contrast_bands) in [
            ("light", egui::Visuals::light(), false),
            ("dark", egui::Visuals::dark(), false),
            ("high contrast", high_contrast_visuals(), true),
        ] {
            let dark = visuals.dark_mode;
            for &(ref phase, rgb) in &colours {
                let band = if contrast_bands {
                    color(rgb)
                } else {
                    over(band_fill(rgb, dark), visuals.panel_fill)
                };
                check(
                    &format!("{theme} canvas label on band {phase}"),
                    ink(dark),
                    band,
                );
                check(
                    &format!("{theme} calendar chip of {phase}"),
                    PAPER_INK,
                    color(rgb),
                );
            }
            check(
                &format!("{theme} calendar chip without a phase"),
                PAPER_INK,
                Color32::GRAY,
            );
        }
        check("content badge", Color32::WHITE, BADGE);
        check("empty content badge", EMPTY_BADGE_INK, EMPTY_BADGE);
        check("error notice", ERROR_INK, ERROR_FILL);
        check("information notice", INFO_INK, INFO_FILL);
        for lane in [
            Lane::Actions,
            Lane::Thoughts,
            Lane::PainPoints,
            Lane::Opportunities,
            Lane::Touchpoint,
        ] {
            check(
                &format!("sticky note {lane:?}"),
                PAPER_INK,
                note_colour(lane),
            );
        }
        assert!(failures.is_empty(), "too little contrast: {failures:#?}");
    }
}
