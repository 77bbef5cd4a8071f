"""Issue 15, point 2: a damaged history is restored from the newest backup that passes its integrity check,
and what can still be read from the damaged file (the sessions newer than the backup) is merged back in.
The damaged file is kept; the message names the backups folder, the backup's day and the counts."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from kneecare.store.backup import daily_backup
from kneecare.store.records import iter_records
from kneecare.store.store import Store
from tests.faults.history import NOW, add_sessions, damage_middle_page, leaf_pages, record, uids

BACKED_UP, SESSIONS = 180, 200


def history_with_backups(tmp_path):
    """200 sessions; yesterday's backup holds the first 180, an older (damaged) backup sits beside it."""
    path = tmp_path / "kneecare.sqlite3"
    store, _ = Store.open(path, NOW - timedelta(days=1))
    add_sessions(store, range(BACKED_UP))
    backups = tmp_path / "backups"
    assert daily_backup(store.conn, backups, date(2026, 11, 24)) is not None
    assert daily_backup(store.conn, backups, date(2026, 11, 25)) is not None
    add_sessions(store, range(BACKED_UP, SESSIONS))
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path, backups


@pytest.mark.parametrize("btree", [None, "sessions", "session_phases", "sessions_by_start", "ratings"])
def test_a_damaged_page_restores_the_backup_and_recovers_the_newest_sessions(tmp_path, btree):
    """`btree`: whose page in the middle is damaged (None: the page in the middle of the file)."""
    path, backups = history_with_backups(tmp_path)
    newest = {record(n).uid for n in range(BACKED_UP, SESSIONS)}
    kept_before = path.read_bytes()
    if btree is None:
        damage_middle_page(path)
    else:
        leaves = leaf_pages(path, btree)
        damage_middle_page(path, leaves[len(leaves) // 2])
    damaged = path.read_bytes()
    assert damaged != kept_before
    # The newer backup is damaged too: the older one, which passes its check, is the one restored.
    newer = backups / "kneecare-2026-11-26.sqlite3"
    newer.write_bytes(damaged)

    store, opened = Store.open(path, NOW)  # the first start of the day runs the full check
    recovery = opened.recovery
    assert recovery is not None
    assert recovery.backup == backups / "kneecare-2026-11-25.sqlite3"
    assert recovery.backup_day == date(2026, 11, 25) and recovery.backup_sessions == BACKED_UP
    assert recovery.recovered_sessions == SESSIONS - BACKED_UP
    assert recovery.total_sessions == SESSIONS
    # Nothing lost: every session, each whole (phases, ratings, safety reports), as it was written.
    assert [r for r in iter_records(store.conn)] == [record(n) for n in range(SESSIONS)]
    assert {s.uid for s in store.sessions.recent(1000)} >= newest
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The message names the backups folder, the backup's day and the counts; the damaged file is kept.
    for words in (str(backups), "2026-11-25", f"({BACKED_UP} sessions)", f"recovered {SESSIONS - BACKED_UP}"):
        assert words in opened.notice
    (aside,) = tmp_path.glob("kneecare.sqlite3.corrupt-*[0-9]")
    assert aside.read_bytes() == damaged and str(aside) in opened.notice
    store.close()


def test_with_no_good_backup_what_can_be_read_is_still_recovered(tmp_path):
    path, backups = history_with_backups(tmp_path)
    for copy in backups.iterdir():
        copy.unlink()
    page = damage_middle_page(path)
    store, opened = Store.open(path, NOW)
    assert opened.recovery is not None and opened.recovery.backup is None
    assert "No usable backup was found in the backups folder" in opened.notice
    found = store.sessions.count()
    assert found == opened.recovery.recovered_sessions > SESSIONS // 2, f"page {page}"
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


def test_a_file_that_is_not_a_database_at_all_restores_the_backup(tmp_path):
    path, backups = history_with_backups(tmp_path)
    path.write_bytes(b"not a database" * 1000)
    store, opened = Store.open(path, NOW)
    assert opened.recovery is not None and opened.recovery.backup_sessions == BACKED_UP
    assert store.sessions.count() == BACKED_UP
    assert uids(backups / "kneecare-2026-11-25.sqlite3") == {s.uid for s in store.sessions.recent(1000)}
    store.close()
    sqlite3.connect(path).close()
