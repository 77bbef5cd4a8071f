"""`Store`: the one object the app holds for its database (repositories, backup, repair, delete all,
close)."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kneecare.store.backup import daily_backup
from kneecare.store.db import (
    WAIT,
    Opened,
    is_locked,
    open_database,
    quick_check,
    stamp,
    transaction,
)
from kneecare.store.reminders import ReminderRepository
from kneecare.store.safety import SafetyRepository
from kneecare.store.sessions import SessionRepository
from kneecare.store.state import AppState

if TYPE_CHECKING:
    from kneecare.store.recovery import Recovery

log = logging.getLogger(__name__)


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path, read_only: bool = False) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only  # a private copy of a history that cannot be written
        self.sessions = SessionRepository(conn)
        self.reminders = ReminderRepository(conn)
        self.safety = SafetyRepository(conn)
        self.state = AppState(conn)
        # Told when damage found while running (by the daily backup) was repaired; the app shows it.
        self.on_recovered: Callable[[Recovery], None] | None = None

    @classmethod
    def open(cls, path: Path, now: datetime, wait: float = WAIT) -> tuple[Store, Opened]:
        """Open the database (see `open_database` for what can go wrong and how it is said)."""
        opened = open_database(path, now, wait)
        return cls(opened.conn, path, opened.read_only), opened

    @property
    def backups(self) -> Path:
        return self.path.parent / "backups"

    def backup_if_due(self, now: datetime) -> Path | None:
        """The daily copy. Its check finding damage repairs the history first (and says so)."""
        if self.read_only:
            return None
        try:
            problem = quick_check(self.conn)
        except sqlite3.Error as e:  # held by another program right now: the next hour tries again
            log.warning("no backup now: %s", e)
            return None
        if problem is not None:
            log.error("the daily check found damage: %s", problem)
            recovery = self.repair(now)
            if recovery is not None and self.on_recovered is not None:
                self.on_recovered(recovery)
        return daily_backup(self.conn, self.backups, now.date(), checked=True)

    def repair(self, now: datetime) -> Recovery | None:
        """When the open file fails `PRAGMA quick_check`: keep a copy of it aside, rebuild the history from
        the newest good backup plus what can be read from the damaged file, and write that into the open
        connection (SQLite's backup API replaces every page), so every repository goes on working.
        None when the file passes its check (nothing to repair)."""
        why = None if self.read_only else quick_check(self.conn)
        if why is None:
            return None
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp(now)}")
        for suffix in ("", "-wal"):
            source = Path(f"{self.path}{suffix}")
            if source.exists():
                shutil.copyfile(source, Path(f"{aside}{suffix}"))
        log.error("database %s failed its check while open (%s); copy kept as %s", self.path, why, aside)
        building = self.path.with_name(f"{self.path.name}.restoring")
        from kneecare.store.recovery import restore_and_recover  # only when damage is found

        recovery = restore_and_recover(aside, self.backups, building, why)
        rebuilt = sqlite3.connect(building)
        try:
            rebuilt.backup(self.conn)
        finally:
            rebuilt.close()
            building.unlink(missing_ok=True)
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return recovery

    def trouble(self, error: BaseException, now: datetime) -> str:
        """What to tell the person after `error` came out of the database while running (English; the
        window shows it as details): a lock, a read-only history, or damage, which is repaired here."""
        if is_locked(error):
            return (
                f"Your history at {self.path} is in use by another program, which holds it locked. Nothing "
                f"was changed; please try again in a moment. ({error})"
            )
        if self.read_only:
            return f"Your history at {self.path} can only be read, so this was not saved. ({error})"
        try:
            recovery = self.repair(now)
        except (OSError, sqlite3.Error) as e:
            log.exception("repairing the history failed")
            return f"Your history could not be read ({error}), and repairing it failed: {e}."
        if recovery is None:
            return f"Your history could not be read just now: {error}. It passes its check; nothing changed."
        return recovery.words()

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
