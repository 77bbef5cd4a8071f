"""Run a Python script in a child process (Qt offscreen) and read back the JSON it prints after "SEEN ":
how the start-path and idle tests watch a real start, with none of the test process's imports about."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def seen_in(script: str, *args: str, timeout: float = 60, **env: str) -> dict[str, object]:
    """What `script` (run with `args`, and `env` added to this environment) printed as "SEEN {json}"."""
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    done = subprocess.run(
        [sys.executable, "-c", script, *args], env=environ, capture_output=True, text=True, timeout=timeout
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("SEEN ")), None)
    assert line is not None, done.stderr[-3000:]
    seen: dict[str, object] = json.loads(line[5:])
    return seen
