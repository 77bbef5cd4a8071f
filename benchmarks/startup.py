"""Start-up: import time of kneecare.core, and process start to first shown window (the X server's
MapNotify), against a bare PySide6 window (a QLabel) started in the same run. Median of N runs each,
interleaved. With trayer installed, also a second launch while KneeCare waits in the tray: from that
launch's exec to the running copy's window on screen."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import TRAYER, display, line, mapped_after, median, running

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("bare window")
label.resize(900, 620)
label.show()
QTimer.singleShot(0, lambda: (print(f"KNEECARE_SHOWN {time.time():.6f}", flush=True), app.quit()))
app.exec()
"""


def time_to_window(cmd: list[str], env: dict[str, str]) -> float:
    """Exec -> first visible window: the X server's MapNotify of its window on an X display (the issue's
    measure); without one (the offscreen platform) the process's own print in its first loop turn after
    show(), which KNEECARE_BENCH_QUIT_WHEN_SHOWN asks for (it quits then, as the bare script does)."""
    mapped = mapped_after(cmd, env)
    if mapped is not None:
        return mapped
    start = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60, check=True).stdout
    shown = next(float(w.split()[1]) for w in out.splitlines() if w.startswith("KNEECARE_SHOWN"))
    return (shown - start) * 1000


def second_launches(kneecare: list[str], data: str, env: dict[str, str], runs: int) -> list[float]:
    """Exec of a second `kneecare` -> the running copy's window mapped. Each run starts a copy in the tray
    (--minimized, trayer as the tray: its window is built, not shown), waits until it listens, then
    launches again; the copy is ended after."""
    from kneecare.paths import AppPaths
    from kneecare.platform.running_copy import server_name

    env = {k: v for k, v in env.items() if k != "KNEECARE_BENCH_QUIT_WHEN_SHOWN"}  # the copy stays
    times: list[float] = []
    socket_file = Path(server_name(AppPaths.under(Path(data)).runtime))
    with running(TRAYER, env):
        for _ in range(runs):
            with running([*kneecare, "--minimized"], env):
                deadline = time.monotonic() + 30
                while not socket_file.exists():
                    if time.monotonic() > deadline:
                        raise TimeoutError("the copy in the tray never listened")
                    time.sleep(0.05)
                time.sleep(1.0)  # let it finish its start (its tray icon docked) before the launch
                mapped = mapped_after(kneecare, env)
                if mapped is None:
                    return []
                times.append(mapped)
    return times


def returning_user(data: str) -> None:
    """A data folder as a returning person has it: the safety questions answered (all "no"), so the start
    measured is the everyday one, not the first launch with its welcome questions."""
    from datetime import datetime
    from pathlib import Path

    from kneecare.core.safety import Concern, Screening
    from kneecare.store.store import Store

    now = datetime.now().astimezone()
    store, _ = Store.open(Path(data) / "kneecare.sqlite3", now)
    store.safety.record_screening(Screening(now, dict.fromkeys(Concern, False)))
    store.close()


def import_time(module: str, env: dict[str, str]) -> float:
    code = f"import time; t=time.perf_counter(); import {module}; print((time.perf_counter()-t)*1000)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return float(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    core_modules = "kneecare.core.session, kneecare.core.plan, kneecare.core.library"
    bare: list[float] = []
    app: list[float] = []
    with display() as env, tempfile.TemporaryDirectory() as data:
        import_time(core_modules, env)  # writes the bytecode caches, as an install does
        core = [import_time(core_modules, env) for _ in range(runs)]
        qt = [import_time("PySide6.QtWidgets", env) for _ in range(runs)]
        env["KNEECARE_BENCH_QUIT_WHEN_SHOWN"] = "1"
        kneecare = [sys.executable, "-m", "kneecare", "--data-dir", data]
        returning_user(data)
        time_to_window(kneecare, env)  # first run creates the data dir and bytecode caches; not counted
        for _ in range(runs):
            bare.append(time_to_window([sys.executable, "-c", BARE], env))
            app.append(time_to_window(kneecare, env))
        platform = "offscreen" if env.get("QT_QPA_PLATFORM") == "offscreen" else "Xvfb"
        has_tray = platform == "Xvfb" and shutil.which("trayer") is not None
        second = second_launches(kneecare, data, env, runs) if has_tray else []
    print(f"startup, median of {runs} runs ({platform})")
    print(line("import kneecare.core (session, plan, library)", median(core), baseline=median(qt)))
    print(line("import PySide6.QtWidgets (for scale)", median(qt)))
    print(line("bare PySide6 window: start to shown", median(bare)))
    print(line("KneeCare main window: start to shown", median(app), baseline=median(bare)))
    if second:
        print(line("a second launch, KneeCare in the tray: to shown", median(second), baseline=median(bare)))
    else:
        print("a second launch, KneeCare in the tray: not measured (needs Xvfb and trayer)")


if __name__ == "__main__":
    main()
