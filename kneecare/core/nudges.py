"""Movement nudges ("stand up and move") as reminder rules for the one reminder planner: once an hour
between chosen hours, off until the person turns them on, silent in quiet hours like the daily reminders.

There is no second scheduler: `nudge_rules` gives `kneecare.core.schedule.ReminderRules`, and a second
`ReminderPlanner` with its own memory runs them, so DST, sleep, snoozes and "held while a session runs"
behave exactly as for the daily reminders.
"""

from __future__ import annotations

from datetime import time

from kneecare.core.rule_errors import RuleError, RulePart, RuleProblem
from kneecare.core.schedule import ALL_DAYS, QuietHours, ReminderRules

DEFAULT_NUDGE_START = time(9, 0)
DEFAULT_NUDGE_END = time(17, 0)
NUDGE_SNOOZE_MINUTES = 15
MAX_NUDGES = 23


def hourly_times(start: time, end: time) -> tuple[time, ...]:
    """One nudge an hour after `start`, and every hour after that up to `end`: 09:00-17:00 gives 10:00 to
    17:00 (the first comes after an hour of sitting, not as the day begins)."""
    first = start.hour * 60 + start.minute
    last = end.hour * 60 + end.minute
    if last - first < 60:
        raise RuleError(RuleProblem.HOURS_TOO_SHORT, part=RulePart.NUDGES)
    return tuple(time(m // 60, m % 60) for m in range(first + 60, last + 1, 60))


def nudge_rules(
    enabled: bool,
    start: time = DEFAULT_NUDGE_START,
    end: time = DEFAULT_NUDGE_END,
    quiet: QuietHours | None = None,
    days: frozenset[int] = ALL_DAYS,
) -> ReminderRules:
    """The nudges as reminder rules: no goal to meet (every hour counts), a short snooze, the quiet hours of
    the daily reminders."""
    return ReminderRules(
        times=hourly_times(start, end),
        days=days,
        daily_goal=1,
        quiet=quiet,
        skip_when_goal_met=False,
        snooze_minutes=NUDGE_SNOOZE_MINUTES,
        enabled=enabled,
        max_times=MAX_NUDGES,
    )
