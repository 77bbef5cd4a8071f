"""Plan rules pinned so that a wrong rule fails a test (issue 12, point 7: mutation testing): the plan
speaks the person's language, including the reminder that pressure is firm but never painful, and it
refuses options outside what the program allows."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kneecare.core.plan import (
    COMPRESS_NOTE,
    Knee,
    KneeChoice,
    PlanError,
    PlanOptions,
    PlanWords,
    build_plan,
)
from kneecare.core.protocol import MAX_TEMPO_SECONDS, MIN_TEMPO_SECONDS, Motion, StepKind
from kneecare.core.safety import PRESSURE_REMINDER, reminds_firm_not_painful

GERMAN = PlanWords(
    left="linke",
    right="rechte",
    compress_note="Legen Sie eine warme Kompresse auf die Kniekehle, bis die Zeit um ist.",
    pressure_reminder="Fest, aber nie schmerzhaft.",
    firm=("fest",),
    never_painful=("nie schmerzhaft",),
)


def with_pressure(program, instruction: str):
    """The program with its pressure step reworded (as a translation or a program file might word it)."""
    steps = tuple(
        replace(s, instruction=instruction) if s.kind is StepKind.PRESSURE else s for s in program.steps
    )
    return replace(program, steps=steps)


def pressure_phases(plan):
    return [p for p in plan.phases if p.step_kind is StepKind.PRESSURE]


def test_a_german_pressure_step_gets_the_german_reminder_not_the_english_one(programs):
    """Article: "increase to a comfortable firm pressure (not painful)". A German reader must get that
    reminder in German, on each knee."""
    program = with_pressure(programs["daily"], "Drücken Sie mit beiden Daumen in die {knee} Kniekehle.")
    plan = build_plan(program, PlanOptions(knees=KneeChoice.BOTH, words=GERMAN))
    assert [p.instruction for p in pressure_phases(plan)] == [
        "Drücken Sie mit beiden Daumen in die linke Kniekehle. Fest, aber nie schmerzhaft.",
        "Drücken Sie mit beiden Daumen in die rechte Kniekehle. Fest, aber nie schmerzhaft.",
    ]
    assert all(PRESSURE_REMINDER not in p.instruction for p in plan.phases)


def test_a_german_pressure_step_that_already_says_it_is_not_reminded_twice(programs):
    text = "Drücken Sie fest, aber nie schmerzhaft, in die {knee} Kniekehle."
    plan = build_plan(
        with_pressure(programs["daily"], text), PlanOptions(knees=KneeChoice.LEFT, words=GERMAN)
    )
    (phase,) = pressure_phases(plan)
    assert phase.instruction == "Drücken Sie fest, aber nie schmerzhaft, in die linke Kniekehle."
    assert reminds_firm_not_painful(phase.instruction, GERMAN.firm, GERMAN.never_painful)


def test_an_english_step_saying_only_firm_is_reminded_in_english(programs):
    plan = build_plan(with_pressure(programs["quick"], "Press firmly."), PlanOptions(knees=KneeChoice.RIGHT))
    (phase,) = pressure_phases(plan)
    assert phase.instruction == f"Press firmly. {PRESSURE_REMINDER}"
    assert phase.knee is Knee.RIGHT


def test_the_warm_compress_note_is_in_the_person_s_language_and_only_on_the_warm_up(programs):
    plain = build_plan(programs["daily"], PlanOptions(knees=KneeChoice.LEFT, words=GERMAN))
    warm = build_plan(programs["daily"], PlanOptions(knees=KneeChoice.LEFT, warm_compress=True, words=GERMAN))
    notes = [p.step_kind for p in warm.phases if p.instruction.endswith(GERMAN.compress_note)]
    assert notes == [StepKind.WARM_UP]
    assert not any(COMPRESS_NOTE in p.instruction for p in warm.phases)
    assert not any(GERMAN.compress_note in p.instruction for p in plain.phases)
    (before,) = (p for p in plain.phases if p.step_kind is StepKind.WARM_UP)
    (after,) = (p for p in warm.phases if p.step_kind is StepKind.WARM_UP)
    assert after.duration == before.duration + programs["daily"].compress_seconds


@pytest.mark.parametrize("minutes", [0.5, 3.5])
def test_minutes_of_movement_outside_one_to_three_are_refused(programs, minutes):
    """Article: "Movement: ... for 1–3 minutes per knee"."""
    with pytest.raises(PlanError, match="minutes per knee must be from 1 to 3"):
        build_plan(programs["daily"], PlanOptions(movement_minutes=minutes))


@pytest.mark.parametrize("tempo", [MIN_TEMPO_SECONDS - 0.5, MAX_TEMPO_SECONDS + 0.5])
def test_a_circle_faster_or_slower_than_the_program_allows_is_refused(programs, tempo):
    with pytest.raises(PlanError, match="one circle takes from 1 to 8 seconds"):
        build_plan(programs["daily"], PlanOptions(circle_seconds=tempo))


@pytest.mark.parametrize("tempo", [MIN_TEMPO_SECONDS, MAX_TEMPO_SECONDS])
def test_the_slowest_and_fastest_circles_are_allowed_and_carried_to_every_phase(programs, tempo):
    plan = build_plan(programs["daily"], PlanOptions(circle_seconds=tempo))
    assert {p.tempo for p in plan.phases} == {tempo}


def test_the_movement_is_circles_or_strokes_and_nothing_else(programs):
    with pytest.raises(PlanError, match="either circles or strokes"):
        build_plan(programs["daily"], PlanOptions(motion=Motion.HOLD))
    strokes = build_plan(programs["daily"], PlanOptions(motion=Motion.STROKES))
    (movement, *_) = (p for p in strokes.phases if p.step_kind is StepKind.MOVEMENT)
    assert movement.motion is Motion.STROKES


def test_phases_follow_each_other_without_a_gap_numbered_from_zero(programs):
    plan = build_plan(
        programs["daily"], PlanOptions(knees=KneeChoice.BOTH, finish_with=programs["elevation"])
    )
    assert [p.index for p in plan.phases] == list(range(len(plan.phases)))
    assert plan.phases[0].offset == 0.0
    for before, after in zip(plan.phases, plan.phases[1:], strict=False):
        assert after.offset == before.end_offset
    assert plan.total_seconds == plan.phases[-1].end_offset


def test_only_a_knee_session_finishes_with_a_routine_and_only_with_one_offered_as_a_finish(programs):
    with pytest.raises(PlanError, match="only a knee session can finish with a routine"):
        build_plan(programs["calf_raises"], PlanOptions(finish_with=programs["elevation"]))
    offered = [p for p in programs.values() if p.offer_as_finish]
    not_offered = next(p for p in programs.values() if p.is_routine and not p.offer_as_finish)
    assert offered
    with pytest.raises(PlanError, match="is not one of the routines a session can finish with"):
        build_plan(programs["daily"], PlanOptions(finish_with=not_offered))
    with pytest.raises(PlanError, match="is not one of the routines"):
        build_plan(programs["daily"], PlanOptions(finish_with=programs["quick"]))
