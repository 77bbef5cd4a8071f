"""Safety answers and daily checks are kept on this computer with their date, time and zone."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kneecare.core.safety import (
    RULES,
    AllClear,
    Concern,
    DailyCheck,
    LegAllClear,
    RecordError,
    Screening,
    Verdict,
    current_versions,
    hold_open,
    screening_due,
)
from kneecare.store.store import Store
from kneecare.store.times import to_utc_text

BERLIN = ZoneInfo("Europe/Berlin")
TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=BERLIN)
V1_FIXTURE = Path(__file__).parents[1] / "fixtures" / "db" / "v1.sqlite3"


@pytest.fixture
def store(tmp_path):
    store, _ = Store.open(tmp_path / "k.sqlite3", NOW)
    yield store
    store.close()


def answers(**yes: bool) -> dict[Concern, bool]:
    result = {rule.concern: False for rule in RULES}
    result.update({Concern(k): v for k, v in yes.items()})
    return result


def test_screenings_are_stored_with_their_time_zone_answers_and_result(store):
    assert store.safety.latest_screening() is None and store.safety.first_screened_at() is None
    store.safety.record_screening(Screening(NOW, answers(pregnancy=True)))
    later = NOW + timedelta(days=3)
    store.safety.record_screening(Screening(later, answers(pregnancy=True), provider_agreed=True))
    latest = store.safety.latest_screening()
    assert latest.taken_at == later and latest.taken_at.tzinfo == BERLIN
    assert latest.provider_agreed and latest.verdict is Verdict.CONFIRMED
    assert store.safety.first_screened_at() == NOW
    rows = store.conn.execute("SELECT * FROM screenings ORDER BY id").fetchall()
    assert [r["result"] for r in rows] == ["check_first", "confirmed"]
    assert rows[0]["zone"] == "Europe/Berlin" and rows[0]["taken_utc"].startswith("2026-11-26T08:00:00")
    stored = json.loads(rows[0]["answers"])
    assert stored["pregnancy"] is True and stored["dvt"] is False and stored["provider_agreed"] is False


def test_answers_that_cannot_be_read_mean_the_questions_are_asked_again(store):
    store.conn.execute(
        "INSERT INTO screenings (taken_utc, zone, answers, result) VALUES (?, ?, ?, ?)",
        ("2026-11-26T08:00:00.000000+00:00", "Europe/Berlin", "{broken", "clear"),
    )
    latest = store.safety.latest_screening()
    assert latest is not None and latest.answers == {}
    assert screening_due(latest, NOW, 90) is not None


def test_an_answer_from_a_newer_version_is_ignored_but_ours_are_kept(store):
    data = {rule.concern.value: False for rule in RULES} | {"hologram_knee": True}
    store.conn.execute(
        "INSERT INTO screenings (taken_utc, zone, answers, result) VALUES (?, ?, ?, ?)",
        ("2026-11-26T08:00:00.000000+00:00", "Europe/Berlin", json.dumps(data), "clear"),
    )
    assert store.safety.latest_screening().verdict is Verdict.CLEAR


def test_daily_checks_belong_to_the_local_day_they_were_answered_on(store):
    late = datetime(2026, 11, 26, 23, 50, tzinfo=BERLIN)
    store.safety.record_daily_check(DailyCheck(late.date(), late, red_flag=True))
    # Ten minutes later it is the 27th in Berlin: that day has no checks yet.
    assert store.safety.daily_checks_on(date(2026, 11, 27)) == []
    [check] = store.safety.daily_checks_on(date(2026, 11, 26))
    assert check.red_flag and check.at == late and check.at.tzinfo == BERLIN
    row = store.conn.execute("SELECT * FROM daily_checks").fetchone()
    assert row["day"] == "2026-11-26" and row["zone"] == "Europe/Berlin" and row["red_flag"] == 1
    # Someone in Tokyo answers on their own calendar day, whatever the UTC date.
    tokyo = datetime(2026, 11, 27, 7, 0, tzinfo=TOKYO)  # still the 26th in UTC
    store.safety.record_daily_check(DailyCheck(tokyo.date(), tokyo, red_flag=False))
    assert [c.at for c in store.safety.daily_checks_on(date(2026, 11, 27))] == [tokyo]


def test_a_write_that_fails_says_so_as_a_record_error(tmp_path):
    store, _ = Store.open(tmp_path / "k.sqlite3", NOW)
    store.conn.execute("DROP TABLE daily_checks")
    with pytest.raises(RecordError, match="daily_checks"):
        store.safety.record_daily_check(DailyCheck(NOW.date(), NOW, red_flag=False))
    store.close()


def test_a_screening_stores_the_version_of_each_question_it_asked(store):
    versions = current_versions(answers())
    store.safety.record_screening(Screening(NOW, answers(), question_versions=versions))
    row = store.conn.execute("SELECT question_versions FROM screenings").fetchone()
    stored = json.loads(row["question_versions"])
    assert stored["wound_or_infection"] == 2 and stored["dvt"] == 1 and len(stored) == len(RULES)
    latest = store.safety.latest_screening()
    assert latest.question_versions == versions and latest.version_of(Concern.SKIN) == 2


def test_a_v1_screening_without_versions_reads_as_version_1_and_still_counts(tmp_path):
    """A history written before question versions existed: its answers stay valid (no new screening is
    forced); they were given to version 1 of each question."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(V1_FIXTURE, path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    data = {rule.concern.value: False for rule in RULES} | {"provider_agreed": False}
    conn.execute(
        "INSERT INTO screenings (taken_utc, zone, answers, result) VALUES (?, ?, ?, ?)",
        ("2026-11-20T08:00:00.000000+00:00", "Europe/Berlin", json.dumps(data), "clear"),
    )
    conn.commit()
    conn.close()
    store, _ = Store.open(path, NOW)
    try:
        latest = store.safety.latest_screening()
        assert latest.question_versions == {} and latest.version_of(Concern.SKIN) == 1
        assert latest.verdict is Verdict.CLEAR and screening_due(latest, NOW, 90) is None
        # A damaged versions cell reads as version 1 too, never as unanswered.
        store.conn.execute("UPDATE screenings SET question_versions = '{broken'")
        assert store.safety.latest_screening().question_versions == {}
        assert screening_due(store.safety.latest_screening(), NOW, 90) is None
    finally:
        store.close()


def test_leg_all_clears_are_stored_with_time_zone_and_how(store):
    assert store.safety.latest_red_flag() is None and store.safety.latest_all_clear() is None
    monday = datetime(2026, 11, 23, 21, 0, tzinfo=BERLIN)
    store.safety.record_daily_check(DailyCheck(monday.date(), monday, red_flag=True))
    store.safety.record_daily_check(DailyCheck(monday.date(), monday + timedelta(hours=1), red_flag=False))
    assert store.safety.latest_red_flag() == monday and store.safety.latest_red_flag().tzinfo == BERLIN
    assert hold_open(store.safety.latest_red_flag(), None)
    tokyo = datetime(2026, 11, 25, 8, 0, tzinfo=TOKYO)
    store.safety.record_all_clear(LegAllClear(tokyo, AllClear.PROFESSIONAL_CLEARED))
    row = store.conn.execute("SELECT * FROM leg_all_clears").fetchone()
    assert row["zone"] == "Asia/Tokyo" and row["how"] == "professional_cleared"
    assert row["at_utc"].startswith("2026-11-24T23:00:00")
    clear = store.safety.latest_all_clear()
    assert clear == LegAllClear(tokyo, AllClear.PROFESSIONAL_CLEARED) and clear.at.tzinfo == TOKYO
    assert not hold_open(store.safety.latest_red_flag(), clear.at)
    later = tokyo + timedelta(days=2)
    store.safety.record_all_clear(LegAllClear(later, AllClear.BACK_TO_NORMAL))
    assert store.safety.latest_all_clear() == LegAllClear(later, AllClear.BACK_TO_NORMAL)
    with pytest.raises(RecordError):
        store.conn.execute("DROP TABLE leg_all_clears")
        store.safety.record_all_clear(LegAllClear(later, AllClear.BACK_TO_NORMAL))


def test_the_latest_safety_stop_is_the_latest_report_or_safety_ended_session(store):
    assert store.safety.latest_safety_stop() is None
    start = NOW
    report = start + timedelta(minutes=2)
    store.conn.execute(
        "INSERT INTO sessions (uid, program, knees, started_utc, zone, utc_offset, local_day, ended_utc,"
        " status, planned_seconds, phase_count) VALUES ('a', 'quick', 'left', ?, 'Europe/Berlin', 3600,"
        " '2026-11-26', ?, 'safety_stopped', 300, 5)",
        (to_utc_text(start), to_utc_text(report + timedelta(seconds=30))),
    )
    store.conn.execute(
        "INSERT INTO safety_events (session_id, kind, phase_index, step_kind, at_utc, zone,"
        " session_seconds) VALUES (1, 'pain', 2, 'pressure', ?, 'Europe/Berlin', 120)",
        (to_utc_text(report),),
    )
    assert store.safety.latest_safety_stop() == report + timedelta(seconds=30)
    # A report in a later session that went on gently counts too.
    later = NOW + timedelta(days=1)
    store.conn.execute(
        "INSERT INTO sessions (uid, program, knees, started_utc, zone, utc_offset, local_day,"
        " status, planned_seconds, phase_count) VALUES ('b', 'quick', 'left', ?, 'Europe/Berlin', 3600,"
        " '2026-11-27', 'completed', 300, 5)",
        (to_utc_text(later),),
    )
    store.conn.execute(
        "INSERT INTO safety_events (session_id, kind, phase_index, step_kind, at_utc, zone,"
        " session_seconds) VALUES (2, 'tingling', 2, 'pressure', ?, 'Europe/Berlin', 100)",
        (to_utc_text(later + timedelta(minutes=1)),),
    )
    assert store.safety.latest_safety_stop() == later + timedelta(minutes=1)


def test_delete_all_also_deletes_the_all_clears(store):
    store.safety.record_all_clear(LegAllClear(NOW, AllClear.BACK_TO_NORMAL))
    store.delete_all()
    assert store.safety.latest_all_clear() is None
