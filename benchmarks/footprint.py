"""Memory you can see: RSS, PSS and USS (from /proc/PID/smaps_rollup) of KneeCare's whole process tree,
against a bare PySide6 QLabel window started in the same run: 10 s after start (window open), in the tray
(--minimized, with trayer on the Xvfb screen), during a session with sound and voice on (on a private
PulseAudio null sink), and 40 s after that session ended; plus exec -> first visible window (the app's
KNEECARE_BENCH_QUIT_WHEN_SHOWN print against the process start, as benchmarks/startup.py). Medians of
--runs runs. Needs Xvfb, xdotool, trayer and pulseaudio (Debian packages, as in .ci/run)."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from _common import display, median, running
from startup import BARE as BARE_QUIT
from startup import returning_user, time_to_window

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("bare window")
label.resize(900, 620)
label.show()
app.exec()
"""
SETTLE = 10.0  # seconds after start
AFTER = 40.0  # seconds after the session ended
KEYS_DELAY = 0.4


def tree(pid: int) -> list[int]:
    """`pid` and all its descendants."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                todo += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
    return found


def memory(pid: int) -> tuple[float, float, float, int]:
    """RSS, PSS, USS in MiB summed over the tree, and the number of processes."""
    rss = pss = uss = 0
    pids = tree(pid)
    for p in pids:
        try:
            text = Path(f"/proc/{p}/smaps_rollup").read_text()
        except OSError:
            continue
        fields = {line.split(":")[0]: int(line.split()[1]) for line in text.splitlines()[1:]}
        rss += fields.get("Rss", 0)
        pss += fields.get("Pss", 0)
        uss += fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0)
    return rss / 1024, pss / 1024, uss / 1024, len(pids)


@contextmanager
def pulse(folder: Path, env: dict[str, str]) -> Iterator[dict[str, str]]:
    runtime = folder / "rt"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {**env, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(folder)}
    command = ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disable-shm=yes"]
    command += ["-L", "module-native-protocol-unix", "-L", "module-null-sink sink_name=bench"]
    with running(command, env):
        while not (runtime / "pulse" / "native").exists():
            time.sleep(0.05)
        yield env


def keys(env: dict[str, str], name: str, *typed: str, wait: float = 20.0) -> None:
    """Type keys into the window titled `name` once it shows; a window that never shows within `wait` s
    is left (a question that only comes some days)."""
    for _ in range(int(wait * 10)):
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", name], env=env, capture_output=True, text=True
        ).stdout.split()
        if found:
            break
        time.sleep(0.1)
    else:
        return
    # No window manager runs on Xvfb: focus the window directly (windowactivate needs one).
    time.sleep(KEYS_DELAY)
    subprocess.run(["xdotool", "windowfocus", "--sync", found[-1]], env=env, check=False, timeout=10)
    subprocess.run(["xdotool", "key", "--clearmodifiers", *typed], env=env, check=True, timeout=10)
    time.sleep(KEYS_DELAY)


def one_run(env: dict[str, str], scratch: Path) -> dict[str, tuple[float, float, float, int]]:
    app = [sys.executable, "-m", "kneecare"]
    figures: dict[str, tuple[float, float, float, int]] = {}
    with running([sys.executable, "-c", BARE], env) as bare:
        time.sleep(SETTLE)
        figures["bare window, 10 s"] = memory(bare.pid)
    data = tempfile.mkdtemp(dir=scratch)
    returning_user(data)
    with running([*app, "--data-dir", data], env) as proc:
        time.sleep(SETTLE)
        figures["KneeCare window, 10 s"] = memory(proc.pid)
    with running(["trayer", "--edge", "top", "--widthtype", "pixel", "--width", "200"], env):
        time.sleep(1.0)
        with running([*app, "--data-dir", data, "--minimized"], env) as proc:
            time.sleep(SETTLE)
            figures["KneeCare in the tray, 10 s"] = memory(proc.pid)
    folder = Path(tempfile.mkdtemp(dir=scratch))
    with pulse(folder, env) as sound_env, running([*app, "--data-dir", data], sound_env) as proc:
        time.sleep(SETTLE)
        keys(sound_env, "^KneeCare$", "space")
        keys(sound_env, "^Before you start", "n", wait=4)
        keys(sound_env, "^Rate your knees$", "Escape", wait=4)
        time.sleep(8.0)  # the helper is up, the first step is being spoken
        figures["during a session (sound + voice)"] = memory(proc.pid)
        keys(sound_env, "^KneeCare$", "Escape")
        time.sleep(AFTER)
        figures["40 s after the session"] = memory(proc.pid)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    for tool in ("Xvfb", "xdotool", "trayer", "pulseaudio"):
        if shutil.which(tool) is None:
            sys.exit(f"footprint: {tool} is missing (see .ci/run's apt-get line)")
    results: list[dict[str, tuple[float, float, float, int]]] = []
    bare_shown: list[float] = []
    app_shown: list[float] = []
    with display() as env, tempfile.TemporaryDirectory() as scratch:
        env = {**env, "KNEECARE_BENCH_QUIT_WHEN_SHOWN": ""}
        for _ in range(runs):
            data = tempfile.mkdtemp(dir=scratch)
            returning_user(data)
            bare_shown.append(time_to_window([sys.executable, "-c", BARE_QUIT], env))
            shown_env = {**env, "KNEECARE_BENCH_QUIT_WHEN_SHOWN": "1"}
            command = [sys.executable, "-m", "kneecare", "--data-dir", data]
            app_shown.append(time_to_window(command, shown_env))
            results.append(one_run(env, Path(scratch)))
    base = [median([r["bare window, 10 s"][i] for r in results]) for i in range(3)]
    print(f"footprint, medians of {runs} run(s); ratios against the bare PySide6 window (RSS, PSS, USS)")
    print(f"{'':<36} {'procs':>5} {'RSS MiB':>8} {'PSS MiB':>8} {'USS MiB':>8}   ratios")
    for name in results[0]:
        values = [median([r[name][i] for r in results]) for i in range(3)]
        procs = max(r[name][3] for r in results)
        ratios = " ".join(f"{v / b:4.2f}x" for v, b in zip(values, base, strict=True))
        print(f"{name:<36} {procs:>5} {values[0]:8.1f} {values[1]:8.1f} {values[2]:8.1f}   {ratios}")
    bare_ms, app_ms = median(bare_shown), median(app_shown)
    print(f"{'exec -> first window, bare':<36} {bare_ms:8.0f} ms")
    print(f"{'exec -> first window, KneeCare':<36} {app_ms:8.0f} ms   {app_ms / bare_ms:4.2f}x")


if __name__ == "__main__":
    main()
