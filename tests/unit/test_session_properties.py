"""Random events and random clock jumps never break the session machine's promises."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from kneecare.assets import program_files
from kneecare.core.clock import FakeClock
from kneecare.core.library import load_library
from kneecare.core.plan import KneeChoice, PlanOptions, build_plan
from kneecare.core.protocol import movement_choices
from kneecare.core.session import Discomfort, SessionMachine, State

PROGRAMS = load_library(program_files())
EPS = 1e-6


class RandomSessions(RuleBasedStateMachine):
    @initialize(
        index=st.integers(0, len(PROGRAMS) - 1),
        knees=st.sampled_from(list(KneeChoice)),
        choice=st.integers(0, 4),
    )
    def setup(self, index, knees, choice):
        self.clock = FakeClock(datetime(2026, 3, 29, 1, 30, tzinfo=ZoneInfo("Europe/Berlin")))
        self.machine = SessionMachine(self.clock)
        choices = movement_choices(PROGRAMS[index])  # the minutes of movement the window offers
        minutes = choices[min(choice, len(choices) - 1)]
        self.plan = build_plan(PROGRAMS[index], PlanOptions(knees=knees, movement_minutes=minutes))
        self.machine.load(self.plan)
        self.finished_result = None

    @rule(seconds=st.floats(0, 400, allow_nan=False))
    def time_passes(self, seconds):
        self.clock.advance(seconds)

    @rule()
    def tick(self):
        self.machine.tick()

    @rule(event=st.sampled_from(["start", "pause", "resume", "skip", "stop", "safety_stop", "toggle"]))
    def send(self, event):
        if event == "toggle":
            event = {State.RUNNING: "pause", State.PAUSED: "resume"}.get(self.machine.state, "start")
        before = self.machine.state
        update = getattr(self.machine, event)()
        if before is State.FINISHED:
            assert update.refused

    @rule(kind=st.sampled_from(list(Discomfort)))
    def report(self, kind):
        before = self.machine.state
        update = self.machine.report(kind)
        if before is State.RUNNING:
            assert self.machine.state is State.PAUSED
        if before not in (State.RUNNING, State.PAUSED):
            assert update.refused

    @precondition(lambda self: self.machine.state is State.FINISHED)
    @rule()
    def finished_accepts_no_event(self):
        result = self.machine.result
        for event in ("start", "pause", "resume", "skip", "stop", "safety_stop"):
            assert getattr(self.machine, event)().refused
        assert self.machine.report(Discomfort.PAIN).refused
        assert self.machine.tick().changes == ()
        assert self.machine.result is result

    @invariant()
    def times_stay_within_the_plan(self):
        snap = self.machine.snapshot()
        assert snap.remaining >= 0
        assert snap.phase_remaining >= 0
        assert snap.elapsed <= self.plan.total_seconds + EPS
        if snap.phase is not None:
            assert 0 <= snap.phase_elapsed <= snap.phase.duration + EPS
        result = self.machine.result
        if result is not None:
            assert 0 <= result.done_seconds <= self.plan.total_seconds + EPS
            assert len(result.phases) <= len(self.plan.phases)


RandomSessions.TestCase.settings = settings(
    max_examples=150, stateful_step_count=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
TestRandomSessions = RandomSessions.TestCase
