"""The reminder planner's memory and events in the history database, and the app's "said once" notices:
adapters from the store's repositories (`kneecare.store`, described here by what is used of them) to the
small interfaces the tray needs."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from kneecare.core.schedule import ReminderEvent, ReminderKind, ReminderMemory

log = logging.getLogger(__name__)

MEMORY_KEY = "reminders.memory"
# Kinds whose due moment has been dealt with: a restart must not fire them again.
HANDLED = (ReminderKind.FIRED, ReminderKind.MISSED, ReminderKind.SKIPPED, ReminderKind.ACTED)


class ReminderRows(Protocol):
    """What is used of `kneecare.store.reminders.ReminderRepository`."""

    def record(self, kind: str, due_at: datetime, at: datetime, detail: str = "") -> None: ...

    def last_due(self, kinds: tuple[str, ...] = ...) -> datetime | None: ...


class KeyValues(Protocol):
    """What is used of `kneecare.store.state.AppState`."""

    def get(self, key: str, default: str | None = None) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...


class Notices(Protocol):
    """Things said once ("KneeCare keeps running in the tray"), remembered between runs."""

    def said(self, key: str) -> bool: ...

    def mark_said(self, key: str) -> None: ...


@dataclass
class MemoryNotices:
    keys: set[str] = field(default_factory=set)

    def said(self, key: str) -> bool:
        return key in self.keys

    def mark_said(self, key: str) -> None:
        self.keys.add(key)


class StoreNotices:
    def __init__(self, state: KeyValues) -> None:
        self.state = state

    def said(self, key: str) -> bool:
        return self.state.get(f"notice.{key}") is not None

    def mark_said(self, key: str) -> None:
        self.state.set(f"notice.{key}", datetime.now(UTC).isoformat(timespec="seconds"))


def memory_to_json(memory: ReminderMemory) -> str:
    def iso(when: datetime | None) -> str | None:
        return when.isoformat() if when is not None else None

    return json.dumps(
        {
            "handled_due": iso(memory.handled_due.astimezone(UTC) if memory.handled_due else None),
            "handled_wall": iso(memory.handled_wall),
            "snooze_until": iso(memory.snooze_until.astimezone(UTC) if memory.snooze_until else None),
            "snooze_refire": memory.snooze_refire,
        }
    )


def memory_from_json(text: str) -> ReminderMemory:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("not an object")

    def when(key: str, aware: bool) -> datetime | None:
        value = data.get(key)
        if value is None:
            return None
        parsed = datetime.fromisoformat(str(value))
        if aware != (parsed.tzinfo is not None):
            raise ValueError(f"{key}: {'no' if aware else 'a'} zone")
        return parsed.astimezone(UTC) if aware else parsed

    return ReminderMemory(
        handled_due=when("handled_due", True),
        handled_wall=when("handled_wall", False),
        snooze_until=when("snooze_until", True),
        snooze_refire=bool(data.get("snooze_refire", False)),
    )


class StoreReminderLog:
    """`ReminderLog` on the store: events in `reminder_events`, the memory in the app-state table.

    Events are written first: if the app dies between the two writes, the latest handled due moment is
    read back from the events, so a restart still never fires a reminder twice.
    """

    def __init__(self, reminders: ReminderRows, state: KeyValues) -> None:
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
