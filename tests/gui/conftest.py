"""Fixtures the Qt tests share: KneeCare speaking German for one test, and cue players on Qt's test speech
engine with no audio device."""

from __future__ import annotations

import pytest

from kneecare.core.session import SessionMachine
from kneecare.cues.player import CuePlayer
from kneecare.i18n import Translators
from kneecare.session.controller import SessionController
from kneecare.settings import Settings


@pytest.fixture
def german(qapp):
    """German installed for widgets built during the test; English again after it."""
    translators = Translators(qapp)
    assert translators.install("de") == "de"
    yield translators
    translators.install("en")


@pytest.fixture
def player_for(qtbot, clock):
    """Players on the mock engine (ready to speak) and a null audio device, their cue helper started as a
    session near would; the helpers end after."""
    made: list[CuePlayer] = []

    def make(settings: Settings, engine: str = "mock") -> CuePlayer:
        controller = SessionController(SessionMachine(clock), clock)
        player = CuePlayer(controller, settings, engine=engine, audio="none")
        made.append(player)
        player.start_voice()
        qtbot.waitUntil(lambda: not player.voice.starting, timeout=10_000)
        return player

    yield make
    for player in made:
        player.close()
