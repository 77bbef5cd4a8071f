"""The safety screens as a person meets them: the first launch asks the questions before anything can
start, a "yes" that blocks says why and what to do instead, pregnancy waits for a provider's agreement,
the daily leg question holds sessions until the follow-up gets an all-clear, and "About safety" is always
one click away."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from kneecare.core.safety import (
    FOLLOW_UP,
    HELD_LINE,
    RED_FLAG,
    RULES,
    SAFETY_PAUSE_TEXT,
    SEE_A_PROFESSIONAL,
    STANDING_LINE,
    AllClear,
    DailyCheck,
    Effect,
    LegAllClear,
    Verdict,
)
from kneecare.core.session import Outcome, SessionMachine, State
from kneecare.session.controller import SessionController
from kneecare.settings import Settings
from kneecare.store.recorder import SessionRecorder
from kneecare.store.store import Store
from kneecare.store.times import from_utc_text
from kneecare.ui.main_window import MainWindow
from kneecare.ui.safety_page import SafetyPage
from kneecare.ui.screening import SafetyGate

BLOCKING = [i for i, r in enumerate(RULES) if r.effect is Effect.BLOCK]


class App:
    """The window wired as app.py wires it, on an empty data dir and a fake clock."""

    def __init__(self, qtbot, clock, programs, data_dir, settings: Settings | None = None) -> None:
        self.qtbot = qtbot
        self.clock = clock
        self.store, _ = Store.open(data_dir / "kneecare.sqlite3", clock.now())
        self.controller = SessionController(SessionMachine(clock), clock)
        self.window = MainWindow(
            list(programs.values()), self.controller, settings or Settings(program_id="quick", knees="left")
        )
        qtbot.addWidget(self.window)
        self.recorder = recorder = SessionRecorder(self.store.sessions, clock)
        self.controller.loaded.connect(recorder.loaded)
        self.controller.started.connect(recorder.started)
        self.controller.phaseEnded.connect(recorder.phase_ended)
        self.controller.safetyReported.connect(recorder.safety_reported)
        self.controller.finished.connect(recorder.finished)
        self.gate = SafetyGate(
            self.store.safety,
            clock,
            self.window,
            self.window.settings_model,
            has_sessions=lambda: bool(self.store.sessions.recent(1)),
        )
        self.window.start_flow.steps.append(self.gate)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.gate.welcome()  # app.py: on the first frame, unless started minimized

    @property
    def dialog(self):
        return self.gate.dialog

    @property
    def shown(self) -> bool:
        """Whether the safety dialog shows (a closed one is deleted: the gate then holds none)."""
        return self.gate.dialog is not None and self.gate.dialog.isVisible()

    def press(self, *keys) -> None:
        """Keys typed into the safety dialog, which has the focus while it shows."""
        self.dialog.activateWindow()
        self.qtbot.waitUntil(self.dialog.isActiveWindow)
        for key in keys:
            self.qtbot.keyClick(self.dialog, key)

    def answer_all(self, yes_at: tuple[int, ...] = ()) -> None:
        for i in range(len(RULES)):
            self.press(Qt.Key.Key_Y if i in yes_at else Qt.Key.Key_N)

    def start(self) -> None:
        """Space in the main window; while the safety dialog covers it, Start from elsewhere (the tray)."""
        if self.dialog is not None and self.dialog.isVisible():
            self.window.start_session()
            return
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow)
        self.qtbot.keyClick(self.window, Qt.Key.Key_Space)

    def close(self) -> None:
        if self.controller.state in (State.RUNNING, State.PAUSED):
            self.controller.stop()
        self.store.close()


@pytest.fixture
def app(qtbot, clock, programs, tmp_path):
    app = App(qtbot, clock, programs, tmp_path)
    yield app
    app.close()


def test_the_first_launch_shows_the_screening_before_anything_can_start(app):
    assert app.dialog is not None and app.dialog.isVisible()
    assert app.dialog.page == "introPage"
    assert app.dialog.intro_page.heading.text() == "Welcome to KneeCare"
    assert "6 short yes-or-no questions" in app.dialog.intro_text.text()
    assert app.dialog.topics_label.text().splitlines() == [f"•  {rule.reason}" for rule in RULES]
    # Start is pressed anyway: nothing starts, the questions stay in front.
    assert app.window.start_session() is False
    assert app.controller.state is State.IDLE and app.shown
    app.press(Qt.Key.Key_Return)
    assert app.dialog.page == "questionPage"
    assert app.dialog.progress_label.text() == "Question 1 of 6"
    assert app.dialog.question_label.text() == RULES[0].question
    app.answer_all()
    # A first session always gets the leg question, then starts by itself.
    assert app.dialog.page == "dailyPage"
    assert app.dialog.daily_question.text() == RED_FLAG.question
    app.press(Qt.Key.Key_N)
    assert not app.shown
    assert app.controller.state is State.RUNNING
    latest = app.store.safety.latest_screening()
    assert latest.verdict is Verdict.CLEAR and latest.taken_at == app.clock.now()
    [check] = app.store.safety.daily_checks_on(app.clock.now().date())
    assert not check.red_flag


def test_answering_at_first_launch_without_starting_ends_on_a_thank_you(app):
    app.press(Qt.Key.Key_Return)
    app.answer_all()
    assert app.dialog.page == "donePage"
    app.press(Qt.Key.Key_Return)
    assert not app.shown and app.controller.state is State.IDLE
    app.start()  # the leg question still comes before the session
    assert app.shown and app.dialog.page == "dailyPage"


def test_start_pressed_again_mid_questions_keeps_the_answers_given_so_far(app):
    app.press(Qt.Key.Key_Return, Qt.Key.Key_N, Qt.Key.Key_N)
    assert app.window.start_session() is False  # e.g. "Start now" from the tray
    assert app.dialog.progress_label.text() == "Question 3 of 6"
    app.press(*[Qt.Key.Key_N] * 4)
    assert app.dialog.page == "dailyPage"  # the session was asked for, so the leg question follows
    app.press(Qt.Key.Key_N)
    assert app.controller.state is State.RUNNING


def test_back_goes_to_the_previous_question_with_the_answer_marked(app):
    app.press(Qt.Key.Key_Return, Qt.Key.Key_N, Qt.Key.Key_Y)
    assert app.dialog.progress_label.text() == "Question 3 of 6"
    app.press(Qt.Key.Key_Backspace)
    assert app.dialog.progress_label.text() == "Question 2 of 6"
    assert app.dialog.yes_button.isChecked() and not app.dialog.no_button.isChecked()


@pytest.mark.parametrize("index", BLOCKING, ids=lambda i: RULES[i].concern.value)
def test_a_blocked_person_sees_why_and_what_to_do_instead(app, index):
    rule = RULES[index]
    app.start()
    app.press(Qt.Key.Key_Return)
    app.answer_all(yes_at=(index,))
    assert app.dialog.page == "blockedPage"
    assert rule.reason in app.dialog.reasons_label.text()
    assert rule.advice in app.dialog.reasons_label.text()
    assert app.dialog.blocked_instead.text() == SEE_A_PROFESSIONAL
    assert app.dialog.blocked_review.isVisible() and app.dialog.blocked_review.isEnabled()
    assert app.controller.state is State.IDLE
    assert "on hold" in app.gate.hold_label.text() and app.gate.hold_label.isVisible()
    assert app.store.safety.latest_screening().verdict is Verdict.BLOCKED
    # Closing and pressing Start again shows the same explanation: never a silent block.
    app.qtbot.mouseClick(app.dialog.blocked_close, Qt.MouseButton.LeftButton)
    assert not app.shown
    app.start()
    assert app.shown and app.dialog.page == "blockedPage"
    assert app.controller.state is State.IDLE


def test_reviewing_the_answers_shows_them_and_a_corrected_answer_lets_the_session_start(app):
    app.press(Qt.Key.Key_Return)
    app.answer_all(yes_at=(3,))  # recent knee surgery
    assert app.dialog.page == "blockedPage"
    app.qtbot.mouseClick(app.dialog.blocked_review, Qt.MouseButton.LeftButton)
    assert app.dialog.page == "questionPage"
    assert app.dialog.no_button.isChecked()  # question 1 was answered "no"
    app.press(Qt.Key.Key_N, Qt.Key.Key_N, Qt.Key.Key_N)
    assert app.dialog.question_label.text() == RULES[3].question and app.dialog.yes_button.isChecked()
    app.press(Qt.Key.Key_N, Qt.Key.Key_N, Qt.Key.Key_N)
    assert app.dialog.page == "donePage"
    assert [s.verdict for s in app.store.safety.screenings()] == [Verdict.BLOCKED, Verdict.CLEAR]


def test_pregnancy_waits_for_the_person_to_confirm_a_provider_agreed(app):
    app.start()
    app.press(Qt.Key.Key_Return)
    app.answer_all(yes_at=(len(RULES) - 1,))
    assert app.dialog.page == "checkFirstPage"
    assert "healthcare provider" in app.dialog.check_advice.text()
    assert not app.dialog.check_continue.isEnabled()
    assert "Tick the box" in app.dialog.check_hint.text()  # the reason it is not available yet
    app.qtbot.mouseClick(app.dialog.check_later, Qt.MouseButton.LeftButton)
    assert app.controller.state is State.IDLE
    app.start()  # later: the same question, not the whole screening
    assert app.dialog.page == "checkFirstPage"
    app.dialog.provider_box.setChecked(True)
    assert app.dialog.check_continue.isEnabled()
    app.qtbot.mouseClick(app.dialog.check_continue, Qt.MouseButton.LeftButton)
    assert app.dialog.page == "dailyPage"
    app.press(Qt.Key.Key_N)
    assert app.controller.state is State.RUNNING
    latest = app.store.safety.latest_screening()
    assert latest.provider_agreed and latest.verdict is Verdict.CONFIRMED


def finish_screening(app) -> None:
    app.press(Qt.Key.Key_Return)
    app.answer_all()
    app.press(Qt.Key.Key_Return)


def test_a_red_flag_holds_sessions_past_midnight_until_the_follow_up_gets_an_all_clear(app, clock):
    """Article: "If you have risk factors for DVT (swollen, hot, painful leg), seek medical attention
    rather than massaging." A "yes" holds sessions past midnight, until the person says the leg is back
    to normal; "no, not yet" keeps the hold and records nothing."""
    finish_screening(app)
    clock.set_wall(clock.now().replace(hour=22, minute=0))
    app.start()
    app.press(Qt.Key.Key_Y)
    assert app.dialog.page == "redFlagPage"
    assert RED_FLAG.advice == app.dialog.red_flag_advice.text()
    assert "until tomorrow" not in RED_FLAG.advice and "today" not in RED_FLAG.advice
    assert app.controller.state is State.IDLE
    assert app.window.hold_line.isVisible() and app.window.hold_line.text() == HELD_LINE
    app.press(Qt.Key.Key_Escape)
    clock.advance(60 * 60 + 59 * 60)  # 23:59
    app.start()
    assert app.dialog.page == "followUpPage"  # the follow-up, before anything else
    app.press(Qt.Key.Key_N)
    assert app.dialog.page == "stillHeldPage"
    app.qtbot.mouseClick(app.dialog.still_held_close, Qt.MouseButton.LeftButton)
    clock.advance(2 * 60)  # 00:01 the next day: still held
    app.start()
    assert app.dialog.page == "followUpPage"
    assert app.controller.state is State.IDLE
    assert app.store.safety.latest_all_clear() is None
    app.qtbot.mouseClick(app.dialog.follow_up_yes, Qt.MouseButton.LeftButton)
    assert app.controller.state is State.RUNNING
    assert not app.window.hold_line.isVisible()
    clear = app.store.safety.latest_all_clear()
    assert clear.how is AllClear.BACK_TO_NORMAL and clear.at == clock.now()
    checks = app.store.safety.daily_checks_on(clock.now().date() - timedelta(days=1))
    assert [c.red_flag for c in checks] == [True]


def hold_open_since_yesterday(app, clock) -> None:
    """The screening answered, a "yes" to the leg question, and a day later Start is pressed."""
    finish_screening(app)
    app.start()
    app.press(Qt.Key.Key_Y)
    app.press(Qt.Key.Key_Escape)
    clock.suspend(timedelta(days=1).total_seconds())
    app.start()
    assert app.dialog.page == "followUpPage"


def test_the_follow_up_defaults_to_no_and_esc_keeps_the_hold(app, clock):
    """Article: "For persistent swelling, pain, or sudden changes in a leg (warmth, severe swelling,
    redness), see a healthcare professional promptly." Return and Esc answer "no, not yet": sessions stay
    held, nothing is recorded, and the screen says why and links to About safety."""
    hold_open_since_yesterday(app, clock)
    dialog = app.dialog
    assert dialog.follow_up_question.text() == FOLLOW_UP.question
    assert dialog.follow_up_no.isDefault() and dialog.focusWidget() is dialog.follow_up_no
    assert not dialog.follow_up_yes.isDefault() and not dialog.follow_up_professional.isDefault()
    app.press(Qt.Key.Key_Return)
    assert dialog.page == "stillHeldPage" and dialog.isVisible()
    assert dialog.still_held_text.text() == FOLLOW_UP.still_held
    app.qtbot.mouseClick(dialog.still_held_about, Qt.MouseButton.LeftButton)
    assert app.window.findChild(SafetyPage).isVisible()
    app.window.findChild(SafetyPage).close()
    dialog.reject()
    assert not app.shown
    app.start()
    assert app.dialog.page == "followUpPage"
    app.press(Qt.Key.Key_Escape)
    assert app.dialog.page == "stillHeldPage" and app.shown  # Esc answered "no"
    app.press(Qt.Key.Key_Escape)
    assert not app.shown
    assert app.store.safety.latest_all_clear() is None
    assert app.controller.state is State.IDLE and app.store.sessions.count() == 0
    assert app.window.hold_line.isVisible()


@pytest.mark.parametrize("yes_key", [Qt.Key.Key_Y, Qt.Key.Key_J])
def test_y_or_j_on_the_follow_up_means_back_to_normal_and_the_session_starts(app, clock, yes_key):
    hold_open_since_yesterday(app, clock)
    app.press(Qt.Key.Key_N)
    assert app.dialog.page == "stillHeldPage"
    app.dialog.reject()
    app.start()
    app.press(yes_key)
    assert app.controller.state is State.RUNNING
    assert app.store.safety.latest_all_clear().how is AllClear.BACK_TO_NORMAL


def test_a_professional_said_it_is_fine_ends_the_hold_and_is_stored(app, clock):
    hold_open_since_yesterday(app, clock)
    app.qtbot.mouseClick(app.dialog.follow_up_professional, Qt.MouseButton.LeftButton)
    assert app.controller.state is State.RUNNING
    clear = app.store.safety.latest_all_clear()
    assert clear.how is AllClear.PROFESSIONAL_CLEARED and clear.at == clock.now()
    assert app.gate.held() is False


def test_the_hold_line_shows_from_the_store_when_the_window_opens(qtbot, clock, programs, tmp_path):
    """A hold recorded in an earlier run shows on the main window as soon as it opens."""
    store, _ = Store.open(tmp_path / "kneecare.sqlite3", clock.now())
    yesterday = clock.now() - timedelta(days=1)
    store.safety.record_daily_check(DailyCheck(yesterday.date(), yesterday, red_flag=True))
    store.close()
    app = App(qtbot, clock, programs, tmp_path)
    try:
        assert app.window.hold_line.isVisible() and app.window.hold_line.text() == HELD_LINE
        assert "leg" in HELD_LINE and "Start" in HELD_LINE
    finally:
        app.close()


def test_the_daily_question_comes_back_after_a_red_flag_even_when_switched_off(app, clock):
    finish_screening(app)
    app.start()
    app.press(Qt.Key.Key_N)
    app.controller.stop()
    clock.suspend(timedelta(days=8).total_seconds())
    app.gate.refresh_menu()
    app.window.daily_question_action.trigger()  # off
    assert app.window.settings.daily_question is False
    app.start()
    assert app.controller.state is State.RUNNING  # off and allowed: no question
    app.controller.stop()
    app.store.safety.record_daily_check(DailyCheck(clock.now().date(), clock.now(), red_flag=True))
    app.store.safety.record_all_clear(
        LegAllClear(clock.now() + timedelta(minutes=1), AllClear.BACK_TO_NORMAL)
    )
    clock.advance(5 * 60)
    app.start()
    assert app.dialog.page == "dailyPage"  # back on by itself
    assert "asked again until" in app.dialog.daily_note.text()


def test_the_set_up_panel_shows_a_standing_line_when_the_daily_question_is_off(app, clock):
    finish_screening(app)
    assert not app.window.leg_note.isVisible()
    app.window.daily_question_action.setEnabled(True)
    app.window.daily_question_action.trigger()  # off
    assert app.window.leg_note.isVisible() and app.window.leg_note.text() == STANDING_LINE
    app.window.daily_question_action.trigger()  # on again
    assert not app.window.leg_note.isVisible()


def test_the_standing_line_shows_on_every_start_with_the_question_off(qtbot, clock, programs, tmp_path):
    settings = Settings(program_id="quick", knees="left", daily_question=False)
    app = App(qtbot, clock, programs, tmp_path, settings)
    try:
        assert app.window.leg_note.isVisible()
    finally:
        app.close()


def test_the_questions_come_back_after_the_interval_from_the_settings(app, clock):
    finish_screening(app)
    app.window.settings_model.update(screening_interval_days=30)
    clock.suspend(timedelta(days=30).total_seconds())
    app.start()
    assert app.dialog.page == "introPage"
    assert app.dialog.intro_page.heading.text() == "Time to check in again"
    assert "30 days" in app.dialog.intro_text.text()


def test_my_situation_changed_asks_again_with_the_earlier_answers_marked(app):
    finish_screening(app)
    app.window.situation_action.trigger()
    assert app.shown and app.dialog.intro_page.heading.text() == "Your situation changed"
    app.press(Qt.Key.Key_Return)
    assert app.dialog.no_button.isChecked()
    app.answer_all(yes_at=(1,))
    assert app.dialog.page == "blockedPage"
    assert RULES[1].reason in app.dialog.reasons_label.text()


def test_the_daily_question_switch_explains_the_first_week_and_then_can_be_turned_off(app, clock, qtbot):
    finish_screening(app)
    action = app.window.daily_question_action
    app.gate.refresh_menu()
    assert action.isChecked() and not action.isEnabled()
    assert "first week" in action.text()
    app.start()
    app.press(Qt.Key.Key_N)
    assert app.controller.state is State.RUNNING
    app.controller.stop()
    clock.suspend(timedelta(days=7).total_seconds())
    app.gate.refresh_menu()
    assert action.isEnabled() and action.text() == "Ask about my legs before each session"
    seen = []
    app.window.settings_model.changed.connect(seen.append)
    action.trigger()
    assert seen[-1].daily_question is False
    app.start()  # no question now: the session starts at once
    assert app.controller.state is State.RUNNING


def test_about_safety_is_reachable_from_the_help_menu_the_link_and_f1(app, qtbot):
    finish_screening(app)
    help_texts = [a.text() for a in app.window.help_menu.actions()]
    assert "&About safety" in help_texts
    assert app.window.about_safety_link.isVisible()
    qtbot.mouseClick(app.window.about_safety_link, Qt.MouseButton.LeftButton)
    page = app.window.findChild(SafetyPage)
    assert page is not None and page.isVisible()
    text = page.text()
    for words in ("Self-care, not treatment", "When not to do this", "When to see a health professional"):
        assert words in text
    for sign in ("does not go away", "suddenly feels warm", "severe swelling", "redness"):
        assert sign in text
    page.close()
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)
    qtbot.keyClick(app.window, Qt.Key.Key_F1)
    assert page.isVisible()
    assert len(app.window.findChildren(SafetyPage)) == 1  # one page, brought back


def test_the_blocked_screen_links_to_about_safety(app):
    app.press(Qt.Key.Key_Return)
    app.answer_all(yes_at=(0,))
    app.qtbot.mouseClick(app.dialog.blocked_about, Qt.MouseButton.LeftButton)
    assert app.window.findChild(SafetyPage).isVisible()


def test_a_safety_stop_pauses_says_ease_the_pressure_and_is_stored_with_its_phase_and_time(app, clock, qtbot):
    finish_screening(app)
    app.start()
    app.press(Qt.Key.Key_N)
    assert app.controller.state is State.RUNNING
    plan = app.controller.machine.plan
    pressure = next(p for p in plan.phases if p.step_kind.value == "pressure")
    clock.advance(pressure.offset + 2)
    app.controller.poll()
    assert app.window.title_label.text() == pressure.title
    assert "never" in app.window.instruction_label.text() and "firm" in app.window.instruction_label.text()
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)
    qtbot.keyClick(app.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(app.window.safety_menu.isVisible)
    assert app.controller.state is State.PAUSED  # at once, while the person picks what they feel
    clock.advance(3)  # choosing takes a moment; the session does not move on meanwhile
    reported_at = clock.now()
    pain = next(a for a in app.window.safety_menu.actions() if a.text() == "Sharp pain")
    app.window.safety_menu.hide()
    pain.trigger()
    assert app.controller.state is State.PAUSED
    assert app.window.safety_panel.isVisible()
    assert app.window.safety_text.text() == SAFETY_PAUSE_TEXT
    assert "Ease the pressure, or stop" in app.window.safety_text.text()
    clock.advance(5)
    with qtbot.waitSignal(app.controller.finished) as finished:
        qtbot.mouseClick(app.window.end_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].outcome is Outcome.SAFETY_STOPPED
    row = app.store.sessions.recent()[0]
    assert row.status == "safety_stopped"
    [event] = app.store.sessions.safety_events(row.id)
    assert event["kind"] == "pain"
    assert event["phase_index"] == pressure.index and event["step_kind"] == "pressure"
    assert event["knee"] == "left" and event["zone"] == "Europe/Berlin"
    assert from_utc_text(event["at_utc"]) == reported_at
    assert event["session_seconds"] == pytest.approx(pressure.offset + 2)  # where it was paused


def test_a_person_who_already_answered_is_not_asked_at_launch(qtbot, clock, programs, tmp_path):
    first = App(qtbot, clock, programs, tmp_path)
    finish_screening(first)
    first.close()
    again = App(qtbot, clock, programs, tmp_path)
    assert again.dialog is None  # nothing pops up; Start asks the leg question
    again.start()
    assert again.dialog.page == "dailyPage"
    again.close()


def test_the_safety_key_pauses_even_if_the_person_then_closes_the_menu(app, clock, qtbot):
    finish_screening(app)
    app.start()
    app.press(Qt.Key.Key_N)
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)
    qtbot.keyClick(app.window, Qt.Key.Key_Exclam)
    qtbot.waitUntil(app.window.safety_menu.isVisible)
    app.window.safety_menu.hide()
    assert app.controller.state is State.PAUSED
    assert app.window.status_label.text() == "Paused. Press Space to go on."
    qtbot.keyClick(app.window, Qt.Key.Key_Space)
    assert app.controller.state is State.RUNNING
