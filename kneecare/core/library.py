"""The built-in programs: loads every file in `resources/programs/` once, in a stable order."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kneecare.core.protocol import Program, load_programs

# The order people see them in; programs not listed here come after, by name.
PREFERRED_ORDER = ("daily", "quick", "recovery", "relax")


def order_programs(programs: Sequence[Program]) -> list[Program]:
    def key(p: Program) -> tuple[int, str]:
        rank = PREFERRED_ORDER.index(p.id) if p.id in PREFERRED_ORDER else len(PREFERRED_ORDER)
        return (rank, p.name)

    return sorted(programs, key=key)


def load_library(paths: Sequence[Path]) -> list[Program]:
    return order_programs(load_programs(paths))
