"""A private Xvfb screen for end-to-end tests, and small xdotool wrappers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _free_display() -> int:
    for number in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


@contextmanager
def xvfb(size: str = "1280x800") -> Iterator[str]:
    number = _free_display()
    display = f":{number}"
    proc = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.05)
        yield display
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def x_env(display: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["DISPLAY"] = display
    # The app follows the system's language; the tests read its English words (window titles...).
    env["LANGUAGE"] = "en"
    env["LC_MESSAGES"] = "C.UTF-8"
    env.pop("LC_ALL", None)
    env.update(extra)
    return env


def find_window(display: str, pid: int, timeout: float = 20.0, name: str | None = None) -> str:
    """The first visible window of `pid` (whose title matches the regular expression `name`, if given)."""
    by_name = ["--all", "--name", name] if name else []  # xdotool wants the title pattern last
    deadline = time.monotonic() + timeout
    while True:
        result = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(pid), *by_name],
            env=x_env(display),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        # A window closing while xdotool walks the tree makes it fail with BadWindow: look again.
        if "BadWindow" not in result.stderr or time.monotonic() > deadline:
            break
    ids = result.stdout.split()
    if not ids:
        raise AssertionError(f"no visible window for pid {pid}: {result.stderr}")
    return ids[0]


def key(display: str, window: str, *keys: str) -> None:
    env = x_env(display)
    # No window manager runs on Xvfb, so focus the window directly (windowactivate needs a WM).
    subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=True, timeout=10)
    for k in keys:
        subprocess.run(["xdotool", "key", "--clearmodifiers", k], env=env, check=True, timeout=10)


def colours(image: Path) -> int:
    """How many distinct colours an image has (1 means blank)."""
    result = subprocess.run(
        ["identify", "-format", "%k", str(image)], capture_output=True, text=True, check=True, timeout=20
    )
    return int(result.stdout.strip() or 0)


def screenshot(display: str, window: str, out: Path, timeout: float = 15.0) -> Path:
    """Capture the window once it has painted something (a freshly mapped window can still be blank)."""
    deadline = time.monotonic() + timeout
    while True:
        subprocess.run(["import", "-window", window, str(out)], env=x_env(display), check=True, timeout=20)
        if colours(out) > 8 or time.monotonic() > deadline:
            return out
        time.sleep(0.2)


def wait_painted(display: str, window: str, scratch: Path) -> None:
    """Block until the window shows more than a blank fill, so typed keys reach a ready app."""
    screenshot(display, window, scratch)


def kneecare_command() -> list[str]:
    """The installed `kneecare` beside this Python (the venv's), else `python -m kneecare`."""
    exe = shutil.which("kneecare", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "kneecare"]


def answer_first_screening(display: str, pid: int, scratch: Path) -> None:
    """The first launch asks the safety questions before anything else: Begin, six times "no", then Close
    on "Thank you". `scratch` is where to keep the screenshot taken to know the questions are painted."""
    questions = find_window(display, pid, name="Welcome to KneeCare")
    wait_painted(display, questions, scratch)
    key(display, questions, "Return", *["n"] * 6)
    key(display, find_window(display, pid, name="^Thank you"), "Return")
