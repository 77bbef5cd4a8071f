"""A whole session as one value (row, phases, safety reports, ratings): read from and written to the
database in one piece, for export, import and the undo of a delete."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import fields, replace
from datetime import datetime

from kneecare.core.lazy_dataclass import dataclass
from kneecare.core.stats import Rating
from kneecare.store.sessions import StoredSession, stored_session
from kneecare.store.times import from_utc_text, to_utc_text, zone_of

STATUSES = ("in_progress", "completed", "stopped", "safety_stopped", "interrupted", "skipped")
PHASE_STATUSES = ("completed", "skipped", "cut_short")
MOMENTS = ("before", "after")


@dataclass(frozen=True)
class PhaseRow:
    index: int
    step_kind: str
    knee: str | None
    status: str
    seconds: float
    ended_at: datetime


@dataclass(frozen=True)
class SafetyRow:
    kind: str
    phase_index: int
    step_kind: str
    knee: str | None
    at: datetime
    zone: str
    session_seconds: float


@dataclass(frozen=True)
class SessionRecord:
    """Everything recorded about one session. Times are aware, in the zone the session was recorded in."""

    uid: str
    program: str
    kind: str
    knees: str
    started_at: datetime
    zone: str
    ended_at: datetime | None
    status: str
    planned_seconds: float
    done_seconds: float
    phase_count: int
    phases_done: int
    before: Rating | None = None
    after: Rating | None = None
    phases: tuple[PhaseRow, ...] = ()
    safety_events: tuple[SafetyRow, ...] = ()

    @property
    def local_day(self) -> str:
        return self.started_at.date().isoformat()


def _rating(row: sqlite3.Row) -> Rating:
    return Rating(row["tension"], row["pain"], row["swelling"], row["note"] or "")


def _records(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row]) -> list[SessionRecord]:
    """Build records for a batch of session rows with three queries (phases, reports, ratings)."""
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    marks = ",".join("?" for _ in ids)
    phases: dict[int, list[PhaseRow]] = {i: [] for i in ids}
    for p in conn.execute(
        f"SELECT * FROM session_phases WHERE session_id IN ({marks}) ORDER BY session_id, idx", ids
    ):
        phases[p["session_id"]].append(
            PhaseRow(
                p["idx"], p["step_kind"], p["knee"], p["status"], p["seconds"], from_utc_text(p["ended_utc"])
            )
        )
    safety: dict[int, list[SafetyRow]] = {i: [] for i in ids}
    for e in conn.execute(
        f"SELECT * FROM safety_events WHERE session_id IN ({marks}) ORDER BY session_id, id", ids
    ):
        safety[e["session_id"]].append(
            SafetyRow(
                e["kind"],
                e["phase_index"],
                e["step_kind"],
                e["knee"],
                from_utc_text(e["at_utc"]).astimezone(zone_of(e["zone"])),
                e["zone"],
                e["session_seconds"],
            )
        )
    ratings: dict[tuple[int, str], Rating] = {}
    for r in conn.execute(f"SELECT * FROM ratings WHERE session_id IN ({marks})", ids):
        ratings[(r["session_id"], r["moment"])] = _rating(r)
    out = []
    for row in rows:
        stored = stored_session(row)  # the same reading of a row as the history table's
        sid = stored.id
        zone = stored.started_at.tzinfo
        out.append(
            SessionRecord(
                **{f.name: getattr(stored, f.name) for f in fields(StoredSession) if f.name != "id"},
                before=ratings.get((sid, "before")),
                after=ratings.get((sid, "after")),
                phases=tuple(replace(p, ended_at=p.ended_at.astimezone(zone)) for p in phases[sid]),
                safety_events=tuple(safety[sid]),
            )
        )
    return out


def load_record(conn: sqlite3.Connection, session_id: int) -> SessionRecord | None:
    row = conn.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
    return _records(conn, [row])[0] if row else None


def iter_records(conn: sqlite3.Connection, batch: int = 500) -> Iterator[SessionRecord]:
    """Every session, oldest first, read in batches so a long history never sits in memory at once."""
    cursor = conn.execute("SELECT * FROM sessions ORDER BY started_utc, id")
    while rows := cursor.fetchmany(batch):
        yield from _records(conn, rows)


def known_uids(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT uid FROM sessions")}


def insert_record(conn: sqlite3.Connection, record: SessionRecord) -> int:
    """Write one whole session; the caller holds the transaction. Returns the new row id."""
    offset = record.started_at.utcoffset()
    cursor = conn.execute(
        "INSERT INTO sessions (uid, program, kind, knees, started_utc, zone, utc_offset, local_day,"
        " ended_utc, reached_utc, status, planned_seconds, done_seconds, phase_count, phases_done)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            record.uid,
            record.program,
            record.kind,
            record.knees,
            to_utc_text(record.started_at),
            record.zone,
            int(offset.total_seconds()) if offset else 0,
            record.local_day,
            to_utc_text(record.ended_at) if record.ended_at else None,
            to_utc_text(record.ended_at or record.started_at),
            record.status,
            record.planned_seconds,
            record.done_seconds,
            record.phase_count,
            record.phases_done,
        ),
    )
    session_id = cursor.lastrowid
    assert session_id is not None
    conn.executemany(
        "INSERT INTO session_phases (session_id, idx, step_kind, knee, status, seconds, ended_utc)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (session_id, p.index, p.step_kind, p.knee, p.status, p.seconds, to_utc_text(p.ended_at))
            for p in record.phases
        ],
    )
    conn.executemany(
        "INSERT INTO safety_events (session_id, kind, phase_index, step_kind, knee, at_utc, zone,"
        " session_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                session_id,
                e.kind,
                e.phase_index,
                e.step_kind,
                e.knee,
                to_utc_text(e.at),
                e.zone,
                e.session_seconds,
            )
            for e in record.safety_events
        ],
    )
    for moment, rating in (("before", record.before), ("after", record.after)):
        if rating is not None:
            write_rating(conn, session_id, moment, rating)
    return session_id


def write_rating(conn: sqlite3.Connection, session_id: int, moment: str, rating: Rating) -> None:
    """Store (or replace) one rating; the caller holds the transaction."""
    if moment not in MOMENTS:
        raise ValueError(f"a rating is given before or after a session, not {moment!r}")
    conn.execute(
        "INSERT OR REPLACE INTO ratings (session_id, moment, tension, pain, swelling, note)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (session_id, moment, rating.tension, rating.pain, rating.swelling, rating.note or None),
    )


def records_between(conn: sqlite3.Connection, first: str, last: str) -> list[SessionRecord]:
    """Every finished session whose local day is from `first` to `last` (ISO dates), oldest first."""
    rows = conn.execute(
        "SELECT * FROM sessions WHERE local_day BETWEEN ? AND ? AND status != 'in_progress'"
        " ORDER BY started_utc, id",
        (first, last),
    ).fetchall()
    return _records(conn, rows)
