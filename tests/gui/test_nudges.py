"""Movement nudges with the real window and controller on a fake clock: off until chosen; then "Time to
move" once an hour through the reminders' own scheduler and notifier, never during a session or in quiet
hours, never twice after a restart; "Start now" opens the window ready for calf raises."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kneecare.core.clock import FakeClock
from kneecare.core.session import SessionMachine, State
from kneecare.session.controller import SessionController
from kneecare.settings import Settings
from kneecare.tray.nudges import NUDGE_MEMORY_KEY, MovementNudges
from kneecare.tray.text import NUDGE_TITLE
from kneecare.ui.actions import SessionActions
from kneecare.ui.main_window import MainWindow
from tests.helpers.asyncio_qt import qasync_loop, run_until_idle  # noqa: F401 (a fixture)

BERLIN = ZoneInfo("Europe/Berlin")


class Desktop:
    """A notification service that takes every notification and lets the test press its buttons."""

    def __init__(self):
        self.sent: list[tuple[str, str]] = []
        self.withdrawn = 0
        self.press_start = self.press_snooze = None

    async def send(self, title, body, on_start, on_snooze, invite=True):
        assert invite  # a nudge invites: "Start now" and "Snooze"
        self.sent.append((title, body))
        self.press_start, self.press_snooze = on_start, on_snooze
        return True

    async def withdraw(self):
        self.withdrawn += 1


class AppState(dict):
    """The store's key-value table, in memory."""

    def get(self, key, default=None):
        return super().get(key, default)

    def set(self, key, value):
        self[key] = value


class App:
    def __init__(self, qtbot, programs, settings: Settings, state=None, start=(9, 59, 30)):
        self.clock = FakeClock(datetime(2026, 11, 26, *start, tzinfo=BERLIN))
        self.controller = SessionController(SessionMachine(self.clock), self.clock)
        self.window = MainWindow(list(programs.values()), self.controller, settings)
        qtbot.addWidget(self.window)
        self.desktop = Desktop()
        self.state = state if state is not None else AppState()
        actions = SessionActions(self.window)
        self.nudges = MovementNudges(actions, self.controller, self.clock, settings, self.state, self.desktop)
        self.seen: list = []
        self.nudges.nudged.connect(self.seen.append)
        self.nudges.start()

    def minutes(self, count: int, qtbot):
        for _ in range(count):
            self.clock.advance(60)
            self.nudges.service.check()
        run_until_idle()  # the notification tasks on the asyncio loop have run


ON = Settings(nudges_enabled=True, nudge_start="09:00", nudge_end="17:00")


@pytest.mark.usefixtures("qasync_loop")
def test_nudges_are_off_until_the_person_turns_them_on(qtbot, programs):
    app = App(qtbot, programs, Settings())
    assert not app.nudges.enabled
    app.minutes(125, qtbot)  # 10:00 and 11:00 and 12:00 go by
    run_until_idle()  # nothing left to run on the asyncio loop: nothing was sent
    assert app.seen == [] and app.desktop.sent == []


@pytest.mark.usefixtures("qasync_loop")
def test_once_an_hour_time_to_move_and_start_now_opens_calf_raises_ready(qtbot, programs):
    app = App(qtbot, programs, ON)
    app.minutes(1, qtbot)  # 10:00:30
    assert [r.due.strftime("%H:%M") for r in app.seen] == ["10:00"]
    qtbot.waitUntil(lambda: app.desktop.sent != [])  # delivered on the asyncio loop
    title, body = app.desktop.sent[0]
    assert title == NUDGE_TITLE and "Stand up" in body
    app.desktop.press_start()
    assert app.window.isVisible()
    assert app.window.program_box.currentData() == "calf_raises"
    assert app.controller.state is State.IDLE  # ready, not started
    app.minutes(59, qtbot)  # 10:59:30: nothing more this hour
    assert len(app.seen) == 1
    app.minutes(1, qtbot)
    assert [r.due.strftime("%H:%M") for r in app.seen] == ["10:00", "11:00"]


@pytest.mark.usefixtures("qasync_loop")
def test_no_nudge_during_a_session_nor_for_the_hour_it_covered(qtbot, programs):
    app = App(qtbot, programs, ON.with_changes(program_id="elevation"), start=(10, 50, 30))
    app.window.start_flow.steps.clear()
    assert app.window.start_session()  # legs up from 10:50 for 16 minutes
    app.minutes(12, qtbot)  # 11:02:30, still in the session
    assert app.seen == []
    with qtbot.waitSignal(app.controller.finished):
        app.clock.advance(5 * 60)
        app.controller.poll()
    app.minutes(1, qtbot)
    assert app.seen == []  # the session answered the 11:00 nudge
    app.minutes(58, qtbot)  # 12:00:30
    assert [r.due.strftime("%H:%M") for r in app.seen] == ["12:00"]


@pytest.mark.usefixtures("qasync_loop")
def test_quiet_hours_keep_the_evening_nudges_silent(qtbot, programs):
    late = ON.with_changes(nudge_end="23:00", quiet_start="22:00", quiet_end="07:00")
    app = App(qtbot, programs, late, start=(20, 59, 30))
    app.minutes(1, qtbot)
    app.minutes(60 + 60 + 5, qtbot)  # 21:00, then 22:00 and 23:00 in quiet hours
    assert [r.due.strftime("%H:%M") for r in app.seen] == ["21:00"]


@pytest.mark.usefixtures("qasync_loop")
def test_a_restart_never_repeats_a_nudge_and_turning_them_off_stops_them(qtbot, programs):
    state = AppState()
    first = App(qtbot, programs, ON, state=state)
    first.minutes(1, qtbot)
    assert len(first.seen) == 1 and NUDGE_MEMORY_KEY in state
    first.nudges.stop()
    again = App(qtbot, programs, ON, state=state, start=(10, 0, 45))
    again.minutes(1, qtbot)
    assert again.seen == []
    again.nudges.apply_settings(ON.with_changes(nudges_enabled=False))
    again.minutes(61, qtbot)
    assert again.seen == []
