"""The Qt adapter: typed signals in order, one deadline timer armed to the phase end, nothing idle."""

from __future__ import annotations

from kneecare.core.plan import KneeChoice, Phase, PlanOptions, build_plan
from kneecare.core.session import SessionMachine, SessionResult
from kneecare.session.controller import SessionController


def test_signals_carry_dataclasses_and_timers_follow_the_state(qtbot, clock, programs):
    controller = SessionController(SessionMachine(clock), clock)
    plan = build_plan(programs["quick"], PlanOptions(knees=KneeChoice.LEFT))
    started: list[Phase] = []
    finished: list[SessionResult] = []
    controller.phaseStarted.connect(started.append)
    controller.finished.connect(finished.append)
    assert controller.timers_active == (False, False)
    controller.load(plan)
    assert controller.timers_active == (False, False)
    controller.start()
    assert controller.timers_active == (True, True)
    assert controller.deadline_interval_ms() == 10_000
    clock.advance(4)
    controller.poll()
    assert controller.deadline_interval_ms() == 6_000
    controller.pause()
    assert controller.timers_active == (False, False)
    controller.resume()
    clock.advance(plan.total_seconds)
    controller.poll()
    assert [p.index for p in started] == list(range(len(plan.phases)))
    assert all(isinstance(p, Phase) for p in started)
    assert len(finished) == 1 and isinstance(finished[0], SessionResult)
    assert controller.timers_active == (False, False)


def test_refused_events_do_not_crash(qtbot, clock):
    controller = SessionController(SessionMachine(clock), clock)
    with qtbot.waitSignal(controller.refused):
        assert controller.pause() is False
