"""Start-up work that waits for the window's first paint: a callback run once, right after the first frame
is on screen (or in the loop's first turn when no window is shown, as with --minimized)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

FALLBACK_MS = 1500  # a platform that never paints a shown window still gets its start-up work done


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        self._done = False
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._fallback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Paint and not self._done:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # after this frame has been handed to the screen
        return False

    def _fallback(self) -> None:
        if not self._done:
            log.info("no paint of the window within %d ms: starting up all the same", FALLBACK_MS)
            self._run()

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._widget.removeEventFilter(self)
        self._callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Run `callback` once, just after `widget`'s first paint; in the loop's first turn if it is not shown
    (or shown minimized, where no paint may come)."""
    if not widget.isVisible() or widget.isMinimized():
        QTimer.singleShot(0, callback)
        return
    _FirstPaint(widget, callback)
