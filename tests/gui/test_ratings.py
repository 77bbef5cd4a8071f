"""The quick rating around a session, as a person meets it: one screen before (Esc skips), one after,
saved with the session, and "Don't ask again" is remembered. Wired as app.py wires it, on a fake clock."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer

from kneecare.core.session import Discomfort, SessionMachine, State
from kneecare.core.stats import Rating
from kneecare.session.controller import SessionController
from kneecare.settings import Settings
from kneecare.store.recorder import SessionRecorder
from kneecare.store.store import Store
from kneecare.ui.main_window import MainWindow
from kneecare.ui.ratings import AFTER_MIN_SECONDS, RatingDialog, RatingFlow


class App:
    """The parts app.py builds for a session with ratings."""

    def __init__(self, qtbot, clock, programs, tmp_path, settings: Settings) -> None:
        self.store, _ = Store.open(tmp_path / "k.sqlite3", clock.now())
        self.controller = SessionController(SessionMachine(clock), clock)
        self.window = MainWindow(list(programs.values()), self.controller, settings)
        qtbot.addWidget(self.window)
        self.saved: list[Settings] = []
        self.window.settings_model.changed.connect(self.saved.append)
        self.recorder = SessionRecorder(self.store.sessions, clock)
        c = self.controller
        c.loaded.connect(self.recorder.loaded)
        c.started.connect(self.recorder.started)
        c.phaseEnded.connect(self.recorder.phase_ended)
        c.safetyReported.connect(self.recorder.safety_reported)
        c.finished.connect(self.recorder.finished)
        self.flow = RatingFlow(
            self.window,
            self.recorder,
            self.store.sessions,
            settings=lambda: self.window.settings,
            change_settings=self.change_settings,
        )
        self.window.start_flow.steps.append(self.flow.before_gate)
        c.finished.connect(self.flow.after_session)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.activateWindow()
        self.clock = clock
        self.qtbot = qtbot

    def change_settings(self, new: Settings) -> None:
        self.window.settings_model.replace(new)

    def press(self, key: Qt.Key, then: Callable[[], object] | None = None) -> None:
        """A key on the main window, once it is active again (a closed dialog hands focus back);
        `then` is queued right before the key, to run inside whatever the key opens."""
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow)
        if then is not None:
            QTimer.singleShot(0, then)
        self.qtbot.keyClick(self.window, key)

    def press_space(self) -> None:
        self.press(Qt.Key.Key_Space)

    def start_with(self, answer: Callable[[RatingDialog], object]) -> list[RatingDialog]:
        """Press Space and, on the rating screen it opens (the start waits for it), `answer` it."""
        seen: list[RatingDialog] = []

        def on_screen() -> None:
            dialog = self.flow.dialog
            if dialog is None or not dialog.isVisible():
                return  # no rating screen: the assertion below says so
            try:
                assert self.controller.state is not State.RUNNING  # held until answered
                seen.append(dialog)
                answer(dialog)
            finally:
                if dialog.isVisible():  # a failed check must not leave the test waiting on the screen
                    dialog.reject()

        self.press(Qt.Key.Key_Space)
        self.qtbot.waitUntil(lambda: self.flow.dialog is not None and self.flow.dialog.isVisible())
        on_screen()
        assert seen, "the rating screen did not show"
        return seen

    def dialog(self) -> RatingDialog:
        self.qtbot.waitUntil(lambda: self.flow.dialog is not None and self.flow.dialog.isVisible())
        assert self.flow.dialog is not None
        return self.flow.dialog

    def run_to_end(self) -> None:
        plan = self.controller.machine.plan
        self.clock.advance(plan.total_seconds + 1)
        self.controller.poll()

    def settle(self) -> None:
        """Let the event loop run what is queued now: a session's end queues the "after" screen (a zero
        timer), so once a zero timer queued after it has run, that screen shows or never will."""
        ran: list[bool] = []
        QTimer.singleShot(0, lambda: ran.append(True))
        self.qtbot.waitUntil(lambda: bool(ran))

    def session_ratings(self) -> dict[str, Rating]:
        row = self.store.sessions.recent(1)[0]
        return self.store.sessions.ratings(row.id)


@pytest.fixture
def app(qtbot, clock, programs, tmp_path):
    parts = App(qtbot, clock, programs, tmp_path, Settings(program_id="quick", knees="left"))
    yield parts
    parts.store.close()


def test_space_asks_first_and_escape_skips_to_the_session_with_nothing_asked_after(app, qtbot):
    def look_then_escape(dialog: RatingDialog) -> None:
        assert dialog.isModal()
        assert [dialog.values[m].text() for m in ("tension", "pain", "swelling")] == ["not rated"] * 3
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    app.start_with(look_then_escape)
    assert app.controller.state is State.RUNNING
    assert app.store.sessions.count() == 1 and app.session_ratings() == {}
    app.run_to_end()
    app.settle()
    assert app.flow.dialog is None  # skipped before: not asked after either


def test_a_rating_before_is_saved_with_the_session_and_the_after_screen_shows_it(app, qtbot):
    def rate(dialog: RatingDialog) -> None:
        qtbot.keyClick(dialog.sliders["tension"], Qt.Key.Key_End)  # the keyboard alone: to 10...
        qtbot.keyClick(dialog.sliders["tension"], Qt.Key.Key_Left)  # ...and one down
        dialog.set_value("pain", 3)
        dialog.note.setText("stiff after cycling")
        assert dialog.values["swelling"].text() == "not rated"
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # Enter saves, even from the note

    app.start_with(rate)
    assert app.controller.state is State.RUNNING
    assert app.session_ratings() == {"before": Rating(tension=9, pain=3, note="stiff after cycling")}

    app.run_to_end()
    after = app.dialog()
    assert after.moment == "after"
    assert after.values["tension"].text() == "not rated  (before: 9)"
    assert after.sliders["tension"].value() == 9  # starts where it was, untouched until moved
    after.set_value("tension", 5)
    qtbot.mouseClick(after.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "after" in app.session_ratings())
    assert app.session_ratings()["after"] == Rating(tension=5)


def test_dont_ask_again_is_remembered_and_the_next_start_asks_nothing(app, qtbot):
    def turn_off(dialog: RatingDialog) -> None:
        dialog.dont_ask.setChecked(True)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    app.start_with(turn_off)
    assert app.controller.state is State.RUNNING
    assert app.saved[-1].ask_ratings is False and app.window.settings.ask_ratings is False
    app.press(Qt.Key.Key_Escape)  # stop this one
    assert app.controller.state is State.FINISHED
    app.press_space()  # nothing to answer: it starts at once
    assert app.controller.state is State.RUNNING and app.flow.dialog is None


def test_nothing_is_asked_after_a_safety_stop_or_a_session_stopped_at_once(app, qtbot):
    for end in ("safety", "stop"):
        app.start_with(lambda dialog: (dialog.set_value("pain", 2), dialog.accept()))
        assert app.controller.state is State.RUNNING
        app.clock.advance(20)
        app.controller.poll()
        if end == "safety":
            app.controller.report(Discomfort.PAIN)
            app.window.end_for_safety()
        else:
            app.controller.stop()
        app.settle()
        assert app.controller.state is State.FINISHED
        assert app.flow.dialog is None, end


def test_nothing_is_asked_after_a_session_gone_through_with_skip(app, qtbot):
    """Pressing Skip 15 s into every step (a minute of it in all, enough to be asked after a stop) leaves
    the movement and the strokes not done: there is no "after" to rate."""
    app.start_with(lambda dialog: (dialog.set_value("tension", 4), dialog.accept()))
    while app.controller.state is not State.FINISHED:
        app.clock.advance(15)
        app.controller.poll()
        app.controller.skip()
    app.settle()
    assert app.store.sessions.recent(1)[0].status == "skipped"
    assert app.store.sessions.recent(1)[0].done_seconds >= AFTER_MIN_SECONDS
    assert app.flow.dialog is None


def test_a_second_start_while_the_screen_is_open_does_not_ask_twice(app, qtbot):
    def start_again(dialog: RatingDialog) -> None:
        assert app.window.start_session() is False  # e.g. "Start" from the tray meanwhile
        assert app.flow.dialog is dialog
        dialog.reject()

    app.start_with(start_again)
    assert app.controller.state is State.RUNNING


def test_ratings_start_untouched_and_empty_answers_are_not_saved(qtbot):
    dialog = RatingDialog("before")
    qtbot.addWidget(dialog)
    assert dialog.rating() == Rating() and dialog.rating().empty
    qtbot.keyClick(dialog.sliders["swelling"], Qt.Key.Key_Home)  # 0 is a rating too, once chosen
    assert dialog.rating() == Rating(swelling=0)
    assert dialog.sliders["swelling"].accessibleDescription().endswith("; 0")


def test_a_routine_is_not_asked_about_the_knees(app, qtbot):
    app.window.program_box.setCurrentIndex(app.window.program_box.findData("ankle_pumps"))
    app.press_space()
    assert app.controller.state is State.RUNNING and app.flow.dialog is None
    app.run_to_end()
    app.settle()
    assert app.flow.dialog is None
