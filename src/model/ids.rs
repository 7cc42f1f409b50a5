//! Stable identifiers for every entity of a map.
//!
//! References between entities (a step's phase, a journey's persona, a content
//! item's phase) are ids, never positions in a list, so they survive reordering.
//! In the file an id is a plain number.
//!
//! New ids are random 64-bit numbers, so two copies of a map edited apart (on
//! two laptops, in two branches) almost never give two new entities the same
//! id, and merging them needs no renumbering. Older maps numbered ids from 1;
//! those ids stay as they are.

use std::collections::HashSet;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

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

/// A fresh random id: never 0 and never one of `used`.
pub fn fresh_id(used: impl IntoIterator<Item = u64>) -> u64 {
    let used: HashSet<u64> = used.into_iter().collect();
    fresh_ids(&used, 1)[0]
}

/// `count` fresh random ids, different from each other, never 0 and never in `used`.
pub fn fresh_ids(used: &HashSet<u64>, count: usize) -> Vec<u64> {
    let mut ids = Vec::with_capacity(count);
    while ids.len() < count {
        let id = random_u64();
        if id != 0 && !used.contains(&id) && !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// An id made from a seed, the same on every computer and every run, never 0
/// and never in `used`: for merges, which must give the same file wherever
/// they run.
pub fn derived_id(seed: u64, used: &HashSet<u64>) -> u64 {
    let mut state = seed;
    loop {
        let id = splitmix64(&mut state);
        if id != 0 && !used.contains(&id) {
            return id;
        }
    }
}

/// One step of the SplitMix64 generator: a well-mixed number from a counter.
fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A random number from the standard library's randomly keyed hasher, fed
/// with a counter and the clock so that every call differs.
fn random_u64() -> u64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    hasher.write_u128(now);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_id_is_never_zero_nor_taken() {
        let used: HashSet<u64> = (0..1000).collect();
        for _ in 0..1000 {
            let id = fresh_id(used.iter().copied());
            assert_ne!(id, 0);
            assert!(!used.contains(&id));
        }
    }

    #[test]
    fn fresh_ids_differ_from_each_other() {
        let ids = fresh_ids(&HashSet::new(), 10_000);
        let distinct: HashSet<u64> = ids.iter().copied().collect();
        assert_eq!(distinct.len(), 10_000);
    }

    #[test]
    fn fresh_ids_are_spread_over_the_whole_range_not_counted_up() {
        let a = fresh_id([1, 2, 3]);
        let b = fresh_id([1, 2, 3, a]);
        assert_ne!(b, a + 1);
        assert!(a > 1 << 20 || b > 1 << 20, "{a} {b}");
    }

    #[test]
    fn a_derived_id_is_the_same_every_time_and_avoids_taken_ids() {
        let used: HashSet<u64> = [5].into_iter().collect();
        let id = derived_id(42, &used);
        assert_eq!(id, derived_id(42, &used));
        assert_ne!(id, derived_id(43, &used));
        let with_it: HashSet<u64> = [5, id].into_iter().collect();
        assert_ne!(derived_id(42, &with_it), id);
    }
}
