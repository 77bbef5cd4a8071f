"""Movement nudges are reminder rules for the one planner: hourly within the chosen hours, off by default,
silent in the reminders' quiet hours; the daily reminders keep their limit of four a day."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from kneecare.core.nudges import hourly_times, nudge_rules
from kneecare.core.schedule import (
    MemoryReminderLog,
    QuietHours,
    ReminderKind,
    ReminderPlanner,
    ReminderRules,
    RuleError,
    slots_on,
)
from kneecare.settings import Settings, SettingsError, settings_from_dict

BERLIN = ZoneInfo("Europe/Berlin")


def test_one_nudge_an_hour_after_the_first_hour_up_to_the_last():
    assert hourly_times(time(9), time(17)) == tuple(time(h) for h in range(10, 18))
    assert hourly_times(time(8, 30), time(10, 45)) == (time(9, 30), time(10, 30))
    with pytest.raises(RuleError, match="at least one hour"):
        hourly_times(time(17), time(9))


def test_the_nudges_skip_quiet_hours_and_keep_the_clock_on_the_spring_forward_night():
    rules = nudge_rules(True, time(0), time(23), QuietHours(time(22), time(7)))
    day = datetime(2026, 3, 29).date()  # Berlin skips 02:00-03:00 that night
    walls = [s.local(BERLIN).strftime("%H:%M") for s in slots_on(rules, day, BERLIN)]
    assert walls == [f"{h:02d}:00" for h in range(7, 22)]


def test_a_day_of_nudges_on_the_planner_fires_each_hour_once(clock):
    log = MemoryReminderLog()
    planner = ReminderPlanner(nudge_rules(True, time(9), time(12)), log)
    now = datetime(2026, 11, 26, 8, 0, 30, tzinfo=BERLIN)
    fired = []
    for _ in range(6 * 60):
        decision = planner.check(now, done_today=99)  # no goal: sessions done change nothing
        if decision.reminder is not None:
            fired.append(decision.reminder.due.strftime("%H:%M"))
        now += timedelta(minutes=1)
    assert fired == ["10:00", "11:00", "12:00"]
    assert [e.kind for e in log.events] == [ReminderKind.FIRED] * 3


def test_the_daily_reminders_still_allow_four_times_at_most():
    with pytest.raises(RuleError, match="at most 4"):
        ReminderRules(times=tuple(time(h) for h in range(8, 13)))


def test_nudges_are_a_setting_that_is_off_until_chosen():
    assert Settings().nudges_enabled is False
    assert not Settings().nudge_rules().enabled
    chosen = settings_from_dict({"nudges_enabled": True, "nudge_start": "08:00", "nudge_end": "12:00"})
    rules = chosen.nudge_rules()
    assert rules.enabled and rules.times == (time(9), time(10), time(11), time(12))
    assert rules.quiet == QuietHours(time(22), time(7))  # the reminders' quiet hours
    with pytest.raises(SettingsError, match=r"nudge_start, nudge_end: .*at least one hour"):
        Settings(nudge_start="17:00", nudge_end="09:00").validate()
    with pytest.raises(SettingsError, match="nudge_end: '25:00' is not a time"):
        Settings(nudge_end="25:00").validate()
