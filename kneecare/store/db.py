"""Opening the database safely: pragmas, damage kept aside and the history restored from the newest good
backup (checked in full on the first open of each day), a lock held by another program waited for and never
taken for damage, a read-only file opened for reading, newer schemas refused, migrations run with a copy of
the file taken first. Every failure a person can meet has a plain message."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kneecare.core.lazy_dataclass import dataclass
from kneecare.private import private_file
from kneecare.store.schema import CURRENT_VERSION, MIGRATIONS

if TYPE_CHECKING:
    from kneecare.store.recovery import Recovery

log = logging.getLogger(__name__)

WAIT = 5.0  # seconds SQLite waits for another connection's lock before saying "database is locked"
# Result codes (the low byte of `sqlite3.Error.sqlite_errorcode`).
_BUSY, _LOCKED = 5, 6  # another connection holds the file: wait, it is not damage
_PERM, _READONLY, _CANTOPEN = 3, 8, 14  # the file or its folder cannot be written (a read-only place)


class StoreError(Exception):
    """A problem with the history database, worded for the person using the app."""


class NewerDatabaseError(StoreError):
    """The file was written by a newer KneeCare; it is left exactly as it is."""


class HistoryLocked(StoreError):
    """Another program holds the history locked (SQLITE_BUSY): nothing was changed; try again later."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Your history at {path} is in use by another program, which holds it locked. Nothing was "
            "changed; KneeCare can try again once that program lets go of it."
        )
        self.path = path


def is_locked(error: BaseException) -> bool:
    """SQLite said "database is locked" (or its table is): a lock, not damage."""
    if not isinstance(error, sqlite3.OperationalError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_BUSY, _LOCKED)
    return "locked" in str(error)


def is_read_only(error: BaseException) -> bool:
    """SQLite could not write (or create its side files next to) the history: a read-only place."""
    code = getattr(error, "sqlite_errorcode", None)
    return (
        isinstance(error, sqlite3.OperationalError)
        and code is not None
        and code & 0xFF
        in (
            _PERM,
            _READONLY,
            _CANTOPEN,
        )
    )


@dataclass(frozen=True)
class Opened:
    conn: sqlite3.Connection
    notice: str | None = None
    migrated_from: int | None = None
    checked: bool = True  # the file was checked in full this time (see `_inspect`)
    read_only: bool = False  # a private copy for reading: nothing can be saved (see `open_read_only`)
    recovery: Recovery | None = None  # the file was damaged: what was restored and recovered


def stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")


def connect(path: Path, wait: float = WAIT) -> sqlite3.Connection:
    """A connection with our pragmas; transactions are explicit (see `transaction`). `wait`: how long
    opening it waits for another program's lock (later statements wait `WAIT`)."""
    private_file(path)  # 0600 before SQLite opens it: its -wal and -shm take the file's mode
    conn = sqlite3.connect(path, isolation_level=None, timeout=wait)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        log.warning("journal_mode is %s, not WAL", mode)
    # A few writes a day: full durability costs nothing we would notice; NORMAL can lose the last commits.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("BEGIN IMMEDIATE")  # can it be written? (a read-only file or folder says so here)
    conn.execute("ROLLBACK")
    conn.execute(f"PRAGMA busy_timeout = {int(WAIT * 1000):d}")
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
    read_only: bool = False  # it can only be read as it lies (a read-only mount: see `_reader`)


def _reader(path: Path, wait: float) -> tuple[sqlite3.Connection, bool]:
    """A read-only connection to the file, and whether it had to be opened as immutable.

    A WAL file on a read-only mount cannot be opened even read-only (SQLite needs its -shm next to it);
    opened as immutable it can, and nothing can change it there. A lock raises HistoryLocked.
    """
    for query, immutable in (("mode=ro", False), ("immutable=1", True)):
        conn = sqlite3.connect(f"{path.as_uri()}?{query}", uri=True, timeout=wait)
        try:
            user_version(conn)
            return conn, immutable
        except sqlite3.OperationalError as e:
            conn.close()
            if is_locked(e):
                raise HistoryLocked(path) from e
            if not is_read_only(e) or immutable:
                raise
    raise AssertionError("unreachable")


def _inspect(path: Path, today: str | None, wait: float = WAIT) -> Inspection:
    """Read-only look at an existing file: can it be read, which schema version, is it whole?

    The schema is always read (a file that is not a database fails here at once). The full
    `PRAGMA quick_check` reads every page, which takes long on a big history, so it runs on the first
    open of each local day (`today`; None: always) and its day is kept in app_state. Raises HistoryLocked
    when another program holds the file: a lock says nothing about damage.
    """
    try:
        conn, read_only = _reader(path, wait)
    except sqlite3.DatabaseError as e:
        return Inspection(f"it is not a readable database ({e})", 0, True)
    try:
        version = user_version(conn)
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        if version > CURRENT_VERSION:
            return Inspection(None, version, False)  # refused as it is, not judged by our schema
        if today is not None and _checked_day(conn) == today:
            return Inspection(None, version, False, read_only)
        result = conn.execute("PRAGMA quick_check").fetchone()
        if result is None or result[0] != "ok":
            return Inspection(f"its integrity check failed ({_first_problem(result)})", version, True)
    except sqlite3.DatabaseError as e:
        if is_locked(e):
            raise HistoryLocked(path) from e
        return Inspection(f"it is not a readable database ({e})", 0, True)
    finally:
        conn.close()
    return Inspection(None, version, True, read_only)


def quick_check(conn: sqlite3.Connection) -> str | None:
    """None when `PRAGMA quick_check` passes on this connection's file, else its first problem. A lock
    raises (sqlite3.OperationalError): it says nothing about damage."""
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as e:
        if is_locked(e):
            raise
        return f"it is not a readable database ({e})"
    return None if result is not None and result[0] == "ok" else _first_problem(result)


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


def open_database(path: Path, now: datetime, wait: float = WAIT) -> Opened:
    """Open (or create) the database at `path`, bringing its schema up to date.

    A damaged file is kept aside and the history restored from the newest good backup, with what can be
    read from the damaged file merged in (`Opened.recovery` says what). A file that cannot be written (a
    read-only folder, file or mount) opens as a read-only copy (`Opened.read_only`). Raises HistoryLocked
    when another program holds the file for longer than `wait` seconds (nothing is changed then),
    NewerDatabaseError for a file from a newer KneeCare, StoreError when the folder is unusable.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"KneeCare cannot create its data folder {path.parent}: {e.strerror}") from e
    notice = None
    recovery = None
    today = now.date().isoformat()
    checked = True  # a new file is whole
    if path.exists() and path.stat().st_size > 0:
        found = _inspect(path, today, wait)
        why, version, checked = found.problem, found.version, found.checked
        if version > CURRENT_VERSION:
            raise _newer(path, version)
        if found.read_only:
            return open_read_only(path, "it lies where nothing can be written", wait)
        if why is not None:
            recovery = _restore(path, why, now)
            notice = recovery.words()
    try:
        conn = connect(path, wait)
    except sqlite3.Error as e:
        if is_locked(e):
            raise HistoryLocked(path) from e
        if is_read_only(e) and path.exists() and path.stat().st_size > 0:
            return open_read_only(path, f"it cannot be written ({e})", wait)
        raise StoreError(f"KneeCare cannot open its history at {path}: {e}") from e
    try:
        version = user_version(conn)
        if version > CURRENT_VERSION:
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
    except BaseException as e:
        conn.close()
        if isinstance(e, sqlite3.Error) and is_locked(e):
            raise HistoryLocked(path) from e
        raise
    return Opened(conn, notice, migrated_from, checked, recovery=recovery)


def _restore(path: Path, why: str, now: datetime) -> Recovery:
    """The file is damaged: keep it aside, restore the newest good backup and merge in what can be read."""
    from kneecare.store.recovery import restore_and_recover

    try:
        aside = _move_aside(path, why, now)
    except OSError as e:
        raise StoreError(
            f"Your history at {path} is damaged ({why}) and KneeCare cannot keep it aside to restore a "
            f"backup: {e.strerror or e}. It was left as it is."
        ) from e
    building = path.with_name(f"{path.name}.restoring")
    try:
        recovery = restore_and_recover(aside, path.parent / "backups", building, why)
        building.replace(path)
    except (OSError, sqlite3.Error) as e:
        raise StoreError(
            f"Your history at {path} is damaged ({why}); it was kept as {aside}, but restoring a backup "
            f"failed: {e}."
        ) from e
    return recovery


def open_read_only(path: Path, why: str, wait: float = WAIT) -> Opened:
    """A private in-memory copy of a history that cannot be written, at the current schema, refusing
    writes (`query_only`): it can be viewed and exported; nothing new can be saved."""
    conn = _memory_copy(path, wait)
    conn.execute("PRAGMA query_only = ON")
    log.warning("history %s opened read-only: %s", path, why)
    notice = (
        f"Your history at {path} can only be read: {why}. You can look at it and export it, but new "
        "sessions cannot be saved until KneeCare can write there again."
    )
    return Opened(conn, notice, None, False, read_only=True)


def _memory_copy(path: Path, wait: float) -> sqlite3.Connection:
    copy = sqlite3.connect(":memory:", isolation_level=None)
    copy.row_factory = sqlite3.Row
    try:
        source, _ = _reader(path, wait)
    except sqlite3.Error as e:
        copy.close()
        raise StoreError(f"Your history at {path} cannot be read: {e}. It was left as it is.") from e
    try:
        source.backup(copy)
    except sqlite3.Error as e:
        copy.close()
        if is_locked(e):
            raise HistoryLocked(path) from e
        raise StoreError(f"Your history at {path} cannot be read: {e}.") from e
    finally:
        source.close()
    copy.execute("PRAGMA foreign_keys = ON")
    migrate(copy)
    return copy


def open_for_reading(path: Path, wait: float = WAIT) -> sqlite3.Connection | None:
    """A private in-memory copy of the history at the current schema, for reading only (export).

    The file itself is never written, moved or migrated; None when there is no history yet. Raises
    HistoryLocked when another program holds it longer than `wait` seconds, StoreError
    (NewerDatabaseError for a newer KneeCare) with a message for the person.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    found = _inspect(path, None, wait)
    if found.version > CURRENT_VERSION:
        raise _newer(path, found.version)
    if found.problem is not None:
        raise StoreError(
            f"Your history at {path} cannot be read: {found.problem}. It was left as it is; start KneeCare "
            "to restore it from its backups."
        )
    return _memory_copy(path, wait)


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
        target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
    finally:
        target.close()
    return dest
