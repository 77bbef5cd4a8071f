"""The routines beyond the knee points are programs too: they load from data, plan into reps, holds, rests
and intervals, and run on the same session machine; old program files keep working unchanged."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from kneecare.assets import program_files
from kneecare.core.library import finish_options, load_library
from kneecare.core.plan import Knee, KneeChoice, PlanError, PlanOptions, Side, build_plan
from kneecare.core.program_file import load_program
from kneecare.core.protocol import (
    Category,
    Cue,
    Per,
    ProgramError,
    StepKind,
    goal_kinds,
    movement_choices,
)

DATA = Path(__file__).parent / "data"
ROUTINES = ("ankle_pumps", "calf_raises", "stretches", "elevation", "contrast_shower", "calf_strokes")


def work(plan, kind):
    """The phases of one kind that are not rests or releases."""
    return [p for p in plan.phases if p.step_kind is kind and not p.is_release]


def test_every_routine_is_a_routine_and_comes_after_the_knee_programs(programs):
    ordered = [p.id for p in load_library(program_files())]
    assert ordered[:4] == ["daily", "quick", "recovery", "relax"]
    assert set(ROUTINES) <= set(ordered[4:])
    for routine_id in ROUTINES:
        program = programs[routine_id]
        assert program.category is Category.ROUTINE
        assert program.is_routine
        plan = build_plan(program)
        assert plan.phases, routine_id
        assert all(p.program_id == routine_id and p.section == "" for p in plan.phases)
        assert all(p.illustration and p.illustration.endswith(".svg") for p in plan.phases)
        for phase in plan.phases:
            assert "{" not in phase.instruction and "{" not in phase.title, (routine_id, phase)


def test_ankle_pumps_are_two_sets_of_twenty_at_two_seconds_with_a_rest_between(programs):
    plan = build_plan(programs["ankle_pumps"])
    pumps = work(plan, StepKind.REPS)
    assert [(p.reps, p.rep_seconds, p.duration, p.round, p.rounds) for p in pumps] == [
        (20, 2.0, 40.0, 1, 2),
        (20, 2.0, 40.0, 2, 2),
    ]
    rests = [p for p in plan.phases if p.is_release]
    assert [(r.title, r.duration, r.reps) for r in rests] == [("Rest", 20.0, 0)]
    assert plan.phases.index(rests[0]) == plan.phases.index(pumps[0]) + 1
    assert plan.planned_reps == 40
    assert all(p.knee is None and p.side is None for p in plan.phases)
    assert plan.total_seconds == 15 + 40 + 20 + 40


def test_calf_raises_count_slower_reps(programs):
    plan = build_plan(programs["calf_raises"])
    raises = work(plan, StepKind.REPS)
    assert [(p.reps, p.rep_seconds) for p in raises] == [(12, 3.0), (12, 3.0)]
    assert 10 <= raises[0].reps <= 20  # sets of 10-20
    assert plan.planned_reps == 24


def test_stretches_hold_each_side_thirty_seconds_with_a_release_and_a_second_round(programs):
    plan = build_plan(programs["stretches"])
    assert programs["stretches"].per is Per.SIDE
    calf = [p for p in plan.phases if p.title == "Calf stretch"]
    assert [(p.side, p.round, p.duration) for p in calf] == [
        (Side.LEFT, 1, 30.0),
        (Side.RIGHT, 1, 30.0),
        (Side.LEFT, 2, 30.0),
        (Side.RIGHT, 2, 30.0),
    ]
    assert "left foot" in calf[0].instruction and "right foot" in calf[1].instruction
    first = plan.phases.index(calf[0])
    release = plan.phases[first + 1]
    assert release.is_release and release.title == "Release" and release.duration == 10
    assert release.instruction.endswith("Next: the right leg.")
    hamstring = [p for p in plan.phases if p.title == "Hamstring stretch"]
    assert [p.side for p in hamstring] == [Side.LEFT, Side.RIGHT, Side.LEFT, Side.RIGHT]
    assert all(p.illustration == "hamstring-stretch.svg" for p in hamstring)
    # The set-up steps are done once, not per side; no release after the last hold of a stretch.
    positions = [p for p in plan.phases if p.step_kind is StepKind.POSITION]
    assert [p.side for p in positions] == [None, None]
    assert plan.phases[plan.phases.index(calf[-1]) + 1].step_kind is StepKind.POSITION
    assert not plan.phases[-1].is_release


def test_leg_elevation_is_a_quiet_fifteen_minute_timer_that_ends_with_a_chime(programs):
    plan = build_plan(programs["elevation"])
    (timer,) = work(plan, StepKind.TIMER)
    assert 15 * 60 <= timer.duration <= 20 * 60
    assert timer.quiet and timer.end_cue is Cue.CHIME
    assert [p.end_cue for p in plan.phases if p is not timer] == [Cue.NONE, Cue.NONE]


def test_the_contrast_shower_alternates_warm_and_cool_with_a_switch_cue_and_has_a_safety_note(programs):
    plan = build_plan(programs["contrast_shower"])
    intervals = work(plan, StepKind.INTERVALS)
    assert [(p.title, p.duration, p.round, p.start_cue) for p in intervals] == [
        ("Warm water", 60.0, 1, Cue.NONE),
        ("Cool water", 20.0, 1, Cue.SWITCH),
        ("Warm water", 60.0, 2, Cue.SWITCH),
        ("Cool water", 20.0, 2, Cue.SWITCH),
        ("Warm water", 60.0, 3, Cue.SWITCH),
        ("Cool water", 20.0, 3, Cue.SWITCH),
    ]
    (note,) = plan.safety_notes
    assert note.program_id == "contrast_shower"
    assert "temperature" in note.text
    assert not build_plan(programs["ankle_pumps"]).safety_notes


def test_an_old_format_program_file_still_loads_and_plans_as_before():
    old = load_program(DATA / "daily-before-routines.toml")
    assert old.category is Category.KNEE and old.per is Per.KNEE
    assert not old.offer_as_finish and old.safety_note is None
    plan = build_plan(old, PlanOptions(knees=KneeChoice.BOTH))
    assert plan.total_seconds == 470  # 15 + 20 + 15 + 20 + 120 + 25 + 20, on each knee
    assert [p.knee for p in plan.phases] == [Knee.LEFT] * 7 + [Knee.RIGHT] * 7
    assert all(p.side is None and p.reps == 0 and p.start_cue is Cue.NONE for p in plan.phases)
    assert plan.phases[0].instruction.startswith("Sit down and bend your left knee")


def test_the_knee_choice_does_not_change_a_routine_done_on_both_legs(programs):
    left = build_plan(programs["ankle_pumps"], PlanOptions(knees=KneeChoice.LEFT))
    assert left.options.knees is KneeChoice.BOTH  # recorded as both legs
    assert left.phases == build_plan(programs["ankle_pumps"]).phases
    strokes = build_plan(programs["calf_strokes"], PlanOptions(knees=KneeChoice.RIGHT))
    assert [p.knee for p in strokes.phases] == [Knee.RIGHT]
    assert "right knee" in strokes.phases[0].instruction


def test_a_knee_session_can_finish_with_a_routine_in_one_plan(programs):
    offered = [p.id for p in finish_options(list(programs.values()))]
    assert offered == ["ankle_pumps", "elevation", "calf_strokes"]
    daily = build_plan(programs["daily"], PlanOptions(knees=KneeChoice.LEFT))
    pumps = build_plan(programs["ankle_pumps"])
    both = build_plan(
        programs["daily"], PlanOptions(knees=KneeChoice.LEFT, finish_with=programs["ankle_pumps"])
    )
    assert both.program.id == "daily" and both.finish is programs["ankle_pumps"]
    assert both.total_seconds == daily.total_seconds + pumps.total_seconds
    assert [p.index for p in both.phases] == list(range(len(both.phases)))
    assert [p.offset for p in both.phases] == sorted(p.offset for p in both.phases)
    tail = both.phases[len(daily.phases) :]
    assert [p.title for p in tail] == [p.title for p in pumps.phases]
    assert all(p.section == "Ankle pumps" and p.program_id == "ankle_pumps" for p in tail)
    assert tail[0].offset == daily.total_seconds
    assert both.planned_reps == 40
    strokes = build_plan(
        programs["quick"], PlanOptions(knees=KneeChoice.BOTH, finish_with=programs["calf_strokes"])
    )
    assert [p.knee for p in strokes.phases[-2:]] == [Knee.LEFT, Knee.RIGHT]


@pytest.mark.parametrize(
    ("main", "finish", "reason"),
    [
        ("daily", "contrast_shower", "not one of the routines"),
        ("daily", "quick", "not one of the routines"),
        ("ankle_pumps", "elevation", "only a knee session"),
    ],
)
def test_only_a_knee_session_finishes_and_only_with_an_offered_routine(programs, main, finish, reason):
    with pytest.raises(PlanError, match=reason):
        build_plan(programs[main], PlanOptions(finish_with=programs[finish]))


def test_the_daily_goal_counts_knee_sessions_unless_the_person_counts_routines_too():
    assert goal_kinds(count_routines=False) == ("knee",)
    assert set(goal_kinds(count_routines=True)) == {"knee", "routine"}


ROUTINE = """
id = "r"
name = "R"
purpose = "testing"
category = "routine"
per = "none"

[[steps]]
kind = "reps"
title = "Pumps"
instruction = "Pump."
reps = 10
rep_seconds = 2
"""

SIDED = """
id = "s"
name = "S"
purpose = "testing"
category = "routine"
per = "side"

[[steps]]
kind = "stretch"
title = "Stretch"
instruction = "Stretch the {side} leg."
seconds = 30
"""

SHOWER = """
id = "c"
name = "C"
purpose = "testing"
category = "routine"
per = "none"

[[steps]]
kind = "intervals"
title = "Warm and cool"

[[steps.intervals]]
title = "Warm"
instruction = "Warm."
seconds = 60

[[steps.intervals]]
title = "Cool"
instruction = "Cool."
seconds = 20
"""


@pytest.mark.parametrize(
    ("text", "field", "problem"),
    [
        (ROUTINE.replace("reps = 10\n", ""), "steps[1].reps", "is missing"),
        (ROUTINE.replace("reps = 10", "reps = 0"), "steps[1].reps", "from 1 to 100"),
        (ROUTINE.replace("reps = 10", "reps = 2.5"), "steps[1].reps", "whole number"),
        (ROUTINE.replace("rep_seconds = 2", "rep_seconds = 0.2"), "steps[1].rep_seconds", "at least 1"),
        (ROUTINE.replace("rep_seconds = 2\n", ""), "steps[1].rep_seconds", "is missing"),
        (ROUTINE + "seconds = 20\n", "steps[1].seconds", "reps x rep_seconds"),
        (ROUTINE + "repeat = 2\n", "steps[1].release_seconds", "needs a release"),
        (ROUTINE + 'release_title = "Rest"\n', "steps[1].release_title", "has no release"),
        (ROUTINE.replace('kind = "reps"', 'kind = "stretch"'), "steps[1].seconds", "is missing"),
        (
            ROUTINE.replace('kind = "reps"', 'kind = "stretch"\nseconds = 30'),
            "steps[1].reps",
            "only a step of kind 'reps'",
        ),
        (ROUTINE.replace('per = "none"', 'per = "each"'), "per", "'each' does not exist"),
        (ROUTINE.replace('category = "routine"', 'category = "spa"'), "category", "'spa' does not exist"),
        (ROUTINE.replace('category = "routine"', 'category = "knee"'), "per", "a knee program"),
        (ROUTINE + "each_side = true\n", "steps[1].each_side", 'per = "side"'),
        (ROUTINE.replace("Pump.", "Pump the {knee} foot."), "steps[1].instruction", "{knee} is not"),
        (ROUTINE.replace("Pump.", "Pump {{slowly}."), "steps[1].instruction", "is not a placeholder"),
        (ROUTINE + "quiet = 1\n", "steps[1].quiet", "true or false"),
        (ROUTINE + 'end_cue = "gong"\n', "steps[1].end_cue", "'gong' does not exist"),
        (ROUTINE + 'illustration = "../x.svg"\n', "steps[1].illustration", "file name"),
        ("offer_as_finish = 1\n" + ROUTINE, "offer_as_finish", "true or false"),
        ('safety_note = ""\n' + ROUTINE, "safety_note", "non-empty"),
        (SIDED.replace("seconds = 30", "seconds = 30\neach_side = 1"), "steps[1].each_side", "true or false"),
        (SIDED.replace("{side}", "{knee}"), "steps[1].instruction", "{knee} is not"),
        (SIDED + "each_side = false\n", "steps[1].instruction", "{side} is not"),
        (SHOWER.replace('cool"', 'cool"\nseconds = 80'), "steps[1].seconds", "as long as its intervals"),
        (
            SHOWER.replace('title = "Warm and cool"', 'title = "W"\ninstruction = "x"'),
            "steps[1].instruction",
            "its own instruction",
        ),
        (
            SHOWER.split("[[steps.intervals]]")[0]
            + "[[steps.intervals]]"
            + SHOWER.split("[[steps.intervals]]")[1],
            "steps[1].intervals",
            "at least two",
        ),
        (
            SHOWER.replace("seconds = 20", "seconds = 20\ncolour = 1"),
            "steps[1].intervals[2].colour",
            "unknown key",
        ),
        (SHOWER.replace("seconds = 60", ""), "steps[1].intervals[1].seconds", "is missing"),
        (
            SHOWER.replace("seconds = 60", "seconds = 60\nrepeat = 3"),
            "steps[1].intervals[1].repeat",
            "unknown key",
        ),
        (
            SHOWER.replace('title = "Warm and cool"', 'title = "W"\nrepeat = 2\nrelease_seconds = 5'),
            "steps[1].release_seconds",
            "no pause",
        ),
        (
            ROUTINE.replace('kind = "reps"', 'kind = "timer"\nseconds = 1801')
            .replace("reps = 10\n", "")
            .replace("rep_seconds = 2\n", ""),
            "steps[1].seconds",
            "at most 1800",
        ),
        (
            ROUTINE.replace('kind = "reps"', 'kind = "stretch"\nseconds = 601')
            .replace("reps = 10\n", "")
            .replace("rep_seconds = 2\n", ""),
            "steps[1].seconds",
            "at most 600",
        ),
    ],
)
def test_a_bad_routine_file_names_the_file_the_field_and_the_problem(tmp_path, text, field, problem):
    path = tmp_path / "broken.toml"
    path.write_text(textwrap.dedent(text))
    with pytest.raises(ProgramError) as caught:
        load_program(path)
    error = caught.value
    assert (error.source, error.field) == ("broken.toml", field), str(error)
    assert problem in error.problem, str(error)


def test_small_routine_files_that_are_right_load(tmp_path):
    for name, text in (("r.toml", ROUTINE), ("s.toml", SIDED), ("c.toml", SHOWER)):
        path = tmp_path / name
        path.write_text(text)
        program = load_program(path)
        assert program.category is Category.ROUTINE
    sided = build_plan(load_program(tmp_path / "s.toml"))
    assert [(p.side, p.is_release) for p in sided.phases] == [(Side.LEFT, False), (Side.RIGHT, False)]
    shower = build_plan(load_program(tmp_path / "c.toml"))
    assert [p.title for p in shower.phases] == ["Warm", "Cool"]


def test_every_plan_is_one_gapless_timeline_whatever_the_options(programs):
    finishes = [None, *finish_options(list(programs.values()))]
    for program in programs.values():
        for knees in KneeChoice:
            for finish in finishes if not program.is_routine else [None]:
                longest = movement_choices(program, finish)[-1]
                options = PlanOptions(knees=knees, finish_with=finish, movement_minutes=longest)
                plan = build_plan(program, options)
                assert [p.index for p in plan.phases] == list(range(len(plan.phases)))
                for before, after in zip(plan.phases, plan.phases[1:], strict=False):
                    assert after.offset == pytest.approx(before.end_offset)
                assert all(p.duration > 0 for p in plan.phases)
                assert not plan.phases[0].is_release and not plan.phases[-1].is_release
                assert all(p.reps == 0 for p in plan.phases if p.is_release)
                assert all(p.knee is None or p.side is None for p in plan.phases)
                for phase in plan.phases:
                    if phase.counts_reps:
                        assert phase.duration == pytest.approx(phase.reps * phase.rep_seconds)
