"""A delete's Undo while another program holds the history: before, the refused write was only logged,
the Undo bar went away and the deleted session was lost for good. Now the person is told the history is
in use, Undo stays offered, and once the other program lets go it brings the session back whole."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from kneecare.core.clock import FakeClock
from kneecare.settings import Settings
from kneecare.store.records import iter_records
from kneecare.store.store import Store
from kneecare.ui.history import History
from tests.faults.history import NOW, real_history


def test_undo_refused_by_a_lock_stays_offered_and_brings_the_session_back_later(tmp_path, qtbot):
    path = real_history(tmp_path, 3)
    store, _ = Store.open(path, NOW)
    store.conn.execute("PRAGMA busy_timeout = 200")  # the lock is said after 0.2 s, not 5
    everything = list(iter_records(store.conn))
    history = History(store, FakeClock(NOW), {}, Settings, lambda s: None)
    history.show()
    window = history.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.loaded)
    window.tabs.setCurrentIndex(1)
    window.table.selectRow(0)
    window.delete_selected()
    assert store.sessions.count() == 2 and window.undo_bar.isVisible()

    other = sqlite3.connect(path, isolation_level=None)  # another program writing to the history
    other.execute("BEGIN EXCLUSIVE")
    try:
        window.undo_delete()
        boxes = window.findChildren(QMessageBox, "historyTrouble")
        assert boxes and "in use by another program" in boxes[0].detailedText()
        assert window.undo_bar.isVisible()  # still offered
    finally:
        other.execute("ROLLBACK")
        other.close()

    window.undo_delete()
    assert not window.undo_bar.isVisible()
    assert list(iter_records(store.conn)) == everything  # back whole
    store.close()
