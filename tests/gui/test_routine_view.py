"""Routines in the guided session view, on a fake clock: the drawing replaces the leg diagram, the rep in
progress shows large and keeps count through a pause, and a stretch's hold counts down to its release."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kneecare.core.session import SessionMachine, State
from kneecare.session.controller import SessionController
from kneecare.settings import Settings
from kneecare.ui.main_window import MainWindow


def make_window(qtbot, clock, programs, **settings):
    controller = SessionController(SessionMachine(clock), clock)
    win = MainWindow(list(programs.values()), controller, Settings(reduce_motion=False, **settings))
    qtbot.addWidget(win)
    win.resize(1100, 740)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def at_moment(window, clock, seconds: float) -> None:
    """Let the session run until `seconds` of it have passed (the controller sees it on its next poll)."""
    clock.advance(seconds - window.controller.snapshot().elapsed)
    window.controller.poll()


@pytest.fixture
def pumps(qtbot, clock, programs):
    return make_window(qtbot, clock, programs, program_id="ankle_pumps")


def test_ankle_pumps_show_the_drawing_and_the_rep_in_progress_large(pumps, clock, qtbot):
    view = pumps.view
    assert view.illustration.isVisible() and view.illustration.name == "ankle-pumps.svg"
    assert not view.diagram.isVisible()
    ticks = []
    view.repTicked.connect(ticks.append)
    qtbot.keyClick(pumps, Qt.Key.Key_Space)
    assert pumps.title_label.text() == "Legs out"
    assert not view.rep_box.isVisible()

    at_moment(pumps, clock, 15.5)  # the first set has begun: 20 pumps, 2 s each
    assert pumps.title_label.text() == "Ankle pumps"
    assert view.rep_box.isVisible()
    assert (view.rep_label.text(), view.rep_caption.text()) == ("1", "of 20")
    assert pumps.where_label.text() == "Both legs · step 2 of 2 · set 1 of 2"
    assert view.motion_label.text() == "One every 2 s, smooth and steady"
    assert pumps.time_label.text() == "0:40"

    at_moment(pumps, clock, 15 + 7.3)  # three pumps done, the fourth under way
    assert view.rep_label.text() == "4"
    assert [t.rep for t in ticks] == [1, 2, 3]

    qtbot.keyClick(pumps, Qt.Key.Key_Space)  # pause in the middle of the set
    assert pumps.controller.state is State.PAUSED
    clock.advance(60)
    pumps.controller.poll()
    assert view.rep_label.text() == "4" and len(ticks) == 3
    qtbot.keyClick(pumps, Qt.Key.Key_Space)
    clock.advance(0.8)  # the fourth pump ends 8 s into the set
    pumps.controller.poll()
    assert view.rep_label.text() == "5"
    assert [t.rep for t in ticks] == [1, 2, 3, 4]

    at_moment(pumps, clock, 15 + 39.9)
    assert view.rep_label.text() == "20"
    at_moment(pumps, clock, 15 + 40 + 5)
    assert pumps.title_label.text() == "Rest"
    assert not view.rep_box.isVisible()
    assert view.motion_label.text() == "Rest · 15 s"
    assert len(ticks) == 20

    at_moment(pumps, clock, 15 + 40 + 20 + 1)
    assert (view.rep_label.text(), view.rep_caption.text()) == ("1", "of 20")
    assert pumps.where_label.text() == "Both legs · step 2 of 2 · set 2 of 2"
    with qtbot.waitSignal(pumps.controller.finished):
        at_moment(pumps, clock, 200)
    assert len(ticks) == 40 and len({(t.phase_index, t.rep) for t in ticks}) == 40


def test_a_stretch_hold_counts_down_to_its_release(qtbot, clock, programs):
    window = make_window(qtbot, clock, programs, program_id="stretches")
    view = window.view
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert view.illustration.name == "calf-stretch.svg"
    at_moment(window, clock, 15 + 7.2)
    assert window.title_label.text() == "Calf stretch"
    assert window.where_label.text() == "Left leg · step 2 of 4 · round 1 of 2"
    assert window.time_label.text() == "0:23"
    assert view.motion_label.text() == "Hold the stretch · 23 s, then release"
    assert not view.rep_box.isVisible()
    at_moment(window, clock, 15 + 28)
    assert window.time_label.text() == "0:02"
    assert view.motion_label.text() == "Release in 2 s"
    at_moment(window, clock, 15 + 30 + 4)
    assert window.title_label.text() == "Release"
    assert view.motion_label.text() == "Release · 6 s"
    assert window.next_label.text() == "Next: Calf stretch"
    at_moment(window, clock, 15 + 40 + 10)
    assert window.where_label.text() == "Right leg · step 2 of 4 · round 1 of 2"
    assert window.time_label.text() == "0:20"
    at_moment(window, clock, 15 + 4 * 30 + 3 * 10 + 1)  # the hamstrings, seated
    assert window.title_label.text() == "Sit on a chair"
    assert view.illustration.name == "hamstring-stretch.svg"


def test_a_knee_session_shows_the_diagram_then_the_finishing_routines_drawing(qtbot, clock, programs):
    window = make_window(qtbot, clock, programs, program_id="quick", knees="left", finish_with="elevation")
    view = window.view
    assert view.diagram.isVisible() and not view.illustration.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    plan = window.controller.machine.plan
    assert plan.finish.id == "elevation"
    knee_part = sum(p.duration for p in plan.phases if p.section == "")
    at_moment(window, clock, knee_part - 1)
    assert view.diagram.isVisible()
    at_moment(window, clock, knee_part + 30 + 60)
    assert window.title_label.text() == "Legs raised"
    assert window.where_label.text() == "Leg elevation · Both legs · step 2 of 3"
    assert view.illustration.isVisible() and view.illustration.name == "leg-elevation.svg"
    assert not view.diagram.isVisible()
    assert view.motion_label.text() == "Rest quietly; a soft chime marks the end"
    assert window.time_label.text() == "14:00"
    with qtbot.waitSignal(window.controller.finished) as finished:
        at_moment(window, clock, plan.total_seconds + 1)
    assert finished.args[0].program_id == "quick"
    assert window.instruction_label.text().endswith("9 of 9 steps done.")  # 6 for the knee, 3 to finish
