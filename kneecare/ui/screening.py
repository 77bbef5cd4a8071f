"""`SafetyGate`: the start flow's safety step. It opens the safety screens (`kneecare.ui.safety_dialog`)
when something must be asked, records the answers, and keeps the main window's hold line.

The rules and the order of the checks are `kneecare.core.safety`'s; this module only shows and records.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
)

from kneecare import APP_NAME
from kneecare.core.clock import Clock
from kneecare.core.plan import Plan
from kneecare.core.safety import (
    HELD_LINE,
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
from kneecare.ui.safety_dialog import ON_HOLD, SafetyDialog, _day, _t
from kneecare.ui.safety_page import translate_safety
from kneecare.ui.settings_model import SettingsModel
from kneecare.ui.start_flow import Answer

if TYPE_CHECKING:
    from kneecare.ui.main_window import MainWindow

log = logging.getLogger(__name__)


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
            dialog.finished.connect(lambda _code: self._drop(dialog))
            self.dialog = dialog
        return self.dialog

    def _drop(self, dialog: SafetyDialog) -> None:
        """A closed dialog is deleted, not kept hidden: what it asked is in the records (or `_latest`,
        `_checks`, `_clears`), and the next question builds a new one. Kept, its window held a 600x400
        frame buffer (0.9 MiB shared with the X server) and its screens' widgets for the app's life."""
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

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
