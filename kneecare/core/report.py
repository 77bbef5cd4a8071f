"""The report for a health professional as plain data (what was done, how it felt, safety), and "what seems
to help you": each program's and each time of day's average change in the person's own ratings."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field
from datetime import date, datetime, timedelta
from math import fsum, sqrt

from kneecare.core.lazy_dataclass import dataclass
from kneecare.core.safety import LegAllClear, Screening
from kneecare.core.stats import MEASURES, RatedSession, Rating, RatingChange, rating_change, week_start

DEFAULT_DAYS = 90  # the report's period when none is given: the last 90 days, today included
HELP_MEASURES = ("tension", "pain")  # what "what seems to help you" compares
MIN_RATED = 5  # a finding needs at least this many sessions rated before and after (on each side)
NOON = 12  # a session started before this hour is a morning one; from it on, later in the day
EARLY_STATUSES = ("stopped", "safety_stopped", "interrupted", "skipped")  # ended early, in this order
# The 0.90 quantile of Student's t by degrees of freedom (a two-sided 80% interval); between rows the
# smaller degrees of freedom is used, so the interval is never narrower than it should be.
T80 = (
    (1, 3.078),
    (2, 1.886),
    (3, 1.638),
    (4, 1.533),
    (5, 1.476),
    (6, 1.440),
    (7, 1.415),
    (8, 1.397),
    (9, 1.383),
    (10, 1.372),
    (12, 1.356),
    (15, 1.341),
    (20, 1.325),
    (30, 1.310),
    (60, 1.296),
    (120, 1.289),
)
T80_LIMIT = 1.282


class EmptyPeriod(ValueError):
    """No session was recorded in the period: there is nothing to report."""


@dataclass(frozen=True)
class SafetyReport:
    """A report of sharp pain, numbness or tingling during a session (`kind`), or, with kind "stopped",
    a session ended for safety without one."""

    at: datetime
    program: str
    kind: str
    step_kind: str | None
    knee: str | None


@dataclass(frozen=True)
class LoggedSession:
    """One session as the report reads it. `knee_seconds`: time spent on each knee ("left", "right")."""

    program: str
    kind: str
    started_at: datetime  # aware, local where it happened
    status: str
    done_seconds: float
    knee_seconds: Mapping[str, float] = field(default_factory=dict)
    before: Rating | None = None
    after: Rating | None = None
    reports: tuple[SafetyReport, ...] = ()

    @property
    def day(self) -> date:
        return self.started_at.date()

    @property
    def morning(self) -> bool:
        return self.started_at.hour < NOON


@dataclass(frozen=True)
class SafetyLog:
    """The safety records the report shows: the latest screening up to the period's end, and every "yes"
    to the daily leg question and every all-clear in the period."""

    screening: Screening | None = None
    red_flags: tuple[datetime, ...] = ()
    all_clears: tuple[LegAllClear, ...] = ()


@dataclass(frozen=True)
class Period:
    first: date
    last: date  # inclusive

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"the period ends ({self.last}) before it starts ({self.first})")

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


def default_period(today: date, first: date | None = None, last: date | None = None) -> Period:
    """The period asked for; the end defaults to today and the start to `DEFAULT_DAYS` days before it
    ends. ValueError when it ends before it starts."""
    end = last or today
    return Period(first or end - timedelta(days=DEFAULT_DAYS - 1), end)


@dataclass(frozen=True)
class WeekCount:
    """One Monday-to-Sunday week, cut to the period: sessions done towards the goal, and the goal."""

    start: date
    days: int
    done: int  # completed sessions of the kinds the goal counts
    goal: int  # daily goal x days

    @property
    def per_day(self) -> float:
        return self.done / self.days


@dataclass(frozen=True)
class ProgramUse:
    program: str
    kind: str
    sessions: int
    minutes: float


@dataclass(frozen=True)
class WeekRatings:
    """The mean rating before and after sessions in one week (None: nothing rated that week)."""

    start: date
    measure: str
    before: float | None
    after: float | None


@dataclass(frozen=True)
class Change:
    """The mean change after a session (after minus before: below 0 is lower after) over `count` sessions,
    with an 80% interval of that mean."""

    measure: str
    count: int
    mean: float
    low: float
    high: float


@dataclass(frozen=True)
class Finding:
    """What seems to help: a program (`group` "program", `key` its id) or a time of day (`group` "time",
    `key` "morning" or "later"), with the changes that have enough sessions behind them."""

    group: str
    key: str
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class Report:
    period: Period
    made_at: datetime
    daily_goal: int
    daily_question_on: bool
    sessions: int
    completed: int
    early: Mapping[str, int]  # status -> count, EARLY_STATUSES only, zeros left out
    weeks: tuple[WeekCount, ...]
    programs: tuple[ProgramUse, ...]  # most used first
    knee_minutes: Mapping[str, float]  # "left", "right"
    ratings: tuple[RatingChange, ...]  # the measures rated both before and after, in MEASURES order
    trend: tuple[WeekRatings, ...]  # tension and pain, week by week
    screening: Screening | None
    red_flags: tuple[datetime, ...]
    all_clears: tuple[LegAllClear, ...]
    safety_reports: tuple[SafetyReport, ...]
    findings: tuple[Finding, ...]

    @property
    def ended_early(self) -> int:
        return sum(self.early.values())


def build_report(
    sessions: Iterable[LoggedSession],
    safety: SafetyLog,
    period: Period,
    made_at: datetime,
    *,
    daily_goal: int,
    goal_kinds: Sequence[str] = ("knee",),
    daily_question_on: bool = True,
) -> Report:
    """The report of the sessions in `period` (others are left out). EmptyPeriod when there are none."""
    chosen = sorted((s for s in sessions if s.day in period and s.status != "in_progress"), key=_start)
    if not chosen:
        raise EmptyPeriod(f"no session was recorded from {period.first} to {period.last}")
    statuses = Counter(s.status for s in chosen)
    rated = [RatedSession(s.day, s.before, s.after) for s in chosen]
    changes = tuple(c for m in MEASURES if (c := rating_change(rated, m)) is not None)
    reports: list[SafetyReport] = []
    for s in chosen:
        reports.extend(s.reports)
        if s.status == "safety_stopped" and not s.reports:
            reports.append(SafetyReport(s.started_at, s.program, "stopped", None, None))
    return Report(
        period=period,
        made_at=made_at,
        daily_goal=daily_goal,
        daily_question_on=daily_question_on,
        sessions=len(chosen),
        completed=statuses["completed"],
        early={k: statuses[k] for k in EARLY_STATUSES if statuses[k]},
        weeks=tuple(week_counts(chosen, period, daily_goal, goal_kinds)),
        programs=tuple(program_use(chosen)),
        knee_minutes=knee_minutes(chosen),
        ratings=changes,
        trend=tuple(weekly_ratings(chosen, period, HELP_MEASURES)),
        screening=safety.screening,
        red_flags=tuple(sorted(t for t in safety.red_flags if t.date() in period)),
        all_clears=tuple(sorted((c for c in safety.all_clears if c.at.date() in period), key=lambda c: c.at)),
        safety_reports=tuple(sorted(reports, key=lambda r: r.at)),
        findings=tuple(findings(chosen)),
    )


def _start(s: LoggedSession) -> datetime:
    return s.started_at


def weeks_of(period: Period) -> list[tuple[date, date]]:
    """The period's Monday-to-Sunday weeks, the first and last cut to the period."""
    out = []
    start = period.first
    while start <= period.last:
        end = min(period.last, week_start(start) + timedelta(days=6))
        out.append((start, end))
        start = end + timedelta(days=1)
    return out


def week_counts(
    sessions: Iterable[LoggedSession], period: Period, daily_goal: int, goal_kinds: Sequence[str]
) -> list[WeekCount]:
    done: Counter[date] = Counter(
        week_start(s.day) for s in sessions if s.status == "completed" and s.kind in goal_kinds
    )
    out = []
    for start, end in weeks_of(period):
        days = (end - start).days + 1
        out.append(WeekCount(start, days, done[week_start(start)], daily_goal * days))
    return out


def program_use(sessions: Iterable[LoggedSession]) -> list[ProgramUse]:
    """Each program and routine used, with its sessions and minutes, most used first (then by name)."""
    count: Counter[str] = Counter()
    seconds: dict[str, float] = defaultdict(float)
    kinds: dict[str, str] = {}
    for s in sessions:
        count[s.program] += 1
        seconds[s.program] += s.done_seconds
        kinds[s.program] = s.kind
    order = sorted(count, key=lambda p: (-count[p], p))
    return [ProgramUse(p, kinds[p], count[p], seconds[p] / 60.0) for p in order]


def knee_minutes(sessions: Iterable[LoggedSession]) -> dict[str, float]:
    total = {"left": 0.0, "right": 0.0}
    for s in sessions:
        for knee, seconds in s.knee_seconds.items():
            if knee in total:
                total[knee] += seconds
    return {k: v / 60.0 for k, v in total.items()}


def weekly_ratings(
    sessions: Iterable[LoggedSession], period: Period, measures: Sequence[str]
) -> list[WeekRatings]:
    """Per week and measure, the mean before and the mean after (each over what was rated)."""
    values: dict[tuple[date, str, str], list[int]] = defaultdict(list)
    for s in sessions:
        for moment, rating in (("before", s.before), ("after", s.after)):
            for m in measures:
                v = rating.value(m) if rating is not None else None
                if v is not None:
                    values[(week_start(s.day), m, moment)].append(v)
    out = []
    for m in measures:
        for start, _ in weeks_of(period):
            key = week_start(start)
            out.append(
                WeekRatings(
                    start, m, _mean(values.get((key, m, "before"))), _mean(values.get((key, m, "after")))
                )
            )
    return out


def _mean(values: Sequence[int] | None) -> float | None:
    return fsum(values) / len(values) if values else None


# -- what seems to help you ------------------------------------------------------------------------


def t80(count: int) -> float:
    """The multiplier of the standard error for an 80% interval of a mean of `count` values."""
    df = count - 1
    if df < 1:
        raise ValueError("an interval needs at least two values")
    value = T80[0][1]
    for rows_df, t in T80:
        if rows_df > df:
            return value
        value = t
    return T80_LIMIT if df > 2 * T80[-1][0] else value


def change_of(measure: str, deltas: Sequence[float]) -> Change:
    """The mean of `deltas` (after minus before) with its 80% interval; at least two values."""
    n = len(deltas)
    mean = fsum(deltas) / n
    spread = sqrt(fsum((d - mean) ** 2 for d in deltas) / (n - 1)) if n > 1 else 0.0
    half = t80(n) * spread / sqrt(n)
    return Change(measure, n, mean, mean - half, mean + half)


def deltas(sessions: Iterable[LoggedSession], measure: str) -> list[float]:
    """After minus before, for each session rated on `measure` both times."""
    out: list[float] = []
    for s in sessions:
        b = s.before.value(measure) if s.before is not None else None
        a = s.after.value(measure) if s.after is not None else None
        if b is not None and a is not None:
            out.append(float(a - b))
    return out


def findings(sessions: Sequence[LoggedSession], minimum: int = MIN_RATED) -> list[Finding]:
    """Per program (most rated first), then mornings against later in the day: the changes with at least
    `minimum` sessions rated before and after. A time of day is shown only when both times have that many
    for the measure, so the two sides compare."""
    out: list[Finding] = []
    by_program: dict[str, list[LoggedSession]] = defaultdict(list)
    for s in sessions:
        by_program[s.program].append(s)
    found = []
    for program, group in by_program.items():
        changes = tuple(change_of(m, d) for m in HELP_MEASURES if len(d := deltas(group, m)) >= minimum)
        if changes:
            found.append(Finding("program", program, changes))
    found.sort(key=lambda f: (-max(c.count for c in f.changes), f.key))
    out.extend(found)
    sides = {
        "morning": [s for s in sessions if s.morning],
        "later": [s for s in sessions if not s.morning],
    }
    compared = {m: {k: deltas(v, m) for k, v in sides.items()} for m in HELP_MEASURES}
    for key in sides:
        changes = tuple(
            change_of(m, compared[m][key])
            for m in HELP_MEASURES
            if all(len(d) >= minimum for d in compared[m].values())
        )
        if changes:
            out.append(Finding("time", key, changes))
    return out


def clearest(found: Iterable[Finding], measure: str = "tension") -> Finding | None:
    """The program whose 80% interval of change on `measure` lies furthest below zero (a drop after
    sessions), when that interval lies wholly below zero; else None."""
    best: tuple[float, Finding] | None = None
    for f in found:
        if f.group != "program":
            continue
        for c in f.changes:
            if c.measure == measure and c.high < 0 and (best is None or c.high < best[0]):
                best = (c.high, f)
    return best[1] if best else None


def more_needed(sessions: Iterable[LoggedSession], minimum: int = MIN_RATED) -> int:
    """How many more sessions rated before and after the most rated program needs for its first line of
    `findings` (on tension or pain); 0 when one has enough already."""
    rated: Counter[str] = Counter()
    by_program: dict[str, list[LoggedSession]] = defaultdict(list)
    for s in sessions:
        by_program[s.program].append(s)
    for program, group in by_program.items():
        rated[program] = max(len(deltas(group, m)) for m in HELP_MEASURES)
    return max(0, minimum - max(rated.values(), default=0))
