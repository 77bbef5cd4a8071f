"""`ReminderService`: puts the planner on the wall clock. One very coarse timer wakes it once a minute (at
the start of each minute, so reminders at HH:MM come on time), and logind's `PrepareForSleep(false)` wakes
it on resume where there is one: Qt timers run on the monotonic clock, which stops while Linux sleeps."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from kneecare.core.clock import Clock
from kneecare.core.schedule import Decision, Reminder, ReminderEvent, ReminderPlanner, ReminderRules
from kneecare.session.timer import Precision, Timer, TimerFactory

log = logging.getLogger(__name__)

LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")
SYSTEM_BUS_SOCKETS = (Path("/run/dbus/system_bus_socket"), Path("/var/run/dbus/system_bus_socket"))
MINUTE_MS = 60_000
AFTER_THE_MINUTE_MS = 1500  # a very coarse timer may fire up to 0.5 s early: still after HH:MM:00


def ms_to_next_minute(now: datetime) -> int:
    """Milliseconds from `now` to just after the start of the next wall-clock minute (61.5 s at most)."""
    into = now.second * 1000 + now.microsecond // 1000
    return MINUTE_MS - into + AFTER_THE_MINUTE_MS


def system_bus_present() -> bool:
    """Whether a D-Bus system bus can be reached (asked first so Qt does not warn when there is none)."""
    if not sys.platform.startswith("linux"):
        return False
    return bool(os.environ.get("DBUS_SYSTEM_BUS_ADDRESS")) or any(p.exists() for p in SYSTEM_BUS_SOCKETS)


class ReminderService(QObject):
    """Checks the planner on time and carries its answers as signals; the view decides how to show them."""

    reminderDue = Signal(Reminder)  # show this reminder now
    eventRecorded = Signal(ReminderEvent)
    changed = Signal()  # the next reminder, today's count or the waiting reminder may have changed
    resumed = Signal()  # the machine woke up (logind)

    def __init__(
        self,
        planner: ReminderPlanner,
        clock: Clock,
        done_today: Callable[[datetime], int],
        session_running: Callable[[], bool],
        parent: QObject | None = None,
        *,
        make_timer: TimerFactory = Timer,
    ) -> None:
        super().__init__(parent)
        self.planner = planner
        self.clock = clock
        self.done_today = done_today
        self.session_running = session_running
        self.listening_for_resume = False
        self._timer = make_timer(self, single_shot=True, precision=Precision.VERY_COARSE)
        self._timer.timeout.connect(self.check)

    # -- reading ---------------------------------------------------------------------------------------

    @property
    def waiting(self) -> Reminder | None:
        """A reminder that fired and has not been answered (for the tray's second icon state)."""
        return self.planner.waiting(self.clock.now())

    def next_due(self) -> datetime | None:
        now = self.clock.now()
        return self.planner.next_due(now, self.done_today(now))

    def today(self) -> tuple[int, int]:
        """(sessions done today, today's goal)."""
        now = self.clock.now()
        return self.done_today(now), self.planner.goal_today(now)

    # -- commands --------------------------------------------------------------------------------------

    def start(self) -> None:
        self._listen_for_resume()
        self.check()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> Decision:
        """Compare the wall clock with what is due; fire at most one reminder; re-arm the minute timer."""
        now = self.clock.now()
        try:
            decision = self.planner.check(now, self.done_today(now), self.session_running())
        except Exception:  # a broken database must not stop the timer: log, try again next minute
            log.exception("reminder check failed")
            decision = Decision()
        self._arm()
        self._tell(decision)
        self.changed.emit()  # the tooltip's "next reminder" and the waiting state follow the clock
        return decision

    def session_started(self, detail: str = "") -> None:
        event = self.planner.acted(self.clock.now(), detail)
        if event is not None:
            self.eventRecorded.emit(event)
        self.changed.emit()

    def session_finished(self, completed: bool) -> None:
        now = self.clock.now()
        decision = self.planner.session_ended(now, completed, self.done_today(now))
        self._tell(decision)
        self.changed.emit()

    def snooze(self, minutes: int | None = None) -> ReminderEvent:
        return self._record(self.planner.snooze(self.clock.now(), minutes))

    def in_a_meeting(self) -> ReminderEvent:
        return self._record(self.planner.in_a_meeting(self.clock.now()))

    def snooze_until_tomorrow(self) -> ReminderEvent:
        return self._record(self.planner.snooze_until_tomorrow(self.clock.now()))

    def set_rules(self, rules: ReminderRules) -> None:
        self.planner.set_rules(rules, self.clock.now())
        self.changed.emit()

    # -- inside ----------------------------------------------------------------------------------------

    def _record(self, event: ReminderEvent) -> ReminderEvent:
        log.info("reminder %s: %s", event.kind.value, event.detail)
        self.eventRecorded.emit(event)
        self.changed.emit()
        return event

    def _tell(self, decision: Decision) -> None:
        for event in decision.events:
            log.info("reminder %s (due %s) %s", event.kind.value, event.due_at.isoformat(), event.detail)
            self.eventRecorded.emit(event)
        if decision.reminder is not None:
            self.reminderDue.emit(decision.reminder)

    def _arm(self) -> None:
        self._timer.start(ms_to_next_minute(self.clock.now()))

    def _listen_for_resume(self) -> None:
        if self.listening_for_resume or not system_bus_present():
            return
        from PySide6.QtCore import SLOT
        from PySide6.QtDBus import QDBusConnection

        bus = QDBusConnection.systemBus()
        slot: Any = SLOT("_prepare_for_sleep(bool)")  # a str at run time, whatever the stubs say
        # Any sender: only logind sends this, and a stray one merely makes an extra check.
        self.listening_for_resume = bus.isConnected() and bus.connect(
            "", LOGIND[1], LOGIND[2], "PrepareForSleep", self, slot
        )
        log.info("listening for resume from suspend: %s", self.listening_for_resume)

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            log.info("the machine is going to sleep")
            return
        log.info("the machine woke up: checking reminders")
        self.resumed.emit()
        self.check()
