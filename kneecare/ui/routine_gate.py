"""A start gate for programs with their own safety note (the contrast shower): the note is shown and must
be acknowledged, every time, before the session starts. `app.py` adds it to the window's start flow, after
the safety step."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kneecare import APP_NAME
from kneecare.core.plan import Plan, SafetyNote
from kneecare.core.words import fill
from kneecare.i18n import QT_TRANSLATE_NOOP
from kneecare.ui.start_flow import Answer

log = logging.getLogger(__name__)

ACKNOWLEDGE_TEXT = QT_TRANSLATE_NOOP("SafetyNoteDialog", "I have read this, and it does not apply to me")


def _t(text: str) -> str:
    return QCoreApplication.translate("SafetyNoteDialog", text)


class SafetyNoteDialog(QDialog):
    """The note in plain words, a box to tick, and Start, which stays off until the box is ticked."""

    def __init__(self, notes: Sequence[SafetyNote], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SafetyNoteDialog")
        names = QCoreApplication.translate("SafetyNoteDialog", " and ").join(
            dict.fromkeys(n.program_name for n in notes)
        )
        before = fill(QCoreApplication.translate("SafetyNoteDialog", "Before you start: %1"), names)
        self.setWindowTitle(f"{before} · {APP_NAME}")
        self.setModal(True)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        heading = QLabel(f"<b>{html.escape(before)}</b>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)
        self.note_labels: list[QLabel] = []
        for note in notes:
            label = QLabel(note.text)
            label.setObjectName("safetyNote")
            label.setWordWrap(True)
            label.setAccessibleName(
                fill(QCoreApplication.translate("SafetyNoteDialog", "Safety note for %1"), note.program_name)
            )
            layout.addWidget(label)
            self.note_labels.append(label)
        self.acknowledge = QCheckBox(_t(ACKNOWLEDGE_TEXT))
        self.acknowledge.setObjectName("acknowledge")
        layout.addWidget(self.acknowledge)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        start = self.buttons.addButton(
            QCoreApplication.translate("SafetyNoteDialog", "Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        assert isinstance(start, QPushButton)
        self.start_button = start
        self.start_button.setEnabled(False)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.acknowledge.toggled.connect(self.start_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.acknowledge.setFocus()

    def accept(self) -> None:
        if not self.acknowledge.isChecked():  # Enter, or a stray click, cannot skip the box
            return
        super().accept()


def ask_with_dialog(notes: Sequence[SafetyNote], parent: QWidget | None, answer: Answer) -> None:
    """Open the note (window-modal, no nested loop); `answer` gets whether it was acknowledged."""
    dialog = SafetyNoteDialog(notes, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda code: answer(code == QDialog.DialogCode.Accepted))
    dialog.open()


class SafetyNoteGate:
    """The start flow's step that holds a plan with a safety note until the person acknowledges it."""

    __name__ = "safety_note_gate"

    def __init__(
        self,
        parent: QWidget | None = None,
        ask: Callable[[Sequence[SafetyNote], QWidget | None, Answer], None] = ask_with_dialog,
    ) -> None:
        self.parent = parent
        self.ask = ask

    def __call__(self, plan: Plan, answer: Answer) -> None:
        notes = plan.safety_notes
        if not notes:
            answer(True)
            return

        def answered(acknowledged: bool) -> None:
            log.info(
                "safety note for %s %s",
                ", ".join(n.program_id for n in notes),
                "acknowledged" if acknowledged else "not acknowledged: start held",
            )
            answer(acknowledged)

        self.ask(notes, self.parent, answered)
