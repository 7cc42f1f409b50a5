#!/usr/bin/python3
"""The keys of the Orca walk-through (tests/atspi/run.sh with ORCA_LOG set): Tab onto the
canvas, Right three times, Page Down, Escape twice on the canvas, the map's summary
(Ctrl+Shift+M) and back, then File > New by keyboard. Orca, running beside it,
logs what it speaks; this prints what had focus after each key."""
import subprocess
import time

import pyatspi


def key(name):
    subprocess.run(["xdotool", "key", "--clearmodifiers", name], check=True)
    time.sleep(1.0)


def walk(node):
    yield node
    for child in node:
        if child is not None:
            yield from walk(child)


def focused():
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name == "klantreis":
            for node in walk(app):
                if node.getState().contains(pyatspi.STATE_FOCUSED):
                    return f"[{node.getRoleName()}] {node.name}"
    return "nothing"


def step(name, keys):
    print(f"### {name}", flush=True)
    for k in keys:
        key(k)
    print(f"    focus: {focused()}", flush=True)


subprocess.run(["xdotool", "search", "--sync", "--name", "Klantreis", "windowactivate", "--sync"],
               check=False)
time.sleep(2)
for _ in range(40):
    key("Tab")
    if focused().startswith("[canvas]"):
        break
print(f"### Tab onto the canvas\n    focus: {focused()}", flush=True)
for i in range(3):
    step(f"Right {i + 1}", ["Right"])
step("Page Down", ["Next"])
step("Escape on the canvas (a phase selected)", ["Escape"])
step("Escape on the canvas (nothing selected)", ["Escape"])
step("Ctrl+Shift+M: the map's summary", ["ctrl+shift+m"])
time.sleep(4)
step("Escape on the summary", ["Escape"])
for _ in range(60):
    key("shift+Tab")
    if focused() == "[menu] File":
        break
print(f"### Shift+Tab to File\n    focus: {focused()}", flush=True)
step("Enter on File", ["Return"])
step("Down into the menu", ["Down"])
step("Right into New", ["Right"])
step("Escape", ["Escape"])
step("Escape", ["Escape"])
# Orca's log is written in blocks: two more keys push the lines above into the file
# before the session ends.
step("Shift+Tab (flushes the log)", ["shift+Tab", "Tab"])
time.sleep(3)
