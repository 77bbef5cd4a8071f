"""What a session start costs the main process (issue 14: within 1.5x the bare window during a session):
the safety dialog builds only the screens it shows, so a returning person's start, which shows only the
daily question, does not build the eight others (about 1.2 MiB, measured with benchmarks/footprint.py); the
cue helper keeps no module source."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtCore import Qt

from kneecare.ui.safety_dialog import SafetyDialog


def screens(dialog: SafetyDialog) -> list[str]:
    return [dialog.stack.widget(i).objectName() for i in range(dialog.stack.count())]


def test_the_daily_question_builds_only_its_own_screen_and_answers_as_before(qtbot):
    dialog = SafetyDialog()
    qtbot.addWidget(dialog)
    assert screens(dialog) == []
    answered: list[bool] = []
    dialog.dailyAnswered.connect(answered.append)
    dialog.show_daily()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert screens(dialog) == ["dailyPage"] and dialog.page == "dailyPage"
    assert dialog.focusWidget() is dialog.daily_no  # the safe answer has the focus, as before
    assert dialog.daily_no.accessibleName() == "No"
    qtbot.keyClick(dialog, Qt.Key.Key_N)
    assert answered == [False]


def test_a_screen_is_built_once_and_shown_again(qtbot):
    dialog = SafetyDialog()
    qtbot.addWidget(dialog)
    dialog.show_daily()
    dialog.show_follow_up()
    dialog.show_daily()
    dialog.start_questions()
    dialog.start_questions()
    assert screens(dialog) == ["dailyPage", "followUpPage", "questionPage"]
    assert dialog.page == "questionPage"


HELPER_SCRIPT = """
import json, linecache, sys
import kneecare.cues.helper
print("KEPT " + json.dumps(sorted(f for f in linecache.cache if "kneecare" in f or "PySide6" in f)))
"""


def test_the_cue_helper_keeps_no_module_source():
    """The cue helper process (run only around a session) lightens PySide6's import hook before its own
    imports, as the app does: no module's text stays in its linecache."""
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", HELPER_SCRIPT], env=environ, capture_output=True, text=True, timeout=60
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("KEPT ")), None)
    assert line is not None, done.stderr[-3000:]
    assert json.loads(line[5:]) == []
