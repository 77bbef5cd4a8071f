"""How much of KneeCare's first window is the Qt binding's own cost: the PySide6 types and the Python enum
classes made before the window is shown (KneeCare against a bare window), and the first window of a bare
window that makes those same types before it shows. Against the bare window, median of N interleaved runs;
the X server's MapNotify on Xvfb, else the offscreen platform's first loop turn."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from typing import TypedDict

from _common import display, line, median
from startup import BARE, returning_user, time_to_window

# Counts what exists when the window is shown, then exits: PySide6 makes a type (and every enum of it, as
# a Python enum class through the enum module's functional API) the first time Python code touches it.
CENSUS = """
import enum, json, os, sys, time
made = [0, 0.0]
create = enum.EnumType.__call__

def counted(cls, *args, **kwargs):
    if len(args) < 2 and "names" not in kwargs:  # a lookup such as Color(1), not a new class
        return create(cls, *args, **kwargs)
    started = time.perf_counter()
    try:
        return create(cls, *args, **kwargs)
    finally:
        made[0] += 1
        made[1] += time.perf_counter() - started

enum.EnumType.__call__ = counted

def census():
    import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
    types = sorted(
        f"{module.__name__}.{name}"
        for module in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets)
        for name, value in list(vars(module).items())
        if isinstance(value, type)
    )
    print(json.dumps({"types": types, "enums": made[0], "enum_ms": made[1] * 1000}), flush=True)
    os._exit(0)

if sys.argv[1] == "kneecare":
    import kneecare.app
    from kneecare.__main__ import main
    show = kneecare.app._show_front
    kneecare.app._show_front = lambda front: (show(front), census())
    sys.argv = ["kneecare", "--data-dir", sys.argv[2]]
    main()
else:
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication(sys.argv[:1])
    label = QLabel("bare window")
    label.resize(900, 620)
    label.show()
    census()
"""

# The bare window of startup.py, making the given PySide6 types first (after its QApplication).
TYPED_BARE = """
import importlib, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
for path in sys.argv[1:]:
    module, name = path.rsplit(".", 1)
    getattr(importlib.import_module(module), name)
label = QLabel("bare window")
label.resize(900, 620)
label.show()
QTimer.singleShot(0, lambda: (print(f"KNEECARE_SHOWN {time.time():.6f}", flush=True), app.quit()))
app.exec()
"""


class Census(TypedDict):
    types: list[str]  # the PySide6 types made when the window is shown
    enums: int  # the Python enum classes made for them
    enum_ms: float  # the time spent making those


def census(kind: str, data: str, env: dict[str, str]) -> Census:
    out = subprocess.run(
        [sys.executable, "-c", CENSUS, kind, data], env=env, capture_output=True, text=True, timeout=60
    ).stdout
    found: Census = json.loads(out.strip().splitlines()[-1])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with display() as env, tempfile.TemporaryDirectory() as data:
        env["KNEECARE_BENCH_QUIT_WHEN_SHOWN"] = "1"
        returning_user(data)
        kneecare = [sys.executable, "-m", "kneecare", "--data-dir", data]
        time_to_window(kneecare, env)  # the data folder's first start and the bytecode caches: not counted
        ours = [census("kneecare", data, env) for _ in range(runs)]
        bare_census = [census("bare", data, env) for _ in range(runs)]
        types = ours[0]["types"]
        typed = [sys.executable, "-c", TYPED_BARE, *types]
        bare: list[float] = []
        typed_bare: list[float] = []
        app: list[float] = []
        for _ in range(runs):
            bare.append(time_to_window([sys.executable, "-c", BARE], env))
            typed_bare.append(time_to_window(typed, env))
            app.append(time_to_window(kneecare, env))
        platform = "offscreen" if env.get("QT_QPA_PLATFORM") == "offscreen" else "Xvfb"

    def enums(found: list[Census]) -> str:
        return f"{found[0]['enums']} in {median([f['enum_ms'] for f in found]):.1f} ms"

    print(f"binding floor, median of {runs} runs ({platform})")
    made = f"bare {len(bare_census[0]['types'])}, KneeCare {len(types)}"
    print(f"PySide6 types made before the window shows: {made}")
    print(f"Python enum classes made for them: bare {enums(bare_census)}, KneeCare {enums(ours)}")
    print(line("bare PySide6 window: start to shown", median(bare)))
    print(line("bare window making KneeCare's Qt types first", median(typed_bare), baseline=median(bare)))
    print(line("KneeCare main window: start to shown", median(app), baseline=median(bare)))
    budget = 1.5 * median(bare) - median(typed_bare)
    print(line("left for KneeCare's own work under 1.5x", budget))
    print(line("KneeCare's own work (its window less the last)", median(app) - median(typed_bare)))


if __name__ == "__main__":
    main()
