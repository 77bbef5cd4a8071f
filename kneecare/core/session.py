"""The session state machine: an explicit transition table, events in, `Update`s (what changed) out.

It never counts ticks: deadlines come from the injected clock's monotonic seconds, so a slow frame or a
pause cannot drift the timer. An event a state does not allow is refused and logged, never raised.

    idle --load--> ready --start--> running(i) --pause/report--> paused --resume--> running(i)
    running/paused --skip--> next phase;  last phase over --> finished(completed, or skipped when a
                                          hands-on phase was skipped: `outcome_at_end`)
    running/paused --stop--> finished(stopped);  --safety_stop--> finished(safety_stopped)
    ready --stop--> idle;  finished --load--> ready;  finished --reset--> idle
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import field
from datetime import datetime
from enum import StrEnum
from typing import TypeVar

from kneecare.core.clock import Clock, add_seconds
from kneecare.core.lazy_dataclass import dataclass
from kneecare.core.plan import Knee, Phase, Plan
from kneecare.core.protocol import Motion, StepKind

log = logging.getLogger(__name__)
C = TypeVar("C")


class State(StrEnum):
    IDLE = "idle"
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"

    @property
    def is_active(self) -> bool:
        """A session is under way: running or paused (the one spelling of this rule)."""
        return self in (State.RUNNING, State.PAUSED)


class Event(StrEnum):
    LOAD = "load"
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    SKIP = "skip"
    STOP = "stop"
    REPORT = "report"
    SAFETY_STOP = "safety_stop"
    RESET = "reset"


class Outcome(StrEnum):
    """How a session ended; `interrupted` is given by the store to a session a crash cut short, and
    `skipped` to one that reached its end with a hands-on step skipped (see `outcome_at_end`)."""

    COMPLETED = "completed"
    STOPPED = "stopped"
    SAFETY_STOPPED = "safety_stopped"
    INTERRUPTED = "interrupted"
    SKIPPED = "skipped"


class Discomfort(StrEnum):
    """What the person reports with the safety control."""

    PAIN = "pain"
    NUMBNESS = "numbness"
    TINGLING = "tingling"


class PauseReason(StrEnum):
    USER = "user"
    SAFETY = "safety"


class PhaseStatus(StrEnum):
    COMPLETED = "completed"
    SKIPPED = "skipped"
    CUT_SHORT = "cut_short"


# The one place that says which event is allowed in which state, and where it leads.
# RUNNING -> RUNNING for SKIP means "next phase"; tick is not an event: it is always allowed.
TRANSITIONS: dict[tuple[State, Event], State] = {
    (State.IDLE, Event.LOAD): State.READY,
    (State.READY, Event.LOAD): State.READY,
    (State.FINISHED, Event.LOAD): State.READY,
    (State.READY, Event.START): State.RUNNING,
    (State.READY, Event.STOP): State.IDLE,
    (State.RUNNING, Event.PAUSE): State.PAUSED,
    (State.PAUSED, Event.RESUME): State.RUNNING,
    (State.RUNNING, Event.SKIP): State.RUNNING,
    (State.PAUSED, Event.SKIP): State.PAUSED,
    (State.RUNNING, Event.STOP): State.FINISHED,
    (State.PAUSED, Event.STOP): State.FINISHED,
    (State.RUNNING, Event.REPORT): State.PAUSED,
    (State.PAUSED, Event.REPORT): State.PAUSED,
    (State.RUNNING, Event.SAFETY_STOP): State.FINISHED,
    (State.PAUSED, Event.SAFETY_STOP): State.FINISHED,
    (State.FINISHED, Event.RESET): State.IDLE,
}


@dataclass(frozen=True)
class SafetyEvent:
    """The person reported sharp pain, numbness or tingling during a phase."""

    kind: Discomfort
    phase_index: int
    step_kind: StepKind
    knee: Knee | None
    at: datetime
    session_seconds: float


@dataclass(frozen=True)
class PhaseRecord:
    """How one phase went: completed, skipped part way, or cut short by a stop."""

    index: int
    status: PhaseStatus
    seconds: float


@dataclass(frozen=True)
class SessionResult:
    program_id: str
    outcome: Outcome
    started_at: datetime
    ended_at: datetime
    planned_seconds: float
    done_seconds: float
    phase_count: int
    last_phase_index: int
    phases: tuple[PhaseRecord, ...]
    safety_events: tuple[SafetyEvent, ...]

    @property
    def phases_completed(self) -> int:
        return sum(1 for p in self.phases if p.status is PhaseStatus.COMPLETED)

    @property
    def phases_skipped(self) -> int:
        return sum(1 for p in self.phases if p.status is PhaseStatus.SKIPPED)


# The kinds of step that are the work itself: the hands press or move behind the knee (pressure, movement,
# hold), or the legs do the routine (counted reps, a held stretch, the raised-legs timer, the shower's
# warm and cool intervals). Settling in, warming up and finding the point only prepare it.
WORK_KINDS = frozenset(
    {
        StepKind.PRESSURE,
        StepKind.MOVEMENT,
        StepKind.HOLD,
        StepKind.REPS,
        StepKind.STRETCH,
        StepKind.TIMER,
        StepKind.INTERVALS,
    }
)


def hands_on(phase: Phase) -> bool:
    """Whether a phase is part of the work a session exists for (see `WORK_KINDS`). A finish counts when
    the hands stroke down the calf, not when it only winds down standing still (lowering raised legs,
    drying off); the release between two holds or stretches never counts."""
    if phase.is_release:
        return False
    if phase.step_kind is StepKind.FINISH:
        return phase.motion is not Motion.STILL
    return phase.step_kind in WORK_KINDS


def outcome_at_end(plan: Plan, records: Sequence[PhaseRecord]) -> Outcome:
    """How a session that went through its last phase ended: completed when every hands-on phase of its
    program ran to its end, skipped when the person skipped any of them (even part way). Steps that only
    prepare may be skipped, and so may a routine the session finishes with (it is an extra)."""
    done = {r.index for r in records if r.status is PhaseStatus.COMPLETED}
    work = [p.index for p in plan.phases if not p.section and hands_on(p)]
    if all(index in done for index in work):
        return Outcome.COMPLETED
    return Outcome.SKIPPED


# What changed: the answer to each event and tick.
@dataclass(frozen=True)
class Loaded:
    plan: Plan


@dataclass(frozen=True)
class Started:
    started_at: datetime


@dataclass(frozen=True)
class PhaseStarted:
    phase: Phase


@dataclass(frozen=True)
class PhaseEnded:
    phase: Phase
    record: PhaseRecord


@dataclass(frozen=True)
class Paused:
    reason: PauseReason


@dataclass(frozen=True)
class Resumed:
    pass


@dataclass(frozen=True)
class SafetyReported:
    event: SafetyEvent


@dataclass(frozen=True)
class Finished:
    result: SessionResult


@dataclass(frozen=True)
class Unloaded:
    pass


@dataclass(frozen=True)
class Refused:
    event: Event
    state: State


Change = (
    Loaded
    | Started
    | PhaseStarted
    | PhaseEnded
    | Paused
    | Resumed
    | SafetyReported
    | Finished
    | Unloaded
    | Refused
)


@dataclass(frozen=True)
class Update:
    """The machine's answer: the changes in the order they happened (empty when nothing did)."""

    changes: tuple[Change, ...] = ()

    @property
    def refused(self) -> bool:
        return any(isinstance(c, Refused) for c in self.changes)

    def of(self, kind: type[C]) -> list[C]:
        """The changes of one kind, in order."""
        return [c for c in self.changes if isinstance(c, kind)]


@dataclass(frozen=True)
class Snapshot:
    """Where the session stands at one moment; what a view needs to draw it."""

    state: State
    phase: Phase | None
    phase_elapsed: float
    phase_remaining: float
    elapsed: float
    remaining: float
    pause_reason: PauseReason | None


@dataclass
class _Run:
    """The mutable bookkeeping of one running session."""

    plan: Plan
    started_at: datetime
    index: int = 0
    phase_start: float = 0.0
    paused_in_phase: float = 0.0
    paused_at: float | None = None
    pause_reason: PauseReason | None = None
    done_before: float = 0.0
    records: list[PhaseRecord] = field(default_factory=list)
    safety: list[SafetyEvent] = field(default_factory=list)

    @property
    def phase(self) -> Phase:
        return self.plan.phases[self.index]

    def phase_elapsed(self, now: float) -> float:
        moment = self.paused_at if self.paused_at is not None else now
        return max(0.0, min(self.phase.duration, moment - self.phase_start - self.paused_in_phase))

    def deadline(self) -> float:
        return self.phase_start + self.paused_in_phase + self.phase.duration


class SessionMachine:
    """Drives one session at a time through the phases of a plan."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._state = State.IDLE
        self._plan: Plan | None = None
        self._run: _Run | None = None
        self._result: SessionResult | None = None

    # -- reading -------------------------------------------------------------------------------

    @property
    def state(self) -> State:
        return self._state

    @property
    def plan(self) -> Plan | None:
        return self._plan

    @property
    def result(self) -> SessionResult | None:
        return self._result

    @property
    def phase(self) -> Phase | None:
        return self._run.phase if self._run and self._state.is_active else None

    def allowed(self, event: Event) -> bool:
        return (self._state, event) in TRANSITIONS

    def next_deadline(self) -> float | None:
        """The monotonic moment the current phase ends, while running; else None."""
        if self._state is State.RUNNING and self._run is not None:
            return self._run.deadline()
        return None

    def snapshot(self, now: float | None = None) -> Snapshot:
        now = self._clock.monotonic() if now is None else now
        run = self._run
        if run is None or not self._state.is_active:
            total = self._plan.total_seconds if self._plan and self._state is State.READY else 0.0
            done = self._result.done_seconds if self._result and self._state is State.FINISHED else 0
            return Snapshot(self._state, None, 0.0, 0.0, float(done), total, None)
        in_phase = run.phase_elapsed(now)
        phase = run.phase
        return Snapshot(
            state=self._state,
            phase=phase,
            phase_elapsed=in_phase,
            phase_remaining=phase.duration - in_phase,
            elapsed=run.done_before + in_phase,
            remaining=max(0.0, run.plan.total_seconds - phase.offset - in_phase),
            pause_reason=run.pause_reason,
        )

    # -- events --------------------------------------------------------------------------------

    def load(self, plan: Plan) -> Update:
        if not self._allow(Event.LOAD):
            return _refused(Event.LOAD, self._state)
        if not plan.phases:
            log.warning("refused to load a plan with no phases")  # pragma: no mutate
            return _refused(Event.LOAD, self._state)
        self._plan, self._run, self._result = plan, None, None
        self._state = State.READY
        return Update((Loaded(plan),))

    def start(self) -> Update:
        if not self._allow(Event.START):
            return _refused(Event.START, self._state)
        assert self._plan is not None
        now = self._clock.monotonic()
        started_at = self._clock.now()
        self._run = _Run(self._plan, started_at=started_at, phase_start=now)
        self._state = State.RUNNING
        return Update((Started(started_at), PhaseStarted(self._run.phase)))

    def pause(self) -> Update:
        if not self._allow(Event.PAUSE):
            return _refused(Event.PAUSE, self._state)
        return Update(self._pause(PauseReason.USER))

    def resume(self) -> Update:
        if not self._allow(Event.RESUME):
            return _refused(Event.RESUME, self._state)
        run = self._active()
        assert run.paused_at is not None
        run.paused_in_phase += self._clock.monotonic() - run.paused_at
        run.paused_at = None
        run.pause_reason = None
        self._state = State.RUNNING
        return Update((Resumed(),))

    def skip(self) -> Update:
        if not self._allow(Event.SKIP):
            return _refused(Event.SKIP, self._state)
        run = self._active()
        now = self._clock.monotonic()
        seconds = run.phase_elapsed(now)
        return Update(self._advance(PhaseStatus.SKIPPED, seconds, next_start=now))

    def stop(self) -> Update:
        if not self._allow(Event.STOP):
            return _refused(Event.STOP, self._state)
        if self._state is State.READY:
            self._plan = None
            self._state = State.IDLE
            return Update((Unloaded(),))
        return Update(self._finish_early(Outcome.STOPPED))

    def report(self, kind: Discomfort) -> Update:
        """Sharp pain, numbness or tingling: pause at once and record it."""
        if not self._allow(Event.REPORT):
            return _refused(Event.REPORT, self._state)
        event = self._safety_event(kind)
        changes: list[Change] = [SafetyReported(event)]
        if self._state is State.RUNNING:
            changes.extend(self._pause(PauseReason.SAFETY))
        else:
            self._active().pause_reason = PauseReason.SAFETY
        return Update(tuple(changes))

    def safety_stop(self, kind: Discomfort | None = None) -> Update:
        """End the session because of discomfort. With `kind`, the report is recorded too."""
        if not self._allow(Event.SAFETY_STOP):
            return _refused(Event.SAFETY_STOP, self._state)
        changes: list[Change] = []
        if kind is not None:
            changes.append(SafetyReported(self._safety_event(kind)))
        changes.extend(self._finish_early(Outcome.SAFETY_STOPPED))
        return Update(tuple(changes))

    def reset(self) -> Update:
        if not self._allow(Event.RESET):
            return _refused(Event.RESET, self._state)
        self._plan, self._run = None, None
        self._state = State.IDLE
        return Update((Unloaded(),))

    def tick(self, now: float | None = None) -> Update:
        """Let time pass: end every phase whose deadline is behind `now` (each at its own deadline)."""
        if self._state is not State.RUNNING:
            return Update()
        now = self._clock.monotonic() if now is None else now
        changes: list[Change] = []
        while self._state is State.RUNNING:
            run = self._active()
            deadline = run.deadline()
            if now < deadline:
                break
            changes.extend(
                self._advance(PhaseStatus.COMPLETED, run.phase.duration, deadline, lag=now - deadline)
            )
        return Update(tuple(changes))

    # -- inside --------------------------------------------------------------------------------

    def _allow(self, event: Event) -> bool:
        if self.allowed(event):
            return True
        log.info("refused event %r in state %r", event.value, self._state.value)  # pragma: no mutate
        return False

    def _active(self) -> _Run:
        assert self._run is not None, "no session is running"  # pragma: no mutate
        return self._run

    def _pause(self, reason: PauseReason) -> tuple[Change, ...]:
        run = self._active()
        run.paused_at = self._clock.monotonic()
        run.pause_reason = reason
        self._state = State.PAUSED
        return (Paused(reason),)

    def _safety_event(self, kind: Discomfort) -> SafetyEvent:
        run = self._active()
        phase = run.phase
        now = self._clock.monotonic()
        event = SafetyEvent(
            kind=kind,
            phase_index=phase.index,
            step_kind=phase.step_kind,
            knee=phase.knee,
            at=self._clock.now(),
            session_seconds=run.done_before + run.phase_elapsed(now),
        )
        run.safety.append(event)
        log.info(  # pragma: no mutate
            "safety report %s in phase %d (%s)",  # pragma: no mutate
            kind.value,  # pragma: no mutate
            phase.index,  # pragma: no mutate
            phase.step_kind.value,  # pragma: no mutate
        )
        return event

    def _advance(
        self, status: PhaseStatus, seconds: float, next_start: float, lag: float = 0.0
    ) -> tuple[Change, ...]:
        """End the current phase with `status` and begin the next one at `next_start`."""
        run = self._active()
        ended = run.phase
        record = PhaseRecord(ended.index, status, seconds)
        run.records.append(record)
        run.done_before += seconds
        changes: list[Change] = [PhaseEnded(ended, record)]
        if run.index + 1 >= len(run.plan.phases):
            changes.extend(self._finish(outcome_at_end(run.plan, run.records), lag))
            return tuple(changes)
        run.index += 1
        run.phase_start = next_start
        run.paused_in_phase = 0.0
        if self._state is State.PAUSED:
            run.paused_at = next_start
        changes.append(PhaseStarted(run.phase))
        return tuple(changes)

    def _finish_early(self, outcome: Outcome) -> tuple[Change, ...]:
        run = self._active()
        seconds = run.phase_elapsed(self._clock.monotonic())
        record = PhaseRecord(run.index, PhaseStatus.CUT_SHORT, seconds)
        run.records.append(record)
        run.done_before += seconds
        return (PhaseEnded(run.phase, record), *self._finish(outcome))

    def _finish(self, outcome: Outcome, lag: float = 0.0) -> tuple[Change, ...]:
        run = self._active()
        result = SessionResult(
            program_id=run.plan.program.id,
            outcome=outcome,
            started_at=run.started_at,
            ended_at=add_seconds(self._clock.now(), -lag),
            planned_seconds=run.plan.total_seconds,
            done_seconds=run.done_before,
            phase_count=len(run.plan.phases),
            last_phase_index=run.index,
            phases=tuple(run.records),
            safety_events=tuple(run.safety),
        )
        self._result = result
        self._state = State.FINISHED
        log.info(  # pragma: no mutate
            "session %s: %s after %.0f s",  # pragma: no mutate
            result.program_id,  # pragma: no mutate
            outcome.value,  # pragma: no mutate
            run.done_before,  # pragma: no mutate
        )
        return (Finished(result),)


def _refused(event: Event, state: State) -> Update:
    return Update((Refused(event, state),))
