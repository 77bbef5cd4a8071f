"""The cue planner: from the session's events and its clock, decides which sound to play or sentence to
speak, and when. Plain Python; the Qt player in `kneecare/cues/` only carries out what it is told.

Timing follows the session clock (`Snapshot.phase_elapsed` and `Snapshot.elapsed`, which stand still while
paused), never a count of timer callbacks, so a pause or a late timer loses no cue and adds none.

The rules, so that the voice is always heard clearly:
- a new step rings a chime (another one when the knee changes); the step's instruction is spoken once the
  chime has rung out, and a chime always cuts a sentence still being spoken, so the two never overlap;
- ticks (one per circle or stroke, at the phase's tempo, or one per repetition of a routine's counted
  phase) and breathing tones (rising at each inhale, falling at each exhale) stay silent while the voice
  speaks or a chime rings, and all through a quiet phase (the legs-up timer);
- a routine's "switch" (warm to cool water) rings the switch chime, as a change of knee does;
- one sound at a time: a breathing tone wins over a tick falling at the same moment or while it rings (the
  player has one sound channel, see kneecare/cues/sounds.py);
- pausing cuts the sentence; resuming says it again from the start.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import field
from enum import StrEnum
from types import MappingProxyType

from kneecare.core.lazy_dataclass import dataclass
from kneecare.core.plan import Phase
from kneecare.core.protocol import Cue as PhaseCue
from kneecare.core.protocol import Motion
from kneecare.core.session import Outcome, Snapshot, State


class Sound(StrEnum):
    """The cue sounds; each is `resources/sounds/<value>.wav`."""

    STEP = "step"
    SWITCH = "switch"
    DONE = "done"
    INHALE = "inhale"
    EXHALE = "exhale"
    TICK = "tick"

    @property
    def file_name(self) -> str:
        return f"{self.value}.wav"


# How long each sound file lasts (resources/sounds/make_sounds.py makes them; a test keeps both in step).
SOUND_SECONDS: Mapping[Sound, float] = MappingProxyType(
    {
        Sound.STEP: 0.9,
        Sound.SWITCH: 1.1,
        Sound.DONE: 1.8,
        Sound.INHALE: 0.9,
        Sound.EXHALE: 0.9,
        Sound.TICK: 0.06,
    }
)

SPEECH_GAP = 0.15  # seconds of quiet between a chime's end and the voice
RHYTHM_MOTIONS = frozenset({Motion.CIRCLES, Motion.STROKES})  # the motions that get a tick per round
EPSILON = 1e-6  # seconds: float slack when a cue falls exactly on a boundary


def speech_allowance(text: str) -> float:
    """The longest a sentence may take, even spoken slowly; after that the planner stops waiting for the
    voice to say it is done (an engine that never reports must not silence the ticks for good)."""
    return 3.0 + 0.8 * len(text.split())


@dataclass(frozen=True)
class CueOptions:
    """Which cues the person wants. `voice` is off too when no speech engine works."""

    step: bool = True
    switch: bool = True
    done: bool = True
    breathing: bool = False
    ticks: bool = False
    voice: bool = True
    lengths: Mapping[Sound, float] = field(default_factory=lambda: SOUND_SECONDS)

    def chime_for(self, knee_changed: bool) -> Sound | None:
        """The chime for a new step: the switch chime when the knee changes (the step chime if that one is
        off), else the step chime; None when the person turned them off."""
        if knee_changed and self.switch:
            return Sound.SWITCH
        return Sound.STEP if self.step else None


@dataclass(frozen=True)
class Play:
    """Play one sound now."""

    sound: Sound


@dataclass(frozen=True)
class Say:
    """Speak a step's instruction now."""

    text: str
    phase_index: int


@dataclass(frozen=True)
class Hush:
    """Stop the voice at once, mid-sentence if need be."""


Cue = Play | Say | Hush


class CuePlanner:
    """Decides the cues of one session at a time.

    Events: `phase_started`, `paused`, `resumed`, `finished`, `speech_finished` (from the player, when the
    voice is done). Time: `due(snapshot)` answers the cues whose moment has come; `next_due(snapshot)` says
    how many seconds of running session until the next one, so the player can sleep until then.
    """

    def __init__(self, options: CueOptions | None = None) -> None:
        self._options = options or CueOptions()
        self._phase: Phase | None = None
        self._handled = 0.0  # phase seconds up to which timed cues are dealt with
        self._say_at: float | None = None  # phase seconds at which to speak the instruction
        self._speaking = False
        self._speaking_until = 0.0  # phase seconds: the voice is assumed done by then
        self._resay = False  # the sentence was cut by a pause: say it again on resume
        self._quiet_until = 0.0  # phase seconds: a chime rings until then
        self._ringing_until = 0.0  # phase seconds: a breathing tone or tick rings until then

    # -- reading -------------------------------------------------------------------------------

    @property
    def options(self) -> CueOptions:
        return self._options

    @property
    def speaking(self) -> bool:
        return self._speaking

    @property
    def phase(self) -> Phase | None:
        return self._phase

    # -- events --------------------------------------------------------------------------------

    def set_options(self, options: CueOptions) -> list[Cue]:
        """The person changed the settings (or the voice broke down): stop speaking if the voice went off."""
        self._options = options
        if not options.voice:
            self._say_at = None
            self._resay = False
            return self._hush()
        return []

    def phase_started(self, phase: Phase) -> list[Cue]:
        """A step begins (also when skipped to while paused): cut the voice, ring, then speak."""
        previous = self._phase
        cues = self._hush()
        knee_changed = (
            previous is not None
            and previous.knee is not None
            and phase.knee is not None
            and previous.knee != phase.knee
        )
        chime = self._options.chime_for(knee_changed or phase.start_cue is PhaseCue.SWITCH)
        self._phase = phase
        self._handled = 0.0
        self._resay = False
        self._quiet_until = 0.0
        self._ringing_until = 0.0
        if chime is not None:
            cues.append(Play(chime))
            self._quiet_until = self._options.lengths[chime]
        if self._options.voice:
            self._say_at = self._quiet_until + SPEECH_GAP if chime is not None else 0.0
        else:
            self._say_at = None
        return cues

    def paused(self) -> list[Cue]:
        """Nothing sounds while paused; a sentence being spoken is cut, and said again on resume."""
        if self._speaking:
            self._resay = True
        return self._hush()

    def resumed(self) -> list[Cue]:
        if self._resay and self._options.voice:
            self._say_at = self._handled  # at once, on the next `due`
        self._resay = False
        return []

    def finished(self, outcome: Outcome) -> list[Cue]:
        """The session ended: cut the voice; the done chime only for a session completed."""
        cues = self._hush()
        if outcome is Outcome.COMPLETED and self._options.done:
            cues.append(Play(Sound.DONE))
        self._phase = None
        self._say_at = None
        self._resay = False
        return cues

    def speech_finished(self) -> None:
        """The voice has finished (or given up on) the sentence."""
        self._speaking = False

    # -- time ----------------------------------------------------------------------------------

    def due(self, snap: Snapshot) -> list[Cue]:
        """The cues whose moment came between the last call and `snap` (at most one tick and one breath
        tone: after a stall the person hears the current beat, not a burst of old ones)."""
        phase = self._current(snap)
        if phase is None:
            return []
        now = snap.phase_elapsed
        if now < self._handled:
            return []
        since = self._handled
        self._handled = now
        cues: list[Cue] = []
        if self._speaking and now >= self._speaking_until:
            self._speaking = False
        if self._say_at is not None and now + EPSILON >= self._say_at:
            self._say_at = None
            self._speaking = True
            self._speaking_until = now + speech_allowance(phase.instruction)
            cues.append(Say(phase.instruction, phase.index))
        if self._speaking or now < self._quiet_until:
            return cues  # what fell due in the quiet is dropped, not delayed: a late beat misleads
        base = snap.elapsed - snap.phase_elapsed  # session seconds at the start of this phase
        breath = self._breath_in(phase, base + since, base + now)
        if breath is not None:
            cues.append(Play(breath))
            self._ringing_until = now + self._options.lengths[breath]
        elif self._tick_in(phase, since, now) and now + EPSILON >= self._ringing_until:
            cues.append(Play(Sound.TICK))
            self._ringing_until = now + self._options.lengths[Sound.TICK]
        return cues

    def next_due(self, snap: Snapshot) -> float | None:
        """Seconds of running session until `due` has something to say; None while nothing is scheduled."""
        phase = self._current(snap)
        if phase is None:
            return None
        now = snap.phase_elapsed
        moments: list[float] = []
        if self._say_at is not None:
            moments.append(self._say_at)
        if self._speaking:
            moments.append(self._speaking_until)
        period = _beat(phase)
        if self._options.ticks and period is not None:
            beat = math.floor(now / period + EPSILON) + 1
            if beat * period < phase.duration - EPSILON:
                moments.append(beat * period)
        if self._options.breathing and not phase.quiet:
            base = snap.elapsed - snap.phase_elapsed
            turn = _next_breath_turn(phase, base + now)
            if turn - base < phase.duration - EPSILON:
                moments.append(turn - base)
        if not moments:
            return None
        return max(0.0, min(moments) - now)

    # -- inside --------------------------------------------------------------------------------

    def _current(self, snap: Snapshot) -> Phase | None:
        phase = self._phase
        if (
            phase is None
            or snap.state is not State.RUNNING
            or snap.phase is None
            or snap.phase.index != phase.index
        ):
            return None
        return phase

    def _hush(self) -> list[Cue]:
        if not self._speaking:
            return []
        self._speaking = False
        return [Hush()]

    def _tick_in(self, phase: Phase, since: float, now: float) -> bool:
        """Whether a beat falls in (since, now]: one at every tempo (or rep) after the phase start, none at
        its end (the next step's chime rings there)."""
        period = _beat(phase)
        if not self._options.ticks or period is None:
            return False
        last = math.floor(now / period + EPSILON)
        if last * period >= phase.duration - EPSILON:
            last = math.ceil(phase.duration / period - EPSILON) - 1
        return last >= 1 and last > math.floor(since / period + EPSILON)

    def _breath_in(self, phase: Phase, since: float, now: float) -> Sound | None:
        """The latest turn of the breath in (since, now] of session seconds: INHALE where a breath begins,
        EXHALE where the out-breath begins. The pattern runs on the session's seconds, as the pacer does."""
        if not self._options.breathing or phase.quiet:
            return None
        inhale, cycle = phase.breathing.inhale, phase.breathing.cycle
        start = math.floor(now / cycle + EPSILON) * cycle
        latest_in = start if start > since + EPSILON else None
        out = start + inhale if start + inhale <= now + EPSILON else start - cycle + inhale
        latest_out = out if out > since + EPSILON else None
        if latest_in is None and latest_out is None:
            return None
        if latest_out is None or (latest_in is not None and latest_in > latest_out):
            return Sound.INHALE
        return Sound.EXHALE


def _beat(phase: Phase) -> float | None:
    """Seconds between ticks: a rep of a counted phase, a circle or stroke of a moving one; else None."""
    if phase.quiet:
        return None
    if phase.counts_reps:
        return phase.rep_seconds
    return phase.tempo if phase.motion in RHYTHM_MOTIONS else None


def _next_breath_turn(phase: Phase, now: float) -> float:
    """The next session second after `now` at which the breath turns (in or out)."""
    inhale, cycle = phase.breathing.inhale, phase.breathing.cycle
    start = math.floor(now / cycle + EPSILON) * cycle
    for turn in (start + inhale, start + cycle):
        if turn > now + EPSILON:
            return turn
    return start + cycle + inhale
