"""The steps are read by a voice of their own language, on Qt's test engine ('mock': English, Norwegian and
Finnish voices, nothing else), in the real cue helper. When no voice reads the language, nothing is said,
the chimes play, and File ▸ Sound and voice… says so in a line of its own."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from kneecare.core.cues import Play, Say, Sound
from kneecare.core.plan import KneeChoice, PlanOptions, build_plan
from kneecare.core.session import SessionMachine, State
from kneecare.cues.player import CuePlayer
from kneecare.cues.voice import TEST_SENTENCE
from kneecare.session.controller import SessionController
from kneecare.settings import Settings
from kneecare.ui.cue_settings import CueSettingsDialog
from tests.helpers.audio import NO_AUDIO_LOGS

pytestmark = NO_AUDIO_LOGS

FAST = Settings(voice_rate=1.0, voice_enabled=True)
MOCK_FINNISH = ["Kari", "Anneli"]
MOCK_ENGLISH = {"Bob", "Anne", "Charly", "Mary"}


@pytest.fixture
def speaking(qtbot, clock, programs):
    """Players for a language on the mock engine and a null device, their helper ready; ended after."""
    made: list[CuePlayer] = []

    def make(language: str | None, settings: Settings = FAST) -> CuePlayer:
        controller = SessionController(SessionMachine(clock), clock)
        controller.load(build_plan(programs["quick"], PlanOptions(knees=KneeChoice.BOTH)))
        player = CuePlayer(controller, settings, engine="mock", audio="none", language=language)
        made.append(player)
        player.prepare()
        qtbot.waitUntil(
            lambda: not player.voice.starting and player.helper.start_delay is not None, timeout=10_000
        )
        return player

    yield make
    for player in made:
        player.close()


def test_the_voices_offered_and_used_are_the_steps_language_s(qtbot, speaking):
    player = speaking("fi")
    assert player.voice_available and player.voice_missing_language is None
    assert player.voice_names() == MOCK_FINNISH
    qtbot.waitUntil(lambda: player.voice.voice_name == "Kari", timeout=5000)  # not the engine's own Bob
    words: list[str] = []
    player.voice.wordSpoken.connect(words.append)
    assert player.test_voice(None, 1.0)
    qtbot.waitUntil(lambda: not player.voice.speaking, timeout=10_000)
    assert words == re.findall(r"[\w']+", TEST_SENTENCE)
    assert player.voice.voice_name == "Kari"


def test_a_voice_chosen_for_another_language_does_not_read_this_one(qtbot, speaking):
    player = speaking("en", FAST.with_changes(voice_name="Kari"))
    assert set(player.voice_names()) == MOCK_ENGLISH
    qtbot.waitUntil(lambda: player.voice.voice_name != "", timeout=5000)
    assert player.voice.voice_name in MOCK_ENGLISH
    player.test_voice("Anneli", 0.0)  # the Finnish voice, tried from the dialog: an English one reads
    qtbot.waitUntil(lambda: not player.voice.speaking, timeout=10_000)
    assert player.voice.voice_name in MOCK_ENGLISH


def test_with_no_voice_for_the_language_nothing_is_said_and_the_chimes_play(qtbot, clock, programs, speaking):
    player = speaking("ja")
    plan = build_plan(programs["quick"], PlanOptions(knees=KneeChoice.BOTH))
    assert not player.voice_available
    assert player.voice_missing_language == "ja"
    assert player.voice_names() == []
    assert player.planner.options.voice is False
    cues: list[object] = []
    words: list[str] = []
    player.performed.connect(cues.append)
    player.voice.wordSpoken.connect(words.append)
    controller = player.controller
    controller.start()
    clock.advance(plan.total_seconds)
    controller.poll()
    assert controller.state is State.FINISHED
    assert not [c for c in cues if isinstance(c, Say)]
    assert Play(Sound.STEP) in cues and Play(Sound.DONE) in cues
    assert player.test_voice(None, 0.0) is False
    assert words == []


def test_the_sound_and_voice_dialog_says_no_voice_reads_the_language(qtbot, speaking):
    player = speaking("ja")
    dialog = CueSettingsDialog(Settings(voice_enabled=True), player)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.voice_status.text()
    assert dialog.voice_status.isVisible()
    assert "No speech voice for 日本語 is installed" in text and "chimes" in text
    assert "Install a voice for 日本語" in text
    for widget in (dialog.voice_box, dialog.voice_combo, dialog.rate_slider, dialog.test_button):
        assert not widget.isEnabled()


def test_in_german_the_dialog_says_so_in_german(qtbot, german, player_for):
    """KneeCare speaks German; the mock engine has no German voice."""
    player = player_for(FAST)
    assert player.voice_missing_language == "de"
    dialog = CueSettingsDialog(FAST, player)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Deutsch" in dialog.voice_status.text()
    assert "No speech voice" not in dialog.voice_status.text()


def test_the_helper_itself_never_speaks_a_language_it_has_no_voice_for():
    """Even told to say something, the helper answers "done" at once and no word is spoken."""
    commands = [
        {"op": "voice", "engine": "mock", "language": "ja"},
        {"op": "configure", "name": "Bob", "rate": 1.0},
        {"op": "say", "n": 1, "text": "Press gently"},
    ]
    done = subprocess.run(
        [sys.executable, "-m", "kneecare.cues.helper", "--audio", "none"],
        input="".join(json.dumps(c) + "\n" for c in commands),
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines()]
    opened = next(e for e in events if e["ev"] == "opened")
    assert opened["problem"] == "" and opened["language"] == "ja" and opened["voices"] == []
    assert next(e for e in events if e["ev"] == "configured")["name"] == ""
    assert {"ev": "done", "n": 1} in events
    assert not [e for e in events if e["ev"] == "word"]
