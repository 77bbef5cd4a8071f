"""`SessionController`: one QObject that owns the session's timers (the `Timer` port), feeds the clock to
the machine and turns its answers into typed Qt signals (dataclass payloads, never dicts)."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from kneecare.core.clock import Clock
from kneecare.core.plan import Phase, Plan
from kneecare.core.session import (
    Discomfort,
    Finished,
    Loaded,
    Paused,
    PauseReason,
    PhaseEnded,
    PhaseStarted,
    Refused,
    Resumed,
    SafetyEvent,
    SafetyReported,
    SessionMachine,
    SessionResult,
    Snapshot,
    Started,
    State,
    Unloaded,
    Update,
)
from kneecare.session.timer import Precision, Timer, TimerFactory

log = logging.getLogger(__name__)

DISPLAY_INTERVAL_MS = 250


class SessionController(QObject):
    """Start, pause, skip, stop and report; the machine decides, this only carries the news."""

    loaded = Signal(Plan)
    started = Signal(datetime)  # the wall time the session started
    phaseStarted = Signal(Phase)
    phaseEnded = Signal(PhaseEnded)
    progressed = Signal(float, float)  # elapsed, remaining (seconds of the session)
    paused = Signal(PauseReason)
    resumed = Signal()
    safetyReported = Signal(SafetyEvent)
    finished = Signal(SessionResult)
    unloaded = Signal()
    stateChanged = Signal(State)
    refused = Signal(Refused)

    def __init__(
        self,
        machine: SessionMachine,
        clock: Clock,
        parent: QObject | None = None,
        *,
        make_timer: TimerFactory = Timer,
    ) -> None:
        super().__init__(parent)
        self.machine = machine
        self.clock = clock
        # The phase's end, to the millisecond; and the display's tick while a session runs.
        self._deadline = make_timer(self, single_shot=True, precision=Precision.PRECISE)
        self._deadline.timeout.connect(self.poll)
        self._display = make_timer(self, interval_ms=DISPLAY_INTERVAL_MS)
        self._display.timeout.connect(self.poll)

    # -- reading -------------------------------------------------------------------------------

    @property
    def state(self) -> State:
        return self.machine.state

    def snapshot(self) -> Snapshot:
        return self.machine.snapshot()

    # -- commands ------------------------------------------------------------------------------

    def load(self, plan: Plan) -> bool:
        return self._apply(lambda: self.machine.load(plan))

    def start(self) -> bool:
        return self._apply(self.machine.start)

    def pause(self) -> bool:
        return self._apply(self.machine.pause)

    def resume(self) -> bool:
        return self._apply(self.machine.resume)

    def toggle(self) -> bool:
        """Space: start when ready, pause when running, resume when paused."""
        state = self.machine.state
        if state is State.READY:
            return self.start()
        if state is State.RUNNING:
            return self.pause()
        if state is State.PAUSED:
            return self.resume()
        return False

    def skip(self) -> bool:
        return self._apply(self.machine.skip)

    def stop(self) -> bool:
        return self._apply(self.machine.stop)

    def report(self, kind: Discomfort) -> bool:
        return self._apply(lambda: self.machine.report(kind))

    def safety_stop(self, kind: Discomfort | None = None) -> bool:
        return self._apply(lambda: self.machine.safety_stop(kind))

    def reset(self) -> bool:
        return self._apply(self.machine.reset)

    def poll(self) -> None:
        """What both timers call: let the machine see the time, then tell the view."""
        self._apply(self.machine.tick, progress=True)

    # -- inside --------------------------------------------------------------------------------

    def _apply(self, command: Callable[[], Update], progress: bool = False) -> bool:
        before = self.machine.state
        update = command()
        for change in update.changes:
            self._emit(change)
        self._rearm()
        if self.machine.state is not before:
            self.stateChanged.emit(self.machine.state)
        if progress or update.changes:
            snap = self.machine.snapshot()
            if snap.phase is not None:
                self.progressed.emit(snap.elapsed, snap.remaining)
        return not update.refused

    def _emit(self, change: object) -> None:
        match change:
            case Loaded(plan):
                self.loaded.emit(plan)
            case Started(started_at):
                self.started.emit(started_at)
            case PhaseStarted(phase):
                self.phaseStarted.emit(phase)
            case PhaseEnded():
                self.phaseEnded.emit(change)
            case Paused(reason):
                self.paused.emit(reason)
            case Resumed():
                self.resumed.emit()
            case SafetyReported(event):
                self.safetyReported.emit(event)
            case Finished(result):
                self.finished.emit(result)
            case Unloaded():
                self.unloaded.emit()
            case Refused():
                self.refused.emit(change)

    def _rearm(self) -> None:
        deadline = self.machine.next_deadline()
        if deadline is None:
            self._deadline.stop()
            self._display.stop()
            return
        wait = max(0.0, deadline - self.clock.monotonic())
        self._deadline.start(math.ceil(wait * 1000))
        if not self._display.is_active():
            self._display.start()
