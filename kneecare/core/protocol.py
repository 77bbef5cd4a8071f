"""Programs as data: the `Program` and `Step` dataclasses and their strict loader for `programs/*.toml`.

A knee program is done once per knee; a routine (ankle pumps, stretches, elevation, contrast shower) may be
done once, or per side. A bad file fails with a `ProgramError` naming the file, the field and what was wrong.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

E = TypeVar("E", bound=StrEnum)


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
ILLUSTRATION_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*\.svg$")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|[{}]")

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


_PROGRAM_KEYS = {
    "id",
    "name",
    "purpose",
    "category",
    "movement_minutes",
    "motion",
    "circle_seconds",
    "compress_seconds",
    "breathing",
    "steps",
    "per",
    "safety_note",
    "offer_as_finish",
    "illustration",
}
_STEP_KEYS = {
    "kind",
    "title",
    "instruction",
    "seconds",
    "motion",
    "repeat",
    "release_seconds",
    "breathing",
    "reps",
    "rep_seconds",
    "each_side",
    "intervals",
    "release_title",
    "release_instruction",
    "quiet",
    "end_cue",
    "illustration",
    "longest",
}
_INTERVAL_KEYS = {"title", "instruction", "seconds"}
_BREATHING_KEYS = {"inhale", "exhale"}


class _Reader:
    """Typed, named access to one TOML table; every failure says which field and why."""

    def __init__(self, source: str, prefix: str, table: Mapping[str, Any], allowed: set[str]) -> None:
        self.source = source
        self.prefix = prefix
        self.table = table
        for key in table:
            if key not in allowed:
                raise self.fail(key, f"unknown key (allowed: {', '.join(sorted(allowed))})")

    def name(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def fail(self, key: str, problem: str) -> ProgramError:
        return ProgramError(self.source, self.name(key), problem)

    def text(self, key: str, default: str | None = None) -> str:
        value = self.table.get(key, default)
        if value is None:
            raise self.fail(key, "is missing")
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "must be a non-empty text")
        return value.strip()

    def number(
        self, key: str, default: float | None, low: float | None = None, high: float | None = None
    ) -> float:
        value = self.table.get(key, default)
        if value is None:
            raise self.fail(key, "is missing")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(key, f"must be a number, not {value!r}")
        number = float(value)
        if number <= 0:
            raise self.fail(key, f"must be greater than zero, not {value!r}")
        if low is not None and number < low:
            raise self.fail(key, f"must be at least {low:g}, not {value!r}")
        if high is not None and number > high:
            raise self.fail(key, f"must be at most {high:g}, not {value!r}")
        return number

    def optional_number(self, key: str) -> float | None:
        return None if key not in self.table else self.number(key, None)

    def optional_text(self, key: str) -> str | None:
        return None if key not in self.table else self.text(key)

    def flag(self, key: str, default: bool) -> bool:
        value = self.table.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, f"must be true or false, not {value!r}")
        return value

    def illustration(self, key: str) -> str | None:
        name = self.optional_text(key)
        if name is not None and not ILLUSTRATION_NAME.match(name):
            raise self.fail(key, f"{name!r} is not a drawing's file name such as 'ankle-pumps.svg'")
        return name

    def words(self, key: str, placeholders: Iterable[str], default: str | None = None) -> str:
        """A text that may name only the given {placeholders}."""
        value = self.text(key, default)
        allowed = {f"{{{p}}}" for p in placeholders}
        for found in PLACEHOLDER.findall(value):
            if found not in allowed:
                may = f"only {', '.join(sorted(allowed))}" if allowed else "none"
                raise self.fail(key, f"{found} is not a placeholder this text can use ({may})")
        return value

    def optional_words(self, key: str, placeholders: Iterable[str]) -> str | None:
        return None if key not in self.table else self.words(key, placeholders)

    def forbid(self, key: str, why: str) -> None:
        if key in self.table:
            raise self.fail(key, why)

    def integer(self, key: str, default: int | None, low: int, high: int) -> int:
        value = self.table.get(key, default)
        if value is None:
            raise self.fail(key, "is missing")
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"must be a whole number, not {value!r}")
        if not low <= value <= high:
            raise self.fail(key, f"must be from {low} to {high}, not {value!r}")
        return value

    def choice(self, key: str, enum: type[E], default: E | None) -> E:
        value = self.table.get(key)
        if value is None:
            if default is None:
                raise self.fail(key, "is missing")
            return default
        try:
            return enum(value)
        except ValueError:
            options = ", ".join(e.value for e in enum)
            raise self.fail(key, f"{value!r} does not exist (choose one of: {options})") from None

    def breathing(self, key: str, default: Breathing | None) -> Breathing | None:
        value = self.table.get(key)
        if value is None:
            return default
        if not isinstance(value, Mapping):
            raise self.fail(key, "must be a table such as { inhale = 4, exhale = 6 }")
        sub = _Reader(self.source, f"{self.name(key)}.", value, _BREATHING_KEYS)
        return Breathing(
            inhale=sub.number("inhale", 4.0, 1.0, 15.0), exhale=sub.number("exhale", 6.0, 1.0, 20.0)
        )


def parse_program(data: Mapping[str, Any], source: str) -> Program:
    """Validate one program's TOML table and build the `Program`."""
    top = _Reader(source, "", data, _PROGRAM_KEYS)
    motion = top.choice("motion", Motion, Motion.CIRCLES)
    if motion not in MOVEMENT_MOTIONS:
        raise top.fail("motion", "a program moves in circles or strokes")
    category = top.choice("category", Category, Category.KNEE)
    per = top.choice("per", Per, Per.KNEE if category is Category.KNEE else Per.NONE)
    if category is Category.KNEE and per is not Per.KNEE:
        raise top.fail("per", 'a knee program is done per knee (per = "knee")')
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise top.fail("steps", "a program needs at least one [[steps]] entry")
    steps = tuple(_parse_step(source, i, raw, per) for i, raw in enumerate(raw_steps))
    if sum(1 for s in steps if s.kind is StepKind.MOVEMENT) > 1:
        raise top.fail("steps", "only one step may be of kind 'movement'")
    if sum(1 for s in steps if s.longest is not None) > 1:
        raise top.fail("steps", "only one step may let the person choose its length (longest)")
    breathing = top.breathing("breathing", Breathing())
    assert breathing is not None
    program = Program(
        id=top.text("id"),
        name=top.text("name"),
        purpose=top.text("purpose"),
        category=category,
        steps=steps,
        movement_minutes=top.number("movement_minutes", 2.0, MIN_MOVEMENT_MINUTES, MAX_MOVEMENT_MINUTES),
        motion=motion,
        circle_seconds=top.number("circle_seconds", 2.0, MIN_TEMPO_SECONDS, MAX_TEMPO_SECONDS),
        compress_seconds=top.number("compress_seconds", 90.0, 60.0, 120.0),
        breathing=breathing,
        source=source,
        per=per,
        safety_note=top.optional_words("safety_note", ()),
        offer_as_finish=top.flag("offer_as_finish", False),
        illustration=top.illustration("illustration"),
    )
    if category is Category.KNEE:
        _check_knee_time(top, program)
    return program


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.2f}".rstrip("0").rstrip(".")


def _check_knee_time(top: _Reader, program: Program) -> None:
    """A knee program lasts 2 to 5 minutes per knee with its own minutes of movement, and with some."""
    span = f"a knee session lasts {_minutes(MIN_KNEE_SECONDS)} to {_minutes(MAX_KNEE_SECONDS)} min per knee"
    shortest = program.knee_seconds(MIN_MOVEMENT_MINUTES)
    longest = program.knee_seconds(MAX_MOVEMENT_MINUTES)
    if shortest > MAX_KNEE_SECONDS + 1e-6:
        raise top.fail(
            "steps",
            f"each knee takes {_minutes(shortest)} min even with {MIN_MOVEMENT_MINUTES:g} min of movement;"
            f" {span}",
        )
    if longest < MIN_KNEE_SECONDS - 1e-6:
        raise top.fail(
            "steps",
            f"each knee takes only {_minutes(longest)} min even with {MAX_MOVEMENT_MINUTES:g} min of"
            f" movement; {span}",
        )
    minutes = program.movement_minutes
    if minutes not in movement_grid():
        raise top.fail("movement_minutes", f"must be whole or half minutes from 1 to 3, not {minutes:g}")
    choices = movement_choices(program)
    if minutes not in choices:
        raise top.fail(
            "movement_minutes",
            f"{minutes:g} min of movement make {_minutes(program.knee_seconds(minutes))} min per knee; {span}"
            f" (here: {choices[0]:g} to {choices[-1]:g} min of movement)",
        )


def _check_finishes(programs: Iterable[Program]) -> None:
    """Every knee program can finish with every routine offered as a finish and stay within 2 to 5 minutes
    per knee with some minutes of movement."""
    programs = list(programs)
    finishes = [p for p in programs if p.offer_as_finish and p.category is Category.ROUTINE]
    for program in (p for p in programs if p.category is Category.KNEE):
        for finish in finishes:
            if not movement_choices(program, finish):
                seconds = program.knee_seconds(MIN_MOVEMENT_MINUTES, finish)
                raise ProgramError(
                    finish.source,
                    "steps",
                    f"after {program.name} ({program.source}) each knee takes {_minutes(seconds)} min even"
                    f" with {MIN_MOVEMENT_MINUTES:g} min of movement; a knee session lasts"
                    f" {_minutes(MIN_KNEE_SECONDS)} to {_minutes(MAX_KNEE_SECONDS)} min per knee",
                )


def _parse_step(source: str, index: int, raw: object, per: Per) -> Step:
    prefix = f"steps[{index + 1}]."
    if not isinstance(raw, Mapping):
        raise ProgramError(source, prefix.rstrip("."), "must be a table")
    r = _Reader(source, prefix, raw, _STEP_KEYS)
    kind = r.choice("kind", StepKind, None)

    if per is Per.SIDE:
        each_side = r.flag("each_side", True)
    else:
        r.forbid("each_side", 'only a program done per side (per = "side") has sides')
        each_side = False
    placeholders = {Per.KNEE: ("knee",), Per.SIDE: ("side",) if each_side else (), Per.NONE: ()}[per]

    seconds: float | None
    reps, rep_seconds = 0, 0.0
    intervals: tuple[Interval, ...] = ()
    if kind is StepKind.MOVEMENT:
        r.forbid("seconds", "a movement step takes its length from movement_minutes")
        seconds = None
    elif kind is StepKind.REPS:
        r.forbid("seconds", "a reps step lasts reps x rep_seconds")
        seconds = None
        reps = r.integer("reps", None, 1, MAX_REPS)
        rep_seconds = r.number("rep_seconds", None, MIN_REP_SECONDS, MAX_REP_SECONDS)
    elif kind is StepKind.INTERVALS:
        r.forbid("seconds", "an intervals step lasts as long as its intervals together")
        r.forbid("instruction", "each of its [[steps.intervals]] has its own instruction")
        seconds = None
        intervals = _parse_intervals(r, raw.get("intervals"), placeholders)
    else:
        high = MAX_TIMER_SECONDS if kind is StepKind.TIMER else MAX_STEP_SECONDS
        seconds = r.number("seconds", None, high=high)
    longest = _longest(r, kind, seconds)
    if kind is not StepKind.REPS:
        for key in ("reps", "rep_seconds"):
            r.forbid(key, "only a step of kind 'reps' counts repetitions")
    if kind is not StepKind.INTERVALS:
        r.forbid("intervals", "only a step of kind 'intervals' has intervals")

    motion = r.choice("motion", Motion, DEFAULT_MOTION[kind]) if "motion" in raw else None
    repeat = r.integer("repeat", 1, 1, MAX_REPEAT)
    release = r.optional_number("release_seconds") or 0.0
    if kind is StepKind.INTERVALS and release:
        raise r.fail("release_seconds", "intervals follow each other with no pause between them")
    if repeat > 1 and release <= 0 and kind is not StepKind.INTERVALS:
        raise r.fail("release_seconds", "a repeated step needs a release between rounds")
    if release <= 0:
        for key in ("release_title", "release_instruction"):
            r.forbid(key, "this step has no release (set release_seconds)")
    return Step(
        kind=kind,
        title=r.words("title", ()),
        instruction="" if kind is StepKind.INTERVALS else r.words("instruction", placeholders),
        seconds=seconds,
        motion=motion,
        repeat=repeat,
        release_seconds=release,
        breathing=r.breathing("breathing", None),
        reps=reps,
        rep_seconds=rep_seconds,
        each_side=each_side,
        intervals=intervals,
        release_title=r.optional_words("release_title", ()),
        release_instruction=r.optional_words("release_instruction", placeholders),
        quiet=r.flag("quiet", False),
        end_cue=r.choice("end_cue", Cue, Cue.NONE),
        illustration=r.illustration("illustration"),
        longest=longest,
    )


def _longest(r: _Reader, kind: StepKind, seconds: float | None) -> float | None:
    """A timer's `longest`: the person chooses whole minutes from `seconds` up to it."""
    if "longest" not in r.table:
        return None
    if kind is not StepKind.TIMER:
        raise r.fail("longest", "only a step of kind 'timer' lets the person choose its length")
    assert seconds is not None
    longest = r.number("longest", None, high=MAX_TIMER_SECONDS)
    if longest <= seconds:
        raise r.fail("longest", f"must be longer than seconds ({seconds:g}), not {longest:g}")
    if seconds % 60:
        raise r.fail("seconds", f"must be whole minutes (a multiple of 60) with longest, not {seconds:g}")
    if longest % 60:
        raise r.fail("longest", f"must be whole minutes (a multiple of 60), not {longest:g}")
    return longest


def _parse_intervals(r: _Reader, raw: object, placeholders: Iterable[str]) -> tuple[Interval, ...]:
    if not isinstance(raw, list) or len(raw) < 2:
        raise r.fail("intervals", "an intervals step needs at least two [[steps.intervals]] entries")
    intervals: list[Interval] = []
    for number, item in enumerate(raw, start=1):
        name = f"{r.name('intervals')}[{number}]"
        if not isinstance(item, Mapping):
            raise ProgramError(r.source, name, "must be a table")
        sub = _Reader(r.source, f"{name}.", item, _INTERVAL_KEYS)
        intervals.append(
            Interval(
                title=sub.words("title", ()),
                instruction=sub.words("instruction", placeholders),
                seconds=sub.number("seconds", None, high=MAX_STEP_SECONDS),
            )
        )
    return tuple(intervals)


def load_program(path: Path) -> Program:
    """Read and validate one program file."""
    source = path.name
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except OSError as e:
        raise ProgramError(source, "(file)", f"cannot be read: {e.strerror or e}") from e
    except tomllib.TOMLDecodeError as e:
        raise ProgramError(source, "(file)", f"is not valid TOML: {e}") from e
    return parse_program(data, source)


def load_programs(paths: Iterable[Path]) -> list[Program]:
    """Load several program files; ids must be unique. Sorted as the files are."""
    programs: list[Program] = []
    seen: dict[str, str] = {}
    for path in sorted(paths):
        program = load_program(path)
        if program.id in seen:
            raise ProgramError(path.name, "id", f"{program.id!r} is already used by {seen[program.id]}")
        seen[program.id] = path.name
        programs.append(program)
    _check_finishes(programs)
    return programs
