"""A simulated week in Berlin and New York on a FakeClock, checked once a minute like the app does, with a
9-hour suspend and a flight across the Atlantic: the reminders fired are exactly the expected ones."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from kneecare.core.clock import FakeClock
from kneecare.core.schedule import MemoryReminderLog, ReminderKind, ReminderPlanner, ReminderRules

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


class Person:
    """The app's reminder loop in plain Python: a check each minute of awake time and one on resume."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.log = MemoryReminderLog()
        self.planner = ReminderPlanner(ReminderRules(), self.log)
        self.sessions: Counter = Counter()
        self.session_until: datetime | None = None
        self.shown: list[str] = []

    def done_today(self) -> int:
        return self.sessions[self.clock.now().date()]

    def check(self) -> None:
        now = self.clock.now()
        if self.session_until is not None and now >= self.session_until:
            self.session_until = None
            self.sessions[now.date()] += 1
            self.planner.session_ended(now, completed=True, done_today=self.done_today())
        decision = self.planner.check(now, self.done_today(), session_running=self.session_until is not None)
        if decision.reminder is not None:
            self.shown.append(now.strftime("%a %H:%M %Z"))

    def until(self, day: int, hour: int, minute: int = 0) -> None:
        target = datetime(2026, 11, day, hour, minute, tzinfo=self.clock.now().tzinfo)
        while self.clock.now() < target:
            self.clock.advance(60)
            self.check()

    def start_session(self, minutes: int = 8) -> None:
        self.planner.acted(self.clock.now())
        self.session_until = self.clock.now() + timedelta(minutes=minutes)


def test_a_week_of_reminders_with_a_long_sleep_and_a_flight_fires_exactly_these():
    clock = FakeClock(datetime(2026, 11, 23, 7, 0, tzinfo=BERLIN))  # Monday morning
    p = Person(clock)
    p.check()

    # Monday: acts on the morning one at once; snoozes the evening one, then does it.
    p.until(23, 9, 2)
    p.start_session()
    p.until(23, 19, 1)
    p.planner.snooze(clock.now())
    p.until(23, 19, 40)
    p.start_session()

    # Tuesday: ignores the morning one; starts a session at 18:55 that runs over the 19:00 reminder.
    p.until(24, 18, 55)
    p.start_session(minutes=10)

    # Wednesday: the laptop sleeps 9 hours from 06:00; the 09:00 reminder is 6 hours old on waking.
    p.until(25, 6, 0)
    clock.suspend(9 * 3600)
    p.check()  # logind's PrepareForSleep(false): the app checks on resume

    # Thursday: two sessions before nine; the goal of two is met, so both reminders are skipped.
    p.until(26, 7, 30)
    p.start_session()
    p.until(26, 8, 30)
    p.start_session()

    # Friday: "I'm in a meeting" at 08:50; then "until tomorrow" in the afternoon.
    p.until(27, 8, 50)
    p.planner.in_a_meeting(clock.now())
    p.until(27, 9, 25)
    p.start_session()
    p.until(27, 17, 0)
    p.planner.snooze_until_tomorrow(clock.now())

    # Saturday: morning reminder in Berlin, then a flight: at noon Berlin time the laptop is in New York.
    p.until(28, 12, 0)
    clock.set_zone(NEW_YORK)
    p.check()
    p.until(30, 8, 0)  # through Sunday in New York, to Monday morning

    assert p.shown == [
        "Mon 09:00 CET",
        "Mon 19:00 CET",
        "Mon 19:31 CET",  # back after the 30-minute snooze (rounded up to the minute)
        "Tue 09:00 CET",
        "Wed 19:00 CET",
        "Fri 09:20 CET",  # 30 minutes after "I'm in a meeting"
        "Sat 09:00 CET",
        "Sat 19:00 EST",  # New York time; Saturday 09:00 had already been reminded in Berlin
        "Sun 09:00 EST",
        "Sun 19:00 EST",
    ]
    story = [(e.kind.value, e.due_at.strftime("%a %H:%M"), e.detail) for e in p.log.events]
    assert [s for s in story if s[0] != "fired"] == [
        ("acted", "Mon 09:00", ""),
        ("snoozed", "Mon 19:00", "for 30 min (until 19:31)"),
        ("acted", "Mon 19:31", ""),
        ("acted", "Tue 19:00", "a session was running when it came due"),
        ("missed", "Wed 09:00", "due while the computer was asleep or off"),
        ("skipped", "Thu 09:00", "today's goal was already met"),
        ("skipped", "Thu 19:00", "today's goal was already met"),
        ("snoozed", "Fri 09:20", "in a meeting: remind in 30 min (until 09:20)"),
        ("skipped", "Fri 09:00", "snoozed"),
        ("acted", "Fri 09:20", ""),
        ("snoozed", "Sat 00:00", "until tomorrow (until Sat 00:00)"),
        ("skipped", "Fri 19:00", "snoozed until tomorrow"),
    ]
    assert len(p.log.of(ReminderKind.FIRED)) == len(p.shown)
