"""A person can take their history out (JSON, CSV) and bring their own JSON back in: merged without
duplicates, and a damaged file is refused whole, with the entry and field named."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kneecare.core.clock import add_seconds
from kneecare.core.stats import Rating
from kneecare.store.db import migrate, open_for_reading
from kneecare.store.exchange import (
    CSV_COLUMNS,
    ImportProblem,
    export,
    import_json,
    parse_json,
    record_to_json,
)
from kneecare.store.records import PhaseRow, SafetyRow, SessionRecord, insert_record, iter_records
from kneecare.store.store import Store

BERLIN = ZoneInfo("Europe/Berlin")
ZONES = ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"]


def memory_db() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    migrate(conn)
    return conn


def dump(conn: sqlite3.Connection, fmt: str = "json") -> str:
    out = io.StringIO()
    export(conn, fmt, out)
    return out.getvalue()


def count(conn: sqlite3.Connection, table: str = "sessions") -> int:
    return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


# -- generated histories -----------------------------------------------------------------------

notes = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
scores = st.none() | st.integers(0, 10)
ratings = st.none() | st.builds(Rating, scores, scores, scores, notes)
seconds = st.floats(0, 10_000, allow_nan=False, allow_infinity=False)


@st.composite
def records(draw: st.DrawFn) -> SessionRecord:
    zone = ZoneInfo(draw(st.sampled_from(ZONES)))
    started = draw(
        st.datetimes(
            datetime(2001, 1, 1), datetime(2039, 12, 31), timezones=st.just(zone), allow_imaginary=False
        )
    )
    after = [add_seconds(started, draw(seconds)) for _ in range(3)]  # elapsed time, right across DST
    phase_count = draw(st.integers(0, 6))
    phases = tuple(
        PhaseRow(
            index=i,
            step_kind=draw(st.sampled_from(["position", "warm_up", "movement", "hold", "finish"])),
            knee=draw(st.sampled_from([None, "left", "right"])),
            status=draw(st.sampled_from(["completed", "skipped", "cut_short"])),
            seconds=draw(seconds),
            ended_at=draw(st.sampled_from(after)).astimezone(zone),
        )
        for i in draw(st.lists(st.integers(0, 20), unique=True, max_size=phase_count))
    )
    events = tuple(
        SafetyRow(
            kind=draw(st.sampled_from(["pain", "numbness", "tingling"])),
            phase_index=draw(st.integers(0, 20)),
            step_kind="movement",
            knee=draw(st.sampled_from([None, "left", "right"])),
            at=when.astimezone(zone),
            zone=str(zone),
            session_seconds=draw(seconds),
        )
        for when in draw(st.lists(st.sampled_from(after), max_size=2))
    )
    program = draw(st.sampled_from(["daily", "quick", "recovery", "relax", "ankle_pumps"]))
    return SessionRecord(
        uid=f"{started.isoformat()}|{program}",
        program=program,
        kind=draw(st.sampled_from(["knee", "routine"])),
        knees=draw(st.sampled_from(["left", "right", "both"])),
        started_at=started,
        zone=str(zone),
        ended_at=draw(st.none() | st.sampled_from(after)),
        status=draw(st.sampled_from(["completed", "stopped", "safety_stopped", "interrupted"])),
        planned_seconds=draw(seconds),
        done_seconds=draw(seconds),
        phase_count=phase_count,
        phases_done=len(phases),
        before=draw(ratings),
        after=draw(ratings),
        phases=phases,
        safety_events=events,
    )


histories = st.lists(records(), max_size=8, unique_by=lambda r: r.uid)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories)
def test_an_exported_history_imports_into_an_empty_one_exactly_and_twice_adds_nothing(history):
    first = memory_db()
    with first:
        for record in history:
            insert_record(first, record)
    text = dump(first)
    assert [e["uid"] for e in json.loads(text)] == [r.uid for r in iter_records(first)]

    second = memory_db()
    result = import_json(second, text)
    assert (result.added, result.already) == (len(history), 0)
    assert dump(second) == text
    assert dump(second, "csv") == dump(first, "csv")

    again = import_json(second, text)
    assert (again.added, again.already) == (0, len(history))
    assert count(second) == len(history)


@settings(max_examples=20, deadline=None)
@given(histories)
def test_the_csv_has_one_row_per_session_whatever_the_notes_hold(history):
    conn = memory_db()
    with conn:
        for record in history:
            insert_record(conn, record)
    rows = list(csv.reader(io.StringIO(dump(conn, "csv"))))
    assert rows[0] == list(CSV_COLUMNS)
    assert len(rows) == len(history) + 1
    for row in rows[1:]:
        assert len(row) == len(CSV_COLUMNS)


# -- the person's own files --------------------------------------------------------------------


def minimal(**changes: object) -> dict:
    entry = {
        "started_at": "2026-11-26T09:00:00+01:00",
        "program": "daily",
        "knees": "both",
        "status": "completed",
        "planned_seconds": 468,
        "done_seconds": 468,
        "ratings": {"before": {"tension": 6, "pain": 2}, "after": None},
    }
    entry.update(changes)
    return entry


def test_a_minimal_entry_with_only_the_documented_fields_is_enough():
    conn = memory_db()
    result = import_json(conn, json.dumps([minimal()]))
    assert result.words() == "1 session added."
    (record,) = iter_records(conn)
    assert record.started_at == datetime(2026, 11, 26, 9, 0, tzinfo=BERLIN)
    assert record.zone == "UTC+01:00" and record.kind == "knee" and record.local_day == "2026-11-26"
    assert record.before == Rating(6, 2, None) and record.after is None
    assert record.uid == "2026-11-26T08:00:00.000000+00:00|daily"


def test_importing_a_file_twice_never_duplicates_and_a_file_with_repeats_is_refused(tmp_path):
    conn = memory_db()
    text = json.dumps([minimal(), minimal(started_at="2026-11-27T09:00:00+01:00")])
    assert import_json(conn, text).words() == "2 sessions added."
    assert import_json(conn, text).words() == "0 sessions added; 2 were already in your history."
    assert count(conn) == 2
    repeats = json.dumps([minimal(started_at="2026-11-28T09:00:00+01:00"), minimal(), minimal()])
    with pytest.raises(ImportProblem, match="entries 2 and 3 are the same session"):
        import_json(conn, repeats)
    assert count(conn) == 2


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            minimal(started_at="yesterday"),
            "entry 2 (started yesterday), field 'started_at': 'yesterday' is not",
        ),
        (
            minimal(started_at="2026-11-26T09:00:00"),
            "field 'started_at': '2026-11-26T09:00:00' has no UTC offset",
        ),
        (
            minimal(status="finished"),
            "entry 2 (started 2026-11-26T09:00:00+01:00), field 'status': 'finished'",
        ),
        (minimal(knees="three"), "field 'knees': 'three' is not one of left, right, both"),
        (minimal(done_seconds=-5), "field 'done_seconds': -5 is not a number of seconds"),
        (minimal(planned_seconds="ten"), "field 'planned_seconds': 'ten' is not a number"),
        ({k: v for k, v in minimal().items() if k != "program"}, "field 'program': is missing"),
        ({k: v for k, v in minimal().items() if k != "ratings"}, "field 'ratings': is missing"),
        (
            minimal(ratings={"before": {"pain": 11}}),
            "field 'ratings.before.pain': 11 is not a whole number from 0",
        ),
        (minimal(ratings={"after": {"tension": 2.5}}), "field 'ratings.after.tension': 2.5 is not a whole"),
        (minimal(phases=[{"index": 0}]), "field 'phases[0].step_kind': is missing"),
        (
            minimal(safety_events=[{"kind": "pain", "phase_index": 1, "step_kind": "hold", "at": "x"}]),
            "field 'safety_events[0].at': 'x' is not an ISO 8601 time",
        ),
        (minimal(ended_at="2026-11-26T08:00:00+01:00"), "field 'ended_at': is before started_at"),
        ("a session", "entry 2 is not a JSON object"),
    ],
)
def test_a_malformed_entry_changes_nothing_and_says_which_entry_and_field(entry, message):
    conn = memory_db()
    import_json(conn, json.dumps([minimal(started_at="2026-11-20T09:00:00+01:00")]))
    before = dump(conn)
    good = minimal(started_at="2026-11-21T09:00:00+01:00")
    with pytest.raises(ImportProblem) as problem:
        import_json(conn, json.dumps([good, entry]))
    assert message in str(problem.value)
    assert dump(conn) == before  # not even the good first entry went in


def test_a_file_that_is_not_our_json_is_refused_in_plain_words():
    with pytest.raises(ImportProblem, match=r"not valid JSON \(line 1, column 2"):
        parse_json("{oops")
    with pytest.raises(ImportProblem, match="does not hold a list of sessions"):
        parse_json('{"sessions": []}')


def test_a_session_exported_while_it_ran_comes_back_interrupted():
    conn = memory_db()
    entry = minimal(status="in_progress", done_seconds=20)
    entry["phases"] = [
        {
            "index": 0,
            "step_kind": "position",
            "knee": "left",
            "status": "completed",
            "seconds": 20,
            "ended_at": "2026-11-26T09:00:20+01:00",
        }
    ]
    import_json(conn, json.dumps([entry]))
    (record,) = iter_records(conn)
    assert record.status == "interrupted"
    assert record.ended_at == datetime(2026, 11, 26, 9, 0, 20, tzinfo=BERLIN)


def test_a_note_a_spreadsheet_would_run_is_written_as_text():
    conn = memory_db()
    import_json(conn, json.dumps([minimal(ratings={"before": {"note": "=HYPERLINK(1)"}})]))
    row = next(iter(csv.DictReader(io.StringIO(dump(conn, "csv")))))
    assert row["before_note"] == "'=HYPERLINK(1)"
    assert record_to_json(next(iter_records(conn)))["ratings"]["before"]["note"] == "=HYPERLINK(1)"


def test_reading_for_export_never_touches_the_file(tmp_path):
    path = tmp_path / "kneecare.sqlite3"
    assert open_for_reading(path) is None
    store, _ = Store.open(path, datetime(2026, 11, 26, 9, tzinfo=BERLIN))
    import_json(store.conn, json.dumps([minimal()]))
    store.close()
    before = path.read_bytes()
    conn = open_for_reading(path)
    assert conn is not None and count(conn) == 1
    conn.execute("DELETE FROM sessions")
    assert path.read_bytes() == before
