"""Safety answers and daily checks are kept on this computer with their date, time and zone."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kneecare.core.safety import RULES, Concern, DailyCheck, RecordError, Screening, Verdict, screening_due
from kneecare.store.store import Store

BERLIN = ZoneInfo("Europe/Berlin")
TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=BERLIN)


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
