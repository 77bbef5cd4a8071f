"""Session records: a row when a session starts, updated as each phase ends and when it finishes, so a
crash loses at most the phase in progress; the next start marks such a row interrupted."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, tzinfo
from typing import TYPE_CHECKING

from kneecare.core.clock import zone_name
from kneecare.core.lazy_dataclass import dataclass
from kneecare.core.plan import Phase
from kneecare.core.session import PhaseRecord, SafetyEvent, SessionResult
from kneecare.store.db import transaction
from kneecare.store.times import from_utc_text, local_day_bounds, to_utc_text, zone_of

if TYPE_CHECKING:  # the history's own types load with the history, not at start-up
    from kneecare.core.stats import DayTally, RatedSession, Rating

STATUSES = ("in_progress", "completed", "stopped", "safety_stopped", "interrupted", "skipped")


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


@dataclass(frozen=True)
class SessionLine:
    """One line of the history table: the session with its ratings and how many safety reports."""

    session: StoredSession
    before: Rating | None
    after: Rating | None
    safety_count: int
    computer: str | None = None  # the other computer it was recorded on (sync); None: this one

    @property
    def key(self) -> tuple[str, int]:
        """Where the line sorts (newest first); the next page starts after it."""
        return to_utc_text(self.session.started_at), self.session.id


def session_uid(program: str, started_at: datetime) -> str:
    """One session's identity across export and import: its program and start to the microsecond."""
    return f"{to_utc_text(started_at)}|{program}"


def stored_session(row: sqlite3.Row) -> StoredSession:
    """A `sessions` row read back: times aware in the zone the session was recorded in."""
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
                "INSERT INTO sessions (uid, program, kind, knees, started_utc, zone, utc_offset, local_day,"
                " reached_utc, status, planned_seconds, phase_count)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'in_progress', ?, ?)",
                (
                    session_uid(program, started_at),
                    program,
                    kind,
                    knees,
                    to_utc_text(started_at),
                    zone_name(started_at),
                    int(offset.total_seconds()) if offset else 0,
                    started_at.date().isoformat(),  # the local day on the person's wall clock
                    to_utc_text(started_at),
                    planned_seconds,
                    phase_count,
                ),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def phase_ended(self, session_id: int, phase: Phase, record: PhaseRecord, at: datetime) -> None:
        done = 1 if record.status.value == "completed" else 0
        with transaction(self.conn, flush=False):  # the session's end flushes these to disk too
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
        return stored_session(row) if row else None

    def recent(self, limit: int = 50) -> list[StoredSession]:
        rows = self.conn.execute(
            "SELECT * FROM sessions ORDER BY started_utc DESC, id DESC LIMIT ?", (limit,)
        )
        return [stored_session(r) for r in rows]

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

    # -- ratings -------------------------------------------------------------------------------

    def rate(self, session_id: int, moment: str, rating: Rating) -> None:
        """Keep the person's rating before or after a session (an empty one is not kept)."""
        from kneecare.store.records import write_rating

        with transaction(self.conn):
            if rating.empty:
                self.conn.execute(
                    "DELETE FROM ratings WHERE session_id = ? AND moment = ?", (session_id, moment)
                )
            else:
                write_rating(self.conn, session_id, moment, rating)

    def ratings(self, session_id: int) -> dict[str, Rating]:
        rows = self.conn.execute("SELECT * FROM ratings WHERE session_id = ?", (session_id,))
        return {r["moment"]: _rating(r) for r in rows}

    # -- what the history view reads -----------------------------------------------------------

    def count(self) -> int:
        """Every session recorded (all kinds), from the day totals."""
        row = self.conn.execute("SELECT SUM(done + ended_early + running) FROM day_totals").fetchone()
        return int(row[0] or 0)

    def day_tallies(self, first: date, kinds: tuple[str, ...] = ("knee",)) -> dict[date, DayTally]:
        """Per local day from `first` on: sessions completed, ended early, and seconds practised."""
        from kneecare.core.stats import DayTally

        marks = ",".join("?" for _ in kinds)
        rows = self.conn.execute(
            "SELECT local_day, SUM(done), SUM(ended_early), SUM(seconds) FROM day_totals"
            f" WHERE kind IN ({marks}) AND local_day >= ? GROUP BY local_day",
            (*kinds, first.isoformat()),
        )
        out = {}
        for day, done, other, seconds in rows:
            d = date.fromisoformat(day)
            out[d] = DayTally(d, int(done), int(other), max(0.0, float(seconds or 0.0)))
        return out

    def done_days(self, kinds: tuple[str, ...] = ("knee",)) -> list[date]:
        """Every local day with at least one completed session (what streaks are made of)."""
        return [date.fromordinal(n) for n in self.done_day_numbers(kinds)]

    def done_day_numbers(self, kinds: tuple[str, ...] = ("knee",)) -> list[int]:
        """The same days as `date.toordinal()` numbers (kept in day_totals), in the primary key's order:
        decades of days in a few milliseconds."""
        found: list[int] = []
        for kind in kinds:
            found.extend(
                r[0]
                for r in self.conn.execute(
                    "SELECT day_number FROM day_totals WHERE kind = ? AND done > 0 ORDER BY local_day",
                    (kind,),
                )
            )
        return found if len(kinds) == 1 else sorted(set(found))

    def rated_sessions(self, first: date) -> list[RatedSession]:
        """The ratings of sessions started on or after the local day `first`."""
        from kneecare.core.stats import RatedSession

        rows = self.conn.execute(
            "SELECT s.id, s.local_day, r.moment, r.tension, r.pain, r.swelling, r.note"
            " FROM sessions s JOIN ratings r ON r.session_id = s.id"
            " WHERE s.local_day >= ? ORDER BY s.local_day, s.id",
            (first.isoformat(),),
        )
        found: dict[int, tuple[date, dict[str, Rating]]] = {}
        for row in rows:
            entry = found.setdefault(row["id"], (date.fromisoformat(row["local_day"]), {}))
            entry[1][row["moment"]] = _rating(row)
        return [RatedSession(day, given.get("before"), given.get("after")) for day, given in found.values()]

    def lines(
        self, limit: int = 200, after: tuple[str, int] | None = None, kinds: tuple[str, ...] | None = None
    ) -> list[SessionLine]:
        """A page of the table, newest first; `after` is the key of the last line already shown; `kinds`
        keeps only those kinds of session (knee, routine), None keeps all."""
        conditions: list[str] = []
        args: tuple[str | int, ...] = ()
        if after is not None:
            conditions.append("(s.started_utc, s.id) < (?, ?)")
            args += after
        if kinds is not None:
            conditions.append(f"s.kind IN ({','.join('?' for _ in kinds)})")
            args += kinds
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        rows = self.conn.execute(
            "SELECT s.*,"
            " rb.tension AS b_tension, rb.pain AS b_pain, rb.swelling AS b_swelling, rb.note AS b_note,"
            " ra.tension AS a_tension, ra.pain AS a_pain, ra.swelling AS a_swelling, ra.note AS a_note,"
            " (SELECT COUNT(*) FROM safety_events e WHERE e.session_id = s.id) AS safety_count,"
            " COALESCE(d.name, s.origin) AS computer"
            " FROM sessions s"
            " LEFT JOIN sync_devices d ON d.id = s.origin"
            " LEFT JOIN ratings rb ON rb.session_id = s.id AND rb.moment = 'before'"
            " LEFT JOIN ratings ra ON ra.session_id = s.id AND ra.moment = 'after'"
            f" {where} ORDER BY s.started_utc DESC, s.id DESC LIMIT ?",
            (*args, limit),
        )
        return [
            SessionLine(
                stored_session(r),
                _prefixed_rating(r, "b_"),
                _prefixed_rating(r, "a_"),
                r["safety_count"],
                r["computer"],
            )
            for r in rows
        ]

    # -- deleting ------------------------------------------------------------------------------

    def delete(self, session_id: int) -> bool:
        """Delete one finished session with its phases, reports and ratings. A running one is kept. A
        tombstone remembers its uid, so sync deletes it on the person's other computers too and never
        brings it back."""
        with transaction(self.conn):
            row = self.conn.execute(
                "SELECT uid FROM sessions WHERE id = ? AND status != 'in_progress'", (session_id,)
            ).fetchone()
            if row is None:
                return False
            self.conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
            self.conn.execute(
                "INSERT OR REPLACE INTO sync_tombstones (uid, at_utc, origin) VALUES (?, ?, NULL)",
                (row["uid"], datetime.now(UTC).isoformat(timespec="microseconds")),
            )
        return True

    def undelete(self, uid: str) -> bool:
        """Forget the tombstone of a session about to be written back (undo), unless this computer's journal
        already told the others: then the deletion stands everywhere. Whether it may be written back."""
        with transaction(self.conn):
            if self.conn.execute(
                "SELECT 1 FROM sync_published WHERE uid = ?", (f"deleted:{uid}",)
            ).fetchone():
                return False
            self.conn.execute("DELETE FROM sync_tombstones WHERE uid = ?", (uid,))
        return True


def _rating(row: sqlite3.Row) -> Rating:
    from kneecare.core.stats import Rating

    return Rating(row["tension"], row["pain"], row["swelling"], row["note"] or "")


def _prefixed_rating(row: sqlite3.Row, prefix: str) -> Rating | None:
    values = [row[prefix + m] for m in ("tension", "pain", "swelling", "note")]
    if all(v is None for v in values):
        return None
    from kneecare.core.stats import Rating

    return Rating(values[0], values[1], values[2], values[3] or "")
