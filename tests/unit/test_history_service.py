"""The history service, without Qt, as the history window and the command line use it: what the view
reads, delete with an undo token that brings a session back whole, delete all, export, the one checked
import path, and database trouble said in words (locked, read-only, damaged and repaired)."""

from __future__ import annotations

import io
import json
import sqlite3
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kneecare.core.clock import FakeClock
from kneecare.core.stats import Rating
from kneecare.store import exchange
from kneecare.store.db import transaction
from kneecare.store.records import PhaseRow, SafetyRow, SessionRecord, insert_record, load_record
from kneecare.store.service import HistoryService, HistoryTrouble, ImportProblem
from kneecare.store.store import Store

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=BERLIN)  # a Thursday


def record(
    start: datetime, status: str = "completed", kind: str = "knee", **changes: object
) -> SessionRecord:
    made = SessionRecord(
        uid=f"{start.isoformat()}|quick",
        program="quick",
        kind=kind,
        knees="left",
        started_at=start,
        zone="Europe/Berlin",
        ended_at=start + timedelta(seconds=240),
        status=status,
        planned_seconds=240.0,
        done_seconds=240.0 if status == "completed" else 100.0,
        phase_count=3,
        phases_done=3,
        before=Rating(tension=6, pain=2, note="stiff"),
        after=Rating(tension=3),
        phases=tuple(
            PhaseRow(i, "pressure", "left", "completed", 40.0, start + timedelta(seconds=40 * (i + 1)))
            for i in range(3)
        ),
        safety_events=(
            SafetyRow(
                "tingling", 1, "pressure", "left", start + timedelta(seconds=50), "Europe/Berlin", 50.0
            ),
        ),
    )
    return replace(made, **changes)  # type: ignore[arg-type]


def day(n: int, hour: int = 8) -> datetime:
    return datetime(2026, 11, n, hour, tzinfo=BERLIN)


@pytest.fixture
def service(tmp_path: Path):
    history, _ = HistoryService.open(tmp_path / "kneecare.sqlite3", FakeClock(NOW))
    yield history
    history.close()


def add(history: HistoryService, *records: SessionRecord) -> None:
    with transaction(history.store.conn):
        for r in records:
            insert_record(history.store.conn, r)


def test_the_overview_is_read_once_with_tallies_streaks_ratings_and_the_count(service):
    add(
        service,
        record(day(26)),
        record(day(25)),
        record(day(24), status="stopped"),
        record(day(23)),
        record(day(26, 10), kind="routine", uid="pumps|ankle_pumps", program="ankle_pumps"),
        record(day(1)),  # before the month shown: its ratings are not read
    )
    seen = service.overview(counts_routines=False, days=7)
    assert seen.today == date(2026, 11, 26) and seen.total == 6
    assert seen.tallies[date(2026, 11, 26)].done == 1  # the routine does not count for the goal
    assert seen.tallies[date(2026, 11, 24)].other == 1
    assert (seen.streaks.current, seen.streaks.best, seen.streaks.done_today) == (2, 2, True)
    assert seen.rated_from == date(2026, 11, 20)
    assert [r.day.day for r in seen.rated] == [23, 24, 25, 26, 26]
    assert service.overview(counts_routines=True, days=7).tallies[date(2026, 11, 26)].done == 2
    assert service.rated_since(date(2026, 11, 1))[0].day == date(2026, 11, 1)


def test_the_table_is_read_a_page_at_a_time_newest_first_and_by_kind(service):
    add(service, *(record(day(26) - timedelta(hours=5 * n)) for n in range(7)))
    add(service, record(day(26, 12), kind="routine", uid="pumps|ankle_pumps", program="ankle_pumps"))
    first = service.lines(3)
    assert [line.session.started_at for line in first] == [day(26, 12), day(26), day(26, 3)]
    after = service.lines(3, after=first[-1].key)
    assert after[0].session.started_at == day(25, 22)
    assert [line.session.kind for line in service.lines(10, kinds=("routine",))] == ["routine"]
    assert len(service.lines(10, kinds=("knee",))) == 7 and service.count() == 8
    assert first[1].before == Rating(tension=6, pain=2, note="stiff") and first[1].safety_count == 1


def test_a_deleted_session_comes_back_whole_with_its_undo_token(service):
    add(service, record(day(26)), record(day(25)))
    line = service.lines(10)[1]
    whole = service.details(line.session.id)
    assert whole is not None and whole.safety_events and whole.before is not None
    token = service.delete(line.session.id)
    assert token is not None and token.record == whole
    assert service.count() == 1 and service.details(line.session.id) is None
    assert service.undo(token) is True
    back = next(x for x in service.lines(10) if x.session.uid == whole.uid)
    assert load_record(service.store.conn, back.session.id) == whole


def test_undo_says_no_when_the_session_is_back_already_and_a_running_one_is_never_deleted(service, tmp_path):
    add(service, record(day(26)))
    session_id = service.lines(1)[0].session.id
    token = service.delete(session_id)
    assert token is not None
    export = tmp_path / "x.json"
    export.write_text(json.dumps([exchange.record_to_json(token.record)]), encoding="utf-8")
    assert service.import_file(export).added == 1  # imported again meanwhile
    assert service.undo(token) is False and service.count() == 1
    running = service.store.sessions.begin(
        program="quick", kind="knee", knees="left", planned_seconds=60, phase_count=1, started_at=NOW
    )
    assert service.delete(running) is None and service.count() == 2


def test_delete_all_removes_every_session_and_the_backups(service):
    add(service, record(day(26)), record(day(25)))
    assert service.store.backup_if_due(NOW) is not None
    assert service.delete_all() == 2
    assert service.count() == 0 and list(service.store.backups.glob("*.sqlite3")) == []


def test_export_to_a_file_or_a_stream_then_import_elsewhere_skips_what_is_there(service, tmp_path):
    add(service, record(day(26)), record(day(25)))
    out = tmp_path / "out.json"
    assert service.export(out, "json") == 2
    stream = io.StringIO()
    assert service.write("csv", stream) == 2 and stream.getvalue().startswith("uid,started_at")
    other, _ = HistoryService.open(tmp_path / "other.sqlite3", FakeClock(NOW))
    try:
        result = other.import_file(out)
        assert (result.added, result.already) == (2, 0)
        assert other.import_file(out).already == 2 and other.count() == 2
    finally:
        other.close()
    with pytest.raises(OSError):
        service.export(tmp_path / "no" / "such" / "folder.json", "json")


def test_the_import_check_takes_a_bom_and_refuses_a_session_twice_a_bad_field_and_a_huge_file(
    service, tmp_path, monkeypatch
):
    entry = exchange.record_to_json(record(day(26)))
    path = tmp_path / "in.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps([entry]).encode())
    assert len(HistoryService.check_import(path).records) == 1  # a UTF-8 byte order mark is fine
    path.write_text(json.dumps([entry, entry]), encoding="utf-8")
    with pytest.raises(ImportProblem, match="entries 1 and 2 are the same session"):
        service.import_file(path)
    path.write_text(json.dumps([{**entry, "status": "great"}]), encoding="utf-8")
    with pytest.raises(ImportProblem, match="field 'status'"):
        service.import_file(path)
    path.write_bytes(b"\xff\xfe[]")
    with pytest.raises(UnicodeDecodeError):
        service.import_file(path)
    monkeypatch.setattr(exchange, "MAX_IMPORT_BYTES", 10)
    path.write_text(json.dumps([entry]), encoding="utf-8")
    with pytest.raises(ImportProblem, match="larger than"):
        service.import_file(path)
    assert service.count() == 0  # nothing changed, whatever was wrong


def test_a_history_another_connection_holds_is_said_as_locked_and_changes_nothing(service):
    add(service, record(day(26)))
    service.store.conn.execute("PRAGMA busy_timeout = 0")  # no waiting in a unit test
    other = sqlite3.connect(service.store.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(HistoryTrouble) as caught:
            service.delete_all()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert caught.value.locked and "in use by another program" in caught.value.details
    assert not isinstance(caught.value.__cause__, HistoryTrouble)
    assert service.count() == 1


def test_a_history_that_can_only_be_read_says_so(tmp_path):
    path = tmp_path / "kneecare.sqlite3"
    store, _ = Store.open(path, NOW)
    store.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA query_only = ON")
    history = HistoryService(Store(conn, path, read_only=True), FakeClock(NOW))
    try:
        assert history.read_only and history.count() == 0
        with pytest.raises(HistoryTrouble) as caught:
            history.delete_all()
        assert "can only be read" in caught.value.details and not caught.value.locked
    finally:
        history.close()


def test_reading_for_export_copies_the_history_and_makes_nothing_when_there_is_none(tmp_path):
    missing = tmp_path / "none" / "kneecare.sqlite3"
    empty = HistoryService.for_reading(missing, FakeClock(NOW))
    assert empty.count() == 0 and not missing.parent.exists()
    empty.close()
    history, _ = HistoryService.open(tmp_path / "kneecare.sqlite3", FakeClock(NOW))
    add(history, record(day(26)))
    history.close()
    copy = HistoryService.for_reading(tmp_path / "kneecare.sqlite3", FakeClock(NOW))
    try:
        assert copy.read_only and copy.count() == 1
        copy.delete_all()  # the private copy only
    finally:
        copy.close()
    again = HistoryService.for_reading(tmp_path / "kneecare.sqlite3", FakeClock(NOW))
    assert again.count() == 1
    again.close()
