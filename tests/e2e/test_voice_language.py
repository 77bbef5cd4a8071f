"""The real app, in German and in French, reads its steps through the real speech engine (speech-dispatcher
with espeak-ng, a private one on a private PulseAudio null sink) with a voice of that language: every
sentence the app logs as spoken reached speech-dispatcher after the language and voice were set to it, and
the engine's voice module never got another language. speech-dispatcher's own log (LogLevel 5, from a
config in the test's home) records each client command and each setting passed to the voice module."""

from __future__ import annotations

import html
import json
import os
import re
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.helpers import audio
from tests.helpers.system import need
from tests.helpers.xvfb import find_window, key, kneecare_command, wait_painted, x_env, xvfb

pytestmark = pytest.mark.e2e

CATALOGUES = Path(__file__).resolve().parents[2] / "resources" / "translations"
SPEECHD_CONF = Path("/etc/speech-dispatcher/speechd.conf")
# The voice espeak-ng reads each language with, as KneeCare should pick it.
VOICES = {"de": "German", "fr": "French (France)"}
SENTENCES = 2  # spoken sentences to wait for before stopping the session


def translated(language: str, source: str) -> str:
    """`source` as the language's catalogue says it (the window titles the test looks for)."""
    tree = ElementTree.parse(CATALOGUES / f"kneecare_{language}.ts")
    for message in tree.iter("message"):
        if message.findtext("source") == source:
            text = message.findtext("translation")
            if text:
                return text
    return source


def title(language: str, source: str) -> str:
    return "^" + re.escape(translated(language, source)).replace("\\ ", " ")  # xdotool: no "\ "


@dataclass
class Spoken:
    """A sentence a client gave speech-dispatcher, with the language and voice set on its connection."""

    text: str
    language: str
    voice: str


def client_speech(log: str) -> list[Spoken]:
    """Each `SPEAK` of the log with the connection's LANGUAGE and SYNTHESIS_VOICE at that moment."""
    settings: dict[str, dict[str, str]] = {}
    spoken: list[Spoken] = []
    reading: dict[str, list[str]] = {}
    for connection, data in re.findall(r"speechd:\s+(\d+):DATA:\|(.*)", log):
        mine = settings.setdefault(connection, {"LANGUAGE": "", "SYNTHESIS_VOICE": ""})
        if connection in reading:
            if data == ".":
                text = " ".join(reading.pop(connection))
                spoken.append(Spoken(text, mine["LANGUAGE"], mine["SYNTHESIS_VOICE"]))
            else:
                reading[connection].append(data)
            continue
        if match := re.fullmatch(r"SET SELF (LANGUAGE|SYNTHESIS_VOICE) ?(.*)", data, re.IGNORECASE):
            mine[match.group(1).upper()] = match.group(2)
        elif data.lower() == "speak":
            reading[connection] = []
    return spoken


def module_languages(log: str) -> list[str]:
    """Every language speech-dispatcher passed to the voice module (it passes one before a message)."""
    return re.findall(r"^language=(\S+)$", log, re.MULTILINE)


@contextmanager
def app_in(language: str, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], str, Path, Path]]:
    """KneeCare in `language` with the voice on, past its first safety questions; its own speech-dispatcher
    logging every command. Yields the process, its display, its data folder and speech-dispatcher's log."""
    need("Xvfb", "xdotool", "import", "pulseaudio", "speech-dispatcher", "espeak-ng")
    data = tmp_path / "data"
    data.mkdir()
    settings = {"language": language, "voice_enabled": True, "voice_rate": 1.0}
    (data / "config").mkdir()
    (data / "config" / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    config = tmp_path / ".config"
    (config / "speech-dispatcher").mkdir(parents=True)
    conf = re.sub(r"(?m)^LogLevel\s+\d+", "LogLevel 5", SPEECHD_CONF.read_text(encoding="utf-8"))
    (config / "speech-dispatcher" / "speechd.conf").write_text(conf, encoding="utf-8")
    with audio.pulse_server(tmp_path) as sound_env, xvfb() as display:
        runtime = Path(sound_env["XDG_RUNTIME_DIR"])
        env = x_env(
            display, XDG_RUNTIME_DIR=str(runtime), HOME=sound_env["HOME"], XDG_CONFIG_HOME=str(config)
        )
        proc = subprocess.Popen(
            [*kneecare_command(), "--data-dir", str(data)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            questions = find_window(display, proc.pid, name=title(language, "Welcome to KneeCare"))
            wait_painted(display, questions, tmp_path / "questions.png")
            key(display, questions, "Return", *["n"] * 6)  # "no" is N in German (J/N) and French (O/N)
            key(display, find_window(display, proc.pid, name=title(language, "Thank you")), "Return")
            yield proc, display, data, runtime / "speech-dispatcher" / "log" / "speech-dispatcher.log"
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.communicate(timeout=20)
            pid_file = runtime / "speech-dispatcher" / "pid" / "speech-dispatcher.pid"  # this test's own
            with suppress(FileNotFoundError, ValueError, ProcessLookupError):
                os.kill(int(pid_file.read_text().split()[0]), signal.SIGTERM)


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


@pytest.mark.parametrize("language", list(VOICES))
def test_the_steps_reach_the_speech_engine_in_the_session_s_language(tmp_path, language):
    with app_in(language, tmp_path) as (proc, display, data, speechd_log):
        app_log = data / "logs" / "kneecare.log"

        def logged() -> str:
            return app_log.read_text(encoding="utf-8") if app_log.exists() else ""

        window = find_window(display, proc.pid, name="^KneeCare$")
        key(display, window, "space")
        key(display, find_window(display, proc.pid, name=title(language, "Before you start")), "n")
        key(display, find_window(display, proc.pid, name=title(language, "Rate your knees")), "Escape")
        wait_for(lambda: "cues: the session is running" in logged(), 20, "the session")
        wait_for(lambda: len(re.findall(r"voice: spoke \d+:", logged())) >= SENTENCES, 60, "spoken steps")
        key(display, window, "Escape")  # stop the session
        wait_for(lambda: "cues: the session is finished" in logged(), 10, "the session's end")

        said = re.findall(r"voice: spoke \d+: (.*)", logged())
        engine = speechd_log.read_text(encoding="utf-8", errors="replace")
        heard = client_speech(engine)
        for sentence in said:
            got = [s for s in heard if html.unescape(s.text) == sentence]
            assert got, f"{sentence!r} never reached speech-dispatcher: {[s.text for s in heard]}"
            assert got[0].language.lower().startswith(f"{language}-"), got[0]
            assert got[0].voice == VOICES[language], got[0]
        languages = module_languages(engine)
        assert languages, "speech-dispatcher passed no language to espeak-ng"
        assert all(code.startswith(f"{language}-") for code in languages), languages
        assert f"voice: {language} with {VOICES[language]} ({language}_" in logged(), logged()[-3000:]
