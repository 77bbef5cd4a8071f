"""`CuePlayer`: listens to the SessionController, asks the cue planner what to play and when, and plays it
with the sound bank and the voice. It decides nothing itself; timing comes from the session clock."""

from __future__ import annotations

import logging
import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtMultimedia import QAudioDevice

from kneecare.assets import resource
from kneecare.core.cues import Cue, CuePlanner, Hush, Play, Say, Sound
from kneecare.core.plan import Phase
from kneecare.core.session import PauseReason, SessionResult, State
from kneecare.cues.sounds import SoundBank
from kneecare.cues.voice import TEST_SENTENCE, Voice
from kneecare.session.controller import SessionController
from kneecare.settings import Settings

log = logging.getLogger(__name__)

REARM_SLACK_MS = 2  # the wake-up timer is left alone when it already rings within this of the moment


class CuePlayer(QObject):
    """The sounds and the voice of a session. `performed` carries each cue as it is carried out (a `Play`,
    `Say` or `Hush`), whether or not a loudspeaker is there to hear it."""

    performed = Signal(object)
    voiceAvailabilityChanged = Signal(bool)

    def __init__(
        self,
        controller: SessionController,
        settings: Settings,
        *,
        engine: str | None = None,
        audio_device: QAudioDevice | None = None,
        sounds_folder: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        self.sounds = SoundBank(sounds_folder or resource("sounds"), audio_device, self)
        self.voice = Voice(engine, self)
        self.planner = CuePlanner(settings.cue_options(self.voice.available))
        self._wake_timer = QTimer(self)
        self._wake_timer.setSingleShot(True)
        self._wake_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._wake_timer.timeout.connect(self.wake)
        self.voice.finished.connect(self._speech_done)
        self.voice.availabilityChanged.connect(self._voice_availability)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)
        controller.phaseStarted.connect(self._phase_started)
        controller.progressed.connect(self._progressed)
        controller.paused.connect(self._paused)
        controller.resumed.connect(self._resumed)
        controller.finished.connect(self._finished)
        controller.stateChanged.connect(self._state_changed)
        self.apply_settings(settings)

    # -- what the settings dialog shows ---------------------------------------------------------

    @property
    def voice_available(self) -> bool:
        return self.voice.available

    @property
    def voice_starting(self) -> bool:
        return self.voice.starting

    @property
    def voice_problem(self) -> str | None:
        return self.voice.problem

    @property
    def sound_problem(self) -> str | None:
        return self.sounds.problem

    def voice_names(self) -> list[str]:
        return self.voice.voice_names()

    # -- settings ---------------------------------------------------------------------------------

    def start_voice(self) -> None:
        """Open the speech engine (in its helper process) if it is not open yet."""
        self.voice.start()

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        if settings.voice_enabled:
            self.voice.start()  # a helper process only for someone who wants the voice
        self.sounds.set_volume(settings.sound_volume)
        self.voice.configure(settings.voice_name, settings.voice_rate)
        self._perform(self.planner.set_options(settings.cue_options(self.voice.available)))

    def preview_sound(self, volume: float, sound: Sound = Sound.STEP) -> None:
        """Play one chime at `volume` (the settings' "Play a chime" button)."""
        self.sounds.set_volume(volume)
        self.sounds.play(sound)

    def test_voice(self, name: str | None, rate: float) -> bool:
        """Say a sample sentence with this voice and rate (the settings' "Test voice" button)."""
        if not self.voice.available:
            return False
        self.voice.configure(name, rate)
        self.voice.say(QCoreApplication.translate("Voice", TEST_SENTENCE))  # in the language of the steps
        return True

    # -- the session -----------------------------------------------------------------------------

    def wake(self) -> None:
        """The planner's moment came (or the display ticked): play whatever is due now."""
        self._perform(self.planner.due(self.controller.snapshot()))

    def _phase_started(self, phase: Phase) -> None:
        self._perform(self.planner.phase_started(phase))

    def _progressed(self, elapsed: float, remaining: float) -> None:
        self.wake()

    def _paused(self, reason: PauseReason) -> None:
        self._perform(self.planner.paused())

    def _resumed(self) -> None:
        self._perform(self.planner.resumed())

    def _finished(self, result: SessionResult) -> None:
        self._perform(self.planner.finished(result.outcome))

    def _state_changed(self, state: State) -> None:
        self._rearm()

    def _speech_done(self) -> None:
        self.planner.speech_finished()
        self._rearm()

    def _voice_availability(self, available: bool) -> None:
        """The engine answered (or broke down): the voice joins in, or the chimes carry on alone."""
        self._perform(self.planner.set_options(self.settings.cue_options(voice_works=available)))
        self.voiceAvailabilityChanged.emit(available)

    def close(self) -> None:
        """At quit: stop the voice and its thread."""
        self._wake_timer.stop()
        self.voice.close()

    def _perform(self, cues: list[Cue]) -> None:
        for cue in cues:
            match cue:
                case Play(sound):
                    self.sounds.play(sound)
                case Say(text):
                    self.voice.say(text)
                case Hush():
                    self.voice.stop()
            log.debug("cue: %s", cue)
            self.performed.emit(cue)
        self._rearm()

    def _rearm(self) -> None:
        """Sleep until the planner's next moment; the display tick (`progressed`) wakes us meanwhile."""
        wait = self.planner.next_due(self.controller.snapshot())
        timer = self._wake_timer
        if wait is None:
            if timer.isActive():
                timer.stop()
            return
        ms = min(math.ceil(wait * 1000), 2**31 - 1)
        if not (timer.isActive() and abs(timer.remainingTime() - ms) <= REARM_SLACK_MS):
            timer.start(ms)
