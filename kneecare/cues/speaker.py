"""The speech helper process: owns the `QTextToSpeech`, reads commands as JSON lines on stdin and answers
on stdout. `kneecare.cues.voice.Voice` runs it as `python -m kneecare.cues.speaker ENGINE`.

Why a process: QTextToSpeech's calls hold Python's GIL while they block, so no thread can keep the window
alive through them, and speech-dispatcher blocks: 1.9 to 2.7 s to open (it lists every espeak-ng voice),
and for ever when the daemon is wedged. Here that stalls only this process.

Commands: {"op": "configure", "name": str|null, "rate": float}, {"op": "say", "n": int, "text": str},
{"op": "stop"}, {"op": "quit"}. Answers: {"ev": "opened", "problem": str, "voices": [str]},
{"ev": "configured", "name": str, "rate": float}, {"ev": "done", "n": int}, {"ev": "broke", "problem": str},
{"ev": "word", "word": str}.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

COUNTRY_NAMES = ("America", "United States", "Great Britain", "United Kingdom")
# After its stdin ends (the app quit or died), the helper quits; if the speech engine holds the main thread
# (speech-dispatcher can block for ever), it is ended this long after, whatever it is doing.
GRACE_SECONDS = 1.5
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent() -> None:
    """On Linux, have the kernel end this helper when the process that started it dies, however it dies
    (Quit, SIGTERM, SIGKILL, a crash): a helper blocked in the speech engine never reads its stdin's end."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the app died before the request was made: nobody will signal us
        os._exit(0)


def end_after_grace() -> None:
    """End the process `GRACE_SECONDS` from now even if its main thread never returns."""

    def later() -> None:
        time.sleep(GRACE_SECONDS)
        os._exit(0)

    threading.Thread(target=later, name="grace", daemon=True).start()


def english_voices(voices: Sequence[QVoice]) -> list[QVoice]:
    """The voices that read English (the language of the instructions, for now), the likeliest first: the
    system's own English, then American and British; voices named for their country before regional ones
    (speech-dispatcher's espeak-ng files "English (Caribbean)" under en_US); plain ones before variants."""
    system = QLocale.system()
    english = [v for v in voices if v.locale().language() is QLocale.Language.English]

    def rank(v: QVoice) -> tuple[bool, bool, bool, bool]:
        locale = v.locale()
        return (
            not (system.language() is QLocale.Language.English and locale == system),
            locale.name() not in ("en_US", "en_GB"),
            not any(country in v.name() for country in COUNTRY_NAMES),
            "+" in v.name(),
        )

    return sorted(english, key=rank)


def send(event: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


class Speaker(QObject):
    """Carries out the commands with one QTextToSpeech; every method runs on this process's main thread."""

    command = Signal(str)  # a line from stdin (the reader thread emits it; Qt queues it here)

    def __init__(self, engine: str) -> None:
        super().__init__()
        self._engine = engine
        self._tts: QTextToSpeech | None = None
        self._current = 0
        self._starting = False
        self.command.connect(self.handle)

    def open(self) -> None:
        tts = QTextToSpeech(self._engine, self)
        if tts.state() is QTextToSpeech.State.Error:
            send({"ev": "opened", "problem": f"The speech engine “{self._engine}” could not start "
                  f"({tts.errorString()}).", "voices": []})  # fmt: skip
            return
        self._tts = tts
        tts.stateChanged.connect(self._state_changed)
        tts.sayingWord.connect(lambda word, *_: send({"ev": "word", "word": word}))
        names: list[str] = []
        for v in english_voices(tts.allVoices(None)):  # type: ignore[arg-type]  # None: every locale
            if v.name() not in names:
                names.append(v.name())
        send({"ev": "opened", "problem": "", "voices": names})

    def handle(self, line: str) -> None:
        try:
            message = json.loads(line)
        except json.JSONDecodeError:
            return
        match message.get("op"):
            case "configure":
                self.configure(message.get("name"), float(message.get("rate", 0.0)))
            case "say":
                self.say(int(message["n"]), str(message["text"]))
            case "stop":
                self.stop()
            case "quit":
                self.stop()
                QCoreApplication.quit()

    def configure(self, name: object, rate: float) -> None:
        """A voice by name (None: the engine's default, or its likeliest English voice when the default
        does not read English) and a rate from -1 (slow) to 1 (fast)."""
        tts = self._tts
        if tts is None:
            return
        tts.setRate(min(1.0, max(-1.0, rate)))
        every = tts.allVoices(None)  # type: ignore[arg-type]
        chosen = next((v for v in every if v.name() == name), None) if isinstance(name, str) else None
        if chosen is None and tts.voice().locale().language() is not QLocale.Language.English:
            english = english_voices(every)
            chosen = english[0] if english else None
        if chosen is not None and chosen != tts.voice():
            tts.setVoice(chosen)
        send({"ev": "configured", "name": tts.voice().name(), "rate": tts.rate()})

    def say(self, number: int, text: str) -> None:
        if self._tts is None:
            return
        self._starting = True
        try:
            self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)
            self._current = number
            self._tts.say(text)
        finally:
            self._starting = False

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)

    def _state_changed(self, state: QTextToSpeech.State) -> None:
        tts = self._tts
        if tts is None:
            return
        if state is QTextToSpeech.State.Error:
            self._tts = None
            send({"ev": "broke", "problem": f"The speech engine stopped working ({tts.errorString()})."})
        elif state is QTextToSpeech.State.Ready and not self._starting:
            send({"ev": "done", "n": self._current})


def main(argv: Sequence[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m kneecare.cues.speaker ENGINE", file=sys.stderr)
        return 2
    die_with_parent()
    app = QCoreApplication([sys.argv[0]])
    speaker = Speaker(argv[0])
    # The reader thread must never emit through a Speaker that is being torn down: after a "quit" the
    # main thread leaves exec() and deletes it while the thread may still be reading stdin's end.
    alive = threading.Lock()
    closing = False

    def forward(line: str) -> bool:
        with alive:
            if closing:
                return False
            speaker.command.emit(line)
            return True

    def read() -> None:
        for line in sys.stdin:
            if not forward(line):
                return
        forward('{"op": "quit"}')  # the app went away: so do we
        end_after_grace()

    threading.Thread(target=read, name="stdin", daemon=True).start()
    speaker.open()
    code = app.exec()
    with alive:
        closing = True
    app.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
