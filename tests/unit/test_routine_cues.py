"""Routines heard by ear: a soft tick for each rep of ankle pumps (on the rep's beat, none lost to a pause),
the switch chime at each change of water, and a legs-up timer left quiet."""

from __future__ import annotations

import pytest

from kneecare.core.cues import CueOptions, Sound
from kneecare.core.plan import build_plan
from kneecare.core.protocol import StepKind
from tests.unit.test_cues import start


def test_each_ankle_pump_ticks_on_its_beat_and_a_pause_loses_none(clock, programs):
    # 20 pumps of 2 s a set: a tick as each new pump begins; the first pump begins with the step's chime
    # and the end of the last one is the next step's chime, so 19 ticks a set.
    plan = build_plan(programs["ankle_pumps"])
    sets = [p for p in plan.phases if p.counts_reps]
    ear = start(clock, plan, CueOptions(ticks=True, voice=False))
    ear.run(sets[0].offset + 9.3)
    ear.do(ear.machine.pause())
    ear.run(300.0)
    assert [t.phase_elapsed for t in ear.sounds(Sound.TICK)] == pytest.approx([2.0, 4.0, 6.0, 8.0])
    ear.do(ear.machine.resume())
    ear.run_to_end()
    ticks = ear.sounds(Sound.TICK)
    assert len(ticks) == 2 * 19
    for rep_set in sets:
        mine = [t.phase_elapsed for t in ticks if t.phase_index == rep_set.index]
        assert mine == pytest.approx([2.0 * k for k in range(1, 20)])
    assert not [t for t in ticks if plan.phases[t.phase_index].is_release]  # the rest is quiet


def test_calf_raises_tick_at_their_slower_beat(clock, programs):
    plan = build_plan(programs["calf_raises"])
    ear = start(clock, plan, CueOptions(ticks=True, voice=False))
    ear.run_to_end()
    assert len(ear.sounds(Sound.TICK)) == 2 * 11
    assert ear.sounds(Sound.TICK)[0].phase_elapsed == pytest.approx(3.0)


def test_every_change_of_water_rings_the_switch_chime(clock, programs):
    plan = build_plan(programs["contrast_shower"])
    ear = start(clock, plan, CueOptions(voice=False))
    ear.run_to_end()
    switches = ear.sounds(Sound.SWITCH)
    assert len(switches) == 5  # warm, cool, warm, cool, warm, cool: five changes
    assert [plan.phases[s.phase_index].title for s in switches] == ["Cool water", "Warm water"] * 2 + [
        "Cool water"
    ]
    assert len(ear.sounds(Sound.STEP)) == 3  # getting ready, the first warm water, drying off
    assert len(ear.sounds(Sound.DONE)) == 1


def test_the_legs_up_timer_is_quiet_and_a_chime_marks_its_end(clock, programs):
    plan = build_plan(programs["elevation"])
    timer = next(p for p in plan.phases if p.step_kind is StepKind.TIMER)
    ear = start(clock, plan, CueOptions(breathing=True, ticks=True, voice=False))
    ear.run_to_end()
    during = [h for h in ear.heard if h.phase_index == timer.index and h.phase_elapsed > 0]
    assert during == []  # no breathing tones, no ticks for fifteen minutes
    chimes = [h for h in ear.sounds(Sound.STEP) if h.at == pytest.approx(timer.end_offset)]
    assert len(chimes) == 1  # the step chime as the legs come down
    assert ear.sounds(Sound.INHALE)  # the short steps around it still breathe
