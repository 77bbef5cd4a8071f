"""The safety screens before a session: the screening questions, the explanation when sessions are held,
the pregnancy check, the daily leg question and its follow-up while a leg is on hold; plus `SafetyGate`,
the start gate that opens them and keeps the main window's hold line.

The rules and the order of the checks are `kneecare.core.safety`'s; this module only shows and records.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kneecare import APP_NAME
from kneecare.core.clock import Clock
from kneecare.core.plan import Plan
from kneecare.core.safety import (
    FOLLOW_UP,
    HELD_LINE,
    PROVIDER_CONFIRMATION,
    RED_FLAG,
    RULES,
    SEE_A_PROFESSIONAL,
    AllClear,
    Concern,
    DailyCheck,
    DueReason,
    Gate,
    LegAllClear,
    RecordError,
    SafetyFacts,
    SafetyRecords,
    Screening,
    assess,
    before_session,
    current_versions,
    daily_question_back_on,
    daily_question_back_until,
    daily_question_can_be_off,
    daily_question_from,
    hold_open,
)
from kneecare.i18n import QT_TRANSLATE_NOOP
from kneecare.ui.safety_page import translate_safety
from kneecare.ui.settings_model import SettingsModel
from kneecare.ui.start_flow import Answer

if TYPE_CHECKING:
    from kneecare.ui.main_window import MainWindow

log = logging.getLogger(__name__)

INTRO_TEXT = {
    DueReason.FIRST: (
        QT_TRANSLATE_NOOP("screening", "Welcome to KneeCare"),
        QT_TRANSLATE_NOOP(
            "screening",
            "Before your first session, please answer {n} short yes-or-no questions about your legs and "
            "your health. Acupressure is not right for everyone, and these questions check that it is safe "
            "for you to start. Your answers stay on this computer.",
        ),
    ),
    DueReason.INTERVAL: (
        QT_TRANSLATE_NOOP("screening", "Time to check in again"),
        QT_TRANSLATE_NOOP(
            "screening",
            "It has been {days} days since you answered the safety questions, and things can change. Please "
            "answer the {n} questions again before your next session.",
        ),
    ),
    DueReason.NEW_QUESTIONS: (
        QT_TRANSLATE_NOOP("screening", "A few safety questions"),
        QT_TRANSLATE_NOOP(
            "screening",
            "Some safety questions have not been answered yet. Please answer all {n} before your next "
            "session.",
        ),
    ),
    DueReason.CHANGED: (
        QT_TRANSLATE_NOOP("screening", "Your situation changed"),
        QT_TRANSLATE_NOOP(
            "screening",
            "Please answer the {n} questions again for how things are now. Your earlier answers are marked, "
            "so you can change only what is different.",
        ),
    ),
}
KEY_HINT = QT_TRANSLATE_NOOP("screening", "Press Y for yes or N for no.")
# Said in the main window's status bar while sessions are held, so the hold is never silent.
ON_HOLD = {
    Gate.BLOCKED: QT_TRANSLATE_NOOP(
        "screening", "Sessions are on hold because of your safety answers. Press Start to see why."
    ),
    Gate.CHECK_FIRST: QT_TRANSLATE_NOOP(
        "screening", "Sessions are on hold until your healthcare provider agrees. Press Start to see more."
    ),
}
# Plain keys that answer a yes-or-no question: Y or J (German "Ja") for yes, N for no, in every language.
YES_KEYS = (Qt.Key.Key_Y, Qt.Key.Key_J)
NO_KEYS = (Qt.Key.Key_N,)


def _t(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("screening", ...) in the person's language."""
    return QCoreApplication.translate("screening", text) if text else text


def _day(when: date, long: bool = False) -> str:
    """A date in the person's language ("Mon 3 Feb", or "Monday 3 February" when `long`)."""
    day = QDate(when.year, when.month, when.day)
    return QLocale().toString(day, "dddd d MMMM" if long else "ddd d MMM")


def _label(text: str = "", *, scale: float = 1.0, bold: bool = False, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    if scale != 1.0 or bold:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
    return label


def _button(text: str, name: str, *, default: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", ""))
    button.setAutoDefault(default)
    button.setDefault(default)
    button.setMinimumHeight(34)
    return button


class _Page(QWidget):
    """One screen of the dialog: a heading, a body, and a row of buttons at the bottom."""

    def __init__(self, name: str, heading: str = "") -> None:
        super().__init__()
        self.setObjectName(name)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(14)
        self.heading = _label(heading, scale=1.5, bold=True, name="heading")
        self.layout_.addWidget(self.heading)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        self.layout_.addLayout(self.body)
        self.layout_.addStretch(1)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(10)
        self.layout_.addLayout(self.buttons)


class SafetyDialog(QDialog):
    """Shows one safety screen at a time; emits what the person answered. `SafetyGate` decides what next."""

    beginRequested = Signal()
    screeningAnswered = Signal(object)  # dict[Concern, bool]: every question answered
    providerConfirmed = Signal()
    reviewRequested = Signal()
    dailyAnswered = Signal(bool)  # True: a red flag
    followUpAnswered = Signal(str)  # "" for "no, not yet" (or Esc); else an AllClear value
    aboutSafetyRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SafetyDialog")
        self.setWindowTitle(self.tr("Safety questions · %1").replace("%1", APP_NAME))
        self.setMinimumSize(560, 360)
        self.resize(600, 400)
        self.answers: dict[Concern, bool] = {}
        self.question_index = 0
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 20)
        outer.addWidget(self.stack)
        self._build_intro()
        self._build_question()
        self._build_blocked()
        self._build_check_first()
        self._build_daily()
        self._build_red_flag()
        self._build_follow_up()
        self._build_still_held()
        self._build_done()
        self.setStyleSheet(
            "#reasons, #adviceBox { background: #f6f2ea; border: 1px solid #d8ccb4; border-radius: 6px; }"
            "#reasons QLabel, #adviceBox QLabel { background: transparent; }"
            "#keyHint, #progress { color: #5f5f5f; }"
            "QPushButton#yes:checked, QPushButton#no:checked, QPushButton#dailyYes:checked,"
            " QPushButton#dailyNo:checked { font-weight: bold; border: 2px solid #3a6f8f; }"
        )

    # -- pages ---------------------------------------------------------------------------------

    def _build_intro(self) -> None:
        page = self.intro_page = _Page("introPage")
        self.intro_text = _label(scale=1.1, name="introText")
        page.body.addWidget(self.intro_text)
        # What the questions are about, so nobody is surprised by a question on pregnancy or bleeding.
        self.topics_box = QFrame()
        self.topics_box.setObjectName("reasons")
        topics = QVBoxLayout(self.topics_box)
        topics.setContentsMargins(14, 10, 14, 10)
        topics.setSpacing(4)
        topics.addWidget(_label(self.tr("They ask about:"), bold=True, name="topicsHeading"))
        self.topics_label = _label(
            "\n".join(f"•  {translate_safety(rule.reason)}" for rule in RULES), name="topics"
        )
        topics.addWidget(self.topics_label)
        page.body.addWidget(self.topics_box)
        self.intro_later = _button(self.tr("Not &now"), "notNow")
        self.begin_button = _button(self.tr("&Begin"), "begin", default=True)
        self.intro_later.clicked.connect(self.reject)
        self.begin_button.clicked.connect(self.beginRequested)
        page.buttons.addStretch(1)
        page.buttons.addWidget(self.intro_later)
        page.buttons.addWidget(self.begin_button)
        self.stack.addWidget(page)

    def _build_question(self) -> None:
        page = self.question_page = _Page("questionPage", self.tr("Safety questions"))
        self.progress_label = _label(name="progress")
        self.question_label = _label(scale=1.35, name="question")
        self.question_label.setMinimumHeight(90)
        self.question_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.question_hint = _label(_t(KEY_HINT), name="keyHint")
        page.body.addWidget(self.progress_label)
        page.body.addWidget(self.question_label)
        page.body.addWidget(self.question_hint)
        self.back_button = _button(self.tr("&Back"), "back")
        self.yes_button = _button(self.tr("&Yes"), "yes")
        self.no_button = _button(self.tr("&No"), "no")
        for button in (self.yes_button, self.no_button):
            button.setCheckable(True)
            button.setMinimumWidth(120)
            button.setMinimumHeight(42)
        self.back_button.clicked.connect(self.previous_question)
        self.yes_button.clicked.connect(lambda: self.answer(True))
        self.no_button.clicked.connect(lambda: self.answer(False))
        page.buttons.addWidget(self.back_button)
        page.buttons.addStretch(1)
        page.buttons.addWidget(self.yes_button)
        page.buttons.addWidget(self.no_button)
        self.stack.addWidget(page)

    def _build_blocked(self) -> None:
        page = self.blocked_page = _Page("blockedPage", self.tr("Sessions are on hold for now"))
        self.blocked_intro = _label(
            self.tr(
                "Your answers show something that makes pressing behind the knee unwise at the moment, so "
                "KneeCare will not start a session."
            ),
            scale=1.05,
        )
        self.reasons_box = QFrame()
        self.reasons_box.setObjectName("reasons")
        self.reasons_layout = QVBoxLayout(self.reasons_box)
        self.reasons_layout.setContentsMargins(14, 12, 14, 12)
        self.reasons_label = QLabel()
        self.reasons_label.setObjectName("reasonText")
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextFormat(Qt.TextFormat.RichText)
        self.reasons_layout.addWidget(self.reasons_label)
        self.blocked_instead = _label(translate_safety(SEE_A_PROFESSIONAL), scale=1.05, name="instead")
        self.blocked_review_note = _label(
            self.tr("If an answer was a mistake, or things have changed, you can review your answers."),
            name="keyHint",
        )
        for widget in (self.blocked_intro, self.reasons_box, self.blocked_instead, self.blocked_review_note):
            page.body.addWidget(widget)
        self.blocked_about = _button(self.tr("About &safety"), "aboutSafety")
        self.blocked_review = _button(self.tr("&Review my answers"), "review")
        self.blocked_close = _button(self.tr("&Close"), "close", default=True)
        self.blocked_about.clicked.connect(self.aboutSafetyRequested)
        self.blocked_review.clicked.connect(self.reviewRequested)
        self.blocked_close.clicked.connect(self.reject)
        page.buttons.addWidget(self.blocked_about)
        page.buttons.addStretch(1)
        page.buttons.addWidget(self.blocked_review)
        page.buttons.addWidget(self.blocked_close)
        self.stack.addWidget(page)

    def _build_check_first(self) -> None:
        page = self.check_page = _Page("checkFirstPage", self.tr("Check with your healthcare provider first"))
        rule = next(r for r in RULES if r.concern is Concern.PREGNANCY)
        box = QFrame()
        box.setObjectName("adviceBox")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(14, 12, 14, 12)
        self.check_advice = _label(translate_safety(rule.advice), scale=1.05, name="checkAdvice")
        inner.addWidget(self.check_advice)
        self.provider_box = QCheckBox(translate_safety(PROVIDER_CONFIRMATION))
        self.provider_box.setObjectName("providerAgreed")
        self.check_hint = _label(
            self.tr("Tick the box once your provider has agreed; then Continue is available.")
        )
        self.check_hint.setObjectName("keyHint")
        page.body.addWidget(box)
        page.body.addWidget(self.provider_box)
        page.body.addWidget(self.check_hint)
        self.check_review = _button(self.tr("&Review my answers"), "review")
        self.check_later = _button(self.tr("Not &yet"), "notYet")
        self.check_continue = _button(self.tr("C&ontinue"), "continue", default=True)
        self.check_continue.setEnabled(False)
        self.check_continue.setToolTip(self.tr("Tick the box above first"))
        self.provider_box.toggled.connect(self.check_continue.setEnabled)
        self.check_review.clicked.connect(self.reviewRequested)
        self.check_later.clicked.connect(self.reject)
        self.check_continue.clicked.connect(self.providerConfirmed)
        page.buttons.addWidget(self.check_review)
        page.buttons.addStretch(1)
        page.buttons.addWidget(self.check_later)
        page.buttons.addWidget(self.check_continue)
        self.stack.addWidget(page)

    def _build_daily(self) -> None:
        page = self.daily_page = _Page("dailyPage", self.tr("Before you start"))
        self.daily_question = _label(translate_safety(RED_FLAG.question), scale=1.35, name="dailyQuestion")
        self.daily_question.setMinimumHeight(70)
        self.daily_note = _label(name="dailyNote")
        self.daily_note.hide()
        page.body.addWidget(self.daily_question)
        page.body.addWidget(_label(_t(KEY_HINT), name="keyHint"))
        page.body.addWidget(self.daily_note)
        self.daily_yes = _button(self.tr("&Yes"), "dailyYes")
        self.daily_no = _button(self.tr("&No"), "dailyNo")
        for button in (self.daily_yes, self.daily_no):
            button.setMinimumWidth(120)
            button.setMinimumHeight(42)
        self.daily_yes.clicked.connect(lambda: self.dailyAnswered.emit(True))
        self.daily_no.clicked.connect(lambda: self.dailyAnswered.emit(False))
        page.buttons.addStretch(1)
        page.buttons.addWidget(self.daily_yes)
        page.buttons.addWidget(self.daily_no)
        self.stack.addWidget(page)

    def _build_red_flag(self) -> None:
        page = self.red_flag_page = _Page("redFlagPage", self.tr("Sessions are on hold"))
        box = QFrame()
        box.setObjectName("adviceBox")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(14, 12, 14, 12)
        self.red_flag_advice = _label(translate_safety(RED_FLAG.advice), scale=1.05, name="redFlagAdvice")
        inner.addWidget(self.red_flag_advice)
        page.body.addWidget(_label(self.tr("You said a leg is swollen, warm, red or painful."), scale=1.05))
        page.body.addWidget(box)
        page.body.addWidget(_label(translate_safety(SEE_A_PROFESSIONAL), scale=1.05, name="instead"))
        self.red_flag_about = _button(self.tr("About &safety"), "aboutSafety")
        self.red_flag_close = _button(self.tr("&Close"), "close", default=True)
        self.red_flag_about.clicked.connect(self.aboutSafetyRequested)
        self.red_flag_close.clicked.connect(self.reject)
        page.buttons.addWidget(self.red_flag_about)
        page.buttons.addStretch(1)
        page.buttons.addWidget(self.red_flag_close)
        self.stack.addWidget(page)

    def _build_follow_up(self) -> None:
        """Asked at Start, before anything else, while a hold is open. "No" is the default and Esc's."""
        page = self.follow_up_page = _Page("followUpPage", translate_safety(FOLLOW_UP.heading))
        self.follow_up_question = _label(
            translate_safety(FOLLOW_UP.question), scale=1.35, name="followUpQuestion"
        )
        self.follow_up_question.setMinimumHeight(70)
        page.body.addWidget(self.follow_up_question)
        page.body.addWidget(_label(_t(KEY_HINT), name="keyHint"))
        self.follow_up_professional = _button(translate_safety(FOLLOW_UP.professional), "professionalCleared")
        self.follow_up_yes = _button(translate_safety(FOLLOW_UP.back_to_normal), "backToNormal")
        self.follow_up_no = _button(translate_safety(FOLLOW_UP.no), "notYet", default=True)
        for button in (self.follow_up_professional, self.follow_up_yes, self.follow_up_no):
            button.setMinimumHeight(42)
        self.follow_up_professional.clicked.connect(
            lambda: self.followUpAnswered.emit(AllClear.PROFESSIONAL_CLEARED.value)
        )
        self.follow_up_yes.clicked.connect(lambda: self.followUpAnswered.emit(AllClear.BACK_TO_NORMAL.value))
        self.follow_up_no.clicked.connect(lambda: self.followUpAnswered.emit(""))
        page.buttons.addWidget(self.follow_up_professional)
        page.buttons.addStretch(1)
        page.buttons.addWidget(self.follow_up_yes)
        page.buttons.addWidget(self.follow_up_no)
        self.stack.addWidget(page)

    def _build_still_held(self) -> None:
        """After "no, not yet": why sessions stay on hold, and where to read more."""
        page = self.still_held_page = _Page("stillHeldPage", self.tr("Sessions stay on hold"))
        box = QFrame()
        box.setObjectName("adviceBox")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(14, 12, 14, 12)
        self.still_held_text = _label(translate_safety(FOLLOW_UP.still_held), scale=1.05, name="stillHeld")
        inner.addWidget(self.still_held_text)
        page.body.addWidget(box)
        page.body.addWidget(_label(translate_safety(SEE_A_PROFESSIONAL), scale=1.05, name="instead"))
        self.still_held_about = _button(self.tr("About &safety"), "aboutSafety")
        self.still_held_close = _button(self.tr("&Close"), "close", default=True)
        self.still_held_about.clicked.connect(self.aboutSafetyRequested)
        self.still_held_close.clicked.connect(self.reject)
        page.buttons.addWidget(self.still_held_about)
        page.buttons.addStretch(1)
        page.buttons.addWidget(self.still_held_close)
        self.stack.addWidget(page)

    def _build_done(self) -> None:
        page = self.done_page = _Page("donePage", self.tr("Thank you"))
        page.body.addWidget(
            _label(
                self.tr(
                    "Nothing in your answers stops you from using KneeCare. Press Start when you are ready; "
                    "a quick question about your legs comes first."
                ),
                scale=1.05,
            )
        )
        page.body.addWidget(
            _label(
                self.tr(
                    "If your health changes, choose Safety > My situation changed, and the questions are "
                    "asked again."
                ),
                name="keyHint",
            )
        )
        self.done_close = _button(self.tr("&Close"), "close", default=True)
        self.done_close.clicked.connect(self.accept)
        page.buttons.addStretch(1)
        page.buttons.addWidget(self.done_close)
        self.stack.addWidget(page)

    # -- showing -------------------------------------------------------------------------------

    def _show_page(self, page: _Page, focus: QWidget | None = None) -> None:
        self.stack.setCurrentWidget(page)
        self.setWindowTitle(f"{page.heading.text() or self.tr('Safety')} · {APP_NAME}")
        if focus is not None:
            focus.setFocus()

    @property
    def page(self) -> str:
        """The objectName of the screen shown (for tests and logs)."""
        current = self.stack.currentWidget()
        return current.objectName() if current is not None else ""

    def show_intro(self, reason: DueReason, interval_days: int) -> None:
        heading, text = INTRO_TEXT.get(reason, INTRO_TEXT[DueReason.CHANGED])
        self.intro_page.heading.setText(_t(heading))
        self.intro_text.setText(
            _t(text).replace("{n}", str(len(RULES))).replace("{days}", str(interval_days))
        )
        self._show_page(self.intro_page, self.begin_button)

    def start_questions(self, previous: Mapping[Concern, bool] | None = None) -> None:
        """Ask every question from the first; earlier answers, if given, are shown as chosen."""
        self.answers = dict(previous or {})
        self.question_index = 0
        self._show_question()

    def _show_question(self) -> None:
        rule = RULES[self.question_index]
        self.progress_label.setText(
            self.tr("Question %1 of %2")
            .replace("%1", str(self.question_index + 1))
            .replace("%2", str(len(RULES)))
        )
        self.question_label.setText(translate_safety(rule.question))
        self.question_label.setAccessibleName(translate_safety(rule.question))
        earlier = self.answers.get(rule.concern)
        self.yes_button.setChecked(earlier is True)
        self.no_button.setChecked(earlier is False)
        self.back_button.setEnabled(self.question_index > 0)
        self._show_page(self.question_page, self.no_button if earlier is False else self.yes_button)

    def answer(self, yes: bool) -> None:
        if self.stack.currentWidget() is not self.question_page:
            return
        self.answers[RULES[self.question_index].concern] = yes
        if self.question_index + 1 < len(RULES):
            self.question_index += 1
            self._show_question()
        else:
            self.screeningAnswered.emit(dict(self.answers))

    def previous_question(self) -> None:
        if self.question_index > 0:
            self.question_index -= 1
            self._show_question()

    def show_blocked(self, screening: Screening) -> None:
        items = "".join(
            f"<p><b>{html.escape(translate_safety(rule.reason))}</b><br>{html.escape(translate_safety(rule.advice))}</p>"
            for rule in screening.assessment.blocking
        )
        self.reasons_label.setText(items)
        self._show_page(self.blocked_page, self.blocked_close)

    def show_check_first(self) -> None:
        self.provider_box.setChecked(False)
        self._show_page(self.check_page, self.provider_box)

    def show_daily(self, note: str = "") -> None:
        self.daily_note.setText(note)
        self.daily_note.setVisible(bool(note))
        self._show_page(self.daily_page, self.daily_no)

    def show_red_flag(self) -> None:
        self._show_page(self.red_flag_page, self.red_flag_close)

    def show_follow_up(self) -> None:
        self._show_page(self.follow_up_page, self.follow_up_no)

    def show_still_held(self) -> None:
        self._show_page(self.still_held_page, self.still_held_close)

    def show_done(self) -> None:
        self._show_page(self.done_page, self.done_close)

    def reject(self) -> None:
        """Esc (or closing the window) on the follow-up question answers it "no, not yet"."""
        if self.stack.currentWidget() is self.follow_up_page and self.isVisible():
            self.followUpAnswered.emit("")
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Y or J (yes) and N (no) answer the question on screen, in any language; Backspace goes back a
        question."""
        key = event.key()
        current = self.stack.currentWidget()
        answer = True if key in YES_KEYS else False if key in NO_KEYS else None
        if current is self.question_page and answer is not None:
            self.answer(answer)
        elif current is self.question_page and key == Qt.Key.Key_Backspace:
            self.previous_question()
        elif current is self.daily_page and answer is not None:
            self.dailyAnswered.emit(answer)
        elif current is self.follow_up_page and answer is not None:
            self.followUpAnswered.emit(AllClear.BACK_TO_NORMAL.value if answer else "")
        else:
            super().keyPressEvent(event)


class SafetyGate(QObject):
    """The start gate for safety: called with the plan before each session, it returns True to let the
    session start, or opens the safety dialog and returns False. When the dialog's questions end in "go",
    it starts the session itself, so the person never has to press Start twice. It also keeps the main
    window's hold line while a leg is on hold, and says when that changes (`holdChanged`)."""

    holdChanged = Signal(bool)  # True while a "yes" to the daily question has no all-clear after it

    def __init__(
        self,
        records: SafetyRecords,
        clock: Clock,
        window: MainWindow,
        settings: SettingsModel,
        has_sessions: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self.records = records
        self.clock = clock
        self.window = window
        self.has_sessions = has_sessions
        self.settings = settings
        self.dialog: SafetyDialog | None = None
        self._answer: Answer | None = None  # the start waiting for the dialog's end
        self._answered_daily = False
        # What was answered in this run, in case the store could not write it: it still applies.
        self._latest: Screening | None = None
        self._checks: list[DailyCheck] = []
        self._clears: list[LegAllClear] = []
        self._held: bool | None = None
        self._told_write_error = False
        self._pending_due: DueReason | None = None  # why the intro on screen asks the questions
        # Kept in the status bar (not a passing message, which a menu's hints would wipe out).
        self.hold_label = QLabel()
        self.hold_label.setObjectName("safetyHold")
        window.statusBar().addWidget(self.hold_label, 1)
        window.situationChanged.connect(self.situation_changed)
        window.safety_top_menu.aboutToShow.connect(self.refresh_menu)
        self.refresh_menu()
        self.refresh_hold()

    # -- the gate ------------------------------------------------------------------------------

    def __call__(self, plan: Plan, answer: Answer) -> None:
        """The start flow's safety step: `answer(True)` at once when nothing needs asking, else when the
        questions end in "go"; `answer(False)` when the person closes the dialog first."""
        self._answer = answer
        dialog = self.dialog
        if dialog is not None and dialog.isVisible() and dialog.page in ("introPage", "questionPage"):
            dialog.raise_()  # asked mid-questions (from the tray): keep the answers so far
            dialog.activateWindow()
            return
        gate, due = self.check()
        if gate is Gate.GO:
            self._answer_start(True)
            return
        log.info("safety: session held (%s) for %s", gate.value, plan.program.id)
        self._answered_daily = False
        self._show(gate, due)

    @property
    def for_session(self) -> bool:
        """Whether a start waits for the dialog's end (else it was opened from a menu or at launch)."""
        return self._answer is not None

    def _answer_start(self, go: bool) -> None:
        answer, self._answer = self._answer, None
        self._answered_daily = False
        if answer is not None:
            answer(go)

    def facts(self) -> SafetyFacts:
        latest = self.records.latest_screening()
        if self._latest is not None and (latest is None or self._latest.taken_at > latest.taken_at):
            latest = self._latest
        first = self.records.first_screened_at() or (self._latest.taken_at if self._latest else None)
        # What the store holds, and what was answered in this run in case it could not be written.
        flags = [self.records.latest_red_flag(), *(c.at for c in self._checks if c.red_flag)]
        stored_clear = self.records.latest_all_clear()
        clears = [stored_clear.at if stored_clear else None, *(c.at for c in self._clears)]
        return SafetyFacts(
            latest,
            first,
            last_red_flag=_latest_of(flags),
            has_sessions=self.has_sessions(),
            answered_daily_just_now=self._answered_daily,
            last_all_clear=_latest_of(clears),
            last_safety_stop=self.records.latest_safety_stop(),
        )

    def held(self) -> bool:
        """Whether sessions are on hold for a leg (a red flag with no all-clear since)."""
        facts = self.facts()
        return hold_open(facts.last_red_flag, facts.last_all_clear)

    def refresh_hold(self) -> None:
        """The main window's hold line shows while a leg is on hold, and goes when the hold ends."""
        try:
            held = self.held()
        except Exception:  # a store that cannot be read must not break the window; the gate still asks
            log.exception("could not read whether sessions are on hold")
            return
        self.window.set_hold_notice(translate_safety(HELD_LINE) if held else "")
        if held != self._held:
            self._held = held
            self.holdChanged.emit(held)

    def check(self) -> tuple[Gate, DueReason | None]:
        settings = self.settings.value
        return before_session(
            self.facts(),
            self.clock.now(),
            interval_days=settings.screening_interval_days,
            daily_question=settings.daily_question,
        )

    # -- entry points --------------------------------------------------------------------------

    def welcome(self) -> None:
        """On the first launch (nothing ever answered), ask the questions before anything else."""
        if self.facts().last is None:
            self._show(Gate.SCREEN, DueReason.FIRST)

    def situation_changed(self) -> None:
        """The person chose "My situation changed": ask every question again, earlier answers marked."""
        self._answer_start(False)
        self._show(Gate.SCREEN, DueReason.CHANGED)

    def refresh_menu(self) -> None:
        """The daily-question switch says why it cannot be turned off yet (first week, first session)."""
        action = self.window.daily_question_action
        facts = self.facts()
        now = self.clock.now()
        allowed = daily_question_can_be_off(facts.first_screened_at, now, facts.has_sessions)
        action.setEnabled(allowed or not self.settings.value.daily_question)
        if allowed:
            action.setText(self.tr("Ask about my legs before each session"))
        elif facts.first_screened_at is not None and facts.has_sessions:
            until = _day(daily_question_from(facts.first_screened_at))
            action.setText(
                self.tr("Ask about my legs before each session (always on until %1)").replace("%1", until)
            )
        else:
            action.setText(self.tr("Ask about my legs before each session (always on in your first week)"))

    # -- the dialog ----------------------------------------------------------------------------

    def _dialog(self) -> SafetyDialog:
        if self.dialog is None:
            dialog = SafetyDialog(self.window)
            dialog.beginRequested.connect(self._begin)
            dialog.screeningAnswered.connect(self._screening_answered)
            dialog.providerConfirmed.connect(self._provider_confirmed)
            dialog.reviewRequested.connect(self._review)
            dialog.dailyAnswered.connect(self._daily_answered)
            dialog.followUpAnswered.connect(self._follow_up_answered)
            dialog.aboutSafetyRequested.connect(self.window.show_safety_page)
            dialog.rejected.connect(lambda: self._answer_start(False))  # closed before "go": held
            self.dialog = dialog
        return self.dialog

    def _show(self, gate: Gate, due: DueReason | None) -> None:
        dialog = self._dialog()
        if gate in ON_HOLD:
            self.hold_label.setText(_t(ON_HOLD[gate]))
        elif gate in (Gate.GO, Gate.ASK_DAILY):
            self.hold_label.setText("")
        if gate is Gate.SCREEN:
            if due is DueReason.REVIEW:
                dialog.start_questions(self._previous_answers())
            else:
                dialog.show_intro(due or DueReason.CHANGED, self.settings.value.screening_interval_days)
                self._pending_due = due
        elif gate is Gate.BLOCKED:
            last = self.facts().last
            assert last is not None
            dialog.show_blocked(last)
        elif gate is Gate.CHECK_FIRST:
            dialog.show_check_first()
        elif gate is Gate.FOLLOW_UP:
            dialog.show_follow_up()
        elif gate is Gate.ASK_DAILY and self.for_session:
            dialog.show_daily(self._daily_note())
        else:  # GO, or the daily question outside a session start
            if self.for_session:
                self._go()
                return
            dialog.show_done()
        if not dialog.isVisible():
            if not self.window.isVisible():
                self.window.showNormal()
            dialog.open()
        dialog.raise_()
        dialog.activateWindow()

    def _previous_answers(self) -> dict[Concern, bool]:
        last = self.facts().last
        return dict(last.answers) if last is not None else {}

    def _daily_note(self) -> str:
        if self.settings.value.daily_question:
            return ""
        facts = self.facts()
        now = self.clock.now()
        if daily_question_back_on(facts.last_red_flag, facts.last_safety_stop, now):
            back_until = daily_question_back_until(facts.last_red_flag, facts.last_safety_stop)
            assert back_until is not None
            return self.tr(
                "You turned this question off; after a recent leg problem or a report of pain, numbness or "
                "tingling it is asked again until %1."
            ).replace("%1", _day(back_until.astimezone(now.tzinfo).date(), long=True))
        if not facts.has_sessions:
            return self.tr("This question is always asked before your first session.")
        if facts.first_screened_at is not None:
            until = _day(daily_question_from(facts.first_screened_at), long=True)
            return self.tr(
                "You turned this question off; it is still asked in your first week, until %1."
            ).replace("%1", until)
        return ""

    def _advance(self) -> None:
        gate, due = self.check()
        self._show(gate, due)

    def _begin(self) -> None:
        changed = self._pending_due in (DueReason.CHANGED, DueReason.INTERVAL, DueReason.NEW_QUESTIONS)
        self._dialog().start_questions(self._previous_answers() if changed else None)

    def _review(self) -> None:
        self._show(Gate.SCREEN, DueReason.REVIEW)

    def _screening_answered(self, answers: dict[Concern, bool]) -> None:
        screening = Screening(self.clock.now(), answers, question_versions=current_versions(answers))
        log.info("safety: screening answered, %s", screening.verdict.value)
        self._record(lambda: self.records.record_screening(screening))
        self._latest = screening
        self._after_screening(screening)

    def _after_screening(self, screening: Screening) -> None:
        verdict = assess(screening.answers, provider_agreed=screening.provider_agreed)
        if verdict.allows_sessions and not self.for_session:
            self._dialog().show_done()
            return
        self._advance()

    def _provider_confirmed(self) -> None:
        last = self.facts().last
        if last is None:
            return
        screening = Screening(
            self.clock.now(),
            dict(last.answers),
            provider_agreed=True,
            question_versions=dict(last.question_versions),
        )
        log.info("safety: the person confirmed a healthcare provider agreed")
        self._record(lambda: self.records.record_screening(screening))
        self._latest = screening
        self._after_screening(screening)

    def _daily_answered(self, red_flag: bool) -> None:
        now = self.clock.now()
        check = DailyCheck(now.date(), now, red_flag)
        log.info("safety: daily leg question answered %s", "yes" if red_flag else "no")
        self._record(lambda: self.records.record_daily_check(check))
        self._checks.append(check)
        self._answered_daily = not red_flag
        if red_flag:  # held from now until an all-clear: say why, and show it on the window
            self.refresh_hold()
            self._show_red_flag()
            return
        self._advance()

    def _show_red_flag(self) -> None:
        dialog = self._dialog()
        dialog.show_red_flag()
        dialog.raise_()
        dialog.activateWindow()

    def _follow_up_answered(self, how: str) -> None:
        """ "No, not yet" (or Esc) keeps the hold and records nothing; an all-clear is stored with its time
        and the session the person asked for goes on (it counts as this start's leg question)."""
        if not how:
            log.info("safety: follow-up answered no; sessions stay on hold")
            self._dialog().show_still_held()
            return
        clear = LegAllClear(self.clock.now(), AllClear(how))
        log.info("safety: leg all-clear (%s)", clear.how.value)
        self._record(lambda: self.records.record_all_clear(clear))
        self._clears.append(clear)
        self._answered_daily = True
        self.refresh_hold()
        self._advance()

    def _go(self) -> None:
        """Everything is answered: close the dialog and let the start the person asked for go on."""
        answer, self._answer = self._answer, None
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.accept()
        if answer is not None:
            answer(True)
        self._answered_daily = False

    def _record(self, write: Callable[[], None]) -> None:
        """A failed write is told once; the answer still counts for as long as the app runs."""
        try:
            write()
        except RecordError as e:
            log.error("could not save a safety answer: %s", e)
            if not self._told_write_error:
                self._told_write_error = True
                QMessageBox.warning(
                    self.window,
                    APP_NAME,
                    self.tr(
                        "KneeCare could not save your answer (%1). It counts for now, but you may be asked "
                        "again next time."
                    ).replace("%1", str(e)),
                )


def _latest_of(times: list[datetime | None]) -> datetime | None:
    return max((t for t in times if t is not None), default=None)
