"""Stories of whole sessions run by the plain-Python machine on a fake clock."""

from __future__ import annotations

import pytest

from kneecare.core.plan import Knee, KneeChoice, PlanOptions, build_plan
from kneecare.core.protocol import StepKind
from kneecare.core.session import (
    TRANSITIONS,
    Discomfort,
    Event,
    Finished,
    Outcome,
    Paused,
    PauseReason,
    PhaseEnded,
    PhaseStarted,
    PhaseStatus,
    SessionMachine,
    State,
)

TICK = 0.25  # the window's display tick


def run_to_end(machine, clock, step=TICK, on_tick=None, t0=None):
    """Advance in display ticks until the session ends; return (phase index, seconds since t0)."""
    starts = []
    t0 = clock.monotonic() if t0 is None else t0
    for _ in range(100_000):
        if machine.state is State.FINISHED:
            break
        clock.advance(step)
        if on_tick:
            on_tick(clock.monotonic() - t0)
        for change in machine.tick().changes:
            if isinstance(change, PhaseStarted):
                starts.append((change.phase.index, clock.monotonic() - t0))
    return starts


def test_a_daily_session_on_both_knees_runs_every_phase_in_order_on_time(clock, programs):
    plan = build_plan(programs["daily"], PlanOptions(knees=KneeChoice.BOTH))
    machine = SessionMachine(clock)
    machine.load(plan)
    first = machine.start()
    assert first.of(PhaseStarted)[0].phase.index == 0
    starts = run_to_end(machine, clock)

    assert [i for i, _ in starts] == list(range(1, len(plan.phases)))
    for index, seen_at in starts:
        planned = plan.phases[index].offset
        assert planned <= seen_at < planned + TICK, (index, planned, seen_at)
    result = machine.result
    assert result is not None
    assert result.outcome is Outcome.COMPLETED
    assert result.done_seconds == pytest.approx(plan.total_seconds)
    assert result.phases_completed == len(plan.phases) == 14
    assert (result.ended_at - result.started_at).total_seconds() == pytest.approx(plan.total_seconds)
    knees = [p.knee for p in plan.phases]
    assert knees[:7] == [Knee.LEFT] * 7 and knees[7:] == [Knee.RIGHT] * 7


def test_a_ten_minute_pause_in_the_middle_shifts_the_rest_by_exactly_ten_minutes(clock, programs):
    plan = build_plan(programs["daily"])
    machine = SessionMachine(clock)
    machine.load(plan)
    t0 = clock.monotonic()
    machine.start()
    clock.advance(100.0)  # inside the movement phase of the left knee
    machine.tick()
    phase_before = machine.phase
    assert machine.pause().of(Paused)[0].reason is PauseReason.USER
    clock.advance(600.0)
    assert machine.tick().changes == ()  # nothing moves while paused
    assert machine.phase == phase_before
    machine.resume()
    starts = run_to_end(machine, clock, t0=t0)
    assert [i for i, _ in starts] == list(range(5, len(plan.phases)))
    for index, seen_at in starts:
        planned = plan.phases[index].offset + 600.0
        assert planned <= seen_at < planned + TICK
    result = machine.result
    assert result.done_seconds == pytest.approx(plan.total_seconds)
    assert (result.ended_at - result.started_at).total_seconds() == pytest.approx(plan.total_seconds + 600.0)


def test_a_late_tick_still_starts_each_phase_at_its_own_deadline(clock, programs):
    """A frame that comes 40 s late must not drift the timer: phases end at their deadlines."""
    plan = build_plan(programs["quick"], PlanOptions(knees=KneeChoice.LEFT))
    machine = SessionMachine(clock)
    machine.load(plan)
    machine.start()
    clock.advance(40.0)
    update = machine.tick()
    started = [c.phase.index for c in update.of(PhaseStarted)]
    assert started == [1, 2, 3]  # 10 + 15 + 10 = 35 s: into the pressure phase
    snap = machine.snapshot()
    assert snap.phase.step_kind is StepKind.PRESSURE
    assert snap.phase_elapsed == pytest.approx(5.0)


def test_skip_moves_on_to_the_next_step_and_records_it_as_skipped(clock, programs):
    plan = build_plan(programs["daily"], PlanOptions(knees=KneeChoice.LEFT))
    machine = SessionMachine(clock)
    machine.load(plan)
    machine.start()
    clock.advance(3.0)
    update = machine.skip()
    ended = update.of(PhaseEnded)[0]
    assert ended.record.status is PhaseStatus.SKIPPED
    assert ended.record.seconds == pytest.approx(3.0)
    assert machine.phase.index == 1
    assert machine.snapshot().phase_elapsed == 0.0
    run_to_end(machine, clock)
    result = machine.result
    assert result.outcome is Outcome.COMPLETED
    assert result.phases_skipped == 1
    assert result.done_seconds == pytest.approx(plan.total_seconds - 15.0 + 3.0)


def test_skip_while_paused_moves_on_and_stays_paused(clock, programs):
    machine = SessionMachine(clock)
    machine.load(build_plan(programs["daily"]))
    machine.start()
    machine.pause()
    clock.advance(30)
    machine.skip()
    assert machine.state is State.PAUSED
    clock.advance(30)
    assert machine.snapshot().phase_elapsed == 0.0
    machine.resume()
    clock.advance(5)
    assert machine.snapshot().phase_elapsed == pytest.approx(5.0)


def test_stop_ends_the_session_as_stopped_and_keeps_the_time_done(clock, programs):
    machine = SessionMachine(clock)
    machine.load(build_plan(programs["daily"]))
    machine.start()
    clock.advance(50.0)
    machine.tick()
    update = machine.stop()
    result = update.of(Finished)[0].result
    assert result.outcome is Outcome.STOPPED
    assert result.done_seconds == pytest.approx(50.0)
    assert result.phases[-1].status is PhaseStatus.CUT_SHORT
    assert machine.state is State.FINISHED


def test_a_safety_report_pauses_at_once_and_a_safety_stop_names_the_phase(clock, programs):
    plan = build_plan(programs["daily"])
    machine = SessionMachine(clock)
    machine.load(plan)
    machine.start()
    clock.advance(80.0)  # left knee, movement (starts at 70 s)
    machine.tick()
    report = machine.report(Discomfort.NUMBNESS)
    assert machine.state is State.PAUSED
    assert report.of(Paused)[0].reason is PauseReason.SAFETY
    assert machine.snapshot().pause_reason is PauseReason.SAFETY
    clock.advance(20)
    result = machine.safety_stop().of(Finished)[0].result
    assert result.outcome is Outcome.SAFETY_STOPPED
    (event,) = result.safety_events
    assert event.kind is Discomfort.NUMBNESS
    assert event.step_kind is StepKind.MOVEMENT
    assert event.knee is Knee.LEFT
    assert event.phase_index == result.last_phase_index == 4
    assert event.session_seconds == pytest.approx(80.0)
    assert event.at == clock.now().__class__.fromisoformat("2026-11-26T09:01:20+01:00")


def test_continue_gently_after_a_report_resumes_where_it_was(clock, programs):
    machine = SessionMachine(clock)
    machine.load(build_plan(programs["daily"]))
    machine.start()
    clock.advance(5)
    machine.report(Discomfort.PAIN)
    clock.advance(60)
    machine.resume()
    assert machine.snapshot().phase_elapsed == pytest.approx(5.0)
    run_to_end(machine, clock)
    assert machine.result.outcome is Outcome.COMPLETED
    assert len(machine.result.safety_events) == 1


@pytest.mark.parametrize(
    ("state_setup", "event"),
    [
        ("idle", "start"),
        ("idle", "pause"),
        ("ready", "pause"),
        ("ready", "skip"),
        ("running", "resume"),
        ("finished", "stop"),
        ("finished", "skip"),
    ],
)
def test_an_event_not_allowed_is_refused_and_logged_not_raised(clock, programs, caplog, state_setup, event):
    machine = SessionMachine(clock)
    if state_setup != "idle":
        machine.load(build_plan(programs["quick"]))
    if state_setup in ("running", "finished"):
        machine.start()
    if state_setup == "finished":
        machine.stop()
    before = machine.state
    with caplog.at_level("INFO"):
        update = getattr(machine, event)()
    assert update.refused
    assert machine.state is before
    assert f"refused event {event!r}" in caplog.text


def test_the_transition_table_is_the_diagram_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).parents[2] / "README.md").read_text()
    for (source, event), target in TRANSITIONS.items():
        assert f"{source.value} --{event.value}--> {target.value}" in readme, (source, event)
    assert Event.RESET in {e for _, e in TRANSITIONS}


def test_ready_can_be_cancelled_and_finished_can_load_again(clock, programs):
    machine = SessionMachine(clock)
    plan = build_plan(programs["quick"])
    machine.load(plan)
    machine.stop()
    assert machine.state is State.IDLE
    machine.load(plan)
    machine.start()
    machine.stop()
    assert not machine.load(plan).refused
    assert machine.state is State.READY
