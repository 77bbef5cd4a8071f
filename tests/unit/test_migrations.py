"""Every released schema version opens in this KneeCare with everything it held: a committed fixture per
version (made by tests/fixtures/make_db_fixtures.py) is migrated and read back through today's code."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from kneecare.store.db import user_version
from kneecare.store.exchange import record_to_json
from kneecare.store.records import iter_records
from kneecare.store.schema import CURRENT_VERSION
from kneecare.store.store import Store

FIXTURES = Path(__file__).parents[1] / "fixtures" / "db"
NOW = datetime(2027, 1, 5, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))

# Every released schema version. Releasing version N: run `make_db_fixtures.py N`, add N here.
RELEASED = [1, 2]


def test_each_released_version_has_its_fixture_and_no_version_is_left_out():
    assert list(range(1, len(RELEASED) + 1)) == RELEASED
    assert max(RELEASED) <= CURRENT_VERSION
    assert sorted(int(p.stem[1:]) for p in FIXTURES.glob("v*.sqlite3")) == RELEASED
    for version in RELEASED:
        conn = sqlite3.connect(f"{(FIXTURES / f'v{version}.sqlite3').as_uri()}?mode=ro", uri=True)
        assert user_version(conn) == version
        conn.close()


def same(want: Any, got: Any, where: str) -> None:
    """Everything the old version recorded is still there and equal (newer fields may be added)."""
    if isinstance(want, dict):
        assert isinstance(got, dict), where
        for key, value in want.items():
            assert key in got, f"{where}.{key} is gone"
            same(value, got[key], f"{where}.{key}")
    elif isinstance(want, list):
        assert isinstance(got, list) and len(got) == len(want), where
        for i, (w, g) in enumerate(zip(want, got, strict=True)):
            same(w, g, f"{where}[{i}]")
    else:
        assert got == want, f"{where}: {got!r} != {want!r}"


@pytest.mark.parametrize("version", RELEASED)
def test_a_history_from_a_released_version_opens_with_everything_it_held(version, tmp_path):
    path = tmp_path / "kneecare.sqlite3"
    shutil.copy(FIXTURES / f"v{version}.sqlite3", path)
    expected = json.loads((FIXTURES / f"v{version}.expected.json").read_text(encoding="utf-8"))

    store, opened = Store.open(path, NOW)

    assert user_version(store.conn) == CURRENT_VERSION
    assert opened.notice is None
    if version < CURRENT_VERSION:
        assert opened.migrated_from == version
        (copy,) = (tmp_path / "backups").glob(f"pre-migration-v{version}-*.sqlite3")
        assert user_version(sqlite3.connect(copy)) == version
    exported = {r.uid: record_to_json(r) for r in iter_records(store.conn)}
    assert sorted(exported) == sorted(s["uid"] for s in expected["sessions"])
    for session in expected["sessions"]:
        same(session, exported[session["uid"]], session["uid"])
    for table, rows in expected["tables"].items():
        columns = ", ".join(rows[0])
        got = [dict(r) for r in store.conn.execute(f"SELECT {columns} FROM {table} ORDER BY rowid")]
        assert [r for r in got if r in rows] == rows, table  # all kept, in order (new rows may join)

    # Today's code reads and writes it as its own.
    assert store.sessions.mark_interrupted() == []
    assert store.sessions.done_days() == [date(2026, 3, 28)]
    tallies = store.sessions.day_tallies(date(2026, 1, 1))
    assert tallies[date(2026, 11, 1)].other == 2  # both New York sessions of the fall-back night
    new_id = store.sessions.begin(
        program="quick", kind="knee", knees="left", planned_seconds=120, phase_count=6, started_at=NOW
    )
    assert store.sessions.get(new_id).status == "in_progress"
    store.close()


def test_version_2_lets_a_session_be_skipped_and_keeps_every_phase_of_a_version_1_history(tmp_path):
    path = tmp_path / "kneecare.sqlite3"
    shutil.copy(FIXTURES / "v1.sqlite3", path)
    before = sqlite3.connect(path)
    phases = before.execute("SELECT COUNT(*) FROM session_phases").fetchone()[0]
    before.close()
    store, _ = Store.open(path, NOW)
    conn = store.conn
    assert conn.execute("SELECT COUNT(*) FROM session_phases").fetchone()[0] == phases > 0
    uid = conn.execute("SELECT uid FROM sessions LIMIT 1").fetchone()[0]
    conn.execute("UPDATE sessions SET status = 'skipped' WHERE uid = ?", (uid,))
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE sessions SET status = 'nonsense' WHERE uid = ?", (uid,))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    store.close()


@pytest.mark.parametrize("version", RELEASED)
def test_version_3_gives_every_safety_record_a_uid_and_keeps_every_row(version, tmp_path):
    path = tmp_path / "kneecare.sqlite3"
    shutil.copy(FIXTURES / f"v{version}.sqlite3", path)
    tables = ("sessions", "session_phases", "ratings", "safety_events", "screenings", "daily_checks")
    before = sqlite3.connect(path)
    counts = {t: before.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
    before.close()
    store, _ = Store.open(path, NOW)
    conn = store.conn
    assert {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables} == counts
    for table in ("screenings", "daily_checks", "leg_all_clears"):
        uids = [r[0] for r in conn.execute(f"SELECT uid FROM {table}")]
        assert None not in uids and len(set(uids)) == len(uids), table
        assert conn.execute(f"SELECT COUNT(*) FROM {table} WHERE origin IS NOT NULL").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM sessions WHERE origin IS NOT NULL").fetchone()[0] == 0
    conn.execute(
        "INSERT INTO daily_checks (day, at_utc, zone, red_flag) VALUES ('2027-01-05', 'x', 'UTC', 1)"
    )
    (uid,) = conn.execute("SELECT uid FROM daily_checks WHERE at_utc = 'x'").fetchone()
    assert uid is not None and len(uid) == 32  # a row written without one gets one
    for table in ("sync_tombstones", "sync_published", "sync_read", "sync_devices"):
        assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()
