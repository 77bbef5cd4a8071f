"""The history opens just after the first paint: until then Start is off and Space starts nothing (the
safety facts are not read yet); once it is open both start a session. A damaged history still shows its
problem box before any session can start (the fault tests check the box; here, that Start waits for it)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers.people import returning_person
from tests.helpers.script_seen import seen_in

SCRIPT = """
import json, sys
import kneecare.app as app
from kneecare.__main__ import build_parser
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

real_after = app._after_first_paint
seen = {}

def press_space(window):
    # What Space led to: the state of the session, the start step waiting, and the windows shown.
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_Space)
    QApplication.processEvents()
    waiting = window.start_flow.waiting
    shown = [w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()]
    return [window.controller.state.name, type(waiting).__name__ if waiting else None, sorted(shown)]

def after(front, *rest):
    window = front.window
    seen["visible before"] = window.isVisible()
    seen["start enabled before"] = window.start_button.isEnabled()
    seen["store modules before"] = sorted(m for m in ("kneecare.store.store", "sqlite3") if m in sys.modules)
    seen["space before"] = press_space(window)
    real_after(front, *rest)
    seen["start enabled after"] = window.start_button.isEnabled()
    seen["space after"] = press_space(window)
    QTimer.singleShot(0, QApplication.instance().quit)

app._after_first_paint = after
app.run(build_parser().parse_args(["--data-dir", sys.argv[1]]))
print("SEEN " + json.dumps(seen))
"""


def returning_user(data: Path) -> None:
    """Safety questions answered (all "no"), ratings not asked."""
    returning_person(data)
    settings = {"ask_ratings": False}
    (data / "config").mkdir(parents=True, exist_ok=True)
    (data / "config" / "settings.json").write_text(json.dumps(settings), encoding="utf-8")


def test_space_and_start_wait_for_the_history_then_start_a_session(tmp_path):
    returning_user(tmp_path)
    seen = seen_in(SCRIPT, str(tmp_path))
    assert seen["visible before"] is True  # the first frame came before the history
    assert seen["store modules before"] == []
    assert seen["start enabled before"] is False
    assert seen["space before"] == ["IDLE", None, ["MainWindow"]]  # nothing started, nothing asked
    assert seen["start enabled after"] is True
    # Now Space starts: the start flow's first step, the daily leg question of a returning person, asks.
    assert seen["space after"] == ["IDLE", "SafetyGate", ["MainWindow", "SafetyDialog"]], json.dumps(seen)
