"""The Qt adapter: typed signals in order, one deadline timer armed to the phase end, nothing idle."""

from __future__ import annotations

from kneecare.core.plan import KneeChoice, Phase, PlanOptions, build_plan
from kneecare.core.session import SessionMachine, SessionResult
from kneecare.session.controller import DISPLAY_INTERVAL_MS, SessionController
from kneecare.session.timer import MAX_INTERVAL_MS, Precision, Timer
from tests.helpers.fake_timer import FakeTimers


def test_signals_carry_dataclasses_and_timers_follow_the_state(qtbot, clock, programs):
    timers = FakeTimers()
    controller = SessionController(SessionMachine(clock), clock, make_timer=timers)
    deadline, display = timers.made
    assert deadline.single_shot and deadline.precision is Precision.PRECISE
    assert not display.single_shot and display.interval_ms() == DISPLAY_INTERVAL_MS

    def timers_active():
        return deadline.is_active(), display.is_active()

    plan = build_plan(programs["quick"], PlanOptions(knees=KneeChoice.LEFT))
    started: list[Phase] = []
    finished: list[SessionResult] = []
    controller.phaseStarted.connect(started.append)
    controller.finished.connect(finished.append)
    assert timers_active() == (False, False)
    controller.load(plan)
    assert timers_active() == (False, False)
    controller.start()
    assert timers_active() == (True, True)
    assert deadline.interval_ms() == 10_000
    clock.advance(4)
    controller.poll()
    assert deadline.interval_ms() == 6_000
    controller.pause()
    assert timers_active() == (False, False)
    controller.resume()
    clock.advance(plan.total_seconds)
    deadline.fire()  # the phase's end comes: the controller reads the clock and moves on
    assert [p.index for p in started] == list(range(len(plan.phases)))
    assert all(isinstance(p, Phase) for p in started)
    assert len(finished) == 1 and isinstance(finished[0], SessionResult)
    assert timers_active() == (False, False)


def test_refused_events_do_not_crash(qtbot, clock):
    controller = SessionController(SessionMachine(clock), clock)
    with qtbot.waitSignal(controller.refused):
        assert controller.pause() is False


def test_the_deadline_fires_each_phase_end_from_the_clock_not_from_counting_ticks(qtbot, clock, programs):
    timers = FakeTimers()
    controller = SessionController(SessionMachine(clock), clock, make_timer=timers)
    deadline, display = timers.made
    plan = build_plan(programs["quick"], PlanOptions(knees=KneeChoice.LEFT))
    started: list[Phase] = []
    controller.phaseStarted.connect(started.append)
    controller.load(plan)
    controller.start()
    for phase in plan.phases[:3]:
        assert deadline.interval_ms() == round(phase.duration * 1000)
        clock.advance(phase.duration)
        display.fire()  # a display tick at the very moment does the same as the deadline
    assert [p.index for p in started] == [0, 1, 2, 3]


def test_a_real_timer_waits_no_longer_than_qt_can_and_runs_only_when_started(qtbot):
    timer = Timer(single_shot=True)
    assert not timer.is_active()
    timer.start(10**12)
    assert timer.interval_ms() == MAX_INTERVAL_MS and timer.is_active()
    timer.stop()
    assert not timer.is_active()
    with qtbot.waitSignal(timer.timeout, timeout=2000):
        timer.start(1)
