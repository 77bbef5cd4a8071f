"""Issue 15.5: a full disk costs log lines, never the app: the log handler survives it (one line on
stderr, no traceback), and the start is neither a crash nor a false "another KneeCare is starting"."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from kneecare.logs import SmallRotatingFileHandler
from tests.faults.support import fill, kneecare, tmpfs


def sessions(db: Path) -> int:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])
    finally:
        conn.close()


def test_the_log_handler_survives_a_full_disk(capfd):
    with tmpfs("64k") as disk:
        handler = SmallRotatingFileHandler(disk / "kneecare.log", max_bytes=16 * 1024)
        logger = logging.getLogger("kneecare.test.full")
        logger.propagate = False
        logger.addHandler(handler)
        try:
            fill(disk)
            for n in range(200):  # through a full buffer, a roll-over and more
                logger.warning("line %d %s", n, "x" * 200)
            handler.flush()
        finally:
            logger.removeHandler(handler)
            handler.close()
        err = capfd.readouterr().err
        assert "Traceback" not in err and err.count("cannot write the log file") == 1, err


def test_the_app_starts_on_a_full_disk_without_a_traceback_or_a_false_second_copy():
    with tmpfs("2m") as disk:
        data = disk / "d"
        first = kneecare("--data-dir", str(data))
        assert first.returncode == 0, first.stderr
        source = Path(__file__).with_name("one-session.json")
        assert kneecare("import", str(source), "--data-dir", str(data)).returncode == 0
        for name in ("logs", "run"):  # folders and files the start will want to make again
            for path in sorted((data / name).rglob("*"), reverse=True):
                path.unlink() if path.is_file() else path.rmdir()
            (data / name).rmdir()
        db = data / "kneecare.sqlite3"
        kept = sessions(db)
        fill(disk)
        done = kneecare("--data-dir", str(data), "--verbose")
        assert "Traceback" not in done.stderr, done.stderr
        assert "another KneeCare is starting" not in done.stderr, done.stderr
        assert "already runs" not in done.stderr, done.stderr
        assert done.returncode == 0 or "KNEECARE_DIALOG" in done.stderr, done.stderr
        (disk / "filler").unlink()  # room again: the history reads back whole
        assert sessions(db) == kept == 1
