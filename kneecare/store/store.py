"""`Store`: the one object the app holds for its database (repositories, backup, close)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from kneecare.store.backup import daily_backup
from kneecare.store.db import Opened, open_database
from kneecare.store.reminders import ReminderRepository
from kneecare.store.safety import SafetyRepository
from kneecare.store.sessions import SessionRepository
from kneecare.store.state import AppState


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

    def close(self) -> None:
        self.conn.close()
