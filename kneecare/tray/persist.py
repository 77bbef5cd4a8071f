"""What the tray needs of storage, as small interfaces: a key-value store (the nudges keep their planner's
memory there) and the "said once" notices, with an in-memory twin for tests. The store's own versions are
in `kneecare.store.planner_log` (app.py builds them); the planner's memory as JSON is
`kneecare.core.reminder_log`."""

from __future__ import annotations

from dataclasses import field
from typing import Protocol

from kneecare.core.lazy_dataclass import dataclass


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
