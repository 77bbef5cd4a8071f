"""A session gone through with Skip, as the window and the history show it: "Steps skipped" (German too),
not "Well done", and not a session done today (issue 15, point 7)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kneecare.core.session import Outcome, State
from kneecare.settings import Settings
from kneecare.store.store import Store
from tests.gui.test_history import Shown, add, at, record
from tests.gui.test_session_view import make_window


@pytest.fixture
def store(tmp_path, clock):
    store, _ = Store.open(tmp_path / "kneecare.sqlite3", clock.now())
    yield store
    store.close()


def shown_with_one_skipped(qtbot, clock, store):
    add(store, record(at(26, 8), status="skipped"), record(at(25, 19)))
    window = Shown(qtbot, clock, store, Settings(daily_goal=1)).open()
    window.tabs.setCurrentIndex(1)
    return window


def test_a_skipped_session_is_listed_as_such_and_is_not_today_s_session(qtbot, clock, store):
    window = shown_with_one_skipped(qtbot, clock, store)
    assert window.model.data(window.model.index(0, 4)) == "Steps skipped"
    assert window.overview.today_tile.value.text() == "0 of 1"
    assert window.overview.per_day.stacks()[-1] == (0, 1)  # drawn with the sessions ended early
    assert window.overview.streak_tile.value.text() == "1 day"  # yesterday's, not today's


def test_in_german_it_says_schritte_uebersprungen(german, qtbot, clock, store):
    window = shown_with_one_skipped(qtbot, clock, store)
    assert window.model.data(window.model.index(0, 4)) == "Schritte übersprungen"


def test_the_end_of_a_session_gone_through_with_skip_says_so_not_well_done(qtbot, clock, programs):
    window = make_window(qtbot, clock, programs, program_id="quick", knees="left", reduce_motion=False)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.controller.state is State.RUNNING)
    with qtbot.waitSignal(window.controller.finished) as finished:
        while window.controller.state is State.RUNNING:
            clock.advance(2)
            window.controller.poll()
            window.controller.skip()
    assert finished.args[0].outcome is Outcome.SKIPPED
    assert window.where_label.text() == "Steps skipped"
    assert window.title_label.text() == "Session ended"
