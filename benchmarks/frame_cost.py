"""Frame cost of the guided session view, and the app's CPU use while a session runs and while idle.

1. Paint time of one full frame of the main window in a session's movement step (offscreen, rendered into
   a QImage), median and p99, at 1280x800 and 2560x1600, next to a bare PySide6 window (a QLabel) of the
   same size. Also: one frame as the app really does it (only the marker's box), and a full frame with the
   SVG drawing re-rendered every time (what the pixmap cache saves).
2. CPU of the app process (share of one core) over 10 s idle with the window open and over 10 s of a
   running session (the circles step), under a private Xvfb, next to a bare PySide6 window idle.

Goals (issue 3): p99 frame under 4 ms at 1280x800; idle CPU under 0.5% of a core; running under 15%.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from _common import display, line, median, p99

SIZES = [(1280, 800), (2560, 1600)]

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("bare window")
label.resize(1100, 740)
label.show()
app.exec()
"""


# -- 1. paint time --------------------------------------------------------------------------------


def paint_times(frames: int) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QLabel

    from kneecare.assets import program_files
    from kneecare.core.clock import FakeClock
    from kneecare.core.library import load_library
    from kneecare.core.session import SessionMachine
    from kneecare.session.controller import SessionController
    from kneecare.settings import Settings
    from kneecare.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    clock = FakeClock(datetime(2026, 11, 26, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    controller = SessionController(SessionMachine(clock), clock)
    settings = Settings(program_id="daily", knees="both", reduce_motion=False)
    window = MainWindow(load_library(program_files()), controller, settings)
    window.show()
    window.start_session()
    clock.advance(100.0)  # 30 s into the circles on the left knee
    controller.poll()
    view = window.view
    bare = QLabel("bare window")
    step = 1 / 60

    def timed(render, cpu: bool = False) -> list[float]:
        """Milliseconds per frame: wall time, or with `cpu` this thread's CPU time (which other busy
        processes on the machine do not inflate)."""
        now = time.thread_time if cpu else time.perf_counter
        out: list[float] = []
        for i in range(frames + 30):
            clock.advance(step)
            t0 = now()
            render()
            if i >= 30:
                out.append((now() - t0) * 1000)
        return out

    print(f"frame cost, {frames} frames each (offscreen, one 60 Hz frame of session time apart)")
    for width, height in SIZES:
        window.resize(width, height)
        bare.resize(width, height)
        app.processEvents()
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.white)

        def full(image: QImage = image) -> None:
            view.advance_frame()
            window.render(image)

        def partial() -> None:
            view.advance_frame()
            app.processEvents()  # the marker's box goes through the backing store, as in the app

        def svg_every_frame(image: QImage = image) -> None:
            view.diagram._pixmap = None  # what the cache saves: the drawing rendered again
            view.advance_frame()
            window.render(image)

        base = timed(lambda image=image: bare.render(image))
        full_ms = timed(full)
        base_cpu = timed(lambda image=image: bare.render(image), cpu=True)
        full_cpu = timed(full, cpu=True)
        print(f"-- {width}x{height}")
        print(line("bare PySide6 window, full frame: median", median(base)))
        print(line("session view, full frame: median", median(full_ms), baseline=median(base)))
        print(line("session view, full frame: p99", p99(full_ms), baseline=p99(base)))
        print(line("session view, full frame, CPU: median", median(full_cpu), baseline=median(base_cpu)))
        print(line("session view, full frame, CPU: p99", p99(full_cpu), baseline=p99(base_cpu)))
        print(line("a real frame (marker box only): median", median(timed(partial))))
        print(line("a real frame (marker box only): p99", p99(timed(partial))))
        print(line("full frame, SVG re-rendered each frame: median", median(timed(svg_every_frame))))
    controller.stop()
    window.close()


# -- 2. CPU ---------------------------------------------------------------------------------------


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_share(pid: int, seconds: float) -> float:
    """Percent of one core the process used over `seconds` of wall time."""
    c0, t0 = cpu_seconds(pid), time.monotonic()
    time.sleep(seconds)
    return (cpu_seconds(pid) - c0) / (time.monotonic() - t0) * 100


def xdo(env: dict[str, str], *args: str) -> str:
    return subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=30).stdout


def cpu(seconds: float) -> None:
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        print("cpu: needs Xvfb and xdotool (Debian: xvfb xdotool); skipped")
        return
    with display() as env, tempfile.TemporaryDirectory() as data:
        env.pop("KNEECARE_BENCH_QUIT_WHEN_SHOWN", None)
        bare = subprocess.Popen([sys.executable, "-c", BARE], env=env)
        app = subprocess.Popen([sys.executable, "-m", "kneecare", "--data-dir", data], env=env)
        try:

            def find(title: str) -> str:
                found = xdo(
                    env, "search", "--sync", "--onlyvisible", "--pid", str(app.pid), "--all", "--name", title
                )
                return found.split()[0]

            def keys(window: str, *names: str) -> None:
                xdo(env, "windowfocus", "--sync", window)
                for name in names:
                    xdo(env, "key", name)
                    time.sleep(0.2)

            window = find("^KneeCare$")
            # A first launch asks the safety questions (Begin, six times "no", Close).
            time.sleep(2)
            keys(find("Welcome to KneeCare"), "Return", *["n"] * 6)
            keys(find("^Thank you"), "Return")
            xdo(env, "search", "--sync", "--onlyvisible", "--pid", str(bare.pid))
            time.sleep(3)  # let start-up settle
            bare_idle = cpu_share(bare.pid, seconds)
            idle = cpu_share(app.pid, seconds)
            keys(window, "space")
            keys(find("^Before you start"), "n")  # the quick question about the legs
            keys(find("^Rate your knees$"), "Escape")  # skip the rating before the session
            keys(window, "Right", "Right", "Right", "Right")  # on to the circles
            time.sleep(1)
            running = cpu_share(app.pid, seconds)
            xdo(env, "key", "space")  # pause
            time.sleep(1)
            paused = cpu_share(app.pid, seconds)
        finally:
            for proc in (app, bare):
                proc.terminate()
                proc.wait(timeout=20)
    print(f"cpu, share of one core over {seconds:g} s (Xvfb)")
    print(line("bare PySide6 window, idle", bare_idle, unit="%"))
    print(line("KneeCare window open, idle", idle, unit="%", baseline=bare_idle or None))
    print(line("KneeCare, session running (circles step)", running, unit="%"))
    print(line("KneeCare, session paused", paused, unit="%", baseline=bare_idle or None))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--frames", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--no-cpu", action="store_true", help="only the paint times")
    args = parser.parse_args()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine: {os.cpu_count()} cores, load average {load} (other processes inflate wall times)")
    if not args.no_cpu:
        cpu(args.seconds)  # first, in clean subprocesses, before this process loads Qt
    paint_times(args.frames)


if __name__ == "__main__":
    main()
