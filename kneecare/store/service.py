"""The history as the history window and the command line use it: what the view shows, delete one session
with an undo token, delete all, export, and import a file (checked whole first). Plain values in and out; a
database error comes out as `HistoryTrouble`, worded, after the store did what it could (`Store.trouble`)."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import field
from datetime import UTC, date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kneecare.core.clock import Clock
from kneecare.core.lazy_dataclass import dataclass
from kneecare.core.protocol import goal_kinds
from kneecare.core.report import LoggedSession, Period, SafetyLog
from kneecare.core.stats import (
    DayTally,
    RatedSession,
    Streaks,
    first_day_read,
    local_day,
    number_streaks,
    range_shape,
)
from kneecare.store.db import (
    WAIT,
    HistoryLocked,
    Opened,
    StoreError,
    is_locked,
    migrate,
    open_for_reading,
    transaction,
)
from kneecare.store.exchange import (
    ImportProblem,
    ImportResult,
    export,
    export_file,
    import_records,
    read_import_file,
)
from kneecare.store.records import SessionRecord, insert_record, load_record
from kneecare.store.report import read_safety, read_sessions
from kneecare.store.sessions import SessionLine
from kneecare.store.store import Store
from kneecare.store.sync_folder import OPEN_TO_OTHERS, SyncProblem, check_folder

if TYPE_CHECKING:  # the sync's module (with uuid, platform and the journal) loads with the first sync
    from kneecare.store.sync import Steps, SyncResult

__all__ = [
    "OPEN_TO_OTHERS",
    "CheckedImport",
    "Deleted",
    "HistoryLocked",
    "HistoryService",
    "HistoryTrouble",
    "ImportProblem",
    "ImportResult",
    "Overview",
    "SessionLine",
    "SessionRecord",
    "Steps",
    "Store",
    "StoreError",
    "SyncProblem",
    "SyncResult",
    "check_folder",
]


def __getattr__(name: str) -> object:
    """`Steps` and `SyncResult`, still offered from here, load the sync's module when first asked for."""
    if name in ("Steps", "SyncResult"):
        from kneecare.store import sync

        return getattr(sync, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


SHARED_TABLES = ("sessions", "screenings", "daily_checks", "leg_all_clears")

log = logging.getLogger(__name__)


class HistoryTrouble(StoreError):
    """The history failed under an action. `details` (English) says what happened and what the store did
    about it: a lock (try again), a history that can only be read, or damage, repaired already."""

    def __init__(self, details: str, locked: bool = False) -> None:
        super().__init__(details)
        self.details = details
        self.locked = locked


@dataclass(frozen=True)
class Overview:
    """What the history's overview is drawn from, read once: day tallies far enough back for every range
    and the weekly minutes, the streaks, the ratings from `rated_from` on, every session counted, and the
    sessions from `rated_from` on as "what seems to help you" reads them (program, time, ratings)."""

    today: date
    tallies: dict[date, DayTally]
    streaks: Streaks
    rated_from: date
    rated: list[RatedSession]
    total: int
    logged: list[LoggedSession] = field(default_factory=list)


@dataclass(frozen=True)
class Deleted:
    """The undo token of one deleted session: the whole session as it was, to be written back."""

    record: SessionRecord


@dataclass(frozen=True)
class CheckedImport:
    """An export file read and checked whole (size, encoding, every field, no session twice)."""

    path: Path
    records: list[SessionRecord]


class HistoryService:
    """One history, for one window or one command. Methods that read or write the database raise
    `HistoryTrouble` (never sqlite3's errors); export and import also raise what their file raises."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    # -- opening (the command line) ------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, clock: Clock, wait: float = WAIT) -> tuple[HistoryService, Opened]:
        """The history for writing (see `Store.open`: HistoryLocked, StoreError)."""
        store, opened = Store.open(path, clock.now(), wait)
        return cls(store, clock), opened

    @classmethod
    def for_reading(cls, path: Path, clock: Clock, wait: float = WAIT) -> HistoryService:
        """A private copy of the history, never written back (see `open_for_reading`); an empty one when
        there is no history yet, and then no folder is made."""
        conn = open_for_reading(path, wait)
        if conn is None:
            conn = sqlite3.connect(":memory:", isolation_level=None)
            conn.row_factory = sqlite3.Row
            migrate(conn)
        return cls(Store(conn, path, read_only=True), clock)

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def close(self) -> None:
        self.store.close()

    @contextmanager
    def _worded(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as e:
            log.error("the history could not be read or written: %s", e)
            raise HistoryTrouble(self.store.trouble(e, self.clock.now()), is_locked(e)) from e

    # -- what the view shows -------------------------------------------------------------------

    def today(self) -> date:
        return local_day(self.clock.now())

    def overview(self, counts_routines: bool, days: int) -> Overview:
        """Everything the overview draws, with the ratings of the range of `days` shown (a longer range
        reads more with `rated_since`); `counts_routines`: the daily goal counts routines too, so they
        count in the tallies and streaks."""
        today = self.today()
        kinds = goal_kinds(counts_routines)
        first_rated = range_shape(days).start(today)
        with self._worded():
            sessions = self.store.sessions
            tallies = sessions.day_tallies(first_day_read(today), kinds)
            streaks = number_streaks(sessions.done_day_numbers(kinds), today)
            rated = sessions.rated_sessions(first_rated)
            total = sessions.count()
            logged = read_sessions(self.store.conn, Period(first_rated, max(first_rated, today)))
        return Overview(today, tallies, streaks, first_rated, rated, total, logged)

    def rated_since(self, first: date) -> list[RatedSession]:
        """The ratings of sessions from the local day `first` on."""
        with self._worded():
            return self.store.sessions.rated_sessions(first)

    def logged_since(self, first: date) -> list[LoggedSession]:
        """The finished sessions from the local day `first` to today, oldest first, as `core.report` reads
        them (for "what seems to help you")."""
        with self._worded():
            return read_sessions(self.store.conn, Period(first, max(first, self.today())))

    def report_data(self, period: Period) -> tuple[list[LoggedSession], SafetyLog]:
        """What the report for a health professional shows of `period`: its finished sessions, oldest
        first, and its safety records (with the latest screening up to its end)."""
        with self._worded():
            conn = self.store.conn
            return read_sessions(conn, period), read_safety(conn, period)

    def lines(
        self, limit: int, after: tuple[str, int] | None = None, kinds: tuple[str, ...] | None = None
    ) -> list[SessionLine]:
        """A page of the table, newest first (see `SessionRepository.lines`)."""
        with self._worded():
            return self.store.sessions.lines(limit, after=after, kinds=kinds)

    def count(self) -> int:
        with self._worded():
            return self.store.sessions.count()

    def details(self, session_id: int) -> SessionRecord | None:
        """The whole session: phases, safety reports, ratings."""
        with self._worded():
            return load_record(self.store.conn, session_id)

    # -- deleting ------------------------------------------------------------------------------

    def delete(self, session_id: int) -> Deleted | None:
        """Delete one finished session; its token brings it back whole. None: nothing was deleted (a
        session running now, or one already gone)."""
        with self._worded():
            record = load_record(self.store.conn, session_id)
            if record is None or not self.store.sessions.delete(session_id):
                return None
        return Deleted(record)

    def undo(self, token: Deleted) -> bool:
        """Write the deleted session back. False when the history has it again meanwhile (imported)."""
        with self._worded():
            if not self.store.sessions.undelete(token.record.uid):
                log.warning("could not undo the delete: the other computers were told already")
                return False
            try:
                with transaction(self.store.conn):
                    insert_record(self.store.conn, token.record)
            except sqlite3.IntegrityError as e:
                log.warning("could not undo the delete: %s", e)
                return False
        return True

    def delete_all(self, everywhere: bool = False) -> int:
        """Everything but the settings (see `Store.delete_all`); how many sessions went. `everywhere`: a
        tombstone for every record, so the next sync deletes them on the other computers too (and
        `restart_journal` clears this computer's journal); otherwise this computer forgets what it read
        and wrote in the sync folder, so turning sync on again brings the shared history back."""
        with self._worded():
            conn = self.store.conn
            with transaction(conn):
                if everywhere:
                    now = self.clock.now().astimezone(UTC).isoformat(timespec="microseconds")
                    for table in SHARED_TABLES:
                        conn.execute(
                            f"INSERT OR IGNORE INTO sync_tombstones (uid, at_utc, origin)"
                            f" SELECT uid, ?, NULL FROM {table} WHERE uid IS NOT NULL",
                            (now,),
                        )
                else:
                    for table in ("sync_tombstones", "sync_published", "sync_read"):
                        conn.execute(f"DELETE FROM {table}")
            return self.store.delete_all()

    # -- sync ----------------------------------------------------------------------------------

    def sync(self, folder: Path, name: str) -> SyncResult:
        """One sync with `folder`, in one go (see `sync_steps`)."""
        from kneecare.store.sync import run

        return run(self.sync_steps(folder, name))

    def sync_steps(self, folder: Path, name: str) -> Steps:
        """One sync with `folder` as short steps (see `Sync.steps`), for a caller that does other work in
        between: SyncProblem when the folder cannot be used, OSError when a file in it cannot be read or
        written, HistoryTrouble for the database (from the step that met it)."""
        if self.read_only:
            raise HistoryTrouble(f"Your history at {self.store.path} can only be read; it was not synced.")
        from kneecare.store.sync import Sync

        with self._worded():
            steps = Sync(self.store.conn, folder, name).steps()
        return self._worded_steps(steps)

    def _worded_steps(self, steps: Steps) -> Steps:
        while True:
            with self._worded():
                try:
                    next(steps)
                except StopIteration as done:
                    result: SyncResult = done.value
                    return result
            yield

    def clear_journal(self, folder: Path, name: str) -> int:
        """After `delete_all(everywhere=True)`: this computer's journal in `folder` holds only the
        deletions from now on. How many old journal files were removed."""
        from kneecare.store.sync import Sync

        with self._worded():
            return Sync(self.store.conn, folder, name).restart_journal()

    def device_names(self) -> dict[str, str]:
        """The other computers' names by device id (for "on laptop" in the history)."""
        from kneecare.store.sync import device_names

        with self._worded():
            return device_names(self.store.conn)

    # -- export and import ---------------------------------------------------------------------

    def export(self, path: Path, fmt: str) -> int:
        """Write every session to `path` as `fmt` (json, csv), replacing it whole; OSError if it cannot."""
        with self._worded():
            return export_file(self.store.conn, fmt, path)

    def write(self, fmt: str, out: TextIO) -> int:
        """Write every session to an open text stream (the terminal)."""
        with self._worded():
            return export(self.store.conn, fmt, out)

    @staticmethod
    def check_import(path: Path, programs: Collection[str] | None = None) -> CheckedImport:
        """Read and check an export file whole, touching no history: OSError when it cannot be read,
        UnicodeDecodeError when it is not UTF-8 text, ImportProblem naming the entry and field."""
        return CheckedImport(path, read_import_file(path, programs))

    def merge(self, checked: CheckedImport) -> ImportResult:
        """Add the checked sessions the history does not have yet, all in one transaction."""
        with self._worded():
            return import_records(self.store.conn, checked.records)

    def import_file(self, path: Path) -> ImportResult:
        """`check_import`, then `merge`: a faulty file changes nothing."""
        return self.merge(self.check_import(path))
