"""The installed `kneecare` opens a real window under Xvfb, answers the keyboard and closes cleanly."""

from __future__ import annotations

import subprocess

import pytest

from tests.helpers.system import need
from tests.helpers.xvfb import (
    answer_first_screening,
    colours,
    find_window,
    key,
    kneecare_command,
    screenshot,
    x_env,
    xvfb,
)

pytestmark = pytest.mark.e2e


def test_the_window_opens_starts_a_session_with_space_and_quits_with_exit_code_0(tmp_path):
    need("Xvfb", "xdotool", "import")
    data = tmp_path / "data"
    with xvfb() as display:
        proc = subprocess.Popen(
            [*kneecare_command(), "--data-dir", str(data), "--verbose"],
            env=x_env(display),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            window = find_window(display, proc.pid, name="^KneeCare$")
            answer_first_screening(display, proc.pid, tmp_path / "first.png")
            key(display, window, "space")
            # Before each session: the quick question about the legs; "no" starts the session.
            key(display, find_window(display, proc.pid, name="^Before you start"), "n")
            # Then the quick rating of how the knees feel: Esc skips it.
            key(display, find_window(display, proc.pid, name="^Rate your knees$"), "Escape")
            shot = screenshot(display, window, tmp_path / "running.png")
            key(display, window, "ctrl+q")
            output, _ = proc.communicate(timeout=20)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()  # reaped, so its pipe is not left to a later test's collection
    assert proc.returncode == 0, output
    assert "Traceback" not in output
    assert colours(shot) > 8
    log = (data / "logs" / "kneecare.log").read_text()
    assert "safety: screening answered, clear" in log
    assert "session daily: stopped" in log  # Space started it; quitting stopped it cleanly
