"""Reads an application's accessibility tree over AT-SPI and prints it as JSON (run with /usr/bin/python3).

Debian's python3-pyatspi is built for the system Python, not the suite's virtual environment, so
tests/integration/test_accessibility.py runs this file as a child process on the suite's private
session bus (where at-spi-bus-launcher runs) and reads its output.

    /usr/bin/python3 atspi_reader.py APP_NAME [TIMEOUT_SECONDS [STEPS_JSON]]
Prints {"found": bool, "nodes": [[depth, role, name, description, focusable, window], ...],
        "announcements": [text, ...]}.

STEPS_JSON drives the app the way a screen reader user's assistive tool can, before the tree is read:
    ["select", ROLE, NAME, INDEX]   select the INDEX-th child of the node (Selection interface)
    ["do", ROLE, NAME_PART]         invoke the first action of the node whose name contains NAME_PART
                                    (a menu item: trigger it; a list item: toggle its selection)
    ["wait", ROLE, NAME_PART]       wait until a node of ROLE whose name contains NAME_PART appears
    ["listen", SECONDS]             collect `object:announcement` events for SECONDS, then go on
"""

import json
import sys
import time

import pyatspi


def walk(node, depth, out, window="", limit=6000):
    if node is None or len(out) >= limit:
        return
    try:
        role = node.getRoleName()
        if depth == 1:
            window = node.name or ""
        states = node.getState()
        focusable = states.contains(pyatspi.STATE_FOCUSABLE) and states.contains(pyatspi.STATE_SHOWING)
        out.append([depth, role, node.name or "", node.description or "", bool(focusable), window])
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:  # a node that vanished while we read it
        return
    for child in children:
        walk(child, depth + 1, out, window, limit)


def find(node, role, name, partial=False, depth=0):
    if node is None or depth > 40:
        return None
    try:
        node_name = node.name or ""
        if node.getRoleName() == role and (name in node_name if partial else node_name == name):
            return node
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:
        return None
    for child in children:
        found = find(child, role, name, partial, depth + 1)
        if found is not None:
            return found
    return None


def find_app(wanted):
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == wanted and app.childCount > 0:
            return app
    return None


def pump(seconds):
    """Lets pyatspi deliver queued events (the registry's main loop) for `seconds`."""
    from gi.repository import GLib

    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.05)


def run_step(app, step, deadline, heard):
    kind = step[0]
    if kind == "listen":
        pump(float(step[1]))
        return
    role, name = step[1], step[2]
    while True:
        node = find(app, role, name, partial=kind != "select")
        if node is not None or time.monotonic() > deadline:
            break
        pump(0.3)
    if node is None:
        nodes = []
        walk(app, 0, nodes)
        print(json.dumps({"found": True, "nodes": nodes, "announcements": heard, "failed_step": step}))
        sys.exit(1)
    if kind == "select":
        node.querySelection().selectChild(int(step[3]))
    elif kind == "do":
        node.queryAction().doAction(0)
    pump(0.5)


def main():
    wanted = sys.argv[1]
    deadline = time.monotonic() + (float(sys.argv[2]) if len(sys.argv) > 2 else 30)
    steps = json.loads(sys.argv[3]) if len(sys.argv) > 3 else []
    heard = []

    def on_announcement(event):
        try:
            text = event.any_data if isinstance(event.any_data, str) else ""
            heard.append(text or str(event.any_data))
        except Exception:
            heard.append("")

    pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
    app = None
    while time.monotonic() < deadline:
        app = find_app(wanted)
        if app is not None:
            break
        pump(0.3)
    if app is None:
        desktop = pyatspi.Registry.getDesktop(0)
        names = [desktop.getChildAtIndex(i).name for i in range(desktop.childCount)]
        print(json.dumps({"found": False, "nodes": [], "apps": names, "announcements": heard}))
        return 1
    for step in steps:
        run_step(app, step, deadline, heard)
    nodes = []
    walk(app, 0, nodes)
    print(json.dumps({"found": True, "nodes": nodes, "announcements": heard}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
