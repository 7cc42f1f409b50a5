#!/usr/bin/python3
"""Reads Klantreis's accessibility tree over AT-SPI, as Orca does, and walks it by keyboard.

Run by tests/atspi/run.sh inside a D-Bus session with the AT-SPI bus, an X server and a
window manager, with the app already started on maps/clothing.ron. Prints one line per
check and exits non-zero when one fails.
"""
import re
import subprocess
import sys
import time

import pyatspi

failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)


def key(name):
    subprocess.run(["xdotool", "key", "--clearmodifiers", name], check=True)
    time.sleep(0.6)


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for _ in range(60):
        for app in desktop:
            if app is not None and app.name == "klantreis":
                return app
        time.sleep(0.5)
    return None


def walk(node):
    yield node
    for child in node:
        if child is not None:
            yield from walk(child)


def focused(app):
    for node in walk(app):
        if node.getState().contains(pyatspi.STATE_FOCUSED):
            return node
    return None


def describe(node):
    return f"[{node.getRoleName()}] {node.name!r}" if node is not None else "nothing"


app = find_app()
check(app is not None, "the app is on the AT-SPI bus")
if app is None:
    sys.exit(1)
frame = app[0]
check(
    frame.getRole() == pyatspi.ROLE_FRAME and frame.name == "clothing.ron — Klantreis",
    f"the window is named after the map: {describe(frame)}",
)

canvas = next((n for n in walk(frame) if n.getRole() == pyatspi.ROLE_CANVAS
               and n.name.startswith("Journey canvas")), None)
check(canvas is not None and canvas.name == "Journey canvas, 3 journeys, 43 steps",
      f"the canvas has a short name: {describe(canvas)}")
check(canvas is not None and canvas.description == "",
      f"the canvas has no description (Orca speaks it at every focus): {canvas.description[:60]!r}"
      if canvas else "the canvas has no description")
summary = next((n for n in walk(frame) if n.name == "Map summary"), None)
check(summary is not None and summary.getRole() == pyatspi.ROLE_DOCUMENT_FRAME
      and "Daniëlle" in summary.description,
      f"the map's summary is a document of its own with the text alternative: {describe(summary)}")
steps = [n for n in walk(canvas) if n.name.startswith("Step '")] if canvas else []
check(len(steps) == 43, f"every step is in the tree under the canvas: {len(steps)} of 43")
phases = [n for n in walk(canvas) if n.name.startswith("Phase '")] if canvas else []
check(len(phases) == 5, f"every phase is in the tree under the canvas: {len(phases)} of 5")

# Tab until the canvas has focus.
subprocess.run(["xdotool", "search", "--sync", "--name", "Klantreis", "windowactivate", "--sync"],
               check=False)
reached = False
for _ in range(40):
    key("Tab")
    now = focused(app)
    if now is not None and now.getRole() == pyatspi.ROLE_CANVAS:
        reached = True
        break
check(reached, f"Tab reaches the canvas: {describe(focused(app))}")

key("Right")
now = focused(app)
pattern = r"^Step '.+', (Awareness|Consideration|Decision|Retention|Advocacy), emotion [a-z ]+, \d+ of \d+$"
check(now is not None and re.match(pattern, now.name) is not None,
      f"Right puts focus on a step: {describe(now)}")
check(now is not None and now.getRole() == pyatspi.ROLE_LIST_ITEM
      and now.getState().contains(pyatspi.STATE_SELECTED),
      "the focused step is a selected list item")
key("Right")
after = focused(app)
check(after is not None and now is not None and after.name != now.name
      and after.name.endswith("2 of 15"), f"Right again moves focus on: {describe(after)}")
key("Next")
check(focused(app) is not None and focused(app).name.startswith("Phase '"),
      f"Page Down puts focus on a phase: {describe(focused(app))}")

# Escape clears the selection and leaves focus on the canvas, twice.
key("Escape")
now = focused(app)
check(now is not None and now.getRole() == pyatspi.ROLE_CANVAS,
      f"Escape with a selection: focus back on the canvas: {describe(now)}")
check(not any(n.getState().contains(pyatspi.STATE_SELECTED)
              for n in walk(canvas) if n.name.startswith(("Step '", "Phase '"))),
      "Escape cleared the selection")
key("Escape")
now = focused(app)
check(now is not None and now.getRole() == pyatspi.ROLE_CANVAS,
      f"Escape with nothing selected: focus stays on the canvas: {describe(now)}")

# The summary, on request, and back.
key("ctrl+shift+m")
now = focused(app)
check(now is not None and now.name == "Map summary",
      f"Ctrl+Shift+M puts focus on the map's summary: {describe(now)}")
key("Escape")
now = focused(app)
check(now is not None and now.getRole() == pyatspi.ROLE_CANVAS,
      f"Escape on the summary: back on the canvas: {describe(now)}")

# What a reader can ask of a step over AT-SPI: click (select), grab focus, scroll to it.
last = next((n for n in walk(canvas) if n.name.startswith("Step 'Leaves a three-star rating'")),
            None)
if last is not None:
    actions = last.queryAction()
    names = [actions.getName(i) for i in range(actions.nActions)]
    check(names == ["click"], f"a step's AT-SPI actions (the adapter exposes only click): {names}")
    for _ in range(6):
        key("ctrl+plus")
    check(last.description == "Off screen", f"zoomed in, the last step is off screen: "
          f"{last.description!r}")
    last.queryComponent().scrollTo(pyatspi.SCROLL_ANYWHERE)
    time.sleep(1.0)
    check(last.description == "", f"scrollTo brings it on screen: {last.description!r}")
    last.queryComponent().grabFocus()
    time.sleep(1.0)
    now = focused(app)
    check(now is not None and now.name == last.name
          and now.getState().contains(pyatspi.STATE_SELECTED),
          f"grabFocus selects the step and puts focus on it: {describe(now)}")
    key("ctrl+0")
else:
    check(False, "the last step of Bas's journey is in the tree")

# The menus.
menubar = next((n for n in walk(frame) if n.getRole() == pyatspi.ROLE_MENU_BAR), None)
check(menubar is not None, f"the menu bar has the menu-bar role: {describe(menubar)}")
file_item = next((n for n in walk(menubar) if n.name == "File"), None) if menubar else None
check(file_item is not None and file_item.getRole() == pyatspi.ROLE_MENU,
      f"File is a menu (Orca says \"File menu\"): {describe(file_item)}")
if file_item is not None:
    file_item.queryAction().doAction(0)
    time.sleep(1.0)
    menu = next((n for n in walk(frame) if n.getRole() == pyatspi.ROLE_MENU
                 and n.childCount > 0 and any(c.name == "Save" for c in walk(n))), None)
    check(menu is not None and menu.name == "File",
          f"File opens a menu named File: {describe(menu)}")
    items = [n for n in walk(menu)] if menu else []
    new = next((n for n in items if n.name == "New"), None)
    check(new is not None and new.getRole() == pyatspi.ROLE_MENU,
          f"New is a submenu in it: {describe(new)}")
    save = next((n for n in items if n.name == "Save"), None)
    check(save is not None and save.getRole() == pyatspi.ROLE_MENU_ITEM,
          f"Save is a menu item named without its shortcut: {describe(save)}")
    key("Escape")

print(f"{len(failures)} check(s) failed" if failures else "all checks passed", flush=True)
sys.exit(1 if failures else 0)
