"""On a real X screen the window belongs to its launcher: its class is the desktop file's StartupWMClass,
and it carries the app icon, so docks and task bars show KneeCare's icon and group it with its entry."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kneecare import APP_ID
from tests.helpers.system import need
from tests.helpers.xvfb import find_window, kneecare_command, x_env, xvfb

pytestmark = pytest.mark.e2e

DESKTOP = Path(__file__).parents[2] / "packaging" / "linux" / f"{APP_ID}.desktop"


def xprop(display: str, window: str, prop: str) -> str:
    done = subprocess.run(
        ["xprop", "-id", window, prop],
        env=x_env(display),
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    )
    return done.stdout


def test_the_window_class_matches_the_launcher_and_the_window_has_the_icon(tmp_path):
    need("Xvfb", "xdotool", "xprop")
    fields = dict(line.split("=", 1) for line in DESKTOP.read_text().splitlines() if "=" in line)
    with xvfb() as display:
        proc = subprocess.Popen(
            [*kneecare_command(), "--data-dir", str(tmp_path / "data")],
            env=x_env(display),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            window = find_window(display, proc.pid, name="^KneeCare$")
            klass = xprop(display, window, "WM_CLASS")
            icon = xprop(display, window, "_NET_WM_ICON")
        finally:
            proc.terminate()  # the first launch opens the safety questions; no need to answer them here
            proc.wait(timeout=20)
    assert klass.rstrip().endswith(f'"{fields["StartupWMClass"]}"'), klass  # WM_CLASS = "instance", "Class"
    # xprop lists each size of _NET_WM_ICON that Qt sent: the renders, not one scaled image.
    for size in (16, 32, 48, 128):
        assert f"Icon ({size} x {size})" in icon, icon[:200]
