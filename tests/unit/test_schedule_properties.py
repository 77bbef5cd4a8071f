"""Random rules, dates and zones: the next reminder is in the future, matches a rule, is never in quiet
hours, each rule fires at most once per local day, and a planner checked at random moments (with long
sleeps between) never fires twice or in a burst."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from kneecare.core.schedule import (
    LATE_GRACE,
    MemoryReminderLog,
    QuietHours,
    Recovery,
    ReminderKind,
    ReminderPlanner,
    ReminderRules,
    next_slot,
    slots_between,
)

# Zones with DST both ways, half-hour DST (Lord Howe), odd offsets (Kathmandu, Chatham) and none (UTC).
ZONES = [
    "Europe/Berlin",
    "America/New_York",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "America/Santiago",
    "Asia/Kathmandu",
    "Europe/London",
    "UTC",
]

times_of_day = st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45, 59]))
quiet_hours = st.none() | st.builds(QuietHours, times_of_day, times_of_day)
recovery = st.none() | st.builds(
    Recovery, st.dates(date(2026, 1, 1), date(2027, 12, 31)), st.integers(1, 14), st.integers(3, 4)
)


@st.composite
def rules(draw):
    times = draw(st.lists(times_of_day, min_size=1, max_size=4, unique_by=lambda t: (t.hour, t.minute)))
    days = draw(st.frozensets(st.integers(0, 6), min_size=1))
    return ReminderRules(
        times=tuple(times),
        days=days,
        daily_goal=draw(st.integers(1, 2)),
        quiet=draw(quiet_hours),
        recovery=draw(recovery),
        skip_when_goal_met=draw(st.booleans()),
    )


moments = st.builds(
    lambda when, zone: when.replace(tzinfo=UTC).astimezone(ZoneInfo(zone)),
    st.datetimes(datetime(2026, 1, 1), datetime(2027, 12, 31)),
    st.sampled_from(ZONES),
)


def matches_a_rule(r: ReminderRules, slot, zone) -> bool:
    """The slot is named by a rule time on a day the rule applies, and falls at that wall time or, when
    that time does not exist (spring-forward), at the jump right after it."""
    day, wall_time = slot.wall.date(), slot.wall.time()
    if wall_time not in r.times_on(day):
        return False
    local = slot.due.astimezone(zone).replace(tzinfo=None)
    return local == slot.wall or timedelta(0) < local - slot.wall <= timedelta(hours=1)


@settings(max_examples=200, deadline=None)
@given(rules(), moments)
def test_the_next_reminder_is_in_the_future_matches_a_rule_and_is_never_in_quiet_hours(r, now):
    zone = now.tzinfo
    slot = next_slot(r, zone, now)
    if slot is None:  # only possible when every time sits in quiet hours
        assert r.quiet is not None
        assert all(r.quiet.contains(t) for t in r.times)
        return
    assert slot.due > now
    assert matches_a_rule(r, slot, zone)
    if r.quiet is not None:
        assert not r.quiet.contains(slot.due.astimezone(zone).time())
    # and nothing due in between was overlooked
    assert list(slots_between(r, zone, now, slot.due))[:1] == [slot]


@settings(max_examples=120, deadline=None)
@given(rules(), moments)
def test_each_rule_fires_at_most_once_per_local_day(r, start):
    zone = start.tzinfo
    slots = list(slots_between(r, zone, start, start + timedelta(days=10)))
    per_rule_and_day = Counter((s.wall.date(), s.wall.time()) for s in slots)
    assert all(n == 1 for n in per_rule_and_day.values())
    per_day = Counter(s.due.astimezone(zone).date() for s in slots)
    assert all(n <= 4 for n in per_day.values())
    assert [s.due for s in slots] == sorted({s.due for s in slots})  # in order, no instant twice


gaps = st.lists(
    st.one_of(
        st.integers(30, 120),  # the minute timer
        st.integers(60 * 60, 14 * 60 * 60),  # asleep for hours
        st.integers(1, 3 * 24 * 60 * 60),  # switched off for days
    ),
    min_size=5,
    max_size=60,
)


@settings(max_examples=120, deadline=None)
@given(rules(), moments, gaps, st.sampled_from(ZONES))
def test_checked_at_random_moments_a_planner_never_fires_twice_nor_in_a_burst(r, start, waits, zone_after):
    log = MemoryReminderLog()
    planner = ReminderPlanner(r, log)
    now = start
    fired_walls: list[datetime] = []
    for i, wait in enumerate(waits):
        if i == len(waits) // 2:
            now = now.astimezone(ZoneInfo(zone_after))  # the person flies somewhere
        now = (now.astimezone(UTC) + timedelta(seconds=wait)).astimezone(now.tzinfo)
        before = len(log.events)
        decision = planner.check(now, done_today=0)
        new = log.events[before:]
        fired = [e for e in new if e.kind is ReminderKind.FIRED]
        assert len(fired) <= 1  # never a burst
        assert (decision.reminder is not None) == bool(fired)
        if decision.reminder is not None:
            assert decision.reminder.due <= now
            assert now - decision.reminder.due <= LATE_GRACE
            fired_walls.append(decision.reminder.due)
            if r.quiet is not None:
                assert not r.quiet.contains(decision.reminder.due.astimezone(now.tzinfo).time())
        assert all(e.due_at <= now for e in new)
    dues = [e.due_at for e in log.events if e.kind in (ReminderKind.FIRED, ReminderKind.MISSED)]
    assert len(dues) == len(set(dues))  # no reminder handled twice
