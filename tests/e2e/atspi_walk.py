"""Prints the accessible tree of one application as JSON lines, as a screen reader sees it over AT-SPI.

Run with Debian's /usr/bin/python3 (where pyatspi lives), on the session bus the app uses:
`atspi_walk.py NAME` -> one line per node: {"depth", "role", "name", "description", "text"}.
"""

from __future__ import annotations

import json
import sys

import pyatspi  # type: ignore[import-not-found]


def text_of(node) -> str:
    try:
        text = node.queryText()
    except NotImplementedError:
        return ""
    return text.getText(0, -1)


def walk(node, depth: int = 0, limit: int = 40) -> None:
    if node is None or depth > limit:
        return
    try:
        states = node.getState()
        line = {
            "depth": depth,
            "role": node.getRoleName(),
            "name": node.name or "",
            "description": node.description or "",
            "text": text_of(node),
            "showing": states.contains(pyatspi.STATE_SHOWING),
            "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        }
    except Exception as e:  # a node that went away while walking
        print(json.dumps({"depth": depth, "error": str(e)}), flush=True)
        return
    print(json.dumps(line), flush=True)
    for i in range(node.childCount):
        walk(node.getChildAtIndex(i), depth + 1, limit)


def main() -> int:
    wanted = sys.argv[1].lower()
    desktop = pyatspi.Registry.getDesktop(0)
    apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
    names = [(a.name or "") for a in apps if a is not None]
    for app in apps:
        if app is not None and (app.name or "").lower() == wanted:
            walk(app)
            return 0
    print(json.dumps({"error": f"no application {wanted!r} among {names}"}), flush=True)
    return 1


if __name__ == "__main__":
    sys.exit(main())
