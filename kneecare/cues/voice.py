"""The voice that reads each step aloud, on the platform's engine (speech-dispatcher on Linux, the native
engines on Windows and macOS), with a voice of the steps' language only. When no engine works, or none of
its voices reads that language, it says why and stays quiet (the chimes carry on).

The engine runs in the cue helper process (`kneecare/cues/helper.py`, reached through
`kneecare.cues.link.CueHelper`): QTextToSpeech holds Python's lock while it blocks, and speech-dispatcher
blocks for seconds when it opens, or for ever when wedged; in a process of its own that never freezes the
window. `Voice` numbers each sentence, so a late "done" from a cut sentence is not taken for the next one's.
This module imports no QtTextToSpeech: the app's process never loads it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal

from kneecare.core.languages import LANGUAGES, SOURCE_LANGUAGE, language_code
from kneecare.core.lazy_dataclass import dataclass
from kneecare.core.words import fill
from kneecare.cues.link import CueHelper
from kneecare.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# The sample the "Test voice" button reads (translated where it is said, as the steps are).
TEST_SENTENCE = QT_TRANSLATE_NOOP("Voice", "This is how KneeCare will read each step to you.")
MOCK_ENGINE = "mock"  # Qt's engine for tests: never chosen for the person
OPEN_TIMEOUT_MS = 20_000  # an engine that has not answered by then is given up on


def steps_language() -> str:
    """The language the steps are shown (and so read) in: the one the app installed (QLocale's default)."""
    return language_code(QLocale().name()) or SOURCE_LANGUAGE


def language_name(language: str) -> str:
    """`language` named in its own words, as View ▸ Language lists it (the window speaks that language)."""
    return LANGUAGES.get(language) or QLocale(language).nativeLanguageName() or language


def pick_engine(available: Sequence[str]) -> str | None:
    """The engine to speak with: the platform's own (the first Qt lists), never Qt's test engine."""
    return next((name for name in available if name != MOCK_ENGINE), None)


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

    `start()` asks the cue helper to open the engine (the player calls it when a session with the voice is
    near). Until the engine has answered, `available` is False and `starting` True; `availabilityChanged`
    says when that changes (ready, given up on, or the helper ended after the session). Sentences given
    while it starts wait in the helper and are spoken once it is open."""

    finished = Signal()  # the sentence was spoken out, or cut
    failed = Signal(str)  # the engine broke down while in use; the voice is off from now on
    availabilityChanged = Signal(bool)
    wordSpoken = Signal(str)  # each word as the engine reaches it (where the engine tells)
    spoken = Signal(int, str)  # each sentence the engine finished (its number and text), for the log

    def __init__(
        self,
        helper: CueHelper,
        engine: str | None = None,
        parent: QObject | None = None,
        *,
        language: str | None = None,
    ) -> None:
        """`language`: our code of the steps' language (None: `steps_language()`)."""
        super().__init__(parent)
        self.helper = helper
        self.engine_name = engine  # None: the platform's own, as the helper picks it
        self.language = language or steps_language()
        self.problem: str | None = None
        self.missing_language: str | None = None  # the engine has no voice for this language (our code)
        self.starting = False
        self.voice_name = ""  # the voice in use, as the engine last said
        self.rate = 0.0
        self._requested = False
        self._available = False
        self._names: list[str] = []
        self._number = 0
        self._speaking_number: int | None = None
        self._texts: dict[int, str] = {}
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.timeout.connect(self._open_timed_out)
        helper.message.connect(self._event)
        helper.lost.connect(self._lost)
        helper.ended.connect(self._helper_ended)

    @property
    def process_id(self) -> int | None:
        """The helper process's id while it runs with the voice open (or opening)."""
        return self.helper.process_id if self._requested else None

    @property
    def started(self) -> bool:
        return self._requested

    def start(self) -> None:
        """Open the engine in the helper (starting the helper if needed); later calls do nothing."""
        if self._requested:
            return
        self.helper.hold()
        self._requested = True
        self.starting = True
        self.problem = None
        self.missing_language = None
        self.helper.send({"op": "voice", "engine": self.engine_name, "language": self.language})
        self._open_timer.start(OPEN_TIMEOUT_MS)

    # -- reading -------------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self._available

    @property
    def usable(self) -> bool:
        """Ready, or still opening (what is said meanwhile waits in the helper)."""
        return self._available or self.starting

    @property
    def speaking(self) -> bool:
        """A sentence was given to the engine and is neither done nor cut."""
        return self._speaking_number is not None

    def voice_names(self) -> list[str]:
        """The voices of the steps' language, the likeliest first (empty until the engine answers)."""
        return list(self._names)

    # -- commands ------------------------------------------------------------------------------

    def configure(self, name: str | None, rate: float) -> None:
        self.helper.send({"op": "configure", "name": name, "rate": rate})

    def say(self, text: str) -> None:
        """Speak `text`, cutting whatever is being said."""
        if not self.usable:
            return
        self._number += 1
        self._speaking_number = self._number
        self._texts = {self._number: text}
        log.info("voice: saying %d: %s", self._number, text)
        self.helper.send({"op": "say", "n": self._number, "text": text})

    def stop(self) -> None:
        if self._speaking_number is None:
            return
        self._speaking_number = None
        self.helper.send({"op": "stop"})
        self.finished.emit()

    def close(self) -> None:
        """Stop speaking (at quit; the player ends the helper)."""
        self._speaking_number = None
        self._open_timer.stop()

    # -- from the helper -----------------------------------------------------------------------

    def _event(self, event: dict[str, object]) -> None:
        kind, value = event.get("ev"), event.get
        match kind:
            case "opened":
                voices = value("voices")
                names = [str(n) for n in voices] if isinstance(voices, list) else []
                engine = value("engine")
                self.engine_name = engine if isinstance(engine, str) else None
                self._opened(str(value("problem", "")), names)
            case "configured":
                rate = value("rate", 0.0)
                self.voice_name = str(value("name", ""))
                self.rate = float(rate) if isinstance(rate, int | float) else 0.0
                if self.voice_name:
                    log.info("voice: %s with %s (%s)", self.language, self.voice_name, value("locale", ""))
            case "done":
                number = value("n")
                if isinstance(number, int) and number in self._texts:
                    log.info("voice: spoke %d: %s", number, self._texts[number])
                    self.spoken.emit(number, self._texts[number])
                if number == self._speaking_number:
                    self._speaking_number = None
                    self.finished.emit()
            case "broke":  # the helper's own words (English, with the engine's reason) go to the log
                stopped = Problem.of(QT_TRANSLATE_NOOP("Voice", "The speech engine stopped working."))
                self._broke(stopped.logged_as(str(value("problem", "")) or stopped.english))
            case "word":
                self.wordSpoken.emit(str(value("word", "")))

    def _opened(self, problem: str, names: list[str]) -> None:
        if not self.starting:
            return
        self.starting = False
        self._open_timer.stop()
        if problem:  # the helper's own words (English, with the engine's reason) go to the log
            hint = no_engine_hint()
            if self.engine_name is None:
                none = Problem.of(QT_TRANSLATE_NOOP("Voice", "No speech engine is installed."))
                self._give_up(none + hint)
                return
            could_not = Problem.of(
                QT_TRANSLATE_NOOP("Voice", "The speech engine “%1” could not start."), self.engine_name
            )
            self._give_up((could_not + hint).logged_as(f"{problem} {hint.english}"))
            return
        if not names:  # the engine works, but nothing it has reads this language: never another's voice
            self.missing_language = self.language
            name = language_name(self.language)
            self._give_up(
                Problem.of(
                    QT_TRANSLATE_NOOP(
                        "Voice",
                        "No speech voice for %1 is installed on this computer, so KneeCare plays the chimes "
                        "only and does not read the steps aloud. Install a voice for %1 to hear them.",
                    ),
                    name,
                ).logged_as(f"{self.engine_name} has no voice for {self.language}.")
            )
            return
        self._names = names
        self._available = True
        log.info("voice: %s is ready with %d voices for %s", self.engine_name, len(names), self.language)
        self.availabilityChanged.emit(True)

    def _open_timed_out(self) -> None:
        if self.starting:
            self.starting = False
            self._give_up(
                Problem.of(
                    QT_TRANSLATE_NOOP("Voice", "The speech engine “%1” did not answer."),
                    self.engine_name or "?",
                )
                + no_engine_hint()
            )

    def _lost(self, code: int) -> None:
        if self._requested and (self._available or self.starting):
            self.starting = False
            self._open_timer.stop()
            self._broke(
                Problem.of(QT_TRANSLATE_NOOP("Voice", "The speech helper stopped (exit code %1)."), code)
            )

    def _helper_ended(self) -> None:
        """The helper is gone (its time was up, or it was lost): the next `start()` opens the engine anew."""
        was_available = self._available
        self._requested = False
        self._available = False
        self.starting = False
        self._open_timer.stop()
        if self._speaking_number is not None:
            self._speaking_number = None
            self.finished.emit()
        if was_available:
            self.availabilityChanged.emit(False)

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
        if self._speaking_number is not None:
            self._speaking_number = None
            self.finished.emit()
