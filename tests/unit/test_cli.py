"""The command line a person types: --version, --help, programs, python -m kneecare."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kneecare import __version__
from kneecare.__main__ import main


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"KneeCare {__version__}"
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for option in ("--data-dir", "--minimized", "--verbose", "programs"):
        assert option in out


def test_programs_lists_name_purpose_and_minutes(capsys):
    assert main(["programs"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["Program", "What"]
    daily = next(line for line in lines if line.startswith("Daily"))
    assert daily.split()[-2:] == ["3.9", "7.8"]
    assert any(line.startswith("Quick") for line in lines)
    pumps = next(line for line in lines if line.startswith("Ankle pumps"))
    assert pumps.split()[-2:] == ["-", "1.9"]


def test_python_dash_m_is_the_same_program():
    proc = subprocess.run(
        [sys.executable, "-m", "kneecare", "programs"], capture_output=True, text=True, check=True
    )
    assert "Recovery" in proc.stdout and "Relax" in proc.stdout


def test_the_speech_helper_entry_checks_its_arguments(capsys):
    """A frozen build starts its voice process as `kneecare --speech-helper ENGINE`."""
    assert main(["--speech-helper"]) == 2
    assert "usage" in capsys.readouterr().err
