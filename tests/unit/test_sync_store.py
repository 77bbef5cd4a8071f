"""Sync between two histories through one folder, without Qt: sessions, ratings, safety records and
deletions travel; the red-flag hold travels; journals are private; the database never goes into the folder;
conflict copies and repeated syncs change nothing."""

from __future__ import annotations

import shutil
import stat
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kneecare.core.clock import FakeClock
from kneecare.core.journal import parse
from kneecare.core.safety import AllClear, Concern, DailyCheck, LegAllClear, Screening, hold_open
from kneecare.core.stats import Rating
from kneecare.store.exchange import import_records, record_to_json
from kneecare.store.records import PhaseRow, SafetyRow, SessionRecord, iter_records
from kneecare.store.service import HistoryService
from kneecare.store.sync import SyncProblem, device_id

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=BERLIN)


def record(start: datetime, *, rated: bool = True, status: str = "completed") -> SessionRecord:
    return SessionRecord(
        uid=f"{start.isoformat()}|quick",
        program="quick",
        kind="knee",
        knees="left",
        started_at=start,
        zone="Europe/Berlin",
        ended_at=start + timedelta(seconds=120),
        status=status,
        planned_seconds=120.0,
        done_seconds=120.0,
        phase_count=2,
        phases_done=2,
        before=Rating(tension=6, pain=2, note="stiff") if rated else None,
        after=Rating(tension=3) if rated else None,
        phases=tuple(
            PhaseRow(i, "pressure", "left", "completed", 60.0, start + timedelta(seconds=60 * (i + 1)))
            for i in range(2)
        ),
        safety_events=(
            (
                SafetyRow(
                    "tingling", 1, "pressure", "left", start + timedelta(seconds=70), "Europe/Berlin", 70.0
                ),
            )
            if status == "safety_stopped"
            else ()
        ),
    )


def day(n: int, hour: int = 8) -> datetime:
    return datetime(2026, 11, 1, hour, tzinfo=BERLIN) + timedelta(days=n)


def history(root: Path, name: str) -> HistoryService:
    service, _ = HistoryService.open(root / name / "kneecare.sqlite3", FakeClock(NOW))
    return service


def sessions(service: HistoryService) -> dict[str, dict[str, object]]:
    return {r.uid: record_to_json(r) for r in iter_records(service.store.conn)}


@pytest.fixture
def two(tmp_path):
    folder = tmp_path / "Sync"
    folder.mkdir(mode=0o700)
    a, b = history(tmp_path, "desk"), history(tmp_path, "laptop")
    yield a, b, folder
    a.close()
    b.close()


def test_sessions_travel_both_ways_and_end_the_same(two):
    a, b, folder = two
    import_records(a.store.conn, [record(day(1)), record(day(2), status="safety_stopped")])
    import_records(b.store.conn, [record(day(3), rated=False)])
    first = a.sync(folder, "desk")
    assert (first.sessions, first.written) == (0, 2)
    got = b.sync(folder, "laptop")
    assert (got.journals, got.sessions, got.written) == (1, 2, 1)
    a.sync(folder, "desk")
    assert sessions(a) == sessions(b) and len(sessions(a)) == 3
    # Where each came from: the other computer's id, and its name from its device file.
    origins = dict(b.store.conn.execute("SELECT uid, origin FROM sessions").fetchall())
    assert origins[record(day(1)).uid] == device_id(a.store.conn)
    assert origins[record(day(3)).uid] is None
    assert b.device_names() == {device_id(a.store.conn): "desk"}
    # Again: nothing new either way.
    for service, name in ((a, "desk"), (b, "laptop")):
        again = service.sync(folder, name)
        assert (again.sessions, again.written, again.deletions) == (0, 0, 0)
    # Private files only, and never a database in the folder.
    for path in folder.rglob("*"):
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert not list(folder.rglob("*.sqlite3*"))


def test_a_red_flag_on_one_computer_holds_sessions_on_the_other_until_an_all_clear_travels(two):
    """Article: "If you notice swelling, warmth, redness or pain in the calf, especially in one leg,
    contact a doctor before doing any self-massage" (the hold that travels with the red flag)."""
    a, b, folder = two
    flagged = NOW - timedelta(hours=2)
    a.store.safety.record_daily_check(DailyCheck(flagged.date(), flagged, red_flag=True))
    a.store.safety.record_screening(Screening(flagged, dict.fromkeys(Concern, False)))
    a.sync(folder, "desk")
    assert not hold_open(b.store.safety.latest_red_flag(), None)
    b.sync(folder, "laptop")
    safety = b.store.safety
    assert safety.latest_red_flag() == flagged
    assert hold_open(safety.latest_red_flag(), safety.latest_all_clear() and safety.latest_all_clear().at)
    assert safety.latest_screening() is not None
    a.store.safety.record_all_clear(LegAllClear(NOW, AllClear.PROFESSIONAL_CLEARED))
    a.sync(folder, "desk")
    b.sync(folder, "laptop")
    clear = b.store.safety.latest_all_clear()
    assert clear is not None and not hold_open(b.store.safety.latest_red_flag(), clear.at)


def test_a_rating_given_after_its_session_was_shared_follows_it(two):
    a, b, folder = two
    import_records(a.store.conn, [record(day(1), rated=False)])
    a.sync(folder, "desk")
    b.sync(folder, "laptop")
    (sid,) = a.store.conn.execute("SELECT id FROM sessions").fetchone()
    a.store.sessions.rate(sid, "after", Rating(tension=2, pain=1, note="better"))
    assert a.sync(folder, "desk").written == 1
    assert b.sync(folder, "laptop").ratings == 1
    assert sessions(a) == sessions(b)


def test_a_deletion_on_one_computer_deletes_everywhere_for_good(two):
    a, b, folder = two
    import_records(a.store.conn, [record(day(1)), record(day(2))])
    a.sync(folder, "desk")
    b.sync(folder, "laptop")
    (sid,) = b.store.conn.execute("SELECT id FROM sessions WHERE uid = ?", (record(day(1)).uid,)).fetchone()
    token = b.delete(sid)
    assert token is not None
    b.sync(folder, "laptop")
    assert not b.undo(token)  # the others were told already: the deletion stands
    assert a.sync(folder, "desk").deletions == 1
    assert list(sessions(a)) == [record(day(2)).uid] == list(sessions(b))
    # A late copy of the old journal (a sync tool's conflict copy) brings nothing back.
    (journal,) = folder.glob(f"{device_id(a.store.conn)}.*.kcj")
    shutil.copy(journal, folder / f"{journal.stem}.sync-conflict-20261126-090000-ABCDEFG.kcj")
    for service, name in ((a, "desk"), (b, "laptop")):
        again = service.sync(folder, name)
        assert again.sessions == 0 and list(sessions(service)) == [record(day(2)).uid]


def test_undo_before_the_next_sync_keeps_the_session_everywhere(two):
    a, b, folder = two
    import_records(a.store.conn, [record(day(1))])
    (sid,) = a.store.conn.execute("SELECT id FROM sessions").fetchone()
    token = a.delete(sid)
    assert token is not None and a.undo(token)
    a.sync(folder, "desk")
    b.sync(folder, "laptop")
    assert list(sessions(b)) == [record(day(1)).uid]


def test_delete_all_everywhere_clears_every_computer_and_this_computers_journal(two):
    a, b, folder = two
    import_records(a.store.conn, [record(day(1))])
    import_records(b.store.conn, [record(day(2))])
    for service, name in ((a, "desk"), (b, "laptop"), (a, "desk")):
        service.sync(folder, name)
    old = list(folder.glob(f"{device_id(a.store.conn)}.*.kcj"))
    assert a.delete_all(everywhere=True) == 2
    assert a.clear_journal(folder, "desk") == len(old) == 1
    (journal,) = folder.glob(f"{device_id(a.store.conn)}.*.kcj")
    assert journal not in old and b"stiff" not in journal.read_bytes()  # only the deletions are left
    assert b.sync(folder, "laptop").deletions == 2
    assert sessions(b) == {} == sessions(a)
    a.sync(folder, "desk")
    assert sessions(a) == {}


def test_delete_all_here_only_forgets_the_folder_and_a_new_sync_brings_the_history_back(two):
    a, b, folder = two
    import_records(a.store.conn, [record(day(1))])
    a.sync(folder, "desk")
    b.sync(folder, "laptop")
    assert b.delete_all() == 1
    assert b.sync(folder, "laptop").sessions == 1


def test_a_missing_or_read_only_folder_is_said_and_the_history_is_unchanged(two, tmp_path):
    a, _, folder = two
    with pytest.raises(SyncProblem, match="does not exist"):
        a.sync(tmp_path / "gone", "desk")
    (tmp_path / "file").write_text("x")
    with pytest.raises(SyncProblem, match="is not a folder"):
        a.sync(tmp_path / "file", "desk")
    folder.chmod(0o755)
    assert a.sync(folder, "desk").open_to_others


def test_the_journal_rotates_and_every_file_is_read(two, monkeypatch):
    import kneecare.store.sync_folder as sync_folder

    a, b, folder = two
    monkeypatch.setattr(sync_folder, "ROTATE_BYTES", 2000)
    for n in range(6):
        import_records(a.store.conn, [record(day(n))])
        a.sync(folder, "desk")
    files = sorted(folder.glob("*.kcj"))
    assert len(files) >= 2
    assert sum(len(parse(f.read_bytes()).records) for f in files) == 6
    assert b.sync(folder, "laptop").sessions == 6
    assert sessions(a) == sessions(b)


def test_a_session_running_now_is_shared_only_once_it_has_ended(two):
    a, b, folder = two
    a.store.sessions.begin(
        program="quick", kind="knee", knees="left", planned_seconds=120, phase_count=2, started_at=NOW
    )
    assert a.sync(folder, "desk").written == 0
    import_records(a.store.conn, [replace(record(day(1)), uid=record(day(1)).uid)])
    assert a.sync(folder, "desk").written == 1
    assert b.sync(folder, "laptop").sessions == 1
