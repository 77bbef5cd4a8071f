"""Delivering a reminder: the desktop notification when a service answers; else the tray balloon; else a
small window that never takes the focus, with "Start now" and "Snooze" that work."""

from __future__ import annotations

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
