"""A person who uses a screen reader: under Xvfb, with the accessibility bus (AT-SPI) on a private session
bus, the real app's accessible tree is walked the way Orca would read it. The main controls have names,
roles and descriptions, and the step label's words change when the step does."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.test_tray_and_reminders import background, session_bus
from tests.helpers.system import in_ci, need
from tests.helpers.xvfb import (
    answer_first_screening,
    find_window,
    key,
    kneecare_command,
    wait_painted,
    x_env,
    xvfb,
)

pytestmark = pytest.mark.e2e

WALKER = Path(__file__).with_name("atspi_walk.py")
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, where python3-pyatspi lives

Node = dict[str, object]


def need_pyatspi() -> None:
    need("Xvfb", "xdotool", "dbus-run-session", BUS_LAUNCHER, SYSTEM_PYTHON)
    found = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
    if found.returncode != 0:
        reason = "needs python3-pyatspi for /usr/bin/python3 (Debian: see .ci/run)"
        pytest.fail(f"CI must not skip: {reason}") if in_ci() else pytest.skip(reason)


def accessible_tree(env: dict[str, str]) -> list[Node]:
    walked = subprocess.run(
        [SYSTEM_PYTHON, str(WALKER), "KneeCare"], env=env, capture_output=True, text=True, timeout=60
    )
    return [json.loads(line) for line in walked.stdout.splitlines() if line.startswith("{")]


def tree_until(env: dict[str, str], ready: Callable[[list[Node]], bool], timeout: float = 20.0) -> list[Node]:
    """Walk the tree again until `ready` holds (the app updates it as the session goes on)."""
    deadline = time.monotonic() + timeout
    while True:
        nodes = accessible_tree(env)
        if ready(nodes) or time.monotonic() > deadline:
            return nodes
        time.sleep(0.3)


def find(nodes: list[Node], **wanted: object) -> Node | None:
    return next((n for n in nodes if all(n.get(k) == v for k, v in wanted.items())), None)


def step_label(nodes: list[Node]) -> str:
    node = find(nodes, role="label", description="Step")
    return str(node["name"]) if node else ""


def test_a_screen_reader_finds_named_controls_and_hears_the_step_change(tmp_path):
    need_pyatspi()
    data = tmp_path / "data"
    with (
        xvfb() as display,
        session_bus(x_env(display, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")) as env,
        background([BUS_LAUNCHER, "--launch-immediately"], env),
    ):
        proc = subprocess.Popen(
            [*kneecare_command(), "--data-dir", str(data)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            window = find_window(display, proc.pid, name="^KneeCare$")
            answer_first_screening(display, proc.pid, tmp_path / "questions.png")

            before = tree_until(env, lambda nodes: step_label(nodes) == "Daily")
            (tmp_path / "before.jsonl").write_text("\n".join(json.dumps(n) for n in before))
            assert find(before, role="frame", name="KneeCare"), before[:3]
            for name in ("Start session", "Skip step", "Stop session", "It hurts, numb or tingling"):
                button = find(before, role="push button", name=name, showing=True)
                assert button is not None, name
                assert button["description"], name
            program = find(before, role="combo box", description="The routine to follow")
            assert program is not None and program["name"] == "Daily"
            assert find(before, role="label", name="Program")
            countdown = find(before, name="Countdown")
            assert countdown is not None and countdown["description"] == "7:50 in all"
            assert step_label(before) == "Daily"

            key(display, window, "space")
            check = find_window(display, proc.pid, name="^Before you start")
            wait_painted(display, check, tmp_path / "check.png")
            key(display, check, "n")
            # Then the quick rating of how the knees feel: Esc skips it.
            key(display, find_window(display, proc.pid, name="^Rate your knees$"), "Escape")
            running = tree_until(env, lambda nodes: step_label(nodes) == "Settle in")
            assert step_label(running) == "Settle in"
            assert find(running, role="push button", name="Pause session")
            assert "left in this step" in str((find(running, name="Countdown") or {}).get("description"))

            key(display, window, "Right")
            skipped = tree_until(env, lambda nodes: step_label(nodes) == "Warm your hands")
            assert step_label(skipped) == "Warm your hands"
            key(display, window, "ctrl+q")
            output, _ = proc.communicate(timeout=20)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    assert proc.returncode == 0, output
    assert "Traceback" not in output
