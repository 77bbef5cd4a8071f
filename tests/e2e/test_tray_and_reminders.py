"""End to end with real components: KneeCare in a real X11 tray (Debian's trayer) on Xvfb, under
dbus-run-session with a real notification server (dunst). A reminder that comes due reaches the server
with "Start now" and "Snooze" at normal urgency; clicking it opens the window; the tray menu opens and
quits. A second launch leaves one KneeCare running, and brings it forward without a start of its own."""

from __future__ import annotations

import json
import re
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import timedelta
from pathlib import Path

import pytest

from kneecare.core.clock import SystemClock
from kneecare.core.reminder_log import memory_to_json
from kneecare.core.schedule import ReminderMemory
from kneecare.store.planner_log import MEMORY_KEY
from kneecare.store.store import Store
from tests.helpers.system import need
from tests.helpers.xvfb import kneecare_command, x_env, xvfb

pytestmark = pytest.mark.e2e


def wait_for(predicate, timeout: float = 30.0, what: str = "", data: Path | None = None) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            log = data / "logs" / "kneecare.log" if data is not None else None
            seen = log.read_text() if log is not None and log.exists() else "(no log)"
            raise AssertionError(f"timed out waiting for {what}; the app's log:\n{seen}")
        time.sleep(0.1)


def log_has(data: Path, text: str) -> bool:
    log = data / "logs" / "kneecare.log"
    return log.exists() and text in log.read_text()


def visible_windows(env: dict[str, str], pid: int) -> list[tuple[str, int, int]]:
    """(id, width, height) of each visible X window of the process."""
    ids = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid)], env=env, capture_output=True, text=True
    ).stdout.split()
    out = []
    for wid in ids:
        geometry = subprocess.run(
            ["xdotool", "getwindowgeometry", wid], env=env, capture_output=True, text=True
        ).stdout
        match = re.search(r"Geometry: (\d+)x(\d+)", geometry)
        if match:
            out.append((wid, int(match.group(1)), int(match.group(2))))
    return out


@contextmanager
def background(cmd: list[str], env: dict[str, str], **kwargs) -> Iterator[subprocess.Popen]:
    proc = subprocess.Popen(cmd, env=env, stdout=kwargs.pop("stdout", subprocess.DEVNULL), **kwargs)
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


@contextmanager
def session_bus(env: dict[str, str]) -> Iterator[dict[str, str]]:
    """A private session bus from dbus-run-session; the environment to run things on it."""
    with background(
        ["dbus-run-session", "--", "sh", "-c", 'echo "$DBUS_SESSION_BUS_ADDRESS"; exec sleep 600'],
        env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as bus:
        address = bus.stdout.readline().strip()
        assert address.startswith("unix:"), address
        yield {**env, "DBUS_SESSION_BUS_ADDRESS": address}


def click_notification(env: dict[str, str]) -> None:
    """A middle click on dunst's popup, which runs the notification's default action."""
    popup = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--class", "dunst"], env=env, capture_output=True, text=True
    ).stdout.split()[0]
    subprocess.run(["xdotool", "mousemove", "--window", popup, "20", "10", "click", "2"], env=env, check=True)


def reminder_due_now(data: Path) -> None:
    """Settings with a reminder at this very minute, and a reminder memory that last handled one an hour
    ago, so the app finds a reminder due as soon as it starts."""
    now = SystemClock().now()
    store, _ = Store.open(data / "kneecare.sqlite3", now)
    store.state.set(MEMORY_KEY, memory_to_json(ReminderMemory(handled_due=now - timedelta(hours=1))))
    store.close()
    (data / "config").mkdir(parents=True)
    settings = {"reminder_times": [now.strftime("%H:%M")], "quiet_start": None, "quiet_end": None}
    (data / "config" / "settings.json").write_text(json.dumps(settings))


def test_from_the_tray_a_due_reminder_reaches_dunst_with_both_actions_and_opens_the_window(tmp_path):
    need("Xvfb", "xdotool", "trayer", "dbus-run-session", "dunst", "dunstctl", "dbus-monitor")
    data = tmp_path / "data"
    reminder_due_now(data)
    with ExitStack() as stack:
        display = stack.enter_context(xvfb())
        env = x_env(display, XDG_RUNTIME_DIR=str(tmp_path / "xdg-run"))
        (tmp_path / "xdg-run").mkdir(mode=0o700)
        stack.enter_context(background(["trayer", "--edge", "bottom", "--align", "right"], env))
        env = stack.enter_context(session_bus(env))
        stack.enter_context(background(["dunst", "-config", "/dev/null"], env, stderr=subprocess.DEVNULL))
        monitor_out = (tmp_path / "monitor.txt").open("w")
        stack.callback(monitor_out.close)
        stack.enter_context(
            background(["dbus-monitor", "interface='org.freedesktop.Notifications'"], env, stdout=monitor_out)
        )
        wait_for(
            lambda: subprocess.run(["dunstctl", "count"], env=env, capture_output=True).returncode == 0,
            what="dunst on the bus",
        )
        app = stack.enter_context(
            background([*kneecare_command(), "--data-dir", str(data), "--minimized"], env)
        )

        # In the tray: the icon is embedded, no window is shown.
        wait_for(lambda: log_has(data, "tray icon shown"), what="the tray icon")
        wait_for(lambda: log_has(data, "reminder delivered as a desktop notification"), what="the reminder")
        assert all(w < 100 and h < 100 for _, w, h in visible_windows(env, app.pid))  # just the tray icon

        # The notification server got it, with both actions, at normal urgency.
        wait_for(lambda: "Snooze" in (tmp_path / "monitor.txt").read_text(), what="dbus-monitor")
        monitor = (tmp_path / "monitor.txt").read_text()
        notify = monitor[monitor.index("member=Notify") :]
        assert 'string "Time for your knees"' in notify
        assert 'string "Start now"' in notify and 'string "Snooze"' in notify
        assert re.search(r'string "urgency"\s+variant\s+byte 1', notify)
        count = subprocess.run(["dunstctl", "count", "displayed"], env=env, capture_output=True, text=True)
        assert count.stdout.strip() == "1"

        # Clicking the notification (dunst: middle button runs its action) opens the window ready to start.
        click_notification(env)
        wait_for(lambda: log_has(data, "opening the window ready to start"), what="the window to open")
        wait_for(lambda: any(w >= 400 for _, w, _h in visible_windows(env, app.pid)), what="a visible window")
        history = subprocess.run(["dunstctl", "history"], env=env, capture_output=True, text=True).stdout
        assert "Time for your knees" in history

        # The tray menu opens on a right click on the icon, and its last entry quits.
        icon = next(wid for wid, w, h in visible_windows(env, app.pid) if w < 100 and h < 100)
        subprocess.run(
            ["xdotool", "mousemove", "--window", icon, "5", "5", "click", "3"], env=env, check=True
        )
        wait_for(lambda: log_has(data, "tray menu opened"), what="the tray menu")
        subprocess.run(["xdotool", "key", "Up", "Return"], env=env, check=True)
        assert app.wait(timeout=20) == 0
    log = (data / "logs" / "kneecare.log").read_text()
    assert "Traceback" not in log
    assert "reminder fired" in log


def test_launching_twice_leaves_one_kneecare_and_brings_the_first_forward(tmp_path):
    need("Xvfb", "xdotool")
    data = tmp_path / "data"
    with ExitStack() as stack:
        display = stack.enter_context(xvfb())
        env = x_env(display, DBUS_SESSION_BUS_ADDRESS=f"unix:path={tmp_path}/no-bus")
        first = stack.enter_context(background([*kneecare_command(), "--data-dir", str(data)], env))
        wait_for(
            lambda: any(w >= 400 for _, w, _h in visible_windows(env, first.pid)), what="the first window"
        )
        second = subprocess.run(
            [*kneecare_command(), "--data-dir", str(data)],
            env={**env, "XDG_ACTIVATION_TOKEN": "token-from-the-launcher"},
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert second.returncode == 0, second.stderr
        wait_for(lambda: log_has(data, "a second launch asked this one to come forward"), what="the request")
        wait_for(
            lambda: log_has(data, "bringing the window forward with an activation token"), what="forward"
        )
        assert first.poll() is None  # the first one runs on: one KneeCare
        # The second launch found the running copy before loading Qt: it started nothing of its own.
        assert (data / "logs" / "kneecare.log").read_text().count("starting, data in") == 1
