//! Finding the browser the web-page tests run in.

use std::path::PathBuf;

/// The Chromium binary, if this machine has one.
pub fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser"].iter().find_map(|name| {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join(name))
                .find(|p| p.is_file())
        })
    })
}

/// The Chromium binary a browser test runs in. Without one, the test is
/// skipped on a developer's machine (saying so) and fails in CI, which must
/// install Debian's `chromium` (see .ci/run).
pub fn chromium_for(test: &str) -> Option<PathBuf> {
    let found = chromium();
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run the browser test: install Debian's chromium package (see .ci/run)"
        );
        eprintln!("SKIPPED: {test}: no `chromium` on PATH (apt-get install chromium).");
    }
    found
}
