"""What the window says during routines: which leg, which set, when to switch, how long a hold has left,
and the steps done when a knee session finished with a routine."""

from __future__ import annotations

from kneecare.core.plan import KneeChoice, PlanOptions, build_plan
from kneecare.core.session import PhaseRecord, PhaseStatus, SessionResult
from kneecare.ui import text


def test_where_names_the_leg_the_set_and_the_finishing_routine(programs):
    stretches = build_plan(programs["stretches"])
    assert text.where(stretches.phases[3]) == "Right leg · step 2 of 4 · round 1 of 2"
    assert text.where(stretches.phases[0]) == "Both legs · step 1 of 4"
    pumps = build_plan(programs["ankle_pumps"])
    assert text.where(pumps.phases[3]) == "Both legs · step 2 of 2 · set 2 of 2"
    chained = build_plan(
        programs["daily"], PlanOptions(knees=KneeChoice.LEFT, finish_with=programs["calf_strokes"])
    )
    assert text.where(chained.phases[-1]) == "Calf strokes · Left knee · step 1 of 1"
    assert text.where(chained.phases[0]) == "Left knee · step 1 of 7"


def test_the_switch_is_said_at_each_change_of_water(programs):
    shower = build_plan(programs["contrast_shower"])
    assert [text.cue(p) for p in shower.phases[:4]] == ["", "", "Switch now", "Switch now"]
    assert text.motion_cue(shower.phases[2], 12.5) == "Cool water · 13 s"


def test_a_routine_release_says_nothing_of_the_knee_hollow(programs):
    pumps = build_plan(programs["ankle_pumps"])
    rest = pumps.phases[2]
    assert text.motion_cue(rest, 20) == "Rest · 20 s"
    relax = build_plan(programs["relax"], PlanOptions(knees=KneeChoice.LEFT))
    knee_release = next(p for p in relax.phases if p.is_release)
    assert text.motion_cue(knee_release, 10) == "Release: let the hollow rest"


def test_steps_done_count_the_knee_and_the_finish_apart(programs, clock):
    plan = build_plan(
        programs["quick"], PlanOptions(knees=KneeChoice.LEFT, finish_with=programs["calf_strokes"])
    )
    records = tuple(PhaseRecord(p.index, PhaseStatus.COMPLETED, p.duration) for p in plan.phases)
    result = SessionResult(
        program_id="quick",
        outcome=text.Outcome.COMPLETED,
        started_at=clock.now(),
        ended_at=clock.now(),
        planned_seconds=plan.total_seconds,
        done_seconds=plan.total_seconds,
        phase_count=len(plan.phases),
        last_phase_index=len(plan.phases) - 1,
        phases=records,
        safety_events=(),
    )
    assert text.finish_summary(result, plan).endswith("7 of 7 steps done.")  # 6 on the knee, 1 to finish
