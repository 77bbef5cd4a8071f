"""The guided session view, followed on a fake clock: the right step, knee, countdown and next step at
chosen moments, a marker that keeps time with the session clock, and an animation timer that runs only
while a session runs and the window is visible."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QLabel

from kneecare.core.plan import Knee
from kneecare.core.protocol import Motion
from kneecare.core.session import Outcome, SessionMachine, State
from kneecare.session.controller import SessionController
from kneecare.settings import Settings
from kneecare.ui.main_window import MainWindow


def make_window(qtbot, clock, programs, **settings):
    controller = SessionController(SessionMachine(clock), clock)
    win = MainWindow(list(programs.values()), controller, Settings(**settings))
    qtbot.addWidget(win)
    win.resize(1100, 740)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # keys go to the active window (its shortcuts need it)
    return win


@pytest.fixture
def daily(qtbot, clock, programs):
    return make_window(qtbot, clock, programs, program_id="daily", knees="both", reduce_motion=False)


@pytest.fixture
def quick(qtbot, clock, programs):
    return make_window(qtbot, clock, programs, program_id="quick", knees="left", reduce_motion=False)


def at_moment(window, clock, seconds: float) -> None:
    """Let the session run until `seconds` of it have passed (the controller sees it on its next poll)."""
    clock.advance(seconds - window.controller.snapshot().elapsed)
    window.controller.poll()


def shown(window) -> dict[str, object]:
    view = window.view
    return {
        "where": window.where_label.text(),
        "title": window.title_label.text(),
        "time": window.time_label.text(),
        "next": window.next_label.text(),
        "knee": view.diagram.knee,
        "motion": view.diagram.motion,
    }


def test_a_daily_session_shows_the_right_step_knee_countdown_and_next_step(daily, clock, qtbot):
    # Daily, per knee: settle 15 s, warm 20, find 15, press 20, circles 120, hold 25, calf 20 = 235 s.
    assert daily.title_label.text() == "Daily"
    assert daily.time_label.text() == "7:50"
    assert daily.view.diagram.knee is None  # both knees chosen: neither stands out yet
    qtbot.keyClick(daily, Qt.Key.Key_Space)
    assert shown(daily) == {
        "where": "Left knee · step 1 of 7",
        "title": "Settle in",
        "time": "0:15",
        "next": "Next: Warm your hands",
        "knee": Knee.LEFT,
        "motion": Motion.STILL,
    }
    at_moment(daily, clock, 100)  # 30 s into the circles on the left knee
    assert shown(daily) == {
        "where": "Left knee · step 5 of 7",
        "title": "Small circles",
        "time": "1:30",
        "next": "Next: Steady hold",
        "knee": Knee.LEFT,
        "motion": Motion.CIRCLES,
    }
    assert daily.view.motion_label.text().endswith("Small circles over BL40 · one every 2 s")
    assert daily.view.session_left_label.text() == "6:10 left in the session"
    at_moment(daily, clock, 230)  # the calf strokes that end the left knee
    assert shown(daily)["title"] == "Stroke down the calf"
    assert shown(daily)["motion"] is Motion.CALF_STROKES
    assert daily.next_label.text() == "Next: Right knee · Settle in"
    at_moment(daily, clock, 235 + 85)  # 15 s into the circles on the right knee
    assert shown(daily) == {
        "where": "Right knee · step 5 of 7",
        "title": "Small circles",
        "time": "1:45",
        "next": "Next: Steady hold",
        "knee": Knee.RIGHT,
        "motion": Motion.CIRCLES,
    }
    at_moment(daily, clock, 235 + 190 + 5)  # 5 s into the right knee's hold
    assert shown(daily)["title"] == "Steady hold" and shown(daily)["time"] == "0:20"
    assert daily.view.motion_label.text() == "Hold still on BL40 · 20 s, then release"
    at_moment(daily, clock, 235 + 190 + 23)
    assert daily.view.motion_label.text() == "Release in 2 s"
    with qtbot.waitSignal(daily.controller.finished) as finished:
        at_moment(daily, clock, 471)
    assert finished.args[0].outcome is Outcome.COMPLETED
    assert daily.where_label.text() == "Session complete"
    assert daily.title_label.text() == "Well done"
    assert daily.instruction_label.text() == "7 min 50 s in all, 14 of 14 steps done."
    assert daily.time_label.text() == "7:50" and daily.view.ring_caption.text() == "done"
    assert daily.view.diagram.knee is None
    assert daily.setup_frame.isVisible()


def test_the_summary_counts_steps_as_the_person_saw_them(qtbot, clock, programs):
    # Relax holds three times with rests between: eleven timed phases, but seven steps for one knee.
    window = make_window(qtbot, clock, programs, program_id="relax", knees="left", reduce_motion=False)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.where_label.text() == "Left knee · step 1 of 7"
    plan = window.controller.machine.plan
    assert len(plan.phases) == 11
    with qtbot.waitSignal(window.controller.finished):
        at_moment(window, clock, plan.total_seconds + 1)
    assert window.instruction_label.text() == "3 min 55 s in all, 7 of 7 steps done."


def test_after_a_report_of_numbness_the_end_is_calm_and_says_what_to_do_next_time(quick, clock, qtbot):
    from kneecare.core.session import Discomfort

    qtbot.keyClick(quick, Qt.Key.Key_Space)
    at_moment(quick, clock, 30)
    quick.report(Discomfort.NUMBNESS)
    assert quick.safety_panel.isVisible() and not quick.status_label.isVisible()  # the panel speaks
    qtbot.mouseClick(quick.end_button, Qt.MouseButton.LeftButton)
    assert quick.where_label.text() == "Session ended for safety"
    assert quick.title_label.text() == "Take care"
    assert quick.instruction_label.text() == "30 s in all, 2 of 6 steps done."
    assert "You reported numbness" in quick.status_label.text() and quick.status_label.isVisible()


def test_the_breathing_pacer_follows_the_programs_pattern(quick, clock, qtbot):
    qtbot.keyClick(quick, Qt.Key.Key_Space)
    assert quick.view.pacer_box.isVisible()
    assert quick.view.breath_label.text().startswith("Breathe in\nthrough the nose · 4 s")
    at_moment(quick, clock, 5)
    assert quick.view.breath_label.text().startswith("Breathe out\nthrough the mouth · 6 s")
    at_moment(quick, clock, 10.5)
    assert quick.view.breath_label.text().startswith("Breathe in")
    assert quick.view.pacer.breath.size == pytest.approx(0.038, abs=0.001)  # half a second into 4


def test_the_pacer_is_built_with_the_first_session_under_the_ring_and_keeps_the_motion_setting(
    qtbot, clock, programs
):
    """The idle window builds no pacer and no routine drawing (they cost its first frame); the first
    session puts the pacer under the countdown ring, before what comes next, and still with reduce motion."""
    window = make_window(qtbot, clock, programs, program_id="quick", knees="left", reduce_motion=True)
    view = window.view
    assert view._pacer is None and view._illustration is None
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert view.pacer_box.isVisible() and view.pacer._still
    ring, pacer, following = (view.ring.geometry(), view.pacer_box.geometry(), view.next_label.geometry())
    assert ring.bottom() <= pacer.top() and pacer.bottom() <= following.top()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not view.pacer_box.isVisible()
    assert view._illustration is None  # the leg programs never show a routine's drawing


def test_the_set_up_is_out_of_the_way_during_a_session_and_back_after(quick, qtbot):
    assert quick.setup_frame.isVisible()
    qtbot.keyClick(quick, Qt.Key.Key_Space)
    assert not quick.setup_frame.isVisible()
    qtbot.keyClick(quick, Qt.Key.Key_Escape)
    assert quick.setup_frame.isVisible() and quick.setup_frame.isEnabled()


def marker_point(window):
    marker = window.view.diagram.current_marker()
    assert marker is not None
    return (round(marker.at.x, 6), round(marker.at.y, 6))


def test_the_circling_marker_keeps_time_with_the_session_clock(quick, clock, qtbot):
    # Quick: settle 10, warm 15, find 10, press 15, then a minute of circles, one every 2 s.
    qtbot.keyClick(quick, Qt.Key.Key_Space)
    at_moment(quick, clock, 50.7)
    assert quick.view.diagram.motion is Motion.CIRCLES
    start = marker_point(quick)
    at_moment(quick, clock, 51.7)  # half a circle later: the other side of BL40
    assert marker_point(quick) != start
    at_moment(quick, clock, 52.7)  # one tempo later: the same point
    assert marker_point(quick) == start

    qtbot.keyClick(quick, Qt.Key.Key_Space)  # pause for a minute and a second (not a whole number of circles)
    assert quick.controller.state is State.PAUSED
    clock.advance(61)
    quick.controller.poll()
    quick.view.advance_frame()
    assert marker_point(quick) == start
    qtbot.keyClick(quick, Qt.Key.Key_Space)  # resume: no jump
    quick.view.advance_frame()
    assert marker_point(quick) == start
    clock.advance(0.5)
    quick.view.advance_frame()
    assert marker_point(quick) != start


def test_the_marker_is_painted_where_the_geometry_puts_it(quick, clock, qtbot):
    qtbot.keyClick(quick, Qt.Key.Key_Space)
    at_moment(quick, clock, 51.2)
    diagram = quick.view.diagram
    marker = diagram.current_marker()
    image = diagram.grab().toImage()
    colour = image.pixelColor(round(marker.at.x), round(marker.at.y))
    accent = diagram.palette().color(diagram.palette().ColorRole.Highlight)
    assert colour.name() == accent.name()


class PaintRecorder(QObject):
    def __init__(self, widget):
        super().__init__()
        self.rects = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())
        return False


def test_a_frame_repaints_only_the_markers_box(quick, clock, qtbot):
    qtbot.keyClick(quick, Qt.Key.Key_Space)
    at_moment(quick, clock, 50.5)
    diagram = quick.view.diagram
    diagram.repaint()  # the new phase's full picture, painted before we start counting
    recorder = PaintRecorder(diagram)
    clock.advance(0.1)
    quick.view.advance_frame()
    qtbot.waitUntil(lambda: bool(recorder.rects))
    whole = diagram.width() * diagram.height()
    assert all(r.width() * r.height() < whole / 20 for r in recorder.rects)


def test_the_animation_timer_runs_only_while_a_session_runs_and_the_window_is_visible(quick, qtbot):
    view = quick.view
    assert not view.frames_running  # idle: nothing moves, nothing repaints
    qtbot.keyClick(quick, Qt.Key.Key_Space)
    assert view.frames_running
    assert 7 <= view.frames.interval() <= 50
    qtbot.keyClick(quick, Qt.Key.Key_Space)
    assert not view.frames_running  # paused
    qtbot.keyClick(quick, Qt.Key.Key_Space)
    assert view.frames_running
    quick.hide()
    assert not view.frames_running
    quick.show()
    qtbot.waitExposed(quick)
    assert view.frames_running
    quick.controller.stop()
    assert not view.frames_running


def test_reduce_motion_keeps_a_still_marker_and_says_what_to_do(qtbot, clock, programs):
    window = make_window(qtbot, clock, programs, program_id="quick", knees="left", reduce_motion=True)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    at_moment(window, clock, 51)
    view = window.view
    assert view.reduce_motion
    assert not view.frames_running
    assert view.diagram.current_marker() is None
    assert view.motion_label.text().endswith("Small circles over BL40 · one every 2 s")
    window.apply_settings(window.settings.with_changes(reduce_motion=False))
    assert view.frames_running and view.diagram.current_marker() is not None


def test_reduce_motion_follows_the_system_when_the_setting_is_unset(qtbot, clock, programs, monkeypatch):
    from kneecare.ui.widgets import theme

    monkeypatch.setattr(theme, "system_prefers_reduced_motion", lambda: True)
    window = make_window(qtbot, clock, programs, program_id="quick", knees="left")
    assert window.settings.reduce_motion is None
    assert window.view.reduce_motion
    window.apply_settings(window.settings.with_changes(reduce_motion=False))
    assert not window.view.reduce_motion


def test_reduce_motion_is_switched_from_the_view_menu_mid_session_and_remembered(qtbot, clock, programs):
    window = make_window(qtbot, clock, programs, program_id="quick", knees="left", reduce_motion=False)
    saved = []
    window.settings_model.changed.connect(saved.append)
    assert not window.reduce_motion_action.isChecked()
    assert window.reduce_motion_action.shortcut().toString() == "Ctrl+Shift+M"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    at_moment(window, clock, 51)
    assert window.view.frames_running
    window.reduce_motion_action.trigger()
    assert saved[-1].reduce_motion is True and window.view.reduce_motion
    assert not window.view.frames_running and window.view.diagram.current_marker() is None
    window.reduce_motion_action.trigger()
    assert saved[-1].reduce_motion is False and window.view.frames_running
    # A change made elsewhere (another window's settings) shows in the menu, without saving again.
    count = len(saved)
    window.apply_settings(window.settings.with_changes(reduce_motion=True))
    assert window.reduce_motion_action.isChecked() and len(saved) == count


def test_a_late_desktop_preference_moves_the_view_and_the_check_mark_unless_the_person_chose(
    qtbot, clock, programs, monkeypatch
):
    from kneecare.ui.widgets import theme

    window = make_window(qtbot, clock, programs, program_id="quick", knees="left")
    saved = []
    window.settings_model.changed.connect(saved.append)
    monkeypatch.setattr(theme, "system_prefers_reduced_motion", lambda: True)
    window.refresh_motion_preference()  # what app.py calls when the desktop's answer arrives
    assert window.view.reduce_motion and window.reduce_motion_action.isChecked()
    assert saved == []  # following the desktop is not a choice to save
    chose = make_window(qtbot, clock, programs, program_id="quick", knees="left", reduce_motion=False)
    chose.refresh_motion_preference()
    assert not chose.view.reduce_motion and not chose.reduce_motion_action.isChecked()


def test_how_often_the_safety_questions_come_back_is_chosen_in_the_safety_menu(qtbot, clock, programs):
    window = make_window(qtbot, clock, programs)
    saved = []
    window.settings_model.changed.connect(saved.append)
    actions = window.interval_menu.actions()
    assert [a.text() for a in actions] == [f"Every {n} days" for n in (30, 90, 180, 365)]
    assert [a.isChecked() for a in actions] == [False, True, False, False]  # 90 days unless chosen
    actions[0].trigger()
    assert saved[-1].screening_interval_days == 30 and window.settings.screening_interval_days == 30
    # A value written by hand in the settings file is shown and kept as one of the choices.
    other = make_window(qtbot, clock, programs, screening_interval_days=45)
    assert [a.text() for a in other.interval_menu.actions() if a.isChecked()] == ["Every 45 days"]


@pytest.mark.parametrize("during", ["before", "paused"])
def test_everything_is_laid_out_on_a_small_screen_at_200_percent(quick, qtbot, during):
    # A 1920x1080 screen at 200% gives 960x540 logical pixels: no text cut, every control inside.
    if during == "paused":
        qtbot.keyClick(quick, Qt.Key.Key_Space)
        qtbot.keyClick(quick, Qt.Key.Key_Space)
        assert quick.status_label.isVisible()
    quick.resize(960, 540)
    qtbot.waitUntil(lambda: quick.size() == QSize(960, 540))
    for label in quick.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.objectName()
    for button in (quick.start_button, quick.skip_button, quick.stop_button, quick.safety_button):
        corner = button.mapTo(quick, button.rect().bottomRight())
        assert quick.rect().contains(corner), button.text()
    assert quick.view.ring.height() >= quick.view.ring.minimumSizeHint().height()
    assert quick.view.diagram.height() >= 300
