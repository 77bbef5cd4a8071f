"""While sessions are on hold for a leg, the tray says so in its tooltip, and a due reminder does not
invite a session that would be held: it says why instead, once a day at most (also across a restart)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kneecare.core.safety import HELD_REMINDER_BODY, HELD_REMINDER_TITLE, HELD_TRAY
from kneecare.core.schedule import ReminderKind
from kneecare.tray.companion import NOTICE_HELD_DAY
from tests.gui.test_companion import OFFSCREEN_TRAY, App

pytestmark = [OFFSCREEN_TRAY, pytest.mark.usefixtures("restore_quit_on_close")]


class Values(dict):
    """The store's key-value table, in memory."""

    def get(self, key, default=None):
        return super().get(key, default)

    def set(self, key, value):
        self[key] = value


@pytest.fixture
def restore_quit_on_close(qapp):
    before = qapp.quitOnLastWindowClosed()
    yield
    qapp.setQuitOnLastWindowClosed(before)


def held_app(
    qtbot, programs, tmp_path, held: list[bool], values: Values, invites: list[bool] | None = None
) -> tuple[App, list[tuple[str, str]]]:
    app = App(qtbot, programs, tmp_path, tray=True)
    companion = app.companion
    companion.held = lambda: held[0]
    companion.held_day = values
    sent: list[tuple[str, str]] = []
    original = companion.notifier.notify

    def notify(title: str, body: str, invite: bool = True) -> None:
        sent.append((title, body))
        if invites is not None:
            invites.append(invite)
        original(title, body, invite)

    companion.notifier.notify = notify  # type: ignore[method-assign]
    companion.start(minimized=True)
    return app, sent


def at(app: App, hour: int, minute: int = 0, days: int = 0) -> None:
    """The wall clock moves to half a minute past hour:minute (days later), and the reminders check."""
    now = app.clock.now()
    target = (now + timedelta(days=days)).replace(hour=hour, minute=minute, second=30)
    app.clock.set_wall(target)
    app.companion.service.check()


def test_the_tray_tooltip_says_sessions_are_on_hold_while_they_are(qtbot, programs, tmp_path):
    held = [True]
    app, _ = held_app(qtbot, programs, tmp_path, held, Values())
    tray = app.companion.tray
    assert tray is not None
    assert HELD_TRAY in tray.icon.toolTip()
    assert app.companion.status().held
    held[0] = False
    app.companion.refresh()
    assert HELD_TRAY not in tray.icon.toolTip()
    assert "Next reminder" in tray.icon.toolTip()


def test_a_reminder_while_held_says_why_once_a_day_instead_of_inviting(qtbot, programs, tmp_path):
    values = Values()
    held = [True]
    invites: list[bool] = []
    app, sent = held_app(qtbot, programs, tmp_path, held, values, invites)
    at(app, 9)
    assert sent == [(HELD_REMINDER_TITLE, HELD_REMINDER_BODY)]
    assert invites == [False]  # no "Start now" nor "Snooze" on it
    assert "session" in HELD_REMINDER_BODY and "checked" in HELD_REMINDER_BODY
    assert values[NOTICE_HELD_DAY] == app.clock.now().date().isoformat()
    at(app, 19)  # the evening reminder, the same day: nothing more is said
    assert len(sent) == 1
    assert ReminderKind.FIRED in [e.kind for e in app.log.events]
    at(app, 9, days=1)  # the next morning, still held: said again, once
    assert sent[1:] == [(HELD_REMINDER_TITLE, HELD_REMINDER_BODY)]
    held[0] = False  # the all-clear: reminders invite again
    at(app, 19)
    assert len(sent) == 3 and sent[-1][0] != HELD_REMINDER_TITLE
    assert invites == [False, False, True]


def test_once_a_day_holds_across_a_restart(qtbot, programs, tmp_path):
    values = Values()
    first, sent = held_app(qtbot, programs, tmp_path, [True], values)
    at(first, 9)
    assert len(sent) == 1
    second, sent_again = held_app(qtbot, programs, tmp_path, [True], values)
    second.clock.set_wall(first.clock.now())
    at(second, 19)
    assert sent_again == []
