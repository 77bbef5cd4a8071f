"""The daily backup: a copy made with SQLite's backup API into `backups/`; the newest few are kept."""

from __future__ import annotations

import logging
import sqlite3
from datetime import date
from pathlib import Path

from kneecare.store.db import backup_copy

log = logging.getLogger(__name__)

KEEP = 7
PREFIX = "kneecare-"


def daily_backup(conn: sqlite3.Connection, folder: Path, today: date, keep: int = KEEP) -> Path | None:
    """Copy the database once per day; prune all but the newest `keep` daily copies. Never raises."""
    dest = folder / f"{PREFIX}{today.isoformat()}.sqlite3"
    try:
        if dest.exists():
            return None
        backup_copy(conn, dest)
        daily = sorted(folder.glob(f"{PREFIX}*.sqlite3"))
        for old in daily[:-keep]:
            old.unlink()
        log.info("daily backup written to %s", dest)
        return dest
    except (OSError, sqlite3.Error) as e:
        log.warning("daily backup to %s failed: %s", dest, e)
        return None
