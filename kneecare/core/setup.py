"""The set-up panel's rules: which finish and timer a choice brings, the clamps of the minutes of movement
and of an adjustable timer, and what is remembered of a choice (a program's own default as "none")."""

from __future__ import annotations

from kneecare.core.protocol import Program, Step, movement_choices


def finish_for(program: Program, finish: Program | None) -> Program | None:
    """The routine chained after `program`: none after a routine (only a knee session takes a finish)."""
    return None if program.is_routine else finish


def movement_range(program: Program, finish: Program | None = None) -> tuple[float, float]:
    """The lowest and highest minutes of movement offered (the choices are contiguous half minutes that
    keep each knee within 2 to 5 minutes)."""
    choices = movement_choices(program, finish_for(program, finish))
    return choices[0], choices[-1]


def clamp(value: float, low: float, high: float) -> float:
    """`value` moved to the nearest end of [low, high] when outside it."""
    return min(max(value, low), high)


def start_movement(program: Program, remembered: float | None, finish: Program | None = None) -> float:
    """The minutes of movement the panel shows for `program`: the remembered ones, else the program's,
    moved into the range that fits."""
    return clamp(remembered or program.movement_minutes, *movement_range(program, finish))


def remembered_movement(program: Program, minutes: float) -> float | None:
    """What the settings keep of a choice of minutes: None when it is the program's own."""
    return None if minutes == program.movement_minutes else minutes


def adjustable_timer(program: Program, finish: Program | None = None) -> Step | None:
    """The timer whose length the person may choose, in the program or in the routine it finishes with."""
    chained = finish_for(program, finish)
    return program.adjustable_timer() or (chained.adjustable_timer() if chained is not None else None)


def timer_range(step: Step) -> tuple[int, int]:
    """An adjustable timer's shortest and longest length, in whole minutes."""
    assert step.timer_range is not None, "not an adjustable timer"
    low, high = step.timer_range
    return round(low / 60), round(high / 60)


def start_timer(step: Step, remembered: int | None) -> int:
    """The length a newly shown timer starts at: the remembered minutes when they fit, else the shortest."""
    low, high = timer_range(step)
    return remembered if remembered and low <= remembered <= high else low


def remembered_timer(step: Step, chosen: int) -> int | None:
    """What the settings keep of a chosen timer length: None when it is the step's own."""
    return None if step.seconds is not None and chosen * 60 == step.seconds else chosen
