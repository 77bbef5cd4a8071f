"""Which sessions count as completed: those whose hands-on steps ran to their end (issue 15, point 7)."""

from __future__ import annotations

import pytest

from kneecare.core.plan import KneeChoice, PlanOptions, build_plan
from kneecare.core.protocol import StepKind
from kneecare.core.session import Outcome, SessionMachine, State, hands_on, outcome_at_end


def run(clock, plan, skip_when):
    """Run `plan` to its end, pressing Skip one second into every phase for which `skip_when` is true."""
    machine = SessionMachine(clock)
    machine.load(plan)
    machine.start()
    while machine.state is not State.FINISHED:
        phase = machine.phase
        if skip_when(phase):
            clock.advance(1.0)
            machine.skip()
        else:
            clock.advance(phase.duration)
            machine.tick()
    return machine.result


def test_the_hands_on_steps_of_a_knee_program_are_pressure_movement_hold_and_the_calf_strokes(programs):
    plan = build_plan(programs["daily"], PlanOptions(knees=KneeChoice.LEFT))
    kinds = [p.step_kind for p in plan.phases if hands_on(p)]
    assert kinds == [StepKind.PRESSURE, StepKind.MOVEMENT, StepKind.HOLD, StepKind.FINISH]


def test_the_work_of_a_routine_is_its_exercise_not_getting_ready_or_winding_down(programs):
    work = {
        pid: [p.step_kind for p in build_plan(programs[pid]).phases if hands_on(p)]
        for pid in ("calf_raises", "stretches", "elevation", "contrast_shower", "calf_strokes")
    }
    assert set(work["calf_raises"]) == {StepKind.REPS}  # the rests between sets are not
    assert set(work["stretches"]) == {StepKind.STRETCH}  # nor the releases between stretches
    assert work["elevation"] == [StepKind.TIMER]  # lowering the legs is winding down
    assert set(work["contrast_shower"]) == {StepKind.INTERVALS}  # drying off too
    assert set(work["calf_strokes"]) == {StepKind.FINISH}  # here the strokes are the work
    stretches = build_plan(programs["stretches"]).phases
    assert any(p.is_release for p in stretches) and not any(hands_on(p) for p in stretches if p.is_release)


def test_skipping_only_the_steps_that_prepare_still_completes_the_session(clock, programs):
    """Someone already sitting with the knee found can skip settling in, warming up and finding the point."""
    plan = build_plan(programs["daily"])
    result = run(clock, plan, lambda p: not hands_on(p))
    assert result.outcome is Outcome.COMPLETED
    assert result.phases_skipped == 6  # three on each knee


@pytest.mark.parametrize("kind", [StepKind.PRESSURE, StepKind.MOVEMENT, StepKind.HOLD, StepKind.FINISH])
def test_skipping_one_hands_on_step_on_one_knee_records_the_session_as_skipped(clock, programs, kind):
    plan = build_plan(programs["daily"])
    target = next(p.index for p in plan.phases if p.step_kind is kind and p.knee is plan.knees[-1])
    result = run(clock, plan, lambda p: p.index == target)
    assert result.outcome is Outcome.SKIPPED
    assert result.phases_skipped == 1


def test_a_finishing_routine_left_out_does_not_undo_the_knee_session(clock, programs):
    plan = build_plan(
        programs["daily"], PlanOptions(knees=KneeChoice.LEFT, finish_with=programs["elevation"])
    )
    result = run(clock, plan, lambda p: p.section != "")
    assert result.outcome is Outcome.COMPLETED


def test_a_routine_whose_exercise_was_skipped_is_skipped_though_it_was_wound_down(clock, programs):
    plan = build_plan(programs["elevation"])
    assert run(clock, plan, lambda p: p.step_kind is StepKind.TIMER).outcome is Outcome.SKIPPED


def test_the_outcome_is_decided_from_the_phase_records_alone(programs, clock):
    plan = build_plan(programs["quick"], PlanOptions(knees=KneeChoice.LEFT))
    result = run(clock, plan, lambda p: False)
    assert outcome_at_end(plan, result.phases) is Outcome.COMPLETED
    assert outcome_at_end(plan, result.phases[:-1]) is Outcome.SKIPPED  # the strokes never ended
