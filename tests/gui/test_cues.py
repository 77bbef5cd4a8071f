"""Following a session by ear: the cue player with Qt's test speech engine ('mock', which speaks word by
word) and no audio device, driven by the real SessionController on a fake clock."""

from __future__ import annotations

import logging
import os
import re
import signal

import pytest

from kneecare.core.cues import Hush, Play, Say, Sound
from kneecare.core.plan import KneeChoice, PlanOptions, build_plan
from kneecare.core.protocol import StepKind
from kneecare.core.session import SessionMachine, State
from kneecare.cues.player import CuePlayer
from kneecare.cues.voice import TEST_SENTENCE, pick_engine
from kneecare.session.controller import SessionController
from kneecare.settings import Settings
from tests.helpers.audio import NO_AUDIO_LOGS
from tests.helpers.system import gone_within

# Qt Multimedia's start-up notes on a machine without PipeWire, VA-API or a sound server, and the
# warnings of a sound that cannot play: expected here, where there is no audio device on purpose.
pytestmark = NO_AUDIO_LOGS


FAST = Settings(voice_rate=1.0)  # the mock engine speaks a word every 50 ms at full speed
NO_DEVICE = "none"  # the helper plays on a null device: the player must carry on without sound


def words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text)


class Listener:
    """Writes down every cue the player carries out and every word the voice says."""

    def __init__(self, player: CuePlayer) -> None:
        self.player = player
        self.cues: list[object] = []
        self.words: list[str] = []
        self.speaking_at_chime: list[bool] = []
        player.performed.connect(self._performed)
        player.voice.wordSpoken.connect(self.words.append)

    def _performed(self, cue: object) -> None:
        self.cues.append(cue)
        if isinstance(cue, Play) and cue.sound in (Sound.STEP, Sound.SWITCH, Sound.DONE):
            self.speaking_at_chime.append(self.player.voice.speaking)

    def said(self) -> list[str]:
        return [c.text for c in self.cues if isinstance(c, Say)]


@pytest.fixture
def session(qtbot, clock, programs):
    controller = SessionController(SessionMachine(clock), clock)
    plan = build_plan(programs["quick"], PlanOptions(knees=KneeChoice.BOTH))
    controller.load(plan)
    return controller, plan


@pytest.fixture
def make_player(qtbot):
    """Players on the mock engine and a null audio device, ready to speak; their speech threads end after."""
    made: list[CuePlayer] = []

    def make(controller, settings=FAST, **kwargs) -> CuePlayer:
        kwargs.setdefault("engine", "mock")
        kwargs.setdefault("audio", NO_DEVICE)
        player = CuePlayer(controller, settings, **kwargs)
        made.append(player)
        player.prepare()  # as when the set-up gets focus
        qtbot.waitUntil(
            lambda: not player.voice.starting and player.helper.start_delay is not None, timeout=10_000
        )
        return player

    yield make
    for player in made:
        player.close()


def finish_speaking(qtbot, player: CuePlayer) -> None:
    qtbot.waitUntil(lambda: not player.voice.speaking, timeout=10_000)


def helper_has_caught_up(qtbot, player: CuePlayer) -> None:
    """Waits until the speech helper answers a request sent now: it handles requests in order and its
    answers come in order, so every word it said before handling what was sent earlier (a cut) is in."""
    voice = player.voice
    rate = 0.95 if voice.rate != 0.95 else 0.9  # a change, so that its answer can be seen
    voice.configure(voice.voice_name, rate)
    qtbot.waitUntil(lambda: voice.rate == pytest.approx(rate), timeout=10_000)


def test_the_voice_reads_the_step_s_instruction_once_its_chime_has_rung(qtbot, clock, session, make_player):
    controller, plan = session
    player = make_player(controller)
    heard = Listener(player)
    controller.start()
    assert heard.cues == [Play(Sound.STEP)]  # the chime first, nothing said yet
    clock.advance(1.1)  # the chime (0.9 s) and a breath of quiet
    controller.poll()
    assert heard.cues[-1] == Say(plan.phases[0].instruction, 0)
    assert player.voice.speaking
    finish_speaking(qtbot, player)
    assert heard.words == words(plan.phases[0].instruction)
    assert not player.planner.speaking  # the player told the planner the voice is done


def test_a_step_change_mid_sentence_cuts_the_old_sentence_before_the_chime(
    qtbot, clock, session, make_player
):
    controller, plan = session
    player = make_player(controller)
    heard = Listener(player)
    controller.start()
    clock.advance(1.1)
    controller.poll()
    qtbot.waitUntil(lambda: len(heard.words) >= 3, timeout=5000)
    controller.skip()
    assert heard.cues[-2:] == [Hush(), Play(Sound.STEP)]
    assert not player.voice.speaking
    helper_has_caught_up(qtbot, player)  # every word said before the cut has arrived by now
    cut_after = len(heard.words)
    assert cut_after < len(words(plan.phases[0].instruction))
    clock.advance(1.1)
    controller.poll()
    finish_speaking(qtbot, player)
    assert heard.words[cut_after:] == words(plan.phases[1].instruction)
    assert heard.said() == [plan.phases[0].instruction, plan.phases[1].instruction]


def test_a_whole_session_on_both_knees_never_speaks_over_a_chime(qtbot, clock, session, make_player):
    controller, plan = session
    player = make_player(controller)
    heard = Listener(player)
    controller.start()
    for phase in plan.phases:
        clock.advance(1.3)  # the step or switch chime has rung
        controller.poll()
        qtbot.waitUntil(lambda: len(heard.words) >= 2, timeout=5000)  # mid-sentence...
        heard.words.clear()
        clock.advance(phase.duration - 1.3)  # ...the step is over: cut, chime
        controller.poll()
    assert controller.state is State.FINISHED
    chimes = [c.sound for c in heard.cues if isinstance(c, Play)]
    assert chimes.count(Sound.SWITCH) == 1 and chimes[-1] is Sound.DONE
    assert len(heard.speaking_at_chime) == len(plan.phases) + 1
    assert not any(heard.speaking_at_chime)
    assert heard.said() == [p.instruction for p in plan.phases]


def test_pausing_stops_the_voice_and_resuming_reads_the_step_again(qtbot, clock, session, make_player):
    controller, plan = session
    player = make_player(controller)
    heard = Listener(player)
    controller.start()
    clock.advance(1.1)
    controller.poll()
    qtbot.waitUntil(lambda: len(heard.words) >= 2, timeout=5000)
    controller.pause()
    assert isinstance(heard.cues[-1], Hush) and not player.voice.speaking
    clock.advance(120)
    controller.resume()
    assert heard.said() == [plan.phases[0].instruction] * 2
    assert player.voice.speaking


def test_ticks_follow_the_session_clock_not_the_number_of_wake_ups(qtbot, clock, session, make_player):
    controller, plan = session
    settings = FAST.with_changes(sound_ticks=True, voice_enabled=False)
    player = make_player(controller, settings)
    heard = Listener(player)
    movement = next(p for p in plan.phases if p.step_kind is StepKind.MOVEMENT)
    controller.start()
    clock.advance(movement.offset)
    controller.poll()
    for _ in range(42):  # 10.5 s in display ticks of 250 ms
        clock.advance(0.25)
        controller.poll()
    for _ in range(20):
        player.wake()  # a timer firing again and again without time passing adds nothing
    assert heard.cues.count(Play(Sound.TICK)) == 5  # at 2, 4, 6, 8 and 10 s
    controller.pause()
    for _ in range(10):
        clock.advance(60.0)
        controller.poll()
        player.wake()
    controller.resume()
    assert heard.cues.count(Play(Sound.TICK)) == 5  # a pause adds none...
    clock.advance(9.0)  # the app was busy: the beats at 12, 14, 16 and 18 s went by
    controller.poll()
    assert heard.cues.count(Play(Sound.TICK)) == 6  # ...and a stall gives one tick, not a burst
    clock.advance(0.5)
    controller.poll()
    assert heard.cues.count(Play(Sound.TICK)) == 7  # the next on its beat, at 20 s


def test_with_no_audio_device_the_player_logs_once_and_the_session_carries_on(
    qtbot, clock, session, caplog, make_player
):
    controller, plan = session
    caplog.set_level(logging.WARNING, logger="kneecare.cues")
    player = make_player(controller, FAST.with_changes(sound_ticks=True, sound_breathing=True))
    heard = Listener(player)
    qtbot.waitUntil(lambda: not player.sounds.working, timeout=5000)
    controller.start()
    clock.advance(plan.total_seconds / 2)
    controller.poll()
    controller.skip()
    clock.advance(plan.total_seconds)
    controller.poll()
    assert controller.state is State.FINISHED
    assert Play(Sound.DONE) in heard.cues
    sound_warnings = [r for r in caplog.records if r.name == "kneecare.cues.player"]
    assert len(sound_warnings) == 1
    assert "carrying on without them" in sound_warnings[0].getMessage()
    assert player.sound_problem


def test_without_a_speech_engine_the_chimes_carry_on_and_nothing_is_said(
    qtbot, clock, session, caplog, make_player
):
    controller, plan = session
    caplog.set_level(logging.WARNING, logger="kneecare.cues")
    player = make_player(controller, engine="no-such-engine")
    cues: list[object] = []
    player.performed.connect(cues.append)
    assert not player.voice_available
    assert "could not start" in player.voice_problem
    assert player.planner.options.voice is False
    controller.start()
    clock.advance(plan.total_seconds)
    controller.poll()
    assert not [c for c in cues if isinstance(c, Say)]
    assert Play(Sound.STEP) in cues and Play(Sound.DONE) in cues
    assert player.test_voice(None, 0.0) is False
    assert [r.name for r in caplog.records].count("kneecare.cues.voice") == 1


def test_the_engine_is_the_platform_s_own_never_qt_s_test_engine():
    assert pick_engine(["mock", "speechd"]) == "speechd"
    assert pick_engine(["sapi", "mock", "winrt"]) == "sapi"
    assert pick_engine(["mock"]) is None
    assert pick_engine([]) is None


def test_settings_reach_the_player_volume_voice_and_rate(qtbot, session, make_player):
    controller, _ = session
    player = make_player(controller)
    names = player.voice_names()
    assert len(names) >= 2  # the mock engine has English voices
    player.apply_settings(Settings(sound_volume=0.2, voice_name=names[1], voice_rate=-0.5))
    assert player.sounds.volume == pytest.approx(0.2)
    qtbot.waitUntil(lambda: player.voice.voice_name == names[1], timeout=5000)
    assert player.voice.rate == pytest.approx(-0.5)
    player.apply_settings(Settings(voice_enabled=False))
    assert player.planner.options.voice is False


def test_the_test_button_reads_a_sample_sentence_in_the_chosen_voice(qtbot, session, make_player):
    controller, _ = session
    player = make_player(controller)
    heard = Listener(player)
    name = player.voice_names()[-1]
    assert player.test_voice(name, 1.0)
    assert player.voice.speaking
    finish_speaking(qtbot, player)
    assert heard.words == words(TEST_SENTENCE)
    assert player.voice.voice_name == name


def test_the_helper_starts_for_a_session_and_ends_soon_after_it(qtbot, clock, session):
    """Idle: no helper. Start brings it (at the latest), and it ends `linger_ms` after the session."""
    controller, plan = session
    player = CuePlayer(controller, FAST, engine="mock", audio="none", linger_ms=300)
    try:
        assert player.helper.process_id is None
        controller.start()
        pid = player.helper.process_id
        assert pid is not None
        qtbot.waitUntil(lambda: player.voice_available, timeout=10_000)
        assert player.helper.start_delay is not None and player.helper.start_delay < 10
        clock.advance(plan.total_seconds)
        controller.poll()
        assert controller.state is State.FINISHED
        assert player.helper.lingering and player.helper.process_id == pid
        qtbot.waitUntil(lambda: player.helper.process_id is None, timeout=5000)
        assert gone_within(pid, seconds=2.0)
        assert not player.voice_available and player.voice_problem is None  # ended, not broken
    finally:
        player.close()


def test_with_nothing_to_play_no_helper_starts(qtbot, clock, session):
    controller, _ = session
    quiet = Settings(
        voice_enabled=False, sound_step=False, sound_switch=False, sound_done=False, sound_volume=0.5
    )
    player = CuePlayer(controller, quiet, engine="mock", audio="none", linger_ms=300)
    try:
        player.prepare()
        controller.start()
        assert player.helper.process_id is None and not player.voice.started
    finally:
        player.close()


def test_when_the_helper_dies_the_session_goes_on_silently_and_says_so_once(
    qtbot, clock, session, make_player, caplog
):
    controller, plan = session
    caplog.set_level(logging.WARNING, logger="kneecare.cues")
    player = make_player(controller)
    heard = Listener(player)
    lost: list[bool] = []
    player.helperLost.connect(lambda: lost.append(True))
    controller.start()
    clock.advance(1.1)
    controller.poll()
    qtbot.waitUntil(lambda: len(heard.words) >= 2, timeout=5000)
    os.kill(player.voice.process_id, signal.SIGKILL)
    qtbot.waitUntil(lambda: not player.voice_available, timeout=5000)
    assert not player.voice.speaking and not player.planner.speaking
    assert "speech helper stopped" in player.voice_problem
    controller.pause()
    controller.resume()
    clock.advance(plan.total_seconds)
    controller.poll()
    assert controller.state is State.FINISHED  # the session went on to its end
    assert heard.cues[-1] == Play(Sound.DONE)
    assert heard.said() == [plan.phases[0].instruction]
    assert [r.name for r in caplog.records].count("kneecare.cues.voice") == 1
    assert [r.name for r in caplog.records].count("kneecare.cues.link") == 1
    assert lost == [True]  # said once (the window shows it in its status bar)
    assert player.helper.process_id is None  # not started again within that session
