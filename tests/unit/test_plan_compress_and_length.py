"""The warm compress and the per-knee length, pinned field by field so that a wrong rule fails here, in the
Qt-free unit tests that mutation testing runs (issue 12, points 3 and 7).

Article: "A warm compress for 1–2 minutes helps." and "Sessions can be 2–5 minutes per knee.\""""

from __future__ import annotations

from dataclasses import replace

import pytest

from kneecare.core.plan import (
    COMPRESS_BOTH,
    COMPRESS_ONE,
    COMPRESS_TITLE,
    KneeChoice,
    PlanError,
    PlanOptions,
    build_plan,
)
from kneecare.core.protocol import Motion, StepKind


def compress_plan(programs, knees=KneeChoice.BOTH, seconds=None, program="daily"):
    return build_plan(
        programs[program], PlanOptions(knees=knees, warm_compress=True, compress_seconds=seconds)
    )


def test_the_compress_is_the_first_phase_still_and_for_no_knee_with_the_program_s_breathing(programs):
    daily = programs["daily"]
    plan = compress_plan(programs)
    first, second = plan.phases[:2]
    assert (first.index, first.offset, first.step_number, first.step_count) == (0, 0.0, 0, len(daily.steps))
    assert first.step_kind is StepKind.WARM_UP and first.knee is None and first.motion is Motion.STILL
    assert first.title == COMPRESS_TITLE and first.instruction == COMPRESS_BOTH
    assert first.breathing == daily.breathing and first.tempo == second.tempo
    assert first.program_id == "daily" and first.section == "" and first.warm_compress
    assert first.duration == daily.compress_seconds == plan.compress_seconds
    assert second.index == 1 and second.offset == first.duration and not second.warm_compress


def test_one_knee_s_compress_names_that_knee(programs):
    plan = compress_plan(programs, KneeChoice.LEFT)
    assert plan.phases[0].instruction == COMPRESS_ONE.replace("{knee}", "left")


@pytest.mark.parametrize("seconds", [60.0, 90.0, 120.0])
def test_a_compress_from_one_to_two_minutes_is_taken_as_chosen(programs, seconds):
    plan = compress_plan(programs, seconds=seconds)
    assert plan.phases[0].duration == seconds == plan.compress_seconds
    assert isinstance(plan.phases[0].duration, float)


@pytest.mark.parametrize(("seconds", "said"), [(59.0, "0.983333"), (121.0, "2.01667"), (180.0, "3")])
def test_a_compress_outside_one_to_two_minutes_is_refused_with_the_numbers(programs, seconds, said):
    with pytest.raises(PlanError) as refused:
        compress_plan(programs, seconds=seconds)
    assert str(refused.value) == f"a warm compress lasts from 1 to 2 minutes, not {said}"


def test_without_a_compress_there_is_no_compress_phase_and_no_compress_time(programs):
    plan = build_plan(programs["daily"], PlanOptions(knees=KneeChoice.BOTH))
    assert plan.compress_seconds == 0 and not any(p.warm_compress for p in plan.phases)
    assert plan.phases[0].index == 0 and plan.phases[0].step_number == 1


def test_each_knee_s_steps_are_numbered_from_one(programs):
    plan = build_plan(programs["daily"], PlanOptions(knees=KneeChoice.BOTH))
    count = len(programs["daily"].steps)
    numbers = [p.step_number for p in plan.phases if not p.is_release]
    assert numbers[:count] == list(range(1, count + 1))
    assert numbers[count : 2 * count] == list(range(1, count + 1))


def lengthened(program, extra: float):
    """The program with its first step `extra` seconds longer (as a hand-edited file might make it)."""
    first = program.steps[0]
    return replace(program, steps=(replace(first, seconds=first.seconds + extra), *program.steps[1:]))


def test_a_plan_longer_than_five_minutes_a_knee_is_refused_naming_the_knee_and_the_range(programs):
    daily = programs["daily"]
    base = build_plan(daily, PlanOptions(knees=KneeChoice.RIGHT)).seconds_per_knee()
    (seconds,) = base.values()
    too_long = lengthened(daily, 300.0 - seconds + 6.0)  # 5 minutes and 6 seconds
    with pytest.raises(PlanError) as refused:
        build_plan(too_long, PlanOptions(knees=KneeChoice.RIGHT))
    assert str(refused.value) == (
        "Daily would take 5.1 minutes for the right knee; a session lasts 2 to 5 minutes per knee"
    )
    exactly_five = build_plan(lengthened(daily, 300.0 - seconds), PlanOptions(knees=KneeChoice.BOTH))
    assert set(exactly_five.seconds_per_knee().values()) == {300.0}
