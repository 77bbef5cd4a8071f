"""The history's numbers, read as a person would: days on their own wall clock, streaks that survive DST
and midnight, minutes per week, and the sentence about how the ratings moved."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kneecare.core.stats import (
    DayTally,
    RatedSession,
    Rating,
    RatingChange,
    buckets,
    day_series,
    first_day_read,
    goal_days,
    local_day,
    minutes_per_week,
    range_shape,
    rating_change,
    rating_trend,
    streaks,
)
from kneecare.store.store import Store

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")  # DST moves the clock by 30 minutes there


def at(day: date, hour: int, minute: int, zone: ZoneInfo) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def days_of(*times: datetime) -> list[date]:
    return [local_day(t) for t in times]


def test_sessions_either_side_of_midnight_are_two_days_and_make_a_streak():
    days = days_of(
        datetime(2026, 11, 24, 23, 50, tzinfo=BERLIN), datetime(2026, 11, 25, 0, 10, tzinfo=BERLIN)
    )
    assert days == [date(2026, 11, 24), date(2026, 11, 25)]
    assert streaks(days, today=date(2026, 11, 25)).current == 2


@pytest.mark.parametrize(
    ("zone", "short_day", "long_day", "shift"),
    [
        (BERLIN, date(2026, 3, 29), date(2026, 10, 25), 1.0),
        (NEW_YORK, date(2026, 3, 8), date(2026, 11, 1), 1.0),
        (LORD_HOWE, date(2026, 10, 4), date(2026, 4, 5), 0.5),
    ],
)
def test_a_streak_runs_through_the_23_and_25_hour_days_of_dst(zone, short_day, long_day, shift):
    for dst_day, hours in ((short_day, 96 - shift), (long_day, 96 + shift)):
        # Late each evening, from two days before the change to two days after: five days in a row...
        times = [at(dst_day + timedelta(days=n), 23, 40, zone) for n in range(-2, 3)]
        # ...and one just after midnight on the DST day itself: the same local day as that evening.
        times.append(at(dst_day, 0, 5, zone))
        days = days_of(*times)
        assert len(set(days)) == 5
        result = streaks(days, today=dst_day + timedelta(days=2))
        assert (result.current, result.best, result.done_today) == (5, 5, True)
        # Elapsed time is no measure of days here: four evenings apart are not 4 x 24 hours.
        elapsed = times[4].astimezone(UTC) - times[0].astimezone(UTC)
        assert elapsed.total_seconds() / 3600 == hours


def test_the_fall_back_night_with_01_30_twice_is_one_day_with_two_sessions():
    first = datetime(2026, 11, 1, 1, 30, tzinfo=NEW_YORK)
    second = datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=NEW_YORK)
    assert (second - first.astimezone(NEW_YORK)).total_seconds() == 0  # same wall time...
    assert second.astimezone(ZoneInfo("UTC")) - first.astimezone(ZoneInfo("UTC")) == timedelta(hours=1)
    assert days_of(first, second) == [date(2026, 11, 1)] * 2


def test_a_summer_evening_stays_on_its_day_when_looked_at_in_winter():
    july = datetime(2026, 7, 10, 23, 30, tzinfo=BERLIN)  # 21:30 UTC; with winter's +1 it would be 22:30
    assert local_day(july) == date(2026, 7, 10)
    assert local_day(july, ZoneInfo("Asia/Tokyo")) == date(2026, 7, 11)  # asked in another zone: its day


def test_today_without_a_session_yet_keeps_yesterdays_streak_and_a_missed_day_ends_it():
    days = [date(2026, 11, d) for d in (10, 11, 12, 20, 21, 22, 23)]
    assert streaks(days, today=date(2026, 11, 24)).current == 4  # nothing yet today: still alive
    assert streaks(days, today=date(2026, 11, 25)).current == 0  # yesterday was missed
    result = streaks(days, today=date(2026, 11, 23))
    assert (result.current, result.best, result.best_end, result.done_today) == (
        4,
        4,
        date(2026, 11, 23),
        True,
    )
    assert streaks([], today=date(2026, 11, 23)) == streaks([], today=date(2026, 1, 1))
    assert streaks([date(2026, 12, 31), date(2027, 1, 1)], date(2027, 1, 1)).best == 2


def test_a_traveller_counts_days_on_the_wall_clock_where_each_session_happened(tmp_path):
    store, _ = Store.open(tmp_path / "k.sqlite3", datetime(2026, 11, 24, 23, 30, tzinfo=BERLIN))

    def completed_session_at(when: datetime) -> None:
        sid = store.sessions.begin(
            program="quick", kind="knee", knees="left", planned_seconds=60, phase_count=1, started_at=when
        )
        store.conn.execute("UPDATE sessions SET status = 'completed', done_seconds = 60 WHERE id = ?", (sid,))

    completed_session_at(datetime(2026, 11, 24, 23, 30, tzinfo=BERLIN))
    # Flew west; three hours later (in UTC) it is still the evening of the 24th in New York.
    completed_session_at(datetime(2026, 11, 24, 20, 0, tzinfo=NEW_YORK))
    completed_session_at(datetime(2026, 11, 25, 20, 0, tzinfo=NEW_YORK))

    assert store.sessions.done_days() == [date(2026, 11, 24), date(2026, 11, 25)]
    assert streaks(store.sessions.done_days(), date(2026, 11, 25)).current == 2
    tallies = store.sessions.day_tallies(date(2026, 11, 1))
    assert tallies[date(2026, 11, 24)] == DayTally(date(2026, 11, 24), done=2, other=0, seconds=120.0)
    store.close()


def test_sessions_per_day_fill_the_range_and_count_the_days_the_goal_was_met():
    tallies = {
        date(2026, 11, 20): DayTally(date(2026, 11, 20), 2, 1, 600),
        date(2026, 11, 22): DayTally(date(2026, 11, 22), 1),
    }
    series = day_series(tallies, last=date(2026, 11, 22), days=7)
    assert [t.day for t in series] == [date(2026, 11, d) for d in range(16, 23)]
    assert [t.done for t in series] == [0, 0, 0, 0, 2, 0, 1]
    assert series[4].sessions == 3
    assert goal_days(series, 2) == 1 and goal_days(series, 1) == 2


def test_minutes_per_week_add_up_monday_to_sunday():
    tallies = {
        date(2026, 10, 25): DayTally(date(2026, 10, 25), 1, 0, 300),  # a Sunday (and Berlin's 25-hour day)
        date(2026, 10, 26): DayTally(date(2026, 10, 26), 1, 1, 600),  # the Monday after
        date(2026, 11, 1): DayTally(date(2026, 11, 1), 1, 0, 120),
    }
    weeks = minutes_per_week(tallies, last=date(2026, 11, 2), weeks=3)
    assert [w.start for w in weeks] == [date(2026, 10, 19), date(2026, 10, 26), date(2026, 11, 2)]
    assert [w.minutes for w in weeks] == [5.0, 12.0, 0.0]
    assert [w.sessions for w in weeks] == [1, 3, 0]


def test_long_ranges_are_drawn_per_week_short_ones_per_day():
    assert len(buckets(date(2026, 11, 26), 7)) == 7
    assert len(buckets(date(2026, 11, 26), 30)) == 30
    weekly = buckets(date(2026, 11, 26), 90)  # a Thursday
    assert weekly[0][0] == date(2026, 11, 26) - timedelta(days=89)
    assert weekly[-1] == (date(2026, 11, 23), date(2026, 11, 26))
    assert all(b[0].weekday() == 0 for b in weekly[1:])
    assert sum((end - start).days + 1 for start, end in weekly) == 90


def rated(day: int, before: Rating | None, after: Rating | None) -> RatedSession:
    return RatedSession(date(2026, 11, day), before, after)


def test_the_mean_change_counts_only_sessions_rated_before_and_after():
    sessions = [
        rated(1, Rating(tension=7, pain=3), Rating(tension=4, pain=3)),
        rated(2, Rating(tension=6, pain=4), Rating(tension=5, pain=2)),
        rated(3, Rating(tension=8), Rating(tension=6)),  # no pain rated: counts for tension only
        rated(4, Rating(tension=9), None),  # only before: not a pair
        rated(5, None, Rating(tension=1)),
        rated(6, Rating(tension=5, pain=1), Rating(tension=3, pain=1)),
        rated(7, Rating(tension=5), Rating(tension=4)),
    ]
    tension = rating_change(sessions, "tension")
    assert tension == RatingChange("tension", 5, 6.2, 4.4)
    pain = rating_change(sessions, "pain")
    assert pain.count == 3 and pain.mean_change == pytest.approx(-2 / 3)
    assert rating_change(sessions, "swelling") is None
    # tests/gui/test_history_words.py says these two changes in words


def test_the_trend_is_the_mean_before_and_after_in_each_bucket():
    sessions = [
        rated(2, Rating(tension=8), Rating(tension=4)),
        rated(2, Rating(tension=6), None),
        rated(4, None, Rating(tension=3)),
        rated(30, Rating(tension=1), Rating(tension=0)),  # outside the range
    ]
    points = rating_trend(sessions, "tension", buckets(date(2026, 11, 5), 5))
    assert [(p.start.day, p.before, p.after, p.count) for p in points] == [
        (1, None, None, 0),
        (2, 7.0, 4.0, 2),
        (3, None, None, 0),
        (4, None, 3.0, 1),
        (5, None, None, 0),
    ]


def test_a_rating_outside_0_to_10_is_refused():
    with pytest.raises(ValueError, match="tension: 11 is not from 0 to 10"):
        Rating(tension=11)
    with pytest.raises(ValueError, match="pain: True is not a whole number"):
        Rating(pain=True)
    assert Rating(note="  ").empty and not Rating(swelling=0).empty


def reference_streaks(days: set[date], today: date) -> tuple[int, int]:
    """The slow, obvious way: walk back from today; try every day as the end of a run."""
    current = 0
    day = today if today in days else today - timedelta(days=1)
    while day in days:
        current, day = current + 1, day - timedelta(days=1)
    best = 0
    for end in days:
        run, day = 0, end
        while day in days:
            run, day = run + 1, day - timedelta(days=1)
        best = max(best, run)
    return current, best


@given(st.sets(st.integers(0, 60), max_size=40), st.integers(-3, 63))
def test_the_fast_streaks_agree_with_walking_the_calendar_day_by_day(offsets, today_offset):
    start = date(2026, 2, 20)  # across the end of February
    days = {start + timedelta(days=n) for n in offsets}
    today = start + timedelta(days=today_offset)
    result = streaks(days, today)
    assert (result.current, result.best) == reference_streaks(days, today)
    assert result.done_today == (today in days)
    if days:
        assert result.best_end in days and result.best_end + timedelta(days=1) not in days


def test_a_week_or_a_month_is_drawn_a_day_a_bar_longer_ranges_as_week_averages():
    week, month, quarter, year = (range_shape(d) for d in (7, 30, 90, 365))
    assert (week.weekly, week.labels, week.weeks_shown) == (False, "weekday", 8)
    assert (month.weekly, month.labels, month.weeks_shown) == (False, "day", 8)
    assert (quarter.weekly, quarter.labels, quarter.weeks_shown) == (True, "week", 13)
    assert (year.weekly, year.labels, year.weeks_shown) == (True, "week", 52)
    assert month.start(date(2026, 11, 26)) == date(2026, 10, 28)  # 30 days, today the last
    with pytest.raises(ValueError, match="14 days is not one of the ranges"):
        range_shape(14)


def test_the_view_reads_once_far_enough_back_for_a_year_and_52_weeks_of_minutes():
    for n in range(7):  # a week of todays, Monday 23 to Sunday 29 November 2026
        today = date(2026, 11, 23) + timedelta(days=n)
        first = first_day_read(today)
        assert first == range_shape(365).start(today) == today - timedelta(days=364)
        assert first <= minutes_per_week({}, today, 52)[0].start  # the week chart's first Monday too


def test_minutes_per_week_begin_on_the_locales_first_day_sunday_in_the_us():
    tallies = {
        date(2026, 10, 25): DayTally(date(2026, 10, 25), 1, 0, 300),  # a Sunday: a new week from Sunday
        date(2026, 10, 31): DayTally(date(2026, 10, 31), 1, 1, 600),  # the Saturday after: the same week
        date(2026, 11, 1): DayTally(date(2026, 11, 1), 1, 0, 120),  # the next Sunday: the next week
    }
    weeks = minutes_per_week(tallies, last=date(2026, 11, 2), weeks=2, first_weekday=6)
    assert [w.start for w in weeks] == [date(2026, 10, 25), date(2026, 11, 1)]
    assert [w.minutes for w in weeks] == [15.0, 2.0]
