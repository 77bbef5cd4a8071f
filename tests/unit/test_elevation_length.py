"""Leg elevation for 15 to 20 minutes: a timer step may let the person choose its length (`longest`), the
loader refuses a range that cannot work, the plan takes the chosen minutes (alone or after a knee session)
and refuses any outside the range, and a whole 20-minute routine runs to its chime on a fake clock."""

from __future__ import annotations

import textwrap

import pytest

from kneecare.core.cues import CueOptions, Sound
from kneecare.core.plan import PlanError, PlanOptions, build_plan
from kneecare.core.program_file import load_program
from kneecare.core.protocol import ProgramError, StepKind
from kneecare.core.session import Outcome, PhaseStarted, SessionMachine, State
from kneecare.settings import Settings, SettingsError, SettingsStore, settings_from_dict
from tests.unit.test_cues import start

RAISED = """
id = "raised"
name = "Raised"
purpose = "testing"
category = "routine"
per = "none"

[[steps]]
kind = "timer"
title = "Legs up"
instruction = "Rest."
seconds = 900
longest = 1200
"""


def load(tmp_path, text):
    path = tmp_path / "raised.toml"
    path.write_text(textwrap.dedent(text))
    return load_program(path)


def timer_phase(plan):
    (timer,) = [p for p in plan.phases if p.step_kind is StepKind.TIMER]
    return timer


def test_a_timer_with_longest_lets_the_person_choose_between_seconds_and_longest(tmp_path):
    program = load(tmp_path, RAISED)
    step = program.adjustable_timer()
    assert step is not None and step.timer_range == (900.0, 1200.0)
    assert timer_phase(build_plan(program)).duration == 900.0  # the default is `seconds`


def test_a_timer_without_longest_stays_fixed_as_old_files_have_it(tmp_path):
    program = load(tmp_path, RAISED.replace("longest = 1200\n", ""))
    assert program.adjustable_timer() is None
    assert program.steps[0].timer_range is None
    with pytest.raises(PlanError, match="has no timer whose length can be chosen"):
        build_plan(program, PlanOptions(timer_seconds=900))


@pytest.mark.parametrize(
    ("text", "field", "problem"),
    [
        (RAISED.replace("longest = 1200", "longest = 900"), "steps[1].longest", "longer than seconds (900)"),
        (RAISED.replace("longest = 1200", "longest = 600"), "steps[1].longest", "longer than seconds"),
        (RAISED.replace("longest = 1200", "longest = 1230"), "steps[1].longest", "whole minutes"),
        (RAISED.replace("seconds = 900", "seconds = 870"), "steps[1].seconds", "whole minutes"),
        (RAISED.replace("longest = 1200", "longest = 1860"), "steps[1].longest", "at most 1800"),
        (RAISED.replace("longest = 1200", 'longest = "20 min"'), "steps[1].longest", "must be a number"),
        (RAISED.replace("longest = 1200", "longest = true"), "steps[1].longest", "must be a number"),
        (RAISED.replace("longest = 1200", "longest = -5"), "steps[1].longest", "greater than zero"),
        (
            RAISED.replace('kind = "timer"', 'kind = "stretch"').replace("seconds = 900", "seconds = 30"),
            "steps[1].longest",
            "only a step of kind 'timer'",
        ),
        (RAISED + RAISED[RAISED.index("[[steps]]") :], "steps", "only one step may let the person choose"),
    ],
)
def test_a_bad_choice_of_length_names_the_file_the_field_and_the_problem(tmp_path, text, field, problem):
    with pytest.raises(ProgramError) as caught:
        load(tmp_path, text)
    error = caught.value
    assert (error.source, error.field) == ("raised.toml", field), str(error)
    assert problem in error.problem, str(error)


def test_leg_elevation_is_fifteen_minutes_unless_the_person_chooses_up_to_twenty(programs):
    elevation = programs["elevation"]
    assert elevation.adjustable_timer().timer_range == (15 * 60.0, 20 * 60.0)
    default = build_plan(elevation)
    twenty = build_plan(elevation, PlanOptions(timer_seconds=20 * 60))
    assert timer_phase(default).duration == 900.0
    assert timer_phase(twenty).duration == 1200.0
    assert twenty.total_seconds == default.total_seconds + 300.0
    assert [p.duration for p in twenty.phases if p.step_kind is not StepKind.TIMER] == [30.0, 30.0]


@pytest.mark.parametrize("minutes", [14, 21, 17.5, 30])
def test_a_length_outside_the_range_is_refused_with_the_range_in_the_message(programs, minutes):
    with pytest.raises(PlanError) as caught:
        build_plan(programs["elevation"], PlanOptions(timer_seconds=minutes * 60))
    assert "from 15 to 20 whole minutes" in str(caught.value)
    assert f"not {minutes:g}" in str(caught.value)


def test_the_chosen_length_follows_leg_elevation_after_a_knee_session(programs):
    plan = build_plan(
        programs["daily"], PlanOptions(finish_with=programs["elevation"], timer_seconds=18 * 60)
    )
    timer = timer_phase(plan)
    assert timer.section == "Leg elevation" and timer.duration == 18 * 60.0
    # A knee session finishing with ankle pumps has no timer to set: the choice cannot apply.
    with pytest.raises(PlanError, match="Daily or Ankle pumps has no timer"):
        build_plan(programs["daily"], PlanOptions(finish_with=programs["ankle_pumps"], timer_seconds=1200))


def test_a_whole_twenty_minute_elevation_runs_to_its_chime_on_the_fake_clock(clock, programs):
    plan = build_plan(programs["elevation"], PlanOptions(timer_seconds=1200))
    machine = SessionMachine(clock)
    machine.load(plan)
    t0 = clock.monotonic()
    machine.start()
    starts = []
    while machine.state is not State.FINISHED:
        clock.advance(0.25)
        starts += [(c.phase.title, clock.monotonic() - t0) for c in machine.tick().of(PhaseStarted)]
    assert [title for title, _ in starts] == ["Legs raised", "Come down slowly"]
    assert starts[1][1] == pytest.approx(30 + 1200, abs=0.25)  # legs come down after 20 minutes
    result = machine.result
    assert result is not None and result.outcome is Outcome.COMPLETED
    assert result.done_seconds == pytest.approx(1260.0)
    assert (result.ended_at - result.started_at).total_seconds() == pytest.approx(1260.0)

    ear = start(clock, plan, CueOptions(breathing=True, ticks=True, voice=False))
    ear.run_to_end()
    timer = timer_phase(plan)
    assert [h for h in ear.heard if h.phase_index == timer.index and h.phase_elapsed > 0] == []
    chimes = [h for h in ear.sounds(Sound.STEP) if h.at == pytest.approx(30 + 1200)]
    assert len(chimes) == 1  # quiet for twenty minutes, then the chime as the legs come down


def test_the_chosen_minutes_are_a_setting_that_is_checked_and_survives_the_file(tmp_path):
    assert Settings().timer_minutes is None  # the program's own length
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(program_id="elevation", timer_minutes=20))
    assert store.load().settings.timer_minutes == 20
    for bad in (0, 31, -5):
        with pytest.raises(SettingsError, match=r"timer_minutes: .* is not from 1 to 30"):
            Settings(timer_minutes=bad).validate()
    for bad in (20.5, True, "20"):
        with pytest.raises(SettingsError, match=r"timer_minutes: .* has the wrong type"):
            settings_from_dict({"timer_minutes": bad})
    (tmp_path / "settings.json").write_text('{"timer_minutes": 45}')
    loaded = store.load()
    assert loaded.settings == Settings() and "timer_minutes" in (loaded.warning or "")
