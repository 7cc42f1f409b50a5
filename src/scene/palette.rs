//! The colours the map is drawn in, on screen and in exported pictures.
//!
//! Plain sRGB values with their opacity, so the SVG writer needs no egui;
//! `ui::theme` turns them into egui colours for the canvas. Every colour the
//! pictures use is named here, by the role it plays.

use crate::model::{Lane, Rgb};

/// A colour in sRGB with its opacity (not premultiplied).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Colour {
    /// Red.
    pub r: u8,
    /// Green.
    pub g: u8,
    /// Blue.
    pub b: u8,
    /// Opacity: 0 is invisible, 255 opaque.
    pub a: u8,
}

impl Colour {
    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self { r, g, b, a: 255 }
    }

    /// An opaque grey.
    pub const fn gray(level: u8) -> Self {
        Self::rgb(level, level, level)
    }

    /// A map colour, opaque.
    pub const fn of(rgb: Rgb) -> Self {
        Self::rgb(rgb.0, rgb.1, rgb.2)
    }

    /// This colour with another opacity.
    pub const fn with_alpha(self, a: u8) -> Self {
        Self { a, ..self }
    }

    /// This colour with its opacity multiplied by `factor` (0 to 1).
    pub fn fade(self, factor: f32) -> Self {
        let a = (f32::from(self.a) * factor.clamp(0.0, 1.0)).round() as u8;
        self.with_alpha(a)
    }

    /// The opacity from 0 to 1.
    pub fn alpha(self) -> f32 {
        f32::from(self.a) / 255.0
    }

    /// This colour moved towards `other` by `t` (0 keeps it, 1 gives `other`), in sRGB.
    pub fn mix(self, other: Colour, t: f32) -> Self {
        let t = t.clamp(0.0, 1.0);
        let mix = |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * t).round() as u8;
        Self {
            r: mix(self.r, other.r),
            g: mix(self.g, other.g),
            b: mix(self.b, other.b),
            a: mix(self.a, other.a),
        }
    }
}

/// White.
pub const WHITE: Colour = Colour::gray(255);
/// Black.
pub const BLACK: Colour = Colour::gray(0);

/// Text and lines on the canvas and in pictures.
pub const fn ink(dark_mode: bool) -> Colour {
    if dark_mode {
        Colour::gray(235)
    } else {
        Colour::gray(25)
    }
}

/// Text a step lighter than the ink on a white page: the goal, legend details.
pub const SOFT_INK: Colour = Colour::gray(60);
/// The map's goal under its title in a picture.
pub const GOAL_INK: Colour = Colour::gray(70);
/// Remarks that should not draw the eye, such as how to read the axis.
pub const FAINT_INK: Colour = Colour::gray(110);

/// How opaque an aggregated curve's band is in its journey's colour: the
/// spread of emotions shows, the line through the means stands out.
pub const BAND_OPACITY: f32 = 0.3;

/// Faint lines: the emotion scale's grid and the phases' edges.
pub const fn grid(dark_mode: bool) -> Colour {
    if dark_mode {
        WHITE.with_alpha(28)
    } else {
        BLACK.with_alpha(28)
    }
}

/// The neutral line of the emotion scale.
pub const fn neutral_line(dark_mode: bool) -> Colour {
    if dark_mode {
        WHITE.with_alpha(110)
    } else {
        BLACK.with_alpha(110)
    }
}

/// A phase band's fill: its colour, lighter, so curves and text stay readable on top.
pub const fn band_fill(rgb: Rgb, dark_mode: bool) -> Colour {
    Colour::of(rgb).with_alpha(if dark_mode { 71 } else { 140 })
}

/// The mark of a journey's lowest moment, and the edge of a phase without content.
pub const LOW_MARK: Colour = Colour::rgb(205, 40, 40);
/// The mark of a journey's highest moment.
pub const HIGH_MARK: Colour = Colour::rgb(30, 150, 60);

/// The colour of a mark: a highlight's or a pain point's, lighter on dark bands.
pub fn mark(high: bool, dark_mode: bool) -> Colour {
    let colour = if high { HIGH_MARK } else { LOW_MARK };
    if dark_mode {
        colour.mix(WHITE, 0.35)
    } else {
        colour
    }
}

/// A journey's measured (survey) curve: the journey's colour, darker
/// (lighter on a dark canvas), so it reads apart from the journey's own
/// curve and from a to-be curve.
pub fn measured(rgb: Rgb, dark_mode: bool) -> Colour {
    if dark_mode {
        Colour::of(rgb).mix(WHITE, 0.35)
    } else {
        Colour::of(rgb).mix(BLACK, 0.35)
    }
}

/// The flask of a phase's running experiments.
pub const EXPERIMENT: Colour = Colour::rgb(118, 72, 168);

/// The light backing behind titles and mark words in pictures.
pub const TEXT_BACKING: Colour = WHITE.with_alpha(184);

/// A persona without a photo: the circle behind their initials.
pub const AVATAR_FILL: Colour = Colour::gray(150);
/// The ring around a persona's avatar.
pub const AVATAR_RING: Colour = Colour::gray(120);

/// A lane's row tint, by lane.
pub const fn lane_tint(lane: Lane, dark_mode: bool) -> Colour {
    let base = match lane {
        Lane::Actions => Colour::rgb(90, 140, 220),
        Lane::Thoughts => Colour::rgb(150, 110, 210),
        Lane::PainPoints => Colour::rgb(220, 80, 70),
        Lane::Opportunities => Colour::rgb(60, 170, 90),
        Lane::Touchpoint => Colour::rgb(130, 130, 130),
    };
    base.with_alpha(if dark_mode { 56 } else { 36 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fading_and_mixing_stay_in_range() {
        assert_eq!(WHITE.fade(0.5).a, 128);
        assert_eq!(WHITE.fade(2.0).a, 255);
        assert_eq!(BLACK.mix(WHITE, 0.5), Colour::gray(128));
        assert_eq!(LOW_MARK.mix(WHITE, 0.0), LOW_MARK);
        assert_eq!(mark(false, false), LOW_MARK);
        assert_ne!(mark(true, true), HIGH_MARK, "lighter on dark bands");
    }
}
