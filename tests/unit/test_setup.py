"""The set-up panel's rules in kneecare/core/setup.py, without Qt: the clamps of the minutes of movement
and of the raised-legs timer, and what the settings remember of a choice."""

from __future__ import annotations

from kneecare.core.protocol import movement_choices
from kneecare.core.session import State
from kneecare.core.setup import (
    adjustable_timer,
    clamp,
    finish_for,
    movement_range,
    remembered_movement,
    remembered_timer,
    start_movement,
    start_timer,
    timer_range,
)


def test_a_session_is_active_while_running_or_paused_only():
    assert {s for s in State if s.is_active} == {State.RUNNING, State.PAUSED}


def test_a_routine_takes_no_finish_and_a_knee_program_keeps_the_chosen_one(programs):
    strokes = programs["calf_strokes"]
    assert finish_for(programs["daily"], strokes) is strokes
    assert finish_for(programs["ankle_pumps"], strokes) is None


def test_the_minutes_of_movement_keep_each_knee_within_2_to_5_minutes(programs):
    """The article: "Sessions can be 2–5 minutes per knee." The panel's range is exactly the fitting
    choices, and a finish leaves less room."""
    daily, strokes = programs["daily"], programs["calf_strokes"]
    alone, finished = movement_range(daily), movement_range(daily, strokes)
    assert alone == (movement_choices(daily)[0], movement_choices(daily)[-1])
    assert finished == (movement_choices(daily, strokes)[0], movement_choices(daily, strokes)[-1])
    assert finished[1] <= alone[1]


def test_clamp_moves_a_value_outside_to_the_nearest_end():
    assert clamp(0.5, 1.0, 3.0) == 1.0
    assert clamp(3.5, 1.0, 3.0) == 3.0
    assert clamp(2.0, 1.0, 3.0) == 2.0


def test_the_panel_starts_at_the_remembered_minutes_clamped_else_the_programs(programs):
    daily = programs["daily"]
    low, high = movement_range(daily)
    assert start_movement(daily, None) == daily.movement_minutes
    assert start_movement(daily, low) == low
    assert start_movement(daily, high + 5) == high
    assert start_movement(daily, 0.1) == low


def test_a_programs_own_minutes_are_remembered_as_none(programs):
    daily = programs["daily"]
    assert remembered_movement(daily, daily.movement_minutes) is None
    assert remembered_movement(daily, daily.movement_minutes + 0.5) == daily.movement_minutes + 0.5


def test_the_raised_legs_timer_is_found_alone_or_as_a_finish(programs):
    elevation = programs["elevation"]
    step = elevation.adjustable_timer()
    assert step is not None
    assert adjustable_timer(elevation) is step
    assert adjustable_timer(programs["daily"], elevation) is step
    assert adjustable_timer(programs["daily"]) is None
    assert adjustable_timer(programs["ankle_pumps"], elevation) is None  # a routine takes no finish


def test_the_timer_starts_at_the_remembered_length_when_it_fits_else_the_shortest(programs):
    step = programs["elevation"].adjustable_timer()
    assert step is not None
    low, high = timer_range(step)
    assert (low, high) == (15, 20)
    assert start_timer(step, None) == low
    assert start_timer(step, 18) == 18
    assert start_timer(step, high + 1) == low
    assert start_timer(step, low - 1) == low


def test_the_timers_own_length_is_remembered_as_none(programs):
    step = programs["elevation"].adjustable_timer()
    assert step is not None
    assert remembered_timer(step, 15) is None
    assert remembered_timer(step, 20) == 20
