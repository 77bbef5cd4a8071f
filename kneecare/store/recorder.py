"""Writes a session to the store as it happens: the row at start, each phase as it ends, each safety
report at once, the outcome at the end, and the person's ratings (the one given before the start is kept
in memory until the row exists). Plain Python; `app.py` connects it to the controller's signals."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from kneecare.core.clock import Clock
from kneecare.core.plan import Plan
from kneecare.core.session import PhaseEnded, SafetyEvent, SessionResult
from kneecare.store.sessions import SessionRepository

if TYPE_CHECKING:
    from kneecare.core.stats import Rating

log = logging.getLogger(__name__)
T = TypeVar("T")


class SessionRecorder:
    def __init__(
        self, sessions: SessionRepository, clock: Clock, on_error: Callable[[str], object] | None = None
    ) -> None:
        self.sessions = sessions
        self.clock = clock
        self.on_error = on_error
        self.plan: Plan | None = None
        self.session_id: int | None = None
        self.last_session_id: int | None = None  # the session that ended last (for the "after" rating)
        self.failed = False
        self._before: tuple[Plan, Rating] | None = None

    def loaded(self, plan: Plan) -> None:
        self.plan = plan

    def started(self, started_at: datetime) -> None:
        plan = self.plan
        if plan is None:
            log.error("a session started with no plan loaded; not recorded")
            return
        self.session_id = self._write(
            lambda: self.sessions.begin(
                program=plan.program.id,
                kind=plan.program.category,
                knees=plan.options.knees.value,
                planned_seconds=plan.total_seconds,
                phase_count=len(plan.phases),
                started_at=started_at,
            )
        )
        pending, self._before = self._before, None
        if pending is not None and self.session_id is not None:
            if pending[0] is plan:
                self.rate(self.session_id, "before", pending[1])
            else:
                log.info("a 'before' rating for another plan was dropped")

    def rate_before(self, plan: Plan, rating: Rating) -> None:
        """The rating given before `plan` starts; saved with the session's row when it is written."""
        self._before = (plan, rating) if not rating.empty else None

    def rate(self, session_id: int, moment: str, rating: Rating) -> None:
        self._write(lambda: self.sessions.rate(session_id, moment, rating))

    def phase_ended(self, ended: PhaseEnded) -> None:
        session_id = self.session_id
        if session_id is not None:
            self._write(
                lambda: self.sessions.phase_ended(session_id, ended.phase, ended.record, self.clock.now())
            )

    def safety_reported(self, event: SafetyEvent) -> None:
        session_id = self.session_id
        if session_id is not None:
            self._write(lambda: self.sessions.safety_event(session_id, event))

    def finished(self, result: SessionResult) -> None:
        session_id = self.session_id
        if session_id is not None:
            self._write(lambda: self.sessions.finish(session_id, result))
        self.last_session_id = session_id
        self.session_id = None

    def _write(self, write: Callable[[], T]) -> T | None:
        """Run one write; a failure (disk full, file gone) is logged and told once, never raised into Qt."""
        try:
            return write()
        except sqlite3.Error as e:
            log.error("could not record the session: %s", e)
            if not self.failed and self.on_error is not None:
                self.on_error(f"KneeCare could not save this session to your history: {e}")
            self.failed = True
            return None
