"""The routines in the same window: a contrast shower waits for its safety note, a knee session can finish
with ankle pumps in one go, sided stretches and the warm/cool switch say where the person is, and the Help
menu opens "More for your legs"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kneecare.core.session import SessionMachine, State
from kneecare.session.controller import SessionController
from kneecare.settings import Settings
from kneecare.ui.know_how import SECTIONS, KnowHowLink, KnowHowPage
from kneecare.ui.main_window import MainWindow
from kneecare.ui.routine_gate import SafetyNoteDialog, SafetyNoteGate


@pytest.fixture
def window(qtbot, clock, programs):
    controller = SessionController(SessionMachine(clock), clock)
    win = MainWindow(list(programs.values()), controller, Settings(program_id="daily", knees="left"))
    win.start_flow.steps.append(SafetyNoteGate(win))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def choose(window, program_id):
    window.program_box.setCurrentIndex(window.program_box.findData(program_id))


def advance(window, clock, seconds):
    clock.advance(seconds)
    window.controller.poll()


def answer_the_note(qtbot, tick: bool, seen: list):
    """Act on the safety note dialog once it is up (window-modal: the start waits for its answer)."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SafetyNoteDialog))

    def act():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SafetyNoteDialog)
        seen.append((dialog.note_labels[0].text(), dialog.start_button.isEnabled()))
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)  # off: nothing happens
        if tick:
            dialog.acknowledge.setChecked(True)
            seen.append(dialog.start_button.isEnabled())
            qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        else:
            dialog.reject()

    act()


def test_the_contrast_shower_cannot_start_before_its_safety_note_is_acknowledged(window, qtbot):
    choose(window, "contrast_shower")
    seen: list = []
    assert window.start_session() is False
    answer_the_note(qtbot, tick=False, seen=seen)
    note, start_enabled = seen[0]
    assert "sudden changes of temperature" in note
    assert start_enabled is False
    assert window.controller.state is State.IDLE

    seen.clear()
    assert window.start_session() is False  # not yet: the note waits for its box
    answer_the_note(qtbot, tick=True, seen=seen)
    assert seen[1] is True
    assert window.controller.state is State.RUNNING
    assert window.title_label.text() == "Get ready"


def test_a_program_without_a_note_starts_without_asking(window):
    asked = []
    window.start_flow.steps[:] = [
        SafetyNoteGate(window, ask=lambda notes, parent, answer: (asked.append(notes), answer(False)))
    ]
    choose(window, "ankle_pumps")
    assert window.start_session() is True
    assert asked == []


def test_enter_cannot_skip_the_box(qtbot, programs):
    from kneecare.core.plan import build_plan

    dialog = SafetyNoteDialog(build_plan(programs["contrast_shower"]).safety_notes)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    dialog.acknowledge.setChecked(True)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_routine_greys_out_what_it_does_not_use(window):
    assert window.knee_box.isEnabled() and window.minutes_box.isEnabled() and window.finish_box.isEnabled()
    choose(window, "stretches")
    assert not window.knee_box.isEnabled()
    assert not window.minutes_box.isEnabled()
    assert not window.finish_box.isEnabled()
    choose(window, "calf_strokes")
    assert window.knee_box.isEnabled() and not window.finish_box.isEnabled()


def test_a_knee_session_finishes_with_ankle_pumps_in_the_same_session(window, clock, qtbot):
    finishes = [window.finish_box.itemText(i) for i in range(window.finish_box.count())]
    assert finishes == ["Nothing more", "Ankle pumps", "Leg elevation", "Calf strokes"]
    saved = []
    window.settings_model.changed.connect(saved.append)
    window.finish_box.setCurrentIndex(window.finish_box.findData("ankle_pumps"))
    assert saved[-1].finish_with == "ankle_pumps"
    assert window.build_plan().finish.id == "ankle_pumps"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    knee_part = 235.0  # Daily on the left knee
    advance(window, clock, knee_part + 15 + 1)
    assert window.title_label.text() == "Ankle pumps"
    assert window.where_label.text() == "Ankle pumps · Both legs · step 2 of 2 · set 1 of 2"
    with qtbot.waitSignal(window.controller.finished) as finished:
        advance(window, clock, 200)
    assert finished.args[0].program_id == "daily"
    assert finished.args[0].phase_count == 7 + 4


def test_a_finish_is_not_added_to_a_routine(window):
    window.finish_box.setCurrentIndex(window.finish_box.findData("elevation"))
    choose(window, "calf_raises")
    assert window.build_plan().finish is None


def test_stretches_say_which_leg_and_the_shower_says_when_to_switch(window, clock, qtbot):
    choose(window, "stretches")
    qtbot.keyClick(window, Qt.Key.Key_Space)
    advance(window, clock, 15.5)
    assert window.title_label.text() == "Calf stretch"
    assert window.where_label.text() == "Left leg · step 2 of 4 · round 1 of 2"
    assert window.time_label.text() == "0:30"
    advance(window, clock, 30)
    assert window.title_label.text() == "Release"
    assert window.instruction_label.text().endswith("Next: the right leg.")
    window.controller.stop()

    window.start_flow.steps.clear()
    choose(window, "contrast_shower")
    qtbot.keyClick(window, Qt.Key.Key_Space)
    advance(window, clock, 20.5)
    assert window.title_label.text() == "Warm water"
    assert window.status_label.text() == ""
    advance(window, clock, 60)
    assert window.title_label.text() == "Cool water"
    assert window.status_label.text() == "Switch now"


def test_help_opens_more_for_your_legs(window, qtbot):
    KnowHowLink(window)
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    action = next(a for a in menus["Help"].actions() if a.objectName() == "knowHowAction")
    assert action.text().replace("&", "") == "More for your legs"
    action.trigger()
    page = window.findChild(KnowHowPage)
    assert page is not None and page.isVisible()
    text = page.text()
    for heading in (
        "Compression stockings",
        "Move every hour",
        "Water and salt",
        "A healthy weight",
        "Smoking, blood pressure and blood sugar",
        "When to see a professional",
    ):
        assert heading in text
    assert [s.heading for s in SECTIONS][-1] == "When to see a professional"
    assert "warm, red" in text and "does not go away" in text
    assert "cure" not in text.lower()
    assert "does not treat" in text
    action.trigger()  # a second time: the same page, not a second one
    assert len(window.findChildren(KnowHowPage)) == 1


def test_the_reminders_dialog_offers_hourly_nudges_and_counting_routines_towards_the_goal(qtbot):
    from datetime import date

    from PySide6.QtCore import QTime

    from kneecare.ui.reminder_settings import ReminderSettingsDialog

    d = ReminderSettingsDialog(Settings(), date(2026, 11, 26), False)
    qtbot.addWidget(d)
    d.show()
    assert not d.nudge_box.isChecked() and not d.nudge_start.isEnabled()
    assert not d.goal_routines_box.isChecked()
    d.nudge_box.setChecked(True)
    assert d.nudge_start.isEnabled()
    d.nudge_start.setTime(QTime(8, 0))
    d.nudge_end.setTime(QTime(16, 0))
    d.goal_routines_box.setChecked(True)
    chosen = d.settings()
    assert (chosen.nudges_enabled, chosen.nudge_start, chosen.nudge_end) == (True, "08:00", "16:00")
    assert chosen.goal_counts_routines
    d.nudge_end.setTime(QTime(8, 30))
    d.accept()
    assert d.isVisible()
    assert d.error_label.text() == (
        "These reminders cannot work yet: the hours must span at least one hour, from the first to the last."
    )
