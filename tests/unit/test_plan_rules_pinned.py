"""Plan rules pinned so that a wrong rule fails a test (issue 12, point 7: mutation testing): the plan
speaks the person's language, including the reminder that pressure is firm but never painful, and it
refuses options outside what the program allows."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kneecare.core.plan import (
    COMPRESS_BOTH,
    COMPRESS_ONE,
    COMPRESS_TITLE,
    Knee,
    KneeChoice,
    PlanError,
    PlanOptions,
    PlanWords,
    Side,
    build_plan,
)
from kneecare.core.protocol import MAX_TEMPO_SECONDS, MIN_TEMPO_SECONDS, Cue, Motion, Per, StepKind
from kneecare.core.safety import PRESSURE_REMINDER, reminds_firm_not_painful

GERMAN = PlanWords(
    left="linke",
    right="rechte",
    compress_title="Warme Kompresse",
    compress_one="Legen Sie eine warme Kompresse auf die {knee} Kniekehle, bis die Zeit um ist.",
    compress_both="Legen Sie eine warme Kompresse auf beide Kniekehlen, bis die Zeit um ist.",
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


def test_the_warm_compress_is_one_phase_before_the_first_knee_in_the_person_s_language(programs):
    """Article: "A warm compress for 1–2 minutes helps." It comes once, before the knees, in German for a
    German reader, and nowhere when it was not chosen."""
    plain = build_plan(programs["daily"], PlanOptions(knees=KneeChoice.LEFT, words=GERMAN))
    warm = build_plan(programs["daily"], PlanOptions(knees=KneeChoice.LEFT, warm_compress=True, words=GERMAN))
    first, *rest = warm.phases
    assert first.warm_compress and first.index == 0 and first.knee is None
    assert first.title == GERMAN.compress_title != COMPRESS_TITLE
    assert first.instruction == "Legen Sie eine warme Kompresse auf die linke Kniekehle, bis die Zeit um ist."
    assert not any(p.warm_compress for p in rest) and not any(p.warm_compress for p in plain.phases)
    assert [p.title for p in rest] == [p.title for p in plain.phases]
    assert warm.total_seconds == plain.total_seconds + first.duration
    both = build_plan(programs["daily"], PlanOptions(knees=KneeChoice.BOTH, warm_compress=True))
    assert both.phases[0].instruction == COMPRESS_BOTH
    one = build_plan(programs["daily"], PlanOptions(knees=KneeChoice.RIGHT, warm_compress=True))
    assert one.phases[0].instruction == COMPRESS_ONE.replace("{knee}", "right")


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
    with pytest.raises(PlanError, match=r"^the movement is either circles or strokes$"):
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
    with pytest.raises(PlanError, match=r"^only a knee session can finish with a routine$"):
        build_plan(programs["calf_raises"], PlanOptions(finish_with=programs["elevation"]))
    offered = [p for p in programs.values() if p.offer_as_finish]
    not_offered = next(p for p in programs.values() if p.is_routine and not p.offer_as_finish)
    assert offered
    with pytest.raises(PlanError, match="is not one of the routines a session can finish with"):
        build_plan(programs["daily"], PlanOptions(finish_with=not_offered))
    with pytest.raises(PlanError, match="is not one of the routines"):
        build_plan(programs["daily"], PlanOptions(finish_with=programs["quick"]))


# -- what comes next, and what each phase carries -----------------------------------------------------


def test_the_window_can_say_what_comes_next_and_that_the_last_step_is_the_last(programs):
    plan = build_plan(programs["quick"], PlanOptions(knees=KneeChoice.LEFT))
    assert plan.next_phase(0) == plan.phases[1]
    assert plan.next_phase(len(plan.phases) - 2) == plan.phases[-1]
    assert plan.next_phase(len(plan.phases) - 1) is None


def test_legs_raised_for_exactly_fifteen_or_twenty_minutes_is_allowed_and_less_is_refused(programs):
    """Leg elevation lets the person choose 15 to 20 whole minutes, both ends included."""
    for minutes in (15, 20):
        plan = build_plan(programs["elevation"], PlanOptions(timer_seconds=minutes * 60.0))
        (timer,) = (p for p in plan.phases if p.step_kind is StepKind.TIMER)
        assert timer.duration == minutes * 60.0
    for seconds in (14 * 60.0, 21 * 60.0, 15.5 * 60.0):
        with pytest.raises(PlanError, match="lasts from 15 to 20 whole minutes"):
            build_plan(programs["elevation"], PlanOptions(timer_seconds=seconds))


def test_a_finishing_routine_speaks_the_person_s_language_and_keeps_the_chosen_tempo(programs):
    plan = build_plan(
        programs["daily"],
        PlanOptions(
            knees=KneeChoice.LEFT, finish_with=programs["calf_strokes"], circle_seconds=3.0, words=GERMAN
        ),
    )
    finish = [p for p in plan.phases if p.section]
    assert finish and all(p.section == programs["calf_strokes"].name for p in finish)
    assert any("linke" in p.instruction for p in finish)
    assert not any("{knee}" in p.instruction or " left " in p.instruction for p in finish)
    assert {p.tempo for p in plan.phases} == {3.0}


def test_the_release_between_two_stretches_stays_on_the_leg_just_stretched_and_names_the_next(programs):
    phases = build_plan(programs["stretches"]).phases
    first_release = next(p for p in phases if p.is_release)
    before = phases[first_release.index - 1]
    assert first_release.side is before.side is Side.LEFT
    assert first_release.instruction.endswith("Next: the right leg.")


def test_a_rest_counts_no_reps_and_rings_no_end_cue(programs):
    """A rest between two sets of calf raises is still: no counting, and no chime meant for the work."""
    raises = programs["calf_raises"]
    chiming = replace(
        raises,
        steps=tuple(replace(s, end_cue=Cue.CHIME) if s.kind is StepKind.REPS else s for s in raises.steps),
    )
    phases = build_plan(chiming).phases
    rests = [p for p in phases if p.is_release]
    assert rests
    for rest in rests:
        assert (rest.reps, rest.rep_seconds, rest.end_cue, rest.motion) == (0, 0.0, Cue.NONE, Motion.STILL)
    assert all(p.end_cue is Cue.CHIME for p in phases if p.step_kind is StepKind.REPS and not p.is_release)


def test_a_release_written_for_each_knee_names_that_knee(programs):
    relax = programs["relax"]
    steps = tuple(
        replace(s, release_instruction="Let the {knee} hollow rest.") if s.kind is StepKind.HOLD else s
        for s in relax.steps
    )
    plan = build_plan(replace(relax, steps=steps), PlanOptions(knees=KneeChoice.RIGHT, words=GERMAN))
    releases = [p for p in plan.phases if p.is_release]
    assert releases and {p.instruction for p in releases} == {"Let the rechte hollow rest."}


def test_warm_and_cool_intervals_done_on_each_side_say_which_side(programs):
    """A program file may make an alternating step sided: each interval then names its side."""
    shower = programs["contrast_shower"]
    steps = tuple(
        replace(
            s,
            each_side=True,
            repeat=1,
            intervals=tuple(replace(i, instruction=f"{i.title} on the {{side}} leg.") for i in s.intervals),
        )
        if s.kind is StepKind.INTERVALS
        else s
        for s in shower.steps
    )
    phases = [p for p in build_plan(replace(shower, steps=steps)).phases if p.step_kind is StepKind.INTERVALS]
    assert [(p.side, p.instruction) for p in phases] == [
        (Side.LEFT, "Warm water on the left leg."),
        (Side.LEFT, "Cool water on the left leg."),
        (Side.RIGHT, "Warm water on the right leg."),
        (Side.RIGHT, "Cool water on the right leg."),
    ]


def test_warm_and_cool_intervals_done_for_each_knee_name_the_knee(programs):
    shower = programs["contrast_shower"]
    steps = tuple(
        replace(
            s,
            repeat=1,
            intervals=tuple(replace(i, instruction="Water on the {knee} knee.") for i in s.intervals),
        )
        if s.kind is StepKind.INTERVALS
        else s
        for s in shower.steps
    )
    per_knee = replace(shower, steps=steps, per=Per.KNEE)
    phases = [p for p in build_plan(per_knee).phases if p.step_kind is StepKind.INTERVALS]
    assert {(p.knee, p.instruction) for p in phases} == {
        (Knee.LEFT, "Water on the left knee."),
        (Knee.RIGHT, "Water on the right knee."),
    }


def test_even_a_one_second_release_between_rounds_is_kept(programs):
    relax = programs["relax"]
    steps = tuple(replace(s, release_seconds=1.0) if s.kind is StepKind.HOLD else s for s in relax.steps)
    plan = build_plan(replace(relax, steps=steps), PlanOptions(knees=KneeChoice.LEFT))
    releases = [p for p in plan.phases if p.is_release]
    assert releases and {p.duration for p in releases} == {1.0}


def test_the_warm_compress_belongs_to_the_knee_session_not_to_the_routine_it_finishes_with(programs):
    """A finishing routine that starts with its own warm-up keeps its own length and gets no compress."""
    elevation = programs["elevation"]
    warming = replace(
        elevation,
        steps=tuple(
            replace(s, kind=StepKind.WARM_UP) if s.kind is StepKind.POSITION else s for s in elevation.steps
        ),
    )
    plan = build_plan(
        programs["daily"], PlanOptions(knees=KneeChoice.LEFT, warm_compress=True, finish_with=warming)
    )
    compresses = [p for p in plan.phases if p.warm_compress]
    assert len(compresses) == 1 and compresses[0] is plan.phases[0] and compresses[0].section == ""
    routine_warm = next(p for p in plan.phases if p.section and p.step_kind is StepKind.WARM_UP)
    assert not routine_warm.warm_compress
    assert routine_warm.duration == elevation.steps[0].seconds
