"""The report's numbers (kneecare/core/report.py), against hand-computed cases."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kneecare.core.report import (
    EmptyPeriod,
    LoggedSession,
    Period,
    SafetyLog,
    build_report,
    change_of,
    clearest,
    default_period,
    findings,
    more_needed,
    t80,
)
from kneecare.core.stats import Rating

BERLIN = ZoneInfo("Europe/Berlin")


def s(
    day: int, hour: int, before: int | None, after: int | None, program: str = "daily", **kw: object
) -> LoggedSession:
    started = datetime(2025, 3, day, hour, tzinfo=BERLIN)
    return LoggedSession(
        program=program,
        kind=str(kw.get("kind", "knee")),
        started_at=started,
        status=str(kw.get("status", "completed")),
        done_seconds=float(kw.get("seconds", 300.0)),  # type: ignore[arg-type]
        knee_seconds={"left": 150.0, "right": 150.0},
        before=Rating(before, before) if before is not None else None,
        after=Rating(after, after) if after is not None else None,
    )


def test_change_and_its_80_percent_interval_by_hand() -> None:
    # Changes -2, -3, -1, -2, -2: mean -2; sample sd sqrt(2/4) = 0.7071; se 0.3162; t(0.9, 4) = 1.533.
    c = change_of("tension", [-2, -3, -1, -2, -2])
    assert c.mean == pytest.approx(-2.0)
    assert c.low == pytest.approx(-2.0 - 1.533 * 0.31623, abs=1e-4)
    assert c.high == pytest.approx(-2.0 + 1.533 * 0.31623, abs=1e-4)
    assert c.count == 5


def test_t80_never_narrower_between_table_rows() -> None:
    assert t80(5) == 1.533  # 4 degrees of freedom
    assert t80(12) == 1.372  # 11: the row for 10 (wider), not 12
    assert t80(10_000) == pytest.approx(1.282)


def test_a_program_needs_five_rated_sessions() -> None:
    four = [s(d, 8, 6, 4) for d in range(1, 5)]
    assert findings(four) == []
    five = [*four, s(5, 8, 6, 3)]  # changes -2, -2, -2, -2, -3: mean -2.2
    (f,) = [f for f in findings(five) if f.group == "program"]
    tension = f.changes[0]
    assert (f.key, tension.measure, tension.count) == ("daily", "tension", 5)
    assert tension.mean == pytest.approx(-2.2)


def test_time_of_day_only_when_both_sides_have_five() -> None:
    mornings = [s(d, 8, 6, 4) for d in range(1, 6)]
    evenings = [s(d, 20, 6, 5) for d in range(1, 5)]
    assert [f for f in findings(mornings + evenings) if f.group == "time"] == []
    evenings.append(s(6, 20, 6, 5))
    times = {f.key: f.changes[0].mean for f in findings(mornings + evenings) if f.group == "time"}
    assert times == {"morning": pytest.approx(-2.0), "later": pytest.approx(-1.0)}


@given(
    st.lists(st.tuples(st.integers(0, 10), st.integers(0, 10)), min_size=2, max_size=40),
    st.integers(0, 10),
)
def test_a_session_with_no_change_never_moves_an_average_away_from_zero(
    pairs: list[tuple[int, int]], level: int
) -> None:
    """Adding a session rated the same before and after can only bring the average change towards 0, never
    raise its size nor flip its direction."""
    deltas = [float(a - b) for b, a in pairs]
    old = change_of("tension", deltas).mean
    new = change_of("tension", [*deltas, float(level - level)]).mean
    assert abs(new) <= abs(old) + 1e-12
    assert new * old >= 0


def test_report_counts_by_hand() -> None:
    sessions = [
        s(3, 8, 6, 4),  # Monday 3 March
        s(4, 8, 6, 3),
        s(4, 20, None, None, status="stopped", seconds=60.0),
        s(5, 8, None, None, program="calf_raises", kind="routine", seconds=120.0),
        s(20, 8, 5, 5, status="safety_stopped"),
        s(1, 8, 1, 1),  # before the period: left out
    ]
    period = Period(date(2025, 3, 3), date(2025, 3, 16))  # two whole weeks
    r = build_report(sessions, SafetyLog(), period, datetime(2025, 3, 17, tzinfo=BERLIN), daily_goal=2)
    assert (r.sessions, r.completed, dict(r.early)) == (4, 3, {"stopped": 1})
    assert [(w.start, w.done, w.goal) for w in r.weeks] == [
        (date(2025, 3, 3), 2, 14),
        (date(2025, 3, 10), 0, 14),
    ]
    assert [(p.program, p.sessions, p.minutes) for p in r.programs] == [
        ("daily", 3, 11.0),
        ("calf_raises", 1, 2.0),
    ]
    assert r.knee_minutes == {"left": 10.0, "right": 10.0}
    tension = r.ratings[0]
    assert (tension.count, tension.mean_before, tension.mean_after) == (2, 6.0, 3.5)
    with pytest.raises(EmptyPeriod):
        build_report(
            sessions,
            SafetyLog(),
            Period(date(2025, 4, 1), date(2025, 4, 2)),
            datetime.now(BERLIN),
            daily_goal=2,
        )


def test_a_safety_stop_without_a_report_is_still_listed() -> None:
    period = Period(date(2025, 3, 17), date(2025, 3, 23))
    r = build_report(
        [s(20, 8, 5, None, status="safety_stopped")], SafetyLog(), period, datetime.now(BERLIN), daily_goal=1
    )
    assert [(x.kind, x.at.day) for x in r.safety_reports] == [("stopped", 20)]


def test_default_period_and_backwards() -> None:
    p = default_period(date(2025, 4, 27))
    assert (p.first, p.last, p.days) == (date(2025, 1, 28), date(2025, 4, 27), 90)
    with pytest.raises(ValueError):
        default_period(date(2025, 4, 27), date(2025, 4, 2), date(2025, 4, 1))


def test_clearest_needs_an_interval_wholly_below_zero() -> None:
    steady = [s(d, 8, 6, 4, program="relax") for d in range(1, 7)]
    mixed = [s(d, 8, 6, 6 + (1 if d % 2 else -1), program="daily") for d in range(1, 7)]
    found = findings(steady + mixed)
    best = clearest(found)
    assert best is not None and best.key == "relax"
    assert clearest(findings(mixed)) is None


def test_more_needed_counts_the_most_rated_programs_gap() -> None:
    """Rated only before, or a routine never rated, does not count; the most rated program decides."""
    assert more_needed([]) == 5
    relax = [s(d, 8, 6, 4, program="relax") for d in range(1, 4)]
    daily = [s(d, 9, 6, 5) for d in range(1, 3)]
    half = [s(d, 10, 6, None, program="relax") for d in range(4, 8)]
    assert more_needed(relax + daily + half) == 2
    relax.append(s(9, 8, 6, 4, program="relax"))
    assert more_needed(relax + daily) == 1
    relax.append(s(10, 8, 6, 6, program="relax"))  # no change is still a rated session
    assert more_needed(relax + daily) == 0
    assert findings(relax) and more_needed(relax, minimum=7) == 2
