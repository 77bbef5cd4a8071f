"""Tests that need a system program (Xvfb, xdotool, dunst...) skip on a developer's machine without it,
but fail under CI (CI=true), so nothing silently stops being tested."""

from __future__ import annotations

import os
import shutil

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
