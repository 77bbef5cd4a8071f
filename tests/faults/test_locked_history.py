"""Issue 15, point 1: a history another process holds locked is not damage. Nothing is renamed, no empty
history replaces it, the person is told it is in use, and once the lock goes the history opens whole."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kneecare.store.db import StoreError
from kneecare.store.store import Store
from tests.faults.history import NOW, locked, real_history, uids

SESSIONS = 40
LOCKED = 5  # the exit code of import and export when the history stays in use (kneecare.__main__.LOCKED)


def cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kneecare", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def only_the_history(folder):
    """The history's own file and SQLite's side files; never a file moved aside or one being rebuilt."""
    names = sorted(p.name for p in folder.iterdir() if p.name.startswith("kneecare.sqlite3"))
    return [n for n in names if not n.endswith(("-wal", "-shm"))]


def test_opening_a_locked_history_says_so_and_changes_nothing(tmp_path):
    path = real_history(tmp_path, SESSIONS)
    before = uids(path)
    with locked(path):
        with pytest.raises(StoreError, match="in use by another program"):
            Store.open(path, NOW, wait=0.3)  # the first start of a day: the full check would run
        assert only_the_history(tmp_path) == ["kneecare.sqlite3"]  # nothing renamed, nothing new
    store, opened = Store.open(path, NOW)  # the retry, once the other program let go
    assert opened.notice is None and opened.recovery is None and not opened.read_only
    assert {s.uid for s in store.sessions.recent(1000)} == before and len(before) == SESSIONS
    store.close()


@pytest.mark.parametrize("command", ["import", "export"])
def test_import_and_export_give_up_after_their_wait_with_a_clear_message(tmp_path, command):
    path = real_history(tmp_path, SESSIONS)
    export = tmp_path / "in.json"
    export.write_text("[]", encoding="utf-8")
    args = [str(export)] if command == "import" else ["--output", str(tmp_path / "out.json")]
    with locked(path):
        run = cli(command, "--data-dir", str(tmp_path), "--wait", "0.5", *args)
        _out, err = run.communicate(timeout=60)
    assert run.returncode == LOCKED, err
    assert "in use by another program" in err and "Traceback" not in err
    assert "Nothing was imported" in err if command == "import" else "Nothing was exported" in err
    assert only_the_history(tmp_path) == ["kneecare.sqlite3"]
    assert not (tmp_path / "out.json").exists()
    assert uids(path) == {r for r in uids(path)} and len(uids(path)) == SESSIONS


@pytest.mark.parametrize("command", ["import", "export"])
def test_import_and_export_wait_for_the_lock_and_then_succeed(tmp_path, command):
    path = real_history(tmp_path, SESSIONS)
    export = tmp_path / "in.json"
    export.write_text("[]", encoding="utf-8")
    out_file = tmp_path / "out.json"
    args = [str(export)] if command == "import" else ["--output", str(out_file)]
    with locked(path) as lock:
        run = cli(command, "--data-dir", str(tmp_path), "--wait", "60", *args)
        assert run.stderr is not None
        assert "in use by another program; waiting" in run.stderr.readline()
        lock.release()  # the other program lets go while KneeCare waits
        _out, err = run.communicate(timeout=60)
    assert run.returncode == 0, err
    assert only_the_history(tmp_path) == ["kneecare.sqlite3"]
    assert len(uids(path)) == SESSIONS
    if command == "export":
        assert out_file.read_text(encoding="utf-8").count('"uid"') == SESSIONS


def test_the_app_says_the_history_is_in_use_and_starts_when_it_is_free(tmp_path, qtbot, monkeypatch):
    """The start path the app runs (`kneecare.startup.store_gate.open_store`): a dialog that tries again
    by itself."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kneecare.core.clock import FakeClock
    from kneecare.startup import store_gate

    monkeypatch.setattr(store_gate, "RETRY_MS", 100)
    monkeypatch.setattr(store_gate, "FIRST_WAIT", 0.1)
    path = real_history(tmp_path, SESSIONS)
    seen: list[str] = []
    with locked(path) as lock:

        def watch() -> None:
            boxes = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.objectName() == "historyLocked" and w.isVisible()
            ]
            if not boxes:
                return
            seen.append(boxes[0].text())
            assert only_the_history(tmp_path) == ["kneecare.sqlite3"]  # nothing moved while it waits
            watcher.stop()
            lock.release()

        watcher = QTimer()
        watcher.setInterval(20)
        watcher.timeout.connect(watch)
        watcher.start()
        found = store_gate.open_store(path, FakeClock(NOW))
        watcher.stop()
    assert seen and "in use by another program" in seen[0] and "try again" in seen[0]
    assert found is not None
    store, opened = found
    assert opened.recovery is None and store.sessions.count() == SESSIONS
    assert only_the_history(tmp_path) == ["kneecare.sqlite3"]
    store.close()
