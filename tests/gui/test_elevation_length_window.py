"""A person raising their legs for 20 minutes instead of 15: the set-up shows "Legs raised for" only when
the session has such a timer (alone or after a knee session), reachable and named for the keyboard and a
screen reader; the ring's total follows the choice, the choice is saved and comes back after a restart, and
the whole routine runs its 20 minutes on the fake clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kneecare.core.protocol import StepKind
from kneecare.core.session import Outcome, SessionMachine, State
from kneecare.i18n import Translators
from kneecare.session.controller import SessionController
from kneecare.settings import Settings, SettingsStore
from kneecare.ui.main_window import MainWindow
from tests.gui.test_layout_sizes import AT_200_PERCENT, LAPTOP, problems, window_at


def make_window(qtbot, clock, programs, settings: Settings) -> MainWindow:
    controller = SessionController(SessionMachine(clock), clock)
    window = MainWindow(list(programs.values()), controller, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the keys go to the window, as they would on a desktop
    return window


def timer_phase(plan):
    (timer,) = [p for p in plan.phases if p.step_kind is StepKind.TIMER]
    return timer


def row_label(window: MainWindow) -> QLabel:
    label = window.setup_form.labelForField(window.timer_box)
    assert isinstance(label, QLabel)
    return label


def test_choosing_twenty_minutes_lengthens_the_timer_updates_the_total_and_is_remembered(
    qtbot, clock, programs, tmp_path
):
    store = SettingsStore(tmp_path / "settings.json")
    window = make_window(qtbot, clock, programs, Settings(program_id="daily"))
    window.settings_model.changed.connect(store.save)
    assert not window.timer_box.isVisibleTo(window)  # a knee session alone has no timer to set

    window.program_box.setCurrentIndex(window.program_box.findData("elevation"))
    assert window.timer_box.isVisibleTo(window) and window.timer_box.isEnabled()
    assert row_label(window).text() == "Legs &raised for"
    assert row_label(window).buddy() is window.timer_box  # Alt+R goes to it
    box = window.timer_box
    assert (box.minimum(), box.maximum(), box.singleStep()) == (15, 20, 1)
    assert window.timer_box.value() == 15
    assert window.timer_box.accessibleName() == "Minutes with legs raised"
    assert window.timer_box.accessibleDescription() == "From 15 to 20 minutes, in whole minutes"
    assert window.time_label.text() == "16:00"  # 30 s down, 15 min raised, 30 s up
    assert window.view.ring.accessibleDescription() == "16:00 in all"

    # Keyboard only: Tab from the program passes the greyed-out knee fields to the minutes raised.
    window.program_box.setFocus()
    qtbot.keyClick(window.program_box, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.timer_box
    for _ in range(7):  # Up beyond 20 stays at 20
        qtbot.keyClick(window.timer_box, Qt.Key.Key_Up)

    assert window.timer_box.value() == 20
    assert timer_phase(window.build_plan()).duration == 1200.0
    assert window.time_label.text() == "21:00"
    assert window.view.ring.accessibleDescription() == "21:00 in all"
    assert window.settings.timer_minutes == 20
    assert store.load().settings.timer_minutes == 20

    # Back to 15, the program's own length: nothing of ours is left in the file.
    window.timer_box.setValue(15)
    assert store.load().settings.timer_minutes is None
    window.timer_box.setValue(20)
    window.close()

    restarted = make_window(qtbot, clock, programs, store.load().settings)
    assert restarted.current_program().id == "elevation"
    assert restarted.timer_box.isVisibleTo(restarted) and restarted.timer_box.value() == 20
    assert timer_phase(restarted.build_plan()).duration == 1200.0
    assert restarted.time_label.text() == "21:00"


def test_the_chosen_length_applies_when_leg_elevation_finishes_a_knee_session(qtbot, clock, programs):
    window = make_window(qtbot, clock, programs, Settings(program_id="daily", knees="left", timer_minutes=18))
    assert not window.timer_box.isVisibleTo(window)
    assert window.build_plan().options.timer_seconds is None
    before = window.build_plan().total_seconds

    window.finish_box.setCurrentIndex(window.finish_box.findData("elevation"))
    assert window.timer_box.isVisibleTo(window) and window.timer_box.value() == 18  # the remembered choice
    plan = window.build_plan()
    assert timer_phase(plan).section == "Leg elevation"
    assert timer_phase(plan).duration == 18 * 60.0
    assert plan.total_seconds == before + 30 + 18 * 60 + 30

    window.finish_box.setCurrentIndex(window.finish_box.findData("ankle_pumps"))
    assert not window.timer_box.isVisibleTo(window)
    assert window.build_plan().options.timer_seconds is None
    assert window.settings.timer_minutes == 18  # kept for the next time the legs go up


def test_a_remembered_length_outside_the_range_falls_back_to_the_program_s(qtbot, clock, programs):
    window = make_window(qtbot, clock, programs, Settings(program_id="elevation", timer_minutes=25))
    assert window.timer_box.value() == 15
    assert timer_phase(window.build_plan()).duration == 900.0


def test_a_whole_twenty_minute_elevation_runs_in_the_window_on_the_fake_clock(qtbot, clock, programs):
    window = make_window(qtbot, clock, programs, Settings(program_id="elevation", timer_minutes=20))
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.title_label.text() == "Lie down, legs up"
    clock.advance(30.5)
    window.controller.poll()
    assert window.title_label.text() == "Legs raised"
    assert window.time_label.text() == "20:00"
    clock.advance(15 * 60)
    window.controller.poll()
    assert window.title_label.text() == "Legs raised"  # not down after the default 15 minutes
    assert window.time_label.text() == "5:00"
    clock.advance(5 * 60)
    window.controller.poll()
    assert window.title_label.text() == "Come down slowly"
    with qtbot.waitSignal(window.controller.finished) as finished:
        clock.advance(30)
        window.controller.poll()
    result = finished.args[0]
    assert result.program_id == "elevation" and result.outcome is Outcome.COMPLETED
    assert result.planned_seconds == pytest.approx(1260.0)
    assert result.done_seconds == pytest.approx(1260.0)
    assert window.controller.state is State.FINISHED


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("size", [AT_200_PERCENT, LAPTOP], ids=["200%", "laptop"])
def test_the_fifth_row_is_laid_out_at_200_percent_and_in_german(qtbot, clock, programs, qapp, size, language):
    translators = Translators(qapp)
    translators.install(language)
    try:
        window = window_at(qtbot, clock, programs, size)
        window.finish_box.setCurrentIndex(window.finish_box.findData("elevation"))
        assert window.timer_box.isVisibleTo(window)
        # Five rows need a little more than 200% on a 1080p screen leaves: the view scrolls a little.
        assert problems(window, running=False, may_scroll=size == AT_200_PERCENT) == []
        label = row_label(window)
        setup = window.setup_frame.rect()
        for widget in (label, window.timer_box):
            box = widget.geometry()
            assert setup.contains(box), (widget, box, setup)
        assert label.sizeHint().width() <= label.width()
    finally:
        translators.install("en")
