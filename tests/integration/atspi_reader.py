"""Reads an application's accessibility tree over AT-SPI and prints it as JSON (run with /usr/bin/python3).

Debian's python3-pyatspi is built for the system Python, not the suite's virtual environment, so
tests/integration/test_accessibility.py runs this file as a child process on the suite's private
session bus (where at-spi-bus-launcher runs) and reads its output.

    /usr/bin/python3 atspi_reader.py APP_NAME [TIMEOUT_SECONDS]
Prints {"found": bool, "nodes": [[depth, role, name, description], ...]}.
"""

import json
import sys
import time

import pyatspi


def walk(node, depth, out, limit=4000):
    if node is None or len(out) >= limit:
        return
    try:
        out.append([depth, node.getRoleName(), node.name or "", node.description or ""])
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:  # a node that vanished while we read it
        return
    for child in children:
        walk(child, depth + 1, out, limit)


def main():
    wanted = sys.argv[1]
    deadline = time.monotonic() + (float(sys.argv[2]) if len(sys.argv) > 2 else 30)
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == wanted and app.childCount > 0:
                nodes = []
                walk(app, 0, nodes)
                print(json.dumps({"found": True, "nodes": nodes}))
                return 0
        time.sleep(0.3)
    names = [desktop.getChildAtIndex(i).name for i in range(desktop.childCount)]
    print(json.dumps({"found": False, "nodes": [], "apps": names}))
    return 1


if __name__ == "__main__":
    sys.exit(main())
