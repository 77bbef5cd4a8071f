"""Opening the database safely: pragmas, corruption kept aside (checked in full on the first open of each
day), newer schemas refused, migrations run with a copy of the file taken first. Every failure a person can
meet has a plain message."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kneecare.private import private_file
from kneecare.store.schema import CURRENT_VERSION, MIGRATIONS

log = logging.getLogger(__name__)


class StoreError(Exception):
    """A problem with the history database, worded for the person using the app."""


class NewerDatabaseError(StoreError):
    """The file was written by a newer KneeCare; it is left exactly as it is."""


@dataclass(frozen=True)
class Opened:
    conn: sqlite3.Connection
    notice: str | None = None
    migrated_from: int | None = None
    checked: bool = True  # the file was checked in full this time (see `_inspect`)


def stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")


def connect(path: Path) -> sqlite3.Connection:
    """A connection with our pragmas; transactions are explicit (see `transaction`)."""
    private_file(path)  # 0600 before SQLite opens it: its -wal and -shm take the file's mode
    conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        log.warning("journal_mode is %s, not WAL", mode)
    # A few writes a day: full durability costs nothing we would notice; NORMAL can lose the last commits.
    conn.execute("PRAGMA synchronous = FULL")
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection, *, flush: bool = True) -> Iterator[sqlite3.Connection]:
    """One write transaction. `flush=False` commits without waiting for the disk (WAL with synchronous
    NORMAL): safe if the app crashes, and the next flushed commit writes it out too; only a power cut or
    a system crash before then can lose it. For a session's phase rows, whose start and end are flushed."""
    if not flush:
        conn.execute("PRAGMA synchronous = NORMAL")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        if not flush:
            conn.execute("PRAGMA synchronous = FULL")


CHECKED_KEY = "store.full_check_day"  # in app_state: the local day of the last full quick_check


@dataclass(frozen=True)
class Inspection:
    problem: str | None  # why the file cannot be used, or None
    version: int
    checked: bool  # a full quick_check ran (and passed, when problem is None)


def _inspect(path: Path, today: str | None) -> Inspection:
    """Read-only look at an existing file: can it be read, which schema version, is it whole?

    The schema is always read (a file that is not a database fails here at once). The full
    `PRAGMA quick_check` reads every page, which takes long on a big history, so it runs on the first
    open of each local day (`today`; None: always) and its day is kept in app_state.
    """
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as e:
        return Inspection(f"it cannot be opened ({e})", 0, False)
    try:
        version = user_version(conn)
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        if version > CURRENT_VERSION:
            return Inspection(None, version, False)  # refused as it is, not judged by our schema
        if today is not None and _checked_day(conn) == today:
            return Inspection(None, version, False)
        result = conn.execute("PRAGMA quick_check").fetchone()
        if result is None or result[0] != "ok":
            return Inspection(f"its integrity check failed ({_first_problem(result)})", version, True)
    except sqlite3.DatabaseError as e:
        return Inspection(f"it is not a readable database ({e})", 0, True)
    finally:
        conn.close()
    return Inspection(None, version, True)


def _checked_day(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT value FROM app_state WHERE key = ?", (CHECKED_KEY,)).fetchone()
    except sqlite3.OperationalError:  # no app_state yet (an empty or very old file)
        return None
    return str(row[0]) if row else None


def _first_problem(result: sqlite3.Row | tuple[str] | None) -> str:
    """The first line of quick_check's report (it can run to hundreds), short enough for a message."""
    if result is None:
        return "no answer"
    lines = [line for line in str(result[0]).splitlines() if line and not line.startswith("***")]
    first = lines[0] if lines else str(result[0])
    return first if len(first) <= 120 else first[:117] + "..."


def _move_aside(path: Path, why: str, now: datetime) -> Path:
    aside = path.with_name(f"{path.name}.corrupt-{stamp(now)}")
    path.replace(aside)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.replace(aside.with_name(aside.name + suffix))
    log.error("database %s %s; moved to %s", path, why, aside)
    return aside


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def open_database(path: Path, now: datetime) -> Opened:
    """Open (or create) the database at `path`, bringing its schema up to date.

    Raises NewerDatabaseError for a file from a newer KneeCare, StoreError when the folder is unusable.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"KneeCare cannot create its data folder {path.parent}: {e.strerror}") from e
    notice = None
    today = now.date().isoformat()
    checked = True  # a new file is whole
    if path.exists() and path.stat().st_size > 0:
        found = _inspect(path, today)
        why, version, checked = found.problem, found.version, found.checked
        if version > CURRENT_VERSION:
            raise _newer(path, version)
        if why is not None:
            aside = _move_aside(path, why, now)
            notice = (
                f"Your history could not be read: {why}. The damaged file was kept as {aside}; "
                "KneeCare has started a new, empty history."
            )
    try:
        conn = connect(path)
        version = user_version(conn)
    except sqlite3.Error as e:
        raise StoreError(f"KneeCare cannot open its history at {path}: {e}") from e
    if version > CURRENT_VERSION:
        conn.close()
        raise _newer(path, version)
    migrated_from = None
    if version < CURRENT_VERSION:
        if version > 0:
            copy = backup_copy(
                conn, path.parent / "backups" / f"pre-migration-v{version}-{stamp(now)}.sqlite3"
            )
            log.info("copied the database to %s before migrating from version %d", copy, version)
        migrate(conn)
        migrated_from = version
    if checked:
        with transaction(conn):
            conn.execute(
                "INSERT INTO app_state (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (CHECKED_KEY, today),
            )
    return Opened(conn, notice, migrated_from, checked)


def open_for_reading(path: Path) -> sqlite3.Connection | None:
    """A private in-memory copy of the history at the current schema, for reading only (export).

    The file itself is never written, moved or migrated; None when there is no history yet. Raises
    StoreError (NewerDatabaseError for a newer KneeCare) with a message for the person.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    found = _inspect(path, None)
    if found.version > CURRENT_VERSION:
        raise _newer(path, found.version)
    if found.problem is not None:
        raise StoreError(f"Your history at {path} cannot be read: {found.problem}. It was left as it is.")
    copy = sqlite3.connect(":memory:", isolation_level=None)
    copy.row_factory = sqlite3.Row
    source = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        source.backup(copy)
    except sqlite3.Error as e:
        copy.close()
        raise StoreError(f"Your history at {path} cannot be read: {e}.") from e
    finally:
        source.close()
    copy.execute("PRAGMA foreign_keys = ON")
    migrate(copy)
    return copy


def _newer(path: Path, version: int) -> NewerDatabaseError:
    return NewerDatabaseError(
        f"Your history at {path} was written by a newer version of KneeCare (schema {version}; this "
        f"version knows up to {CURRENT_VERSION}). It has been left untouched: please update KneeCare."
    )


def migrate(conn: sqlite3.Connection, target: int = CURRENT_VERSION) -> None:
    """Run each missing migration in its own transaction, in order."""
    for migration in MIGRATIONS:
        if migration.version <= user_version(conn) or migration.version > target:
            continue
        with transaction(conn):
            migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {migration.version:d}")
        log.info("database migrated to version %d: %s", migration.version, migration.summary)


def backup_copy(conn: sqlite3.Connection, dest: Path) -> Path:
    """A consistent copy of the live database, made with SQLite's backup API."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    target = sqlite3.connect(dest)
    try:
        conn.backup(target)
    finally:
        target.close()
    return dest
