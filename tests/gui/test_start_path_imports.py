"""The first frame imports only what it shows. After the window is on screen load: Help's "More for your
legs" (its page and its words), the keyboard shortcuts dialog (its table), `hashlib` (a pipe name or a long
runtime path only), `html` and `zoneinfo`, the session's pacer and a routine's drawing, the reminder rules
(core/schedule.py, core/nudges.py), checked after the first frame, and the socket module, loaded to listen
for a second launch (when no copy runs, nothing before the first frame needs it). The Help menu still
offers the page then."""

from __future__ import annotations

from tests.helpers.script_seen import seen_in

SCRIPT = """
import json, sys
import kneecare.app as app
from kneecare.__main__ import build_parser
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

LATER = ("kneecare.ui.know_how", "kneecare.ui.shortcuts_help", "hashlib")
LISTENER = ("kneecare.platform.unix_listener", "socket")
RULES = ("kneecare.core.schedule", "kneecare.core.nudges", "kneecare.core.reminder_log")
# An entity table, a time-zone reader (2 ms each), and what only a session or a routine shows.
SPARE = ("html", "zoneinfo", "kneecare.ui.widgets.illustration", "kneecare.ui.widgets.breathing")
real_after = app._start_after_first_frame
real_painted = app._after_first_paint
seen = {}

def help_actions(window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help")
    return [a.objectName() for a in menu.actions()]

def after(s):
    seen["window shown"] = s.window.isVisible()
    seen["imported before"] = sorted(m for m in LATER if m in sys.modules)
    keep = real_after(s)

    def later():
        seen["help after"] = help_actions(s.window)
        QApplication.instance().quit()

    QTimer.singleShot(0, later)
    return keep

def painted(*args):
    seen["rules at first paint"] = sorted(m for m in RULES if m in sys.modules)
    seen["listener at first paint"] = sorted(m for m in LISTENER if m in sys.modules)
    seen["spare at first paint"] = sorted(m for m in SPARE if m in sys.modules)
    return real_painted(*args)

app._start_after_first_frame = after
app._after_first_paint = painted
app.run(build_parser().parse_args(["--data-dir", sys.argv[1]]))
print("SEEN " + json.dumps(seen))
"""


def test_the_first_frame_leaves_the_know_how_page_and_hashlib_for_later(tmp_path):
    seen = seen_in(SCRIPT, str(tmp_path))
    assert seen["window shown"] is True
    assert seen["imported before"] == []
    assert seen["rules at first paint"] == []
    assert seen["listener at first paint"] == []  # no copy runs: the socket module waits for listening
    assert seen["spare at first paint"] == []
    assert "knowHowAction" in seen["help after"]
