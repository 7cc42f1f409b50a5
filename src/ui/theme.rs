//! Every colour and size of the interface, in one place.

use egui::Color32;

use crate::model::Rgb;

/// The egui colour of a map colour.
pub fn color(rgb: Rgb) -> Color32 {
    Color32::from_rgb(rgb.0, rgb.1, rgb.2)
}

/// A map colour from an egui colour.
pub fn rgb(color: Color32) -> Rgb {
    Rgb(color.r(), color.g(), color.b())
}

/// A phase band's fill: its colour, lighter, so curves and text stay readable on top.
pub fn band_fill(rgb: Rgb, dark_mode: bool) -> Color32 {
    let c = color(rgb);
    if dark_mode {
        c.gamma_multiply(0.28)
    } else {
        c.gamma_multiply(0.55)
    }
}

/// Text on the canvas.
pub fn ink(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_gray(235)
    } else {
        Color32::from_gray(25)
    }
}

/// Faint lines: the emotion scale's grid.
pub fn grid(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_white_alpha(28)
    } else {
        Color32::from_black_alpha(28)
    }
}

/// The neutral line.
pub fn neutral_line(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_white_alpha(110)
    } else {
        Color32::from_black_alpha(110)
    }
}

/// The selection highlight.
pub const SELECTION: Color32 = Color32::from_rgb(255, 170, 0);
/// The mark of a journey's lowest moment.
pub const LOW_MARK: Color32 = Color32::from_rgb(205, 40, 40);
/// The mark of a journey's highest moment.
pub const HIGH_MARK: Color32 = Color32::from_rgb(30, 150, 60);
/// The box of a box selection.
pub const BOX_SELECT: Color32 = Color32::from_rgba_premultiplied(60, 120, 220, 40);

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
pub fn lane_tint(lane: crate::layout::Lane, dark_mode: bool) -> Color32 {
    use crate::layout::Lane;
    let (r, g, b) = match lane {
        Lane::Actions => (90, 140, 220),
        Lane::Thoughts => (150, 110, 210),
        Lane::PainPoints => (220, 80, 70),
        Lane::Opportunities => (60, 170, 90),
        Lane::Touchpoint => (130, 130, 130),
    };
    Color32::from_rgb(r, g, b).gamma_multiply(if dark_mode { 0.22 } else { 0.14 })
}

/// A sticky note's paper in workshop mode, by lane: light, so dark text reads on it in every theme.
pub fn note_colour(lane: crate::layout::Lane) -> Color32 {
    use crate::layout::Lane;
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
