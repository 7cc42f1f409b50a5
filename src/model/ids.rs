//! Stable identifiers for every entity of a map.
//!
//! References between entities (a step's phase, a journey's persona, a content
//! item's phase) are ids, never positions in a list, so they survive reordering.
//! In the file an id is a plain number.

use serde::{Deserialize, Serialize};

macro_rules! define_id {
    ($(#[$doc:meta] $name:ident),* $(,)?) => {
        $(
            #[$doc]
            #[derive(
                Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
            )]
            #[serde(transparent)]
            pub struct $name(pub u64);

            impl std::fmt::Display for $name {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    write!(f, "{}", self.0)
                }
            }
        )*
    };
}

define_id! {
    /// Identifies a phase of the map.
    PhaseId,
    /// Identifies a journey (one curve on the canvas).
    JourneyId,
    /// Identifies a step (a touchpoint on the time-by-emotion plane).
    StepId,
    /// Identifies a buyer persona.
    PersonaId,
    /// Identifies a content-calendar item.
    ContentId,
}
