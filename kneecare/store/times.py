"""How times are written to and read from the database: UTC text that sorts, plus the zone name."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def to_utc_text(when: datetime) -> str:
    if when.tzinfo is None:
        raise ValueError("naive datetimes are not stored")
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def from_utc_text(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def zone_of(name: str, offset_seconds: int | None = None) -> tzinfo:
    """The zone a row was recorded in; a fixed offset where the name is not an IANA key."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        from datetime import timezone

        return timezone(timedelta(seconds=offset_seconds or 0))


def local_day_bounds(day: date, zone: tzinfo) -> tuple[str, str]:
    """The UTC text range [start, end) of one local calendar day (23 or 25 hours on DST days)."""
    start = datetime.combine(day, time(0), tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
    return to_utc_text(start), to_utc_text(end)
