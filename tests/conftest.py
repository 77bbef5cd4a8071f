"""Test-wide defaults: Qt offscreen unless a test starts its own X screen."""

from __future__ import annotations

import os
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kneecare.assets import program_files
from kneecare.core.clock import FakeClock
from kneecare.core.library import load_library
from kneecare.core.protocol import Program

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def clock() -> FakeClock:
    """Thursday 26 November 2026, 09:00 in Berlin."""
    return FakeClock(datetime(2026, 11, 26, 9, 0, tzinfo=BERLIN))


@pytest.fixture(scope="session")
def programs() -> dict[str, Program]:
    return {p.id: p for p in load_library(program_files())}


@pytest.fixture(autouse=True)
def _keep_umask():
    """The command line makes its process's umask private (kneecare.__main__.main); a test that calls
    it in-process must not change the umask of the tests after it."""
    import os

    old = os.umask(0o022)
    os.umask(old)
    yield
    os.umask(old)
