"""The clock the whole app reads: monotonic seconds for deadlines, aware local time for records.

`SystemClock` is the real one; `FakeClock` lets tests run a session or a week in milliseconds.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Protocol


class Clock(Protocol):
    """What the session machine and the reminder scheduler read."""

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps (stops while the machine sleeps on Linux)."""
        ...

    def now(self) -> datetime:
        """The aware local wall time."""
        ...


class SystemClock:
    """The real clock: `time.monotonic()` and the system's local time zone, looked up on every call so a
    zone change while the app runs is seen."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(local_zone())


def local_zone() -> tzinfo:
    """The system's zone as a `ZoneInfo` (DST-aware) where it can be named, else its current fixed offset.

    Linux and macOS name it in `TZ` or by the `/etc/localtime` link; Windows has neither, and gets the
    fixed offset (Python's standard library cannot map Windows zone names).
    """
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # here: the first window has no need of it

    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        try:
            target = str(Path("/etc/localtime").readlink())
        except OSError:
            target = ""
        if "zoneinfo/" in target:
            name = target.split("zoneinfo/", 1)[1]
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    fallback = datetime.now().astimezone().tzinfo
    return fallback if fallback is not None else UTC


def zone_name(when: datetime) -> str:
    """A name for the zone of `when`: the IANA key where there is one (Europe/Berlin), else its offset."""
    key = getattr(when.tzinfo, "key", None)
    if isinstance(key, str):
        return key
    offset = when.utcoffset()
    if offset is None:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


class FakeClock:
    """A clock that moves only when told to.

    `advance()` moves both clocks, as time passing while awake; `suspend()` moves only the wall clock, as a
    Linux machine asleep; `set_zone()` moves the person to another time zone.
    """

    def __init__(self, start: datetime, mono: float = 1000.0) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware start time")
        self._wall = start
        self._mono = mono

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time does not run backwards")
        self._mono += seconds
        self._wall = add_seconds(self._wall, seconds)

    def suspend(self, seconds: float) -> None:
        """The machine sleeps: wall time passes, monotonic time does not."""
        if seconds < 0:
            raise ValueError("time does not run backwards")
        self._wall = add_seconds(self._wall, seconds)

    def set_zone(self, zone: tzinfo) -> None:
        self._wall = self._wall.astimezone(zone)

    def set_wall(self, when: datetime) -> None:
        """The wall clock is set (by the user or NTP); monotonic time does not move."""
        if when.tzinfo is None:
            raise ValueError("set_wall needs an aware time")
        self._wall = when


def add_seconds(when: datetime, seconds: float) -> datetime:
    """`when` moved by elapsed (not wall-clock) seconds, in its own zone: correct across DST changes."""
    return (when.astimezone(UTC) + timedelta(seconds=seconds)).astimezone(when.tzinfo)
