"""The built-in programs: loads every file in `resources/programs/` once, in a stable order (knee programs
first, then the routines), and says which routines a knee session can finish with."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kneecare.core.program_file import load_programs
from kneecare.core.protocol import Category, Program

# The order people see them in; programs not listed here come after, knee programs before routines.
PREFERRED_ORDER = (
    "daily",
    "quick",
    "recovery",
    "relax",
    "ankle_pumps",
    "calf_raises",
    "stretches",
    "elevation",
    "contrast_shower",
    "calf_strokes",
)


def order_programs(programs: Sequence[Program]) -> list[Program]:
    def key(p: Program) -> tuple[int, int, str]:
        rank = PREFERRED_ORDER.index(p.id) if p.id in PREFERRED_ORDER else len(PREFERRED_ORDER)
        return (rank, 0 if p.category is Category.KNEE else 1, p.name)

    return sorted(programs, key=key)


def load_library(paths: Sequence[Path]) -> list[Program]:
    return order_programs(load_programs(paths))


def finish_options(programs: Sequence[Program]) -> list[Program]:
    """The routines a knee session can finish with, in library order."""
    return [p for p in programs if p.offer_as_finish and p.category is Category.ROUTINE]


def find_program(programs: Sequence[Program], program_id: str | None) -> Program | None:
    return next((p for p in programs if p.id == program_id), None)
