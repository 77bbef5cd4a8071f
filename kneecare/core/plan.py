"""Turns a program and the person's options (knees, minutes, compress, motion, tempo, a timer's length, a
routine to finish with) into one timed list of phases: per knee, per side, or once, with reps, holds, rests
and intervals."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import field, replace
from enum import StrEnum

from kneecare.core.lazy_dataclass import dataclass
from kneecare.core.protocol import (
    DEFAULT_MOTION,
    MAX_COMPRESS_SECONDS,
    MAX_KNEE_SECONDS,
    MAX_MOVEMENT_MINUTES,
    MAX_TEMPO_SECONDS,
    MIN_COMPRESS_SECONDS,
    MIN_KNEE_SECONDS,
    MIN_MOVEMENT_MINUTES,
    MIN_TEMPO_SECONDS,
    MOVEMENT_MOTIONS,
    PRESSING_KINDS,
    Breathing,
    Category,
    Cue,
    Motion,
    Per,
    Program,
    Step,
    StepKind,
    fits_per_knee,
)
from kneecare.core.safety import NEVER_PAINFUL_WORDS, PRESSURE_REMINDER, pressure_instruction


class Knee(StrEnum):
    LEFT = "left"
    RIGHT = "right"


class Side(StrEnum):
    """A side of the body, for routines done on each leg in turn (stretches); left first."""

    LEFT = "left"
    RIGHT = "right"


class KneeChoice(StrEnum):
    """Which knees the person works on; both means left first, then right."""

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"

    @property
    def knees(self) -> tuple[Knee, ...]:
        if self is KneeChoice.BOTH:
            return (Knee.LEFT, Knee.RIGHT)
        return (Knee(self.value),)


class PlanError(ValueError):
    """Options that cannot make a plan (the message says which and why)."""


COMPRESS_TITLE = "Warm compress"
COMPRESS_ONE = (
    "Sit comfortably and rest a warm, never hot, compress behind the {knee} knee until the timer ends."
)
COMPRESS_BOTH = "Sit comfortably and rest a warm, never hot, compress behind both knees until the timer ends."


@dataclass(frozen=True)
class PlanWords:
    """The plan's own words, which fill or join the programs' texts: {knee}/{side} become `left`/`right`,
    the warm compress before a knee session is `compress_title` with `compress_one` (one knee, {knee}) or
    `compress_both`, a pressing step (pressure, movement, hold) lacking "firm, but never painful" (found by
    `firm` and `never_painful`, lower case) gets `pressure_reminder`. English by default; the app passes
    them in the person's language (kneecare.ui.text.plan_words), so core stays free of Qt."""

    left: str = "left"
    right: str = "right"
    compress_title: str = COMPRESS_TITLE
    compress_one: str = COMPRESS_ONE
    compress_both: str = COMPRESS_BOTH
    pressure_reminder: str = PRESSURE_REMINDER
    firm: tuple[str, ...] = ("firm",)
    never_painful: tuple[str, ...] = NEVER_PAINFUL_WORDS


@dataclass(frozen=True)
class PlanOptions:
    """What the person chose before starting. None means: take the program's default.

    `finish_with` is a routine (offered as a finish) whose phases follow a knee session's, in the same
    session and the same record. `timer_seconds` is the length chosen for a timer step that lets the person
    choose it (`Step.longest`), in the program or the routine it finishes with. `warm_compress` puts a warm
    compress of `compress_seconds` (the program's unless given, 1 to 2 minutes) before a knee session,
    once; a routine has none.
    """

    knees: KneeChoice = KneeChoice.BOTH
    movement_minutes: float | None = None
    warm_compress: bool = False
    compress_seconds: float | None = None
    motion: Motion | None = None
    circle_seconds: float | None = None
    finish_with: Program | None = None
    words: PlanWords = PlanWords()
    timer_seconds: float | None = None


@dataclass(frozen=True)
class Phase:
    """One timed stretch of a session: a step (or a round, a side or an interval of it).

    `knee` is set in per-knee programs, `side` in the sided steps of per-side routines; both are None in a
    routine done once. `reps` > 0 means the phase counts `reps` repetitions of `rep_seconds` each (see
    `kneecare.core.reps`). `section` is empty for the main program and names the routine a knee session
    finishes with. `warm_compress` marks the warm compress, the one phase before the knees (knee None).
    """

    index: int
    step_kind: StepKind
    knee: Knee | None
    title: str
    instruction: str
    duration: float
    motion: Motion
    breathing: Breathing
    tempo: float
    step_number: int
    step_count: int
    offset: float
    round: int = 1
    rounds: int = 1
    is_release: bool = False
    side: Side | None = None
    reps: int = 0
    rep_seconds: float = 0.0
    start_cue: Cue = Cue.NONE
    end_cue: Cue = Cue.NONE
    quiet: bool = False
    illustration: str | None = None
    program_id: str = ""
    section: str = ""
    warm_compress: bool = False

    @property
    def end_offset(self) -> float:
        return self.offset + self.duration

    @property
    def counts_reps(self) -> bool:
        return self.reps > 0


@dataclass(frozen=True)
class SafetyNote:
    """A program's own note that the person must acknowledge before the session starts."""

    program_id: str
    program_name: str
    text: str


@dataclass(frozen=True)
class Plan:
    program: Program
    options: PlanOptions
    phases: tuple[Phase, ...] = field(default_factory=tuple)

    @property
    def total_seconds(self) -> float:
        return self.phases[-1].end_offset if self.phases else 0.0

    @property
    def knees(self) -> tuple[Knee, ...]:
        return self.options.knees.knees

    @property
    def finish(self) -> Program | None:
        return self.options.finish_with

    @property
    def programs(self) -> tuple[Program, ...]:
        return (self.program,) if self.finish is None else (self.program, self.finish)

    @property
    def safety_notes(self) -> tuple[SafetyNote, ...]:
        return tuple(
            SafetyNote(p.id, p.name, p.safety_note) for p in self.programs if p.safety_note is not None
        )

    @property
    def planned_reps(self) -> int:
        """Every repetition the plan counts, over all sets."""
        return sum(p.reps for p in self.phases)

    def seconds_per_knee(self) -> dict[Knee, float]:
        """Every phase's seconds for each knee worked, from settling in to the strokes down the calf (a
        finishing routine's per-knee phases too); the warm compress before is not counted."""
        return {knee: sum(p.duration for p in self.phases if p.knee is knee) for knee in self.knees}

    @property
    def compress_seconds(self) -> float:
        """The warm compress before the knees (0 without one)."""
        return sum(p.duration for p in self.phases if p.warm_compress)

    def next_phase(self, index: int) -> Phase | None:
        return self.phases[index + 1] if index + 1 < len(self.phases) else None


SIDES = (Side.LEFT, Side.RIGHT)


@dataclass(frozen=True)
class _Context:
    """What every phase of one program in the plan shares."""

    program: Program
    minutes: float
    motion: Motion
    tempo: float
    section: str
    words: PlanWords = PlanWords()
    timer_seconds: float | None = None


def build_plan(program: Program, options: PlanOptions | None = None) -> Plan:
    """The ordered, timed phases of a session: every step of the program for each chosen knee (or each
    side, or once), then the routine it finishes with, if any."""
    options = options or PlanOptions()
    if not program.uses_knees:
        options = replace(options, knees=KneeChoice.BOTH)  # a routine works both legs
    minutes = options.movement_minutes or program.movement_minutes
    if not MIN_MOVEMENT_MINUTES <= minutes <= MAX_MOVEMENT_MINUTES:
        raise PlanError(f"minutes per knee must be from {MIN_MOVEMENT_MINUTES:g} to {MAX_MOVEMENT_MINUTES:g}")
    motion = options.motion or program.motion
    if motion not in MOVEMENT_MOTIONS:
        raise PlanError("the movement is either circles or strokes")
    tempo = options.circle_seconds or program.circle_seconds
    if not MIN_TEMPO_SECONDS <= tempo <= MAX_TEMPO_SECONDS:
        raise PlanError(f"one circle takes from {MIN_TEMPO_SECONDS:g} to {MAX_TEMPO_SECONDS:g} seconds")
    contexts = [_Context(program, minutes, motion, tempo, "", options.words)]
    finish = options.finish_with
    if finish is not None:
        if program.category is not Category.KNEE:
            raise PlanError("only a knee session can finish with a routine")
        if not finish.offer_as_finish or finish.category is not Category.ROUTINE:
            raise PlanError(f"{finish.name} is not one of the routines a session can finish with")
        contexts.append(
            _Context(finish, finish.movement_minutes, finish.motion, tempo, finish.name, options.words)
        )
    if options.timer_seconds is not None:
        contexts = _with_timer(contexts, options.timer_seconds)

    drafts: list[Phase] = []
    if options.warm_compress and program.category is Category.KNEE:
        drafts.append(_compress(program, options, tempo))
    for ctx in contexts:
        drafts.extend(_drafts(ctx, options.knees))
    phases: list[Phase] = []
    for draft in drafts:
        phases.append(replace(draft, index=len(phases), offset=phases[-1].end_offset if phases else 0.0))
    plan = Plan(program=program, options=options, phases=tuple(phases))
    if program.category is Category.KNEE:
        _check_per_knee(plan)
    return plan


def _compress(program: Program, options: PlanOptions, tempo: float) -> Phase:
    """The warm compress, once before the first knee: 1 to 2 minutes."""
    seconds = options.compress_seconds or program.compress_seconds
    if not MIN_COMPRESS_SECONDS <= seconds <= MAX_COMPRESS_SECONDS:
        raise PlanError(
            f"a warm compress lasts from {MIN_COMPRESS_SECONDS / 60:g} to {MAX_COMPRESS_SECONDS / 60:g}"
            f" minutes, not {seconds / 60:g}"
        )
    words = options.words
    knees = options.knees.knees
    instruction = words.compress_both if len(knees) > 1 else _fill(words.compress_one, knees[0], None, words)
    return Phase(
        index=0,
        step_kind=StepKind.WARM_UP,
        knee=None,
        title=words.compress_title,
        instruction=instruction,
        duration=float(seconds),
        motion=Motion.STILL,
        breathing=program.breathing,
        tempo=tempo,
        step_number=0,
        step_count=len(program.steps),
        offset=0.0,
        program_id=program.id,
        warm_compress=True,
    )


def _check_per_knee(plan: Plan) -> None:
    """A knee session lasts 2 to 5 minutes per knee, every phase for that knee counted."""
    for knee, seconds in plan.seconds_per_knee().items():
        if not fits_per_knee(seconds):
            raise PlanError(
                f"{plan.program.name} would take {seconds / 60:.1f} minutes for the {knee.value} knee;"
                f" a session lasts {MIN_KNEE_SECONDS / 60:g} to {MAX_KNEE_SECONDS / 60:g} minutes per knee"
            )


def _with_timer(contexts: list[_Context], seconds: float) -> list[_Context]:
    """The chosen timer length, checked against the range of each timer step that lets the person choose."""
    timers = [(ctx, step) for ctx in contexts if (step := ctx.program.adjustable_timer()) is not None]
    if not timers:
        names = " or ".join(ctx.program.name for ctx in contexts)
        raise PlanError(f"{names} has no timer whose length can be chosen")
    for ctx, step in timers:
        assert step.timer_range is not None
        low, high = step.timer_range
        if not low <= seconds <= high or seconds % 60:
            raise PlanError(
                f"{step.title} in {ctx.program.name} lasts from {low / 60:g} to {high / 60:g} whole minutes,"
                f" not {seconds / 60:g}"
            )
    chosen = {id(ctx) for ctx, _ in timers}
    return [replace(ctx, timer_seconds=float(seconds)) if id(ctx) in chosen else ctx for ctx in contexts]


def _drafts(ctx: _Context, knees: KneeChoice) -> Iterator[Phase]:
    """The phases of one program, not yet numbered or placed in time."""
    program = ctx.program
    if program.per is Per.KNEE:
        for knee in knees.knees:
            for number, step in enumerate(program.steps, start=1):
                yield from _step_drafts(ctx, step, number, knee)
    else:
        for number, step in enumerate(program.steps, start=1):
            yield from _step_drafts(ctx, step, number, None)


def _step_drafts(ctx: _Context, step: Step, number: int, knee: Knee | None) -> Iterator[Phase]:
    """A step's rounds (and, for sided steps, left then right in each round) with a release between
    consecutive ones; an intervals step yields each interval, with a switch cue at every change."""
    sides: tuple[Side | None, ...] = SIDES if step.each_side else (None,)
    units = [(rnd, side) for rnd in range(1, step.repeat + 1) for side in sides]
    base = _base(ctx, step, number, knee)
    for position, (rnd, side) in enumerate(units):
        if step.kind is StepKind.INTERVALS:
            for part, interval in enumerate(step.intervals):
                first = position == 0 and part == 0
                yield replace(
                    base,
                    title=interval.title,
                    instruction=_fill(interval.instruction, knee, side, ctx.words),
                    duration=interval.seconds,
                    start_cue=Cue.NONE if first else Cue.SWITCH,
                    round=rnd,
                    side=side,
                )
        else:
            yield replace(
                base,
                instruction=_instruction(step, knee, side, ctx.words),
                duration=_duration(step, ctx),
                round=rnd,
                side=side,
            )
        if position + 1 < len(units) and step.release_seconds > 0:
            title, instruction = step.release_words()
            yield replace(
                base,
                title=title,
                instruction=_fill(instruction, knee, units[position + 1][1], ctx.words),
                duration=step.release_seconds,
                motion=Motion.STILL,
                is_release=True,
                reps=0,
                rep_seconds=0.0,
                end_cue=Cue.NONE,
                round=rnd,
                side=side,
            )


def _base(ctx: _Context, step: Step, number: int, knee: Knee | None) -> Phase:
    program = ctx.program
    return Phase(
        index=0,
        step_kind=step.kind,
        knee=knee,
        title=step.title,
        instruction=step.instruction,
        duration=0.0,
        motion=_motion(step, ctx.motion),
        breathing=step.breathing or program.breathing,
        tempo=ctx.tempo,
        step_number=number,
        step_count=len(program.steps),
        offset=0.0,
        rounds=step.repeat,
        reps=step.reps,
        rep_seconds=step.rep_seconds,
        end_cue=step.end_cue,
        quiet=step.quiet,
        illustration=step.illustration or program.illustration,
        program_id=program.id,
        section=ctx.section,
    )


def _duration(step: Step, ctx: _Context) -> float:
    if step.kind is StepKind.MOVEMENT:
        return ctx.minutes * 60.0
    if step.timer_range is not None and ctx.timer_seconds is not None:
        return ctx.timer_seconds
    seconds = step.round_seconds
    assert seconds is not None
    return seconds


def _motion(step: Step, movement: Motion) -> Motion:
    if step.motion is not None:
        return step.motion
    if step.kind is StepKind.MOVEMENT:
        return movement
    return DEFAULT_MOTION[step.kind]


def _fill(text: str, knee: Knee | None, side: Side | None, words: PlanWords) -> str:
    said = {"left": words.left, "right": words.right}
    if knee is not None:
        text = text.replace("{knee}", said[knee.value])
    if side is not None:
        text = text.replace("{side}", said[side.value])
    return text


def _instruction(step: Step, knee: Knee | None, side: Side | None, words: PlanWords) -> str:
    text = _fill(step.instruction, knee, side, words)
    if step.kind in PRESSING_KINDS:
        # a safety rule: wherever the hands press, firm, but never painful
        text = pressure_instruction(text, words.pressure_reminder, words.firm, words.never_painful)
    return text
