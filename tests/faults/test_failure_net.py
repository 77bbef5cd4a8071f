"""Issue 15.5: whatever nothing else caught is written to the log and said in one calm dialog (never a
traceback, never a cascade of dialogs); a read-only data folder or an immutable history at start is a
message, and the history is kept as it was."""

from __future__ import annotations

import hashlib
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults.support import kneecare, need_root, skip_or_fail, tmpfs


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_unexpected_failure_is_logged_and_said_once(qapp, monkeypatch, caplog, capfd):
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from kneecare.startup import problems

    monkeypatch.setenv("KNEECARE_TEST_ACCEPT_DIALOGS", "1")
    monkeypatch.setattr(problems, "_failure_shown", False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    import threading

    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    problems.install_failure_net()
    try:
        with caplog.at_level(logging.INFO):
            for n in range(3):  # a cascade: three failures in a row
                try:
                    raise ValueError(f"failure {n}")
                except ValueError:
                    sys.excepthook(*sys.exc_info())
            qWarning("a Qt warning")
    finally:
        qInstallMessageHandler(None)
    err = capfd.readouterr().err
    assert err.count("KNEECARE_DIALOG unexpected") == 1 and "ValueError: failure 0" in err
    assert "Traceback" not in err
    logged = [r for r in caplog.records if r.levelno == logging.CRITICAL]
    assert len(logged) == 3 and all(r.exc_info for r in logged)
    assert any(r.name == "qt" and "a Qt warning" in r.getMessage() for r in caplog.records)


def first_start(data: Path) -> None:
    done = kneecare("--data-dir", str(data))
    assert done.returncode == 0, done.stderr


def test_a_read_only_data_folder_at_start_is_a_message_and_nothing_is_lost(tmp_path):
    need_root("a read-only mount")
    with tmpfs("16m") as disk:
        data = disk / "d"
        first_start(data)
        (data / "logs").rename(disk / "logs-moved")  # a folder KneeCare would have to create again
        before = digest(data / "kneecare.sqlite3")
        remount = subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True, check=False)
        if remount.returncode:
            skip_or_fail(f"cannot remount read-only: {remount.stderr!r}")
        done = kneecare("--data-dir", str(data))
        assert "Traceback" not in done.stderr, done.stderr
        assert done.returncode == 0 or "KNEECARE_DIALOG" in done.stderr, done.stderr
        assert digest(data / "kneecare.sqlite3") == before


def test_an_immutable_history_at_start_is_a_message_and_nothing_is_lost(tmp_path):
    need_root("chattr +i")
    data = tmp_path / "d"
    first_start(data)
    db = data / "kneecare.sqlite3"
    for extra in ("-wal", "-shm"):
        Path(f"{db}{extra}").unlink(missing_ok=True)
    if subprocess.run(["chattr", "+i", str(db)], capture_output=True, check=False).returncode:
        skip_or_fail("chattr +i does not work on this file system")
    try:
        before = digest(db)
        done = kneecare("--data-dir", str(data))
        assert "Traceback" not in done.stderr, done.stderr
        assert done.returncode == 0 or "KNEECARE_DIALOG" in done.stderr, done.stderr
        assert digest(db) == before
    finally:
        subprocess.run(["chattr", "-i", str(db)], check=False)


@pytest.fixture(autouse=True)
def _no_immutable_left(tmp_path):
    yield
    for path in tmp_path.rglob("*"):
        subprocess.run(["chattr", "-i", str(path)], capture_output=True, check=False)
