"""The set-up panel beside the diagram before a session: program, knees, minutes of movement, a warm
compress, a routine to finish with, a timer's length, and the standing safety line. It shows the choices
`kneecare.core.setup` allows and remembers them through the settings model, and once per start, until
dismissed for good, a quiet suggestion of the program that seems to help most. Its words are translated in
the "MainWindow" context, where they were first written."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from kneecare.core import setup
from kneecare.core.library import find_program, finish_options
from kneecare.core.plan import KneeChoice, Plan, PlanOptions, build_plan
from kneecare.core.protocol import COMPRESS_MINUTES, Motion, Program, Step, movement_choices
from kneecare.core.safety import STANDING_LINE
from kneecare.core.words import fill
from kneecare.i18n import QT_TRANSLATE_NOOP
from kneecare.settings import Settings
from kneecare.ui.settings_model import SettingsModel
from kneecare.ui.text import plan_words

KNEE_CHOICES = [
    (KneeChoice.BOTH, QT_TRANSLATE_NOOP("MainWindow", "Both knees")),
    (KneeChoice.LEFT, QT_TRANSLATE_NOOP("MainWindow", "Left knee")),
    (KneeChoice.RIGHT, QT_TRANSLATE_NOOP("MainWindow", "Right knee")),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _space_for_me(event: QEvent) -> bool:
    """Space, pressed while the widget has the focus, goes to it, not to the window's start key."""
    if (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and event.key() == Qt.Key.Key_Space
        and event.modifiers() == Qt.KeyboardModifier.NoModifier
    ):
        event.accept()
        return True
    return False


class SpaceCheckBox(QCheckBox):
    """A check box that Space ticks when it has the focus, as a person expects, although Space is also the
    window's start key (the key goes to the focused box first)."""

    def event(self, event: QEvent) -> bool:
        return _space_for_me(event) or super().event(event)


class SpaceButton(QPushButton):
    """A button that Space presses when it has the focus, not the window's start key."""

    def event(self, event: QEvent) -> bool:
        return _space_for_me(event) or super().event(event)


class SetupPanel(QFrame):
    """The choices before a session; `optionsChanged` after each one (already remembered)."""

    optionsChanged = Signal()

    def __init__(
        self, programs: Sequence[Program], settings: SettingsModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.programs = list(programs)
        self.settings = settings
        self.setObjectName("setup")
        self._timer_step: Step | None = None
        self._suggested = False  # the suggestion is shown at most once per start
        self._build_choices()
        self._build_suggestion()
        self._build_form()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        for signal in (
            self.knee_box.currentIndexChanged,
            self.minutes_box.valueChanged,
            self.compress_check.toggled,
            self.compress_box.valueChanged,
            self.finish_box.currentIndexChanged,
            self.timer_box.valueChanged,
        ):
            signal.connect(self._options_changed)
        self.program_box.currentIndexChanged.connect(self._program_changed)

    def _build_choices(self) -> None:
        self.program_box = QComboBox()
        for program in self.programs:
            self.program_box.addItem(program.name, program.id)
        self.program_box.setAccessibleName(QCoreApplication.translate("MainWindow", "Program"))
        self.program_box.setAccessibleDescription(
            QCoreApplication.translate("MainWindow", "The routine to follow")
        )
        self.knee_box = QComboBox()
        for choice, name in KNEE_CHOICES:
            self.knee_box.addItem(_tr(name), choice.value)
        self.knee_box.setAccessibleName(QCoreApplication.translate("MainWindow", "Knees"))
        self.knee_box.setAccessibleDescription(
            QCoreApplication.translate("MainWindow", "Work both knees, or only the left or the right one")
        )
        self.minutes_box = QDoubleSpinBox()
        self.minutes_box.setRange(1.0, 3.0)
        self.minutes_box.setSingleStep(0.5)
        self.minutes_box.setDecimals(1)
        self.minutes_box.setSuffix(QCoreApplication.translate("MainWindow", " min"))
        self.minutes_box.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Minutes of movement per knee")
        )
        # A warm compress before a knee session, once, for 1 or 2 minutes.
        self.compress_check = SpaceCheckBox(QCoreApplication.translate("MainWindow", "&Warm compress first"))
        self.compress_check.setAccessibleName(QCoreApplication.translate("MainWindow", "Warm compress first"))
        self.compress_check.setAccessibleDescription(
            QCoreApplication.translate(
                "MainWindow", "Rest a warm compress behind the knees before the session starts"
            )
        )
        self.compress_box = QSpinBox()
        self.compress_box.setRange(min(COMPRESS_MINUTES), max(COMPRESS_MINUTES))
        self.compress_box.setSuffix(QCoreApplication.translate("MainWindow", " min"))
        self.compress_box.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Minutes of warm compress")
        )
        self.compress_box.setAccessibleDescription(
            QCoreApplication.translate("MainWindow", "1 or 2 minutes, before the first knee")
        )
        # A routine to chain after a knee session (calf strokes, ankle pumps, elevation): one session.
        self.finish_box = QComboBox()
        self.finish_box.addItem(QCoreApplication.translate("MainWindow", "Nothing more"), "")
        for routine in finish_options(self.programs):
            self.finish_box.addItem(routine.name, routine.id)
        self.finish_box.setAccessibleName(QCoreApplication.translate("MainWindow", "Finish with"))
        self.finish_box.setAccessibleDescription(
            QCoreApplication.translate("MainWindow", "A routine to do right after the knee session")
        )
        # A timer the person may lengthen (legs raised 15-20 min), alone or after a knee session; the row
        # shows only when the session has one.
        self.timer_box = QSpinBox()
        self.timer_box.setSuffix(QCoreApplication.translate("MainWindow", " min"))
        self.timer_box.setAccessibleName(QCoreApplication.translate("MainWindow", "Minutes with legs raised"))
        # With the daily leg question turned off, one standing line says when not to do this.
        self.leg_note = QLabel(QCoreApplication.translate("safety", STANDING_LINE))
        self.leg_note.setObjectName("legNote")
        self.leg_note.setWordWrap(True)

    def _build_form(self) -> None:
        form = self.form = QFormLayout()
        form.addRow(QCoreApplication.translate("MainWindow", "&Program"), self.program_box)
        form.addRow(QCoreApplication.translate("MainWindow", "&Knees"), self.knee_box)
        # One row with the minutes of movement: a fifth row would not fit a 960x540 screen (200 %).
        movement_row = QHBoxLayout()
        movement_row.setSpacing(8)
        movement_row.addWidget(self.minutes_box)
        movement_row.addSpacing(16)
        movement_row.addWidget(self.compress_check)
        movement_row.addWidget(self.compress_box)
        movement_row.addStretch(1)
        self.minutes_label = QLabel(QCoreApplication.translate("MainWindow", "&Movement per knee"))
        self.minutes_label.setBuddy(self.minutes_box)
        form.addRow(self.minutes_label, movement_row)
        form.addRow(QCoreApplication.translate("MainWindow", "&Finish with"), self.finish_box)
        form.addRow(QCoreApplication.translate("MainWindow", "Legs &raised for"), self.timer_box)
        form.addRow(self.leg_note)
        form.addRow(self.suggestion)
        form.setRowVisible(self.suggestion, False)
        form.setVerticalSpacing(3)  # four rows still fit a 960x540 screen (200 % on 1920x1080)
        # With very large text a row too wide for the room puts its field under its label.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.setLayout(form)

    def _build_suggestion(self) -> None:
        """One quiet line with "Use it" and "No, thanks" (which turns it off for good), hidden until
        `suggest` shows it."""
        self.suggestion = QFrame()
        self.suggestion.setObjectName("suggestion")
        row = QHBoxLayout(self.suggestion)
        row.setContentsMargins(0, 4, 0, 0)
        row.setSpacing(8)
        self.suggestion_label = QLabel()
        self.suggestion_label.setObjectName("suggestionText")
        self.suggestion_label.setWordWrap(True)
        self.use_button = SpaceButton(QCoreApplication.translate("MainWindow", "&Use it"))
        self.use_button.clicked.connect(self._use_suggestion)
        self.dismiss_button = SpaceButton(QCoreApplication.translate("MainWindow", "No, &thanks"))
        self.dismiss_button.setAccessibleDescription(
            QCoreApplication.translate("MainWindow", "Do not suggest a program again")
        )
        self.dismiss_button.setToolTip(
            QCoreApplication.translate("MainWindow", "Do not suggest a program again")
        )
        self.dismiss_button.clicked.connect(self._dismiss_suggestion)
        row.addWidget(self.suggestion_label, 1)
        row.addWidget(self.use_button)
        row.addWidget(self.dismiss_button)
        self._suggested_id: str | None = None

    # -- reading -------------------------------------------------------------------------------

    def current_program(self) -> Program:
        program_id = self.program_box.currentData()
        return next((p for p in self.programs if p.id == program_id), self.programs[0])

    def finish_program(self) -> Program | None:
        return find_program(self.programs, self.finish_box.currentData() or None)

    def movement_choices(self) -> tuple[float, ...]:
        """The minutes of movement the panel offers: those that keep each knee within 2 to 5 minutes with
        the chosen program and finish (kneecare.core.protocol.movement_choices)."""
        program = self.current_program()
        return movement_choices(program, setup.finish_for(program, self.finish_program()))

    def timer_step(self) -> Step | None:
        """The timer whose length the person may choose, in the program or the routine it finishes with."""
        return setup.adjustable_timer(self.current_program(), self.finish_program())

    def plan_options(self) -> PlanOptions:
        program = self.current_program()
        settings = self.settings.value
        return PlanOptions(
            knees=KneeChoice(self.knee_box.currentData()),
            movement_minutes=setup.remembered_movement(program, self.minutes_box.value()),
            warm_compress=self.compress_check.isChecked() and not program.is_routine,
            compress_seconds=self.compress_box.value() * 60.0,
            motion=Motion(settings.motion) if settings.motion else None,
            circle_seconds=settings.circle_seconds,
            finish_with=setup.finish_for(program, self.finish_program()),
            words=plan_words(),
            timer_seconds=self.timer_box.value() * 60.0 if self._timer_step is not None else None,
        )

    def build_plan(self) -> Plan:
        return build_plan(self.current_program(), self.plan_options())

    # -- fitting the choices -------------------------------------------------------------------

    def _fit_to_program(self, program: Program) -> None:
        """Grey out what a routine does not use: the knees, the minutes, the warm compress, a routine to
        finish with."""
        self.knee_box.setEnabled(program.uses_knees)
        self.minutes_box.setEnabled(program.movement_step() is not None)
        self.compress_check.setEnabled(not program.is_routine)
        self.finish_box.setEnabled(not program.is_routine)
        self._fit_compress()
        self._fit_minutes()
        self._fit_timer()

    def _fit_compress(self) -> None:
        """The compress's length can be set when there is a compress."""
        self.compress_box.setEnabled(self.compress_check.isEnabled() and self.compress_check.isChecked())

    def _fit_minutes(self) -> None:
        """The minutes box spans the choices that fit (they are contiguous half minutes); a value outside
        it moves to the nearest end."""
        low, high = setup.movement_range(self.current_program(), self.finish_program())
        with QSignalBlocker(self.minutes_box):
            self.minutes_box.setRange(low, high)
        words = QCoreApplication.translate(
            "MainWindow", "From %1 to %2 minutes, in half minutes (2 to 5 minutes per knee in all)"
        )
        self.minutes_box.setAccessibleDescription(words.replace("%1", f"{low:g}").replace("%2", f"{high:g}"))

    def _fit_timer(self, remembered: int | None = None, force: bool = False) -> None:
        """Show the timer's row when the session has one, its range from the program; a newly shown timer
        starts at the remembered length when that fits, else at the program's."""
        step = self.timer_step()
        self.form.setRowVisible(self.timer_box, step is not None)
        if step is None or step.timer_range is None:
            self._timer_step = None
            return
        if step == self._timer_step and not force:
            return
        self._timer_step = step
        low, high = setup.timer_range(step)
        remembered = remembered if force else self.settings.value.timer_minutes
        with QSignalBlocker(self.timer_box):
            self.timer_box.setRange(low, high)
            self.timer_box.setValue(setup.start_timer(step, remembered))
        words = QCoreApplication.translate("MainWindow", "From %1 to %2 minutes, in whole minutes")
        self.timer_box.setAccessibleDescription(words.replace("%1", str(low)).replace("%2", str(high)))

    def show_leg_note(self) -> None:
        self.form.setRowVisible(self.leg_note, not self.settings.value.daily_question)

    def apply_settings(self, settings: Settings) -> None:
        """Show the remembered choices (at start, or when settings changed elsewhere)."""
        self.program_box.setCurrentIndex(max(0, self.program_box.findData(settings.program_id)))
        self.knee_box.setCurrentIndex(max(0, self.knee_box.findData(settings.knees)))
        program = self.current_program()
        self.finish_box.setCurrentIndex(max(0, self.finish_box.findData(settings.finish_with or "")))
        with QSignalBlocker(self.compress_check), QSignalBlocker(self.compress_box):
            self.compress_check.setChecked(settings.warm_compress)
            self.compress_box.setValue(settings.compress_minutes)
        self._fit_to_program(program)
        self.minutes_box.setValue(
            setup.start_movement(program, settings.movement_minutes, self.finish_program())
        )
        self._fit_timer(settings.timer_minutes, force=True)
        self.show_leg_note()

    # -- choosing ------------------------------------------------------------------------------

    def suggest(self, program_id: str) -> bool:
        """Show the one suggestion of `program_id` (the program after which tension seems to drop most
        clearly); not when the person turned it off, it was shown already since the start, or the program
        is unknown or already chosen. Whether it is shown."""
        index = self.program_box.findData(program_id)
        if (
            self._suggested
            or not self.settings.value.suggest_helps
            or index < 0
            or index == self.program_box.currentIndex()
        ):
            return False
        self._suggested = True
        self._suggested_id = program_id
        name = self.program_box.itemText(index)
        from kneecare.ui.helps_words import ShownWords, suggestion_words  # off the start path

        self.suggestion_label.setText(suggestion_words(name, ShownWords()))
        self.use_button.setAccessibleName(QCoreApplication.translate("MainWindow", "Use it"))
        self.use_button.setAccessibleDescription(
            fill(QCoreApplication.translate("MainWindow", "Choose %1 for your next session"), name)
        )
        self.form.setRowVisible(self.suggestion, True)
        return True

    def drop_suggestion(self) -> None:
        """Hide the suggestion for the rest of this run (a session started, or it was answered); the
        focus, if it was on one of its buttons, goes to the program."""
        if not self.form.isRowVisible(self.suggestion):
            return
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.suggestion.isAncestorOf(focus)
        self.form.setRowVisible(self.suggestion, False)
        if had_focus:
            self.program_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def suggestion_shown(self) -> bool:
        return self.form.isRowVisible(self.suggestion)

    def _use_suggestion(self) -> None:
        if self._suggested_id is not None:
            self.choose_program(self._suggested_id)
        self.drop_suggestion()

    def _dismiss_suggestion(self) -> None:
        self.settings.update(suggest_helps=False)
        self.drop_suggestion()

    def choose_program(self, program_id: str) -> None:
        """Select `program_id` (from the tray or a reminder), as if the person chose it."""
        index = self.program_box.findData(program_id)
        if index >= 0 and index != self.program_box.currentIndex():
            self.program_box.setCurrentIndex(index)

    def _program_changed(self) -> None:
        program = self.current_program()
        self._fit_to_program(program)
        with QSignalBlocker(self.minutes_box):
            self.minutes_box.setValue(program.movement_minutes)
        self._options_changed()

    def _options_changed(self) -> None:
        program = self.current_program()
        self._fit_compress()
        self._fit_minutes()
        self._fit_timer()
        timer_minutes = self.settings.value.timer_minutes  # kept while the session has no timer to set
        if self._timer_step is not None:
            timer_minutes = setup.remembered_timer(self._timer_step, self.timer_box.value())
        self.settings.update(
            program_id=program.id,
            knees=str(self.knee_box.currentData()),
            movement_minutes=setup.remembered_movement(program, self.minutes_box.value()),
            warm_compress=self.compress_check.isChecked(),
            compress_minutes=self.compress_box.value(),
            finish_with=self.finish_box.currentData() or None,
            timer_minutes=timer_minutes,
        )
        self.optionsChanged.emit()
