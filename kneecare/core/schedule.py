"""Reminder rules and when they come due: pure code in local wall time with `zoneinfo` (DST-correct), and
the planner that decides, at each check of the wall clock, what fires, what is skipped and what was missed.

Everything compares instants in UTC: Python compares two datetimes of the same zone by their wall time,
which is wrong on the fall-back night.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache

from kneecare.core.lazy_dataclass import dataclass

# The planner's memory and log live in reminder_log.py; importers of this module find them here too.
from kneecare.core.reminder_log import MemoryReminderLog as MemoryReminderLog
from kneecare.core.reminder_log import ReminderEvent as ReminderEvent
from kneecare.core.reminder_log import ReminderKind as ReminderKind
from kneecare.core.reminder_log import ReminderLog as ReminderLog
from kneecare.core.reminder_log import ReminderMemory as ReminderMemory
from kneecare.core.rule_errors import RuleError as RuleError  # where the rules' importers find it
from kneecare.core.rule_errors import RulePart, RuleProblem

ALL_DAYS = frozenset(range(7))  # Monday is 0, as in date.weekday()
MAX_TIMES = 4
GOAL_RANGE = (1, 2)  # prevention: once or twice a day
RECOVERY_PER_DAY_RANGE = (3, 4)  # for a short time after heavy exercise
RECOVERY_DAYS_RANGE = (1, 14)
SNOOZE_RANGE = (5, 240)  # minutes
MEETING_MINUTES = 30
LATE_GRACE = timedelta(hours=2)  # a reminder missed while asleep or off still comes if due this recently
BACKFILL_LIMIT = timedelta(days=30)  # older missed reminders are not recorded one by one
SEARCH_DAYS = 16  # a next reminder is always within a week unless every time sits in quiet hours


# -- rules ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuietHours:
    """No reminder from `start` up to (not including) `end`; may span midnight. start == end: none."""

    start: time
    end: time

    def contains(self, t: time) -> bool:
        t = t.replace(second=0, microsecond=0, tzinfo=None, fold=0)
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= t < self.end
        return t >= self.start or t < self.end


@dataclass(frozen=True)
class Recovery:
    """After heavy exercise: `per_day` reminders a day for `days` days from `started`; then it ends."""

    started: date
    days: int = 3
    per_day: int = 4

    @property
    def last_day(self) -> date:
        return self.started + timedelta(days=self.days - 1)

    def active_on(self, day: date) -> bool:
        return self.started <= day <= self.last_day


def recovery_since(started: str | None, days: int, per_day: int) -> Recovery | None:
    """The recovery that began on `started` (an ISO date, as the settings keep it) and lasts `days` days;
    None when there is none or the date cannot be read."""
    if started is None:
        return None
    try:
        return Recovery(date.fromisoformat(started), days, per_day)
    except ValueError:
        return None


@dataclass(frozen=True)
class ReminderRules:
    """The person's reminder rules, in local wall time."""

    times: tuple[time, ...] = (time(9, 0), time(19, 0))
    days: frozenset[int] = ALL_DAYS
    daily_goal: int = 2
    quiet: QuietHours | None = None
    skip_when_goal_met: bool = True
    snooze_minutes: int = 30
    recovery: Recovery | None = None
    enabled: bool = True
    max_times: int = MAX_TIMES  # daily reminders; hourly movement nudges (core/nudges.py) allow more

    def __post_init__(self) -> None:
        if self.enabled and not self.times:
            raise RuleError(RuleProblem.NO_TIMES, part=RulePart.TIMES)
        if len(self.times) > self.max_times:
            raise RuleError(RuleProblem.TOO_MANY_TIMES, self.max_times, part=RulePart.TIMES)
        if len(set(_minute(t) for t in self.times)) != len(self.times):
            raise RuleError(RuleProblem.TIME_TWICE, part=RulePart.TIMES)
        if self.enabled and not self.days:
            raise RuleError(RuleProblem.NO_DAYS, part=RulePart.DAYS)
        if not self.days <= ALL_DAYS:
            raise RuleError(RuleProblem.DAY_NUMBERS, part=RulePart.DAYS)
        _in_range(RulePart.DAILY_GOAL, self.daily_goal, GOAL_RANGE)
        _in_range(RulePart.SNOOZE_LENGTH, self.snooze_minutes, SNOOZE_RANGE)
        if self.recovery is not None:
            _in_range(RulePart.RECOVERY_PER_DAY, self.recovery.per_day, RECOVERY_PER_DAY_RANGE)
            _in_range(RulePart.RECOVERY_DAYS, self.recovery.days, RECOVERY_DAYS_RANGE)
        object.__setattr__(self, "times", tuple(sorted(_minute(t) for t in self.times)))

    def recovery_on(self, day: date) -> bool:
        return self.recovery is not None and self.recovery.active_on(day)

    def times_on(self, day: date) -> tuple[time, ...]:
        """The times of day a reminder is due on `day` (before quiet hours are taken out)."""
        if not self.enabled:
            return ()
        if self.recovery is not None and self.recovery.active_on(day):
            return recovery_times(self.times, self.recovery.per_day)
        return self.times if day.weekday() in self.days else ()

    def goal_on(self, day: date) -> int:
        if self.recovery is not None and self.recovery.active_on(day):
            return self.recovery.per_day
        return self.daily_goal


def _minute(t: time) -> time:
    return time(t.hour, t.minute)


def _in_range(what: RulePart, value: int, bounds: tuple[int, int]) -> None:
    low, high = bounds
    if not low <= value <= high:
        raise RuleError(RuleProblem.OUT_OF_RANGE, value, low, high, part=what)


def recovery_times(regular: Sequence[time], per_day: int) -> tuple[time, ...]:
    """`per_day` times spread evenly from the first regular time to the last, over at least 10 hours where
    that ends by 22:00, rounded to 5 minutes: 09:00 and 19:00 -> 09:00, 12:20, 15:40, 19:00."""
    first = min(regular, default=time(9, 0))
    last = max(regular, default=first)
    start = first.hour * 60 + first.minute
    end = last.hour * 60 + last.minute
    if end - start < 600:
        end = min(start + 600, max(22 * 60, end), 23 * 60 + 55)
    step = (end - start) / (per_day - 1)
    minutes = [5 * round((start + i * step) / 5) for i in range(per_day)]
    return tuple(time(m // 60, m % 60) for m in sorted(set(min(m, 23 * 60 + 55) for m in minutes)))


# -- wall time -> instants -------------------------------------------------------------------------------


def resolve_wall(wall: datetime, zone: tzinfo) -> datetime:
    """The instant (UTC) a local wall time names in `zone`.

    A wall time that happens twice (fall-back night) is its first occurrence; one that does not exist
    (spring-forward night) is the moment the clocks jumped: 02:30 in Berlin on that night is 03:00.
    """
    naive = wall.replace(tzinfo=None, fold=0)
    first = naive.replace(tzinfo=zone).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == naive:
        return first
    # In a gap: fold=1 reads the wall time with the offset after the jump, which lands before it.
    low = naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    high = first
    if low > high:
        low, high = high, low
    after = high.astimezone(zone).utcoffset()
    lo, hi = 0, math.ceil((high - low).total_seconds())
    while lo < hi:  # the first second whose offset is already the new one
        mid = (lo + hi) // 2
        if (low + timedelta(seconds=mid)).astimezone(zone).utcoffset() == after:
            hi = mid
        else:
            lo = mid + 1
    return low + timedelta(seconds=lo)


@dataclass(frozen=True, order=True)
class Slot:
    """One reminder a rule makes: due at an instant (UTC), named by its local wall time (date + time)."""

    due: datetime
    wall: datetime

    def local(self, zone: tzinfo) -> datetime:
        return self.due.astimezone(zone)


def slots_on(rules: ReminderRules, day: date, zone: tzinfo) -> tuple[Slot, ...]:
    """The reminders of one local day, in order, without those in quiet hours."""
    return _slots_on(rules, day, zone)


@lru_cache(maxsize=256)  # a check each minute asks for the same few days again
def _slots_on(rules: ReminderRules, day: date, zone: tzinfo) -> tuple[Slot, ...]:
    found: dict[datetime, Slot] = {}
    for t in rules.times_on(day):
        wall = datetime.combine(day, t)
        due = resolve_wall(wall, zone)
        if rules.quiet is not None and rules.quiet.contains(due.astimezone(zone).time()):
            continue
        found[due] = Slot(due, wall)  # two times in one DST gap come due together: one reminder
    return tuple(sorted(found.values()))


def slots_between(rules: ReminderRules, zone: tzinfo, after: datetime, until: datetime) -> Iterator[Slot]:
    """The reminders due in (after, until], in order."""
    after, until = after.astimezone(UTC), until.astimezone(UTC)
    day = after.astimezone(zone).date() - timedelta(days=1)
    last = until.astimezone(zone).date() + timedelta(days=1)
    while day <= last:
        for slot in slots_on(rules, day, zone):
            if after < slot.due <= until:
                yield slot
        day += timedelta(days=1)


def next_slot(
    rules: ReminderRules, zone: tzinfo, after: datetime, wall_after: datetime | None = None
) -> Slot | None:
    """The first reminder due strictly after `after` (and named later than `wall_after`, if given)."""
    after = after.astimezone(UTC)
    day = after.astimezone(zone).date() - timedelta(days=1)
    for _ in range(SEARCH_DAYS):
        for slot in slots_on(rules, day, zone):
            if slot.due > after and (wall_after is None or slot.wall > wall_after):
                return slot
        day += timedelta(days=1)
    return None


def next_midnight(now: datetime, zone: tzinfo) -> datetime:
    """The start of tomorrow in local time (UTC instant)."""
    tomorrow = now.astimezone(zone).date() + timedelta(days=1)
    return resolve_wall(datetime.combine(tomorrow, time(0, 0)), zone)


def ceil_minute(when: datetime) -> datetime:
    """Up to the next whole minute, so that a coarse once-a-minute check meets it on time."""
    when = when.astimezone(UTC)
    floor = when.replace(second=0, microsecond=0)
    return floor if floor == when else floor + timedelta(minutes=1)


# -- the planner -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reminder:
    """A reminder to show now."""

    due: datetime  # aware local
    shown_at: datetime  # aware local
    late: bool = False  # came after waking or starting up
    snoozed: bool = False  # came back after a snooze
    done_today: int = 0
    goal: int = 1


@dataclass(frozen=True)
class Decision:
    """The answer to one check: at most one reminder to show, what was recorded, whether one waits."""

    reminder: Reminder | None = None
    events: tuple[ReminderEvent, ...] = ()
    held: bool = False


@dataclass(frozen=True)
class _Due:
    due: datetime  # UTC
    slot: Slot | None  # None: a snoozed reminder coming back


class ReminderPlanner:
    """Decides at each check what is due. It holds no timer: call `check(now, ...)` about once a minute and
    on resume; it compares the wall clock with the reminders after the last one handled, so a check that
    comes late (asleep, switched off, clock or zone changed) fires at most one reminder."""

    def __init__(self, rules: ReminderRules, log: ReminderLog) -> None:
        self.rules = rules
        self.log = log
        self.open: Reminder | None = None  # fired, not yet acted on or snoozed, for up to two hours

    # -- reading ---------------------------------------------------------------------------------------

    def next_due(self, now: datetime, done_today: int = 0) -> datetime | None:
        """When the next reminder will come (aware local), leaving out today's if the goal is met."""
        zone = _zone(now)
        memory = self.log.memory()
        after = now.astimezone(UTC)
        if memory.handled_due is not None and memory.handled_due > after:
            after = memory.handled_due
        snooze = memory.snooze_until
        if snooze is not None and snooze > after:
            if memory.snooze_refire:
                return snooze.astimezone(zone)
            after = snooze - timedelta(microseconds=1)
        if self.rules.skip_when_goal_met and done_today >= self.rules.goal_on(now.astimezone(zone).date()):
            after = max(after, next_midnight(now, zone) - timedelta(microseconds=1))
        slot = next_slot(self.rules, zone, after, memory.handled_wall)
        return slot.local(zone) if slot else None

    def waiting(self, now: datetime) -> Reminder | None:
        """The reminder that fired and has not been answered yet (for up to two hours)."""
        self._expire(now)
        return self.open

    def goal_today(self, now: datetime) -> int:
        return self.rules.goal_on(now.date())

    # -- commands --------------------------------------------------------------------------------------

    def set_rules(self, rules: ReminderRules, now: datetime) -> None:
        """New rules apply from now: reminders of the new rules already past are not 'missed'."""
        was_enabled = self.rules.enabled
        self.rules = rules
        if rules.enabled and not was_enabled:
            memory = self.log.memory()
            self.log.record((), replace(memory, handled_due=now.astimezone(UTC), handled_wall=None))
        if not rules.enabled:
            self.open = None

    def check(self, now: datetime, done_today: int, session_running: bool = False) -> Decision:
        if not self.rules.enabled:
            return Decision()
        zone = _zone(now)
        now_utc = now.astimezone(UTC)
        memory = self._start(now_utc)
        due = self._due(memory, zone, now_utc)
        self._expire(now)
        if not due:
            if memory.snooze_until is not None and memory.snooze_until <= now_utc:
                self.log.record((), replace(memory, snooze_until=None, snooze_refire=False))
            return Decision()
        if session_running:
            return Decision(held=True)
        events: list[ReminderEvent] = []
        for item in due[:-1]:
            events.append(self._older(item, memory, zone, now))
        latest = due[-1]
        reminder: Reminder | None = None
        local_due = latest.due.astimezone(zone)
        goal = self.rules.goal_on(now.astimezone(zone).date())
        if latest.slot is not None and _snoozed(latest.due, memory):
            events.append(ReminderEvent(ReminderKind.SKIPPED, local_due, now, _snooze_detail(memory)))
        elif now_utc - latest.due > LATE_GRACE:
            events.append(ReminderEvent(ReminderKind.MISSED, local_due, now, _missed_detail(latest)))
        elif self.rules.skip_when_goal_met and done_today >= goal:
            events.append(ReminderEvent(ReminderKind.SKIPPED, local_due, now, "today's goal was already met"))
        else:
            late = now_utc - latest.due >= timedelta(minutes=2)
            detail = "after a snooze" if latest.slot is None else ""
            if late:
                detail = (detail + "; " if detail else "") + "late: the computer was asleep or off"
            events.append(ReminderEvent(ReminderKind.FIRED, local_due, now, detail))
            reminder = Reminder(local_due, now, late, latest.slot is None, done_today, goal)
            self.open = reminder
        self.log.record(events, self._after(memory, due, now_utc))
        return Decision(reminder, tuple(events))

    def session_ended(self, now: datetime, completed: bool, done_today: int) -> Decision:
        """A session ended: a reminder that came due while it ran is answered by it if it was completed,
        else it comes now."""
        if not completed:
            return self.check(now, done_today)
        zone = _zone(now)
        now_utc = now.astimezone(UTC)
        memory = self._start(now_utc)
        due = self._due(memory, zone, now_utc)
        if not due:
            return Decision()
        events = [self._older(item, memory, zone, now) for item in due[:-1]]
        events.append(
            ReminderEvent(
                ReminderKind.ACTED,
                due[-1].due.astimezone(zone),
                now,
                "a session was running when it came due",
            )
        )
        self.log.record(events, self._after(memory, due, now_utc))
        return Decision(None, tuple(events))

    def acted(self, now: datetime, detail: str = "") -> ReminderEvent | None:
        """A session was started while a reminder was waiting: that reminder was acted on."""
        self._expire(now)
        if self.open is None:
            return None
        event = ReminderEvent(ReminderKind.ACTED, self.open.due, now, detail)
        self.open = None
        self.log.record((event,), self.log.memory())
        return event

    def snooze(self, now: datetime, minutes: int | None = None, detail: str = "") -> ReminderEvent:
        """Remind again in `minutes` (the rules' snooze length by default), moved out of quiet hours."""
        minutes = self.rules.snooze_minutes if minutes is None else minutes
        if minutes <= 0:
            raise RuleError(RuleProblem.NOT_POSITIVE, part=RulePart.SNOOZE)
        zone = _zone(now)
        until = ceil_minute(now + timedelta(minutes=minutes))
        until = _out_of_quiet(self.rules, until, zone)
        return self._snooze(now, until, True, detail or f"for {minutes} min")

    def in_a_meeting(self, now: datetime) -> ReminderEvent:
        """'I'm in a meeting: remind me in 30 min' (`MEETING_MINUTES`)."""
        return self.snooze(now, MEETING_MINUTES, f"in a meeting: remind in {MEETING_MINUTES} min")

    def snooze_until_tomorrow(self, now: datetime) -> ReminderEvent:
        """No more reminders today; tomorrow's come as usual."""
        return self._snooze(now, next_midnight(now, _zone(now)), False, "until tomorrow")

    # -- inside ----------------------------------------------------------------------------------------

    def _expire(self, now: datetime) -> None:
        """A reminder waits for an answer for two hours; a session started later is one's own."""
        if self.open is not None and now.astimezone(UTC) - self.open.shown_at.astimezone(UTC) > LATE_GRACE:
            self.open = None

    def _snooze(self, now: datetime, until: datetime, refire: bool, detail: str) -> ReminderEvent:
        due = self.open.due if self.open is not None else until.astimezone(_zone(now))
        event = ReminderEvent(ReminderKind.SNOOZED, due, now, f"{detail} (until {_hhmm(until, now)})")
        self.open = None
        memory = replace(self.log.memory(), snooze_until=until.astimezone(UTC), snooze_refire=refire)
        self.log.record((event,), memory)
        return event

    def _start(self, now_utc: datetime) -> ReminderMemory:
        """The memory to count from; the first check ever starts now, and a clock that went back more
        than a day (it had been set wrong) starts again from now rather than staying silent."""
        memory = self.log.memory()
        if memory.handled_due is None or memory.handled_due - now_utc > timedelta(days=1):
            memory = replace(memory, handled_due=now_utc, handled_wall=None)
            if memory.snooze_until is not None and memory.snooze_until - now_utc > timedelta(days=1):
                memory = replace(memory, snooze_until=None, snooze_refire=False)
            self.log.record((), memory)
        return memory

    def _due(self, memory: ReminderMemory, zone: tzinfo, now_utc: datetime) -> list[_Due]:
        assert memory.handled_due is not None
        after = max(memory.handled_due, now_utc - BACKFILL_LIMIT)
        items = [
            _Due(slot.due, slot)
            for slot in slots_between(self.rules, zone, after, now_utc)
            if memory.handled_wall is None or slot.wall > memory.handled_wall
        ]
        snooze = memory.snooze_until
        if snooze is not None and memory.snooze_refire and snooze <= now_utc:
            items.append(_Due(snooze, None))
        items.sort(key=lambda d: (d.due, d.slot is not None))
        return items

    def _older(self, item: _Due, memory: ReminderMemory, zone: tzinfo, now: datetime) -> ReminderEvent:
        local_due = item.due.astimezone(zone)
        if item.slot is not None and _snoozed(item.due, memory):
            return ReminderEvent(ReminderKind.SKIPPED, local_due, now, _snooze_detail(memory))
        return ReminderEvent(ReminderKind.MISSED, local_due, now, _missed_detail(item))

    @staticmethod
    def _after(memory: ReminderMemory, due: list[_Due], now_utc: datetime) -> ReminderMemory:
        slots = [d.slot for d in due if d.slot is not None]
        if slots:
            memory = replace(memory, handled_due=slots[-1].due, handled_wall=slots[-1].wall)
        if memory.snooze_until is not None and memory.snooze_until <= now_utc:
            memory = replace(memory, snooze_until=None, snooze_refire=False)
        return memory


def _zone(now: datetime) -> tzinfo:
    if now.tzinfo is None:
        raise ValueError("the planner needs an aware local time")
    return now.tzinfo


def _snoozed(due: datetime, memory: ReminderMemory) -> bool:
    return memory.snooze_until is not None and due < memory.snooze_until


def _snooze_detail(memory: ReminderMemory) -> str:
    return "snoozed" if memory.snooze_refire else "snoozed until tomorrow"


def _missed_detail(item: _Due) -> str:
    what = "a snoozed reminder" if item.slot is None else "due"
    return f"{what} while the computer was asleep or off"


def _hhmm(when: datetime, now: datetime) -> str:
    local = when.astimezone(_zone(now))
    if local.date() == now.date():
        return local.strftime("%H:%M")
    return local.strftime("%a %H:%M")


def _out_of_quiet(rules: ReminderRules, when: datetime, zone: tzinfo) -> datetime:
    """A snooze that would end in quiet hours ends when they end."""
    quiet = rules.quiet
    local = when.astimezone(zone)
    if quiet is None or not quiet.contains(local.time()):
        return when
    day = local.date()
    if quiet.start > quiet.end and local.time() >= quiet.start:
        day += timedelta(days=1)
    return resolve_wall(datetime.combine(day, quiet.end), zone)
