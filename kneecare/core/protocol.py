"""Programs as data: the `Program` and `Step` dataclasses, their enums and limits, and the per-knee length
rules (2 to 5 minutes per knee, the minutes of movement on offer). The strict loader for
`programs/*.toml` is `kneecare.core.program_file`.

A knee program is done once per knee; a routine (ankle pumps, stretches, elevation, contrast shower) may be
done once, or per side. A bad file fails with a `ProgramError` naming the file, the field and what was wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum

from kneecare.core.lazy_dataclass import dataclass


class ProgramError(ValueError):
    """A program file that cannot be used; the message names the file, the field and the problem."""

    def __init__(self, source: str, field: str, problem: str) -> None:
        super().__init__(f"{source}: {field}: {problem}")
        self.source = source
        self.field = field
        self.problem = problem


class StepKind(StrEnum):
    """The steps of the routine, in the order the seed gives them."""

    POSITION = "position"
    WARM_UP = "warm_up"
    LOCATE = "locate"
    PRESSURE = "pressure"
    MOVEMENT = "movement"
    HOLD = "hold"
    FINISH = "finish"
    # The routines beyond the knee points.
    REPS = "reps"  # counted repetitions at a steady tempo (ankle pumps, calf raises)
    STRETCH = "stretch"  # a still stretch held for a set time (calf, hamstring)
    TIMER = "timer"  # a long, quiet stretch of time (legs raised)
    INTERVALS = "intervals"  # alternating intervals with a switch between them (contrast shower)


class Category(StrEnum):
    """What a program is; the history records it as the session's kind."""

    KNEE = "knee"
    ROUTINE = "routine"


class Per(StrEnum):
    """What a program's steps are done for: each chosen knee, each side of the body, or once."""

    KNEE = "knee"
    SIDE = "side"
    NONE = "none"


class Cue(StrEnum):
    """A signal at the start or end of a phase that the window (and later a sound) can follow."""

    NONE = "none"
    SWITCH = "switch"  # change over now (warm to cool water)
    CHIME = "chime"  # a gentle sign that a quiet timer is over


class Motion(StrEnum):
    """What the hands do during a phase; the window animates it."""

    STILL = "still"
    CIRCLES = "circles"
    STROKES = "strokes"
    HOLD = "hold"
    CALF_STROKES = "calf_strokes"


# The motion each step kind shows unless the step says otherwise. MOVEMENT takes the program's motion.
DEFAULT_MOTION: Mapping[StepKind, Motion] = {
    StepKind.POSITION: Motion.STILL,
    StepKind.WARM_UP: Motion.STILL,
    StepKind.LOCATE: Motion.STILL,
    StepKind.PRESSURE: Motion.STILL,
    StepKind.MOVEMENT: Motion.CIRCLES,
    StepKind.HOLD: Motion.HOLD,
    StepKind.FINISH: Motion.CALF_STROKES,
    StepKind.REPS: Motion.STILL,
    StepKind.STRETCH: Motion.STILL,
    StepKind.TIMER: Motion.STILL,
    StepKind.INTERVALS: Motion.STILL,
}

MOVEMENT_MOTIONS = (Motion.CIRCLES, Motion.STROKES)
MIN_MOVEMENT_MINUTES = 1.0
MAX_MOVEMENT_MINUTES = 3.0
MOVEMENT_STEP_MINUTES = 0.5  # the window offers the minutes of movement in half minutes
# A knee session lasts 2 to 5 minutes per knee, every phase for that knee counted (from settling in to the
# strokes down the calf, a finishing routine done per knee too); the warm compress before it is not counted.
MIN_KNEE_SECONDS = 120.0
MAX_KNEE_SECONDS = 300.0
# The warm compress before a knee session: 1 to 2 minutes, offered in whole minutes.
MIN_COMPRESS_SECONDS = 60.0
MAX_COMPRESS_SECONDS = 120.0
COMPRESS_MINUTES = (1, 2)
# The steps in which the hands press: each says the pressure is firm but never painful.
PRESSING_KINDS = frozenset({StepKind.PRESSURE, StepKind.MOVEMENT, StepKind.HOLD})
MIN_TEMPO_SECONDS = 1.0
MAX_TEMPO_SECONDS = 8.0
MAX_STEP_SECONDS = 600.0
MAX_TIMER_SECONDS = 30 * 60.0
MAX_REPS = 100
MIN_REP_SECONDS = 1.0
MAX_REP_SECONDS = 10.0
MAX_REPEAT = 10

# What a release (or rest) between rounds says, unless the step says otherwise.
DEFAULT_RELEASE: Mapping[StepKind, tuple[str, str]] = {
    StepKind.REPS: ("Rest", "Let your legs rest; the next set starts when the timer ends."),
    StepKind.STRETCH: ("Release", "Ease out of the stretch slowly and let the leg go loose."),
}
KNEE_RELEASE = ("Release", "Let go and let the hollow rest before the next hold.")


@dataclass(frozen=True)
class Breathing:
    """A breathing pattern: seconds in through the nose, seconds out through the mouth."""

    inhale: float = 4.0
    exhale: float = 6.0

    @property
    def cycle(self) -> float:
        return self.inhale + self.exhale


@dataclass(frozen=True)
class Interval:
    """One part of an alternating step (warm water, then cool water)."""

    title: str
    instruction: str
    seconds: float


@dataclass(frozen=True)
class Step:
    """One step of a program.

    `seconds` is None for MOVEMENT (the person chooses its length), for REPS (reps x rep_seconds) and for
    INTERVALS (the sum of its intervals). A TIMER with `longest` lets the person choose its length in whole
    minutes, from `seconds` (the default) to `longest`. `repeat` rounds are separated by a release of
    `release_seconds` (for REPS, that release is the rest between sets). `each_side` steps alternate left
    and right within each round.
    """

    kind: StepKind
    title: str
    instruction: str
    seconds: float | None
    motion: Motion | None = None
    repeat: int = 1
    release_seconds: float = 0.0
    breathing: Breathing | None = None
    reps: int = 0
    rep_seconds: float = 0.0
    each_side: bool = False
    intervals: tuple[Interval, ...] = ()
    release_title: str | None = None
    release_instruction: str | None = None
    quiet: bool = False
    end_cue: Cue = Cue.NONE
    illustration: str | None = None
    longest: float | None = None

    @property
    def round_seconds(self) -> float | None:
        """The length of one round on one side, when the step fixes it."""
        if self.kind is StepKind.REPS:
            return self.reps * self.rep_seconds
        if self.kind is StepKind.INTERVALS:
            return sum(i.seconds for i in self.intervals)
        return self.seconds

    @property
    def timer_range(self) -> tuple[float, float] | None:
        """The shortest and longest length the person may choose (seconds), when the step lets them."""
        if self.longest is None or self.seconds is None:
            return None
        return (self.seconds, self.longest)

    def seconds_for_one(self, movement_seconds: float) -> float:
        """How long the step takes for one knee (or once): every round and side, with the releases between
        them; a movement step lasts `movement_seconds`, a timer its default length."""
        units = self.repeat * (2 if self.each_side else 1)
        body = movement_seconds if self.kind is StepKind.MOVEMENT else self.round_seconds
        assert body is not None
        return units * body + (units - 1) * self.release_seconds

    def release_words(self) -> tuple[str, str]:
        title, instruction = DEFAULT_RELEASE.get(self.kind, KNEE_RELEASE)
        return (self.release_title or title, self.release_instruction or instruction)


@dataclass(frozen=True)
class Program:
    """A knee program (its steps repeated for each knee the person chooses) or a routine (done once, per
    side or per knee). `safety_note` must be acknowledged before it starts; `offer_as_finish` lets it be
    chained after a knee session."""

    id: str
    name: str
    purpose: str
    steps: tuple[Step, ...]
    movement_minutes: float = 2.0
    motion: Motion = Motion.CIRCLES
    circle_seconds: float = 2.0
    compress_seconds: float = MIN_COMPRESS_SECONDS
    breathing: Breathing = Breathing()
    category: Category = Category.KNEE
    source: str = "<memory>"
    per: Per = Per.KNEE
    safety_note: str | None = None
    offer_as_finish: bool = False
    illustration: str | None = None

    def movement_step(self) -> Step | None:
        return next((s for s in self.steps if s.kind is StepKind.MOVEMENT), None)

    def adjustable_timer(self) -> Step | None:
        """The timer step whose length the person may choose (`longest`), if the program has one."""
        return next((s for s in self.steps if s.timer_range is not None), None)

    @property
    def is_routine(self) -> bool:
        return self.category is Category.ROUTINE

    @property
    def uses_knees(self) -> bool:
        """Whether the person's choice of knees changes this program."""
        return self.per is Per.KNEE

    def knee_seconds(self, movement_minutes: float | None = None, finish: Program | None = None) -> float:
        """Every second of this program for one knee (its default minutes of movement unless given), with
        a finishing routine's per-knee steps; the warm compress is not part of it."""
        minutes = self.movement_minutes if movement_minutes is None else movement_minutes
        seconds = sum(step.seconds_for_one(minutes * 60.0) for step in self.steps)
        if finish is not None and finish.per is Per.KNEE:
            seconds += finish.knee_seconds()
        return seconds


def movement_grid() -> tuple[float, ...]:
    """Every length of movement the window can offer: 1 to 3 minutes in half minutes."""
    count = round((MAX_MOVEMENT_MINUTES - MIN_MOVEMENT_MINUTES) / MOVEMENT_STEP_MINUTES)
    return tuple(MIN_MOVEMENT_MINUTES + i * MOVEMENT_STEP_MINUTES for i in range(count + 1))


def fits_per_knee(seconds: float) -> bool:
    """Whether a knee session's time for one knee is within 2 to 5 minutes."""
    return MIN_KNEE_SECONDS - 1e-6 <= seconds <= MAX_KNEE_SECONDS + 1e-6


def movement_choices(program: Program, finish: Program | None = None) -> tuple[float, ...]:
    """The minutes of movement a person may choose for `program` (finishing with `finish`): for a knee
    program, those that keep each knee within 2 to 5 minutes; a routine takes no minutes of movement, so
    any is fine. The set-up panel offers exactly these."""
    grid = movement_grid()
    if program.category is not Category.KNEE:
        return grid
    return tuple(m for m in grid if fits_per_knee(program.knee_seconds(m, finish)))


def knee_minutes_span(program: Program, finishes: Iterable[Program] = ()) -> tuple[float, float] | None:
    """The shortest and longest minutes per knee a knee program can take with the choices the window
    offers (minutes of movement, nothing or one of `finishes` after it); None for a routine."""
    if program.category is not Category.KNEE:
        return None
    seconds = [
        program.knee_seconds(m, finish)
        for finish in (None, *finishes)
        for m in movement_choices(program, finish)
    ]
    if not seconds:
        return None
    return (min(seconds) / 60.0, max(seconds) / 60.0)


def goal_kinds(count_routines: bool) -> tuple[str, ...]:
    """The session kinds that count towards the daily goal: knee sessions, and routines if chosen."""
    if count_routines:
        return tuple(c.value for c in Category)
    return (Category.KNEE.value,)
