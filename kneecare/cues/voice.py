"""The voice that reads each step aloud, on the platform's engine (speech-dispatcher on Linux, the native
engines on Windows and macOS). When no engine works it says why and stays quiet.

The engine runs in a helper process (`kneecare/cues/speaker.py`): QTextToSpeech holds Python's lock while
it blocks, and speech-dispatcher blocks for seconds when it opens, or for ever when wedged; in a process of
its own that never freezes the window. `Voice` numbers each sentence, so a late "done" from a cut sentence
is not taken for the next one's.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QProcessEnvironment, QTimer, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

from kneecare.core.words import fill
from kneecare.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# The sample the "Test voice" button reads (translated where it is said, as the steps are).
TEST_SENTENCE = QT_TRANSLATE_NOOP("Voice", "This is how KneeCare will read each step to you.")
MOCK_ENGINE = "mock"  # Qt's engine for tests: never chosen for the person
OPEN_TIMEOUT_MS = 20_000  # an engine that has not answered by then is given up on
CLOSE_TIMEOUT_MS = 1_000
PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # the folder holding the kneecare package


def pick_engine(available: Sequence[str]) -> str | None:
    """The engine to speak with: the platform's own (the first Qt lists), never Qt's test engine."""
    return next((name for name in available if name != MOCK_ENGINE), None)


def helper_arguments(engine: str) -> list[str]:
    """How to run the speech helper with this Python: `-m kneecare.cues.speaker`, or, in a frozen build
    (PyInstaller), the app's own `--speech-helper` (kneecare/__main__.py hands it to the speaker)."""
    if getattr(sys, "frozen", False):
        return ["--speech-helper", engine]
    return ["-m", "kneecare.cues.speaker", engine]


@dataclass(frozen=True)
class Problem:
    """Why the voice is off: in the person's language for the settings (`shown`), in English for the log."""

    shown: str
    english: str

    @staticmethod
    def of(template: str, *values: object) -> Problem:
        """`template` is marked with QT_TRANSLATE_NOOP("Voice", ...); %1, %2... are filled with `values`."""
        return Problem(fill(QCoreApplication.translate("Voice", template), *values), fill(template, *values))

    def __add__(self, more: Problem) -> Problem:
        return Problem(f"{self.shown} {more.shown}", f"{self.english} {more.english}")

    def logged_as(self, english: str) -> Problem:
        """The same words shown, other words (the helper's own, with the engine's reason) in the log."""
        return replace(self, english=english)


def no_engine_hint() -> Problem:
    if sys.platform.startswith("linux"):
        return Problem.of(
            QT_TRANSLATE_NOOP(
                "Voice",
                "Install speech-dispatcher (and a voice such as espeak-ng) to hear the steps read aloud.",
            )
        )
    return Problem.of(QT_TRANSLATE_NOOP("Voice", "Your system's speech service did not answer."))


class Voice(QObject):
    """Says a sentence, stops at once when told, and tells when it is done (`finished`).

    The helper starts with `start()` (the player calls it when the voice is wanted). Until the engine has
    answered, `available` is False and `starting` True; `availabilityChanged` says when that changes (ready,
    or given up on)."""

    finished = Signal()  # the sentence was spoken out, or cut
    failed = Signal(str)  # the engine broke down while in use; the voice is off from now on
    availabilityChanged = Signal(bool)
    wordSpoken = Signal(str)  # each word as the engine reaches it (where the engine tells)

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        name = engine if engine is not None else pick_engine(QTextToSpeech.availableEngines())
        self.engine_name = name
        self.problem: str | None = None
        self.starting = False
        self.voice_name = ""  # the voice in use, as the engine last said
        self.rate = 0.0
        self._available = False
        self._names: list[str] = []
        self._number = 0
        self._speaking_number: int | None = None
        self._closing = False
        self._pending = b""
        self._process: QProcess | None = None
        if name is None:
            self._give_up(
                Problem.of(QT_TRANSLATE_NOOP("Voice", "No speech engine is installed.")) + no_engine_hint()
            )

    @property
    def process_id(self) -> int | None:
        """The helper process's id while it runs."""
        process = self._process
        if process is None or process.state() is QProcess.ProcessState.NotRunning:
            return None
        return process.processId()

    @property
    def started(self) -> bool:
        return self._process is not None or self.problem is not None

    def start(self) -> None:
        """Start the helper process and open the engine (once; later calls do nothing)."""
        if self.started or self.engine_name is None:
            return
        self.starting = True
        process = QProcess(self)
        process.setProgram(sys.executable)
        process.setArguments(helper_arguments(self.engine_name))
        env = QProcessEnvironment.systemEnvironment()
        path = os.pathsep.join(p for p in (str(PACKAGE_ROOT), env.value("PYTHONPATH")) if p)
        env.insert("PYTHONPATH", path)
        process.setProcessEnvironment(env)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._ended)
        process.errorOccurred.connect(self._process_error)
        self._process = process
        process.start()
        QTimer.singleShot(OPEN_TIMEOUT_MS, self, self._open_timed_out)

    # -- reading -------------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self._available

    @property
    def speaking(self) -> bool:
        """A sentence was given to the engine and is neither done nor cut."""
        return self._speaking_number is not None

    def voice_names(self) -> list[str]:
        """The English voices, the likeliest first (empty until the engine answers)."""
        return list(self._names)

    # -- commands ------------------------------------------------------------------------------

    def configure(self, name: str | None, rate: float) -> None:
        self._send({"op": "configure", "name": name, "rate": rate})

    def say(self, text: str) -> None:
        """Speak `text`, cutting whatever is being said."""
        if not self._available:
            return
        self._number += 1
        self._speaking_number = self._number
        self._send({"op": "say", "n": self._number, "text": text})

    def stop(self) -> None:
        if self._speaking_number is None:
            return
        self._speaking_number = None
        self._send({"op": "stop"})
        self.finished.emit()

    def close(self) -> None:
        """Stop speaking and end the helper (at quit); waits a moment, then ends it for sure."""
        self._speaking_number = None
        process = self._process
        if process is None or process.state() is QProcess.ProcessState.NotRunning:
            return
        self._closing = True
        self._send({"op": "quit"})
        process.closeWriteChannel()
        if not process.waitForFinished(CLOSE_TIMEOUT_MS):
            process.kill()
            process.waitForFinished(CLOSE_TIMEOUT_MS)

    # -- from the helper -----------------------------------------------------------------------

    def _send(self, message: dict[str, object]) -> None:
        process = self._process
        if process is not None and process.state() is not QProcess.ProcessState.NotRunning:
            process.write((json.dumps(message) + "\n").encode())

    def _read(self) -> None:
        assert self._process is not None
        self._pending += bytes(self._process.readAllStandardOutput().data())
        *lines, self._pending = self._pending.split(b"\n")
        for line in lines:
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                log.debug("voice helper said: %r", line)
                continue
            self._event(event)

    def _event(self, event: dict[str, object]) -> None:
        kind, value = event.get("ev"), event.get
        match kind:
            case "opened":
                voices = value("voices")
                names = [str(n) for n in voices] if isinstance(voices, list) else []
                self._opened(str(value("problem", "")), names)
            case "configured":
                rate = value("rate", 0.0)
                self.voice_name = str(value("name", ""))
                self.rate = float(rate) if isinstance(rate, int | float) else 0.0
            case "done":
                if value("n") == self._speaking_number:
                    self._speaking_number = None
                    self.finished.emit()
            case "broke":  # the helper's own words (English, with the engine's reason) go to the log
                stopped = Problem.of(QT_TRANSLATE_NOOP("Voice", "The speech engine stopped working."))
                self._broke(stopped.logged_as(str(value("problem", "")) or stopped.english))
            case "word":
                self.wordSpoken.emit(str(value("word", "")))

    def _opened(self, problem: str, names: list[str]) -> None:
        self.starting = False
        if problem:  # the helper's own words (English, with the engine's reason) go to the log
            hint = no_engine_hint()
            could_not = Problem.of(
                QT_TRANSLATE_NOOP("Voice", "The speech engine “%1” could not start."), self.engine_name
            )
            self._give_up((could_not + hint).logged_as(f"{problem} {hint.english}"))
            return
        self._names = names
        self._available = True
        log.info("voice: %s is ready with %d English voices", self.engine_name, len(names))
        self.availabilityChanged.emit(True)

    def _open_timed_out(self) -> None:
        if self.starting:
            self.starting = False
            self._give_up(
                Problem.of(
                    QT_TRANSLATE_NOOP("Voice", "The speech engine “%1” did not answer."), self.engine_name
                )
                + no_engine_hint()
            )
            if self._process is not None:
                self._process.kill()

    def _ended(self, code: int, status: QProcess.ExitStatus) -> None:
        if not self._closing and (self._available or self.starting):
            self.starting = False
            self._broke(
                Problem.of(QT_TRANSLATE_NOOP("Voice", "The speech helper stopped (exit code %1)."), code)
            )

    def _process_error(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart and self._process is not None and not self._closing:
            self.starting = False
            self._give_up(
                Problem.of(
                    QT_TRANSLATE_NOOP("Voice", "The speech helper could not start (%1)."),
                    self._process.errorString(),
                )
            )

    def _broke(self, problem: Problem) -> None:
        was_available = self._available
        self._available = False
        self.problem = problem.shown
        log.warning("voice: %s The chimes carry on.", problem.english)
        self.failed.emit(problem.shown)
        if was_available:
            self.availabilityChanged.emit(False)
        if self._speaking_number is not None:
            self._speaking_number = None
            self.finished.emit()

    def _give_up(self, problem: Problem) -> None:
        self.problem = problem.shown
        self._available = False
        log.warning("voice: %s The chimes carry on.", problem.english)
        self.availabilityChanged.emit(False)
