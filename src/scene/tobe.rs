//! As-is against to-be on the canvas: which curves are to-be versions (drawn
//! dashed), and per phase how much better the to-be journey feels than its
//! as-is journey (the difference of their average emotions), placed where
//! it covers no dot, mark, avatar or other label. Both painters paint it.

use egui::emath::{Pos2, Rect, pos2, vec2};

use super::labels::{AVERAGE_FONT, Anchor, Avatar, Mark, Text};
use super::{Canvas, Curve};

/// The dash of a to-be curve (dash, gap), as the canvas, the pictures and
/// their legend draw it: long, unlike the measured curve's short one.
pub const TO_BE_DASH: (f32, f32) = (12.0, 7.0);
use crate::model::{JourneyId, Map, PhaseId, Rgb};

/// One phase's improvement of a to-be journey over its as-is journey.
#[derive(Clone, Debug)]
pub struct Improvement {
    /// The to-be journey.
    pub journey: JourneyId,
    /// The phase.
    pub phase: PhaseId,
    /// The to-be journey's average emotion minus the as-is journey's.
    pub value: f64,
    /// The to-be journey's colour.
    pub colour: Rgb,
    /// The label's box, which step titles keep clear of.
    pub area: Rect,
    /// The words ("to-be +1.5").
    pub text: Text,
}

/// The to-be part of a scene.
#[derive(Clone, Debug, Default)]
pub struct ToBe {
    /// The curves drawn dashed: to-be journeys.
    pub dashed: Vec<JourneyId>,
    /// The improvements that have room, phase by phase.
    pub improvements: Vec<Improvement>,
}

impl ToBe {
    /// Whether this curve is drawn dashed.
    pub fn is_dashed(&self, curve: &Curve) -> bool {
        self.dashed.contains(&curve.id)
    }
}

/// The room around a label's words.
const PAD: Pos2 = pos2(5.0, 3.0);

/// The to-be curves and improvements of the drawn journeys. Costs nothing
/// on a map without to-be journeys; otherwise one look at the drawn dots.
pub fn to_be(map: &Map, canvas: &Canvas, marks: &[Mark], avatars: &[Avatar], shown: Rect) -> ToBe {
    let drawn = |id: JourneyId| canvas.curves.iter().find(|c| c.id == id);
    let pairs: Vec<(&Curve, JourneyId)> = canvas
        .curves
        .iter()
        .filter_map(|c| {
            let as_is = map.journey(c.id)?.to_be_of?;
            drawn(as_is).map(|_| (c, as_is))
        })
        .collect();
    if pairs.is_empty() {
        return ToBe::default();
    }
    let mut taken: Vec<Rect> = marks.iter().map(|m| m.area).collect();
    taken.extend(avatars.iter().map(|a| a.rect));
    // The dots drawn: an aggregated curve (a dense map) draws a band, not
    // its dots, so it costs nothing here.
    for curve in canvas.curves.iter().filter(|c| !c.aggregated()) {
        taken.extend(
            curve
                .points
                .iter()
                .filter(|p| shown.contains(p.pos))
                .map(|p| Rect::from_center_size(p.pos, vec2(14.0, 14.0))),
        );
    }
    let plot = canvas.plot;
    let height = AVERAGE_FONT.line_height() + 2.0 * PAD.y;
    let mut improvements = Vec::new();
    for band in &canvas.bands {
        let average = |id: JourneyId| band.averages.iter().find(|(j, _)| *j == id).map(|a| a.1);
        let seen = band.rect.intersect(plot);
        for (curve, as_is) in &pairs {
            let (Some(to_be), Some(before)) = (average(curve.id), average(*as_is)) else {
                continue;
            };
            let value = to_be - before;
            let words = crate::i18n::fill(
                crate::i18n::iterate::t().improvement,
                &[("value", &format!("{value:+.1}"))],
            );
            let width = AVERAGE_FONT.width(&words) + 2.0 * PAD.x;
            if width > seen.width() - 4.0 {
                continue;
            }
            // From the bottom of the band upwards, then from its top down.
            let rows = ((seen.height() - 8.0) / (height + 2.0)).floor().max(0.0) as usize;
            let spots = (0..rows).flat_map(|row| {
                let offset = 4.0 + row as f32 * (height + 2.0);
                [seen.bottom() - offset - height, seen.top() + offset]
            });
            let place = spots
                .map(|top| {
                    Rect::from_min_size(
                        pos2(seen.center().x - width / 2.0, top),
                        vec2(width, height),
                    )
                })
                .find(|r| taken.iter().all(|t| !t.intersects(*r)));
            let Some(area) = place else {
                continue;
            };
            taken.push(area);
            improvements.push(Improvement {
                journey: curve.id,
                phase: band.id,
                value,
                colour: curve.color,
                area,
                text: Text {
                    text: words,
                    at: area.center(),
                    anchor: Anchor::Middle,
                    font: AVERAGE_FONT,
                },
            });
        }
    }
    ToBe {
        dashed: pairs.iter().map(|(c, _)| c.id).collect(),
        improvements,
    }
}
