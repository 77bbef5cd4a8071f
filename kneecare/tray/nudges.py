"""Movement nudges on the wall clock: a second `ReminderPlanner` (the same scheduler as the daily reminders)
with the nudge rules, its own memory in the app state, checked by the same `ReminderService` and
delivered by the same `Notifier`. Quiet while a session runs and in quiet hours; off unless chosen.

"Start now" on a nudge opens the window ready for two minutes of calf raises; "Snooze" waits 15 minutes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kneecare.core.clock import Clock
from kneecare.core.reminder_log import memory_from_json, memory_to_json
from kneecare.core.schedule import Reminder, ReminderEvent, ReminderMemory, ReminderPlanner
from kneecare.core.session import Outcome, SessionResult
from kneecare.settings import Settings
from kneecare.tray import text
from kneecare.tray.aio import running_loop
from kneecare.tray.notify import DesktopSender, Notifier
from kneecare.tray.persist import KeyValues
from kneecare.tray.reminders import ReminderService

if TYPE_CHECKING:
    from asyncio import AbstractEventLoop

    from kneecare.session.controller import SessionController
    from kneecare.ui.actions import SessionActions

log = logging.getLogger(__name__)

NUDGE_MEMORY_KEY = "nudges.memory"
NUDGE_PROGRAM = "calf_raises"


class NudgeLog:
    """The nudge planner's memory in the app state, so a restart never repeats a nudge. Its events go to the
    log file only: the reminder history (for adherence) stays about sessions."""

    def __init__(self, state: KeyValues) -> None:
        self.state = state
        self._memory: ReminderMemory | None = None

    def memory(self) -> ReminderMemory:
        if self._memory is None:
            text = self.state.get(NUDGE_MEMORY_KEY)
            memory = ReminderMemory()
            if text is not None:
                try:
                    memory = memory_from_json(text)
                except (ValueError, TypeError) as e:
                    log.warning("the saved movement-nudge state is unreadable (%s); starting from now", e)
            self._memory = memory
        return self._memory

    def record(self, events: Sequence[ReminderEvent], memory: ReminderMemory) -> None:
        for event in events:
            log.info(
                "movement nudge %s (due %s) %s", event.kind.value, event.due_at.isoformat(), event.detail
            )
        if memory != self._memory:
            self.state.set(NUDGE_MEMORY_KEY, memory_to_json(memory))
        self._memory = memory


class MovementNudges(QObject):
    """Hourly "stand up and move" nudges for the window's person; `app.py` builds it after the tray."""

    nudged = Signal(Reminder)

    def __init__(
        self,
        actions: SessionActions,
        controller: SessionController,
        clock: Clock,
        settings: Settings,
        state: KeyValues,
        desktop: DesktopSender | None = None,
        parent: QObject | None = None,
        event_loop: Callable[[], AbstractEventLoop | None] = running_loop,
    ) -> None:
        super().__init__(parent)
        self.actions = actions
        self.clock = clock
        self.service = ReminderService(
            ReminderPlanner(settings.nudge_rules(), NudgeLog(state)),
            clock,
            lambda now: 0,  # a nudge has no goal to meet
            actions.is_active,
            self,
        )
        # Its own notifier without the tray icon: a balloon click would otherwise also answer a reminder.
        self.notifier = Notifier(None, desktop, self, event_loop=event_loop)
        self.service.reminderDue.connect(self._nudge)
        self.notifier.startRequested.connect(self.open_ready)
        self.notifier.snoozeRequested.connect(self.snooze)
        controller.started.connect(lambda *_: self._session_started())
        controller.finished.connect(self._session_finished)

    @property
    def enabled(self) -> bool:
        return self.service.planner.rules.enabled

    def start(self) -> None:
        self.service.start()

    def stop(self) -> None:
        self.service.stop()

    def apply_settings(self, settings: Settings) -> None:
        self.service.set_rules(settings.nudge_rules())

    def snooze(self) -> None:
        self.service.snooze()
        self.notifier.withdraw()

    def open_ready(self) -> None:
        """ "Start now": the window, with calf raises chosen and Start in focus (the start flow runs)."""
        self.actions.open_ready(NUDGE_PROGRAM)

    def _nudge(self, reminder: Reminder) -> None:
        self.notifier.notify(*text.nudge_message())
        self.nudged.emit(reminder)

    def _session_started(self) -> None:
        self.service.session_started("a session began")
        self.notifier.withdraw()

    def _session_finished(self, result: SessionResult) -> None:
        self.service.session_finished(result.outcome is Outcome.COMPLETED)
