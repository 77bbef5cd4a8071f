"""The reminder log: every reminder fired, snoozed, acted on, skipped or missed, with its due moment."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from kneecare.core.clock import zone_name
from kneecare.core.lazy_dataclass import dataclass
from kneecare.store.db import transaction
from kneecare.store.times import from_utc_text, to_utc_text

KINDS = ("fired", "snoozed", "acted", "skipped", "missed")


@dataclass(frozen=True)
class ReminderEvent:
    kind: str
    due_at: datetime  # UTC
    at: datetime  # UTC
    zone: str
    detail: str


class ReminderRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def record(self, kind: str, due_at: datetime, at: datetime, detail: str = "") -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown reminder event {kind!r}")
        with transaction(self.conn):
            self.conn.execute(
                "INSERT INTO reminder_events (kind, due_utc, at_utc, zone, detail) VALUES (?, ?, ?, ?, ?)",
                (kind, to_utc_text(due_at), to_utc_text(at), zone_name(at), detail),
            )

    def last_due(self, kinds: tuple[str, ...] = ("fired", "missed", "skipped")) -> datetime | None:
        """The latest due moment already dealt with, so a restart never fires it again."""
        marks = ",".join("?" for _ in kinds)
        row = self.conn.execute(
            f"SELECT MAX(due_utc) FROM reminder_events WHERE kind IN ({marks})", kinds
        ).fetchone()
        return from_utc_text(row[0]) if row and row[0] else None

    def between(self, start: datetime, end: datetime) -> list[ReminderEvent]:
        rows = self.conn.execute(
            "SELECT * FROM reminder_events WHERE at_utc >= ? AND at_utc < ? ORDER BY at_utc, id",
            (to_utc_text(start), to_utc_text(end)),
        )
        return [
            ReminderEvent(
                r["kind"], from_utc_text(r["due_utc"]), from_utc_text(r["at_utc"]), r["zone"], r["detail"]
            )
            for r in rows
        ]
