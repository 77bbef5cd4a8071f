"""Session rules pinned so that a wrong rule fails a test (issue 12, point 7: mutation testing): what a
person can do while paused, how pauses add up, when a session that ends late really ended, and which
steps count as done. Each test is one person's session on a fake clock (Thursday 26 November 2026)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from kneecare.core.plan import KneeChoice, PlanOptions, build_plan
from kneecare.core.session import (
    Discomfort,
    Event,
    Finished,
    Loaded,
    Outcome,
    Paused,
    PauseReason,
    PhaseEnded,
    PhaseRecord,
    PhaseStarted,
    PhaseStatus,
    Refused,
    SafetyReported,
    SessionMachine,
    Snapshot,
    State,
    Unloaded,
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


# -- what the machine answers ------------------------------------------------------------------------


def in_state(clock, plan, state: str) -> SessionMachine:
    machine = SessionMachine(clock)
    if state != "idle":
        machine.load(plan)
    if state in ("running", "finished"):
        machine.start()
    if state == "finished":
        machine.stop()
    return machine


@pytest.mark.parametrize(
    ("state", "event"),
    [
        ("idle", Event.START),
        ("idle", Event.RESET),
        ("ready", Event.PAUSE),
        ("ready", Event.RESUME),
        ("ready", Event.SKIP),
        ("ready", Event.REPORT),
        ("ready", Event.SAFETY_STOP),
        ("running", Event.START),
        ("running", Event.LOAD),
        ("running", Event.RESET),
        ("finished", Event.STOP),
    ],
)
def test_a_key_pressed_at_the_wrong_moment_is_refused_and_the_answer_says_which_and_when(
    clock, daily_left, state, event
):
    """Space twice in a row, Esc after the end: the window is told exactly which event was refused in
    which state, so it can ignore it quietly."""
    machine = in_state(clock, daily_left, state)
    before = machine.state
    press = {
        Event.START: machine.start,
        Event.RESET: machine.reset,
        Event.PAUSE: machine.pause,
        Event.RESUME: machine.resume,
        Event.SKIP: machine.skip,
        Event.STOP: machine.stop,
        Event.REPORT: lambda: machine.report(Discomfort.PAIN),
        Event.SAFETY_STOP: machine.safety_stop,
        Event.LOAD: lambda: machine.load(daily_left),
    }[event]
    assert press().changes == (Refused(event, before),)
    assert machine.state is before


def test_a_plan_with_no_steps_is_refused(clock, daily_left):
    machine = SessionMachine(clock)
    assert machine.load(replace(daily_left, phases=())).changes == (Refused(Event.LOAD, State.IDLE),)
    assert machine.plan is None and machine.state is State.IDLE


def test_a_new_machine_has_nothing_loaded_and_nothing_to_show(clock):
    machine = SessionMachine(clock)
    assert machine.plan is None and machine.result is None and machine.phase is None
    assert machine.snapshot() == Snapshot(State.IDLE, None, 0.0, 0.0, 0.0, 0.0, None)


def test_loading_shows_the_whole_plan_ready_to_start(clock, daily_left):
    machine = SessionMachine(clock)
    assert machine.load(daily_left).changes == (Loaded(daily_left),)
    assert machine.snapshot() == Snapshot(State.READY, None, 0.0, 0.0, 0.0, daily_left.total_seconds, None)
    assert machine.next_deadline() is None


def test_cancelling_before_the_start_unloads_the_plan(clock, daily_left):
    machine = SessionMachine(clock)
    machine.load(daily_left)
    assert machine.stop().changes == (Unloaded(),)
    assert machine.plan is None and machine.state is State.IDLE


def test_after_the_end_the_window_shows_the_time_done_and_reset_clears_it(clock, daily_left):
    machine = started(clock, daily_left)
    clock.advance(100)
    machine.tick()
    machine.stop()
    assert machine.snapshot() == Snapshot(State.FINISHED, None, 0.0, 0.0, 100.0, 0.0, None)
    assert machine.next_deadline() is None
    assert machine.reset().changes == (Unloaded(),)
    assert machine.state is State.IDLE and machine.plan is None
    assert machine.snapshot() == Snapshot(State.IDLE, None, 0.0, 0.0, 0.0, 0.0, None)


def test_the_finished_result_names_the_program_its_plan_and_its_steps(clock, daily_left):
    machine = started(clock, daily_left)
    clock.advance(daily_left.total_seconds)
    result = machine.tick().of(Finished)[0].result
    assert result.program_id == "daily"
    assert result.planned_seconds == daily_left.total_seconds == 235
    assert result.phase_count == len(result.phases) == 7
    assert result.last_phase_index == 6


def test_mid_session_the_window_sees_where_it_stands(clock, daily_left):
    """80 s in: 10 s into the two minutes of circles, 155 s left of the session."""
    machine = started(clock, daily_left)
    clock.advance(80)
    machine.tick()
    snap = machine.snapshot()
    assert (snap.state, snap.phase.index, snap.pause_reason) == (State.RUNNING, 4, None)
    assert (snap.phase_elapsed, snap.phase_remaining) == (10.0, 110.0)
    assert (snap.elapsed, snap.remaining) == (80.0, 155.0)
    assert machine.next_deadline() == clock.monotonic() + 110
    machine.pause()
    assert machine.next_deadline() is None  # nothing is due while paused
    machine.resume()
    assert machine.snapshot().pause_reason is None


def test_at_the_last_second_nothing_is_left_even_before_the_tick(clock, daily_left):
    machine = started(clock, daily_left)
    clock.advance(daily_left.total_seconds - 1)
    machine.tick()  # the last second of the strokes down the calf
    clock.advance(1)
    snap = machine.snapshot()
    assert snap.state is State.RUNNING and snap.remaining == 0.0 and snap.phase_remaining == 0.0


def test_the_machine_can_be_asked_about_a_given_moment(clock, daily_left):
    """The display passes the moment its frame is for; the machine answers for that moment."""
    machine = started(clock, daily_left)
    later = clock.monotonic() + 20
    assert machine.snapshot(now=later).phase.index == 0  # a snapshot moves nothing on
    assert machine.snapshot(now=later).elapsed == 15.0  # settling in ends at 15 s
    update = machine.tick(now=later)
    assert [c.phase.index for c in update.of(PhaseEnded)] == [0]
    assert machine.phase.index == 1


def test_skipping_the_last_step_ends_the_session_at_that_moment(clock, daily_left):
    machine = started(clock, daily_left)
    clock.advance(225)  # 10 s into the strokes down the calf
    machine.tick()
    update = machine.skip()
    (ended,) = update.of(PhaseEnded)
    assert ended.phase.index == 6 and ended.record == PhaseRecord(6, PhaseStatus.SKIPPED, 10.0)
    result = update.of(Finished)[0].result
    assert result.ended_at == clock.now()
    assert result.outcome is Outcome.SKIPPED  # the strokes are hands-on


def test_skip_answers_with_the_step_that_ended_and_the_one_that_began(clock, daily_left):
    machine = started(clock, daily_left)
    clock.advance(5)
    update = machine.skip()
    assert [type(c) for c in update.changes] == [PhaseEnded, PhaseStarted]
    assert update.of(PhaseStarted)[0].phase == daily_left.phases[1]


def test_stop_answers_with_the_step_it_cut_short(clock, daily_left):
    machine = started(clock, daily_left)
    clock.advance(110)
    machine.tick()
    update = machine.stop()
    (ended,) = update.of(PhaseEnded)
    assert ended.phase == daily_left.phases[4]
    assert ended.record == PhaseRecord(4, PhaseStatus.CUT_SHORT, 40.0)


def test_ending_for_safety_with_a_report_records_what_was_felt(clock, daily_left):
    machine = started(clock, daily_left)
    clock.advance(60)
    machine.tick()
    update = machine.safety_stop(Discomfort.NUMBNESS)
    (reported,) = update.of(SafetyReported)
    assert reported.event.kind is Discomfort.NUMBNESS and reported.event.phase_index == 3
    assert update.of(Finished)[0].result.safety_events == (reported.event,)
