"""Tests that need a system program (Xvfb, xdotool, dunst...) skip on a developer's machine without it,
but fail under CI (CI=true), so nothing silently stops being tested."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def need(*programs: str) -> None:
    missing = [p for p in programs if shutil.which(p) is None]
    if not missing:
        return
    reason = f"needs {', '.join(missing)} on PATH (Debian: see .ci/run)"
    if in_ci():
        pytest.fail(f"CI must not skip: {reason}")
    pytest.skip(reason)


def gone_within(pid: int, seconds: float) -> bool:
    """Whether the process `pid` has exited (or is a zombie) within `seconds` (polled every 20 ms)."""
    import time

    deadline = time.monotonic() + seconds
    while True:
        try:
            if Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()[0] == "Z":
                return True
        except FileNotFoundError:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
