//! A screen reader's view of Klantreis, over the real AT-SPI bus that Orca reads:
//! `tests/atspi/run.sh` starts the app under Xvfb and openbox in a private D-Bus
//! session with the AT-SPI bus, and `tests/atspi/check.py` reads it through pyatspi
//! and walks it with the keyboard (xdotool).

use std::path::Path;
use std::process::Command;

/// The programs the check needs, and the Debian package of each.
const TOOLS: [(&str, &str); 6] = [
    ("/usr/bin/Xvfb", "xvfb"),
    ("/usr/bin/openbox", "openbox"),
    ("/usr/bin/xdotool", "xdotool"),
    ("/usr/bin/dbus-run-session", "dbus"),
    ("/usr/libexec/at-spi-bus-launcher", "at-spi2-core"),
    ("/usr/bin/python3", "python3"),
];

/// What is missing to run the check, as Debian packages.
fn missing() -> Vec<&'static str> {
    let mut missing: Vec<&str> = TOOLS
        .iter()
        .filter(|(path, _)| !Path::new(path).exists())
        .map(|(_, package)| *package)
        .collect();
    let pyatspi = Command::new("/usr/bin/python3")
        .args(["-c", "import pyatspi"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !pyatspi {
        missing.push("python3-pyatspi");
    }
    missing
}

#[test]
fn a_screen_reader_finds_the_named_window_every_step_and_the_menus_and_walks_the_canvas() {
    let missing = missing();
    if !missing.is_empty() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run the screen-reader check: apt-get install {} (see .ci/run)",
            missing.join(" ")
        );
        eprintln!(
            "SKIPPED: the screen-reader check needs {} (apt-get install --no-install-recommends …).",
            missing.join(" ")
        );
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = Command::new(root.join("tests/atspi/run.sh"))
        .arg(env!("CARGO_BIN_EXE_klantreis"))
        .env_remove("ORCA_LOG")
        .output()
        .expect("tests/atspi/run.sh runs");
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && said.contains("all checks passed"),
        "the screen-reader check failed:\n{said}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
