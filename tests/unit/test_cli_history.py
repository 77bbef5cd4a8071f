"""`kneecare export` and `kneecare import` from a terminal: no window, no Qt, and a clear word when a file
is wrong (nothing imported) or the history cannot be read (nothing touched)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from kneecare.__main__ import main
from kneecare.store.schema import CURRENT_VERSION

FIXTURE = Path(__file__).parents[1] / "fixtures" / "db" / "v1.sqlite3"


def history_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURE, data / "kneecare.sqlite3")
    return data


def test_export_json_to_the_terminal_lists_every_session_with_the_documented_fields(tmp_path, capsys):
    data = history_dir(tmp_path)
    before = (data / "kneecare.sqlite3").read_bytes()
    assert main(["export", "--format", "json", "--data-dir", str(data)]) == 0
    sessions = json.loads(capsys.readouterr().out)
    assert len(sessions) == 4
    for key in ("started_at", "program", "knees", "status", "planned_seconds", "done_seconds", "ratings"):
        assert all(key in s for s in sessions), key
    assert sessions[0]["started_at"] == "2026-03-28T21:10:00+01:00"
    assert sessions[0]["ratings"]["before"]["tension"] == 7
    assert (data / "kneecare.sqlite3").read_bytes() == before  # read from a private copy


def test_export_csv_to_a_file_then_import_elsewhere_merges_without_duplicates(tmp_path, capsys):
    data = history_dir(tmp_path)
    out = tmp_path / "history.csv"
    assert main(["--data-dir", str(data), "export", "--format", "csv", "--output", str(out)]) == 0
    assert "Exported 4 sessions to" in capsys.readouterr().err
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert [r["status"] for r in rows] == ["completed", "safety_stopped", "stopped", "interrupted"]
    assert rows[1]["before_note"] == "Колено ноет"

    exported = tmp_path / "history.json"
    assert main(["export", "--data-dir", str(data), "-o", str(exported)]) == 0
    other = tmp_path / "other"
    assert main(["import", str(exported), "--data-dir", str(other)]) == 0
    assert capsys.readouterr().out.strip() == "4 sessions added."
    assert main(["import", str(exported), "--data-dir", str(other)]) == 0
    assert capsys.readouterr().out.strip() == "0 sessions added; 4 were already in your history."


def test_a_faulty_import_file_says_where_and_imports_nothing(tmp_path, capsys):
    data = history_dir(tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"started_at": "2026-01-01T10:00:00+01:00", "program": "daily"}]))
    assert main(["import", str(bad), "--data-dir", str(data)]) == 4
    err = capsys.readouterr().err
    assert "entry 1 (started 2026-01-01T10:00:00+01:00), field 'knees': is missing" in err
    assert "Nothing was imported" in err
    conn = sqlite3.connect(data / "kneecare.sqlite3")
    assert conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 4
    conn.close()


def test_export_of_a_newer_history_is_refused_and_an_absent_one_is_empty(tmp_path, capsys):
    data = history_dir(tmp_path)
    conn = sqlite3.connect(data / "kneecare.sqlite3")
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    assert main(["export", "--data-dir", str(data)]) == 3
    assert "newer version of KneeCare" in capsys.readouterr().err
    empty = tmp_path / "nothing-here"
    assert main(["export", "--data-dir", str(empty)]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert not empty.exists()


def test_export_runs_without_qt():
    code = (
        "import sys; from kneecare.__main__ import main; rc = main(['export', '--data-dir', sys.argv[1]]);"
        " assert 'PySide6' not in sys.modules, 'Qt was imported'; sys.exit(rc)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(FIXTURE.parent / "absent")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "[]\n"
