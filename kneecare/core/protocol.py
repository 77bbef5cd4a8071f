"""Programs as data: the `Program` and `Step` dataclasses and their strict loader for `programs/*.toml`.

A bad file fails with a `ProgramError` naming the file, the field and what was wrong.
"""

from __future__ import annotations

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
}

MOVEMENT_MOTIONS = (Motion.CIRCLES, Motion.STROKES)
MIN_MOVEMENT_MINUTES = 1.0
MAX_MOVEMENT_MINUTES = 3.0
MIN_TEMPO_SECONDS = 1.0
MAX_TEMPO_SECONDS = 8.0


@dataclass(frozen=True)
class Breathing:
    """A breathing pattern: seconds in through the nose, seconds out through the mouth."""

    inhale: float = 4.0
    exhale: float = 6.0

    @property
    def cycle(self) -> float:
        return self.inhale + self.exhale


@dataclass(frozen=True)
class Step:
    """One step of a program. `seconds` is None only for MOVEMENT, whose length the person chooses."""

    kind: StepKind
    title: str
    instruction: str
    seconds: float | None
    motion: Motion | None = None
    repeat: int = 1
    release_seconds: float = 0.0
    breathing: Breathing | None = None


@dataclass(frozen=True)
class Program:
    """A routine for one knee, repeated for each knee the person chooses."""

    id: str
    name: str
    purpose: str
    steps: tuple[Step, ...]
    movement_minutes: float = 2.0
    motion: Motion = Motion.CIRCLES
    circle_seconds: float = 2.0
    compress_seconds: float = 90.0
    breathing: Breathing = Breathing()
    category: str = "knee"
    source: str = "<memory>"

    def movement_step(self) -> Step | None:
        return next((s for s in self.steps if s.kind is StepKind.MOVEMENT), None)


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
}
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

    def integer(self, key: str, default: int, low: int, high: int) -> int:
        value = self.table.get(key, default)
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
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise top.fail("steps", "a program needs at least one [[steps]] entry")
    steps = tuple(_parse_step(source, i, raw) for i, raw in enumerate(raw_steps))
    if sum(1 for s in steps if s.kind is StepKind.MOVEMENT) > 1:
        raise top.fail("steps", "only one step may be of kind 'movement'")
    breathing = top.breathing("breathing", Breathing())
    assert breathing is not None
    return Program(
        id=top.text("id"),
        name=top.text("name"),
        purpose=top.text("purpose"),
        category=top.text("category", "knee"),
        steps=steps,
        movement_minutes=top.number("movement_minutes", 2.0, MIN_MOVEMENT_MINUTES, MAX_MOVEMENT_MINUTES),
        motion=motion,
        circle_seconds=top.number("circle_seconds", 2.0, MIN_TEMPO_SECONDS, MAX_TEMPO_SECONDS),
        compress_seconds=top.number("compress_seconds", 90.0, 60.0, 120.0),
        breathing=breathing,
        source=source,
    )


def _parse_step(source: str, index: int, raw: object) -> Step:
    prefix = f"steps[{index + 1}]."
    if not isinstance(raw, Mapping):
        raise ProgramError(source, prefix.rstrip("."), "must be a table")
    r = _Reader(source, prefix, raw, _STEP_KEYS)
    kind = r.choice("kind", StepKind, None)
    if kind is StepKind.MOVEMENT:
        if "seconds" in raw:
            raise r.fail("seconds", "a movement step takes its length from movement_minutes")
        seconds: float | None = None
    else:
        seconds = r.number("seconds", None, high=600)
    motion = r.choice("motion", Motion, DEFAULT_MOTION[kind]) if "motion" in raw else None
    repeat = r.integer("repeat", 1, 1, 10)
    release = r.optional_number("release_seconds") or 0.0
    if repeat > 1 and release <= 0:
        raise r.fail("release_seconds", "a repeated step needs a release between rounds")
    return Step(
        kind=kind,
        title=r.text("title"),
        instruction=r.text("instruction"),
        seconds=seconds,
        motion=motion,
        repeat=repeat,
        release_seconds=release,
        breathing=r.breathing("breathing", None),
    )


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
    return programs
