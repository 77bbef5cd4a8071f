"""Turns a program and the person's options (knees, minutes, compress, motion, tempo) into timed phases."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from kneecare.core.protocol import (
    DEFAULT_MOTION,
    MAX_MOVEMENT_MINUTES,
    MAX_TEMPO_SECONDS,
    MIN_MOVEMENT_MINUTES,
    MIN_TEMPO_SECONDS,
    MOVEMENT_MOTIONS,
    Breathing,
    Motion,
    Program,
    Step,
    StepKind,
)
from kneecare.core.safety import pressure_instruction


class Knee(StrEnum):
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


@dataclass(frozen=True)
class PlanOptions:
    """What the person chose before starting. None means: take the program's default."""

    knees: KneeChoice = KneeChoice.BOTH
    movement_minutes: float | None = None
    warm_compress: bool = False
    motion: Motion | None = None
    circle_seconds: float | None = None


@dataclass(frozen=True)
class Phase:
    """One timed stretch of a session: a step (or a round of it) on one knee."""

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

    @property
    def end_offset(self) -> float:
        return self.offset + self.duration


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

    def next_phase(self, index: int) -> Phase | None:
        return self.phases[index + 1] if index + 1 < len(self.phases) else None


KNEE_WORDS = {Knee.LEFT: "left", Knee.RIGHT: "right"}


def build_plan(program: Program, options: PlanOptions | None = None) -> Plan:
    """The ordered, timed phases of a session: every step of the program for each chosen knee."""
    options = options or PlanOptions()
    minutes = options.movement_minutes or program.movement_minutes
    if not MIN_MOVEMENT_MINUTES <= minutes <= MAX_MOVEMENT_MINUTES:
        raise PlanError(f"minutes per knee must be from {MIN_MOVEMENT_MINUTES:g} to {MAX_MOVEMENT_MINUTES:g}")
    motion = options.motion or program.motion
    if motion not in MOVEMENT_MOTIONS:
        raise PlanError("the movement is either circles or strokes")
    tempo = options.circle_seconds or program.circle_seconds
    if not MIN_TEMPO_SECONDS <= tempo <= MAX_TEMPO_SECONDS:
        raise PlanError(f"one circle takes from {MIN_TEMPO_SECONDS:g} to {MAX_TEMPO_SECONDS:g} seconds")

    phases: list[Phase] = []
    offset = 0.0
    step_count = len(program.steps)
    for knee in options.knees.knees:
        for number, step in enumerate(program.steps, start=1):
            for rnd in range(1, step.repeat + 1):
                for is_release in (False, True):
                    if is_release and (rnd == step.repeat or step.release_seconds <= 0):
                        continue
                    duration = _duration(step, program, minutes, options.warm_compress)
                    if is_release:
                        duration = step.release_seconds
                    phase = Phase(
                        index=len(phases),
                        step_kind=step.kind,
                        knee=knee,
                        title="Release" if is_release else step.title,
                        instruction=(
                            "Let go and let the hollow rest before the next hold."
                            if is_release
                            else _instruction(step, knee, options.warm_compress)
                        ),
                        duration=duration,
                        motion=Motion.STILL if is_release else _motion(step, motion),
                        breathing=step.breathing or program.breathing,
                        tempo=tempo,
                        step_number=number,
                        step_count=step_count,
                        offset=offset,
                        round=rnd,
                        rounds=step.repeat,
                        is_release=is_release,
                    )
                    phases.append(phase)
                    offset += duration
    return Plan(program=program, options=options, phases=tuple(phases))


def _duration(step: Step, program: Program, minutes: float, warm_compress: bool) -> float:
    if step.kind is StepKind.MOVEMENT:
        return minutes * 60.0
    assert step.seconds is not None
    if step.kind is StepKind.WARM_UP and warm_compress:
        return step.seconds + program.compress_seconds
    return step.seconds


def _motion(step: Step, movement: Motion) -> Motion:
    if step.motion is not None:
        return step.motion
    if step.kind is StepKind.MOVEMENT:
        return movement
    return DEFAULT_MOTION[step.kind]


COMPRESS_NOTE = "If you use a warm compress, rest it on the back of the knee until the timer ends."


def _instruction(step: Step, knee: Knee, warm_compress: bool) -> str:
    text = step.instruction.replace("{knee}", KNEE_WORDS[knee])
    if step.kind is StepKind.WARM_UP and warm_compress:
        text = f"{text} {COMPRESS_NOTE}"
    if step.kind is StepKind.PRESSURE:
        text = pressure_instruction(text)  # a safety rule: firm, but never painful
    return text
