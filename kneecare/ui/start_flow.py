"""`StartFlow`: the steps before a session starts (a read-only history, safety, a routine's note, the
"before" rating), in order, with one convention: a step is called with the plan and an `answer` callback,
and calls it once, at once or later from a dialog's signal, with True (go on) or False (hold the start).
Nothing waits in a nested event loop: Qt's loop (which asyncio shares through qasync) drives every step."""

from __future__ import annotations

import logging
from collections.abc import Callable

from kneecare.core.plan import Plan

log = logging.getLogger(__name__)

Answer = Callable[[bool], None]
StartStep = Callable[[Plan, Answer], None]


class StartFlow:
    """Runs `steps` in order for one start at a time; the last step's True starts the session (`go`)."""

    def __init__(self, steps: list[StartStep] | None = None) -> None:
        self.steps: list[StartStep] = list(steps or [])
        self.waiting: StartStep | None = None  # the step whose answer the flow waits for

    def run(self, plan: Plan, go: Callable[[Plan], bool]) -> bool:
        """Ask every step, then `go`. True when the session started before this returned (no step had to
        wait for the person); a start asked for while a step waits is left to that step."""
        if self.waiting is not None:
            log.info("start asked again while %s waits for an answer", _name(self.waiting))
            return False
        started: list[bool] = []
        self._ask(plan, 0, go, started)
        return bool(started) and started[0]

    def _ask(self, plan: Plan, index: int, go: Callable[[Plan], bool], started: list[bool]) -> None:
        if index == len(self.steps):
            started.append(go(plan))
            return
        step = self.steps[index]
        answered: list[bool] = []

        def answer(ok: bool) -> None:
            if answered:  # a step answers once; a late second answer changes nothing
                return
            answered.append(ok)
            self.waiting = None
            if ok:
                self._ask(plan, index + 1, go, started)
            else:
                log.info("start held by %s", _name(step))

        self.waiting = step
        try:
            step(plan, answer)
        except BaseException:
            self.waiting = None  # a step that failed holds this start, never every later one
            raise


def _name(step: StartStep) -> str:
    return getattr(step, "__name__", None) or type(step).__name__
