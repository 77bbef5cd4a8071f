"""Reminder settings live with the rest of the settings: the defaults, round trips, and bad values that are
refused with a message naming them (and, in a file, kept aside)."""

from __future__ import annotations

from datetime import date, time

import pytest

from kneecare.core.schedule import QuietHours, Recovery
from kneecare.settings import Settings, SettingsError, SettingsStore


def test_the_default_reminders_are_nine_and_seven_every_day_with_quiet_nights():
    rules = Settings().reminder_rules()
    assert rules.times == (time(9), time(19))
    assert rules.days == frozenset(range(7))
    assert rules.daily_goal == 2 and rules.skip_when_goal_met and rules.enabled
    assert rules.quiet == QuietHours(time(22), time(7))
    assert rules.snooze_minutes == 30 and rules.recovery is None


def test_reminder_settings_round_trip_through_the_file(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    changed = Settings().with_changes(
        reminder_times=("07:30", "12:00", "21:15"),
        reminder_days=(0, 1, 2, 3, 4),
        daily_goal=1,
        quiet_start=None,
        quiet_end=None,
        recovery_started="2026-11-26",
        recovery_days=5,
        recovery_per_day=3,
        snooze_minutes=15,
        autostart=True,
    )
    store.save(changed)
    loaded = store.load()
    assert loaded.warning is None and loaded.settings == changed
    rules = loaded.settings.reminder_rules()
    assert rules.recovery == Recovery(date(2026, 11, 26), days=5, per_day=3)
    assert rules.quiet is None and rules.days == frozenset(range(5))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"reminder_times": ("9 am",)}, "reminder_times[0]: '9 am' is not a time of day like 09:00"),
        ({"reminder_times": ("24:00",)}, "reminder_times[0]"),
        ({"reminder_times": ()}, "reminders: times: choose at least one time"),
        ({"reminder_days": ()}, "reminders: days: choose at least one day"),
        ({"daily_goal": 5}, "reminders: daily goal: 5 is not from 1 to 2"),
        ({"quiet_end": None}, "quiet_start, quiet_end: give both or neither"),
        ({"quiet_start": "late"}, "quiet_start: 'late'"),
        ({"recovery_started": "yesterday"}, "recovery_started: 'yesterday' is not a date"),
        ({"recovery_started": "2026-11-26", "recovery_per_day": 6}, "recovery reminders a day: 6"),
        ({"snooze_minutes": 0}, "snooze length"),
    ],
)
def test_reminder_values_that_cannot_work_are_refused_with_their_name(changes, message):
    with pytest.raises(SettingsError, match=message.replace("[", r"\[").replace("]", r"\]")):
        Settings().with_changes(**changes)


def test_reminders_turned_off_may_have_no_times(tmp_path):
    assert (
        Settings().with_changes(reminders_enabled=False, reminder_times=()).reminder_rules().enabled is False
    )


def test_a_file_with_a_bad_reminder_time_is_kept_aside_and_the_defaults_are_used(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"reminder_times": ["09:00", "25:99"]}')
    loaded = SettingsStore(path).load()
    assert loaded.settings == Settings()
    assert "reminder_times[1]: '25:99'" in loaded.warning
    assert len(list(tmp_path.glob("settings.json.bad-*"))) == 1


def test_rules_left_for_later_are_checked_then_and_only_the_reminders_go_back(tmp_path):
    """The start loads the settings without the reminder rules and checks them after the first frame: a
    quiet time without its end is found then, the file is kept aside, and every other choice stays."""
    path = tmp_path / "settings.json"
    path.write_text('{"knees": "left", "quiet_start": "22:00", "quiet_end": null, "nudges_enabled": true}')
    store = SettingsStore(path)
    loaded = store.load(rules=False)
    assert loaded.warning is None and loaded.settings.quiet_end is None
    checked = store.check_rules(loaded.settings)
    assert checked.warning is not None and "quiet_start, quiet_end" in checked.warning
    assert "default reminders" in checked.warning
    assert checked.settings == Settings(knees="left")
    assert len(list(tmp_path.glob("settings.json.bad-*"))) == 1
    assert store.check_rules(checked.settings).warning is None


def test_a_change_of_a_rule_is_still_refused_when_it_cannot_work():
    with pytest.raises(SettingsError, match="quiet_start, quiet_end"):
        Settings().with_changes(quiet_end=None)
    assert Settings().with_changes(knees="right").knees == "right"
