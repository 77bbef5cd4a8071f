"""The command line a person types: --version, --help, programs, python -m kneecare."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kneecare import __version__
from kneecare.__main__ import main
from tests.helpers.audio import NO_AUDIO_LOGS


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
    assert "Per knee, shortest-longest" in lines[0]
    daily = next(line for line in lines if line.startswith("Daily"))
    assert daily.split()[-3:] == ["3.9", "2.9-4.9", "7.8"]
    assert any(line.startswith("Quick") for line in lines)
    pumps = next(line for line in lines if line.startswith("Ankle pumps"))
    assert pumps.split()[-3:] == ["-", "-", "1.9"]


def test_programs_shows_each_knee_programs_shortest_and_longest_minutes_per_knee(capsys):
    """The article: "Sessions can be 2–5 minutes per knee." `kneecare programs` shows each knee program's
    shortest and longest minutes per knee over every choice the set-up panel offers (minutes of movement,
    a routine to finish with), and they lie within 2 to 5."""
    assert main(["programs"]) == 0
    rows = {line.split("  ")[0]: line.split() for line in capsys.readouterr().out.splitlines()[1:]}
    spans = {name: row[-2] for name, row in rows.items() if name in ("Daily", "Quick", "Recovery", "Relax")}
    # Relax: 3.9 min with 1 min of movement, 4.9 with 2 (or with 1 and the calf strokes after it).
    assert spans == {"Daily": "2.9-4.9", "Quick": "2.1-4.6", "Recovery": "2.8-4.8", "Relax": "3.9-4.9"}
    for span in spans.values():
        shortest, longest = (float(x) for x in span.split("-"))
        assert 2 <= shortest <= longest <= 5


def test_python_dash_m_is_the_same_program():
    proc = subprocess.run(
        [sys.executable, "-m", "kneecare", "programs"], capture_output=True, text=True, check=True
    )
    assert "Recovery" in proc.stdout and "Relax" in proc.stdout


@NO_AUDIO_LOGS  # the helper module loads QtMultimedia, which notes the missing PipeWire
def test_the_cue_helper_entry_checks_its_arguments(capsys):
    """A frozen build starts its sound and voice process as `kneecare --cue-helper [--audio none]`."""
    assert main(["--cue-helper", "--audio", "loud"]) == 2
    assert "usage" in capsys.readouterr().err


WINDOW_STARTS = (
    [],
    ["--minimized"],
    ["--data-dir", "/tmp/kc", "-v"],
    ["--data-dir=/tmp/kc", "--minimized", "--verbose"],
    ["--self-check"],
    ["--install-desktop-entry"],
    ["--uninstall-desktop-entry", "--data-dir", "d"],
)
OTHERS = (
    ["export", "--format", "csv"],
    ["--data-dir", "d", "import", "f.json"],
    ["report", "--from", "2026-01-01"],
    ["sync", "--folder", "f"],
    ["programs"],
    ["--data", "d"],  # an abbreviation: the whole parser's rules
    ["-vv"],
)


@pytest.mark.parametrize("arguments", [*WINDOW_STARTS, *OTHERS], ids=" ".join)
def test_a_window_start_reads_as_the_whole_parser_reads_it(arguments):
    """The window's options alone read a start of the window (quicker); the result is the whole parser's."""
    from kneecare.__main__ import build_parser, parse_arguments

    assert parse_arguments(arguments) == build_parser().parse_args(arguments)


@pytest.mark.parametrize(
    "arguments",
    [["--v"], ["--data-dir"], ["exprt"], ["--minimised"], ["--he"], ["-h"], ["--version"], ["--", "x"]],
    ids=" ".join,
)
def test_help_version_and_mistakes_say_what_the_whole_parser_says(arguments, capsys):
    from kneecare.__main__ import build_parser, parse_arguments

    with pytest.raises(SystemExit) as whole:
        build_parser().parse_args(arguments)
    said = capsys.readouterr()
    with pytest.raises(SystemExit) as read:
        parse_arguments(arguments)
    assert read.value.code == whole.value.code
    assert capsys.readouterr() == said
