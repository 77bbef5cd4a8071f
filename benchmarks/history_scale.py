"""History at scale: with 10 years of 4 sessions a day (about 15,000) and with 100,000 sessions, the time to
open the store and to build the history window with its charts (each as a ratio to an empty store in the
same run), and the time to record one session. Goals: the history window with 100,000 sessions under
300 ms; recording one session under 5 ms.

    python benchmarks/history_scale.py [--runs 5]
    python benchmarks/history_scale.py --fill DIR [--days 400]     # a realistic history to look at
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import display, line, median

BERLIN = ZoneInfo("Europe/Berlin")
TIMES = ((8, 10), (13, 5), (19, 30), (22, 0))
PROGRAMS = {"daily": 468.0, "quick": 240.0, "recovery": 612.0, "relax": 540.0}
STEPS = ("position", "warm_up", "locate", "pressure", "movement", "finish")


def utc_text(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def fill(path: Path, count: int, last: date, per_day: int | None = 4, seed: int = 5) -> int:
    """Write `count` sessions ending on `last` (per_day a day, or 0-4 at random when None), each with
    its 12 phases, ratings on most, and a safety report on the few ended for safety. Returns how many."""
    from kneecare.store.db import connect, migrate

    rng = random.Random(seed)
    conn = connect(path)
    migrate(conn)
    sessions, phases, ratings, events = [], [], [], []
    day = last
    made = 0
    next_id = 1
    while made < count:
        n = per_day if per_day is not None else rng.choices((0, 1, 2, 3, 4), (12, 28, 42, 12, 6))[0]
        for hour, minute in TIMES[: min(n, count - made)]:
            start = datetime(day.year, day.month, day.day, hour, minute, rng.randrange(60), tzinfo=BERLIN)
            program = rng.choice(tuple(PROGRAMS))
            planned = PROGRAMS[program]
            status = rng.choices(("completed", "stopped", "safety_stopped", "interrupted"), (88, 7, 2, 3))[0]
            done = planned if status == "completed" else round(planned * rng.uniform(0.2, 0.8), 2)
            end = start + timedelta(seconds=done)
            offset = start.utcoffset()
            assert offset is not None
            sid = next_id
            next_id += 1
            phase_count = 12
            done_phases = 12 if status == "completed" else rng.randrange(2, 11)
            sessions.append(
                (
                    sid,
                    f"{utc_text(start)}|{program}",
                    program,
                    "knee",
                    "both",
                    utc_text(start),
                    "Europe/Berlin",
                    int(offset.total_seconds()),
                    start.date().isoformat(),
                    utc_text(end),
                    utc_text(end),
                    status,
                    planned,
                    done,
                    phase_count,
                    done_phases,
                )
            )
            step_seconds = done / done_phases
            for i in range(done_phases):
                phases.append(
                    (
                        sid,
                        i,
                        STEPS[i % 6],
                        "left" if i < 6 else "right",
                        "completed",
                        step_seconds,
                        utc_text(start + timedelta(seconds=step_seconds * (i + 1))),
                    )
                )
            if rng.random() < 0.65:
                tension = rng.randint(3, 9)
                pain = rng.randint(0, 6)
                ratings.append((sid, "before", tension, pain, rng.randint(0, 3), None))
                if status == "completed":
                    ratings.append(
                        (
                            sid,
                            "after",
                            max(0, tension - rng.randint(0, 4)),
                            max(0, pain - rng.randint(0, 2)),
                            rng.randint(0, 3),
                            None,
                        )
                    )
            if status == "safety_stopped":
                events.append((sid, "tingling", 4, "movement", "left", utc_text(end), "Europe/Berlin", done))
            made += 1
        day -= timedelta(days=1)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO sessions (id, uid, program, kind, knees, started_utc, zone, utc_offset, local_day,"
        " ended_utc, reached_utc, status, planned_seconds, done_seconds, phase_count, phases_done)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        sessions,
    )
    conn.executemany("INSERT INTO session_phases VALUES (?, ?, ?, ?, ?, ?, ?)", phases)
    conn.executemany(
        "INSERT INTO ratings (session_id, moment, tension, pain, swelling, note) VALUES (?, ?, ?, ?, ?, ?)",
        ratings,
    )
    conn.executemany(
        "INSERT INTO safety_events (session_id, kind, phase_index, step_kind, knee, at_utc, zone,"
        " session_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        events,
    )
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return made


# -- one measurement, in a child process (fresh caches and a fresh QApplication) ----------------

MEASURE_ENV = "KNEECARE_BENCH_MEASURE"


def measure(path: Path, now: datetime) -> dict[str, float]:
    """Open the store; build, load and paint the history window; record sessions. Milliseconds."""
    from PySide6.QtWidgets import QApplication, QLabel

    from kneecare.core.clock import FakeClock
    from kneecare.settings import Settings
    from kneecare.store.store import Store
    from kneecare.ui.history import History

    t0 = time.perf_counter()
    store, opened = Store.open(path, now)  # the first open of the day: the full quick_check
    store.sessions.mark_interrupted()
    first_open = (time.perf_counter() - t0) * 1000
    assert opened.checked
    store.close()
    t0 = time.perf_counter()
    store, opened = Store.open(path, now)  # any later open that day
    store.sessions.mark_interrupted()
    later_open = (time.perf_counter() - t0) * 1000
    assert not opened.checked

    app = QApplication.instance() or QApplication([])
    t1 = time.perf_counter()
    bare = QLabel("a bare window")
    bare.resize(1000, 760)
    bare.show()
    bare.grab()
    bare_ms = (time.perf_counter() - t1) * 1000
    bare.close()
    clock = FakeClock(now)
    settings = Settings()
    history = History(store, clock, {p: p.capitalize() for p in PROGRAMS}, lambda: settings, lambda s: None)
    t1 = time.perf_counter()
    history.show()
    window = history.window
    assert window is not None
    window.reload()  # what the first event-loop turn after showing does
    window.grab()  # paint everything once, charts included
    built = (time.perf_counter() - t1) * 1000
    app.processEvents()

    from kneecare.assets import program_files
    from kneecare.core.library import load_library
    from kneecare.core.plan import KneeChoice, PlanOptions, build_plan
    from kneecare.core.session import Finished, PhaseEnded, SessionMachine
    from kneecare.store.recorder import SessionRecorder

    program = next(p for p in load_library(program_files()) if p.id == "daily")
    plan = build_plan(program, PlanOptions(knees=KneeChoice.BOTH))
    begin_ms, end_ms, whole_ms = [], [], []
    for n in range(20):
        clock.set_wall(now + timedelta(minutes=10 * n))
        machine = SessionMachine(clock)
        recorder = SessionRecorder(store.sessions, clock)
        machine.load(plan)
        recorder.loaded(plan)
        start = machine.start()
        writes = 0.0
        t = time.perf_counter()
        recorder.started(start.changes[0].started_at)  # type: ignore[union-attr]
        begin_ms.append((time.perf_counter() - t) * 1000)
        writes += begin_ms[-1]
        while (deadline := machine.next_deadline()) is not None:
            clock.advance(deadline - clock.monotonic())  # one phase ends per tick, as in the app
            for change in machine.tick().changes:
                t = time.perf_counter()
                if isinstance(change, PhaseEnded):
                    recorder.phase_ended(change)
                elif isinstance(change, Finished):
                    recorder.finished(change.result)
                    end_ms.append((time.perf_counter() - t) * 1000)
                writes += (time.perf_counter() - t) * 1000
        whole_ms.append(writes)
    store.close()
    app.shutdown()
    return {
        "first_open": first_open,
        "open": later_open,
        "bare": bare_ms,
        "view": built,
        "begin": median(begin_ms),
        "end": median(end_ms),
        "session": median(whole_ms),
        "writes": 2 + len(plan.phases),
    }


def child(path: Path, env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--measure", str(path)],
        env={**env, MEASURE_ENV: "1"},
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument(
        "--fill", type=Path, metavar="DIR", help="write a realistic history into DIR and stop"
    )
    parser.add_argument("--days", type=int, default=400, help="with --fill: how many days back")
    args = parser.parse_args()
    now = datetime(2026, 11, 26, 21, 0, tzinfo=BERLIN)
    if args.measure:
        print(json.dumps(measure(args.measure, now)))
        return
    if args.fill:
        args.fill.mkdir(parents=True, exist_ok=True)
        target = args.fill / "kneecare.sqlite3"
        if target.exists():
            raise SystemExit(f"{target} exists; choose an empty folder")
        today = datetime.now(BERLIN).date()
        made = fill(target, args.days * 2, today, per_day=None)
        print(f"wrote {made} sessions over about {args.days} days to {target}")
        return

    sizes = {"empty": 0, "10 years x 4 a day": 14_612, "100,000 sessions": 100_000}
    results: dict[str, list[dict[str, float]]] = {name: [] for name in sizes}
    with tempfile.TemporaryDirectory() as tmp, display() as env:
        paths = {}
        for name, count in sizes.items():
            folder = Path(tmp) / str(count)
            folder.mkdir()
            paths[name] = folder / "kneecare.sqlite3"
            t = time.perf_counter()
            fill(paths[name], count, now.date() - timedelta(days=1))
            print(f"made {name}: {count} sessions in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        for _ in range(args.runs):  # interleaved, so drift in the machine hits all sizes alike
            for name in sizes:
                snapshot = paths[name].with_suffix(".run")
                snapshot.write_bytes(paths[name].read_bytes())  # each run starts from the same file
                os.sync()  # or the first fsyncs of the run pay for writing the copy out
                results[name].append(child(snapshot, env))
                for extra in snapshot.parent.glob(snapshot.name + "*"):
                    extra.unlink()
                snapshot.unlink(missing_ok=True)
        platform = "offscreen" if env.get("QT_QPA_PLATFORM") == "offscreen" else "Xvfb"
    empty = results["empty"]

    def med(runs: list[dict[str, float]], key: str) -> float:
        return median([r[key] for r in runs])

    print(f"history at scale, median of {args.runs} runs ({platform})")
    print("(a session's start, safety events and end are flushed to disk; its phase rows are not)")
    print(line("a bare window (a QLabel) shown and painted", med(empty, "bare")))
    for name in sizes:
        runs = results[name]
        print(f"{name}:")
        label = "  open the store, first start of the day"
        print(line(label, med(runs, "first_open"), baseline=med(empty, "first_open")))
        print(line("  open the store, later starts", med(runs, "open"), baseline=med(empty, "open")))
        label = "  history window built, loaded, painted"
        print(line(label, med(runs, "view"), baseline=med(empty, "view")))
        print(line("  record: the row at the start (flushed)", med(runs, "begin")))
        print(line("  record: the end of the session (flushed)", med(runs, "end")))
        writes = int(runs[0]["writes"])
        print(line(f"  record: a whole session ({writes} writes)", med(runs, "session")))


if __name__ == "__main__":
    main()
