"""Programs are data: every built-in file loads, and each kind of bad file says exactly what is wrong."""

from __future__ import annotations

import textwrap

import pytest

from kneecare.assets import program_files
from kneecare.core.plan import KneeChoice, PlanError, PlanOptions, build_plan
from kneecare.core.program_file import load_program, load_programs
from kneecare.core.protocol import Motion, ProgramError, StepKind


def test_every_built_in_program_loads_and_follows_the_routine():
    programs = {p.id: p for p in load_programs(program_files())}
    assert {"daily", "recovery", "relax", "quick"} <= set(programs)
    for program in (p for p in programs.values() if p.category == "knee"):
        kinds = [s.kind for s in program.steps]
        assert kinds[0] is StepKind.POSITION
        assert kinds[-1] is StepKind.FINISH
        assert StepKind.MOVEMENT in kinds
        per_knee = build_plan(program, PlanOptions(knees=KneeChoice.LEFT)).total_seconds
        assert 2 * 60 <= per_knee <= 5 * 60, (program.id, per_knee)  # 2-5 minutes a knee
        for step in program.steps:
            assert "{" not in step.instruction.replace("{knee}", "")
    assert programs["daily"].movement_minutes == 2
    assert programs["quick"].movement_minutes == 1
    assert programs["recovery"].movement_minutes == 3
    assert programs["recovery"].steps[-1].kind is StepKind.FINISH
    holds = [s for s in programs["relax"].steps if s.kind is StepKind.HOLD]
    assert holds and all(20 <= s.seconds <= 30 for s in holds)


GOOD = """
id = "t"
name = "T"
purpose = "testing"
[[steps]]
kind = "position"
title = "Sit"
instruction = "Sit down."
seconds = 10
[[steps]]
kind = "movement"
title = "Circles"
instruction = "Circles."
"""


@pytest.mark.parametrize(
    ("text", "field", "problem"),
    [
        ('colour = "red"\n' + GOOD, "colour", "unknown key"),
        (GOOD.replace("seconds = 10", "seconds = -5"), "steps[1].seconds", "greater than zero"),
        (GOOD.replace("seconds = 10", "seconds = 0"), "steps[1].seconds", "greater than zero"),
        (GOOD.replace('kind = "position"', 'kind = "jump"'), "steps[1].kind", "'jump' does not exist"),
        ('id = "t"\nname = "T"\npurpose = "p"\n', "steps", "at least one"),
        ('id = "t"\nname = "T"\npurpose = "p"\nsteps = []\n', "steps", "at least one"),
        (GOOD.replace('title = "Sit"\n', ""), "steps[1].title", "is missing"),
        (GOOD.replace("seconds = 10", 'seconds = "ten"'), "steps[1].seconds", "must be a number"),
        (GOOD.replace("seconds = 10", "seconds = 10\nwobble = 1"), "steps[1].wobble", "unknown key"),
        ("movement_minutes = 9\n" + GOOD, "movement_minutes", "at most 3"),
        ('name = "T"\n' + GOOD.split("\n", 3)[3], "id", "is missing"),
        ("id = [", "(file)", "not valid TOML"),
    ],
)
def test_a_bad_program_file_names_the_file_the_field_and_the_problem(tmp_path, text, field, problem):
    path = tmp_path / "broken.toml"
    path.write_text(textwrap.dedent(text))
    with pytest.raises(ProgramError) as caught:
        load_program(path)
    error = caught.value
    assert error.source == "broken.toml"
    assert error.field == field
    assert problem in error.problem
    assert str(error).startswith(f"broken.toml: {field}: ")


def test_two_programs_with_one_id_are_refused(tmp_path):
    for name in ("a.toml", "b.toml"):
        (tmp_path / name).write_text(GOOD)
    with pytest.raises(ProgramError, match=r"b.toml: id: 't' is already used by a.toml"):
        load_programs(tmp_path.glob("*.toml"))


def test_the_plan_follows_the_options(programs):
    daily = programs["daily"]
    left = build_plan(daily, PlanOptions(knees=KneeChoice.LEFT))
    both = build_plan(daily, PlanOptions(knees=KneeChoice.BOTH))
    assert both.total_seconds == 2 * left.total_seconds
    three = build_plan(daily, PlanOptions(knees=KneeChoice.LEFT, movement_minutes=3))
    assert three.total_seconds == left.total_seconds + 60
    warm = build_plan(daily, PlanOptions(knees=KneeChoice.LEFT, warm_compress=True, compress_seconds=120))
    assert warm.total_seconds == left.total_seconds + 120
    compress = warm.phases[0]  # once, before the first knee, and not counted as the knee's time
    assert (
        compress.warm_compress
        and compress.knee is None
        and "compress behind the left knee" in (compress.instruction)
    )
    assert warm.seconds_per_knee() == left.seconds_per_knee() and warm.compress_seconds == 120
    warm_both = build_plan(daily, PlanOptions(knees=KneeChoice.BOTH, warm_compress=True))
    assert [p.warm_compress for p in warm_both.phases].count(True) == 1
    assert "both knees" in warm_both.phases[0].instruction
    assert warm_both.total_seconds == both.total_seconds + daily.compress_seconds
    strokes = build_plan(daily, PlanOptions(motion=Motion.STROKES, circle_seconds=3))
    movement = next(p for p in strokes.phases if p.step_kind is StepKind.MOVEMENT)
    assert movement.motion is Motion.STROKES and movement.tempo == 3
    assert "left" in left.phases[0].instruction
    offsets = [p.offset for p in both.phases]
    assert offsets == sorted(offsets) and offsets[0] == 0
    assert [p.index for p in both.phases] == list(range(len(both.phases)))


def test_relax_alternates_holds_and_releases(programs):
    plan = build_plan(programs["relax"], PlanOptions(knees=KneeChoice.LEFT))
    holds = [p for p in plan.phases if p.step_kind is StepKind.HOLD]
    assert [(p.round, p.is_release, p.motion) for p in holds] == [
        (1, False, Motion.HOLD),
        (1, True, Motion.STILL),
        (2, False, Motion.HOLD),
        (2, True, Motion.STILL),
        (3, False, Motion.HOLD),
    ]


@pytest.mark.parametrize(
    "options",
    [PlanOptions(movement_minutes=4), PlanOptions(movement_minutes=0.5), PlanOptions(circle_seconds=20)],
)
def test_options_out_of_range_are_refused_with_a_reason(programs, options):
    with pytest.raises(PlanError):
        build_plan(programs["daily"], options)


KNEE = """
id = "long"
name = "Long"
purpose = "testing"
movement_minutes = {minutes}
[[steps]]
kind = "position"
title = "Sit"
instruction = "Sit down."
seconds = {seconds}
[[steps]]
kind = "movement"
title = "Circles"
instruction = "Circles, firm but never painful."
"""


@pytest.mark.parametrize(
    ("minutes", "seconds", "field", "numbers"),
    [
        # 150 s of steps + 3 min of movement = 5.5 min per knee
        (
            3,
            150,
            "movement_minutes",
            "3 min of movement make 5.5 min per knee; a knee session lasts 2 to 5"
            " min per knee (here: 1 to 2.5 min of movement)",
        ),
        # 250 s of steps + 1 min of movement = 5.17 min per knee: no minutes of movement fit
        (
            1,
            250,
            "steps",
            "each knee takes 5.17 min even with 1 min of movement; a knee session lasts 2 to 5",
        ),
        (2.25, 20, "movement_minutes", "whole or half minutes from 1 to 3, not 2.25"),
    ],
)
def test_a_knee_program_past_5_minutes_per_knee_fails_to_load_with_the_numbers(
    tmp_path, minutes, seconds, field, numbers
):
    """The article: "Sessions can be 2–5 minutes per knee." A program file that breaks it does not load."""
    path = tmp_path / "long.toml"
    path.write_text(KNEE.format(minutes=minutes, seconds=seconds))
    with pytest.raises(ProgramError) as caught:
        load_program(path)
    assert (caught.value.source, caught.value.field) == ("long.toml", field)
    assert numbers in caught.value.problem, str(caught.value)


def test_a_knee_program_under_2_minutes_per_knee_fails_to_load(tmp_path):
    """The article: "Sessions can be 2–5 minutes per knee." Too short is refused as well."""
    path = tmp_path / "short.toml"
    path.write_text(GOOD.rsplit("[[steps]]", 1)[0])  # 10 s of settling in, and no movement
    with pytest.raises(
        ProgramError, match=r"short.toml: steps: each knee takes only 0.17 min even with 3 min"
    ):
        load_program(path)


def test_a_finishing_routine_that_pushes_a_knee_program_past_5_minutes_names_both_files(tmp_path):
    """The article: "Sessions can be 2–5 minutes per knee." A routine a session can finish with, done per
    knee, counts towards each knee; if no minutes of movement leave room for it, the library does not load."""
    (tmp_path / "long.toml").write_text(KNEE.format(minutes=1, seconds=200))  # 4.33 min per knee
    (tmp_path / "strokes.toml").write_text(
        'id = "strokes"\nname = "Strokes"\npurpose = "p"\ncategory = "routine"\nper = "knee"\n'
        'offer_as_finish = true\n[[steps]]\nkind = "finish"\ntitle = "F"\ninstruction = "Stroke."\n'
        "seconds = 60\n"
    )
    with pytest.raises(ProgramError) as caught:
        load_programs(tmp_path.glob("*.toml"))
    assert str(caught.value) == (
        "strokes.toml: steps: after Long (long.toml) each knee takes 5.33 min even with 1 min of movement;"
        " a knee session lasts 2 to 5 min per knee"
    )
