"""Delivering a reminder: the desktop notification when a service answers; else the tray balloon; else a
small window that never takes the focus, with "Start now" and "Snooze" that work. A notice that invites no
session (sessions on hold) carries neither."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from kneecare.tray.notify import Channel, DesktopNotifierSender, Notifier
from tests.helpers.asyncio_qt import qasync_loop  # noqa: F401 (a fixture)


@pytest.fixture
def no_notification_service(monkeypatch, tmp_path):
    """A session bus address where nothing listens, as on a machine with no desktop session."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-bus")


@pytest.mark.usefixtures("qasync_loop", "no_notification_service")
def test_with_no_notification_service_and_no_tray_the_reminder_comes_in_a_window_that_takes_no_focus(qtbot):
    typing = QLineEdit()  # what the person is doing
    qtbot.addWidget(typing)
    typing.show()
    typing.setFocus()
    notifier = Notifier(tray=None, desktop=DesktopNotifierSender())
    with qtbot.waitSignal(notifier.delivered, timeout=15_000) as delivered:
        notifier.notify("Time for your knees", "Daily: about 8 minutes.")
    assert delivered.args == [Channel.WINDOW.value]
    prompt = notifier.prompt
    assert prompt is not None and prompt.isVisible()
    assert prompt.title.text() == "Time for your knees"
    assert prompt.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert prompt.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert prompt.start_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    with qtbot.waitSignal(notifier.startRequested):
        qtbot.mouseClick(prompt.start_button, Qt.MouseButton.LeftButton)
    assert not prompt.isVisible()


@pytest.mark.usefixtures("qasync_loop", "no_notification_service")
def test_snooze_in_the_window_asks_for_a_snooze(qtbot):
    notifier = Notifier(tray=None, desktop=DesktopNotifierSender())
    with qtbot.waitSignal(notifier.delivered, timeout=15_000):
        notifier.notify("Time for your knees", "Daily")
    with qtbot.waitSignal(notifier.snoozeRequested):
        qtbot.mouseClick(notifier.prompt.snooze_button, Qt.MouseButton.LeftButton)
    notifier.withdraw()


def test_without_an_asyncio_loop_the_reminder_still_comes(qtbot):
    notifier = Notifier(tray=None, desktop=DesktopNotifierSender())
    with qtbot.waitSignal(notifier.delivered) as delivered:
        notifier.notify("Time for your knees", "Daily")
    assert delivered.args == [Channel.WINDOW.value]
    notifier.prompt.hide()


@pytest.mark.usefixtures("qasync_loop", "no_notification_service")
def test_a_notice_in_the_window_offers_the_window_and_close_but_no_session(qtbot):
    notifier = Notifier(tray=None, desktop=DesktopNotifierSender())
    asked: list[str] = []
    notifier.startRequested.connect(lambda: asked.append("start"))
    notifier.snoozeRequested.connect(lambda: asked.append("snooze"))
    with qtbot.waitSignal(notifier.delivered, timeout=15_000):
        notifier.notify("Sessions are on hold", "Please have the leg checked.", invite=False)
    prompt = notifier.prompt
    assert prompt is not None and prompt.isVisible()
    assert prompt.start_button.text() == "Open KneeCare"
    assert prompt.snooze_button.isHidden() and not prompt.close_button.isHidden()
    qtbot.mouseClick(prompt.close_button, Qt.MouseButton.LeftButton)
    assert not prompt.isVisible() and asked == []
    with qtbot.waitSignal(notifier.delivered, timeout=15_000):
        notifier.notify("Sessions are on hold", "Please have the leg checked.", invite=False)
    with qtbot.waitSignal(notifier.startRequested):  # it opens the window, where Start asks the follow-up
        qtbot.mouseClick(prompt.start_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(notifier.delivered, timeout=15_000):  # the next reminder invites again
        notifier.notify("Time for your knees", "Daily")
    assert prompt.start_button.text() == "Start now" and prompt.snooze_button.text() == "Snooze"
    assert not prompt.snooze_button.isHidden() and prompt.close_button.isHidden()
    prompt.hide()


class TakesEverything:
    """In place of desktop-notifier's DesktopNotifier: keeps what it is asked to send, and takes it."""

    def __init__(self) -> None:
        self.sent: list = []

    async def send_notification(self, notification) -> str:
        self.sent.append(notification)
        notification.on_dispatched()
        return notification.identifier


def test_a_desktop_reminder_has_start_now_and_snooze_and_a_notice_has_no_button():
    sender = DesktopNotifierSender()
    service = sender._notifier = TakesEverything()
    pressed: list[str] = []

    def start() -> None:
        pressed.append("start")

    def snooze() -> None:
        pressed.append("snooze")

    def send(invite: bool) -> bool:
        loop = asyncio.new_event_loop()  # its own: the thread's loop (qasync's in other tests) is left alone
        try:
            return loop.run_until_complete(sender.send("Title", "Body", start, snooze, invite=invite))
        finally:
            loop.close()

    assert send(invite=True)
    reminder = service.sent[-1]
    assert [button.title for button in reminder.buttons] == ["Start now", "Snooze"]
    reminder.buttons[1].on_pressed()
    assert send(invite=False)
    notice = service.sent[-1]
    assert notice.buttons == ()
    notice.on_clicked()  # a click on the notice opens the window, as on a reminder
    assert pressed == ["snooze", "start"]
