"""Bringing a damaged history back: the newest backup that passes `PRAGMA integrity_check` is restored,
then whatever can still be read from the damaged file is merged into it (sessions by uid, safety records
by their time). Plain Python sqlite3, row by row, skipping what errors; no sqlite3 program needed."""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

from kneecare.core.lazy_dataclass import dataclass
from kneecare.store.schema import CURRENT_VERSION

log = logging.getLogger(__name__)

DAILY = re.compile(r"kneecare-(\d{4}-\d{2}-\d{2})\.sqlite3$")
# Records kept apart from sessions, merged by the time they were taken (column) when not already there.
TIMED_TABLES = (("screenings", "taken_utc"), ("daily_checks", "at_utc"), ("leg_all_clears", "at_utc"))
CHUNK = 200
SESSION_INDEXES = ("sessions_by_start", "sessions_by_day", "sqlite_autoindex_sessions_1")


@dataclass(frozen=True)
class Recovery:
    """What a recovery did, for the person (see `words`) and for the log."""

    problem: str  # what the check found
    aside: Path  # the damaged file, kept
    backups: Path  # the folder the backup came from (or was looked for in)
    backup: Path | None  # the backup restored, None when no good backup was found
    backup_day: date | None
    backup_sessions: int
    recovered_sessions: int  # sessions found only in the damaged file, added
    updated_sessions: int  # sessions further along in the damaged file than in the backup
    recovered_records: int  # screenings, daily checks and all-clears found only in the damaged file
    total_sessions: int

    def words(self) -> str:
        """The whole story in one paragraph (English: the CLI's stderr, the log, a dialog's details)."""
        if self.backup is not None:
            start = (
                f"KneeCare restored the backup of {self.backup_day} ({self.backup_sessions} "
                f"session{_s(self.backup_sessions)}) from the backups folder {self.backups}"
            )
        else:
            start = (
                f"No usable backup was found in the backups folder {self.backups}, so KneeCare started a "
                "new, empty history"
            )
        found = f"recovered {self.recovered_sessions} session{_s(self.recovered_sessions)}"
        if self.updated_sessions:
            found += f" (and completed {self.updated_sessions} more)"
        if self.recovered_records:
            found += f" and {self.recovered_records} safety record{_s(self.recovered_records)}"
        return (
            f"Your history was damaged: {self.problem}. {start} and {found} from the damaged file, which "
            f"was kept as {self.aside}. Your history now holds {self.total_sessions} "
            f"session{_s(self.total_sessions)}."
        )


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def integrity_ok(path: Path) -> bool:
    """The file opens read-only and passes the full `PRAGMA integrity_check`."""
    try:
        # immutable: a backup is written once, and reading it must leave no -wal or -shm beside it
        conn = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    except sqlite3.Error:
        return False
    try:
        if int(conn.execute("PRAGMA user_version").fetchone()[0]) > CURRENT_VERSION:
            return False
        row = conn.execute("PRAGMA integrity_check").fetchone()
        return row is not None and row[0] == "ok"
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def backup_day(path: Path) -> date:
    """The day a backup holds: from a daily copy's name, else the file's modification time."""
    match = DAILY.search(path.name)
    if match:
        return date.fromisoformat(match.group(1))
    return datetime.fromtimestamp(path.stat().st_mtime).date()


def candidates(folder: Path) -> list[Path]:
    """Backups newest first (by the day they hold, then by modification time)."""
    try:
        found = [p for p in folder.glob("*.sqlite3") if p.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda p: (backup_day(p), p.stat().st_mtime), reverse=True)


def _copy_in(source: Path, dest: Path) -> None:
    _clear(dest)
    shutil.copyfile(source, dest)


def restore_and_recover(damaged: Path, backups: Path, dest: Path, problem: str) -> Recovery:
    """Write at `dest` (replaced) the newest good backup brought to the current schema, with what can be
    read from `damaged` merged in. `damaged` is only read (a private copy of it is opened)."""
    from kneecare.store.db import migrate  # db imports this module when it finds damage

    chosen: Path | None = None
    for candidate in candidates(backups):
        if integrity_ok(candidate):
            chosen = candidate
            break
        log.warning("backup %s fails its integrity check; not used", candidate)
    if chosen is not None:
        _copy_in(chosen, dest)
    else:
        _clear(dest)
    conn = sqlite3.connect(dest, isolation_level=None)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
        backup_sessions = _count(conn) if chosen is not None else 0
        merged = _merge_damaged(conn, damaged)
        total = _count(conn)
    finally:
        conn.close()
    recovery = Recovery(
        problem=problem,
        aside=damaged,
        backups=backups,
        backup=chosen,
        backup_day=backup_day(chosen) if chosen is not None else None,
        backup_sessions=backup_sessions,
        recovered_sessions=merged[0],
        updated_sessions=merged[1],
        recovered_records=merged[2],
        total_sessions=total,
    )
    log.warning("%s", recovery.words())
    return recovery


def _clear(dest: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{dest}{suffix}").unlink(missing_ok=True)


def _count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])


# -- reading what can be read -------------------------------------------------------------------


def _open_damaged(damaged: Path, work: Path) -> sqlite3.Connection:
    """A private copy of the damaged file (with its -wal), so reading it never touches the kept file."""
    _copy_in(damaged, work)
    wal = Path(f"{damaged}-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(f"{work}-wal"))
    conn = sqlite3.connect(work, isolation_level=None, timeout=0.5)
    conn.row_factory = sqlite3.Row
    return conn


def _safely(conn: sqlite3.Connection, sql: str, args: Sequence[object] = ()) -> list[sqlite3.Row]:
    """Every row the query yields before an error (a damaged page ends it early, and that is all)."""
    rows: list[sqlite3.Row] = []
    try:
        for row in conn.execute(sql, args):
            rows.append(row)
    except sqlite3.DatabaseError as e:
        log.info("recovery: %s stopped early: %s", sql.split(" WHERE")[0], e)
    return rows


def _ids(conn: sqlite3.Connection, table: str, indexes: Sequence[str] = ()) -> list[int]:
    """Row ids that can be found in `table`: walking up and down its b-tree (each stops at a damaged
    page) and through each index (separate b-trees that still name rows on a damaged table page)."""
    found = {r[0] for r in _safely(conn, f"SELECT rowid FROM {table} ORDER BY rowid")}
    found |= {r[0] for r in _safely(conn, f"SELECT rowid FROM {table} ORDER BY rowid DESC")}
    for index in indexes:
        found |= {r[0] for r in _safely(conn, f"SELECT rowid FROM {table} INDEXED BY {index}")}
    return sorted(found)


def readable_rows(conn: sqlite3.Connection, table: str, indexes: Sequence[str] = ()) -> Iterator[sqlite3.Row]:
    """Each row of `table` that can be read, in chunks, falling back to one row at a time in a chunk
    that errors, so one damaged page costs only its own rows."""
    ids = _ids(conn, table, indexes)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ",".join("?" for _ in chunk)
        try:
            yield from conn.execute(f"SELECT rowid AS _rowid, * FROM {table} WHERE rowid IN ({marks})", chunk)
            continue
        except sqlite3.DatabaseError:
            pass
        for rowid in chunk:
            yield from _safely(conn, f"SELECT rowid AS _rowid, * FROM {table} WHERE rowid = ?", (rowid,))


def _children(conn: sqlite3.Connection, table: str, session_id: int) -> list[sqlite3.Row]:
    try:
        return conn.execute(f"SELECT * FROM {table} WHERE session_id = ?", (session_id,)).fetchall()
    except sqlite3.DatabaseError:  # an index page may be the damaged one: a plain scan can still find them
        return _safely(conn, f"SELECT * FROM {table} NOT INDEXED WHERE session_id = ?", (session_id,))


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in _safely(conn, "SELECT name FROM sqlite_master WHERE type = 'table'")}


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _insert(conn: sqlite3.Connection, table: str, values: dict[str, object], columns: list[str]) -> int:
    names = [c for c in columns if c in values]
    cursor = conn.execute(
        f"INSERT OR IGNORE INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
        [values[c] for c in names],
    )
    return int(cursor.lastrowid or 0) if cursor.rowcount else 0


def _further(old: sqlite3.Row, new: sqlite3.Row) -> bool:
    """The damaged file's copy of a session went further than the backup's (the backup caught it
    running, or before its end)."""
    return (new["ended_utc"] is not None, new["phases_done"], new["done_seconds"]) > (
        old["ended_utc"] is not None,
        old["phases_done"],
        old["done_seconds"],
    )


def _merge_damaged(conn: sqlite3.Connection, damaged: Path) -> tuple[int, int, int]:
    """Merge into `conn` what can be read from `damaged`; returns (sessions added, sessions updated,
    other records added)."""
    work = conn.execute("PRAGMA database_list").fetchone()["file"]
    source_path = Path(f"{work}.reading")
    try:
        source = _open_damaged(damaged, source_path)
    except (OSError, sqlite3.Error) as e:
        log.warning("recovery: the damaged file cannot be read at all: %s", e)
        return 0, 0, 0
    try:
        return _merge_from(conn, source)
    finally:
        source.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{source_path}{suffix}").unlink(missing_ok=True)


def _merge_from(conn: sqlite3.Connection, source: sqlite3.Connection) -> tuple[int, int, int]:
    tables = _tables(source)
    added = updated = records = 0
    session_columns = [c for c in _columns(conn, "sessions") if c != "id"]
    conn.execute("BEGIN IMMEDIATE")
    try:
        if "sessions" in tables:
            for row in readable_rows(source, "sessions", SESSION_INDEXES):
                values = dict(zip(row.keys(), tuple(row), strict=True))
                if not isinstance(values.get("uid"), str):
                    continue
                old = conn.execute("SELECT * FROM sessions WHERE uid = ?", (values["uid"],)).fetchone()
                if old is not None and not _further(old, row):
                    target = int(old["id"])
                else:
                    try:
                        if old is not None:
                            conn.execute("DELETE FROM sessions WHERE id = ?", (old["id"],))
                        target = _insert(conn, "sessions", values, session_columns)
                    except sqlite3.Error as e:  # a row that fails a CHECK: its bytes were damaged
                        log.info("recovery: session %s not kept: %s", values["uid"], e)
                        continue
                    if not target:
                        continue
                    if old is None:
                        added += 1
                    else:
                        updated += 1
                _merge_children(conn, source, int(values["id"]), target, tables)
        for table, when in TIMED_TABLES:
            if table in tables:
                records += _merge_timed(conn, source, table, when)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return added, updated, records


def _merge_children(
    conn: sqlite3.Connection, source: sqlite3.Connection, old_id: int, new_id: int, tables: set[str]
) -> None:
    for table in ("session_phases", "ratings"):
        if table not in tables:
            continue
        columns = _columns(conn, table)
        for child in _children(source, table, old_id):
            values = dict(zip(child.keys(), tuple(child), strict=True)) | {"session_id": new_id}
            try:
                _insert(conn, table, values, columns)  # OR IGNORE: what the backup holds stays
            except sqlite3.Error as e:
                log.info("recovery: a row of %s not kept: %s", table, e)
    if "safety_events" in tables:
        columns = [c for c in _columns(conn, "safety_events") if c != "id"]
        for event in _children(source, "safety_events", old_id):
            known = conn.execute(
                "SELECT 1 FROM safety_events WHERE session_id = ? AND kind = ? AND at_utc = ?",
                (new_id, event["kind"], event["at_utc"]),
            ).fetchone()
            if known is None:
                values = dict(zip(event.keys(), tuple(event), strict=True)) | {"session_id": new_id}
                try:
                    _insert(conn, "safety_events", values, columns)
                except sqlite3.Error as e:
                    log.info("recovery: a safety event not kept: %s", e)


def _merge_timed(conn: sqlite3.Connection, source: sqlite3.Connection, table: str, when: str) -> int:
    columns = [c for c in _columns(conn, table) if c != "id"]
    added = 0
    for row in readable_rows(source, table):
        values = dict(zip(row.keys(), tuple(row), strict=True))
        if conn.execute(f"SELECT 1 FROM {table} WHERE {when} = ?", (values.get(when),)).fetchone():
            continue
        try:
            if _insert(conn, table, values, columns):
                added += 1
        except sqlite3.Error as e:
            log.info("recovery: a row of %s not kept: %s", table, e)
    return added
