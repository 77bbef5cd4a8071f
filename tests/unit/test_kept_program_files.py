"""Program files parsed once are kept between starts by their exact bytes: a kept document is the one
tomllib reads, a start that finds every file kept does not import tomllib, a changed file is parsed
anew, and every program rule is still checked on every start."""

from __future__ import annotations

import tomllib

import pytest

from kneecare.assets import program_files
from kneecare.core import program_file
from kneecare.core.kept_files import KeptFile
from kneecare.core.program_file import ProgramError, load_program, parsed_toml
from tests.helpers.script_seen import seen_in


@pytest.fixture
def kept(tmp_path, monkeypatch):
    monkeypatch.setattr("sys.dont_write_bytecode", False)
    path = tmp_path / "programs.marshal"
    monkeypatch.setattr(program_file, "PARSED", KeptFile(path))
    return path


def test_a_kept_document_is_the_one_tomllib_reads(kept):
    for path in program_files():
        text = path.read_bytes()
        assert parsed_toml(text) == tomllib.loads(text.decode("utf-8"))
    assert program_file.PARSED.made == len(program_files()) and program_file.PARSED.save()
    program_file.PARSED = again = KeptFile(kept)
    for path in program_files():
        text = path.read_bytes()
        assert parsed_toml(text) == tomllib.loads(text.decode("utf-8"))
    assert again.made == 0


def test_a_changed_file_is_parsed_anew_and_its_rules_still_checked(kept, tmp_path):
    daily = next(p for p in program_files() if p.name == "daily.toml")
    copy = tmp_path / "daily.toml"
    copy.write_bytes(daily.read_bytes())
    assert load_program(copy).id == "daily"
    program_file.PARSED.save()
    program_file.PARSED = KeptFile(kept)
    # An unknown key added: the document is new, and the strict loader refuses it.
    copy.write_text(daily.read_text(encoding="utf-8").replace('id = "daily"', 'id = "daily"\nbogus = 1', 1))
    with pytest.raises(ProgramError, match="bogus"):
        load_program(copy)
    assert program_file.PARSED.made == 1


def test_bytes_that_are_not_toml_or_not_utf8_say_so(kept, tmp_path):
    for name, text in (("broken.toml", b"id = "), ("latin.toml", 'name = "Kn\xe9e"'.encode("latin-1"))):
        path = tmp_path / name
        path.write_bytes(text)
        with pytest.raises(ProgramError, match="is not valid TOML"):
            load_program(path)


SCRIPT = """
import json, sys
from pathlib import Path
from kneecare.core import program_file
from kneecare.core.kept_files import KeptFile
program_file.PARSED = KeptFile(Path(sys.argv[1]))
from kneecare.assets import program_files
from kneecare.core.library import load_library
load_library(program_files())
seen = ["tomllib" in sys.modules, program_file.PARSED.made, program_file.PARSED.save()]
print("SEEN " + json.dumps(seen))
"""


def test_a_start_that_finds_every_file_kept_imports_no_tomllib(tmp_path):
    def start() -> object:
        return seen_in(SCRIPT, str(tmp_path / "programs.marshal"), PYTHONDONTWRITEBYTECODE="")

    assert start() == [True, len(program_files()), True]
    assert start() == [False, 0, False]
