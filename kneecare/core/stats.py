"""History arithmetic, pure: sessions per local day against the daily goal, streaks, minutes per week, and
how the ratings before a session compare with those after it (the history view says so in words)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta, tzinfo
from itertools import pairwise
from math import fsum

from kneecare.core.lazy_dataclass import dataclass

MEASURES = ("tension", "pain", "swelling")
RATING_MIN = 0
RATING_MAX = 10
RANGES = (7, 30, 90, 365)  # the view's choices, in days
MAX_DAY_BUCKETS = 31  # longer ranges are shown per week
MAX_WEEKDAY_LABELS = 7  # a week's bars are named by weekday; a month's by the day of the month
#: How many weeks the minutes-per-week chart shows with each range.
WEEKS_SHOWN = {7: 8, 30: 8, 90: 13, 365: 52}


@dataclass(frozen=True)
class Rating:
    """One quick rating, 0 (none) to 10 (worst); None where the person left a slider untouched."""

    tension: int | None = None
    pain: int | None = None
    swelling: int | None = None
    note: str = ""

    def __post_init__(self) -> None:
        for measure in MEASURES:
            value = getattr(self, measure)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"{measure}: {value!r} is not a whole number")
            if not RATING_MIN <= value <= RATING_MAX:
                raise ValueError(f"{measure}: {value} is not from {RATING_MIN} to {RATING_MAX}")

    def value(self, measure: str) -> int | None:
        if measure not in MEASURES:
            raise ValueError(f"unknown measure {measure!r}")
        value: int | None = getattr(self, measure)
        return value

    @property
    def empty(self) -> bool:
        """Nothing was given: no slider moved and no note."""
        return all(self.value(m) is None for m in MEASURES) and not self.note.strip()


@dataclass(frozen=True)
class DayTally:
    """One local calendar day: sessions completed, sessions ended early, and seconds practised."""

    day: date
    done: int = 0
    other: int = 0
    seconds: float = 0.0

    @property
    def sessions(self) -> int:
        return self.done + self.other


@dataclass(frozen=True)
class Streaks:
    """Runs of consecutive local days with at least one completed session."""

    current: int
    best: int
    best_end: date | None
    done_today: bool


@dataclass(frozen=True)
class WeekTotal:
    start: date  # a Monday
    minutes: float
    sessions: int


@dataclass(frozen=True)
class RatedSession:
    """The ratings given around one session, on the local day it started."""

    day: date
    before: Rating | None
    after: Rating | None


@dataclass(frozen=True)
class RatingChange:
    """How one measure moved from before to after, over the sessions rated both times."""

    measure: str
    count: int
    mean_before: float
    mean_after: float

    @property
    def mean_change(self) -> float:
        return self.mean_after - self.mean_before


@dataclass(frozen=True)
class TrendPoint:
    """The mean rating before and after sessions in one bucket of days (None: nothing rated)."""

    start: date
    end: date  # inclusive
    before: float | None
    after: float | None
    count: int


def local_day(when: datetime, zone: tzinfo | None = None) -> date:
    """The calendar day on the wall clock where `when` happened (its own zone, or `zone`).

    Days come from local dates, never from 24-hour steps, so DST days of 23 or 25 hours count once.
    """
    if when.tzinfo is None:
        raise ValueError("a naive time has no local day")
    return (when.astimezone(zone) if zone is not None else when).date()


def day_range(last: date, days: int) -> list[date]:
    """The `days` calendar days ending with `last`, oldest first."""
    if days < 1:
        raise ValueError("a range has at least one day")
    return [last - timedelta(days=n) for n in range(days - 1, -1, -1)]


def day_series(tallies: Mapping[date, DayTally], last: date, days: int) -> list[DayTally]:
    """Every day of the range, with zeros for days without sessions."""
    return [tallies.get(day, DayTally(day)) for day in day_range(last, days)]


def goal_days(series: Iterable[DayTally], goal: int) -> int:
    """How many days met the daily goal (completed sessions only)."""
    return sum(1 for t in series if t.done >= goal)


def streaks(days: Iterable[date], today: date) -> Streaks:
    """Current and best run of consecutive days with a completed session.

    The current streak still counts while today is young: with nothing yet today, it is the run that
    ended yesterday. A day in the future (a clock set back) is ignored for the current streak.
    """
    return number_streaks(sorted({d.toordinal() for d in days}), today)


def number_streaks(numbers: Sequence[int], today: date) -> Streaks:
    """`streaks` for days given as sorted, distinct `date.toordinal()` numbers (decades in milliseconds:
    one pass to find where runs break, then a loop over the runs only)."""
    if not numbers:
        return Streaks(0, 0, None, False)
    ends = [i for i, (a, b) in enumerate(pairwise(numbers)) if b - a != 1]
    ends.append(len(numbers) - 1)
    best = best_end = start = 0
    for end in ends:
        if end - start + 1 > best:
            best, best_end = end - start + 1, end
        start = end + 1
    now = today.toordinal()
    i = bisect_right(numbers, now) - 1  # the last day not after today
    done_today = i >= 0 and numbers[i] == now
    current = 0
    if i >= 0 and numbers[i] >= now - 1:
        run = bisect_left(ends, i)
        current = i - (ends[run - 1] + 1 if run else 0) + 1
    return Streaks(current, best, date.fromordinal(numbers[best_end]), done_today)


def week_start(day: date, first_weekday: int = 0) -> date:
    """The first day of the week `day` is in: its Monday, or the weekday `first_weekday` (Monday 0 to
    Sunday 6, as the person's locale begins a week: Sunday in the US)."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def minutes_per_week(
    tallies: Mapping[date, DayTally], last: date, weeks: int, first_weekday: int = 0
) -> list[WeekTotal]:
    """Minutes practised (all sessions, also those ended early) in each of the last `weeks` weeks, each
    week beginning on `first_weekday` (Monday 0)."""
    if weeks < 1:
        raise ValueError("at least one week")
    first = week_start(last, first_weekday) - timedelta(weeks=weeks - 1)
    seconds = {first + timedelta(weeks=n): 0.0 for n in range(weeks)}
    sessions = dict.fromkeys(seconds, 0)
    for day, tally in tallies.items():
        if first <= day <= last:
            start = week_start(day, first_weekday)
            seconds[start] += tally.seconds
            sessions[start] += tally.sessions
    return [WeekTotal(start, seconds[start] / 60.0, sessions[start]) for start in sorted(seconds)]


def buckets(last: date, days: int) -> list[tuple[date, date]]:
    """The range as (first, last) day buckets: single days up to a month, else Monday-to-Sunday weeks
    (the first and last week cut to the range)."""
    first = last - timedelta(days=days - 1)
    if days <= MAX_DAY_BUCKETS:
        return [(d, d) for d in day_range(last, days)]
    out: list[tuple[date, date]] = []
    start = first
    while start <= last:
        end = min(last, week_start(start) + timedelta(days=6))
        out.append((start, end))
        start = end + timedelta(days=1)
    return out


@dataclass(frozen=True)
class RangeShape:
    """How the view draws a range of `days`: a bar a day up to a month, else each week's average per day;
    each bar named by its weekday (a week), its day of the month (a month) or its Monday's date."""

    days: int
    weekly: bool
    labels: str  # "weekday", "day" or "week"
    weeks_shown: int  # the minutes-per-week chart's weeks

    def start(self, last: date) -> date:
        """The first day of the range that ends with `last`."""
        return last - timedelta(days=self.days - 1)


def range_shape(days: int) -> RangeShape:
    """The shape of one of the view's ranges (`RANGES`); any other length is refused."""
    if days not in RANGES:
        raise ValueError(f"{days} days is not one of the ranges {RANGES}")
    weekly = days > MAX_DAY_BUCKETS
    labels = "week" if weekly else "weekday" if days <= MAX_WEEKDAY_LABELS else "day"
    return RangeShape(days, weekly, labels, WEEKS_SHOWN[days])


def first_day_read(today: date) -> date:
    """The earliest day any range or the minutes-per-week chart shows: what the view reads once."""
    longest = range_shape(max(RANGES)).start(today)
    weeks = week_start(today) - timedelta(weeks=max(WEEKS_SHOWN.values()) - 1)
    return min(longest, weeks)


@dataclass(frozen=True)
class SpanTally:
    """Sessions over a span of days (a week on the long ranges), and what that makes per day."""

    start: date
    end: date  # inclusive
    done: int
    other: int
    seconds: float

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def done_per_day(self) -> float:
        return self.done / self.days

    @property
    def other_per_day(self) -> float:
        return self.other / self.days


def span_tallies(tallies: Mapping[date, DayTally], spans: Sequence[tuple[date, date]]) -> list[SpanTally]:
    """Add up the days of each span (see `buckets`)."""
    out = []
    for start, end in spans:
        days = [tallies[d] for d in day_range(end, (end - start).days + 1) if d in tallies]
        out.append(
            SpanTally(
                start,
                end,
                sum(t.done for t in days),
                sum(t.other for t in days),
                fsum(t.seconds for t in days),
            )
        )
    return out


def _mean(values: Sequence[float]) -> float | None:
    return fsum(values) / len(values) if values else None


def rating_change(rated: Iterable[RatedSession], measure: str) -> RatingChange | None:
    """The mean rating before and after, over sessions rated on `measure` both times; None if none."""
    pairs: list[tuple[int, int]] = []
    for session in rated:
        if session.before is None or session.after is None:
            continue
        before, after = session.before.value(measure), session.after.value(measure)
        if before is not None and after is not None:
            pairs.append((before, after))
    if not pairs:
        return None
    return RatingChange(
        measure=measure,
        count=len(pairs),
        mean_before=fsum(b for b, _ in pairs) / len(pairs),
        mean_after=fsum(a for _, a in pairs) / len(pairs),
    )


def rating_trend(
    rated: Iterable[RatedSession], measure: str, spans: Sequence[tuple[date, date]]
) -> list[TrendPoint]:
    """Per bucket: the mean `measure` before sessions and after sessions (each over what was rated)."""
    before: list[list[float]] = [[] for _ in spans]
    after: list[list[float]] = [[] for _ in spans]
    counts = [0] * len(spans)
    starts = [s for s, _ in spans]
    for session in rated:
        index = _bucket_of(starts, spans, session.day)
        if index is None:
            continue
        b = session.before.value(measure) if session.before else None
        a = session.after.value(measure) if session.after else None
        if b is not None:
            before[index].append(b)
        if a is not None:
            after[index].append(a)
        if b is not None or a is not None:
            counts[index] += 1
    return [
        TrendPoint(start, end, _mean(before[i]), _mean(after[i]), counts[i])
        for i, (start, end) in enumerate(spans)
    ]


def _bucket_of(starts: Sequence[date], spans: Sequence[tuple[date, date]], day: date) -> int | None:
    index = bisect_right(starts, day) - 1
    if index < 0 or day > spans[index][1]:
        return None
    return index
