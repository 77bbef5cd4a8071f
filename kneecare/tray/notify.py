"""Delivering a reminder: a desktop notification with "Start now" and "Snooze" at normal urgency (through
`desktop-notifier`, on the asyncio loop qasync joins to Qt's, joined when the first one goes out); when no
notification service answers, the tray balloon; without a tray, a small window that does not take the
focus. None of them steals focus. A notice that invites no session (sessions on hold) has neither button:
a click on it opens the window."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from kneecare import APP_ID, APP_NAME
from kneecare.tray import text
from kneecare.tray.aio import running_loop
from kneecare.tray.prompt import ReminderPrompt

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)

SEND_TIMEOUT = 10.0  # seconds for the notification service to answer (it may be started on demand)


class Channel(StrEnum):
    DESKTOP = "desktop notification"
    BALLOON = "tray balloon"
    WINDOW = "reminder window"


class DesktopSender(Protocol):
    """Sends one notification, with "Start now" and "Snooze" when it `invite`s to a session (else with no
    button; a click on it still calls `on_start`); True when the notification service took it."""

    async def send(
        self,
        title: str,
        body: str,
        on_start: Callable[[], None],
        on_snooze: Callable[[], None],
        invite: bool = True,
    ) -> bool: ...

    async def withdraw(self) -> None: ...


class DesktopNotifierSender:
    """`desktop-notifier` (D-Bus on Linux, WinRT on Windows, the Notification Center in a macOS bundle)."""

    def __init__(self, app_name: str = APP_NAME, icon_name: str = APP_ID) -> None:
        self.app_name = app_name
        self.icon_name = icon_name
        self._notifier: Any = None
        self._last: str | None = None

    def _get(self) -> Any:
        if self._notifier is None:
            from desktop_notifier import DesktopNotifier, Icon

            # It logs a traceback at WARNING for an absent service, which is normal: we say it in one line.
            logging.getLogger("desktop_notifier").setLevel(logging.ERROR)

            self._notifier = DesktopNotifier(app_name=self.app_name, app_icon=Icon(name=self.icon_name))
        return self._notifier

    async def send(
        self,
        title: str,
        body: str,
        on_start: Callable[[], None],
        on_snooze: Callable[[], None],
        invite: bool = True,
    ) -> bool:
        import asyncio

        from desktop_notifier import Button, Notification, Urgency

        dispatched = asyncio.Event()
        start, snooze = text.reminder_buttons()  # in the person's language
        buttons = (Button(start, on_pressed=on_start), Button(snooze, on_pressed=on_snooze))
        notification = Notification(
            title=title,
            message=body,
            urgency=Urgency.Normal,
            buttons=buttons if invite else (),
            on_clicked=on_start,
            on_dispatched=dispatched.set,
        )
        try:
            # desktop-notifier logs a failure and returns; `on_dispatched` says the service took it.
            await asyncio.wait_for(self._get().send_notification(notification), SEND_TIMEOUT)
        except (TimeoutError, OSError) as e:
            log.warning("the notification service did not answer: %s", e)
            return False
        if not dispatched.is_set():
            log.info("no notification service took the reminder")
            return False
        self._last = notification.identifier
        return True

    async def withdraw(self) -> None:
        import asyncio

        if self._last is not None and self._notifier is not None:
            identifier, self._last = self._last, None
            try:
                await asyncio.wait_for(self._notifier.clear(identifier), SEND_TIMEOUT)
            except (TimeoutError, OSError, KeyError) as e:
                log.info("could not withdraw the notification: %s", e)


class Notifier(QObject):
    """Delivers reminders by the best way there is; the answers come back as signals. `event_loop` gives
    the asyncio loop for desktop notifications (the app's joins it on first use: `aio.joined_loop`); by
    default the one already joined, if any."""

    startRequested = Signal()  # "Start now", or the notification / balloon clicked
    snoozeRequested = Signal()
    delivered = Signal(str)  # the Channel used

    def __init__(
        self,
        tray: QSystemTrayIcon | None,
        desktop: DesktopSender | None = None,
        parent: QObject | None = None,
        event_loop: Callable[[], asyncio.AbstractEventLoop | None] = running_loop,
    ) -> None:
        super().__init__(parent)
        self.tray = tray
        self.desktop = desktop if desktop is not None else DesktopNotifierSender()
        self.event_loop = event_loop
        self.prompt: ReminderPrompt | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        if tray is not None:
            tray.messageClicked.connect(self.startRequested)

    def notify(self, title: str, body: str, invite: bool = True) -> None:
        """Start delivering (asynchronously, on the qasync loop). With `invite`, the reminder offers "Start
        now" and "Snooze"; without, it is a notice that offers no session (a click opens the window)."""
        loop = self.event_loop()
        if loop is None:  # no asyncio loop joined: the ways that need none
            self._fallback(title, body, invite)
            return
        task = loop.create_task(self.deliver(title, body, invite))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def deliver(self, title: str, body: str, invite: bool = True) -> Channel:
        try:
            sent = await self.desktop.send(title, body, self._start, self._snooze, invite=invite)
        except Exception:  # a broken notifier must not lose the reminder
            log.exception("desktop notification failed")
            sent = False
        if sent:
            log.info("reminder delivered as a desktop notification")
            self.delivered.emit(Channel.DESKTOP.value)
            return Channel.DESKTOP
        return self._fallback(title, body, invite)

    def withdraw(self) -> None:
        """The reminder was answered elsewhere: take it away wherever it is shown."""
        if self.prompt is not None:
            self.prompt.hide()
        loop = running_loop()  # none joined: no notification was sent, none to take away
        if loop is None:
            return
        task = loop.create_task(self.desktop.withdraw())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _fallback(self, title: str, body: str, invite: bool = True) -> Channel:
        tray = self.tray
        if tray is not None and tray.isVisible() and QSystemTrayIcon.supportsMessages():
            tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 30_000)
            log.info("reminder delivered as a tray balloon")
            self.delivered.emit(Channel.BALLOON.value)
            return Channel.BALLOON
        if self.prompt is None:
            self.prompt = ReminderPrompt()
            self.prompt.startRequested.connect(self.startRequested)
            self.prompt.snoozeRequested.connect(self.snoozeRequested)
        self.prompt.show_reminder(title, body, invite)
        log.info("reminder delivered in a window")
        self.delivered.emit(Channel.WINDOW.value)
        return Channel.WINDOW

    def _start(self) -> None:
        self.startRequested.emit()

    def _snooze(self) -> None:
        self.snoozeRequested.emit()
