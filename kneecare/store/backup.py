"""The daily backup: a copy made with SQLite's backup API into `backups/`; the newest few are kept. A file
that fails its check is never copied, and an empty history never pushes out backups that hold sessions."""

from __future__ import annotations

import logging
import sqlite3
from datetime import date
from pathlib import Path

from kneecare.store.db import backup_copy, quick_check

log = logging.getLogger(__name__)

KEEP = 7
PREFIX = "kneecare-"


def sessions_in(path: Path) -> int:
    """How many sessions a backup holds (0 when it cannot be read)."""
    try:
        # immutable: a backup is written once, and reading it must leave no -wal or -shm beside it
        conn = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    except sqlite3.Error:
        return 0
    try:
        return int(conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def daily_backup(
    conn: sqlite3.Connection, folder: Path, today: date, keep: int = KEEP, checked: bool = False
) -> Path | None:
    """Copy the database once per day; prune all but the newest `keep` daily copies. Never raises.

    The file must pass `PRAGMA quick_check` first (`checked`: the caller has just run it): a damaged
    history is not copied over good backups. When the history holds no session, older copies that do
    are not pruned: losing a history must not take its backups with it (deleting all history deletes
    the backups itself).
    """
    dest = folder / f"{PREFIX}{today.isoformat()}.sqlite3"
    try:
        if dest.exists():
            return None
        problem = None if checked else quick_check(conn)
        if problem is not None:
            log.error("no backup today: the history fails its check (%s); the backups are kept", problem)
            return None
        partial = dest.with_name(dest.name + ".partial")
        backup_copy(conn, partial)
        partial.replace(dest)
        daily = sorted(folder.glob(f"{PREFIX}*.sqlite3"))
        empty = sessions_in(dest) == 0
        for old in daily[:-keep]:
            if empty and sessions_in(old):
                log.warning("the history holds no session: the older backup %s, which does, is kept", old)
                continue
            old.unlink()
        log.info("daily backup written to %s", dest)
        return dest
    except (OSError, sqlite3.Error) as e:
        log.warning("daily backup to %s failed: %s", dest, e)
        return None
