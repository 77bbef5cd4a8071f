"""The plain main window runs a whole session from the keyboard, on a fake clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kneecare.core.session import Outcome, SessionMachine, State
from kneecare.session.controller import SessionController
from kneecare.settings import Settings
from kneecare.ui.main_window import MainWindow
from tests.helpers.fake_timer import FakeTimers


@pytest.fixture
def timers():
    return FakeTimers()


@pytest.fixture
def window(qtbot, clock, programs, timers):
    controller = SessionController(SessionMachine(clock), clock, make_timer=timers)
    win = MainWindow(list(programs.values()), controller, Settings(program_id="quick", knees="left"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def advance(window, clock, seconds):
    clock.advance(seconds)
    window.controller.poll()


def test_space_starts_pauses_and_resumes_and_the_window_shows_the_step(window, clock, qtbot):
    assert window.title_label.text() == "Quick"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.controller.state is State.RUNNING
    assert window.where_label.text() == "Left knee · step 1 of 6"
    assert window.title_label.text() == "Settle in"
    assert "left knee" in window.instruction_label.text()
    assert window.time_label.text() == "0:10"
    assert window.next_label.text() == "Next: Warm your hands"
    assert window.start_button.text() == "Pause"
    assert not window.setup_frame.isEnabled()
    advance(window, clock, 3.2)
    assert window.time_label.text() == "0:07"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.controller.state is State.PAUSED
    assert window.start_button.text() == "Resume"
    advance(window, clock, 100)
    assert window.time_label.text() == "0:07"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.controller.state is State.RUNNING
    advance(window, clock, 7)
    assert window.title_label.text() == "Warm your hands"


def test_right_skips_and_escape_stops(window, clock, qtbot, timers):
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.title_label.text() == "Warm your hands"
    assert window.where_label.text() == "Left knee · step 2 of 6"
    with qtbot.waitSignal(window.controller.finished) as finished:
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert finished.args[0].outcome is Outcome.STOPPED
    assert window.where_label.text() == "Session stopped"
    assert "of 6 steps done, 1 skipped" in window.instruction_label.text()
    assert window.start_button.text() == "Start"
    assert not any(timer.is_active() for timer in timers.made)


def test_the_safety_control_pauses_shows_the_choice_and_can_end_the_session(window, clock, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Space)
    advance(window, clock, 40)
    window.report(next(iter(__import__("kneecare.core.session").core.session.Discomfort)))
    assert window.controller.state is State.PAUSED
    assert window.safety_panel.isVisible()
    assert window.safety_button.text() == "Reported: sharp pain"
    with qtbot.waitSignal(window.controller.finished) as finished:
        qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
    result = finished.args[0]
    assert result.outcome is Outcome.SAFETY_STOPPED
    assert result.safety_events[0].phase_index == 3
    assert window.where_label.text() == "Session ended for safety"


def test_continue_gently_resumes(window, clock, qtbot):
    from kneecare.core.session import Discomfort

    qtbot.keyClick(window, Qt.Key.Key_Space)
    window.report(Discomfort.TINGLING)
    qtbot.mouseClick(window.continue_button, Qt.MouseButton.LeftButton)
    assert window.controller.state is State.RUNNING
    assert not window.safety_panel.isVisible()


def test_the_safety_shortcut_opens_the_menu_only_during_a_session(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert not window.safety_menu.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.safety_menu.isVisible)
    window.safety_menu.hide()


def test_a_whole_session_ends_completed_and_says_so(window, clock, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Space)
    plan = window.controller.machine.plan
    with qtbot.waitSignal(window.controller.finished) as finished:
        advance(window, clock, plan.total_seconds + 1)
    assert finished.args[0].outcome is Outcome.COMPLETED
    assert window.where_label.text() == "Session complete"
    assert "6 of 6 steps done" in window.instruction_label.text()


def test_changing_the_set_up_is_remembered(window, qtbot):
    seen = []
    window.settings_model.changed.connect(seen.append)
    window.program_box.setCurrentIndex(window.program_box.findData("relax"))
    window.knee_box.setCurrentIndex(window.knee_box.findData("both"))
    assert seen[-1].program_id == "relax" and seen[-1].knees == "both"
    assert window.minutes_box.value() == 1.0
    assert window.title_label.text() == "Relax"


def test_a_start_gate_can_hold_the_start(window, qtbot):
    seen = []

    def gate(plan, answer):
        seen.append(plan.program.id)
        answer(False)

    window.start_flow.steps.append(gate)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert seen == ["quick"]
    assert window.controller.state is State.IDLE
    window.start_flow.steps.clear()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.controller.state is State.RUNNING


def test_a_window_closed_to_the_tray_gives_back_its_frame_buffer_and_shows_again(window, qtbot):
    """A closed window keeps its frame buffer (about 3 MiB, shared with the X server) even once Qt has let
    its native window go; KneeCare, waiting in the tray all day, gives it back. Showing the window again
    makes a new one, at the same size, and the window works as before."""
    from PySide6.QtWidgets import QApplication, QDialog

    size = window.size()
    assert window.backingStore() is not None
    dialog = QDialog(window)  # a window of its own, shown: the frame buffer waits for it
    dialog.show()
    qtbot.waitExposed(dialog)
    window.hide()
    QApplication.processEvents()
    assert window.release_native_window() is False and window.backingStore() is not None
    dialog.close()
    window.show()
    qtbot.waitExposed(window)
    window.showMinimized()  # minimised, the window is still visible to Qt: it keeps its frame buffer
    QApplication.processEvents()
    assert window.release_native_window() is False and window.backingStore() is not None
    window.showNormal()
    qtbot.waitExposed(window)
    window.close()  # to the tray: the app goes on (Qt's own rule here: quitOnLastWindowClosed is off)
    qtbot.waitUntil(lambda: window.backingStore() is None, timeout=5000)
    window.bring_forward()  # as the tray and a second launch do
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    assert window.backingStore() is not None and window.size() == size
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.controller.state is State.RUNNING
