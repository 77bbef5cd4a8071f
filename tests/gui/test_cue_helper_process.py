"""The cue helper process on its own (Qt's 'mock' engine, a null audio device): it answers, plays and speaks,
and it ends cleanly whichever way the app lets it go, without a traceback from its stdin reader."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.helpers.system import gone_within

RUNS = 12  # the quit/EOF race showed in CI about one time in a few dozen; a dozen runs per test
OPEN = '{"op": "voice", "engine": "mock"}\n'


def run_helper(stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kneecare.cues.helper", "--audio", "none"],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.mark.parametrize("ending", ["quit then EOF", "EOF only"])
def test_the_helper_ends_cleanly_when_told_to_quit_or_when_its_stdin_closes(ending):
    stdin = OPEN + ('{"op": "quit"}\n' if ending == "quit then EOF" else "")
    for _ in range(RUNS):
        done = run_helper(stdin)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr, done.stderr
        events = [json.loads(line) for line in done.stdout.splitlines()]
        assert events[0]["ev"] == "ready"
        opened = next(e for e in events if e["ev"] == "opened")
        assert opened["problem"] == "" and opened["engine"] == "mock" and opened["voices"]


def test_the_helper_configures_and_speaks_before_it_quits():
    stdin = "".join(
        json.dumps(command) + "\n"
        for command in (
            {"op": "voice", "engine": "mock"},
            {"op": "sound", "name": "step", "volume": 0.5},
            {"op": "configure", "name": None, "rate": 1.0},
            {"op": "say", "n": 1, "text": "Bend the knee"},
        )
    )
    done = run_helper(stdin)
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines()]
    kinds = [e["ev"] for e in events]
    assert kinds[0] == "ready" and kinds.index("opened") < kinds.index("configured")
    assert "Traceback" not in done.stderr


# A parent that starts the helper the way the app does, prints the helper's pid, then waits to be killed.
# The helper's stdin is this test's pipe, which stays open after the parent dies: only the kernel's
# parent-death signal can end the helper then (as when the speech engine blocks its main thread).
PARENT = """
import subprocess, sys
helper = subprocess.Popen([sys.executable, "-m", "kneecare.cues.helper", "--audio", "none"],
                          stdin=sys.stdin, stdout=subprocess.DEVNULL)
print(helper.pid, flush=True)
sys.stdin.close()
helper.wait()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_the_helper_does_not_outlive_an_app_killed_with_sigkill():
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert parent.stdout is not None
        helper_pid = int(parent.stdout.readline())
        parent.kill()
        parent.wait(timeout=10)
        assert gone_within(helper_pid, seconds=2.0), "the cue helper outlived the killed app"
    finally:
        parent.kill()
        parent.communicate()  # closes both pipes
