"""The speech helper process on its own (Qt's 'mock' engine): it answers, and it ends cleanly whichever way
the app lets it go, without a traceback from its stdin reader."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

RUNS = 12  # the quit/EOF race showed in CI about one time in a few dozen; a dozen runs per test


def run_helper(stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kneecare.cues.speaker", "mock"],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.mark.parametrize("ending", ["quit then EOF", "EOF only"])
def test_the_helper_ends_cleanly_when_told_to_quit_or_when_its_stdin_closes(ending):
    stdin = '{"op": "quit"}\n' if ending == "quit then EOF" else ""
    for _ in range(RUNS):
        done = run_helper(stdin)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr, done.stderr
        events = [json.loads(line) for line in done.stdout.splitlines()]
        assert events[0]["ev"] == "opened" and events[0]["problem"] == ""


def test_the_helper_configures_and_speaks_before_it_quits():
    stdin = "".join(
        json.dumps(command) + "\n"
        for command in (
            {"op": "configure", "name": None, "rate": 1.0},
            {"op": "say", "n": 1, "text": "Bend the knee"},
        )
    )
    done = run_helper(stdin)
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert [e["ev"] for e in events][:2] == ["opened", "configured"]
    assert "Traceback" not in done.stderr
