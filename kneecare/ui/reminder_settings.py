"""The reminder settings dialog: times of day, days of the week, the daily goal (and whether routines count
towards it), quiet hours, snooze length, recovery mode, hourly movement nudges, autostart, and "I'm in a
meeting". It lays out and validates through `Settings`; a value
that cannot work is named in the dialog, which stays open with everything as typed. Its words are
translated (context "ReminderSettingsDialog", the rules' errors "schedule"); day names come from QLocale."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kneecare.core.schedule import (
    GOAL_RANGE,
    MAX_TIMES,
    RECOVERY_DAYS_RANGE,
    RECOVERY_PER_DAY_RANGE,
    SNOOZE_RANGE,
    RuleError,
    recovery_times,
)
from kneecare.core.words import fill
from kneecare.i18n import QT_TRANSLATE_NOOP
from kneecare.settings import Settings, SettingsError, format_time

SPARE_TIMES = (time(13, 0), time(16, 0), time(21, 0), time(7, 0))


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def _time(q: QTime) -> str:
    return f"{q.hour():02d}:{q.minute():02d}"


def _parse(text: str) -> time:
    hour, minute = text.split(":")
    return time(int(hour), int(minute))


class ReminderSettingsDialog(QDialog):
    meetingRequested = Signal()  # "I'm in a meeting: remind me in 30 min", applied at once

    def __init__(
        self, settings: Settings, today: date, autostart_on: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reminders"))
        self.setObjectName("reminderSettings")
        self.original = settings
        self.today = today
        self.recovery_started: str | None = settings.recovery_started
        self.accepted_settings: Settings | None = None
        self._build(settings, autostart_on)
        self._sync()

    # -- layout ----------------------------------------------------------------------------------------

    def _build(self, s: Settings, autostart_on: bool) -> None:
        outer = QVBoxLayout(self)
        self.enabled_box = QCheckBox(self.tr("&Remind me to do a session"))
        self.enabled_box.setChecked(s.reminders_enabled)
        outer.addWidget(self.enabled_box)

        self.rules_group = QGroupBox(self.tr("When"))
        form = QFormLayout(self.rules_group)
        times_row = QGridLayout()
        chosen = [_parse(t) for t in s.reminder_times]
        spares = [t for t in SPARE_TIMES if t not in chosen]
        self.time_boxes: list[tuple[QCheckBox, QTimeEdit]] = []
        for i in range(MAX_TIMES):
            use = QCheckBox()
            edit = QTimeEdit()
            edit.setDisplayFormat("HH:mm")
            if i < len(chosen):
                use.setChecked(True)
                edit.setTime(_qtime(chosen[i]))
            else:
                edit.setTime(_qtime(spares.pop(0)))
            use.setAccessibleName(fill(self.tr("Use reminder time %1"), i + 1))
            edit.setAccessibleName(fill(self.tr("Reminder time %1"), i + 1))
            use.toggled.connect(self._sync)
            edit.timeChanged.connect(self._sync)
            times_row.addWidget(use, 0, 2 * i)
            times_row.addWidget(edit, 0, 2 * i + 1)
            self.time_boxes.append((use, edit))
        form.addRow(self.tr("Times of day"), times_row)
        days_row = QHBoxLayout()
        self.day_boxes: list[QCheckBox] = []
        locale = QLocale()
        for number in range(7):  # Monday is 0 here, 1 for QLocale
            box = QCheckBox(locale.dayName(number + 1, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(number + 1, QLocale.FormatType.LongFormat))
            box.setChecked(number in s.reminder_days)
            days_row.addWidget(box)
            self.day_boxes.append(box)
        form.addRow(self.tr("Days"), days_row)
        self.goal_box = QSpinBox()
        self.goal_box.setRange(*GOAL_RANGE)
        self.goal_box.setValue(s.daily_goal)
        self.goal_box.setSuffix(self.tr(" a day"))
        self.goal_box.setAccessibleName(self.tr("Daily goal"))
        form.addRow(self.tr("Daily &goal"), self.goal_box)
        self.skip_box = QCheckBox(self.tr("Skip a reminder when today's goal is already met"))
        self.skip_box.setChecked(s.skip_when_goal_met)
        form.addRow("", self.skip_box)
        self.goal_routines_box = QCheckBox(
            self.tr("Count routines (stretches, ankle pumps…) towards the goal")
        )
        self.goal_routines_box.setChecked(s.goal_counts_routines)
        form.addRow("", self.goal_routines_box)
        quiet_row = QHBoxLayout()
        self.quiet_box = QCheckBox(self.tr("from"))
        self.quiet_box.setAccessibleName(self.tr("Quiet hours"))
        self.quiet_box.setChecked(s.quiet_start is not None)
        self.quiet_start = QTimeEdit(_qtime(_parse(s.quiet_start or "22:00")))
        self.quiet_end = QTimeEdit(_qtime(_parse(s.quiet_end or "07:00")))
        for edit, name in (
            (self.quiet_start, self.tr("Quiet hours start")),
            (self.quiet_end, self.tr("Quiet hours end")),
        ):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        quiet_row.addWidget(self.quiet_box)
        quiet_row.addWidget(self.quiet_start)
        quiet_row.addWidget(QLabel(self.tr("to")))
        quiet_row.addWidget(self.quiet_end)
        quiet_row.addStretch(1)
        self.quiet_box.toggled.connect(self._sync)
        form.addRow(self.tr("Quiet hours"), quiet_row)
        self.snooze_box = QSpinBox()
        self.snooze_box.setRange(*SNOOZE_RANGE)
        self.snooze_box.setSingleStep(5)
        self.snooze_box.setSuffix(self.tr(" min"))
        self.snooze_box.setValue(s.snooze_minutes)
        self.snooze_box.setAccessibleName(self.tr("Snooze length"))
        form.addRow(self.tr("&Snooze for"), self.snooze_box)
        outer.addWidget(self.rules_group)

        self.recovery_group = QGroupBox(self.tr("Recovery after heavy exercise"))
        rec = QFormLayout(self.recovery_group)
        self.recovery_per_day = QSpinBox()
        self.recovery_per_day.setRange(*RECOVERY_PER_DAY_RANGE)
        self.recovery_per_day.setValue(s.recovery_per_day)
        self.recovery_per_day.setSuffix(self.tr(" a day"))
        self.recovery_per_day.setAccessibleName(self.tr("Recovery reminders a day"))
        self.recovery_days = QSpinBox()
        self.recovery_days.setRange(*RECOVERY_DAYS_RANGE)
        self.recovery_days.setValue(s.recovery_days)
        self.recovery_days.setAccessibleName(self.tr("Recovery days"))
        row = QHBoxLayout()
        row.addWidget(self.recovery_per_day)
        row.addWidget(QLabel(self.tr("for")))
        row.addWidget(self.recovery_days)
        row.addStretch(1)
        rec.addRow(self.tr("Remind"), row)
        self.recovery_label = QLabel()
        self.recovery_label.setObjectName("recoveryStatus")
        self.recovery_label.setWordWrap(True)
        self.recovery_button = QPushButton()
        self.recovery_button.clicked.connect(self._toggle_recovery)
        rec.addRow(self.recovery_label)
        rec.addRow(self.recovery_button)
        self.recovery_per_day.valueChanged.connect(self._sync)
        self.recovery_days.valueChanged.connect(self._sync)
        outer.addWidget(self.recovery_group)

        # Movement nudges: their own switch, on the same clock and quiet hours as the reminders.
        self.nudge_box = QCheckBox(self.tr("Remind me to stand up and &move every hour, from"))
        self.nudge_box.setChecked(s.nudges_enabled)
        self.nudge_start = QTimeEdit(_qtime(_parse(s.nudge_start)))
        self.nudge_end = QTimeEdit(_qtime(_parse(s.nudge_end)))
        for edit, name in (
            (self.nudge_start, self.tr("Movement nudges from")),
            (self.nudge_end, self.tr("Movement nudges until")),
        ):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        nudge_row = QHBoxLayout()
        nudge_row.addWidget(self.nudge_box)
        nudge_row.addWidget(self.nudge_start)
        nudge_row.addWidget(QLabel(self.tr("to")))
        nudge_row.addWidget(self.nudge_end)
        nudge_row.addStretch(1)
        self.nudge_box.toggled.connect(self._sync)
        outer.addLayout(nudge_row)

        self.autostart_box = QCheckBox(self.tr("Start KneeCare in the tray when I log in"))
        self.autostart_box.setChecked(autostart_on)
        outer.addWidget(self.autostart_box)

        meeting_row = QHBoxLayout()
        self.meeting_button = QPushButton(self.tr("I'm in a &meeting: remind me in 30 min"))
        self.meeting_button.clicked.connect(self._meeting)
        self.meeting_label = QLabel()
        meeting_row.addWidget(self.meeting_button)
        meeting_row.addWidget(self.meeting_label, 1)
        outer.addLayout(meeting_row)

        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #8a1c1c;")
        self.error_label.hide()
        outer.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.enabled_box.toggled.connect(self._sync)

    # -- reading ---------------------------------------------------------------------------------------

    def chosen_times(self) -> tuple[str, ...]:
        return tuple(_time(edit.time()) for use, edit in self.time_boxes if use.isChecked())

    def autostart_wanted(self) -> bool:
        return self.autostart_box.isChecked()

    def settings(self) -> Settings:
        """The settings as chosen; SettingsError names what cannot work."""
        quiet = self.quiet_box.isChecked()
        return self.original.with_changes(
            reminders_enabled=self.enabled_box.isChecked(),
            reminder_times=self.chosen_times(),
            reminder_days=tuple(i for i, box in enumerate(self.day_boxes) if box.isChecked()),
            daily_goal=self.goal_box.value(),
            skip_when_goal_met=self.skip_box.isChecked(),
            quiet_start=_time(self.quiet_start.time()) if quiet else None,
            quiet_end=_time(self.quiet_end.time()) if quiet else None,
            snooze_minutes=self.snooze_box.value(),
            recovery_per_day=self.recovery_per_day.value(),
            recovery_days=self.recovery_days.value(),
            recovery_started=self.recovery_started,
            autostart=self.autostart_box.isChecked(),
            goal_counts_routines=self.goal_routines_box.isChecked(),
            nudges_enabled=self.nudge_box.isChecked(),
            nudge_start=_time(self.nudge_start.time()),
            nudge_end=_time(self.nudge_end.time()),
        )

    # -- commands --------------------------------------------------------------------------------------

    def accept(self) -> None:
        try:
            self.accepted_settings = self.settings()
        except SettingsError as e:
            self.error_label.setText(fill(self.tr("These reminders cannot work yet: %1."), _why(e)))
            self.error_label.show()
            return  # stay open, nothing lost
        super().accept()

    def _toggle_recovery(self) -> None:
        self.recovery_started = None if self._recovery_active() else self.today.isoformat()
        self._sync()

    def _meeting(self) -> None:
        self.meetingRequested.emit()
        self.meeting_label.setText(self.tr("Fine: the next reminder comes in 30 minutes."))

    def _recovery_active(self) -> bool:
        if self.recovery_started is None:
            return False
        try:
            started = date.fromisoformat(self.recovery_started)
        except ValueError:
            return False
        return started <= self.today < started + timedelta(days=self.recovery_days.value())

    def _sync(self) -> None:
        on = self.enabled_box.isChecked()
        self.rules_group.setEnabled(on)
        self.recovery_group.setEnabled(on)
        for use, edit in self.time_boxes:
            edit.setEnabled(use.isChecked())
        for edit in (self.quiet_start, self.quiet_end):
            edit.setEnabled(self.quiet_box.isChecked())
        for edit in (self.nudge_start, self.nudge_end):
            edit.setEnabled(self.nudge_box.isChecked())
        days = self.recovery_days.value()
        self.recovery_days.setSuffix(self.tr(" day") if days == 1 else self.tr(" days"))
        regular = [_parse(t) for t in self.chosen_times()] or [time(9, 0)]
        spread = ", ".join(format_time(t) for t in recovery_times(regular, self.recovery_per_day.value()))
        if self._recovery_active():
            assert self.recovery_started is not None
            last = date.fromisoformat(self.recovery_started) + timedelta(days=self.recovery_days.value() - 1)
            #: A weekday, day and month as QLocale writes them (QDate format), e.g. "Sunday 29 November".
            day_format = self.tr("dddd d MMMM")
            self.recovery_label.setText(
                fill(
                    self.tr("On until %1, then back to your usual reminders by itself. Reminders at %2."),
                    QLocale().toString(QDate(last.year, last.month, last.day), day_format),
                    spread,
                )
            )
            self.recovery_button.setText(self.tr("End recovery reminders now"))
        else:
            self.recovery_label.setText(
                fill(
                    self.tr(
                        "For a few days after heavy exercise: reminders at %1, then back to your usual ones."
                    ),
                    spread,
                )
            )
            self.recovery_button.setText(self.tr("Start recovery reminders today"))
        self.error_label.hide()


# core/nudges.py's RuleError, as the dialog shows it (without its "movement nudges: " prefix).
NUDGE_HOURS = QT_TRANSLATE_NOOP(
    "schedule", "the hours must span at least one hour, from the first to the last"
)


def _schedule(text: str) -> str:
    return QCoreApplication.translate("schedule", text)


def _why(error: SettingsError) -> str:
    """Why the reminders cannot work, in the person's language: the rules' error (kept by Python as the
    context of the SettingsError) part by part, else the message without its setting's name."""
    rule = error.__context__
    if isinstance(rule, RuleError) and rule.part:
        return f"{_schedule(rule.part)}: {fill(_schedule(rule.why), *rule.values)}"
    return _schedule(_plain(error))


def _plain(error: SettingsError) -> str:
    """'reminders: times: choose at least one ...' -> 'choose at least one ...' (the field is on screen)."""
    message = str(error)
    for prefix in ("reminders: ", "nudge_start, nudge_end: movement nudges: "):
        message = message.removeprefix(prefix)
    return message
