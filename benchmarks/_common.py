"""Helpers shared by the benchmarks: a private X screen when Xvfb exists, medians, ratio lines."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def display() -> Iterator[dict[str, str]]:
    """An environment with a private Xvfb DISPLAY, or the offscreen platform without Xvfb."""
    env = dict(os.environ)
    # Measure what a person runs: an installed package has its bytecode cached. With this variable set
    # (some shells and CI images do), every run would compile our modules from source again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if shutil.which("Xvfb") is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
        yield env
        return
    number = next(n for n in range(150, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    proc = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            time.sleep(0.05)
        env.pop("QT_QPA_PLATFORM", None)
        env["DISPLAY"] = f":{number}"
        yield env
    finally:
        proc.terminate()
        proc.wait()


def median(values: list[float]) -> float:
    return statistics.median(values)


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def line(label: str, value: float, unit: str = "ms", baseline: float | None = None) -> str:
    text = f"{label:<48} {value:9.1f} {unit}"
    if baseline:
        text += f"   ratio {value / baseline:5.2f}x"
    return text


@contextmanager
def running(cmd: list[str], env: dict[str, str]) -> Iterator[subprocess.Popen[bytes]]:
    """A process for the length of a `with` block, its output discarded; ended (then killed) after."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
