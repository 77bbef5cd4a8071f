"""The clock: exact arithmetic across DST, and zone names for the records."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from kneecare.core.clock import FakeClock, SystemClock, add_seconds, local_zone, zone_name

BERLIN = ZoneInfo("Europe/Berlin")


def test_an_hour_after_1_30_on_the_spring_forward_night_is_3_30_summer_time():
    clock = FakeClock(datetime(2026, 3, 29, 1, 30, tzinfo=BERLIN))
    clock.advance(3600)
    assert clock.now().hour == 3 and clock.now().utcoffset() == timedelta(hours=2)
    assert clock.monotonic() == 1000 + 3600


def test_suspend_moves_the_wall_clock_only_and_zones_can_change():
    clock = FakeClock(datetime(2026, 11, 26, 22, 0, tzinfo=BERLIN))
    clock.suspend(9 * 3600)
    assert clock.now() == datetime(2026, 11, 27, 7, 0, tzinfo=BERLIN)
    assert clock.monotonic() == 1000
    clock.set_zone(ZoneInfo("America/New_York"))
    assert clock.now().hour == 1
    with pytest.raises(ValueError):
        clock.advance(-1)


def test_zone_names_prefer_the_iana_key():
    assert zone_name(datetime(2026, 1, 1, tzinfo=BERLIN)) == "Europe/Berlin"
    assert zone_name(datetime(2026, 1, 1, tzinfo=timezone(timedelta(hours=-5, minutes=-30)))) == "UTC-05:30"
    assert add_seconds(datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN), 3600).utcoffset() == timedelta(hours=1)


def test_the_system_clock_reads_the_zone_from_tz(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert zone_name(SystemClock().now()) == "Asia/Tokyo"
    monkeypatch.setenv("TZ", "Not/AZone")
    assert local_zone() is not None
