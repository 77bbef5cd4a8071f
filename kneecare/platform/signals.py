"""SIGTERM as a clean quit: a running session is stopped through the controller (so the history records it
as stopped), then the app quits as through File ▸ Quit, ending the cue helper with it."""

from __future__ import annotations

import logging
import signal
import socket
import sys
from types import FrameType

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

from kneecare.core.session import State
from kneecare.session.controller import SessionController

log = logging.getLogger(__name__)

SESSION_STATES = (State.RUNNING, State.PAUSED)  # a session to record as stopped


class TermWatcher(QObject):
    """Wakes Qt's loop on SIGTERM: Python's own handler only runs once the interpreter runs again, so the
    signal number is also written to a socket (`signal.set_wakeup_fd`) that a QSocketNotifier watches."""

    def __init__(self, app: QCoreApplication, controller: SessionController) -> None:
        super().__init__(app)
        self._app = app
        self._controller = controller
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        signal.signal(signal.SIGTERM, self._noted)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        self.received = False

    def _noted(self, number: int, frame: FrameType | None) -> None:
        self.received = True

    def _woken(self) -> None:
        try:
            data = self._reader.recv(64)
        except BlockingIOError:
            return
        if int(signal.SIGTERM) in data or self.received:
            self.quit()

    def quit(self) -> None:
        """Stop the session (recorded as stopped) and quit."""
        log.info("SIGTERM: quitting%s", " and stopping the session" if self._stopping() else "")
        if self._controller.state in SESSION_STATES:
            self._controller.stop()
        self._app.quit()

    def _stopping(self) -> bool:
        return self._controller.state in SESSION_STATES


def quit_on_sigterm(app: QCoreApplication, controller: SessionController) -> TermWatcher | None:
    """Handle SIGTERM as a clean quit (POSIX only; elsewhere nothing changes). Call from the main thread."""
    if sys.platform == "win32":
        return None
    return TermWatcher(app, controller)
