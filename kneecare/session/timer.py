"""The "call me later" port: `Timer`, the one narrow timer the session controller and the reminder service
use. It wraps a QTimer; tests hand in `tests/helpers/fake_timer.FakeTimer` and fire it by hand."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject, Qt, QTimer, Signal

MAX_INTERVAL_MS = 2**31 - 1  # QTimer's limit (about 24.8 days)


class Precision(Enum):
    """How closely the timer keeps time: a phase's end to the millisecond, a reminder to the second."""

    PRECISE = Qt.TimerType.PreciseTimer
    COARSE = Qt.TimerType.CoarseTimer
    VERY_COARSE = Qt.TimerType.VeryCoarseTimer


class Timer(QObject):
    """A single-shot or repeating timer with only what our code needs: start, stop, whether it runs."""

    timeout = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        single_shot: bool = False,
        precision: Precision = Precision.COARSE,
        interval_ms: int = 0,
    ) -> None:
        super().__init__(parent)
        self.single_shot = single_shot
        self.precision = precision
        self._interval_ms = interval_ms
        self._qt: QTimer | None = None

    def start(self, interval_ms: int | None = None) -> None:
        """(Re)start; with an interval, that one from now on (clamped to what Qt can wait)."""
        if interval_ms is not None:
            self._interval_ms = max(0, min(int(interval_ms), MAX_INTERVAL_MS))
        self._run()

    def _run(self) -> None:
        timer = self._qt
        if timer is None:  # built on first use: a Timer that never runs costs no QTimer
            timer = self._qt = QTimer(self)
            timer.setSingleShot(self.single_shot)
            timer.setTimerType(self.precision.value)
            timer.timeout.connect(self.timeout)
        timer.start(self._interval_ms)

    def stop(self) -> None:
        if self._qt is not None:
            self._qt.stop()

    def is_active(self) -> bool:
        return self._qt is not None and self._qt.isActive()

    def interval_ms(self) -> int:
        return self._interval_ms


# What a class that owns timers takes, so that tests can give it fake ones: called like `Timer`.
TimerFactory = Callable[..., Timer]
