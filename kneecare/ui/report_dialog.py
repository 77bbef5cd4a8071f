"""File ▸ Report for a health professional…: a small dialog (period, an optional name kept only when
"remember" is ticked, language) that writes the same PDF as `kneecare report`; no nested event loops."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDir, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kneecare.core.clock import Clock
from kneecare.core.report import DEFAULT_DAYS, EmptyPeriod, Period
from kneecare.core.words import fill
from kneecare.i18n import LANGUAGES, choose_language
from kneecare.store.service import HistoryService, HistoryTrouble
from kneecare.ui.report_command import default_name, program_names, save_report
from kneecare.ui.settings_model import SettingsModel


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportDialog(QDialog):
    """Choose the period, the name and the language, then a file: the report is written there."""

    def __init__(
        self,
        history: HistoryService,
        clock: Clock,
        settings: SettingsModel,
        program_names: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.history, self.clock, self.settings, self.names = history, clock, settings, program_names
        self.setWindowTitle(self.tr("Report for a health professional"))
        today = clock.now().date()
        self.first = QDateEdit(_qdate(today - timedelta(days=DEFAULT_DAYS - 1)), self)
        self.last = QDateEdit(_qdate(today), self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setMaximumDate(_qdate(today))
            edit.setDisplayFormat("yyyy-MM-dd")
        self.name = QLineEdit(settings.value.report_name or "", self)
        self.name.setPlaceholderText(self.tr("optional"))
        self.remember = QCheckBox(self.tr("&Remember this name"), self)
        self.remember.setChecked(settings.value.report_name is not None)
        self.language = QComboBox(self)
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(choose_language(settings.value.language)))
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.first)
        form.addRow(self.tr("&To:"), self.last)
        form.addRow(self.tr("&Name on the report:"), self.name)
        form.addRow("", self.remember)
        form.addRow(self.tr("&Language:"), self.language)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("reportMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save = buttons.addButton(self.tr("&Save PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setDefault(True)
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._files: QFileDialog | None = None
        self.written: tuple[Path, int] | None = None

    def period(self) -> Period | None:
        try:
            return Period(_day(self.first.date()), _day(self.last.date()))
        except ValueError:
            return None

    def choose_file(self) -> None:
        """Ask where to save (a file dialog opened with open(), never exec())."""
        period = self.period()
        if period is None:
            self.message.setText(self.tr("The first day comes after the last day. Please swap them."))
            return
        files = QFileDialog(self, self.tr("Save the report"), QDir.homePath(), self.tr("PDF files (*.pdf)"))
        files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        files.setDefaultSuffix("pdf")
        files.selectFile(default_name(period))
        files.fileSelected.connect(self.write_to)
        self._files = files
        files.open()

    def write_to(self, path: str | Path) -> bool:
        """Write the report for the chosen period to `path`; on success remember (or forget) the name and
        close; otherwise say why in the dialog and keep it open."""
        period = self.period()
        if period is None:
            return False
        name = self.name.text().strip()
        language = str(self.language.currentData())
        try:
            pages = save_report(
                self.history,
                period,
                language,
                name,
                self.settings.value,
                self.names,
                self.clock.now(),
                Path(path),
            )
        except EmptyPeriod:
            self.message.setText(
                self.tr("No session was recorded in this period, so there is nothing to report.")
            )
            return False
        except OSError as e:
            self.message.setText(
                fill(self.tr("The report could not be saved there: %1"), e.strerror or str(e))
            )
            return False
        except HistoryTrouble as e:
            self.message.setText(e.details)
            return False
        kept = name if self.remember.isChecked() and name else None
        if kept != self.settings.value.report_name:
            self.settings.update(report_name=kept)
        self.written = (Path(path), pages)
        self.accept()
        return True


def report_action(
    parent: QWidget,
    history: Callable[[], HistoryService],
    clock: Clock,
    settings: SettingsModel,
    shown: Callable[[ReportDialog], None] | None = None,
) -> QAction:
    """File ▸ Report for a health professional…: opens the dialog (window-modal, with open()). The program
    names are read from the program files as written, as `kneecare report` does, so both print the same."""
    action = QAction(QCoreApplication.translate("ReportDialog", "Report for a &health professional…"), parent)
    action.setObjectName("reportAction")

    def open_dialog() -> None:
        dialog = ReportDialog(history(), clock, settings, program_names(), parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if shown is not None:
            shown(dialog)

    action.triggered.connect(open_dialog)
    return action
