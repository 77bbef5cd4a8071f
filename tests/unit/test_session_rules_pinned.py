"""Session rules pinned so that a wrong rule fails a test (issue 12, point 7: mutation testing): what a
person can do while paused, how pauses add up, when a session that ends late really ended, and which
steps count as done. Each test is one person's session on a fake clock (Thursday 26 November 2026)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kneecare.core.plan import KneeChoice, PlanOptions, build_plan
from kneecare.core.session import (
    Discomfort,
    Event,
    Finished,
    Outcome,
    Paused,
    PauseReason,
    PhaseEnded,
    PhaseStatus,
    SafetyReported,
    SessionMachine,
    State,
)


@pytest.fixture
def daily_left(programs):
    """Daily on the left knee: settle 0-15 s, warm up -35, find the point -50, press -70, circles -190,
    hold -215, strokes down the calf -235."""
    return build_plan(programs["daily"], PlanOptions(knees=KneeChoice.LEFT))


def started(clock, plan) -> SessionMachine:
    machine = SessionMachine(clock)
    machine.load(plan)
    machine.start()
    return machine


def test_it_hurts_while_paused_is_heard_recorded_and_turns_the_pause_into_a_safety_pause(clock, daily_left):
    """She pauses to adjust her seat, then feels tingling and presses "It hurts": the report must not be
    lost because the session was already paused."""
    machine = started(clock, daily_left)
    clock.advance(80)
    machine.tick()
    machine.pause()
    assert machine.snapshot().pause_reason is PauseReason.USER
    assert machine.allowed(Event.REPORT)
    update = machine.report(Discomfort.TINGLING)
    assert not update.refused
    assert update.of(SafetyReported)[0].event.kind is Discomfort.TINGLING
    assert update.of(Paused) == []  # already paused: not paused twice
    assert machine.state is State.PAUSED
    assert machine.snapshot().pause_reason is PauseReason.SAFETY
    result = machine.safety_stop().of(Finished)[0].result
    assert [e.kind for e in result.safety_events] == [Discomfort.TINGLING]


def test_a_paused_session_can_be_stopped_and_keeps_the_time_done_before_the_pause(clock, daily_left):
    """He pauses for the door bell, then decides to stop there."""
    machine = started(clock, daily_left)
    clock.advance(100)
    machine.tick()
    machine.pause()
    clock.advance(300)
    assert machine.allowed(Event.STOP)
    update = machine.stop()
    assert not update.refused and machine.state is State.FINISHED
    result = update.of(Finished)[0].result
    assert result.outcome is Outcome.STOPPED
    assert result.done_seconds == pytest.approx(100)
    assert result.ended_at == clock.now()


def test_two_pauses_in_one_step_both_stretch_it(clock, daily_left):
    """Two pauses of 30 s and 45 s during the circles: the circles still last their full two minutes."""
    machine = started(clock, daily_left)
    clock.advance(80)  # 10 s into the circles
    machine.tick()
    machine.pause()
    clock.advance(30)
    machine.resume()
    clock.advance(20)  # 30 s of circles done
    machine.pause()
    clock.advance(45)
    machine.resume()
    snap = machine.snapshot()
    assert snap.phase_elapsed == pytest.approx(30)
    assert machine.next_deadline() == pytest.approx(clock.monotonic() + 90)
    clock.advance(89)
    machine.tick()
    assert machine.phase.index == 4  # still circling a second before the end
    clock.advance(1)
    ended = machine.tick().of(PhaseEnded)[0]
    assert ended.record.status is PhaseStatus.COMPLETED and ended.record.seconds == 120


def test_a_session_noticed_late_ended_when_its_last_step_ended(clock, daily_left):
    """The laptop slept through the last step and wakes ten minutes after the session's end: the record
    says it ended at 09:03:55, not at 09:13:55."""
    machine = started(clock, daily_left)
    start = clock.now()
    clock.advance(daily_left.total_seconds + 600)
    result = machine.tick().of(Finished)[0].result
    assert result.outcome is Outcome.COMPLETED
    assert result.ended_at == start + timedelta(seconds=daily_left.total_seconds)
    assert result.ended_at < clock.now()


def test_a_step_cut_short_by_stop_is_not_counted_as_done(clock, daily_left):
    """Stopped 40 s into the two minutes of circles: four steps done, the circles cut short."""
    machine = started(clock, daily_left)
    clock.advance(110)
    machine.tick()
    result = machine.stop().of(Finished)[0].result
    assert result.phases[-1].status is PhaseStatus.CUT_SHORT
    assert result.phases[-1].seconds == pytest.approx(40)
    assert result.phases_completed == 4
    assert result.phases_skipped == 0
    assert result.last_phase_index == 4


def test_a_safety_stop_while_paused_cuts_the_step_short_too(clock, daily_left):
    machine = started(clock, daily_left)
    clock.advance(60)
    machine.tick()
    machine.report(Discomfort.PAIN)
    clock.advance(120)
    result = machine.safety_stop().of(Finished)[0].result
    assert result.outcome is Outcome.SAFETY_STOPPED
    assert [p.status for p in result.phases] == [PhaseStatus.COMPLETED] * 3 + [PhaseStatus.CUT_SHORT]
    assert result.done_seconds == pytest.approx(60)
