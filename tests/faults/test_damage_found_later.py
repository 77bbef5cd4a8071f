"""Issue 15, point 2: damage found later in the day (the full check runs once a day, so the file opened
without it) is a message in the history window, not a traceback; the store restores and recovers the
same way as at start, and the daily backup never copies a file that fails its check."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from kneecare.core.clock import FakeClock
from kneecare.settings import Settings
from kneecare.store.backup import daily_backup
from kneecare.store.records import iter_records
from kneecare.store.store import Store
from kneecare.ui.history import History
from tests.faults.history import NOW, add_sessions, damage_middle_page, leaf_pages, record

BACKED_UP, SESSIONS = 180, 200


def checked_today_then_damaged(tmp_path):
    """A history opened (and fully checked) this morning, with yesterday's backup; then a page of its
    sessions goes bad on disk. Opened again today, the full check does not run."""
    path = tmp_path / "kneecare.sqlite3"
    store, _ = Store.open(path, NOW - timedelta(days=1))
    add_sessions(store, range(BACKED_UP))
    assert daily_backup(store.conn, store.backups, date(2026, 11, 25)) is not None
    add_sessions(store, range(BACKED_UP, SESSIONS))
    store.close()
    store, opened = Store.open(path, NOW)
    assert opened.checked
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    leaves = leaf_pages(path, "sessions")
    damage_middle_page(path, leaves[len(leaves) // 2])
    store, opened = Store.open(path, NOW + timedelta(hours=3))
    assert opened.recovery is None and not opened.checked  # not found at start: found later
    return store


def test_the_history_window_shows_a_message_and_the_history_comes_back(tmp_path, qtbot):
    store = checked_today_then_damaged(tmp_path)
    history = History(store, FakeClock(NOW + timedelta(hours=3)), {}, Settings, lambda s: None)
    history.show()
    window = history.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.loaded)
    (box,) = window.findChildren(QMessageBox, "historyTrouble")  # what the person sees
    assert box.isVisible() and box.text().startswith("KneeCare had a problem with your history just now.")
    details = box.detailedText()
    assert str(store.backups) in details and f"({BACKED_UP} sessions)" in details
    assert f"recovered {SESSIONS - BACKED_UP} sessions" in details
    assert window.model.rowCount() > 0 and store.sessions.count() == SESSIONS
    assert list(iter_records(store.conn)) == [record(n) for n in range(SESSIONS)]
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert list(tmp_path.glob("kneecare.sqlite3.corrupt-*[0-9]"))  # the damaged file, kept
    store.close()


def test_the_daily_backup_refuses_a_file_that_fails_its_check(tmp_path):
    store = checked_today_then_damaged(tmp_path)
    before = sorted(p.name for p in store.backups.iterdir())
    assert daily_backup(store.conn, store.backups, date(2026, 11, 27)) is None
    assert sorted(p.name for p in store.backups.iterdir()) == before
    store.close()


def test_the_store_s_daily_backup_repairs_first_and_says_so(tmp_path):
    store = checked_today_then_damaged(tmp_path)
    told = []
    store.on_recovered = told.append
    copy = store.backup_if_due(NOW + timedelta(days=1))
    assert copy is not None and len(told) == 1 and told[0].total_sessions == SESSIONS
    assert store.sessions.count() == SESSIONS
    store.close()


def test_an_error_that_is_not_damage_changes_nothing(tmp_path):
    path = tmp_path / "kneecare.sqlite3"
    store, _ = Store.open(path, NOW)
    add_sessions(store, range(3))
    with pytest.raises(Exception) as caught:
        store.conn.execute("SELECT * FROM no_such_table")
    assert "passes its check" in store.trouble(caught.value, NOW)
    assert store.sessions.count() == 3 and not list(tmp_path.glob("*.corrupt-*"))
    store.close()
