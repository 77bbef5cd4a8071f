"""`FakeTimer`, the test twin of `kneecare.session.timer.Timer`: it never waits; a test fires it by hand,
and reads whether it runs and its interval, without touching the code's privates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from kneecare.session.timer import Timer


class FakeTimer(Timer):
    def __init__(self, parent: QObject | None = None, **options: Any) -> None:
        super().__init__(parent, **options)  # the real timer's options, kept as it keeps them
        self._active = False
        self.starts = 0

    def _run(self) -> None:  # start() has clamped and kept the interval, as for the real timer
        self._active = True
        self.starts += 1

    def stop(self) -> None:
        self._active = False

    def is_active(self) -> bool:
        return self._active

    def fire(self) -> None:
        """What the timer does when its time comes (a single-shot one stops first, as QTimer does)."""
        if not self._active:
            raise AssertionError("a stopped timer cannot fire")
        if self.single_shot:
            self._active = False
        self.timeout.emit()


class FakeTimers:
    """A `TimerFactory` that keeps every FakeTimer it made, in order, for the test to look at."""

    def __init__(self) -> None:
        self.made: list[FakeTimer] = []

    def __call__(self, parent: QObject | None = None, **options: object) -> FakeTimer:
        timer = FakeTimer(parent, **options)
        self.made.append(timer)
        return timer
