"""Memory you can see: RSS, PSS and USS (from /proc/PID/smaps_rollup) of KneeCare's whole process tree,
against a bare PySide6 QLabel window started in the same run: 10 s after start (window open), in the tray
(--minimized, with trayer on the Xvfb screen), in the tray after use (its window brought forward by a
second launch, then closed as a window manager's close button does), during a session with sound and
voice on (on a private PulseAudio null sink), 40 s after that session ended, and during a second session
(the main process);
plus exec -> first visible window (the app's KNEECARE_BENCH_QUIT_WHEN_SHOWN print against the process
start, as benchmarks/startup.py). Medians of --runs runs. The session rows give the main process alone
too (the goal reads it), and the cue helper's share. --quick measures only the idle rows (window, tray),
for quick iterations; --against DIR also runs the app from another checkout (its folder first on
sys.path, e.g. `git archive HEAD | tar -x -C DIR`; repeatable, each then named after its folder)
interleaved with this one, so a change is measured against the previous code in the same run; the cue
helper it starts (`python -m kneecare.cues.helper`) is still this checkout's. Needs Xvfb, xdotool,
trayer and pulseaudio (Debian packages, as in .ci/run)."""

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

from _common import TRAYER, close_window, display, median, running
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


Figures = tuple[float, float, float, int]


def memory(pid: int, alone: bool = False) -> Figures:
    """RSS, PSS, USS in MiB summed over the tree (or of `pid` alone), and the number of processes."""
    rss = pss = uss = 0
    pids = [pid] if alone else tree(pid)
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


def visible_window(env: dict[str, str], pid: int, wait: float = 20.0) -> int:
    """The id of process `pid`'s visible main window, once it shows: the largest of its windows named
    KneeCare (its tray icon, docked in trayer, has that name too)."""
    for _ in range(int(wait * 10)):
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name", "^KneeCare$"],
            env=env,
            capture_output=True,
            text=True,
        ).stdout.split()
        sizes = {}
        for window in found:
            shell = subprocess.run(
                ["xdotool", "getwindowgeometry", "--shell", window], env=env, capture_output=True, text=True
            ).stdout
            geometry = dict(line.split("=", 1) for line in shell.split() if "=" in line)
            sizes[int(window)] = int(geometry.get("WIDTH", 0)) * int(geometry.get("HEIGHT", 0))
        if sizes and max(sizes.values()) >= 400 * 300:
            return max(sizes, key=lambda w: sizes[w])
        time.sleep(0.1)
    raise TimeoutError("the window did not show")


def bare_run(env: dict[str, str]) -> Figures:
    with running([sys.executable, "-c", BARE], env) as bare:
        time.sleep(SETTLE)
        return memory(bare.pid)


def one_run(
    app: list[str], app_env: dict[str, str], scratch: Path, quick: bool, name: str
) -> dict[str, Figures]:
    """The app's rows, named after `name`, started by `app` (this checkout or another)."""
    figures: dict[str, Figures] = {}
    data = tempfile.mkdtemp(dir=scratch)
    returning_user(data)
    with running([*app, "--data-dir", data], app_env) as proc:
        time.sleep(SETTLE)
        figures[f"{name} window, 10 s"] = memory(proc.pid)
    with running(TRAYER, app_env):
        time.sleep(1.0)
        with running([*app, "--data-dir", data, "--minimized"], app_env) as proc:
            time.sleep(SETTLE)
            figures[f"{name} in the tray, 10 s"] = memory(proc.pid)
            # The window opened (a second launch brings it forward), then closed to the tray again.
            subprocess.run([*app, "--data-dir", data], env=app_env, check=True, timeout=60)
            window = visible_window(app_env, proc.pid)
            time.sleep(3.0)
            close_window(app_env, window)
            time.sleep(8.0)
            figures[f"{name} in the tray after use, 8 s"] = memory(proc.pid)
    if quick:
        return figures
    folder = Path(tempfile.mkdtemp(dir=scratch))
    with pulse(folder, app_env) as sound_env, running([*app, "--data-dir", data], sound_env) as proc:
        time.sleep(SETTLE)
        keys(sound_env, "^KneeCare$", "space")
        keys(sound_env, "^Before you start", "n", wait=4)
        keys(sound_env, "^Rate your knees$", "Escape", wait=4)
        time.sleep(8.0)  # the helper is up, the first step is being spoken
        figures[f"{name} during a session, all"] = memory(proc.pid)
        figures[f"{name} during a session, main"] = memory(proc.pid, alone=True)
        keys(sound_env, "^KneeCare$", "Escape")
        time.sleep(AFTER)
        figures[f"{name} 40 s after the session"] = memory(proc.pid)
        keys(sound_env, "^KneeCare$", "space")  # a second session (glibc's heap differs after the first)
        keys(sound_env, "^Before you start", "n", wait=4)
        keys(sound_env, "^Rate your knees$", "Escape", wait=4)
        time.sleep(8.0)
        figures[f"{name} a second session, main"] = memory(proc.pid, alone=True)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="only the idle rows (window, tray)")
    parser.add_argument(
        "--against",
        type=Path,
        metavar="DIR",
        action="append",
        default=[],
        help="also run the app from this checkout (repeatable: each is named after its folder)",
    )
    options = parser.parse_args()
    runs = options.runs
    for tool in ("Xvfb", "xdotool", "trayer", "pulseaudio"):
        if shutil.which(tool) is None:
            sys.exit(f"footprint: {tool} is missing (see .ci/run's apt-get line)")
    results: list[dict[str, Figures]] = []
    bare_shown: list[float] = []
    app_shown: list[float] = []
    with display() as env, tempfile.TemporaryDirectory() as scratch:
        variants = [("KneeCare", [sys.executable, "-m", "kneecare"])]
        for folder in options.against:  # first on sys.path (PYTHONPATH comes after the current folder)
            first = f"import sys, runpy; sys.path.insert(0, {str(folder.resolve())!r}); "
            run = "runpy.run_module('kneecare', run_name='__main__', alter_sys=True)"
            name = "against" if len(options.against) == 1 else f"against {folder.name}"
            variants.append((name, [sys.executable, "-c", first + run]))
        for _ in range(runs):
            data = tempfile.mkdtemp(dir=scratch)
            returning_user(data)
            if not options.quick:
                bare_shown.append(time_to_window([sys.executable, "-c", BARE_QUIT], env))
                shown_env = {**env, "KNEECARE_BENCH_QUIT_WHEN_SHOWN": "1"}
                command = [sys.executable, "-m", "kneecare", "--data-dir", data]
                app_shown.append(time_to_window(command, shown_env))
            figures = {"bare window, 10 s": bare_run(env)}
            for name, app in variants:
                figures.update(one_run(app, env, Path(scratch), options.quick, name))
            results.append(figures)
    report(results, runs)
    if app_shown:
        bare_ms, app_ms = median(bare_shown), median(app_shown)
        print(f"{'exec -> first window, bare':<36} {bare_ms:8.0f} ms")
        print(f"{'exec -> first window, KneeCare':<36} {app_ms:8.0f} ms   {app_ms / bare_ms:4.2f}x")


def report(results: list[dict[str, Figures]], runs: int) -> None:
    base = [median([r["bare window, 10 s"][i] for r in results]) for i in range(3)]
    print(f"footprint, medians of {runs} run(s); ratios against the bare PySide6 window (RSS, PSS, USS)")
    print(f"{'':<40} {'procs':>5} {'RSS MiB':>8} {'PSS MiB':>8} {'USS MiB':>8}   ratios")
    for name in results[0]:
        values = [median([r[name][i] for r in results]) for i in range(3)]
        procs = max(r[name][3] for r in results)
        ratios = " ".join(f"{v / b:4.2f}x" for v, b in zip(values, base, strict=True))
        print(f"{name:<40} {procs:>5} {values[0]:8.1f} {values[1]:8.1f} {values[2]:8.1f}   {ratios}")
        if name.endswith("during a session, main"):
            whole = [median([r[name.replace(", main", ", all")][i] for r in results]) for i in range(3)]
            share = " ".join(f"{w - v:.1f}" for w, v in zip(whole, values, strict=True))
            print(f"{'  the cue helper (RSS, PSS, USS MiB)':<40} {'':>5} {share}")


if __name__ == "__main__":
    main()
