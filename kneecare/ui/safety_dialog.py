"""The safety dialog: the screening questions, the explanation when sessions are held, the pregnancy
check, the daily leg question, the follow-up while a leg is on hold; one screen at a time. It only shows
and says what was answered; `kneecare.ui.screening.SafetyGate` decides what comes next."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kneecare import APP_NAME
from kneecare.core.safety import (
    FOLLOW_UP,
    PROVIDER_CONFIRMATION,
    RED_FLAG,
    RULES,
    SEE_A_PROFESSIONAL,
    AllClear,
    Concern,
    DueReason,
    Gate,
    Screening,
)
from kneecare.core.words import fill
from kneecare.i18n import QT_TRANSLATE_NOOP
from kneecare.ui.safety_page import translate_safety

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
#: %1 is the key for yes, %2 the key for no (the two one-letter entries "Y" and "N" below).
KEY_HINT = QT_TRANSLATE_NOOP("screening", "Press %1 for yes or %2 for no.")
#: The one letter that answers "yes" on a keyboard in your language (the first letter of its word for yes).
YES_LETTER = QT_TRANSLATE_NOOP("screening", "Y")
#: The one letter that answers "no" on a keyboard in your language; it must differ from the one for yes.
NO_LETTER = QT_TRANSLATE_NOOP("screening", "N")
# Said in the main window's status bar while sessions are held, so the hold is never silent.
ON_HOLD = {
    Gate.BLOCKED: QT_TRANSLATE_NOOP(
        "screening", "Sessions are on hold because of your safety answers. Press Start to see why."
    ),
    Gate.CHECK_FIRST: QT_TRANSLATE_NOOP(
        "screening", "Sessions are on hold until your healthcare provider agrees. Press Start to see more."
    ),
}
# Letters that answer a yes-or-no question in every language, besides the language's own (see answer_keys).
YES_KEYS = ("y", "j")
NO_KEYS = ("n",)


def _t(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("screening", ...) in the person's language."""
    return QCoreApplication.translate("screening", text) if text else text


def answer_keys() -> tuple[set[str], set[str]]:
    """The letters (case-folded) that answer yes and no: the language's own (J/N in German, O/N in
    French), and Y, J and N as well unless the language gives one of them the other meaning."""
    yes, no = _t(YES_LETTER).casefold(), _t(NO_LETTER).casefold()
    return {yes, *(k for k in YES_KEYS if k != no)}, {no, *(k for k in NO_KEYS if k != yes)}


def key_hint() -> str:
    """ "Press Y for yes or N for no." with the language's letters."""
    return fill(_t(KEY_HINT), _t(YES_LETTER), _t(NO_LETTER))


def pressed_answer(event: QKeyEvent) -> bool | None:
    """True (yes), False (no) or None for a key press, by the letter it types or its key."""
    yes, no = answer_keys()
    key = event.key()
    typed = {event.text().casefold(), chr(key).casefold() if 0 < key < 0x110000 else ""} - {""}
    return True if typed & yes else False if typed & no else None


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
        # Each screen is built the first time it is shown: a returning person's start shows only the
        # daily question, and the eight other screens cost the app about 1.2 MiB during the session.
        self._built: set[str] = set()
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
        self.question_hint = _label(key_hint(), name="keyHint")
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
        page.body.addWidget(_label(key_hint(), name="keyHint"))
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
        page.body.addWidget(_label(key_hint(), name="keyHint"))
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

    def _once(self, build: Callable[[], None]) -> None:
        """Build a screen (one of the `_build_...` methods) unless it was built already."""
        if build.__name__ not in self._built:
            self._built.add(build.__name__)
            build()

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
        self._once(self._build_intro)
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
        self._once(self._build_question)
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
        if self.page != "questionPage":
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
        self._once(self._build_blocked)
        items = "".join(
            f"<p><b>{html.escape(translate_safety(rule.reason))}</b><br>{html.escape(translate_safety(rule.advice))}</p>"
            for rule in screening.assessment.blocking
        )
        self.reasons_label.setText(items)
        self._show_page(self.blocked_page, self.blocked_close)

    def show_check_first(self) -> None:
        self._once(self._build_check_first)
        self.provider_box.setChecked(False)
        self._show_page(self.check_page, self.provider_box)

    def show_daily(self, note: str = "") -> None:
        self._once(self._build_daily)
        self.daily_note.setText(note)
        self.daily_note.setVisible(bool(note))
        self._show_page(self.daily_page, self.daily_no)

    def show_red_flag(self) -> None:
        self._once(self._build_red_flag)
        self._show_page(self.red_flag_page, self.red_flag_close)

    def show_follow_up(self) -> None:
        self._once(self._build_follow_up)
        self._show_page(self.follow_up_page, self.follow_up_no)

    def show_still_held(self) -> None:
        self._once(self._build_still_held)
        self._show_page(self.still_held_page, self.still_held_close)

    def show_done(self) -> None:
        self._once(self._build_done)
        self._show_page(self.done_page, self.done_close)

    def reject(self) -> None:
        """Esc (or closing the window) on the follow-up question answers it "no, not yet"."""
        if self.page == "followUpPage" and self.isVisible():
            self.followUpAnswered.emit("")
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The language's letters for yes and no (and Y, J, N where harmless) answer the question on
        screen; Backspace goes back a question."""
        key = event.key()
        current = self.page
        answer = pressed_answer(event)
        if current == "questionPage" and answer is not None:
            self.answer(answer)
        elif current == "questionPage" and key == Qt.Key.Key_Backspace:
            self.previous_question()
        elif current == "dailyPage" and answer is not None:
            self.dailyAnswered.emit(answer)
        elif current == "followUpPage" and answer is not None:
            self.followUpAnswered.emit(AllClear.BACK_TO_NORMAL.value if answer else "")
        else:
            super().keyPressEvent(event)
