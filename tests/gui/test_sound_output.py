"""With a real sound server (a private PulseAudio with a null sink), every cue sound loads and plays, one
after another, and the app stays responsive: several QSoundEffects in a row used to hang Qt 6.12's
PulseAudio backend in a loop of socket-notifier warnings (see kneecare/cues/sounds.py)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.helpers import audio
from tests.helpers.system import need

SCRIPT = """
import json, os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from PySide6.QtMultimedia import QMediaDevices
from kneecare.assets import resource
from kneecare.core.cues import Sound
from kneecare.cues.sounds import SoundBank

bank = SoundBank(resource("sounds"))
order = [Sound.STEP, Sound.TICK, Sound.INHALE, Sound.SWITCH, Sound.EXHALE, Sound.TICK, Sound.DONE]
started = []
bank.effect.playingChanged.connect(
    lambda: bank.effect.isPlaying() and started.append(bank.effect.source().fileName())
)
for i, sound in enumerate(order):
    QTimer.singleShot(300 + 450 * i, lambda s=sound: bank.play(s))
QTimer.singleShot(300 + 450 * len(order) + 1500, app.quit)
t0 = time.monotonic()
app.exec()
print("RESULT " + json.dumps({
    "outputs": [d.description() for d in QMediaDevices.audioOutputs()],
    "started": started,
    "working": bank.working,
    "seconds": time.monotonic() - t0,
}), flush=True)
os._exit(0)
"""


@pytest.fixture
def pulse_server(tmp_path):
    need("pulseaudio")
    with audio.pulse_server(tmp_path) as env:
        yield env


def test_every_cue_sound_plays_in_turn_on_a_real_sound_server(pulse_server):
    env = {**pulse_server, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=30)
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, done.stderr[-2000:]
    result = json.loads(line[7:])
    assert result["outputs"], "the null sink is an audio output"
    assert result["working"] is True
    assert result["started"] == [
        "step.wav",
        "tick.wav",
        "inhale.wav",
        "switch.wav",
        "exhale.wav",
        "tick.wav",
        "done.wav",
    ]
    assert result["seconds"] < 10, "the event loop kept running on time"
    assert "Invalid socket" not in done.stderr
