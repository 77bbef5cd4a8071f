"""Issue 12, point 4: every step in which the hands press (pressure, movement, hold) says the pressure is
firm but never painful, in the program's own words and in every plan built from it."""

from __future__ import annotations

from kneecare.core.plan import KneeChoice, PlanOptions, build_plan
from kneecare.core.protocol import PRESSING_KINDS, StepKind, movement_choices
from kneecare.core.safety import PRESSURE_REMINDER, reminds_firm_not_painful


def test_pressing_means_pressure_movement_and_hold():
    assert {StepKind.PRESSURE, StepKind.MOVEMENT, StepKind.HOLD} == PRESSING_KINDS


def test_every_pressing_step_of_every_program_says_firm_but_never_painful(programs):
    """The article: "increase to a comfortable firm pressure (not painful)" and "Don't press hard if you
    feel sharp pain, numbness, or tingling"; so each pressing step reminds, in its own words."""
    pressing = 0
    for program in programs.values():
        for step in program.steps:
            if step.kind in PRESSING_KINDS:
                pressing += 1
                assert reminds_firm_not_painful(step.instruction), (program.source, step.title)
                assert PRESSURE_REMINDER not in step.instruction  # said in a sentence, not tacked on
        for knees in KneeChoice:
            plan = build_plan(
                program, PlanOptions(knees=knees, movement_minutes=movement_choices(program)[0])
            )
            for phase in plan.phases:
                if phase.step_kind in PRESSING_KINDS and not phase.is_release:
                    assert reminds_firm_not_painful(phase.instruction), (program.id, phase.title)
    assert pressing >= 11  # 4 knee programs: a pressure and a movement step each, and 3 holds


def test_a_hold_or_movement_step_lacking_the_reminder_gets_it(programs):
    """The article: "a comfortable firm pressure (not painful)". The plan adds the reminder to any pressing
    step whose text lacks it, not only to the pressure step."""
    from dataclasses import replace

    daily = programs["daily"]
    bare = tuple(
        replace(s, instruction="Keep the thumbs on the crease.") if s.kind in PRESSING_KINDS else s
        for s in daily.steps
    )
    plan = build_plan(replace(daily, steps=bare), PlanOptions(knees=KneeChoice.LEFT))
    said = {p.step_kind: p.instruction for p in plan.phases if p.step_kind in PRESSING_KINDS}
    assert said == dict.fromkeys(PRESSING_KINDS, f"Keep the thumbs on the crease. {PRESSURE_REMINDER}")
