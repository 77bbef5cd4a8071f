"""What a session start costs the main process (issue 14: within 1.5x the bare window during a session):
the safety dialog builds only the screens it shows, so a returning person's start, which shows only the
daily question, does not build the eight others (about 1.2 MiB, measured with benchmarks/footprint.py); once
closed it is deleted, not kept hidden with its window's frame buffer (0.9 MiB); when the cue helper has
ended after a session, the heap pages the session freed go back to the system; the cue helper keeps no
module source."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from kneecare.core.session import State
from kneecare.cues.link import CueHelper, release_free_heap
from kneecare.ui.ratings import RatingDialog
from kneecare.ui.safety_dialog import SafetyDialog
from tests.gui.test_safety_screens import App, finish_screening


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


@pytest.fixture
def app(qtbot, clock, programs, tmp_path):
    app = App(qtbot, clock, programs, tmp_path)
    yield app
    app.close()


def deleted_later() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def dialogs_left(app: App) -> list[object]:
    """The safety and rating dialogs the window still owns (shown or hidden)."""
    return [*app.window.findChildren(SafetyDialog), *app.window.findChildren(RatingDialog)]


def stop_session(app: App) -> None:
    app.controller.stop()
    assert not app.controller.state.is_active


def test_the_daily_question_is_deleted_once_answered_and_asked_again_with_its_focus_and_keys(app):
    """A returning person's start: the daily question's dialog is gone once answered (the session runs
    without it), and the next start builds it again, with the safe answer focused and its keys."""
    finish_screening(app)
    deleted_later()
    assert app.gate.dialog is None and dialogs_left(app) == []  # the thank-you screen, closed
    for _ in range(2):
        app.start()
        first = app.dialog
        assert app.shown and first.page == "dailyPage"
        assert first.focusWidget() is first.daily_no
        app.press(Qt.Key.Key_N)
        assert app.controller.state is State.RUNNING
        deleted_later()
        assert app.gate.dialog is None and dialogs_left(app) == []
        stop_session(app)
    [_, check] = app.store.safety.daily_checks_on(app.clock.now().date())
    assert not check.red_flag


def test_a_yes_then_closing_leaves_no_dialog_and_the_hold_is_still_asked_about(app, clock):
    """The hold after a "yes" lives in the records, not in the closed dialog: the next start asks the
    follow-up question in a new dialog."""
    finish_screening(app)
    app.start()
    app.press(Qt.Key.Key_Y)
    assert app.dialog.page == "redFlagPage"
    app.press(Qt.Key.Key_Escape)
    deleted_later()
    assert app.gate.dialog is None and dialogs_left(app) == []
    assert app.window.hold_line.isVisible()
    app.start()
    assert app.shown and app.dialog.page == "followUpPage"
    assert app.dialog.focusWidget() is app.dialog.follow_up_no
    assert app.controller.state is State.IDLE


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


def resident_kib() -> int:
    status = Path("/proc/self/status").read_text()
    return int(next(x for x in status.splitlines() if x.startswith("VmRSS:")).split()[1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_heap_pages_between_live_blocks_go_back_to_the_system():
    """What `free()` leaves in the heap below a block still in use stays resident; the trim returns it."""
    blocks = [bytearray(8192) for _ in range(2048)]  # 16 MiB of heap (each above pymalloc's 512 bytes)
    last = blocks[-1]  # still in use, above the freed ones: free() cannot shrink the heap
    del blocks
    before = resident_kib()
    assert release_free_heap() is True
    assert before - resident_kib() > 8 * 1024
    assert len(last) == 8192


THRESHOLD_SCRIPT = """
from pathlib import Path
from kneecare.cues.link import release_free_heap

def resident_kib():
    status = Path("/proc/self/status").read_text()
    return int(next(x for x in status.splitlines() if x.startswith("VmRSS:")).split()[1])

big = bytearray(4 << 20)  # mapped on its own (above 128 KiB); freeing it raises glibc's thresholds
del big
release_free_heap()  # the first session has ended
before = resident_kib()
big = bytearray(4 << 20)  # the next session's large buffer
del big
print("KEPT", resident_kib() - before)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mmap threshold")
def test_after_the_first_trim_a_later_sessions_large_buffers_are_not_kept_in_the_heap():
    """Measured with two sessions in a row: without this, every session after the first kept 2.7 MiB more."""
    done = subprocess.run(
        [sys.executable, "-c", THRESHOLD_SCRIPT], capture_output=True, text=True, timeout=60
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("KEPT ")), None)
    assert line is not None, done.stderr[-3000:]
    assert int(line[5:]) < 1024  # KiB: the 4 MiB went back when freed


def test_the_freed_memory_goes_back_once_the_cue_helper_has_ended_not_before(qtbot):
    """The helper ends `linger_ms` after the session lets it go: then, and only then, the trim runs."""
    trims: list[int] = []
    helper = CueHelper(["--audio", "none"], linger_ms=100, trim=lambda: trims.append(1))
    try:
        with qtbot.waitSignal(helper.ready, timeout=20_000):
            helper.hold()
        assert trims == []
        with qtbot.waitSignal(helper.ended, timeout=10_000):
            helper.release()
        assert trims == []  # the objects let go with the helper are deleted first
        qtbot.waitUntil(lambda: trims == [1], timeout=5000)
        with qtbot.waitSignal(helper.ready, timeout=20_000):
            helper.hold()  # a new session before the trim was due: no trim while it runs
        with qtbot.waitSignal(helper.ended, timeout=10_000):
            helper.release()
        qtbot.waitUntil(lambda: trims == [1, 1], timeout=5000)
    finally:
        helper.close()
