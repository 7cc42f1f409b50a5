//! The evidence tint (since format version 2): with the tint on, each step's
//! dot takes the colour of its evidence — grey where it is only assumed — and
//! a legend in the plot's corner says what the colours mean and how much of
//! what is drawn is backed. Placed here, painted by the canvas and the
//! pictures alike; the work is per dot drawn, never per step of the map.

use std::collections::HashMap;

use egui::emath::{Pos2, Rect, pos2, vec2};

use super::labels::{Anchor, Scene, Text};
use super::{Curve, Point};
use crate::model::{Evidence, Map, Rgb, StepId};
use crate::picture::text::Font;

/// The colour of a kind of evidence: grey for assumed, and two colours told
/// apart by people with colour-blindness (Okabe–Ito orange and green).
pub fn colour(kind: Evidence) -> Rgb {
    match kind {
        Evidence::Assumed => Rgb(0xa0, 0xa0, 0xa0),
        Evidence::Research => Rgb(0xe6, 0x9f, 0x00),
        Evidence::Measured => Rgb(0x00, 0x9e, 0x73),
    }
}

/// The evidence tint of a scene: the evidence of each dot drawn, and the legend.
#[derive(Clone, Debug)]
pub struct Tint {
    /// The evidence of each step whose dot is drawn.
    pub kinds: HashMap<StepId, Evidence>,
    /// What the colours mean.
    pub legend: Legend,
}

impl Tint {
    /// The colour of a dot: its evidence's, when the tint knows it.
    pub fn dot(&self, id: StepId) -> Option<Rgb> {
        self.kinds.get(&id).map(|k| colour(*k))
    }
}

/// The scene with the evidence tint placed when `on` is set.
pub fn tinted(map: &Map, mut scene: Scene, on: bool) -> Scene {
    if on {
        let mut kinds = HashMap::new();
        for curve in &scene.canvas.curves {
            for point in scene.dots(curve) {
                kinds.insert(point.id, kind(map, curve, point));
            }
        }
        let legend = legend(&kinds, &scene);
        scene.evidence = Some(Tint { kinds, legend });
    }
    scene
}

/// The evidence of the step under a dot (assumed when it cannot be found).
pub fn kind(map: &Map, curve: &Curve, point: &Point) -> Evidence {
    map.journey(curve.id)
        .and_then(|j| j.steps.get(point.index))
        .filter(|s| s.id == point.id)
        .map_or(Evidence::Assumed, |s| s.evidence.kind)
}

/// The tint's legend: a framed strip with a title and an entry per kind.
#[derive(Clone, Debug)]
pub struct Legend {
    /// The box.
    pub rect: Rect,
    /// "Evidence".
    pub title: Text,
    /// Per kind: its swatch's centre, colour, and its words with the share of dots.
    pub rows: Vec<(Pos2, Rgb, Text)>,
}

/// The legend's font.
pub const LEGEND_FONT: Font = Font::regular(12.0);
/// A swatch's radius.
pub const SWATCH: f32 = 5.0;

/// The legend of a scene drawn with the tint, in a corner of the plot's
/// padding, with the share of the drawn dots of each kind.
fn legend(kinds: &HashMap<StepId, Evidence>, scene: &Scene) -> Legend {
    let mut counts = [0usize; 3];
    for kind in kinds.values() {
        counts[*kind as usize] += 1;
    }
    let total = counts.iter().sum::<usize>().max(1);
    let t = crate::i18n::evidence::t();
    let words: Vec<String> = Evidence::ALL
        .iter()
        .map(|k| {
            let share = (counts[*k as usize] * 100 + total / 2) / total;
            format!("{} {share} %", crate::i18n::evidence::evidence_name(*k))
        })
        .collect();
    // One row in the padding above the scale's highest level or below its
    // lowest, so it hides no step: "Evidence  ● Assumed 41 %  ● …".
    let title_font = Font::bold(12.0);
    let gap = 12.0;
    let entry = |w: &String| 3.0 * SWATCH + LEGEND_FONT.width(w);
    let width =
        title_font.width(t.legend) + words.iter().map(|w| gap + entry(w)).sum::<f32>() + 16.0;
    let height = 18.0;
    let rect = place(scene, vec2(width, height));
    let y = rect.center().y;
    let mut x = rect.left() + 8.0;
    let title = Text {
        text: t.legend.to_owned(),
        at: pos2(x, y),
        anchor: Anchor::Start,
        font: title_font,
    };
    x += title_font.width(t.legend) + gap;
    let rows = Evidence::ALL
        .iter()
        .zip(words)
        .map(|(k, text)| {
            let swatch = pos2(x + SWATCH, y);
            let width = entry(&text);
            let text = Text {
                text,
                at: pos2(x + 3.0 * SWATCH, y),
                anchor: Anchor::Start,
                font: LEGEND_FONT,
            };
            x += width + gap;
            (swatch, colour(*k), text)
        })
        .collect();
    Legend { rect, title, rows }
}

/// Where the legend strip goes: the corner of the plot's padding — top
/// right, bottom right, top left, bottom left, in that order of preference —
/// where it covers the least of the step titles and marks (none, mostly).
fn place(scene: &Scene, size: egui::emath::Vec2) -> Rect {
    let plot = scene.canvas.plot;
    let (left, right) = (plot.left() + 4.0, plot.right() - size.x - 4.0);
    let (top, bottom) = (plot.top() + 2.0, plot.bottom() - size.y - 2.0);
    let corners = [(right, top), (right, bottom), (left, top), (left, bottom)];
    let covered = |rect: &Rect| -> f32 {
        let areas = scene.titles.iter().map(|t| t.area);
        let areas = areas.chain(scene.marks.iter().map(|m| m.area));
        areas
            .map(|area| area.intersect(*rect))
            .filter(|r| r.is_positive())
            .map(|r| r.area())
            .sum()
    };
    corners
        .into_iter()
        .map(|(x, y)| Rect::from_min_size(pos2(x, y), size))
        .min_by(|a, b| covered(a).total_cmp(&covered(b)))
        .unwrap_or_else(|| Rect::from_min_size(pos2(right, top), size))
}

/// How many claims — steps and the items in their lanes — are of each kind
/// of evidence: what the phase inspector and the deliverables say of a phase.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Share {
    /// Claims per kind, in the order of [`Evidence::ALL`].
    pub counts: [usize; 3],
}

impl Share {
    /// The claims of `steps`: each step itself, and each item of its lanes.
    pub fn of<'a>(steps: impl IntoIterator<Item = &'a crate::model::Step>) -> Self {
        let mut counts = [0; 3];
        for step in steps {
            for (total, n) in counts.iter_mut().zip(step.claims_by_kind()) {
                *total += n;
            }
        }
        Self { counts }
    }

    /// How many claims there are.
    pub fn all(&self) -> usize {
        self.counts.iter().sum()
    }

    /// How many are backed by research or measurement.
    pub fn backed(&self) -> usize {
        self.all() - self.counts[Evidence::Assumed as usize]
    }

    /// The share of a kind in whole percent (rounded), `None` without claims.
    pub fn percent(&self, kind: Evidence) -> Option<usize> {
        (self.counts[kind as usize] * 100 + self.all() / 2).checked_div(self.all())
    }
}

/// The claims of a phase's steps, of every journey.
pub fn phase_share(map: &Map, phase: crate::model::PhaseId) -> Share {
    Share::of(map.steps().filter(|s| s.phase == phase))
}

/// How many of `steps` are themselves backed by research or data, and how
/// many there are: "23 of 43 steps backed by research or data".
pub fn steps_backed<'a>(steps: impl IntoIterator<Item = &'a crate::model::Step>) -> (usize, usize) {
    steps.into_iter().fold((0, 0), |(backed, all), step| {
        (backed + usize::from(step.evidence.kind.backed()), all + 1)
    })
}

#[cfg(test)]
mod share_tests {
    use super::*;
    use crate::model::{Backing, Claim, Lane, PhaseId, Step, StepId};

    #[test]
    fn a_share_counts_each_step_and_each_lane_item_by_its_kind() {
        let plain = Step::new(StepId(2), PhaseId(1), 1.0, 0.0, "plain");
        let mut step = Step {
            pain_points: vec!["slow".into(), "dear".into()],
            actions: vec!["looks".into()],
            ..Step::new(StepId(1), PhaseId(1), 0.0, 0.0, "one")
        };
        step.evidence = Backing {
            kind: Evidence::Measured,
            source: "GA4".into(),
        };
        step.claims.push(Claim {
            lane: Lane::PainPoints,
            item: "dear".into(),
            kind: Evidence::Research,
            source: String::new(),
        });
        let share = Share::of([&step, &plain]);
        assert_eq!(share.counts, [3, 1, 1]);
        assert_eq!((share.backed(), share.all()), (2, 5));
        let (b, a) = step.backed_claims();
        assert_eq!((b, a), (2, 4), "the model's count of one step agrees");
        assert_eq!(share.percent(Evidence::Assumed), Some(60));
        assert_eq!(Share::default().percent(Evidence::Assumed), None);
        assert_eq!(steps_backed([&step, &plain]), (1, 2));
    }
}
