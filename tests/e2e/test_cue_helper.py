"""The cue helper with the real app under Xvfb, on a private PulseAudio null sink: the app itself never maps
QtMultimedia, FFmpeg or QtQuick/QtQml (idle, during a session, after it); the helper is there only for the
session; SIGTERM or SIGKILL of the app leaves no helper behind, and SIGTERM records the session as stopped;
with speech-dispatcher and espeak-ng, each step's sentence reaches the real speech engine, in order."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers import audio
from tests.helpers.system import gone_within, need
from tests.helpers.xvfb import answer_first_screening, find_window, key, kneecare_command, x_env, xvfb

pytestmark = pytest.mark.e2e

HEAVY = re.compile(r"libQt6Multimedia|libavcodec|libavformat|libQt6Quick|libQt6Qml|libQt6TextToSpeech")


def heavy_libraries(pid: int) -> set[str]:
    """The multimedia, FFmpeg, Qt Quick/QML and speech libraries mapped in process `pid`."""
    maps = Path(f"/proc/{pid}/maps").read_text(encoding="ascii", errors="replace")
    return {Path(line.split()[-1]).name for line in maps.splitlines() if HEAVY.search(line)}


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except FileNotFoundError:
            continue
    return found


def wait_for(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


class App:
    """A running KneeCare with its display, data folder and log."""

    def __init__(self, proc: subprocess.Popen[str], display: str, data: Path, scratch: Path) -> None:
        self.proc, self.display, self.data, self.scratch = proc, display, data, scratch

    @property
    def log(self) -> str:
        path = self.data / "logs" / "kneecare.log"
        return path.read_text(encoding="utf-8") if path.exists() else ""

    def start_session(self) -> str:
        """Space, "no" to the leg question, Esc on the before-rating: the session runs."""
        window = find_window(self.display, self.proc.pid, name="^KneeCare$")
        key(self.display, window, "space")
        key(self.display, find_window(self.display, self.proc.pid, name="^Before you start"), "n")
        key(self.display, find_window(self.display, self.proc.pid, name="^Rate your knees$"), "Escape")
        wait_for(lambda: "cues: the session is running" in self.log, 20, "the session")
        return window

    def helper(self) -> int | None:
        kids = children(self.proc.pid)
        return kids[0] if kids else None


@contextmanager
def running_app(
    tmp_path: Path, settings: dict[str, object] | None = None, command: list[str] | None = None
) -> Iterator[App]:
    """KneeCare (`command`, else the venv's) on its own X screen and sound server, past the questions."""
    need("Xvfb", "xdotool", "import", "pulseaudio")
    data = tmp_path / "data"
    data.mkdir()
    if settings:  # where --data-dir keeps them (a settings.json beside the history would be ignored)
        (data / "config").mkdir()
        (data / "config" / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    with audio.pulse_server(tmp_path) as sound_env, xvfb() as display:
        env = {**x_env(display), **{k: sound_env[k] for k in ("XDG_RUNTIME_DIR", "HOME")}}
        proc = subprocess.Popen(
            [*(command or kneecare_command()), "--data-dir", str(data)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            answer_first_screening(display, proc.pid, tmp_path / "questions.png")
            yield App(proc, display, data, tmp_path)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.communicate(timeout=20)


def outcomes(data: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "kneecare", "export", "--data-dir", str(data), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return [s["status"] for s in json.loads(done.stdout)]


def test_the_app_maps_no_multimedia_idle_or_in_a_session_and_the_helper_comes_and_goes(tmp_path):
    with running_app(tmp_path) as app:
        time.sleep(1.0)  # let the after-first-frame set-up run: it must not load them either
        assert app.helper() is None, "idle: a single process"
        assert heavy_libraries(app.proc.pid) == set()
        window = app.start_session()
        helper = wait_for(app.helper, 20, "the cue helper")
        wait_for(lambda: "cue helper ready" in app.log, 20, "the helper's ready")
        assert heavy_libraries(app.proc.pid) == set(), "the session plays through the helper"
        assert "libQt6Multimedia.so.6" in heavy_libraries(helper)
        key(app.display, window, "Escape")  # stop the session
        wait_for(lambda: "cues: the session is finished" in app.log, 10, "the session's end")
        assert heavy_libraries(app.proc.pid) == set()
        assert gone_within(helper, seconds=35.0), "the helper ended within 30 s after the session"
        wait_for(lambda: app.helper() is None, 5, "the app to reap the helper")
        assert heavy_libraries(app.proc.pid) == set()


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_ending_the_app_during_a_session_with_voice_leaves_no_helper(tmp_path, how):
    with running_app(tmp_path, {"voice_enabled": True}) as app:
        app.start_session()
        helper = wait_for(app.helper, 20, "the cue helper")
        wait_for(lambda: "cue helper ready" in app.log, 20, "the helper's ready")
        os.kill(app.proc.pid, how)
        app.proc.wait(timeout=10)
        assert gone_within(helper, seconds=2.0), f"the cue helper outlived the app ({how.name})"
        if how is signal.SIGTERM:
            assert app.proc.returncode == 0, app.log[-2000:]
            assert outcomes(app.data) == ["stopped"]


def test_each_step_s_sentence_reaches_the_real_speech_engine_in_order(tmp_path):
    """speech-dispatcher with espeak-ng (a private one, in the test's runtime folder): the app logs each
    sentence it gives the helper ("saying") and each the engine reports spoken ("spoke"); every step is
    skipped to once its sentence is spoken."""
    need("speech-dispatcher", "espeak-ng")
    with running_app(tmp_path, {"voice_enabled": True, "voice_rate": 1.0}) as app:
        window = app.start_session()
        helper = wait_for(app.helper, 20, "the cue helper")
        spoken = 0
        while "cues: the session is finished" not in app.log:
            wait_for(lambda n=spoken: len(re.findall(r"voice: spoke \d+:", app.log)) > n, 30, "a sentence")
            spoken = len(re.findall(r"voice: spoke \d+:", app.log))
            key(app.display, window, "Right")  # the next step, once this one's sentence is spoken
            wait_for(lambda: "voice: saying" in app.log.split("voice: spoke")[-1] or ended(app), 10, "next")
        said = re.findall(r"voice: saying (\d+): (.*)", app.log)
        heard = re.findall(r"voice: spoke (\d+): (.*)", app.log)
        assert len(heard) >= 3, app.log[-3000:]
        assert heard == said[: len(heard)], "every sentence, in order"
        assert "speechd is ready" in app.log
        assert gone_within(helper, seconds=35.0), "the helper ended after the session"


def ended(app: App) -> bool:
    return "cues: the session is finished" in app.log
