"""The real app, killed with SIGKILL in the middle of a session, loses nothing it had recorded: the next
start marks the session interrupted at the last moment written, with every finished phase kept."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.system import need
from tests.helpers.xvfb import (
    answer_first_screening,
    find_window,
    key,
    kneecare_command,
    wait_painted,
    x_env,
    xvfb,
)

pytestmark = pytest.mark.e2e


def phases_written(db: Path) -> list[tuple[int, str]]:
    """What the running app has committed so far, read the way another program would."""
    if not db.exists():
        return []
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return [(r[0], r[1]) for r in conn.execute("SELECT idx, status FROM session_phases ORDER BY idx")]
    except sqlite3.OperationalError:  # the schema is not there yet
        return []
    finally:
        conn.close()


def wait_for(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def test_a_session_killed_mid_way_is_interrupted_at_the_next_start_with_its_finished_phases(tmp_path):
    need("Xvfb", "xdotool", "import")
    data = tmp_path / "data"
    (data / "config").mkdir(parents=True)
    (data / "config" / "settings.json").write_text(json.dumps({"program_id": "quick", "knees": "left"}))
    db = data / "kneecare.sqlite3"
    with xvfb() as display:
        app = subprocess.Popen(
            [*kneecare_command(), "--data-dir", str(data)],
            env=x_env(display),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            window = find_window(display, app.pid, name="^KneeCare$")
            answer_first_screening(display, app.pid, tmp_path / "first.png")
            key(display, window, "space")
            key(display, find_window(display, app.pid, name="^Before you start"), "n")  # legs: fine
            key(display, find_window(display, app.pid, name="^Rate your knees$"), "Escape")  # no rating
            # "Settle in" runs its 10 seconds and ends completed; the next two steps are skipped.
            wait_for(lambda: len(phases_written(db)) == 1, 30, "the first step to be written")
            key(display, window, "Right")
            wait_for(lambda: len(phases_written(db)) == 2, 10, "the first skip to be written")
            key(display, window, "Right")
            wait_for(lambda: len(phases_written(db)) == 3, 10, "the second skip to be written")
            app.send_signal(signal.SIGKILL)  # the power goes, mid-way through "Find the hollow"
            assert app.wait(timeout=10) == -signal.SIGKILL
        finally:
            if app.poll() is None:
                app.kill()
                app.communicate()  # reaped, so its pipe is not left to a later test's collection

        conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
        (status,) = conn.execute("SELECT status FROM sessions").fetchone()
        conn.close()
        assert status == "in_progress"  # as the killed app left it

        again = subprocess.Popen(
            [*kneecare_command(), "--data-dir", str(data), "--verbose"],
            env=x_env(display),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            window = find_window(display, again.pid, name="^KneeCare$")
            wait_painted(display, window, tmp_path / "again.png")
            key(display, window, "ctrl+q")
            output, _ = again.communicate(timeout=20)
        finally:
            if again.poll() is None:
                again.kill()
                again.communicate()  # reaped, so its pipe is not left to a later test's collection
    assert again.returncode == 0, output
    assert "marked 1 session(s) left in progress as interrupted" in output

    exported = subprocess.run(
        [sys.executable, "-m", "kneecare", "export", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        check=True,
    )
    (session,) = json.loads(exported.stdout)
    assert session["status"] == "interrupted" and session["program"] == "quick" and session["knees"] == "left"
    assert [(p["index"], p["status"]) for p in session["phases"]] == [
        (0, "completed"),
        (1, "skipped"),
        (2, "skipped"),
    ]
    assert session["phases"][0]["seconds"] == 10.0
    assert session["phases_done"] == 1
    assert session["ended_at"] == session["phases"][2]["ended_at"]  # the last moment that was written
    assert session["done_seconds"] == pytest.approx(sum(p["seconds"] for p in session["phases"]))
