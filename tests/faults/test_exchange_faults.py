"""Issue 15.4 and 15.5: an export is safe to open in a spreadsheet (every text cell that a spreadsheet
would run as a formula is written as text), and an import file from anywhere is checked: identifiers
must be ones KneeCare writes, deep nesting, out-of-range times, repeated sessions and oversized files
are said in plain words (entry and field), a UTF-8 byte order mark is fine, and nothing changes."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kneecare.__main__ import main
from kneecare.core.stats import Rating
from kneecare.store import exchange
from kneecare.store.db import migrate
from kneecare.store.exchange import ImportProblem, export, import_json, parse_json
from kneecare.store.records import PhaseRow, SafetyRow, SessionRecord, insert_record, iter_records

BERLIN = ZoneInfo("Europe/Berlin")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP's list for CSV injection
MAX_IMPORT_BYTES = 50 * 1024 * 1024
FORMULAS = ('=HYPERLINK("http://x")', "@SUM(1)", "+1+1", "-2+3", "   =1+1", "\t=1", "\r=1", " \t@A1")


def memory_db() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    migrate(conn)
    return conn


def entry(**changes: object) -> dict:
    data: dict = {
        "uid": "2026-11-26T08:00:00.000000+00:00|daily",
        "started_at": "2026-11-26T09:00:00+01:00",
        "zone": "Europe/Berlin",
        "program": "daily",
        "kind": "knee",
        "knees": "both",
        "status": "completed",
        "planned_seconds": 468,
        "done_seconds": 468,
        "ratings": {"before": {"tension": 6, "note": "fine"}, "after": None},
        "phases": [
            {
                "index": 0,
                "step_kind": "position",
                "knee": "left",
                "status": "completed",
                "seconds": 20,
                "ended_at": "2026-11-26T09:00:20+01:00",
            }
        ],
        "safety_events": [
            {
                "kind": "pain",
                "phase_index": 0,
                "step_kind": "position",
                "knee": "left",
                "at": "2026-11-26T09:00:10+01:00",
                "zone": "Europe/Berlin",
                "session_seconds": 10,
            }
        ],
    }
    for key, value in changes.items():
        if "." in key:
            outer, inner = key.split(".")
            data[outer][0][inner] = value
        else:
            data[key] = value
    return data


def csv_cells(conn: sqlite3.Connection) -> list[str]:
    out = io.StringIO()
    export(conn, "csv", out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    return [cell for row in rows[1:] for cell in row]


def runs_as_formula(cell: str) -> bool:
    return cell[:1] in FORMULA_STARTS or cell.lstrip()[:1] in FORMULA_STARTS


@pytest.mark.parametrize(
    "field",
    [
        "uid",
        "program",
        "zone",
        "kind",
        "phases.step_kind",
        "safety_events.kind",
        "safety_events.step_kind",
        "safety_events.zone",
    ],
)
@pytest.mark.parametrize("formula", FORMULAS[:4])
def test_a_crafted_identifier_is_refused_naming_entry_and_field(field, formula):
    conn = memory_db()
    with pytest.raises(ImportProblem) as problem:
        import_json(conn, json.dumps([entry(), entry(**{field: formula})]))
    shown = field.replace("phases.", "phases[0].").replace("safety_events.", "safety_events[0].")
    assert "entry 2" in str(problem.value) and f"field '{shown}'" in str(problem.value)
    assert list(iter_records(conn)) == []  # not even the good first entry


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("program", "no_such_program"),
        ("zone", "Mars/Olympus"),
        ("zone", "../../etc/passwd"),
        ("kind", "exercise"),
        ("phases.step_kind", "dance"),
        ("safety_events.kind", "itch"),
        ("safety_events.zone", "UTC+99:00"),
        ("uid", "not a uid"),
    ],
)
def test_identifiers_are_ones_kneecare_knows(field, value):
    with pytest.raises(ImportProblem, match="is not"):
        parse_json(json.dumps([entry(**{field: value})]))


def test_known_identifiers_still_import():
    conn = memory_db()
    result = import_json(conn, json.dumps([entry(), entry(uid=None, started_at="2026-11-27T09:00:00+01:00")]))
    assert result.added == 2


def test_a_note_with_a_formula_after_spaces_is_written_as_text():
    conn = memory_db()
    for n, formula in enumerate(FORMULAS):
        note = entry(started_at=f"2026-11-{n + 1:02d}T09:00:00+01:00", uid=None)
        note["ratings"] = {"before": {"note": formula}, "after": {"note": formula}}
        import_json(conn, json.dumps([note]))
    cells = csv_cells(conn)
    assert not [c for c in cells if runs_as_formula(c)]


def test_every_text_column_of_a_crafted_stored_row_is_written_as_text():
    """Values that came in before imports were checked (or by any other way) go out as text too."""
    conn = memory_db()
    started = datetime(2026, 11, 26, 9, 0, tzinfo=BERLIN)
    for n, formula in enumerate(FORMULAS):
        record = SessionRecord(
            uid=formula + str(n),
            program=formula,
            kind=formula,
            knees=formula,
            started_at=started.replace(day=n + 1),
            zone=formula,
            ended_at=None,
            status="completed",
            planned_seconds=60.0,
            done_seconds=60.0,
            phase_count=1,
            phases_done=1,
            before=Rating(1, 2, 3, formula),
            after=Rating(None, None, None, formula),
            phases=(PhaseRow(0, formula, None, "completed", 60.0, started.replace(day=n + 1)),),
            safety_events=(SafetyRow(formula, 0, formula, "left", started.replace(day=n + 1), "UTC", 5.0),),
        )
        with conn:
            insert_record(conn, record)
    cells = csv_cells(conn)
    assert len(cells) > 20 * len(FORMULAS)
    assert not [c for c in cells if runs_as_formula(c)]
    assert any(c == "'" + FORMULAS[0] for c in cells)  # said, not dropped


def test_an_import_nested_very_deep_is_a_plain_error():
    with pytest.raises(ImportProblem, match="nested too deeply"):
        parse_json("[" * 100_000 + "]" * 100_000)
    with pytest.raises(ImportProblem, match="nested too deeply"):
        parse_json(json.dumps([entry()])[:-1] + "," + "[" * 100_000 + "]" * 100_001)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("started_at", "0001-01-01T00:30:00+05:00"),
        ("started_at", "9999-12-31T23:30:00-05:00"),
        ("phases.ended_at", "0001-01-01T00:00:00+01:00"),
        ("safety_events.at", "9999-12-31T23:59:59-14:00"),
    ],
)
def test_a_time_out_of_range_is_a_plain_error_naming_the_field(field, value):
    conn = memory_db()
    with pytest.raises(ImportProblem) as problem:
        import_json(conn, json.dumps([entry(**{field: value})]))
    assert "is not a time from the year" in str(problem.value)
    assert field.split(".")[-1] in str(problem.value)


def test_a_repeated_session_in_one_file_is_reported_with_its_entries():
    same = entry()
    other = entry(uid=None, started_at="2026-11-27T09:00:00+01:00")
    conn = memory_db()
    with pytest.raises(ImportProblem, match="entries 1 and 3 are the same session"):
        import_json(conn, json.dumps([same, other, same]))
    assert list(iter_records(conn)) == []


def test_a_byte_order_mark_is_fine(tmp_path):
    path = tmp_path / "export.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps([entry()]).encode("utf-8"))
    assert len(exchange.read_import_file(path)) == 1
    assert len(parse_json("\ufeff" + json.dumps([entry()]))) == 1


def test_a_file_above_the_size_limit_is_refused_saying_the_limit(tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as f:
        f.write(b"[")
        f.truncate(MAX_IMPORT_BYTES + 10)  # spaces would do the same; zeros are quicker to make
    with pytest.raises(ImportProblem, match="larger than 50 MiB"):
        exchange.read_import_file(path)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (("[" * 100_000).encode(), "nested too deeply"),
        (json.dumps([entry(started_at="0001-01-01T00:30:00+05:00")]).encode(), "is not a time from"),
        (json.dumps([entry(), entry()]).encode(), "entries 1 and 2 are the same session"),
        (json.dumps([entry(program="=cmd|' /C calc'!A0")]).encode(), "field 'program'"),
    ],
)
def test_the_command_line_says_an_import_fault_in_words_and_changes_nothing(tmp_path, capsys, content, said):
    source = tmp_path / "in.json"
    source.write_bytes(content)
    data = tmp_path / "d"
    assert main(["import", str(source), "--data-dir", str(data)]) == 4
    err = capsys.readouterr().err
    assert said in err and "Nothing was imported" in err and "Traceback" not in err


def test_the_command_line_imports_a_file_with_a_byte_order_mark(tmp_path, capsys):
    source = tmp_path / "in.json"
    source.write_bytes(b"\xef\xbb\xbf" + json.dumps([entry()]).encode("utf-8"))
    assert main(["import", str(source), "--data-dir", str(tmp_path / "d")]) == 0
    assert "1 session added" in capsys.readouterr().out


def test_a_stored_record_round_trips_unchanged():
    """The checks refuse only what KneeCare never writes: its own export comes back whole."""
    conn = memory_db()
    import_json(conn, json.dumps([entry()]))
    (record,) = iter_records(conn)
    out = io.StringIO()
    export(conn, "json", out)
    again = memory_db()
    import_json(again, out.getvalue())
    assert list(iter_records(again)) == [replace(record)]
