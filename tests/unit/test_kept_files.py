"""A kept table: made once, read back by the next start, let go of once the start is done, and written
only as Python writes bytecode."""

from __future__ import annotations

import pytest

from kneecare.core import kept_files
from kneecare.core.kept_files import KeptFile
from tests.helpers.script_seen import seen_in


@pytest.fixture(autouse=True)
def bytecode_written(monkeypatch):
    monkeypatch.setattr("sys.dont_write_bytecode", False)


def test_a_value_is_made_once_read_back_by_the_next_start_and_the_table_retires_after_the_start(
    tmp_path, monkeypatch
):
    made: list[str] = []

    def make(key: str) -> dict[str, object]:
        made.append(key)
        return {"key": key, "items": [1, 2.5, "x", None, True]}

    table = KeptFile(tmp_path / "t.marshal")
    monkeypatch.setattr(kept_files, "_ALL", [table])
    first = table.get("a", lambda: make("a"), dict)
    assert table.get("a", lambda: make("a"), dict) == first and made == ["a"]
    assert table.get("a", lambda: make("a"), dict) is not first  # a fresh object each time
    kept_files.save_all()  # written, then retired: nothing held, later values made as without it
    assert table._kept == {} and table._used == {} and table.made == 0 and table.path is None
    assert table.get("b", lambda: make("b"), dict)["key"] == "b" and table.made == 0 and table._used == {}
    next_start = KeptFile(tmp_path / "t.marshal")
    assert next_start.get("a", lambda: make("a"), dict) == first and made == ["a", "b"]


def test_a_value_marshal_cannot_hold_is_made_each_time_and_never_written(tmp_path):
    table = KeptFile(tmp_path / "t.marshal")
    value = table.get("f", lambda: {"f": object()}, dict)
    assert "f" in value and table.made == 0 and not table.save()


def test_a_value_of_another_kind_is_made_anew(tmp_path):
    path = tmp_path / "t.marshal"
    table = KeptFile(path)
    table.get("k", lambda: [1, 2], list)
    assert table.save()
    again = KeptFile(path)
    assert again.get("k", lambda: {"now": "a dict"}, dict) == {"now": "a dict"} and again.made == 1


def test_the_file_holds_what_the_last_start_used_not_every_value_ever_made(tmp_path):
    path = tmp_path / "t.marshal"
    first = KeptFile(path)
    for key in ("a", "b", "c"):
        first.get(key, lambda k=key: [k], list)
    assert first.save()
    second = KeptFile(path)
    second.get("a", lambda: ["a"], list)
    second.get("d", lambda: ["d"], list)
    assert second.made == 1 and second.save()
    third = KeptFile(path)
    assert sorted(third._loaded()) == ["a", "d"]


def test_only_the_apps_start_writes_a_program_that_ends_writes_nothing(tmp_path):
    """A command, the cue helper or a test making its own values would replace the start's table with
    them (the next start would compile everything again): nothing is written at exit."""
    script = (
        "import json, sys; from pathlib import Path; from kneecare.core.kept_files import KeptFile; "
        "t = KeptFile(Path(sys.argv[1])); t.get('k', lambda: [1], list); print('SEEN ' + json.dumps(t.made))"
    )
    assert seen_in(script, str(tmp_path / "t.marshal"), PYTHONDONTWRITEBYTECODE="") == 1
    assert not (tmp_path / "t.marshal").exists()
