"""Helpers shared by the benchmarks: a private X screen when Xvfb exists, medians, ratio lines, exec ->
first mapped window from the X server's MapNotify, and a window manager's close request."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
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


# An X11 system tray on the benchmark's screen (Debian's trayer), for KneeCare's --minimized start.
TRAYER = ["trayer", "--edge", "top", "--widthtype", "pixel", "--width", "200"]


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


# -- exec -> first visible window, from the X server's own event ---------------------------------------
# The issue asks for the moment from an X event (xdotool --sync polls every 0.5 s): the benchmark listens
# on the root window for SubstructureNotify and takes the first MapNotify of a top-level window (no window
# manager runs on the private Xvfb, so a mapped top-level window is on screen). libX11 through ctypes.

_MAP_NOTIFY = 19
_SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class _XMapEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", ctypes.c_ulong),
        ("window", ctypes.c_ulong),
        ("override_redirect", ctypes.c_int),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xmap", _XMapEvent), ("pad", ctypes.c_long * 24)]


class _XClientMessageEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


_CLIENT_MESSAGE = 33


def close_window(env: dict[str, str], window: int) -> None:
    """Ask `window` to close as a window manager's close button does (WM_PROTOCOLS / WM_DELETE_WINDOW),
    through libX11: xdotool's windowclose destroys the window instead."""
    x = _libx11()
    if x is None or not env.get("DISPLAY"):
        raise RuntimeError("closing a window needs libX11 and an X display")
    connection = x.XOpenDisplay(env["DISPLAY"].encode())
    try:
        protocols = x.XInternAtom(connection, b"WM_PROTOCOLS", False)
        delete = x.XInternAtom(connection, b"WM_DELETE_WINDOW", False)
        event = _XClientMessageEvent(type=_CLIENT_MESSAGE, window=window, message_type=protocols, format=32)
        event.data[0] = delete  # and data[1] = 0: CurrentTime
        x.XSendEvent(connection, window, False, 0, ctypes.byref(event))
        x.XFlush(connection)
    finally:
        x.XCloseDisplay(connection)


def _libx11() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("X11")
    if name is None:
        return None
    x = ctypes.CDLL(name)
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XDefaultRootWindow.restype = ctypes.c_ulong
    x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    for function in (x.XFlush, x.XPending, x.XConnectionNumber, x.XCloseDisplay):
        function.argtypes = [ctypes.c_void_p]
    x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    x.XInternAtom.restype = ctypes.c_ulong
    x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
    return x


def mapped_after(cmd: list[str], env: dict[str, str], timeout: float = 60.0) -> float | None:
    """Milliseconds from starting `cmd` to the X server's MapNotify of its first top-level window (then
    the process is left to end by itself); None without an X display or libX11."""
    x = _libx11() if env.get("DISPLAY") else None
    if x is None:
        return None
    connection = None
    for _ in range(50):  # the server may be busy with a client that just ended
        connection = x.XOpenDisplay(env["DISPLAY"].encode())
        if connection:
            break
        time.sleep(0.1)
    if not connection:
        raise RuntimeError(f"cannot open the X display {env['DISPLAY']}")
    try:
        x.XSelectInput(connection, x.XDefaultRootWindow(connection), _SUBSTRUCTURE_NOTIFY_MASK)
        x.XFlush(connection)
        event = _XEvent()
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while time.perf_counter() - start < timeout:
                while x.XPending(connection):
                    x.XNextEvent(connection, ctypes.byref(event))
                    if event.type == _MAP_NOTIFY and not event.xmap.override_redirect:
                        return (time.perf_counter() - start) * 1000
                select.select([x.XConnectionNumber(connection)], [], [], 0.05)
            raise TimeoutError(f"no window mapped within {timeout:.0f} s: {cmd}")
        finally:
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    finally:
        x.XCloseDisplay(connection)
