"""The tray side of the app with the real window and controller on a fake clock: a due reminder reaches the
person and "Start now" opens the window ready; the tray menu starts and snoozes; closing the window keeps
KneeCare in the tray (said once) or, with no tray, quits it (said once); reminder settings apply at once."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kneecare.core.clock import FakeClock
from kneecare.core.schedule import MemoryReminderLog, ReminderKind
from kneecare.core.session import Outcome, SessionMachine, State
from kneecare.platform.autostart import XdgAutostart
from kneecare.session.controller import SessionController
from kneecare.settings import Settings
from kneecare.tray.companion import NOTICE_IN_TRAY, NOTICE_NO_TRAY, TrayCompanion, TrayServices
from kneecare.tray.persist import MemoryNotices
from kneecare.ui.actions import SessionActions
from kneecare.ui.main_window import MainWindow
from tests.helpers.asyncio_qt import qasync_loop  # noqa: F401 (a fixture)

BERLIN = ZoneInfo("Europe/Berlin")
# The offscreen platform has no tray; showing one there makes Qt warn about a signal it lacks.
OFFSCREEN_TRAY = pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged")


class App:
    def __init__(self, qtbot, programs, tmp_path, tray: bool, notices=None):
        self.clock = FakeClock(datetime(2026, 11, 26, 8, 59, 30, tzinfo=BERLIN))
        self.controller = SessionController(SessionMachine(self.clock), self.clock)
        self.window = MainWindow(list(programs.values()), self.controller, Settings())
        qtbot.addWidget(self.window)
        self.log = MemoryReminderLog()
        self.done: Counter = Counter()
        self.controller.finished.connect(
            lambda r: self.done.update([r.started_at.date()]) if r.outcome is Outcome.COMPLETED else None
        )
        self.notices = notices if notices is not None else MemoryNotices()
        self.autostart = XdgAutostart(tmp_path / "config")
        self.quits = 0
        self.saved: list[Settings] = []
        services = TrayServices(
            QApplication.instance(),
            SessionActions(self.window),
            self.controller,
            self.window.settings_model,
            list(programs.values()),
            self.clock,
            self.log,
            lambda now: self.done[now.date()],
            self.notices,
            self.autostart,
        )
        self.companion = TrayCompanion(
            services,
            tray_available=tray,
            quit_app=self.count_quit,
        )
        self.companion.settingsSaved.connect(self.saved.append)

    def count_quit(self):
        self.quits += 1

    def minute(self):
        self.clock.advance(60)
        self.companion.service.check()


@pytest.fixture
def no_notification_service(monkeypatch, tmp_path):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-bus")


@pytest.fixture
def restore_quit_on_close(qapp):
    before = qapp.quitOnLastWindowClosed()
    yield
    qapp.setQuitOnLastWindowClosed(before)


@pytest.mark.usefixtures("qasync_loop", "no_notification_service", "restore_quit_on_close")
def test_a_due_reminder_reaches_the_person_and_start_now_opens_the_window_ready(qtbot, programs, tmp_path):
    app = App(qtbot, programs, tmp_path, tray=False)
    app.companion.start(minimized=False)
    app.window.show()
    notifier = app.companion.notifier
    with qtbot.waitSignal(notifier.delivered, timeout=15_000) as delivered:
        app.minute()  # 09:00:30
    assert delivered.args == ["reminder window"]  # no notification service, no tray: the small window
    prompt = notifier.prompt
    assert "Daily: about" in prompt.body.text() and "0 of 2 sessions today" in prompt.body.text()
    app.window.hide()
    qtbot.mouseClick(prompt.start_button, Qt.MouseButton.LeftButton)
    assert app.window.isVisible()
    assert app.window.program_box.currentData() == "daily"
    assert app.controller.state is State.IDLE  # ready, not started: one key starts it
    assert app.window.focusWidget() is app.window.start_button
    qtbot.keyClick(app.window.focusWidget(), Qt.Key.Key_Space)
    assert app.controller.state is State.RUNNING
    assert [e.kind for e in app.log.events] == [ReminderKind.FIRED, ReminderKind.ACTED]
    app.controller.stop()


@pytest.mark.usefixtures("qasync_loop", "no_notification_service", "restore_quit_on_close")
def test_snooze_from_the_reminder_brings_it_back_after_the_snooze_length(qtbot, programs, tmp_path):
    app = App(qtbot, programs, tmp_path, tray=False)
    app.companion.start(minimized=False)
    with qtbot.waitSignal(app.companion.notifier.delivered, timeout=15_000):
        app.minute()
    qtbot.mouseClick(app.companion.notifier.prompt.snooze_button, Qt.MouseButton.LeftButton)
    assert app.companion.service.next_due() == datetime(2026, 11, 26, 9, 31, tzinfo=BERLIN)
    assert app.log.events[-1].kind is ReminderKind.SNOOZED


@pytest.mark.usefixtures("restore_quit_on_close")
def test_with_no_tray_kneecare_is_a_plain_window_that_quits_on_close_and_says_so_once(
    qtbot, programs, tmp_path
):
    notices = MemoryNotices()
    first = App(qtbot, programs, tmp_path, tray=False, notices=notices)
    first.companion.start(minimized=False)
    assert QApplication.instance().quitOnLastWindowClosed()
    notice = first.window.findChild(object, "noTrayNotice")
    assert notice is not None and notice.isVisibleTo(first.window) and not notice.isModal()
    assert "closing this window quits" in notice.text()
    assert notices.said(NOTICE_NO_TRAY)
    notice.close()
    second = App(qtbot, programs, tmp_path, tray=False, notices=notices)
    second.companion.start(minimized=False)
    assert second.window.findChild(object, "noTrayNotice") is None


@OFFSCREEN_TRAY
@pytest.mark.usefixtures("restore_quit_on_close")
def test_closing_the_window_keeps_kneecare_in_the_tray_said_once_and_quit_quits(qtbot, programs, tmp_path):
    app = App(qtbot, programs, tmp_path, tray=True)
    app.companion.start(minimized=True)
    assert not app.window.isVisible()  # --minimized: only the tray icon
    assert not QApplication.instance().quitOnLastWindowClosed()
    app.companion.show_window()
    app.window.close()
    assert not app.window.isVisible() and app.quits == 0
    assert app.notices.keys == {NOTICE_IN_TRAY}
    app.companion.tray.find("Open KneeCare").trigger()
    assert app.window.isVisible()
    app.window.close()  # the second time, nothing more is said (the notice key is already there)
    app.companion.tray.find("Quit").trigger()
    assert app.quits == 1


@OFFSCREEN_TRAY
@pytest.mark.usefixtures("restore_quit_on_close")
def test_the_tray_menu_starts_a_program_and_snoozes_until_tomorrow(qtbot, programs, tmp_path):
    app = App(qtbot, programs, tmp_path, tray=True)
    app.companion.start(minimized=True)
    app.companion.tray.find("Start ▸ Relax").trigger()
    assert app.window.isVisible()
    assert app.controller.state is State.RUNNING
    assert app.controller.machine.plan.program.id == "relax"
    app.controller.stop()
    app.companion.tray.find("Snooze ▸ Until tomorrow").trigger()
    assert app.companion.service.next_due() == datetime(2026, 11, 27, 9, 0, tzinfo=BERLIN)
    assert "tomorrow 09:00" in app.companion.tray.icon.toolTip()


@pytest.mark.usefixtures("restore_quit_on_close")
def test_ctrl_q_in_the_window_quits_the_app(qtbot, programs, tmp_path):
    app = App(qtbot, programs, tmp_path, tray=False)
    app.companion.start(minimized=False)
    app.window.quit_action.trigger()
    assert app.quits == 1


@pytest.mark.usefixtures("restore_quit_on_close")
def test_new_reminder_settings_apply_at_once_and_autostart_writes_the_login_entry(qtbot, programs, tmp_path):
    app = App(qtbot, programs, tmp_path, tray=False)
    app.companion.start(minimized=False)
    changed = Settings().with_changes(reminder_times=("08:00", "20:30"), autostart=True)
    assert app.companion.apply_settings(changed, autostart_wanted=True) is None
    assert app.companion.service.next_due() == datetime(2026, 11, 26, 20, 30, tzinfo=BERLIN)
    assert app.saved == [changed] and app.window.settings == changed
    assert app.autostart.is_enabled()
    assert "--minimized" in app.autostart.path.read_text()
    app.companion.apply_settings(changed.with_changes(autostart=False), autostart_wanted=False)
    assert not app.autostart.path.exists()


@pytest.mark.usefixtures("restore_quit_on_close")
def test_reminder_settings_are_also_in_the_window_menu_for_desktops_without_a_tray(qtbot, programs, tmp_path):
    app = App(qtbot, programs, tmp_path, tray=False)
    app.companion.start(minimized=False)
    file_menu = app.window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts[-2:] == ["&Reminders…", app.window.quit_action.text()]
    app.companion.reminders_action.trigger()
    dialog = app.companion.settings_dialog
    assert dialog.isVisible()
    dialog.goal_box.setValue(1)
    dialog.accept()
    assert app.saved[-1].daily_goal == 1
    assert app.companion.service.today() == (0, 1)


@OFFSCREEN_TRAY
@pytest.mark.usefixtures("restore_quit_on_close")
def test_the_tray_icon_shows_a_waiting_reminder_until_a_session_starts(qtbot, programs, tmp_path):
    app = App(qtbot, programs, tmp_path, tray=True)
    app.companion.start(minimized=True)
    tray = app.companion.tray
    assert not tray.due and "Next reminder: 09:00" in tray.icon.toolTip()
    with qtbot.waitSignal(app.companion.notifier.delivered) as delivered:
        app.minute()
    assert delivered.args == ["tray balloon"]  # no asyncio loop here, and a tray: the balloon
    assert tray.due and "A session is due (since 09:00)" in tray.icon.toolTip()
    tray.find("Start session (Daily)").trigger()
    assert app.controller.state is State.RUNNING
    assert not tray.due and "A session is running" in tray.icon.toolTip()
    assert [e.kind for e in app.log.events] == [ReminderKind.FIRED, ReminderKind.ACTED]
    app.controller.stop()
