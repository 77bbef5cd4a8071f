"""Why reminder rules cannot work, as data: which part of the rules (`RulePart`), what is wrong with it
(`RuleProblem`) and the values involved, so that a screen translates from the fields, never from English.

The English templates (%1, %2... filled from the values) are marked for pyside6-lupdate under the
"schedule" context; the reminder settings dialog shows them translated.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from kneecare.core.words import fill


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate (update.py reads this file); the UI translates it under `context`.
    Core stays free of Qt: this is kneecare.i18n's marker, repeated."""
    return text


class RulePart(StrEnum):
    """The part of the rules that cannot work."""

    TIMES = "times"
    DAYS = "days"
    DAILY_GOAL = "daily_goal"
    SNOOZE_LENGTH = "snooze_length"
    RECOVERY_PER_DAY = "recovery_per_day"
    RECOVERY_DAYS = "recovery_days"
    SNOOZE = "snooze"  # a snooze asked for (not the setting)
    NUDGES = "nudges"  # the hours of the movement nudges (core/nudges.py)


class RuleProblem(StrEnum):
    """What is wrong with it; the values an error carries are listed with each."""

    NO_TIMES = "no_times"
    TOO_MANY_TIMES = "too_many_times"  # the most allowed
    TIME_TWICE = "time_twice"
    NO_DAYS = "no_days"
    DAY_NUMBERS = "day_numbers"
    OUT_OF_RANGE = "out_of_range"  # the value, the lowest, the highest
    NOT_POSITIVE = "not_positive"
    HOURS_TOO_SHORT = "hours_too_short"


PART_TEXT: Mapping[RulePart, str] = {
    RulePart.TIMES: QT_TRANSLATE_NOOP("schedule", "times"),
    RulePart.DAYS: QT_TRANSLATE_NOOP("schedule", "days"),
    RulePart.DAILY_GOAL: QT_TRANSLATE_NOOP("schedule", "daily goal"),
    RulePart.SNOOZE_LENGTH: QT_TRANSLATE_NOOP("schedule", "snooze length (minutes)"),
    RulePart.RECOVERY_PER_DAY: QT_TRANSLATE_NOOP("schedule", "recovery reminders a day"),
    RulePart.RECOVERY_DAYS: QT_TRANSLATE_NOOP("schedule", "recovery days"),
    RulePart.SNOOZE: QT_TRANSLATE_NOOP("schedule", "snooze"),
    RulePart.NUDGES: QT_TRANSLATE_NOOP("schedule", "movement nudges"),
}

PROBLEM_TEXT: Mapping[RuleProblem, str] = {
    RuleProblem.NO_TIMES: QT_TRANSLATE_NOOP(
        "schedule", "choose at least one time of day (or turn reminders off)"
    ),
    RuleProblem.TOO_MANY_TIMES: QT_TRANSLATE_NOOP("schedule", "at most %1 a day"),
    RuleProblem.TIME_TWICE: QT_TRANSLATE_NOOP("schedule", "the same time is listed twice"),
    RuleProblem.NO_DAYS: QT_TRANSLATE_NOOP(
        "schedule", "choose at least one day of the week (or turn reminders off)"
    ),
    RuleProblem.DAY_NUMBERS: QT_TRANSLATE_NOOP("schedule", "days are numbered 0 (Monday) to 6 (Sunday)"),
    RuleProblem.OUT_OF_RANGE: QT_TRANSLATE_NOOP("schedule", "%1 is not from %2 to %3"),
    RuleProblem.NOT_POSITIVE: QT_TRANSLATE_NOOP("schedule", "minutes must be more than 0"),
    RuleProblem.HOURS_TOO_SHORT: QT_TRANSLATE_NOOP(
        "schedule", "the hours must span at least one hour, from the first to the last"
    ),
}


class RuleError(ValueError):
    """Reminder rules that cannot work: `problem` says what, with `values` (they fill the %1, %2... of its
    template), `part` which part of the rules. The message is "part: why" in English (for logs and
    developers); a screen builds its own words from the fields (`part_text`, `why`, `values`)."""

    def __init__(self, problem: RuleProblem, *values: object, part: RulePart) -> None:
        self.problem = problem
        self.values = values
        self.part = part
        super().__init__(f"{self.part_text}: {fill(self.why, *values)}")

    @property
    def why(self) -> str:
        """The problem's English template, with %1, %2... for the values."""
        return PROBLEM_TEXT[self.problem]

    @property
    def part_text(self) -> str:
        """The part's English name."""
        return PART_TEXT[self.part]
