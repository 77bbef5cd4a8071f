"""The reminder planner's `ReminderLog` on the history database (events in `reminder_events`, the memory
in the app-state table) and the app's "said once" notices, kept in the app state too. app.py builds them
and hands them to the tray, which sees only the small interfaces of `kneecare.tray.persist`."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime

from kneecare.core.reminder_log import (
    ReminderEvent,
    ReminderKind,
    ReminderMemory,
    memory_from_json,
    memory_to_json,
)
from kneecare.store.reminders import ReminderRepository
from kneecare.store.state import AppState

log = logging.getLogger(__name__)

MEMORY_KEY = "reminders.memory"
# Kinds whose due moment has been dealt with: a restart must not fire them again.
HANDLED = (ReminderKind.FIRED, ReminderKind.MISSED, ReminderKind.SKIPPED, ReminderKind.ACTED)


class StoreNotices:
    def __init__(self, state: AppState) -> None:
        self.state = state

    def said(self, key: str) -> bool:
        return self.state.get(f"notice.{key}") is not None

    def mark_said(self, key: str) -> None:
        self.state.set(f"notice.{key}", datetime.now(UTC).isoformat(timespec="seconds"))


class StoreReminderLog:
    """`ReminderLog` on the store: events in `reminder_events`, the memory in the app-state table.

    Events are written first: if the app dies between the two writes, the latest handled due moment is
    read back from the events, so a restart still never fires a reminder twice.
    """

    def __init__(self, reminders: ReminderRepository, state: AppState) -> None:
        self.reminders = reminders
        self.state = state
        self._memory: ReminderMemory | None = None

    def memory(self) -> ReminderMemory:
        if self._memory is None:
            self._memory = self._load()
        return self._memory

    def record(self, events: Sequence[ReminderEvent], memory: ReminderMemory) -> None:
        for event in events:
            self.reminders.record(event.kind.value, event.due_at, event.at, event.detail)
        if memory != self._memory:
            self.state.set(MEMORY_KEY, memory_to_json(memory))
        self._memory = memory

    def _load(self) -> ReminderMemory:
        memory = ReminderMemory()
        text = self.state.get(MEMORY_KEY)
        if text is not None:
            try:
                memory = memory_from_json(text)
            except (ValueError, TypeError) as e:
                log.warning("the saved reminder state is unreadable (%s); going by the reminder history", e)
        last = self.reminders.last_due(tuple(k.value for k in HANDLED))
        if last is not None and (memory.handled_due is None or last > memory.handled_due):
            memory = ReminderMemory(last, None, memory.snooze_until, memory.snooze_refire)
        return memory
