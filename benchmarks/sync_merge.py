"""Sync at scale: a journal of 10 years x 4 sessions a day (14,612 sessions with phases and ratings, about
15,000) arriving at once, merged into an empty history and into one that already holds every session, and
the journal's size on disk; also how long the writing computer takes to write it. A sync runs as short
steps (the window runs one per zero-delay timer shot): each line also gives the longest step, the longest
the window's event loop waits during that sync (before the steps: the whole sync).

    python benchmarks/sync_merge.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kneecare.core.clock import FakeClock
from kneecare.core.stats import Rating
from kneecare.store.db import transaction
from kneecare.store.records import PhaseRow, SessionRecord, insert_record
from kneecare.store.service import HistoryService, SyncResult

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2016, 1, 1, 8, 0, tzinfo=BERLIN)
HOURS = (8, 12, 17, 21)


def sessions() -> list[SessionRecord]:
    out = []
    day = 0
    while len(out) < 14_612:
        for hour in HOURS:
            start = START.replace(hour=hour) + timedelta(days=day)
            out.append(
                SessionRecord(
                    uid=f"{start.isoformat()}|daily",
                    program="daily",
                    kind="knee",
                    knees="both",
                    started_at=start,
                    zone="Europe/Berlin",
                    ended_at=start + timedelta(seconds=468),
                    status="completed",
                    planned_seconds=468.0,
                    done_seconds=468.0,
                    phase_count=6,
                    phases_done=6,
                    before=Rating(tension=6, pain=3, swelling=1, note="stiff"),
                    after=Rating(tension=3, pain=1, swelling=1),
                    phases=tuple(
                        PhaseRow(
                            i,
                            ("position", "pressure", "movement")[i % 3],
                            ("left", "right")[i // 3],
                            "completed",
                            78.0,
                            start + timedelta(seconds=78 * (i + 1)),
                        )
                        for i in range(6)
                    ),
                )
            )
        day += 1
    return out[:14_612]


def timed(what: str, service: HistoryService, folder: Path, name: str) -> SyncResult:
    """One sync step by step, as the window runs it: its whole time and its longest step."""
    began = time.perf_counter()
    steps = service.sync_steps(folder, name)
    longest, count = 0.0, 0
    while True:
        step = time.perf_counter()
        try:
            next(steps)
        except StopIteration as done:
            result: SyncResult = done.value
            break
        finally:
            longest = max(longest, time.perf_counter() - step)
            count += 1
    print(
        f"{what}: {time.perf_counter() - began:.2f} s in {count} steps, the longest {longest * 1000:.0f} ms"
    )
    return result


def main() -> None:
    now = FakeClock(datetime(2026, 1, 1, 9, 0, tzinfo=BERLIN))
    records = sessions()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "Sync"
        folder.mkdir(mode=0o700)
        desk, _ = HistoryService.open(root / "desk" / "kneecare.sqlite3", now)
        with transaction(desk.store.conn):
            for record in records:
                insert_record(desk.store.conn, record)
        wrote = timed(f"desk writes its journal of {len(records)} sessions", desk, folder, "desk")
        size = sum(p.stat().st_size for p in folder.glob("*.kcj"))
        files = len(list(folder.glob("*.kcj")))
        print(
            f"journal: {size / 1024 / 1024:.1f} MiB in {files} files,"
            f" {size / len(records):.0f} bytes a session"
        )
        laptop, _ = HistoryService.open(root / "laptop" / "kneecare.sqlite3", now)
        got = timed("merged into an empty history", laptop, folder, "laptop")
        print(f"  {got.sessions} sessions added")
        # The same journal read again from the start (another folder path forgets the read positions),
        # into a history that already holds every session.
        laptop.store.conn.execute("DELETE FROM sync_read")
        again = timed("merged into a history that has them all", laptop, folder, "laptop")
        print(f"  {again.sessions} sessions added")
        timed("a sync with nothing new", laptop, folder, "laptop")
        assert wrote.written >= len(records)
        desk.close()
        laptop.close()
        in_the_window(root, folder, now)


def in_the_window(root: Path, folder: Path, now: FakeClock) -> None:
    """The first sync of a third computer as the window runs it (SyncRunner, real timers, Qt's event loop),
    with a zero-delay timer ticking beside it: the longest gap between two ticks is the longest the window
    could not answer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kneecare.core.session import State
    from kneecare.settings import Settings
    from kneecare.ui.settings_model import SettingsModel
    from kneecare.ui.sync import SyncRunner

    app = QApplication.instance() or QApplication([])
    study, _ = HistoryService.open(root / "study" / "kneecare.sqlite3", now)
    settings = SettingsModel(Settings(sync_folder=str(folder), device_name="study"))
    runner = SyncRunner(study, settings, lambda: State.IDLE)
    ticks: list[float] = []
    tick = QTimer()
    tick.timeout.connect(lambda: ticks.append(time.perf_counter()))
    runner.synced.connect(lambda _result: app.quit())
    runner.failed.connect(lambda _words: app.quit())
    began = time.perf_counter()
    tick.start(0)
    runner.start()
    app.exec()
    tick.stop()
    gaps = [b - a for a, b in pairwise(ticks)]
    print(
        f"in the window, merged into an empty history: {time.perf_counter() - began:.2f} s;"
        f" the event loop's longest wait {max(gaps) * 1000:.0f} ms ({len(ticks)} zero-timer ticks)"
    )
    study.close()


if __name__ == "__main__":
    main()
