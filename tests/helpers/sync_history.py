"""A shared folder holding a long journal for the sliced-sync tests: sessions, a red flag, a deletion and a
rating that a sync reads before its session (from the next journal file, whose name sorts first)."""

from __future__ import annotations

import shutil
from pathlib import Path

from kneecare.core.safety import DailyCheck
from kneecare.core.stats import Rating
from kneecare.store.exchange import import_records
from kneecare.store.service import HistoryService
from kneecare.store.sync import Sync, device_id
from tests.unit.test_sync_store import NOW, day, history, record, sessions

SESSIONS = 40


def shared_folder(tmp_path: Path) -> Path:
    """The folder as the desk left it: its journal of SESSIONS sessions (one of them deleted later, the last
    one rated only after it was shared) rotated from file 9 to file 10 before the deletion and the rating,
    so a sync reads the rating first ("...10.kcj" sorts before "...9.kcj") and it waits for its session."""
    folder = tmp_path / "Sync"
    folder.mkdir(mode=0o700)
    desk = history(tmp_path, "desk")
    conn = desk.store.conn
    import_records(conn, [record(day(n), rated=n != SESSIONS - 1) for n in range(SESSIONS)])
    desk.store.safety.record_daily_check(DailyCheck(NOW.date(), NOW, red_flag=True))
    desk.sync(folder, "desk")
    device = device_id(conn)
    nine = folder / f"{device}.9.kcj"
    (folder / f"{device}.1.kcj").rename(nine)
    size = nine.stat().st_size
    (gone,) = conn.execute("SELECT id FROM sessions WHERE uid = ?", (record(day(3)).uid,)).fetchone()
    assert desk.delete(gone) is not None
    (late,) = conn.execute(
        "SELECT id FROM sessions WHERE uid = ?", (record(day(SESSIONS - 1)).uid,)
    ).fetchone()
    desk.store.sessions.rate(late, "after", Rating(tension=2, note="easier"))
    assert desk.sync(folder, "desk").written == 2  # the tombstone and the rating, at the end of file 9
    data = nine.read_bytes()
    nine.write_bytes(data[:size])
    (folder / f"{device}.10.kcj").write_bytes(data[size:])
    desk.close()
    return folder


def merged_in_one_go(tmp_path: Path, folder: Path) -> HistoryService:
    """A history that merged a copy of `folder` in a single slice, as a sync did before slices."""
    copy = tmp_path / "one-go"
    shutil.copytree(folder, copy)
    service = history(tmp_path, "one-go")
    Sync(service.store.conn, copy, "one go", slice_bytes=1 << 40).run()
    return service


def same_history(a: HistoryService, b: HistoryService) -> bool:
    """The same sessions (with phases and ratings), red flags, tombstones and read positions."""

    def shared(service: HistoryService) -> tuple[object, ...]:
        conn = service.store.conn
        return (
            sessions(service),
            sorted(r[0] for r in conn.execute("SELECT uid FROM daily_checks")),
            sorted(r[0] for r in conn.execute("SELECT uid FROM sync_tombstones")),
            sorted(tuple(r) for r in conn.execute("SELECT file, position FROM sync_read")),
        )

    return shared(a) == shared(b)
