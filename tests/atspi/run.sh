#!/usr/bin/env bash
# Runs Klantreis under a private X server (Xvfb) with openbox, a private D-Bus session and the
# AT-SPI bus, and reads its accessibility tree the way Orca does (tests/atspi/check.py).
#
#   tests/atspi/run.sh [path/to/klantreis]        (default: target/debug/klantreis)
#
# With ORCA_LOG=FILE set, Orca runs too (speech through its dummy server when there is no
# speech-dispatcher) and its debug log, with the SPEECH OUTPUT lines, is written to FILE.
# Needs (Debian): xvfb openbox xdotool dbus at-spi2-core python3-pyatspi, and orca for ORCA_LOG.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
app="${1:-$root/target/debug/klantreis}"

if [ -z "${INSIDE_ATSPI_SESSION:-}" ]; then
    # A free display number.
    display=90
    while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do
        display=$((display + 1))
    done
    Xvfb ":$display" -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    trap 'kill $xvfb 2>/dev/null || true' EXIT
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
    export DISPLAY=":$display" INSIDE_ATSPI_SESSION=1
    status=0
    dbus-run-session -- "$0" "$app" || status=$?
    exit $status
fi

work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -m700 "$work/xdg"
export XDG_RUNTIME_DIR="$work/xdg" KLANTREIS_RECOVERY_DIR="$work/recovery" NO_AT_BRIDGE=0
export GTK_MODULES=gail:atk-bridge
launcher=/usr/libexec/at-spi-bus-launcher
[ -x "$launcher" ] || launcher=/usr/lib/at-spi2-core/at-spi-bus-launcher
"$launcher" --launch-immediately >/dev/null 2>&1 &
# Screen readers are told to listen through this setting; the app's AccessKit adapter asks too.
gsettings set org.gnome.desktop.interface toolkit-accessibility true >/dev/null 2>&1 || true
openbox >/dev/null 2>&1 &
sleep 1
if [ -n "${ORCA_LOG:-}" ]; then
    mkdir -p "$work/orca"
    orca --replace --user-prefs "$work/orca" --debug-file "$ORCA_LOG" >/dev/null 2>&1 &
    sleep 4
fi
# A copy of the example, so the test writes nothing in the repository (the lock file).
cp "$root/maps/clothing.ron" "$work/clothing.ron"
"$app" "$work/clothing.ron" >"$work/app.log" 2>&1 &
sleep 3
status=0
if [ -n "${ORCA_LOG:-}" ]; then
    /usr/bin/python3 "$here/orca_walk.py" || status=$?
    sleep 2
    exit $status
fi
# Bounded: an AT-SPI call that never answers fails the check instead of hanging it.
timeout 120 /usr/bin/python3 "$here/check.py" || status=$?
if [ $status -eq 124 ]; then
    echo "TIMEOUT: an AT-SPI call did not answer within 120 s"
fi
if [ $status -ne 0 ]; then
    echo "--- the app's output:"; cat "$work/app.log"
fi
exit $status
