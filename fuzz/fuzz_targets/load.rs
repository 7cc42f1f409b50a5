//! Fuzz target `load`: the map loader must never panic, and any map it
//! accepts must survive save -> load -> save unchanged.
//!
//! Checks, for every input:
//! 1. `parse_bytes` returns (Ok or Err) without panicking, overflowing the
//!    stack, timing out or running out of memory.
//! 2. If it returns a map, `to_ron(map)` must parse back with `from_ron`.
//! 3. The map read back must equal the first one. A map holding a NaN float
//!    (a step's `at`/`emotion`, a phase's `width`) can never compare equal to
//!    itself, so for those the check is on text instead: `to_ron` of the map
//!    read back must be byte-for-byte the first `to_ron` (save -> load -> save
//!    gives identical text). The text check is also made for every map.
#![no_main]

use klantreis::io::{from_ron, parse_bytes, to_ron};
use klantreis::model::Map;
use libfuzzer_sys::fuzz_target;

fn has_nan(map: &Map) -> bool {
    map.phases.iter().any(|p| p.width.is_nan())
        || map
            .journeys
            .iter()
            .flat_map(|j| &j.steps)
            .any(|s| s.at.is_nan() || s.emotion.is_nan())
        || map.snapshots.iter().any(|s| has_nan(&s.map))
}

fuzz_target!(|data: &[u8]| {
    let Ok(map) = parse_bytes(data) else {
        return;
    };
    let saved = to_ron(&map);
    let back = match from_ron(&saved) {
        Ok(back) => back,
        Err(e) => panic!(
            "a loaded map was saved as text that does not load: {e:?}\n--- saved text ---\n{saved}"
        ),
    };
    if !has_nan(&map) {
        assert_eq!(
            back, map,
            "save -> load changed the map\n--- saved text ---\n{saved}"
        );
    }
    let saved_again = to_ron(&back);
    assert_eq!(saved_again, saved, "save -> load -> save changed the text");
});
