"""The reminder settings dialog: times of day, days of the week, the daily goal (and whether routines count
towards it), quiet hours, snooze length, recovery mode, hourly movement nudges, autostart, and "I'm in a
meeting". It lays out and validates through `Settings`; a value
that cannot work is named in the dialog, which stays open with everything as typed. Its words are
translated (context "ReminderSettingsDialog", the rules' errors "schedule"); day names come from QLocale."""

from __future__ import annotations

from datetime import date, time

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

from kneecare.core.rule_errors import RulePart
from kneecare.core.schedule import (
    GOAL_RANGE,
    MAX_TIMES,
    MEETING_MINUTES,
    RECOVERY_DAYS_RANGE,
    RECOVERY_PER_DAY_RANGE,
    SNOOZE_RANGE,
    Recovery,
    recovery_since,
    recovery_times,
)
from kneecare.core.words import fill
from kneecare.i18n import counted
from kneecare.settings import Settings, SettingsError, format_time

SPARE_TIMES = (time(13, 0), time(16, 0), time(21, 0), time(7, 0))


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def _time(q: QTime) -> str:
    return f"{q.hour():02d}:{q.minute():02d}"


def _parse(text: str) -> time:
    hour, minute = text.split(":")
    return time(int(hour), int(minute))


def counted_spin(box: QSpinBox, said: str, n: int) -> None:
    """A spin box's prefix and suffix from a counted text ("5 Tage", "5日"): the words either side of
    the number, in the plural form the language picks for the value shown."""
    before, _, after = said.partition(str(n))
    box.setPrefix(before)
    box.setSuffix(after)


class ReminderSettingsDialog(QDialog):
    meetingRequested = Signal()  # "I'm in a meeting: remind me in MEETING_MINUTES min", applied at once

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
        self._build_rules(QFormLayout(self.rules_group), s)
        outer.addWidget(self.rules_group)
        self.recovery_group = QGroupBox(self.tr("Recovery after heavy exercise"))
        self._build_recovery(QFormLayout(self.recovery_group), s)
        outer.addWidget(self.recovery_group)
        outer.addLayout(self._nudge_row(s))

        self.autostart_box = QCheckBox(self.tr("Start KneeCare in the tray when I log in"))
        self.autostart_box.setChecked(autostart_on)
        outer.addWidget(self.autostart_box)

        meeting_row = QHBoxLayout()
        self.meeting_button = QPushButton(
            fill(self.tr("I'm in a &meeting: remind me in %1 min"), MEETING_MINUTES)
        )
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

    def _build_rules(self, form: QFormLayout, s: Settings) -> None:
        """The "When" group: times, days, the goal, quiet hours, the snooze."""
        form.addRow(self.tr("Times of day"), self._times_row(s))
        form.addRow(self.tr("Days"), self._days_row(s))
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
        form.addRow(self.tr("Quiet hours"), self._quiet_row(s))
        self.snooze_box = QSpinBox()
        self.snooze_box.setRange(*SNOOZE_RANGE)
        self.snooze_box.setSingleStep(5)
        self.snooze_box.setSuffix(self.tr(" min"))
        self.snooze_box.setValue(s.snooze_minutes)
        self.snooze_box.setAccessibleName(self.tr("Snooze length"))
        form.addRow(self.tr("&Snooze for"), self.snooze_box)

    def _times_row(self, s: Settings) -> QGridLayout:
        """Up to four times of day, each with its own "use" box; unused ones show a spare time."""
        row = QGridLayout()
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
            row.addWidget(use, 0, 2 * i)
            row.addWidget(edit, 0, 2 * i + 1)
            self.time_boxes.append((use, edit))
        return row

    def _days_row(self, s: Settings) -> QHBoxLayout:
        row = QHBoxLayout()
        self.day_boxes: list[QCheckBox] = []
        locale = QLocale()
        for number in range(7):  # Monday is 0 here (and in the settings), 1 for QLocale
            box = QCheckBox(locale.dayName(number + 1, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(number + 1, QLocale.FormatType.LongFormat))
            box.setChecked(number in s.reminder_days)
            self.day_boxes.append(box)
        first = locale.firstDayOfWeek().value - 1  # the week as the person's locale begins it
        for number in range(7):
            row.addWidget(self.day_boxes[(first + number) % 7])
        return row

    def _quiet_row(self, s: Settings) -> QHBoxLayout:
        self.quiet_box = QCheckBox(self.tr("from"))
        self.quiet_box.setAccessibleName(self.tr("Quiet hours"))
        self.quiet_box.setChecked(s.quiet_start is not None)
        self.quiet_start = QTimeEdit(_qtime(_parse(s.quiet_start or "22:00")))
        self.quiet_end = QTimeEdit(_qtime(_parse(s.quiet_end or "07:00")))
        names = (self.tr("Quiet hours start"), self.tr("Quiet hours end"))
        self.quiet_box.toggled.connect(self._sync)
        return self._span_row(self.quiet_box, self.quiet_start, self.quiet_end, names)

    def _build_recovery(self, rec: QFormLayout, s: Settings) -> None:
        """The "Recovery after heavy exercise" group: how many a day, for how many days, start or end."""
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

    def _nudge_row(self, s: Settings) -> QHBoxLayout:
        """Movement nudges: their own switch, on the same clock and quiet hours as the reminders."""
        self.nudge_box = QCheckBox(self.tr("Remind me to stand up and &move every hour, from"))
        self.nudge_box.setChecked(s.nudges_enabled)
        self.nudge_start = QTimeEdit(_qtime(_parse(s.nudge_start)))
        self.nudge_end = QTimeEdit(_qtime(_parse(s.nudge_end)))
        names = (self.tr("Movement nudges from"), self.tr("Movement nudges until"))
        self.nudge_box.toggled.connect(self._sync)
        return self._span_row(self.nudge_box, self.nudge_start, self.nudge_end, names)

    def _span_row(
        self, switch: QCheckBox, start: QTimeEdit, end: QTimeEdit, names: tuple[str, str]
    ) -> QHBoxLayout:
        """[x] from [start] to [end], the two times named for screen readers."""
        row = QHBoxLayout()
        for edit, name in zip((start, end), names, strict=True):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        row.addWidget(switch)
        row.addWidget(start)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(end)
        row.addStretch(1)
        return row

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
        self.meeting_label.setText(
            counted(
                "ReminderSettingsDialog", "Fine: the next reminder comes in %n minute(s).", MEETING_MINUTES
            )
        )

    def _recovery(self) -> Recovery | None:
        """The recovery as chosen now (its length from the dialog), if one was started."""
        return recovery_since(
            self.recovery_started, self.recovery_days.value(), self.recovery_per_day.value()
        )

    def _recovery_active(self) -> bool:
        recovery = self._recovery()
        return recovery is not None and recovery.active_on(self.today)

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
        counted_spin(self.recovery_days, counted("ReminderSettingsDialog", "%n day(s)", days), days)
        regular = [_parse(t) for t in self.chosen_times()] or [time(9, 0)]
        spread = ", ".join(format_time(t) for t in recovery_times(regular, self.recovery_per_day.value()))
        recovery = self._recovery()
        if recovery is not None and recovery.active_on(self.today):
            last = recovery.last_day
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


# The nudge hours have a row of their own: their error needs no name in front of it.
UNNAMED_PARTS = frozenset({RulePart.NUDGES})


def _schedule(text: str) -> str:
    return QCoreApplication.translate("schedule", text)


def _why(error: SettingsError) -> str:
    """Why the reminders cannot work, in the person's language: built from the rules' error (its part,
    problem and values), else the settings' own message (the dialog's widgets cannot make other errors)."""
    rule = error.rule
    if rule is None:
        return str(error)
    why = fill(_schedule(rule.why), *rule.values)
    return why if rule.part in UNNAMED_PARTS else f"{_schedule(rule.part_text)}: {why}"
