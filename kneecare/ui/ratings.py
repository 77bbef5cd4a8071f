"""The quick rating before and after a knee session: tension, pain and swelling on 0-10 sliders and an
optional note, skipped with Esc, switched off for good with "Don't ask again". It asks once per session at
most: a skipped "before" means no "after" either, and nothing is asked after a very short or safety-ended
one, nor around a routine (ankle pumps, stretches...)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from kneecare.core.plan import Plan
from kneecare.core.ratings import AFTER_MIN_SECONDS, ask_after
from kneecare.core.session import SessionResult
from kneecare.core.stats import MEASURES, RATING_MAX, RATING_MIN, Rating
from kneecare.i18n import QT_TRANSLATE_NOOP
from kneecare.settings import Settings
from kneecare.ui.start_flow import Answer

__all__ = ["AFTER_MIN_SECONDS", "RatingDialog", "RatingFlow", "RatingRecorder", "RatingsRead"]

log = logging.getLogger(__name__)

MEASURE_WORDS = {
    "tension": (
        QT_TRANSLATE_NOOP("RatingDialog", "&Tension"),
        QT_TRANSLATE_NOOP("RatingDialog", "how tight the back of the knee feels"),
    ),
    "pain": (
        QT_TRANSLATE_NOOP("RatingDialog", "&Pain"),
        QT_TRANSLATE_NOOP("RatingDialog", "any ache or soreness"),
    ),
    "swelling": (
        QT_TRANSLATE_NOOP("RatingDialog", "&Swelling"),
        QT_TRANSLATE_NOOP("RatingDialog", "any puffiness around the knee"),
    ),
}
RATING_TITLE = QT_TRANSLATE_NOOP("RatingDialog", "Rate your knees")


def _t(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("RatingDialog", ...) in the person's language."""
    return QCoreApplication.translate("RatingDialog", text)


class RatingRecorder(Protocol):
    """Where the ratings go (kneecare.store.recorder.SessionRecorder): a "before" kept until the session's
    row exists, an "after" written to the session that ended last."""

    @property
    def last_session_id(self) -> int | None: ...

    def rate_before(self, plan: Plan, rating: Rating) -> None: ...

    def rate(self, session_id: int, moment: str, rating: Rating) -> None: ...


class RatingsRead(Protocol):
    """The ratings a session has (kneecare.store.sessions.SessionRepository): the "after" screen starts
    from the "before" one."""

    def ratings(self, session_id: int) -> Mapping[str, Rating]: ...


class RatingDialog(QDialog):
    """One quiet screen. A slider left untouched means "not rated" (it is not saved as 0)."""

    def __init__(self, moment: str, parent: QWidget | None = None, before: Rating | None = None) -> None:
        super().__init__(parent)
        self.moment = moment
        self.setObjectName(f"rating-{moment}")
        self.setWindowTitle(_t(RATING_TITLE))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.sliders: dict[str, QSlider] = {}
        self.values: dict[str, QLabel] = {}
        self.touched: set[str] = set()
        self._before = before
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        heading = QLabel(
            self.tr("How do your knees feel before the session?")
            if moment == "before"
            else self.tr("And after the session?")
        )
        big = QFont(heading.font())
        big.setPointSizeF(big.pointSizeF() * 1.35)
        big.setBold(True)
        heading.setFont(big)
        layout.addWidget(heading)
        hint = QLabel(
            self.tr(
                "Rate what you feel, 0 for none and 10 for the most you can imagine. "
                "A slider you leave alone is simply not rated."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for row, measure in enumerate(MEASURES):
            self._slider_row(grid, row, measure)
        layout.addLayout(grid)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A note, if you like (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaxLength(500)
        layout.addWidget(self.note)
        self.dont_ask = QCheckBox(self.tr("Don't ask me again"))
        self.dont_ask.setToolTip(self.tr("You can turn ratings back on in the History window."))
        layout.addWidget(self.dont_ask)
        layout.addWidget(self._buttons(moment))
        self.sliders[MEASURES[0]].setFocus()

    def _slider_row(self, grid: QGridLayout, row: int, measure: str) -> None:
        """One measure: its name, a 0-10 slider (where "before" was, if it was given), what it reads."""
        marked, what = MEASURE_WORDS[measure]
        label = QLabel(_t(marked))
        name = _t(marked).replace("&", "")
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(RATING_MIN, RATING_MAX)
        slider.setPageStep(2)
        slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        slider.setTickInterval(1)
        slider.setMinimumWidth(260)
        slider.setAccessibleName(self.tr("%1, 0 none to 10 the most").replace("%1", name))
        slider.setAccessibleDescription(_t(what))
        label.setBuddy(slider)
        start = self._before.value(measure) if self._before is not None else None
        if start is not None:
            slider.setValue(start)  # starts where "before" was, still untouched
        value = QLabel()
        value.setMinimumWidth(fm_width(value, self.tr("not rated (before: %1)").replace("%1", "10")))
        slider.actionTriggered.connect(lambda _action, m=measure: self._touch(m))
        slider.sliderPressed.connect(lambda m=measure: self._touch(m))
        slider.valueChanged.connect(lambda _value, m=measure: self._show_value(m))
        self.sliders[measure], self.values[measure] = slider, value
        self._show_value(measure)
        grid.addWidget(label, row, 0)
        grid.addWidget(slider, row, 1)
        grid.addWidget(value, row, 2)

    def _buttons(self, moment: str) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.skip_button = QPushButton(self.tr("Skip  (Esc)"))
        self.skip_button.setAutoDefault(False)  # Enter never means "skip"
        self.save_button = QPushButton(self.tr("Save and start") if moment == "before" else self.tr("Save"))
        self.save_button.setDefault(True)
        buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.save_button.setDefault(True)  # Enter saves, wherever the focus is in the dialog
        self.activateWindow()
        self.sliders[MEASURES[0]].setFocus()

    def _touch(self, measure: str) -> None:
        self.touched.add(measure)
        self._show_value(measure)

    def _show_value(self, measure: str) -> None:
        slider = self.sliders[measure]
        was = self._before.value(measure) if self._before is not None else None
        text = str(slider.value()) if measure in self.touched else self.tr("not rated")
        if was is not None:
            text += "  " + self.tr("(before: %1)").replace("%1", str(was))
        self.values[measure].setText(text)
        slider.setAccessibleDescription(f"{_t(MEASURE_WORDS[measure][1])}; {text}")

    def set_value(self, measure: str, value: int) -> None:
        """As if the person moved the slider to `value`."""
        self.sliders[measure].setValue(value)
        self._touch(measure)

    def rating(self) -> Rating:
        values = [self.sliders[m].value() if m in self.touched else None for m in MEASURES]
        return Rating(values[0], values[1], values[2], self.note.text().strip())


def fm_width(widget: QWidget, text: str) -> int:
    return widget.fontMetrics().horizontalAdvance(text) + 8


class RatingFlow(QObject):
    """When to ask: the start flow's step for "before" (the start waits for its answer; the rating waits in
    the recorder until the session's row exists) and, after `finished`, the "after" screen (nothing waits
    on it)."""

    def __init__(
        self,
        window: QWidget,
        recorder: RatingRecorder,
        sessions: RatingsRead,
        settings: Callable[[], Settings],
        change_settings: Callable[[Settings], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.recorder = recorder
        self.sessions = sessions
        self.settings = settings
        self.change_settings = change_settings
        self.dialog: RatingDialog | None = None
        self._skipped_before = False

    # -- before --------------------------------------------------------------------------------

    def before_gate(self, plan: Plan, answer: Answer) -> None:
        """The start flow's last step: ask, then let the start go on whatever the answer (Esc only skips
        the rating). The screen is window-modal and answers through its `finished` signal."""
        if not self.settings().ask_ratings or plan.program.is_routine:
            self._skipped_before = True  # a routine (ankle pumps, stretches...) is not about the knees
            answer(True)
            return
        if self.dialog is not None:  # already asking (a second Start from the tray): that one decides
            answer(False)
            return
        dialog = self._new_dialog("before", None)

        def done(code: int) -> None:
            rating = self._answered(dialog, code)
            self._skipped_before = code != QDialog.DialogCode.Accepted
            if rating is not None:
                self.recorder.rate_before(plan, rating)
            answer(True)

        dialog.finished.connect(done)
        dialog.open()

    def _new_dialog(self, moment: str, before: Rating | None) -> RatingDialog:
        dialog = RatingDialog(moment, self.window, before)
        self.dialog = dialog
        return dialog

    def _answered(self, dialog: RatingDialog, code: int) -> Rating | None:
        """The rating given (None: skipped or nothing moved); "Don't ask again" is kept either way."""
        self.dialog = None
        rating = dialog.rating() if code == QDialog.DialogCode.Accepted else None
        if dialog.dont_ask.isChecked():
            log.info("ratings turned off by the person")
            self.change_settings(self.settings().with_changes(ask_ratings=False))
        dialog.deleteLater()
        return None if rating is None or rating.empty else rating

    def _ask_after(self, before: Rating | None, session_id: int) -> None:
        dialog = self._new_dialog("after", before)

        def done(code: int) -> None:
            rating = self._answered(dialog, code)
            if rating is not None:
                self.recorder.rate(session_id, "after", rating)

        dialog.finished.connect(done)
        dialog.open()

    # -- after ---------------------------------------------------------------------------------

    def after_session(self, result: SessionResult) -> None:
        """Offer the "after" screen, unless it would nag: ratings off, "before" skipped, a safety stop
        (the window is giving advice), a session whose hands-on steps were skipped (there is no "after"
        to compare), or a session stopped almost at once."""
        skipped, self._skipped_before = self._skipped_before, False
        session_id = self.recorder.last_session_id
        if session_id is None or not ask_after(
            ratings_on=self.settings().ask_ratings,
            skipped_before=skipped,
            outcome=result.outcome,
            done_seconds=result.done_seconds,
        ):
            return
        before = self.sessions.ratings(session_id).get("before")
        QTimer.singleShot(0, lambda: self._ask_after(before, session_id))
