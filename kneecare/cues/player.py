"""`CuePlayer`: listens to the SessionController, asks the cue planner what to play and when, and has the
cue helper process play it (sounds and voice). It decides nothing itself; timing comes from the session
clock. The helper runs only around a session: `prepare()` starts it, and it ends a while after."""

from __future__ import annotations

import logging
import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from kneecare.core.cues import Cue, CuePlanner, Hush, Play, Say, Sound
from kneecare.core.plan import Phase
from kneecare.core.session import PauseReason, SessionResult, State
from kneecare.cues.link import LINGER_MS, CueHelper
from kneecare.cues.voice import TEST_SENTENCE, Voice
from kneecare.session.controller import SessionController
from kneecare.settings import Settings

log = logging.getLogger(__name__)

REARM_SLACK_MS = 2  # the wake-up timer is left alone when it already rings within this of the moment
BUSY = (State.READY, State.RUNNING, State.PAUSED)  # a session loaded, running or paused: the helper stays


class Sounds:
    """The cue sounds as the app sees them: a volume, and a request to the helper per sound. `problem`
    is what the helper last reported (no audio output, a missing file); None until it has said."""

    def __init__(self, helper: CueHelper) -> None:
        self.helper = helper
        self.volume = 0.5
        self.problem: str | None = None

    @property
    def working(self) -> bool:
        return self.problem is None

    def set_volume(self, volume: float) -> None:
        self.volume = min(1.0, max(0.0, volume))

    def play(self, sound: Sound) -> None:
        if self.volume > 0.0 and self.problem is None:
            self.helper.send_sound(sound.value, self.volume)

    def heard(self, event: dict[str, object]) -> None:
        """The helper's word on the sounds: a problem is logged here once (the helper logs it too)."""
        match event.get("ev"):
            case "ready":
                problem = event.get("sound_problem")
                self._mute(str(problem) if problem else None)
            case "muted":
                self._mute(str(event.get("problem", "")) or "sounds stopped")

    def _mute(self, problem: str | None) -> None:
        if problem is not None and self.problem is None:
            log.warning("sounds: %s; carrying on without them", problem)
        self.problem = problem


class CuePlayer(QObject):
    """The sounds and the voice of a session. `performed` carries each cue as it is carried out (a `Play`,
    `Say` or `Hush`), whether or not a loudspeaker is there to hear it."""

    performed = Signal(object)
    voiceAvailabilityChanged = Signal(bool)
    helperLost = Signal()  # the cue helper died during a session: it goes on silently (said once)

    def __init__(
        self,
        controller: SessionController,
        settings: Settings,
        *,
        engine: str | None = None,
        audio: str = "default",
        sounds_folder: Path | None = None,
        linger_ms: int = LINGER_MS,
        language: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`engine`: the speech engine (None: the platform's own); `audio` "none" plays on a null device
        (tests); `linger_ms`: how long the helper stays after the session lets it go; `language`: the steps'
        language, our code (None: the one the app installed), which only a voice of that language reads."""
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        arguments = ["--audio", audio] + (["--sounds", str(sounds_folder)] if sounds_folder else [])
        self.helper = CueHelper(arguments, linger_ms=linger_ms, parent=self)
        self.sounds = Sounds(self.helper)
        self.voice = Voice(self.helper, engine, self, language=language)
        self._silenced = False  # the helper died in this session: silent until it ends
        self.helper.message.connect(self.sounds.heard)
        self.helper.lost.connect(self._helper_lost)
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
    def voice_missing_language(self) -> str | None:
        """The steps' language (our code) when no voice of the engine reads it (`voice_problem` says so)."""
        return self.voice.missing_language

    @property
    def sound_problem(self) -> str | None:
        return self.sounds.problem

    def voice_names(self) -> list[str]:
        return self.voice.voice_names()

    # -- settings ---------------------------------------------------------------------------------

    def start_voice(self) -> None:
        """Open the speech engine (in the helper, started for it) if it is not open yet: the settings
        dialog lists the voices. The helper stays until `release()`."""
        self.voice.start()
        self.voice.configure(self.settings.voice_name, self.settings.voice_rate)

    def wants_helper(self, settings: Settings | None = None) -> bool:
        """Whether these settings play anything: a sound at some moment, or the voice."""
        s = settings or self.settings
        sounds = s.sound_volume > 0 and (
            s.sound_step or s.sound_switch or s.sound_done or s.sound_breathing or s.sound_ticks
        )
        return sounds or s.voice_enabled

    def prepare(self) -> None:
        """A session is near (the set-up has focus, the before-rating opened, or Start): start the helper
        now, so that the first chime and sentence are on time. Nothing when nothing is to be played."""
        if self._silenced or not self.wants_helper():
            return
        self.helper.hold()
        if self.settings.voice_enabled:
            self.start_voice()
        self._perform(self.planner.set_options(self.settings.cue_options(self.voice.usable)))
        self.release()  # no session yet (only near): if none starts, the helper ends after its linger

    def release(self) -> None:
        """Nothing near needs the helper (the session ended, the dialog closed): it ends a while after."""
        if self.controller.state not in BUSY:
            self.helper.release()

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        if settings.voice_enabled and self.helper.running:
            self.voice.start()
        self.sounds.set_volume(settings.sound_volume)
        self.voice.configure(settings.voice_name, settings.voice_rate)
        self._perform(self.planner.set_options(settings.cue_options(self.voice.usable)))

    def preview_sound(self, volume: float, sound: Sound = Sound.STEP) -> None:
        """Play one chime at `volume` (the settings' "Play a chime" button), starting the helper for it."""
        self.helper.hold()
        self.sounds.set_volume(volume)
        self.sounds.play(sound)

    def test_voice(self, name: str | None, rate: float) -> bool:
        """Say a sample sentence with this voice and rate (the settings' "Test voice" button)."""
        if not self.voice.usable:
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
        log.info("cues: the session is %s", state.value)
        if state in BUSY:
            self.prepare()  # at the latest on Start
        else:
            self.release()
            self._silenced = False  # the next session tries the helper again
        self._rearm()

    def _helper_lost(self) -> None:
        """The helper died: the session goes on without sound or voice, and says so once."""
        if self.controller.state in BUSY:
            self._silenced = True
            self.helperLost.emit()

    def _speech_done(self) -> None:
        self.planner.speech_finished()
        self._rearm()

    def _voice_availability(self, available: bool) -> None:
        """The engine answered (or broke down): the voice joins in, or the chimes carry on alone."""
        self._perform(self.planner.set_options(self.settings.cue_options(voice_works=available)))
        self.voiceAvailabilityChanged.emit(available)

    def close(self) -> None:
        """At quit: stop the voice and end the helper at once."""
        self._wake_timer.stop()
        self.voice.close()
        self.helper.close()

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
