"""Rep ticks come from the session clock, not from counting timer callbacks: every planned repetition ticks
exactly once, however the display samples the time, and a pause loses none."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kneecare.assets import program_files
from kneecare.core.clock import FakeClock
from kneecare.core.library import load_library
from kneecare.core.plan import PlanOptions, build_plan
from kneecare.core.reps import RepCount, RepTick, RepTicker, rep_at
from kneecare.core.session import Outcome, PhaseEnded, SessionMachine, State

TICK = 0.25  # the window's display tick
PROGRAMS = {p.id: p for p in load_library(program_files())}


class View:
    """What a window does: hands the machine's news and each snapshot to a RepTicker."""

    def __init__(self, machine, clock):
        self.machine = machine
        self.clock = clock
        self.ticker = RepTicker()
        self.ticks = []  # (tick, session clock seconds since start)
        self.t0 = clock.monotonic()

    def handle(self, update):
        found = []
        for change in update.changes:
            if isinstance(change, PhaseEnded):
                found += self.ticker.ended(change.phase, change.record.seconds)
        snap = self.machine.snapshot()
        found += self.ticker.seen(snap.phase, snap.phase_elapsed)
        self.ticks += [(t, self.clock.monotonic() - self.t0) for t in found]

    def wait(self, seconds, step=TICK):
        left = seconds
        while left > 1e-9 and self.machine.state is not State.FINISHED:
            move = min(step, left)
            self.clock.advance(move)
            left -= move
            self.handle(self.machine.tick())


def start(program_id, clock):
    plan = build_plan(PROGRAMS[program_id])
    machine = SessionMachine(clock)
    machine.load(plan)
    view = View(machine, clock)
    view.handle(machine.start())
    return plan, machine, view


def test_the_count_follows_the_seconds_in_the_phase():
    plan = build_plan(PROGRAMS["ankle_pumps"])
    pumps = next(p for p in plan.phases if p.counts_reps)
    assert rep_at(pumps, 0.0) == RepCount(done=0, current=1, total=20)
    assert rep_at(pumps, 1.99) == RepCount(0, 1, 20)
    assert rep_at(pumps, 2.0) == RepCount(1, 2, 20)
    six = sum([0.1] * 60)  # 5.999999999999995: six seconds after sixty frames of 0.1 s
    assert rep_at(pumps, six) == RepCount(3, 4, 20)
    assert rep_at(pumps, 39.9) == RepCount(19, 20, 20)
    assert rep_at(pumps, 40.0) == RepCount(20, 20, 20)
    assert rep_at(pumps, 40.0).finished  # type: ignore[union-attr]
    assert rep_at(pumps, 400.0) == RepCount(20, 20, 20)
    assert rep_at(plan.phases[0], 5.0) is None  # sitting down counts nothing
    rest = next(p for p in plan.phases if p.is_release)
    assert rep_at(rest, 5.0) is None


def test_an_ankle_pump_routine_ticks_exactly_its_forty_reps_each_on_time(clock):
    plan, machine, view = start("ankle_pumps", clock)
    view.wait(plan.total_seconds + 5)
    assert machine.result.outcome is Outcome.COMPLETED
    ticks = [t for t, _ in view.ticks]
    assert len(ticks) == plan.planned_reps == 40
    counted = [p for p in plan.phases if p.counts_reps]
    assert ticks == [RepTick(p.index, rep, 20) for p in counted for rep in range(1, 21)]
    for tick, seen_at in view.ticks:
        phase = plan.phases[tick.phase_index]
        due = phase.offset + tick.rep * phase.rep_seconds
        assert due - 1e-6 <= seen_at < due + TICK, (tick, due, seen_at)


def test_a_pause_in_the_middle_of_a_set_loses_no_rep_and_adds_none(clock):
    plan, machine, view = start("ankle_pumps", clock)
    view.wait(15 + 7.3)  # seated, then three pumps and a bit
    assert [t.rep for t, _ in view.ticks] == [1, 2, 3]
    view.handle(machine.pause())
    clock.advance(95)  # a phone call
    view.handle(machine.tick())
    assert len(view.ticks) == 3
    snap = machine.snapshot()
    assert rep_at(snap.phase, snap.phase_elapsed) == RepCount(3, 4, 20)
    view.handle(machine.resume())
    view.wait(plan.total_seconds)
    assert len(view.ticks) == 40
    assert len({(t.phase_index, t.rep) for t, _ in view.ticks}) == 40
    first_set = [t.rep for t, _ in view.ticks if t.phase_index == 1]
    assert first_set == list(range(1, 21))
    # The fourth pump ticks 8 s into the set: 0.7 s after the resume, not during the pause.
    fourth_at = next(at for t, at in view.ticks if (t.phase_index, t.rep) == (1, 4))
    assert 15 + 8 + 95 <= fourth_at < 15 + 8 + 95 + TICK


def test_a_slow_display_that_skips_several_reps_still_ticks_each_one(clock):
    plan, _machine, view = start("calf_raises", clock)
    view.wait(plan.total_seconds + 1, step=7.0)  # a frame every 7 s: two or three raises at a time
    assert [t.rep for t, _ in view.ticks if t.phase_index == 1] == list(range(1, 13))
    assert len(view.ticks) == plan.planned_reps == 24


def test_skipping_part_way_through_a_set_ticks_only_the_reps_done(clock):
    plan, machine, view = start("ankle_pumps", clock)
    view.wait(15 + 9)  # four pumps and half of the fifth
    view.handle(machine.skip())
    assert [t.rep for t, _ in view.ticks] == [1, 2, 3, 4]
    assert machine.phase.is_release
    view.handle(machine.skip())  # no rest either
    view.wait(plan.total_seconds)
    assert len(view.ticks) == 4 + 20


def test_a_knee_session_finishing_with_ankle_pumps_ticks_them_too(clock):
    plan = build_plan(PROGRAMS["quick"], PlanOptions(finish_with=PROGRAMS["ankle_pumps"]))
    machine = SessionMachine(clock)
    machine.load(plan)
    view = View(machine, clock)
    view.handle(machine.start())
    view.wait(plan.total_seconds + 1, step=1.0)
    assert machine.result.outcome is Outcome.COMPLETED
    assert len(view.ticks) == 40
    assert all(plan.phases[t.phase_index].section == "Ankle pumps" for t, _ in view.ticks)


@settings(max_examples=60, deadline=None)
@given(
    program_id=st.sampled_from(["ankle_pumps", "calf_raises"]),
    moves=st.lists(
        st.tuples(st.floats(0.01, 12.0, allow_nan=False), st.sampled_from(["tick", "pause", "resume"])),
        max_size=80,
    ),
)
def test_any_mix_of_frames_and_pauses_ticks_every_planned_rep_exactly_once(program_id, moves):
    clock = FakeClock(datetime(2026, 11, 26, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    plan, machine, view = start(program_id, clock)
    for seconds, what in moves:
        clock.advance(seconds)
        if what == "pause" and machine.state is State.RUNNING:
            view.handle(machine.pause())
        elif what == "resume" and machine.state is State.PAUSED:
            view.handle(machine.resume())
        else:
            view.handle(machine.tick())
    if machine.state is State.PAUSED:
        view.handle(machine.resume())
    view.wait(plan.total_seconds + 1, step=3.3)
    seen = [(t.phase_index, t.rep) for t, _ in view.ticks]
    expected = [(p.index, rep) for p in plan.phases for rep in range(1, p.reps + 1)]
    assert seen == expected


@pytest.mark.parametrize("program_id", ["stretches", "elevation", "contrast_shower", "daily"])
def test_programs_without_reps_never_tick(clock, program_id):
    plan, _machine, view = start(program_id, clock)
    view.wait(plan.total_seconds + 1, step=5.0)
    assert view.ticks == []
