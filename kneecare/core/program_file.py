"""The strict loader for `programs/*.toml`: every key checked (unknown ones refused), every value typed
and bounded, a knee program's length per knee checked; a bad file fails with a `ProgramError` naming the
file, the field and what was wrong. The types it builds are in `kneecare.core.protocol`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from kneecare.core.kept_files import KeptFile, kept_path
from kneecare.core.lazy_dataclass import dataclass
from kneecare.core.protocol import (
    DEFAULT_MOTION,
    MAX_KNEE_SECONDS,
    MAX_MOVEMENT_MINUTES,
    MAX_REP_SECONDS,
    MAX_REPEAT,
    MAX_REPS,
    MAX_STEP_SECONDS,
    MAX_TEMPO_SECONDS,
    MAX_TIMER_SECONDS,
    MIN_KNEE_SECONDS,
    MIN_MOVEMENT_MINUTES,
    MIN_REP_SECONDS,
    MIN_TEMPO_SECONDS,
    MOVEMENT_MOTIONS,
    Breathing,
    Category,
    Cue,
    Interval,
    Motion,
    Per,
    Program,
    ProgramError,
    Step,
    StepKind,
    movement_choices,
    movement_grid,
)

E = TypeVar("E", bound=StrEnum)

ILLUSTRATION_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*\.svg$")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|[{}]")

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
    each_side, placeholders = _sides(r, per)
    length = _length(r, kind, placeholders)
    motion = r.choice("motion", Motion, DEFAULT_MOTION[kind]) if "motion" in raw else None
    repeat, release = _rounds(r, kind)
    return Step(
        kind=kind,
        title=r.words("title", ()),
        instruction="" if kind is StepKind.INTERVALS else r.words("instruction", placeholders),
        seconds=length.seconds,
        motion=motion,
        repeat=repeat,
        release_seconds=release,
        breathing=r.breathing("breathing", None),
        reps=length.reps,
        rep_seconds=length.rep_seconds,
        each_side=each_side,
        intervals=length.intervals,
        release_title=r.optional_words("release_title", ()),
        release_instruction=r.optional_words("release_instruction", placeholders),
        quiet=r.flag("quiet", False),
        end_cue=r.choice("end_cue", Cue, Cue.NONE),
        illustration=r.illustration("illustration"),
        longest=length.longest,
    )


def _sides(r: _Reader, per: Per) -> tuple[bool, tuple[str, ...]]:
    """Whether the step alternates sides, and the placeholders its words may use ({knee}, {side})."""
    if per is Per.SIDE:
        each_side = r.flag("each_side", True)
    else:
        r.forbid("each_side", 'only a program done per side (per = "side") has sides')
        each_side = False
    placeholders = {Per.KNEE: ("knee",), Per.SIDE: ("side",) if each_side else (), Per.NONE: ()}[per]
    return each_side, placeholders


@dataclass(frozen=True)
class _Length:
    """How long one round of a step lasts, as its kind says it: seconds, reps x rep_seconds, intervals."""

    seconds: float | None
    reps: int = 0
    rep_seconds: float = 0.0
    intervals: tuple[Interval, ...] = ()
    longest: float | None = None


def _length(r: _Reader, kind: StepKind, placeholders: Iterable[str]) -> _Length:
    length = _Length(None)
    if kind is StepKind.MOVEMENT:
        r.forbid("seconds", "a movement step takes its length from movement_minutes")
    elif kind is StepKind.REPS:
        r.forbid("seconds", "a reps step lasts reps x rep_seconds")
        reps = r.integer("reps", None, 1, MAX_REPS)
        length = _Length(None, reps, r.number("rep_seconds", None, MIN_REP_SECONDS, MAX_REP_SECONDS))
    elif kind is StepKind.INTERVALS:
        r.forbid("seconds", "an intervals step lasts as long as its intervals together")
        r.forbid("instruction", "each of its [[steps.intervals]] has its own instruction")
        length = _Length(None, intervals=_parse_intervals(r, r.table.get("intervals"), placeholders))
    else:
        high = MAX_TIMER_SECONDS if kind is StepKind.TIMER else MAX_STEP_SECONDS
        length = _Length(r.number("seconds", None, high=high))
    length = replace(length, longest=_longest(r, kind, length.seconds))
    if kind is not StepKind.REPS:
        for key in ("reps", "rep_seconds"):
            r.forbid(key, "only a step of kind 'reps' counts repetitions")
    if kind is not StepKind.INTERVALS:
        r.forbid("intervals", "only a step of kind 'intervals' has intervals")
    return length


def _rounds(r: _Reader, kind: StepKind) -> tuple[int, float]:
    """How many rounds, and the release (seconds) between them."""
    repeat = r.integer("repeat", 1, 1, MAX_REPEAT)
    release = r.optional_number("release_seconds") or 0.0
    if kind is StepKind.INTERVALS and release:
        raise r.fail("release_seconds", "intervals follow each other with no pause between them")
    if repeat > 1 and release <= 0 and kind is not StepKind.INTERVALS:
        raise r.fail("release_seconds", "a repeated step needs a release between rounds")
    if release <= 0:
        for key in ("release_title", "release_instruction"):
            r.forbid(key, "this step has no release (set release_seconds)")
    return repeat, release


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


PARSED = KeptFile(kept_path("program-files"))


def parsed_toml(text: bytes) -> dict[str, Any]:
    """The TOML document `text` as tomllib reads it, kept between starts by its exact bytes (the same
    bytes parse the same way; a start that finds them all imports no tomllib). Raises ValueError (as
    tomllib.TOMLDecodeError, or for bytes that are not UTF-8)."""

    def parse() -> dict[str, Any]:
        import tomllib

        return tomllib.loads(text.decode("utf-8"))

    document: dict[str, Any] = PARSED.get(text, parse, dict)
    return document


def load_program(path: Path) -> Program:
    """Read and validate one program file (every rule checked on every start, kept document or not)."""
    source = path.name
    try:
        text = path.read_bytes()
    except OSError as e:
        raise ProgramError(source, "(file)", f"cannot be read: {e.strerror or e}") from e
    try:
        data = parsed_toml(text)
    except ValueError as e:  # tomllib.TOMLDecodeError, or not UTF-8
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
