"""The voice that reads each step aloud: one `QTextToSpeech` on the platform's engine (speech-dispatcher
on Linux, the native engines on Windows and macOS). When no engine works it says why and stays quiet."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

log = logging.getLogger(__name__)

TEST_SENTENCE = "This is how KneeCare will read each step to you."
MOCK_ENGINE = "mock"  # Qt's engine for tests: never chosen for the person


def pick_engine(available: Sequence[str]) -> str | None:
    """The engine to speak with: the platform's own (the first Qt lists), never Qt's test engine."""
    return next((name for name in available if name != MOCK_ENGINE), None)


def no_engine_hint() -> str:
    if sys.platform.startswith("linux"):
        return "Install speech-dispatcher (and a voice such as espeak-ng) to hear the steps read aloud."
    return "Your system's speech service did not answer."


class Voice(QObject):
    """Says a sentence, stops at once when told, and tells when it is done (`finished`)."""

    finished = Signal()  # the sentence was spoken out, or cut
    failed = Signal(str)  # the engine broke down while in use; the voice is off from now on

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        name = engine if engine is not None else pick_engine(QTextToSpeech.availableEngines())
        self.engine_name = name
        self.tts: QTextToSpeech | None = None
        self.problem: str | None = None
        self._starting = False
        if name is None:
            self.problem = f"No speech engine is installed. {no_engine_hint()}"
        else:
            tts = QTextToSpeech(name, self)
            if tts.state() is QTextToSpeech.State.Error:
                self.problem = (
                    f"The speech engine “{name}” could not start ({tts.errorString()}). {no_engine_hint()}"
                )
                tts.deleteLater()
            else:
                self.tts = tts
                tts.stateChanged.connect(self._state_changed)
        if self.problem:
            log.warning("voice: %s The chimes carry on.", self.problem)

    @property
    def available(self) -> bool:
        return self.tts is not None

    @property
    def speaking(self) -> bool:
        return self.tts is not None and self.tts.state() in (
            QTextToSpeech.State.Speaking,
            QTextToSpeech.State.Synthesizing,
        )

    def voices(self) -> list[QVoice]:
        """The voices that can read English (the language of the instructions, for now)."""
        if self.tts is None:
            return []
        every = self.tts.allVoices(None)  # type: ignore[arg-type]  # None: every locale (stubs omit it)
        english = [v for v in every if v.locale().language() is QLocale.Language.English]
        return english or list(every)

    def voice_names(self) -> list[str]:
        names: list[str] = []
        for v in self.voices():
            if v.name() not in names:
                names.append(v.name())
        return names

    def configure(self, name: str | None, rate: float) -> None:
        """Choose a voice by name (None: the engine's default, or its first English voice when the
        default does not read English) and a rate from -1 (slow) to 1 (fast)."""
        if self.tts is None:
            return
        self.tts.setRate(min(1.0, max(-1.0, rate)))
        voices = self.voices()
        chosen = next((v for v in voices if v.name() == name), None) if name else None
        if chosen is None and name:
            log.info("voice: %r is not installed; using the default voice", name)
        if chosen is None and self.tts.voice().locale().language() is not QLocale.Language.English and voices:
            chosen = voices[0]
        if chosen is not None and chosen != self.tts.voice():
            self.tts.setVoice(chosen)

    def say(self, text: str) -> None:
        """Speak `text`, cutting whatever is being said (that cut is not reported as `finished`)."""
        if self.tts is None:
            return
        self._starting = True
        try:
            self.tts.stop(QTextToSpeech.BoundaryHint.Immediate)
            self.tts.say(text)
        finally:
            self._starting = False

    def stop(self) -> None:
        if self.tts is not None:
            self.tts.stop(QTextToSpeech.BoundaryHint.Immediate)

    def _state_changed(self, state: QTextToSpeech.State) -> None:
        tts = self.tts
        if tts is None:
            return
        if state is QTextToSpeech.State.Error:
            self.problem = f"The speech engine stopped working ({tts.errorString()})."
            log.warning("voice: %s The chimes carry on.", self.problem)
            self.tts = None
            tts.deleteLater()
            self.failed.emit(self.problem)
            self.finished.emit()
        elif state is QTextToSpeech.State.Ready and not self._starting and not self.speaking:
            self.finished.emit()
