"""The database schema as ordered, forward-only migrations; `PRAGMA user_version` says which ran.

Never edit a migration that has shipped: add a new one. Each runs in its own transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from sqlite3 import Connection, complete_statement

from kneecare.core.lazy_dataclass import dataclass

V1 = """
CREATE TABLE sessions (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    program         TEXT NOT NULL,
    kind            TEXT NOT NULL DEFAULT 'knee',
    knees           TEXT NOT NULL,
    started_utc     TEXT NOT NULL,
    zone            TEXT NOT NULL,
    utc_offset      INTEGER NOT NULL,
    local_day       TEXT NOT NULL,
    ended_utc       TEXT,
    reached_utc     TEXT,
    status          TEXT NOT NULL CHECK (status IN
                        ('in_progress', 'completed', 'stopped', 'safety_stopped', 'interrupted')),
    planned_seconds REAL NOT NULL CHECK (planned_seconds >= 0),
    done_seconds    REAL NOT NULL DEFAULT 0 CHECK (done_seconds >= 0),
    phase_count     INTEGER NOT NULL,
    phases_done     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sessions_by_start ON sessions (started_utc);
CREATE INDEX sessions_by_day ON sessions (local_day);
CREATE INDEX sessions_in_progress ON sessions (status) WHERE status = 'in_progress';

CREATE TABLE session_phases (
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    step_kind   TEXT NOT NULL,
    knee        TEXT,
    status      TEXT NOT NULL CHECK (status IN ('completed', 'skipped', 'cut_short')),
    seconds     REAL NOT NULL,
    ended_utc   TEXT NOT NULL,
    PRIMARY KEY (session_id, idx)
) WITHOUT ROWID;

CREATE TABLE safety_events (
    id              INTEGER PRIMARY KEY,
    session_id      INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    phase_index     INTEGER NOT NULL,
    step_kind       TEXT NOT NULL,
    knee            TEXT,
    at_utc          TEXT NOT NULL,
    zone            TEXT NOT NULL,
    session_seconds REAL NOT NULL
);
CREATE INDEX safety_events_by_session ON safety_events (session_id);

CREATE TABLE ratings (
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    moment      TEXT NOT NULL CHECK (moment IN ('before', 'after')),
    tension     INTEGER CHECK (tension BETWEEN 0 AND 10),
    pain        INTEGER CHECK (pain BETWEEN 0 AND 10),
    swelling    INTEGER CHECK (swelling BETWEEN 0 AND 10),
    note        TEXT,
    PRIMARY KEY (session_id, moment)
) WITHOUT ROWID;

-- Sessions per kind and local day, kept by the triggers below, so that the history reads a few thousand
-- day rows instead of every session (streaks, per-day counts, minutes).
CREATE TABLE day_totals (
    kind        TEXT NOT NULL,
    local_day   TEXT NOT NULL,
    day_number  INTEGER NOT NULL,  -- the same day as Python's date.toordinal(), for streaks
    done        INTEGER NOT NULL DEFAULT 0,
    ended_early INTEGER NOT NULL DEFAULT 0,
    running     INTEGER NOT NULL DEFAULT 0,
    seconds     REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, local_day)
) WITHOUT ROWID;

CREATE TRIGGER day_totals_insert AFTER INSERT ON sessions BEGIN
    INSERT INTO day_totals (kind, local_day, day_number)
    VALUES (NEW.kind, NEW.local_day, CAST(julianday(NEW.local_day) - 1721424.5 AS INTEGER))
    ON CONFLICT DO NOTHING;
    UPDATE day_totals SET
        done = done + (NEW.status = 'completed'),
        ended_early = ended_early + (NEW.status IN ('stopped', 'safety_stopped', 'interrupted')),
        running = running + (NEW.status = 'in_progress'),
        seconds = seconds + NEW.done_seconds
    WHERE kind = NEW.kind AND local_day = NEW.local_day;
END;

CREATE TRIGGER day_totals_delete AFTER DELETE ON sessions BEGIN
    UPDATE day_totals SET
        done = done - (OLD.status = 'completed'),
        ended_early = ended_early - (OLD.status IN ('stopped', 'safety_stopped', 'interrupted')),
        running = running - (OLD.status = 'in_progress'),
        seconds = seconds - OLD.done_seconds
    WHERE kind = OLD.kind AND local_day = OLD.local_day;
    DELETE FROM day_totals
    WHERE kind = OLD.kind AND local_day = OLD.local_day AND done + ended_early + running = 0;
END;

CREATE TRIGGER day_totals_update AFTER UPDATE OF kind, local_day, status, done_seconds ON sessions BEGIN
    UPDATE day_totals SET
        done = done - (OLD.status = 'completed'),
        ended_early = ended_early - (OLD.status IN ('stopped', 'safety_stopped', 'interrupted')),
        running = running - (OLD.status = 'in_progress'),
        seconds = seconds - OLD.done_seconds
    WHERE kind = OLD.kind AND local_day = OLD.local_day;
    INSERT INTO day_totals (kind, local_day, day_number)
    VALUES (NEW.kind, NEW.local_day, CAST(julianday(NEW.local_day) - 1721424.5 AS INTEGER))
    ON CONFLICT DO NOTHING;
    UPDATE day_totals SET
        done = done + (NEW.status = 'completed'),
        ended_early = ended_early + (NEW.status IN ('stopped', 'safety_stopped', 'interrupted')),
        running = running + (NEW.status = 'in_progress'),
        seconds = seconds + NEW.done_seconds
    WHERE kind = NEW.kind AND local_day = NEW.local_day;
    DELETE FROM day_totals
    WHERE kind = OLD.kind AND local_day = OLD.local_day AND done + ended_early + running = 0;
END;

CREATE TABLE screenings (
    id          INTEGER PRIMARY KEY,
    taken_utc   TEXT NOT NULL,
    zone        TEXT NOT NULL,
    answers     TEXT NOT NULL,
    result      TEXT NOT NULL
);

CREATE TABLE daily_checks (
    id          INTEGER PRIMARY KEY,
    day         TEXT NOT NULL,
    at_utc      TEXT NOT NULL,
    zone        TEXT NOT NULL,
    red_flag    INTEGER NOT NULL CHECK (red_flag IN (0, 1))
);
CREATE INDEX daily_checks_by_day ON daily_checks (day);

CREATE TABLE reminder_events (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('fired', 'snoozed', 'acted', 'skipped', 'missed')),
    due_utc     TEXT NOT NULL,
    at_utc      TEXT NOT NULL,
    zone        TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reminder_events_by_due ON reminder_events (due_utc);

CREATE TABLE app_state (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL
);
"""


# Version 2 (unreleased until it lands): the safety issue's leg all-clear and question versions, and the
# honest "skipped" status for a session whose hands-on steps were all skipped.
V2 = """
ALTER TABLE screenings ADD COLUMN question_versions TEXT NOT NULL DEFAULT '{}';

-- After a "yes" to the daily leg question, sessions stay held until one of these is recorded.
CREATE TABLE leg_all_clears (
    id          INTEGER PRIMARY KEY,
    at_utc      TEXT NOT NULL,
    zone        TEXT NOT NULL,
    how         TEXT NOT NULL CHECK (how IN ('back_to_normal', 'professional_cleared'))
);
CREATE INDEX leg_all_clears_by_time ON leg_all_clears (at_utc);

DROP TRIGGER day_totals_insert;
DROP TRIGGER day_totals_delete;
DROP TRIGGER day_totals_update;

CREATE TRIGGER day_totals_insert AFTER INSERT ON sessions BEGIN
    INSERT INTO day_totals (kind, local_day, day_number)
    VALUES (NEW.kind, NEW.local_day, CAST(julianday(NEW.local_day) - 1721424.5 AS INTEGER))
    ON CONFLICT DO NOTHING;
    UPDATE day_totals SET
        done = done + (NEW.status = 'completed'),
        ended_early = ended_early + (NEW.status IN ('stopped', 'safety_stopped', 'interrupted', 'skipped')),
        running = running + (NEW.status = 'in_progress'),
        seconds = seconds + NEW.done_seconds
    WHERE kind = NEW.kind AND local_day = NEW.local_day;
END;

CREATE TRIGGER day_totals_delete AFTER DELETE ON sessions BEGIN
    UPDATE day_totals SET
        done = done - (OLD.status = 'completed'),
        ended_early = ended_early - (OLD.status IN ('stopped', 'safety_stopped', 'interrupted', 'skipped')),
        running = running - (OLD.status = 'in_progress'),
        seconds = seconds - OLD.done_seconds
    WHERE kind = OLD.kind AND local_day = OLD.local_day;
    DELETE FROM day_totals
    WHERE kind = OLD.kind AND local_day = OLD.local_day AND done + ended_early + running = 0;
END;

CREATE TRIGGER day_totals_update AFTER UPDATE OF kind, local_day, status, done_seconds ON sessions BEGIN
    UPDATE day_totals SET
        done = done - (OLD.status = 'completed'),
        ended_early = ended_early - (OLD.status IN ('stopped', 'safety_stopped', 'interrupted', 'skipped')),
        running = running - (OLD.status = 'in_progress'),
        seconds = seconds - OLD.done_seconds
    WHERE kind = OLD.kind AND local_day = OLD.local_day;
    INSERT INTO day_totals (kind, local_day, day_number)
    VALUES (NEW.kind, NEW.local_day, CAST(julianday(NEW.local_day) - 1721424.5 AS INTEGER))
    ON CONFLICT DO NOTHING;
    UPDATE day_totals SET
        done = done + (NEW.status = 'completed'),
        ended_early = ended_early + (NEW.status IN ('stopped', 'safety_stopped', 'interrupted', 'skipped')),
        running = running + (NEW.status = 'in_progress'),
        seconds = seconds + NEW.done_seconds
    WHERE kind = NEW.kind AND local_day = NEW.local_day;
    DELETE FROM day_totals
    WHERE kind = OLD.kind AND local_day = OLD.local_day AND done + ended_early + running = 0;
END;
"""

# Version 3: one history across a person's computers through a synced folder (kneecare/store/sync.py). Each
# shared record has a uid (sessions had one), `origin` names the computer a record came from (NULL: this
# one), deletions are remembered as tombstones, and the store remembers what it has written to its own
# journal and how far it has read each journal in the folder.
V3 = """
ALTER TABLE sessions ADD COLUMN origin TEXT;
ALTER TABLE screenings ADD COLUMN uid TEXT;
ALTER TABLE screenings ADD COLUMN origin TEXT;
ALTER TABLE daily_checks ADD COLUMN uid TEXT;
ALTER TABLE daily_checks ADD COLUMN origin TEXT;
ALTER TABLE leg_all_clears ADD COLUMN uid TEXT;
ALTER TABLE leg_all_clears ADD COLUMN origin TEXT;

UPDATE screenings SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL;
UPDATE daily_checks SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL;
UPDATE leg_all_clears SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL;
CREATE UNIQUE INDEX screenings_by_uid ON screenings (uid);
CREATE UNIQUE INDEX daily_checks_by_uid ON daily_checks (uid);
CREATE UNIQUE INDEX leg_all_clears_by_uid ON leg_all_clears (uid);

-- Whoever inserts a safety record without a uid (an older code path, a repair) gets a fresh one.
CREATE TRIGGER screenings_uid AFTER INSERT ON screenings WHEN NEW.uid IS NULL BEGIN
    UPDATE screenings SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;
CREATE TRIGGER daily_checks_uid AFTER INSERT ON daily_checks WHEN NEW.uid IS NULL BEGIN
    UPDATE daily_checks SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;
CREATE TRIGGER leg_all_clears_uid AFTER INSERT ON leg_all_clears WHEN NEW.uid IS NULL BEGIN
    UPDATE leg_all_clears SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;

-- A deletion, for good: a record with this uid is never added again. origin NULL: deleted here.
CREATE TABLE sync_tombstones (
    uid         TEXT PRIMARY KEY,
    at_utc      TEXT NOT NULL,
    origin      TEXT
) WITHOUT ROWID;

-- The uids this computer has written to its journal in the sync folder (cleared when the folder changes).
CREATE TABLE sync_published (
    uid         TEXT PRIMARY KEY
) WITHOUT ROWID;

-- How far each journal file in the sync folder has been read (bytes of complete, merged lines).
CREATE TABLE sync_read (
    file        TEXT PRIMARY KEY,
    position    INTEGER NOT NULL CHECK (position >= 0)
) WITHOUT ROWID;

-- The other computers' readable names, as their device files in the folder give them.
CREATE TABLE sync_devices (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL
) WITHOUT ROWID;
"""

V1_STATUSES = "('in_progress', 'completed', 'stopped', 'safety_stopped', 'interrupted')"
V2_STATUSES = "('in_progress', 'completed', 'stopped', 'safety_stopped', 'interrupted', 'skipped')"


def _widen_session_status(conn: Connection) -> None:
    """Let `sessions.status` hold 'skipped'. SQLite cannot alter a CHECK constraint, and rebuilding the
    table would cascade-delete every phase, rating and safety event under `foreign_keys = ON`; widening a
    CHECK only admits more rows, so the table's stored SQL is edited in place, as SQLite's ALTER TABLE
    page describes for CHECK changes (every existing row already passes the wider check)."""
    (sql,) = conn.execute(
        "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'sessions'"
    ).fetchone()
    if V1_STATUSES not in sql:
        raise ValueError("the sessions table is not the one version 1 made; refusing to edit it")
    (version,) = conn.execute("PRAGMA schema_version").fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute(
            "UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'sessions'",
            (sql.replace(V1_STATUSES, V2_STATUSES),),
        )
        conn.execute(f"PRAGMA schema_version = {int(version) + 1:d}")
    finally:
        conn.execute("PRAGMA writable_schema = OFF")


def _v2(conn: Connection) -> None:
    _script(V2)(conn)
    _widen_session_status(conn)


@dataclass(frozen=True)
class Migration:
    version: int
    summary: str
    apply: Callable[[Connection], None]


def statements(sql: str) -> list[str]:
    """Split a script into whole statements (a trigger's body holds semicolons of its own)."""
    out: list[str] = []
    pending = ""
    for piece in sql.split(";"):
        pending += piece + ";"
        if complete_statement(pending):
            if pending.strip(" \n;"):
                out.append(pending.strip())
            pending = ""
    if pending.strip(" \n;"):
        raise ValueError(f"an incomplete statement at the end of a migration: {pending[:60]!r}")
    return out


def _script(sql: str) -> Callable[[Connection], None]:
    def run(conn: Connection) -> None:
        # executescript() would COMMIT first; run statement by statement inside our transaction.
        for statement in statements(sql):
            conn.execute(statement)

    return run


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "sessions, phases, safety events, ratings, day totals, screenings, reminders, app state",
        _script(V1),
    ),
    Migration(
        2,
        "leg all-clears, screening question versions, the 'skipped' session status",
        _v2,
    ),
    Migration(
        3,
        "sync: uids and origins of safety records, origins of sessions, tombstones, journal positions",
        _script(V3),
    ),
)

CURRENT_VERSION = MIGRATIONS[-1].version
