"""`Store`: the one object the app holds for its database (repositories, backup, delete all, close)."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from kneecare.store.backup import daily_backup
from kneecare.store.db import Opened, open_database, transaction
from kneecare.store.reminders import ReminderRepository
from kneecare.store.safety import SafetyRepository
from kneecare.store.sessions import SessionRepository
from kneecare.store.state import AppState

log = logging.getLogger(__name__)


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.sessions = SessionRepository(conn)
        self.reminders = ReminderRepository(conn)
        self.safety = SafetyRepository(conn)
        self.state = AppState(conn)

    @classmethod
    def open(cls, path: Path, now: datetime) -> tuple[Store, Opened]:
        """Open the database (see `open_database` for what can go wrong and how it is said)."""
        opened = open_database(path, now)
        return cls(opened.conn, path), opened

    @property
    def backups(self) -> Path:
        return self.path.parent / "backups"

    def backup_if_due(self, now: datetime) -> Path | None:
        return daily_backup(self.conn, self.backups, now.date())

    def delete_all(self) -> int:
        """Delete the whole history: sessions with their phases, reports and ratings, the reminder log,
        screening answers and daily checks, and every backup copy. A session running now is kept.

        The file is then compacted, so the deleted rows do not linger in free pages. Returns how many
        sessions went.
        """
        with transaction(self.conn):
            cursor = self.conn.execute("DELETE FROM sessions WHERE status != 'in_progress'")
            for table in ("reminder_events", "screenings", "daily_checks", "leg_all_clears"):
                self.conn.execute(f"DELETE FROM {table}")
        self.conn.execute("VACUUM")
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for copy in self.backups.glob("*.sqlite3"):
            try:
                copy.unlink()
            except OSError as e:
                log.warning("could not delete the backup %s: %s", copy, e)
        log.info("deleted all history (%d sessions)", cursor.rowcount)
        return cursor.rowcount

    def close(self) -> None:
        self.conn.close()
