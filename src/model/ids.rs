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

/// A fresh id among `used`: one more than the largest, or, when that would
/// overflow (a file may hold any number), the smallest unused id from 1 up.
pub fn fresh_id(used: impl IntoIterator<Item = u64>) -> u64 {
    let used: std::collections::HashSet<u64> = used.into_iter().collect();
    match used.iter().max() {
        None => 1,
        Some(max) => max
            .checked_add(1)
            .unwrap_or_else(|| (1..).find(|id| !used.contains(id)).unwrap_or(0)),
    }
}

#[cfg(test)]
mod tests {
    use super::fresh_id;

    #[test]
    fn a_fresh_id_never_overflows_or_repeats() {
        assert_eq!(fresh_id([]), 1);
        assert_eq!(fresh_id([3, 7]), 8);
        assert_eq!(fresh_id([u64::MAX, 0, 1, 2]), 3);
    }
}
