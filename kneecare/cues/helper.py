"""The cue helper process: plays the cue sounds (QtMultimedia) and speaks (QtTextToSpeech) for the app,
which imports neither. It reads commands as JSON lines on stdin and answers on stdout;
`kneecare.cues.link.CueHelper` runs it as `python -m kneecare.cues.helper [--audio none] [--sounds DIR]`
only around a session (or while the Sound and voice dialog is open).

Why a process: QtMultimedia's FFmpeg backend maps QtQuick, QtQml and libav* (tens of MiB a tray app would
carry all day), and QTextToSpeech's calls hold Python's GIL while they block: speech-dispatcher takes 1.9
to 2.7 s to open (it lists every espeak-ng voice), and for ever when the daemon is wedged. Here that costs
memory only during a session, and stalls only this process. (While the engine opens, sounds wait: the app
starts the helper before the session's first chime, and the voice is opened after the sounds are ready.)

Commands: {"op": "voice", "engine": str|null, "language": str} (open the speech engine, null: the
platform's own, to read `language`, our code such as "de" or "pt_BR": only a voice of that language speaks),
{"op": "sound", "name": str, "volume": float, "at": float} (a cue sound; `at` is the app's
time.monotonic() when it was due: a sound more than STALE_SECONDS late is dropped), {"op": "configure",
"name": str|null, "rate": float}, {"op": "say", "n": int, "text": str}, {"op": "stop"}, {"op": "quit"}.
Answers: {"ev": "ready", "sound_problem": str|null} (the sounds are loaded), {"ev": "muted", "problem":
str}, {"ev": "opened", "engine": str|null, "problem": str, "language": str, "voices": [str]} (the voices
of that language, the likeliest first; none: the engine works but nothing is read aloud), {"ev":
"configured", "name": str, "locale": str, "rate": float}, {"ev": "done", "n": int}, {"ev": "broke",
"problem": str}, {"ev": "word", "word": str}.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kneecare.platform.pyside_imports import lighten_import_hook

# First, as in kneecare/app.py: PySide6's import hook would keep the source of every module imported
# after it in linecache (about 1 MiB of this process's heap for the whole session).
lighten_import_hook()

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal  # noqa: E402
from PySide6.QtMultimedia import QAudioDevice  # noqa: E402
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice  # noqa: E402

from kneecare.assets import resource  # noqa: E402
from kneecare.core.cues import Sound  # noqa: E402
from kneecare.core.voices import VoiceInfo, choose_voice, voices_for  # noqa: E402
from kneecare.cues.sounds import SoundBank  # noqa: E402
from kneecare.cues.voice import pick_engine  # noqa: E402

# After its stdin ends (the app quit or died), the helper quits; if the speech engine holds the main thread
# (speech-dispatcher can block for ever), it is ended this long after, whatever it is doing.
GRACE_SECONDS = 1.5
PR_SET_PDEATHSIG = 1  # linux/prctl.h
STALE_SECONDS = 1.0  # a sound the app asked for longer ago than this (the helper was busy) is dropped


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


def info(voice: QVoice) -> VoiceInfo:
    return VoiceInfo(voice.name(), voice.locale().name())


def send(event: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


class Speaker(QObject):
    """Carries out the commands with one sound bank and one QTextToSpeech (opened when the app asks for the
    voice); every method runs on this process's main thread."""

    command = Signal(str)  # a line from stdin (the reader thread emits it; Qt queues it here)

    def __init__(self, sounds: SoundBank) -> None:
        super().__init__()
        self._sounds = sounds
        self._tts: QTextToSpeech | None = None
        self._opened = False
        self._current = 0
        self._starting = False
        self._language = "en"  # the steps' language: only a voice of it speaks
        self._voices: dict[str, QVoice] = {}  # every voice of the engine, by name
        self._infos: list[
            VoiceInfo
        ] = []  # the same, as names and locales (listed once: 13,000 with espeak-ng)
        self._default: VoiceInfo | None = None  # the engine's own voice when it opened
        self._speaking_voice: QVoice | None = None  # None: no voice reads the language, nothing is said
        self.command.connect(self.handle)

    def open(self, engine: str | None, language: str) -> None:
        """Open the speech engine (`None`: the platform's own) to read `language`, with the likeliest voice
        of that language (none when the engine has no such voice); once, later calls do nothing."""
        if self._opened:
            return
        self._opened = True
        self._language = language
        name = engine if engine is not None else pick_engine(QTextToSpeech.availableEngines())
        if name is None:
            send({"ev": "opened", "engine": None, "problem": "No speech engine is installed.",
                  "language": language, "voices": []})  # fmt: skip
            return
        tts = QTextToSpeech(name, self)
        if tts.state() is QTextToSpeech.State.Error:
            send({"ev": "opened", "engine": name, "problem": f"The speech engine “{name}” could not start "
                  f"({tts.errorString()}).", "language": language, "voices": []})  # fmt: skip
            return
        self._tts = tts
        tts.stateChanged.connect(self._state_changed)
        tts.sayingWord.connect(lambda word, *_: send({"ev": "word", "word": word}))
        for voice in tts.allVoices(None):  # type: ignore[arg-type]  # None: every locale
            self._voices.setdefault(voice.name(), voice)
        self._default = info(tts.voice())
        self._infos = [info(v) for v in self._voices.values()]
        fitting = voices_for(language, self._infos, QLocale.system().name())
        self._pick(None, force=True)
        send({"ev": "opened", "engine": name, "problem": "", "language": language,
              "voices": [v.name for v in fitting]})  # fmt: skip

    def handle(self, line: str) -> None:
        try:
            message = json.loads(line)
        except json.JSONDecodeError:
            return
        match message.get("op"):
            case "voice":
                engine, language = message.get("engine"), message.get("language")
                self.open(engine if isinstance(engine, str) else None, str(language or "en"))
            case "sound":
                self.sound(str(message.get("name", "")), message.get("volume"), message.get("at"))
            case "configure":
                self.configure(message.get("name"), float(message.get("rate", 0.0)))
            case "say":
                self.say(int(message["n"]), str(message["text"]))
            case "stop":
                self.stop()
            case "quit":
                self.stop()
                QCoreApplication.quit()

    def sound(self, name: str, volume: object, at: object) -> None:
        """Play a cue sound, unless it is stale (the helper was busy opening the engine)."""
        sound = next((s for s in Sound if s.value == name), None)
        if sound is None:
            return
        if isinstance(at, int | float) and time.monotonic() - at > STALE_SECONDS:
            return
        if isinstance(volume, int | float):
            self._sounds.set_volume(float(volume))
        self._sounds.play(sound)

    def configure(self, name: object, rate: float) -> None:
        """A voice by name (None: the engine's own when it reads the steps' language, else the likeliest
        that does; a name that does not read it counts as None) and a rate from -1 (slow) to 1 (fast)."""
        tts = self._tts
        if tts is None:
            return
        tts.setRate(min(1.0, max(-1.0, rate)))
        self._pick(name if isinstance(name, str) else None)
        voice = self._speaking_voice
        send({"ev": "configured", "name": voice.name() if voice else "",
              "locale": voice.locale().name() if voice else "", "rate": tts.rate()})  # fmt: skip

    def _pick(self, name: str | None, *, force: bool = False) -> None:
        """Set the voice for the steps' language (`choose_voice`), or none when no voice reads it. The
        engine's language is set with it: listing every voice (`allVoices(None)`) leaves speech-dispatcher's
        language at the last locale Qt looked at (Sinhala, say), and `setVoice` alone does not set it back."""
        tts = self._tts
        if tts is None:
            return
        system = QLocale.system().name()
        choice = choose_voice(self._language, self._infos, chosen=name, default=self._default, system=system)
        self._speaking_voice = self._voices[choice.name] if choice is not None else None
        voice = self._speaking_voice
        if voice is not None and (force or voice != tts.voice()):
            tts.setLocale(voice.locale())
            tts.setVoice(voice)

    def say(self, number: int, text: str) -> None:
        """Speak `text` with the language's voice; with none, say nothing (and answer "done" at once)."""
        if self._tts is None:
            return
        if self._speaking_voice is None:
            send({"ev": "done", "n": number})
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
    parser = argparse.ArgumentParser(prog="python -m kneecare.cues.helper")
    parser.add_argument("--audio", choices=("default", "none"), default="default")
    parser.add_argument("--sounds", type=Path, default=None, help="the folder of the cue sounds")
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as bad:  # a wrong argument: argparse printed the usage
        return int(bad.code or 0)
    die_with_parent()
    app = QCoreApplication([sys.argv[0]])
    bank = SoundBank(args.sounds or resource("sounds"), QAudioDevice() if args.audio == "none" else None, app)
    speaker = Speaker(bank)
    bank.muted.connect(lambda why: send({"ev": "muted", "problem": why}))
    send({"ev": "ready", "sound_problem": bank.problem})
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
    code = app.exec()
    with alive:
        closing = True
    app.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
