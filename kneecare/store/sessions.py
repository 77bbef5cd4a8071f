"""Session records: a row when a session starts, updated as each phase ends and when it finishes, so a
crash loses at most the phase in progress; the next start marks such a row interrupted."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from kneecare.core.clock import zone_name
from kneecare.core.plan import Phase
from kneecare.core.session import PhaseRecord, SafetyEvent, SessionResult
from kneecare.store.db import transaction
from kneecare.store.times import from_utc_text, local_day_bounds, to_utc_text, zone_of

STATUSES = ("in_progress", "completed", "stopped", "safety_stopped", "interrupted")


@dataclass(frozen=True)
class StoredSession:
    id: int
    uid: str
    program: str
    kind: str
    knees: str
    started_at: datetime  # aware, in the zone it was recorded in
    zone: str
    ended_at: datetime | None
    status: str
    planned_seconds: float
    done_seconds: float
    phase_count: int
    phases_done: int


def session_uid(program: str, started_at: datetime) -> str:
    """One session's identity across export and import: its program and start to the microsecond."""
    return f"{to_utc_text(started_at)}|{program}"


def _row(row: sqlite3.Row) -> StoredSession:
    zone = zone_of(row["zone"], row["utc_offset"])
    ended = row["ended_utc"]
    return StoredSession(
        id=row["id"],
        uid=row["uid"],
        program=row["program"],
        kind=row["kind"],
        knees=row["knees"],
        started_at=from_utc_text(row["started_utc"]).astimezone(zone),
        zone=row["zone"],
        ended_at=from_utc_text(ended).astimezone(zone) if ended else None,
        status=row["status"],
        planned_seconds=row["planned_seconds"],
        done_seconds=row["done_seconds"],
        phase_count=row["phase_count"],
        phases_done=row["phases_done"],
    )


class SessionRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def begin(
        self,
        *,
        program: str,
        kind: str,
        knees: str,
        planned_seconds: float,
        phase_count: int,
        started_at: datetime,
    ) -> int:
        offset = started_at.utcoffset()
        with transaction(self.conn):
            cursor = self.conn.execute(
                "INSERT INTO sessions (uid, program, kind, knees, started_utc, zone, utc_offset, reached_utc,"
                " status, planned_seconds, phase_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'in_progress', ?, ?)",
                (
                    session_uid(program, started_at),
                    program,
                    kind,
                    knees,
                    to_utc_text(started_at),
                    zone_name(started_at),
                    int(offset.total_seconds()) if offset else 0,
                    to_utc_text(started_at),
                    planned_seconds,
                    phase_count,
                ),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def phase_ended(self, session_id: int, phase: Phase, record: PhaseRecord, at: datetime) -> None:
        done = 1 if record.status.value == "completed" else 0
        with transaction(self.conn):
            self.conn.execute(
                "INSERT OR REPLACE INTO session_phases (session_id, idx, step_kind, knee, status, seconds,"
                " ended_utc) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    phase.index,
                    phase.step_kind.value,
                    phase.knee.value if phase.knee else None,
                    record.status.value,
                    record.seconds,
                    to_utc_text(at),
                ),
            )
            self.conn.execute(
                "UPDATE sessions SET done_seconds = done_seconds + ?, phases_done = phases_done + ?,"
                " reached_utc = ? WHERE id = ?",
                (record.seconds, done, to_utc_text(at), session_id),
            )

    def safety_event(self, session_id: int, event: SafetyEvent) -> None:
        with transaction(self.conn):
            self.conn.execute(
                "INSERT INTO safety_events (session_id, kind, phase_index, step_kind, knee, at_utc, zone,"
                " session_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    event.kind.value,
                    event.phase_index,
                    event.step_kind.value,
                    event.knee.value if event.knee else None,
                    to_utc_text(event.at),
                    zone_name(event.at),
                    event.session_seconds,
                ),
            )

    def finish(self, session_id: int, result: SessionResult) -> None:
        """The session ended: its outcome, end time and the exact seconds done (from the machine)."""
        with transaction(self.conn):
            self.conn.execute(
                "UPDATE sessions SET status = ?, ended_utc = ?, reached_utc = ?, done_seconds = ?,"
                " phases_done = ? WHERE id = ?",
                (
                    result.outcome.value,
                    to_utc_text(result.ended_at),
                    to_utc_text(result.ended_at),
                    result.done_seconds,
                    result.phases_completed,
                    session_id,
                ),
            )

    def mark_interrupted(self) -> list[int]:
        """Sessions a crash or a power cut left in progress end as interrupted, at the last time recorded."""
        with transaction(self.conn):
            ids = [r[0] for r in self.conn.execute("SELECT id FROM sessions WHERE status = 'in_progress'")]
            self.conn.execute(
                "UPDATE sessions SET status = 'interrupted', ended_utc = reached_utc"
                " WHERE status = 'in_progress'"
            )
        return ids

    def get(self, session_id: int) -> StoredSession | None:
        row = self.conn.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
        return _row(row) if row else None

    def recent(self, limit: int = 50) -> list[StoredSession]:
        rows = self.conn.execute(
            "SELECT * FROM sessions ORDER BY started_utc DESC, id DESC LIMIT ?", (limit,)
        )
        return [_row(r) for r in rows]

    def phases(self, session_id: int) -> list[sqlite3.Row]:
        return list(
            self.conn.execute("SELECT * FROM session_phases WHERE session_id = ? ORDER BY idx", (session_id,))
        )

    def safety_events(self, session_id: int) -> list[sqlite3.Row]:
        return list(
            self.conn.execute("SELECT * FROM safety_events WHERE session_id = ? ORDER BY id", (session_id,))
        )

    def count_on_day(self, day: date, zone: tzinfo, kinds: tuple[str, ...] = ("knee",)) -> int:
        """Sessions started on one local day that were done (completed, or stopped after some work)."""
        start, end = local_day_bounds(day, zone)
        marks = ",".join("?" for _ in kinds)
        row = self.conn.execute(
            f"SELECT COUNT(*) FROM sessions WHERE started_utc >= ? AND started_utc < ?"
            f" AND status = 'completed' AND kind IN ({marks})",
            (start, end, *kinds),
        ).fetchone()
        return int(row[0])
