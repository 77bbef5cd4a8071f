"""Reminder rules that cannot work say so as data (the part, the problem, the values), so that a dialog
translates from the fields; the English message stays what it was."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from kneecare.core.nudges import hourly_times
from kneecare.core.rule_errors import PART_TEXT, PROBLEM_TEXT, RuleError, RulePart, RuleProblem
from kneecare.core.schedule import MemoryReminderLog, ReminderPlanner, ReminderRules
from kneecare.settings import Settings, SettingsError


def test_every_part_and_problem_has_english_words():
    assert set(PART_TEXT) == set(RulePart)
    assert set(PROBLEM_TEXT) == set(RuleProblem)


@pytest.mark.parametrize(
    ("changes", "part", "problem", "values", "message"),
    [
        ({"times": ()}, RulePart.TIMES, RuleProblem.NO_TIMES, (), "times: choose at least one time of day"),
        (
            {"times": tuple(time(h) for h in range(8, 13))},
            RulePart.TIMES,
            RuleProblem.TOO_MANY_TIMES,
            (4,),
            "times: at most 4 a day",
        ),
        ({"daily_goal": 3}, RulePart.DAILY_GOAL, RuleProblem.OUT_OF_RANGE, (3, 1, 2), "daily goal: 3 is not"),
        (
            {"snooze_minutes": 0},
            RulePart.SNOOZE_LENGTH,
            RuleProblem.OUT_OF_RANGE,
            (0, 5, 240),
            "snooze length (minutes): 0 is not from 5 to 240",
        ),
    ],
)
def test_a_rule_error_carries_its_part_problem_and_values(changes, part, problem, values, message):
    with pytest.raises(RuleError) as caught:
        ReminderRules(**changes)
    error = caught.value
    assert (error.part, error.problem, error.values) == (part, problem, values)
    assert str(error).startswith(message)


def test_the_nudge_hours_and_a_bad_snooze_are_rule_errors_too():
    with pytest.raises(RuleError) as caught:
        hourly_times(time(9), time(9, 30))
    assert (caught.value.part, caught.value.problem) == (RulePart.NUDGES, RuleProblem.HOURS_TOO_SHORT)
    assert str(caught.value) == (
        "movement nudges: the hours must span at least one hour, from the first to the last"
    )
    with pytest.raises(RuleError) as snooze:
        ReminderPlanner(ReminderRules(), MemoryReminderLog()).snooze(datetime(2026, 11, 26, 9, tzinfo=UTC), 0)
    assert (snooze.value.part, snooze.value.problem) == (RulePart.SNOOZE, RuleProblem.NOT_POSITIVE)


def test_a_settings_error_from_the_rules_keeps_the_rule_error_as_a_field():
    with pytest.raises(SettingsError) as caught:
        Settings().with_changes(reminder_days=())
    assert str(caught.value) == "reminders: days: choose at least one day of the week (or turn reminders off)"
    assert caught.value.rule is not None and caught.value.rule.problem is RuleProblem.NO_DAYS
    with pytest.raises(SettingsError) as nudges:
        Settings().with_changes(nudges_enabled=True, nudge_start="09:00", nudge_end="09:30")
    assert nudges.value.rule is not None and nudges.value.rule.part is RulePart.NUDGES
    with pytest.raises(SettingsError) as other:
        Settings().with_changes(quiet_start="22:00", quiet_end=None)
    assert other.value.rule is None
