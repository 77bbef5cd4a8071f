"""An installed wheel (not the checkout) carries the desktop entry, metainfo and icons: its --self-check
finds them inside the package, and --install-desktop-entry installs them from there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kneecare import APP_ID

ROOT = Path(__file__).parents[2]


def test_an_installed_wheel_checks_itself_and_installs_its_menu_entry(tmp_path):
    wheels, target, home = tmp_path / "wheels", tmp_path / "site", tmp_path / "share"
    pip = [sys.executable, "-m", "pip"]
    subprocess.run([*pip, "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)], check=True, timeout=600)
    (wheel,) = wheels.glob("kneecare-*.whl")
    subprocess.run(
        [*pip, "install", "--no-deps", "-q", "--target", str(target), str(wheel)], check=True, timeout=600
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(PYTHONPATH=str(target), XDG_DATA_HOME=str(home))  # the wheel's copy wins over the checkout

    def kneecare(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "kneecare", *args], cwd=tmp_path, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    packaged = target / "kneecare" / "resources"
    report = kneecare("--self-check")
    assert f"files in {packaged} (" in report and " 1 desktop," in report and "1 xml)" in report
    kneecare("--install-desktop-entry")
    installed = home / "metainfo" / f"{APP_ID}.metainfo.xml"
    assert installed.read_bytes() == (packaged / "linux" / f"{APP_ID}.metainfo.xml").read_bytes()
    assert (home / "icons" / "hicolor" / "512x512" / "apps" / f"{APP_ID}.png").is_file()
    kneecare("--uninstall-desktop-entry")
    assert not home.exists()
