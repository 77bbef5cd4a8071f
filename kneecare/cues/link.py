"""`CueHelper`: the app's end of the cue helper process (kneecare/cues/helper.py). Starts it on demand,
sends commands, hands its answers on, and ends it a while after the last session (or dialog) let it go, so
an idle KneeCare is one process that never maps QtMultimedia, QtQuick or the speech engine. When it has
ended, the session is over: the main process hands the heap pages the session freed back to the system."""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal

log = logging.getLogger(__name__)

PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # the folder holding the kneecare package
LINGER_MS = 20_000  # after the session (or the dialog) lets go: then the helper is ended
CLOSE_TIMEOUT_MS = 1_000
TRIM_DELAY_MS = 500  # after the helper ended: the objects let go with it are deleted by then
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # glibc's malloc.h
GLIBC_THRESHOLD = 128 * 1024  # glibc's default for both


def release_free_heap() -> bool:
    """Give the C heap's free pages back to the system (glibc's `malloc_trim(0)`); True when some were.
    Qt frees what a session built (its dialogs, the running view's buffers) into holes of the heap, which
    `free()` never returns. It also pins glibc's mmap and trim thresholds at their defaults (128 KiB): by
    default, freeing a large buffer raises them, and the next session's large buffers then came from the
    heap and stayed (2.7 MiB more in every session after the first). Linux with glibc only (ctypes, about
    0.4 MiB, loads at the first call)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        if not os.confstr("CS_GNU_LIBC_VERSION"):  # musl has neither malloc_trim nor these settings
            return False
    except (ValueError, OSError):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None)
        trim, option = libc.malloc_trim, libc.mallopt
    except (OSError, AttributeError):
        return False
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    option.argtypes, option.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    option(M_MMAP_THRESHOLD, GLIBC_THRESHOLD)  # setting either stops glibc from moving them
    option(M_TRIM_THRESHOLD, GLIBC_THRESHOLD)
    return bool(trim(0))


def helper_arguments(arguments: list[str]) -> list[str]:
    """How to run the cue helper with this Python: `-m kneecare.cues.helper`, or, in a frozen build
    (PyInstaller), the app's own `--cue-helper` (kneecare/__main__.py hands it to the helper)."""
    if getattr(sys, "frozen", False):
        return ["--cue-helper", *arguments]
    return ["-m", "kneecare.cues.helper", *arguments]


class CueHelper(QObject):
    """One helper process at a time. `hold()` starts it (if needed) and keeps it; `release()` lets it end
    `linger_ms` later unless held again. `message` carries each JSON answer; `lost` says the helper ended
    without being asked (a crash, a kill); `ended` says it is gone, whatever the reason."""

    message = Signal(dict)
    lost = Signal(int)  # exit code
    ended = Signal()
    ready = Signal(float)  # seconds from start to the helper's "ready"

    def __init__(
        self,
        arguments: list[str] | None = None,
        *,
        linger_ms: int = LINGER_MS,
        trim: Callable[[], object] = release_free_heap,
        parent: QObject | None = None,
    ) -> None:
        """`trim`: called once the helper has ended (the session is over), to return freed memory."""
        super().__init__(parent)
        self._trim = trim
        self._arguments = list(arguments or [])
        self._process: QProcess | None = None
        self._pending = b""
        self._quitting = False
        self._started_at = 0.0
        self.start_delay: float | None = None  # seconds from the last start to "ready"
        self._linger = QTimer(self)
        self._linger.setSingleShot(True)
        self._linger.setInterval(linger_ms)
        self._linger.timeout.connect(self.close)

    @property
    def running(self) -> bool:
        process = self._process
        return process is not None and process.state() is not QProcess.ProcessState.NotRunning

    @property
    def process_id(self) -> int | None:
        """The helper process's id while it runs."""
        return self._process.processId() if self._process is not None and self.running else None

    @property
    def lingering(self) -> bool:
        return self._linger.isActive()

    def hold(self) -> bool:
        """Start the helper unless it runs; it stays until `release()`. True when it was started now."""
        self._linger.stop()
        if self.running:
            return False
        self._start()
        return True

    def release(self) -> None:
        """Nothing needs the helper now: end it `linger_ms` from now unless held again."""
        if self.running and not self._linger.isActive():
            self._linger.start()

    def send(self, message: dict[str, object]) -> None:
        """Write one command; nothing when the helper is not running (it is silent then)."""
        if self.running and self._process is not None:
            self._process.write((json.dumps(message) + "\n").encode())

    def send_sound(self, name: str, volume: float) -> None:
        self.send({"op": "sound", "name": name, "volume": volume, "at": time.monotonic()})

    def close(self) -> None:
        """End the helper (linger over, or the app quits): asks, waits a moment, then ends it for sure."""
        self._linger.stop()
        process = self._process
        if process is None or not self.running:
            return
        self._quitting = True
        self.send({"op": "quit"})
        process.closeWriteChannel()
        if not process.waitForFinished(CLOSE_TIMEOUT_MS):
            process.kill()
            process.waitForFinished(CLOSE_TIMEOUT_MS)

    # -- the process ----------------------------------------------------------------------------

    def _start(self) -> None:
        process = QProcess(self)
        process.setProgram(sys.executable)
        process.setArguments(helper_arguments(self._arguments))
        env = QProcessEnvironment.systemEnvironment()
        path = os.pathsep.join(p for p in (str(PACKAGE_ROOT), env.value("PYTHONPATH")) if p)
        env.insert("PYTHONPATH", path)
        process.setProcessEnvironment(env)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(lambda: self._read(process))
        process.finished.connect(lambda code, _status: self._ended(process, code))
        process.errorOccurred.connect(lambda error: self._error(process, error))
        self._process = process
        self._pending = b""
        self._quitting = False
        self.start_delay = None
        self._started_at = time.perf_counter()
        process.start()

    def _read(self, process: QProcess) -> None:
        if process is not self._process:
            return
        self._pending += bytes(process.readAllStandardOutput().data())
        *lines, self._pending = self._pending.split(b"\n")
        for line in lines:
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                log.debug("cue helper said: %r", line)
                continue
            if isinstance(event, dict):
                if event.get("ev") == "ready":
                    self.start_delay = time.perf_counter() - self._started_at
                    log.info("cue helper ready in %.0f ms", self.start_delay * 1000)
                    self.ready.emit(self.start_delay)
                self.message.emit(event)

    def _ended(self, process: QProcess, code: int) -> None:
        if process is not self._process:
            return
        self._process = None
        self._linger.stop()
        process.deleteLater()
        if not self._quitting:
            log.warning("cue helper stopped (exit code %d): sounds and voice are off", code)
            self.lost.emit(code)
        self.ended.emit()
        QTimer.singleShot(TRIM_DELAY_MS, self, self._trim_if_idle)

    def _trim_if_idle(self) -> None:
        """After the helper ended (and not started again since): return the session's freed memory."""
        if self._process is None:
            self._trim()

    def _error(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart and process is self._process:
            log.warning("cue helper could not start (%s)", process.errorString())
            self._process = None
            process.deleteLater()
            self.lost.emit(-1)
            self.ended.emit()
