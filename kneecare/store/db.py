"""Opening the database safely: pragmas, corruption kept aside, newer schemas refused, migrations run
with a copy of the file taken first. Every failure a person can meet has a plain message."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

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


def stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")


def connect(path: Path) -> sqlite3.Connection:
    """A connection with our pragmas; transactions are explicit (see `transaction`)."""
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
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _inspect(path: Path) -> tuple[str | None, int]:
    """Read-only look at an existing file: (why it cannot be used or None, its schema version)."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as e:
        return f"it cannot be opened ({e})", 0
    try:
        version = user_version(conn)
        result = conn.execute("PRAGMA quick_check").fetchone()
        if result is None or result[0] != "ok":
            return f"its integrity check failed ({_first_problem(result)})", version
    except sqlite3.DatabaseError as e:
        return f"it is not a readable database ({e})", 0
    finally:
        conn.close()
    return None, version


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
    if path.exists() and path.stat().st_size > 0:
        why, version = _inspect(path)
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
    return Opened(conn, notice, migrated_from)


def open_for_reading(path: Path) -> sqlite3.Connection | None:
    """A private in-memory copy of the history at the current schema, for reading only (export).

    The file itself is never written, moved or migrated; None when there is no history yet. Raises
    StoreError (NewerDatabaseError for a newer KneeCare) with a message for the person.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    why, version = _inspect(path)
    if version > CURRENT_VERSION:
        raise _newer(path, version)
    if why is not None:
        raise StoreError(f"Your history at {path} cannot be read: {why}. It was left as it is.")
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
