"""Reminder rules, day by day: DST both ways in Berlin and New York, quiet hours, recovery mode, snoozes,
reminders missed while asleep, and a restart that never fires twice."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from kneecare.core.clock import FakeClock
from kneecare.core.schedule import (
    MemoryReminderLog,
    QuietHours,
    Recovery,
    ReminderKind,
    ReminderPlanner,
    ReminderRules,
    RuleError,
    next_slot,
    recovery_since,
    recovery_times,
    resolve_wall,
    slots_between,
    slots_on,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")


def local(slot, zone):
    return slot.due.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")


def kinds(log):
    return [(e.kind.value, e.due_at.strftime("%a %H:%M")) for e in log.events]


# -- DST ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "night"),
    [(BERLIN, date(2026, 3, 29)), (NEW_YORK, date(2026, 3, 8))],
    ids=["Europe/Berlin", "America/New_York"],
)
def test_a_reminder_at_0230_on_the_spring_forward_night_fires_once_at_0300(zone, night):
    rules = ReminderRules(times=(time(2, 30),))
    slots = list(
        slots_between(
            rules, zone, datetime.combine(night, time(0), zone), datetime.combine(night, time(12), zone)
        )
    )
    assert [local(s, zone)[:16] for s in slots] == [f"{night} 03:00"]
    # ... and a planner checking every minute through that night fires it exactly once, at 03:00.
    log = MemoryReminderLog()
    planner = ReminderPlanner(rules, log)
    clock = FakeClock(datetime.combine(night, time(0, 0), zone))
    fired = []
    for _ in range(12 * 60):
        clock.advance(60)
        decision = planner.check(clock.now(), done_today=0)
        if decision.reminder:
            fired.append(clock.now().strftime("%H:%M %Z"))
    assert fired == [f"03:00 {'CEST' if zone is BERLIN else 'EDT'}"]


@pytest.mark.parametrize(
    ("zone", "night"),
    [(BERLIN, date(2026, 10, 25)), (NEW_YORK, date(2026, 11, 1))],
    ids=["Europe/Berlin", "America/New_York"],
)
def test_a_reminder_in_the_repeated_hour_of_the_fall_back_night_fires_once_the_first_time(zone, night):
    repeated = time(2, 30) if zone is BERLIN else time(1, 30)
    rules = ReminderRules(times=(repeated,))
    planner = ReminderPlanner(rules, MemoryReminderLog())
    clock = FakeClock(datetime.combine(night, time(0, 0), zone))
    fired = []
    for _ in range(12 * 60):  # twelve hours of elapsed time: the wall clock shows the repeated hour twice
        clock.advance(60)
        if planner.check(clock.now(), done_today=0).reminder:
            fired.append(clock.now())
    assert len(fired) == 1
    assert fired[0].strftime("%H:%M") == repeated.strftime("%H:%M")
    assert fired[0].utcoffset() == (timedelta(hours=2) if zone is BERLIN else timedelta(hours=-4))


def test_every_day_of_a_year_has_its_two_reminders_at_nine_and_seven_local_time_in_both_zones():
    rules = ReminderRules()
    for zone in (BERLIN, NEW_YORK):
        start = datetime(2026, 1, 1, tzinfo=zone)
        slots = list(slots_between(rules, zone, start, start + timedelta(days=365)))
        assert len(slots) == 2 * 365
        assert {s.due.astimezone(zone).strftime("%H:%M") for s in slots} == {"09:00", "19:00"}


def test_two_times_inside_the_same_gap_come_as_one_reminder():
    rules = ReminderRules(times=(time(2, 15), time(2, 45)))
    slots = slots_on(rules, date(2026, 3, 29), BERLIN)
    assert [local(s, BERLIN) for s in slots] == ["2026-03-29 03:00 CEST"]


def test_resolve_wall_reads_ordinary_times_as_they_are():
    assert resolve_wall(datetime(2026, 7, 1, 9, 0), BERLIN) == datetime(2026, 7, 1, 7, 0, tzinfo=UTC)
    assert resolve_wall(datetime(2026, 1, 1, 9, 0), NEW_YORK) == datetime(2026, 1, 1, 14, 0, tzinfo=UTC)


# -- rules ---------------------------------------------------------------------------------------------------


def test_the_defaults_are_nine_and_seven_every_day_with_a_goal_of_two():
    rules = ReminderRules()
    assert rules.times == (time(9), time(19))
    assert rules.days == frozenset(range(7))
    assert rules.daily_goal == 2
    assert rules.skip_when_goal_met


def test_weekdays_only_means_no_reminder_at_the_weekend():
    rules = ReminderRules(days=frozenset(range(5)))
    friday_evening = datetime(2026, 11, 27, 20, 0, tzinfo=BERLIN)
    slot = next_slot(rules, BERLIN, friday_evening)
    assert slot is not None
    assert local(slot, BERLIN) == "2026-11-30 09:00 CET"  # Monday


def test_quiet_hours_take_out_the_times_inside_them_even_across_midnight():
    quiet = QuietHours(time(22, 0), time(7, 0))
    assert quiet.contains(time(23, 30)) and quiet.contains(time(6, 59)) and quiet.contains(time(22, 0))
    assert not quiet.contains(time(7, 0)) and not quiet.contains(time(21, 59))
    rules = ReminderRules(times=(time(6, 30), time(9, 0), time(22, 30)), quiet=quiet)
    assert [local(s, BERLIN)[11:16] for s in slots_on(rules, date(2026, 11, 26), BERLIN)] == ["09:00"]
    assert not QuietHours(time(8), time(8)).contains(time(8))


def test_recovery_mode_reminds_four_times_a_day_for_three_days_and_then_ends_by_itself():
    rules = ReminderRules(recovery=Recovery(started=date(2026, 11, 26), days=3, per_day=4))
    days = [date(2026, 11, 25) + timedelta(days=i) for i in range(6)]
    counts = [len(slots_on(rules, d, BERLIN)) for d in days]
    assert counts == [2, 4, 4, 4, 2, 2]
    assert rules.goal_on(date(2026, 11, 27)) == 4
    assert rules.goal_on(date(2026, 11, 29)) == 2
    assert [t.strftime("%H:%M") for t in rules.times_on(date(2026, 11, 26))] == [
        "09:00",
        "12:20",
        "15:40",
        "19:00",
    ]


def test_recovery_times_spread_over_the_day():
    assert recovery_times([time(9), time(19)], 3) == (time(9), time(14), time(19))
    assert recovery_times([time(8)], 4) == (time(8), time(11, 20), time(14, 40), time(18))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"times": ()}, "at least one time"),
        ({"times": (time(9), time(9, 0, 30))}, "listed twice"),
        ({"times": tuple(time(h) for h in range(8, 13))}, "at most 4"),
        ({"days": frozenset()}, "at least one day"),
        ({"days": frozenset({7})}, "numbered 0"),
        ({"daily_goal": 3}, "daily goal: 3 is not from 1 to 2"),
        ({"snooze_minutes": 0}, "snooze length"),
        ({"recovery": Recovery(date(2026, 1, 1), days=3, per_day=5)}, "recovery reminders a day"),
        ({"recovery": Recovery(date(2026, 1, 1), days=30)}, "recovery days"),
    ],
)
def test_rules_that_cannot_work_are_refused_with_a_message_that_says_why(changes, message):
    with pytest.raises(RuleError, match=message):
        ReminderRules(**changes)


def test_no_times_and_no_days_are_fine_when_reminders_are_off():
    rules = ReminderRules(times=(), days=frozenset(), enabled=False)
    assert slots_on(rules, date(2026, 11, 26), BERLIN) == ()


# -- the planner ------------------------------------------------------------------------------------------


@pytest.fixture
def log():
    return MemoryReminderLog()


def at(hour, minute=0, day=26, zone=BERLIN):
    return datetime(2026, 11, day, hour, minute, tzinfo=zone)


def test_the_nine_oclock_reminder_fires_at_nine_and_then_the_next_is_at_seven(log):
    planner = ReminderPlanner(ReminderRules(), log)
    assert planner.check(at(8, 0), done_today=0).reminder is None
    assert planner.next_due(at(8, 0)) == at(9, 0)
    decision = planner.check(at(9, 0), done_today=0)
    assert decision.reminder is not None and decision.reminder.due == at(9, 0)
    assert not decision.reminder.late
    assert planner.check(at(9, 1), done_today=0).reminder is None
    assert planner.next_due(at(9, 1)) == at(19, 0)
    assert kinds(log) == [("fired", "Thu 09:00")]


def test_a_restart_never_fires_the_same_reminder_twice(log):
    ReminderPlanner(ReminderRules(), log).check(at(8, 59), done_today=0)
    assert ReminderPlanner(ReminderRules(), log).check(at(9, 0), done_today=0).reminder is not None
    again = ReminderPlanner(ReminderRules(), log)  # the app restarts at 09:05
    assert again.check(at(9, 5), done_today=0).reminder is None
    assert kinds(log) == [("fired", "Thu 09:00")]


def test_the_first_start_ever_does_not_fire_or_record_reminders_from_before_it(log):
    planner = ReminderPlanner(ReminderRules(), log)
    assert planner.check(at(10, 0), done_today=0).reminder is None
    assert log.events == []
    assert planner.next_due(at(10, 0)) == at(19, 0)


def test_a_reminder_missed_while_asleep_fires_once_on_waking_within_two_hours(log):
    planner = ReminderPlanner(ReminderRules(), log)
    planner.check(at(8, 0), done_today=0)
    decision = planner.check(at(10, 30), done_today=0)  # the lid opened 90 minutes after nine
    assert decision.reminder is not None and decision.reminder.late
    assert kinds(log) == [("fired", "Thu 09:00")]
    assert "asleep or off" in log.events[0].detail


def test_a_reminder_more_than_two_hours_old_is_recorded_missed_and_not_shown(log):
    planner = ReminderPlanner(ReminderRules(), log)
    planner.check(at(8, 0), done_today=0)
    assert planner.check(at(11, 30), done_today=0).reminder is None
    assert kinds(log) == [("missed", "Thu 09:00")]


def test_three_days_switched_off_make_one_reminder_and_no_burst(log):
    planner = ReminderPlanner(ReminderRules(), log)
    planner.check(at(8, 0, day=23), done_today=0)
    decision = planner.check(at(19, 30, day=26), done_today=0)
    assert decision.reminder is not None
    fired = log.of(ReminderKind.FIRED)
    assert len(fired) == 1 and fired[0].due_at == at(19, 0)
    assert len(log.of(ReminderKind.MISSED)) == 7  # 23rd 09:00 ... 26th 09:00


def test_a_reminder_is_skipped_when_todays_goal_is_already_met(log):
    planner = ReminderPlanner(ReminderRules(daily_goal=1), log)
    planner.check(at(8, 0), done_today=0)
    assert planner.check(at(9, 0), done_today=1).reminder is None
    assert kinds(log) == [("skipped", "Thu 09:00")]
    assert planner.next_due(at(9, 5), done_today=1) == at(9, 0, day=27)


def test_with_skipping_off_the_reminder_comes_even_when_the_goal_is_met(log):
    planner = ReminderPlanner(ReminderRules(daily_goal=1, skip_when_goal_met=False), log)
    planner.check(at(8, 0), done_today=0)
    assert planner.check(at(9, 0), done_today=3).reminder is not None


def test_a_reminder_due_during_a_session_waits_and_the_completed_session_answers_it(log):
    planner = ReminderPlanner(ReminderRules(), log)
    planner.check(at(8, 55), done_today=0)
    decision = planner.check(at(9, 0), done_today=0, session_running=True)
    assert decision.held and decision.reminder is None and log.events == []
    decision = planner.session_ended(at(9, 6), completed=True, done_today=1)
    assert decision.reminder is None
    assert kinds(log) == [("acted", "Thu 09:00")]
    assert planner.check(at(9, 7), done_today=1).reminder is None


def test_a_reminder_due_during_a_session_that_is_stopped_early_comes_when_it_ends(log):
    planner = ReminderPlanner(ReminderRules(), log)
    planner.check(at(8, 55), done_today=0)
    assert planner.check(at(9, 0), done_today=0, session_running=True).held
    decision = planner.session_ended(at(9, 2), completed=False, done_today=0)
    assert decision.reminder is not None and decision.reminder.due == at(9, 0)


def test_snooze_brings_the_reminder_back_after_the_snooze_length(log):
    planner = ReminderPlanner(ReminderRules(snooze_minutes=30), log)
    planner.check(at(8, 55), done_today=0)
    planner.check(at(9, 0), done_today=0)
    event = planner.snooze(at(9, 0) + timedelta(seconds=20))
    assert event.kind is ReminderKind.SNOOZED and event.due_at == at(9, 0)
    assert planner.next_due(at(9, 1)) == at(9, 31)  # rounded up to the whole minute for the coarse check
    assert planner.check(at(9, 30), done_today=0).reminder is None
    back = planner.check(at(9, 31), done_today=0).reminder
    assert back is not None and back.snoozed
    assert kinds(log) == [("fired", "Thu 09:00"), ("snoozed", "Thu 09:00"), ("fired", "Thu 09:31")]


def test_im_in_a_meeting_reminds_in_thirty_minutes_and_the_reminder_due_meanwhile_waits_for_it(log):
    planner = ReminderPlanner(ReminderRules(), log)
    planner.check(at(8, 50), done_today=0)
    planner.in_a_meeting(at(8, 50))
    assert planner.check(at(9, 0), done_today=0).reminder is None
    assert planner.check(at(9, 20), done_today=0).reminder is not None
    assert kinds(log) == [("snoozed", "Thu 09:20"), ("skipped", "Thu 09:00"), ("fired", "Thu 09:20")]
    assert log.events[1].detail == "snoozed"


def test_snooze_until_tomorrow_skips_the_rest_of_today_and_tomorrow_comes_as_usual(log):
    planner = ReminderPlanner(ReminderRules(), log)
    planner.check(at(8, 55), done_today=0)
    planner.check(at(9, 0), done_today=0)
    planner.snooze_until_tomorrow(at(9, 1))
    assert planner.next_due(at(9, 2)) == at(9, 0, day=27)
    assert planner.check(at(19, 0), done_today=0).reminder is None
    assert planner.check(at(0, 0, day=27), done_today=0).reminder is None
    assert planner.check(at(9, 0, day=27), done_today=0).reminder is not None
    assert kinds(log) == [
        ("fired", "Thu 09:00"),
        ("snoozed", "Thu 09:00"),
        ("skipped", "Thu 19:00"),
        ("fired", "Fri 09:00"),
    ]
    assert log.events[2].detail == "snoozed until tomorrow"


def test_a_snooze_that_would_end_in_quiet_hours_ends_when_they_end(log):
    rules = ReminderRules(times=(time(21, 30),), quiet=QuietHours(time(22), time(7)), snooze_minutes=60)
    planner = ReminderPlanner(rules, log)
    planner.check(at(21, 0), done_today=0)
    planner.check(at(21, 30), done_today=0)
    planner.snooze(at(21, 31))
    assert planner.next_due(at(21, 32)) == at(7, 0, day=27)


def test_starting_a_session_while_a_reminder_waits_records_that_it_was_acted_on(log):
    planner = ReminderPlanner(ReminderRules(), log)
    planner.check(at(8, 55), done_today=0)
    assert planner.acted(at(8, 58)) is None  # nothing waiting: a session on one's own is no reminder event
    planner.check(at(9, 0), done_today=0)
    assert planner.open is not None
    event = planner.acted(at(9, 3), "Start now")
    assert event is not None and event.kind is ReminderKind.ACTED and event.due_at == at(9, 0)
    assert planner.open is None


def test_a_zone_change_moves_the_reminders_to_the_new_local_times(log):
    planner = ReminderPlanner(ReminderRules(), log)
    planner.check(at(8, 0), done_today=0)
    planner.check(at(9, 0), done_today=0)  # Berlin, 09:00
    in_tokyo = at(10, 0).astimezone(TOKYO)  # flew east: it is 18:00 in Tokyo
    assert planner.next_due(in_tokyo) == datetime(2026, 11, 26, 19, 0, tzinfo=TOKYO)
    in_new_york = at(10, 0).astimezone(NEW_YORK)  # or west: 04:00, and today's 09:00 has already come
    assert planner.next_due(in_new_york) == datetime(2026, 11, 26, 19, 0, tzinfo=NEW_YORK)


def test_a_clock_set_back_does_not_repeat_a_reminder_and_one_set_back_a_long_way_starts_again(log):
    planner = ReminderPlanner(ReminderRules(), log)
    planner.check(at(8, 55), done_today=0)
    planner.check(at(9, 0), done_today=0)
    assert planner.check(at(8, 30), done_today=0).reminder is None  # the clock went back 35 minutes
    assert planner.check(at(9, 0), done_today=0).reminder is None
    year_ago = datetime(2025, 11, 26, 8, 59, tzinfo=BERLIN)  # set wrong by a year: reminders go on
    planner.check(year_ago, done_today=0)
    assert planner.check(year_ago + timedelta(minutes=1), done_today=0).reminder is not None


def test_turning_reminders_off_and_on_does_not_record_the_ones_in_between_as_missed(log):
    planner = ReminderPlanner(ReminderRules(), log)
    planner.check(at(8, 0), done_today=0)
    planner.set_rules(ReminderRules(enabled=False), at(8, 30))
    assert planner.check(at(9, 0), done_today=0).reminder is None
    planner.set_rules(ReminderRules(), at(20, 0))
    assert planner.check(at(20, 1), done_today=0).reminder is None
    assert log.events == []


def test_a_recovery_from_the_settings_date_ends_on_its_last_day_and_an_unreadable_date_is_none():
    recovery = recovery_since("2026-11-26", 3, 4)
    assert recovery == Recovery(date(2026, 11, 26), 3, 4)
    assert recovery.last_day == date(2026, 11, 28)
    assert [recovery.active_on(date(2026, 11, d)) for d in (25, 26, 28, 29)] == [False, True, True, False]
    assert recovery_since(None, 3, 4) is None
    assert recovery_since("26.11.2026", 3, 4) is None
