"""A person starts a session from the keyboard in the real window (Xvfb) and sees the guided view: the
screenshot is saved in the test's folder and is a real picture, at 100% and at 200% scale."""

from __future__ import annotations

import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.helpers.system import need
from tests.helpers.xvfb import (
    answer_first_screening,
    find_window,
    key,
    kneecare_command,
    screenshot,
    wait_painted,
    x_env,
    xvfb,
)

pytestmark = pytest.mark.e2e

SAFETY_RED = QColor("#b3261e")  # the "It hurts" button once a session runs (pale before)


def picture(path: Path) -> tuple[int, float, int, QImage]:
    """Distinct colours on a sampling grid, the share of the commonest one, and the safety-red pixels."""
    image = QImage(str(path))
    assert not image.isNull(), f"cannot read {path}"
    colours: Counter[int] = Counter(
        image.pixel(x, y) & 0xFFFFFF for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
    )
    r0, g0, b0 = SAFETY_RED.red(), SAFETY_RED.green(), SAFETY_RED.blue()
    red = sum(
        n
        for rgb, n in colours.items()
        if abs((rgb >> 16) - r0) < 12 and abs((rgb >> 8 & 0xFF) - g0) < 12 and abs((rgb & 0xFF) - b0) < 12
    )
    top_share = colours.most_common(1)[0][1] / sum(colours.values())
    return len(colours), top_share, red, image


def shoot_until(display: str, window: str, out: Path, ready, timeout: float = 15.0) -> Path:
    """Screenshots (each takes a while) until `ready(path)` holds: the window has repainted."""
    deadline = time.monotonic() + timeout
    while True:
        screenshot(display, window, out)
        if ready(out) or time.monotonic() > deadline:
            return out


def run_session_and_shoot(tmp_path: Path, screen: str, **env: str) -> tuple[Path, Path, str, int]:
    data = tmp_path / "data"
    with xvfb(screen) as display:
        proc = subprocess.Popen(
            [*kneecare_command(), "--data-dir", str(data)],
            env=x_env(display, **env),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            window = find_window(display, proc.pid, name="^KneeCare$")
            answer_first_screening(display, proc.pid, tmp_path / "questions.png")
            before = shoot_until(display, window, tmp_path / "before.png", lambda p: picture(p)[0] > 50)
            red_before = picture(before)[2]
            key(display, window, "space")
            # Before each session, the quick question about the legs: "no" starts the session.
            check = find_window(display, proc.pid, name="^Before you start")
            wait_painted(display, check, tmp_path / "check.png")
            key(display, check, "n")
            # Then the quick rating of how the knees feel: Esc skips it.
            key(display, find_window(display, proc.pid, name="^Rate your knees$"), "Escape")
            running = shoot_until(
                display, window, tmp_path / "running.png", lambda p: picture(p)[2] > red_before + 30
            )
            key(display, window, "ctrl+q")
            output, _ = proc.communicate(timeout=20)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()  # reaped, so its pipe is not left to a later test's collection
    return before, running, output, proc.returncode


def test_a_session_started_with_space_shows_the_guided_view(tmp_path):
    need("Xvfb", "xdotool", "import")
    before, running, output, code = run_session_and_shoot(tmp_path, "1280x800")
    assert code == 0, output
    assert "Traceback" not in output
    distinct, top_share, red, image = picture(running)
    assert running.parent == tmp_path and running.stat().st_size > 10_000
    assert distinct > 100 and top_share < 0.95, (distinct, top_share)  # a picture, not a blank window
    log = (tmp_path / "data" / "logs" / "kneecare.log").read_text()
    assert red > picture(before)[2] + 300, log  # the safety control turned red: the session runs
    assert image.width() >= 900


def test_at_200_percent_the_window_is_twice_as_sharp_and_still_complete(tmp_path):
    need("Xvfb", "xdotool", "import")
    before, running, output, code = run_session_and_shoot(tmp_path, "2560x1600", QT_SCALE_FACTOR="2")
    assert code == 0, output
    distinct, top_share, red, image = picture(running)
    assert image.width() >= 1800 and image.height() >= 1200  # laid out in logical pixels, drawn at 2x
    assert distinct > 100 and top_share < 0.95
    assert red > picture(before)[2] + 1200
