//! The lanes of a step: the rows of text under a journey's curve.

use super::Step;

/// The lanes of the grid below the canvas, top to bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Lane {
    /// What the customer does.
    Actions,
    /// What the customer thinks.
    Thoughts,
    /// What hurts.
    PainPoints,
    /// What could be better.
    Opportunities,
    /// Touchpoint and channel.
    Touchpoint,
}

impl Lane {
    /// Every lane, in grid order.
    pub const ALL: [Lane; 5] = [
        Lane::Actions,
        Lane::Thoughts,
        Lane::PainPoints,
        Lane::Opportunities,
        Lane::Touchpoint,
    ];

    /// The lane's row title.
    pub fn title(self) -> &'static str {
        let t = crate::i18n::model::t();
        match self {
            Lane::Actions => t.lane_actions,
            Lane::Thoughts => t.lane_thoughts,
            Lane::PainPoints => t.lane_pain_points,
            Lane::Opportunities => t.lane_opportunities,
            Lane::Touchpoint => t.lane_touchpoint,
        }
    }

    /// The step's text in this lane, one item a line.
    pub fn text(self, step: &Step) -> String {
        match self {
            Lane::Actions => step.actions.join("\n"),
            Lane::Thoughts => step.thoughts.join("\n"),
            Lane::PainPoints => step.pain_points.join("\n"),
            Lane::Opportunities => step.opportunities.join("\n"),
            Lane::Touchpoint => match &step.channel {
                Some(channel) if step.touchpoint.is_empty() => channel.name().to_owned(),
                Some(channel) => format!("{}\n({})", step.touchpoint, channel.name()),
                None => step.touchpoint.clone(),
            },
        }
    }
}
