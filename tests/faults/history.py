"""Real histories for the fault tests, written through the store API, and the two faults they meet: a
lock held by another process (RECIPES.md's "A locked history") and a damaged page."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from kneecare.core.stats import Rating
from kneecare.store.db import transaction
from kneecare.store.records import PhaseRow, SafetyRow, SessionRecord, insert_record
from kneecare.store.store import Store

BERLIN = ZoneInfo("Europe/Berlin")
FIRST = datetime(2026, 1, 1, 8, 0, tzinfo=BERLIN)
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=BERLIN)


def record(n: int) -> SessionRecord:
    """Session number `n`: twice a day from 1 January 2026, with phases, ratings and a safety report."""
    start = FIRST + timedelta(hours=12 * n)
    phases = tuple(
        PhaseRow(i, "pressure", "left", "completed", 30.0, start + timedelta(seconds=30 * (i + 1)))
        for i in range(4)
    )
    return SessionRecord(
        uid=f"{start.isoformat()}|daily",
        program="daily",
        kind="knee",
        knees="left",
        started_at=start,
        zone="Europe/Berlin",
        ended_at=start + timedelta(seconds=120),
        status="completed",
        planned_seconds=120.0,
        done_seconds=120.0,
        phase_count=4,
        phases_done=4,
        before=Rating(tension=6, pain=n % 11, note=f"note {n}"),
        after=Rating(tension=3),
        phases=phases,
        safety_events=(
            SafetyRow(
                "tingling", 1, "pressure", "left", start + timedelta(seconds=40), "Europe/Berlin", 40.0
            ),
        )
        if n % 7 == 0
        else (),
    )


def add_sessions(store: Store, numbers: range) -> None:
    with transaction(store.conn):
        for n in numbers:
            insert_record(store.conn, record(n))


def uids(path: Path) -> set[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)  # also on a read-only mount
    try:
        return {r[0] for r in conn.execute("SELECT uid FROM sessions")}
    finally:
        conn.close()


def leaf_pages(path: Path, btree: str) -> list[int]:
    """The leaf pages of one table or index, in file order (SQLite's dbstat table)."""
    conn = sqlite3.connect(path)
    try:
        return [
            r[0]
            for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno", (btree,)
            )
        ]
    finally:
        conn.close()


def damage_middle_page(path: Path, page: int | None = None) -> int:
    """Overwrite most of page `page` (numbered from 1; default: the page in the middle of the file);
    returns its number. The file must be checkpointed (no -wal)."""
    data = bytearray(path.read_bytes())
    if page is None:
        page = len(data) // 4096 // 2 + 1
    start = (page - 1) * 4096
    data[start + 8 : start + 4000] = b"\xa5" * 3992
    path.write_bytes(bytes(data))
    return page


HOLDER = """
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute('PRAGMA locking_mode=EXCLUSIVE')
c.execute('BEGIN EXCLUSIVE')
print('locked', flush=True)
sys.stdin.readline()  # released when the test says so, or when its end closes stdin
"""


class Lock:
    """Another process holding the history locked, the way RECIPES.md's recipe does."""

    def __init__(self, path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write("\n")
            self.process.stdin.flush()
            self.process.wait(timeout=30)


@contextmanager
def locked(path: Path) -> Iterator[Lock]:
    lock = Lock(path)
    try:
        yield lock
    finally:
        lock.release()
        if lock.process.poll() is None:
            lock.process.kill()
            lock.process.wait(timeout=30)
        for pipe in (lock.process.stdin, lock.process.stdout):
            if pipe is not None:
                pipe.close()


def real_history(folder: Path, sessions: int) -> Path:
    """A data folder with `sessions` sessions, closed cleanly (no -wal beside it)."""
    path = folder / "kneecare.sqlite3"
    store, _ = Store.open(path, NOW - timedelta(days=1))
    add_sessions(store, range(sessions))
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path
