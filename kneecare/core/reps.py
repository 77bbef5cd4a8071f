"""Counted repetitions, derived from the session clock: which rep a phase is on at a moment, and the rep
ticks (one per completed rep, each exactly once) that a counter display or a tick sound follows.

Nothing here counts timer callbacks: the count is `phase_elapsed // rep_seconds` on the machine's clock,
so a late frame, a slow display or a pause can neither lose a rep nor add one.
"""

from __future__ import annotations

import math

from kneecare.core.lazy_dataclass import dataclass
from kneecare.core.plan import Phase

# Elapsed time is a float difference of monotonic readings: 2 s x 3 may come out as 5.999999999.
_EPSILON = 1e-6


@dataclass(frozen=True)
class RepCount:
    """Where a counted phase stands: `done` reps finished, `current` the one in progress (1-based; equal
    to `total` once all are done)."""

    done: int
    current: int
    total: int

    @property
    def finished(self) -> bool:
        return self.done >= self.total


@dataclass(frozen=True)
class RepTick:
    """One completed repetition: rep `rep` of `of`, in the phase `phase_index`."""

    phase_index: int
    rep: int
    of: int


def rep_at(phase: Phase, elapsed: float) -> RepCount | None:
    """The count `elapsed` seconds into `phase` (None when the phase counts no reps)."""
    if not phase.counts_reps:
        return None
    done = math.floor(max(0.0, elapsed) / phase.rep_seconds + _EPSILON)
    done = min(done, phase.reps)
    return RepCount(done=done, current=min(done + 1, phase.reps), total=phase.reps)


class RepTicker:
    """Turns moments of a session into rep ticks, each completed rep exactly once.

    Feed it what the machine says: `seen(phase, phase_elapsed)` whenever the view looks at a snapshot,
    and `ended(phase, seconds)` when a phase ends (its record's seconds: all of it when completed, the
    part done when skipped or stopped). A phase that ends between two looks still gives its last reps.
    """

    def __init__(self) -> None:
        self._index: int | None = None
        self._done = 0

    def seen(self, phase: Phase | None, elapsed: float) -> list[RepTick]:
        if phase is None:
            return []
        return self._catch_up(phase, elapsed)

    def ended(self, phase: Phase, seconds: float) -> list[RepTick]:
        return self._catch_up(phase, seconds)

    def reset(self) -> None:
        self._index, self._done = None, 0

    def _catch_up(self, phase: Phase, elapsed: float) -> list[RepTick]:
        if self._index is not None and phase.index < self._index:
            return []  # news of a phase already left behind
        if phase.index != self._index:
            self._index, self._done = phase.index, 0
        count = rep_at(phase, elapsed)
        if count is None or count.done <= self._done:
            return []
        ticks = [RepTick(phase.index, rep, count.total) for rep in range(self._done + 1, count.done + 1)]
        self._done = count.done
        return ticks
