"""Idle cost: KneeCare sitting in the tray (--minimized, no session) for 60 s, against a bare PySide6 window
(a shown QLabel) measured in the same run: CPU time as a share of one core, how often the
process wakes (context switches of all its threads), and every Qt timer that fired, counted by an
application-wide event filter in a second, instrumented run. Goals: under 0.1% of one core, and no timer
firing more than once a minute."""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import display, running

TICKS = os.sysconf("SC_CLK_TCK")

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("bare window")
label.show()
app.setQuitOnLastWindowClosed(False)
app.exec()
"""

# Runs the app with an event filter that notes when each QTimerEvent arrives, per receiver; a plain thread
# (no Qt timer of its own) writes those of the measured window to a file.
INSTRUMENTED = """
import collections, json, sys, threading, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
warmup, seconds, out = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
app = QApplication(sys.argv[:1])
fires = collections.defaultdict(list)
class Count(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Timer:
            name = obj.metaObject().className() + (f"[{obj.objectName()}]" if obj.objectName() else "")
            parent = obj.parent()
            if parent is not None:
                name = f"{type(parent).__name__}.{name}"
            if isinstance(obj, QTimer):
                name += f" (interval {obj.interval()} ms)"
            fires[name].append(time.monotonic())
        return False
counter = Count()
app.installEventFilter(counter)
def measure():
    time.sleep(warmup)
    start = time.monotonic()
    time.sleep(seconds)
    end = time.monotonic()
    fired = {k: [t - start for t in list(v) if start <= t < end] for k, v in list(fires.items())}
    with open(out, "w") as f:
        json.dump({k: v for k, v in fired.items() if v}, f)
threading.Thread(target=measure, daemon=True).start()
from kneecare.__main__ import main
sys.exit(main(sys.argv[4:]))
"""


def cpu_seconds(pid: int) -> float:
    """CPU time of all threads: nanoseconds from schedstat where the kernel has it, else 10 ms ticks."""
    try:
        return (
            sum(
                int((task / "schedstat").read_text().split()[0])
                for task in Path(f"/proc/{pid}/task").iterdir()
            )
            / 1e9
        )
    except (OSError, ValueError, IndexError):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def wakeups(pid: int) -> int:
    """Context switches of all threads: each time a thread woke and went back to sleep, or was preempted."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        for line in (task / "status").read_text().splitlines():
            if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                total += int(line.split()[1])
    return total


def sit(cmd: list[str], env: dict[str, str], warmup: float, seconds: float) -> tuple[float, int]:
    """(CPU seconds, wake-ups) of the process over `seconds` of idling, after `warmup`."""
    with running(cmd, env) as proc:
        time.sleep(warmup)
        cpu0, wake0 = cpu_seconds(proc.pid), wakeups(proc.pid)
        time.sleep(seconds)
        cpu1, wake1 = cpu_seconds(proc.pid), wakeups(proc.pid)
    return cpu1 - cpu0, wake1 - wake0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--warmup", type=float, default=8.0)
    args = parser.parse_args()
    if not Path("/proc/self/stat").exists():
        sys.exit("idle.py reads /proc: Linux only")
    seconds, warmup = args.seconds, args.warmup
    with display() as env, tempfile.TemporaryDirectory() as tmp:
        tray = None
        if shutil.which("trayer") and "DISPLAY" in env:
            tray = subprocess.Popen(["trayer"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(1)
        env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={tmp}/no-bus"  # no notification service to talk to
        data = Path(tmp) / "data"
        app_cmd = [sys.executable, "-m", "kneecare", "--data-dir", str(data), "--minimized"]
        try:
            bare_cpu, bare_wake = sit([sys.executable, "-c", BARE], env, warmup, seconds)
            app_cpu, app_wake = sit(app_cmd, env, warmup, seconds)
            out = Path(tmp) / "timers.json"
            instrumented = [sys.executable, "-c", INSTRUMENTED, str(warmup), str(seconds), str(out)]
            with running([*instrumented, "--data-dir", str(data), "--minimized"], env):
                time.sleep(warmup + seconds + 1.5)
            timers: dict[str, int] = json.loads(out.read_text()) if out.exists() else {}
            log = (data / "logs" / "kneecare.log").read_text()
        finally:
            if tray is not None:
                tray.terminate()
                tray.wait()
        where = "Xvfb + trayer" if tray is not None else env.get("QT_QPA_PLATFORM", "X")
    in_tray = "tray icon shown" in log
    print(f"idle for {seconds:.0f} s after {warmup:.0f} s of start-up ({where}; in the tray: {in_tray})")
    rows = (("bare PySide6 window", bare_cpu, bare_wake), ("KneeCare in the tray", app_cpu, app_wake))
    for label, cpu, wake in rows:
        share = cpu / seconds * 100
        per_minute = wake / seconds * 60
        print(
            f"{label:<24} CPU {cpu * 1000:7.2f} ms = {share:6.4f}% of a core   wake-ups {per_minute:6.1f}/min"
        )
    cpu_ratio, wake_ratio = _ratio(app_cpu, bare_cpu), _ratio(app_wake, bare_wake)
    print(f"{'ratio KneeCare / bare':<24} CPU {cpu_ratio}   wake-ups {wake_ratio}")
    print("Qt timers that fired while idle: times fired, shortest gap between two firings")
    shortest = float("inf")
    for name, times in sorted(timers.items(), key=lambda kv: -len(kv[1])):
        gaps = [b - a for a, b in itertools.pairwise(times)]
        gap = min(gaps, default=float("inf"))
        shortest = min(shortest, gap)
        print(f"  {name:<56} {len(times):3d}x   {'-' if gap == float('inf') else f'{gap:.1f} s'}")
    if not timers:
        print("  none")
    busiest = max((len(t) for t in timers.values()), default=0) / seconds * 60
    cpu_met = app_cpu / seconds * 100 < 0.1
    timer_met = shortest >= 59.0 and busiest <= 1.0 + 60 / seconds
    print(
        f"goal under 0.1% of a core: {'met' if cpu_met else 'NOT met'}; goal no timer more often than once a "
        f"minute: {'met' if timer_met else 'NOT met'}"
    )


def _ratio(value: float, base: float) -> str:
    return f"{value / base:5.2f}x" if base else "  n/a (bare is 0)"


if __name__ == "__main__":
    main()
