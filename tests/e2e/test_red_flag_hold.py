"""A red flag holds past midnight, with the real app under Xvfb and the wall clock moved by libfaketime:
"yes" to the daily leg question, quit, start again a day later, Space, and the follow-up question comes
first; "no" starts nothing and records nothing; "yes, it is back to normal" lets the session start."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.e2e.test_tray_and_reminders import wait_for
from tests.helpers.system import in_ci, need
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


def libfaketime() -> str:
    """Debian's libfaketime (package `faketime`); skipped without it, but a failure under CI."""
    found = sorted(Path("/usr/lib").glob("*/faketime/libfaketime.so.1"))
    if found:
        return str(found[0])
    reason = "needs libfaketime (Debian: apt-get install faketime; see .ci/run)"
    if in_ci():
        pytest.fail(f"CI must not skip: {reason}")
    pytest.skip(reason)


def start_at(display: str, data: Path, when: str, library: str) -> subprocess.Popen[str]:
    """The real app, its wall clock starting at `when` (local time) and running on."""
    env = x_env(
        display,
        LD_PRELOAD=library,
        FAKETIME=f"@{when}",
        FAKETIME_DONT_RESET="1",
        TZ="Europe/Berlin",
    )
    return subprocess.Popen(
        [*kneecare_command(), "--data-dir", str(data)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def rows(data: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{data / 'kneecare.sqlite3'}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def quit_app(display: str, window: str, proc: subprocess.Popen[str]) -> str:
    key(display, window, "ctrl+q")
    output, _ = proc.communicate(timeout=30)
    assert proc.returncode == 0, output
    assert "Traceback" not in output, output
    return output


def test_a_red_flag_still_holds_the_next_day_until_the_follow_up_gets_an_all_clear(tmp_path):
    """Article: "If you have risk factors for DVT (swollen, hot, painful leg), seek medical attention
    rather than massaging." and "For persistent swelling, pain, or sudden changes in a leg (warmth, severe
    swelling, redness), see a healthcare professional promptly." """
    need("Xvfb", "xdotool", "import")
    library = libfaketime()
    data = tmp_path / "data"
    with xvfb() as display:
        # Monday evening: the questions, then Space, and "yes" to the leg question.
        proc = start_at(display, data, "2026-12-07 21:30:00", library)
        try:
            window = find_window(display, proc.pid, name="^KneeCare$")
            answer_first_screening(display, proc.pid, tmp_path / "questions.png")
            key(display, window, "space")
            check = find_window(display, proc.pid, name="^Before you start")
            wait_painted(display, check, tmp_path / "check.png")
            key(display, check, "y")
            held = find_window(display, proc.pid, name="^Sessions are on hold")
            key(display, held, "Escape")
            quit_app(display, window, proc)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate(timeout=30)  # reaped, its pipe closed: nothing left for a later test
        flags = rows(data, "SELECT day, red_flag FROM daily_checks")
        assert flags == [("2026-12-07", 1)]

        # Tuesday morning, a new start of the app: Space asks the follow-up first; "no" holds.
        proc = start_at(display, data, "2026-12-08 10:00:00", library)
        try:
            window = find_window(display, proc.pid, name="^KneeCare$")
            wait_painted(display, window, tmp_path / "window.png")
            key(display, window, "space")
            follow_up = find_window(display, proc.pid, name="^How is your leg now")
            wait_painted(display, follow_up, tmp_path / "follow-up.png")
            key(display, follow_up, "n")
            still = find_window(display, proc.pid, name="^Sessions stay on hold")
            wait_painted(display, still, tmp_path / "still-held.png")
            assert rows(data, "SELECT COUNT(*) FROM sessions") == [(0,)]
            assert rows(data, "SELECT COUNT(*) FROM leg_all_clears") == [(0,)]
            key(display, still, "Escape")
            # Space again: the follow-up again; "yes, it is back to normal" lets the session start.
            key(display, window, "space")
            follow_up = find_window(display, proc.pid, name="^How is your leg now")
            wait_painted(display, follow_up, tmp_path / "follow-up-2.png")
            key(display, follow_up, "y")
            # The quick "before" rating comes next (the session's own gate): Esc skips it.
            key(display, find_window(display, proc.pid, name="^Rate your knees$"), "Escape")
            clears = rows(data, "SELECT how, zone, substr(at_utc, 1, 10) FROM leg_all_clears")
            assert clears == [("back_to_normal", "Europe/Berlin", "2026-12-08")]
            # The session's first write follows the rating's close in the app's own time.
            wait_for(lambda: rows(data, "SELECT COUNT(*) FROM sessions") != [(0,)], 10, "the session's row")
            sessions = rows(data, "SELECT status, local_day FROM sessions")
            assert sessions == [("in_progress", "2026-12-08")]
            quit_app(display, window, proc)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate(timeout=30)  # reaped, its pipe closed: nothing left for a later test
    log = (data / "logs" / "kneecare.log").read_text()
    assert "follow-up answered no" in log and "leg all-clear (back_to_normal)" in log
