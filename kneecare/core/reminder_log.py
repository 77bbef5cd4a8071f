"""What the reminder planner remembers between checks and what it records: the events (fired, snoozed,
acted, skipped, missed), the memory that keeps a restart from firing a reminder twice, the `ReminderLog`
port the planner writes through, an in-memory log, and the memory as JSON text (for a key-value store)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Protocol

from kneecare.core.lazy_dataclass import dataclass


class ReminderKind(StrEnum):
    FIRED = "fired"
    SNOOZED = "snoozed"
    ACTED = "acted"
    SKIPPED = "skipped"
    MISSED = "missed"


@dataclass(frozen=True)
class ReminderEvent:
    """One line of the reminder history (for adherence): what happened to the reminder due at `due_at`."""

    kind: ReminderKind
    due_at: datetime  # aware; a snooze with nothing due names the moment it ends
    at: datetime
    detail: str = ""


@dataclass(frozen=True)
class ReminderMemory:
    """What must survive a restart so that nothing fires twice: the last reminder handled (fired, skipped
    or missed) as an instant and as its local wall time, and a pending snooze."""

    handled_due: datetime | None = None
    handled_wall: datetime | None = None
    snooze_until: datetime | None = None
    snooze_refire: bool = False


class ReminderLog(Protocol):
    """Where the planner keeps its memory and records events; one `record` call is one transaction."""

    def memory(self) -> ReminderMemory: ...

    def record(self, events: Sequence[ReminderEvent], memory: ReminderMemory) -> None: ...


@dataclass
class MemoryReminderLog:
    """A `ReminderLog` that lives in memory: for tests and for running without a database."""

    events: list[ReminderEvent] = field(default_factory=list)
    saved: ReminderMemory = field(default_factory=ReminderMemory)
    writes: int = 0

    def memory(self) -> ReminderMemory:
        return self.saved

    def record(self, events: Sequence[ReminderEvent], memory: ReminderMemory) -> None:
        self.events.extend(events)
        self.saved = memory
        self.writes += 1

    def of(self, kind: ReminderKind) -> list[ReminderEvent]:
        return [e for e in self.events if e.kind is kind]


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
