"""The last way to deliver a reminder when there is neither a notification service nor a tray: a small
window in the corner of the screen that never takes the keyboard focus from what the person is doing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kneecare import APP_NAME


class ReminderPrompt(QWidget):
    startRequested = Signal()
    snoozeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("reminderPrompt")
        self.setWindowTitle(f"{APP_NAME} reminder")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # never what keeps the app running
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.start_button = QPushButton("Start now")
        self.snooze_button = QPushButton("Snooze")
        for button in (self.start_button, self.snooze_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.snooze_button)
        row.addWidget(self.start_button)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addLayout(row)
        self.setFixedWidth(360)
        self.start_button.clicked.connect(self._start)
        self.snooze_button.clicked.connect(self._snooze)

    def show_reminder(self, title: str, body: str) -> None:
        self.title.setText(title)
        self.body.setText(body)
        self.adjustSize()
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.right() - self.width() - 16, area.bottom() - self.height() - 16)
        self.show()

    def _start(self) -> None:
        self.hide()
        self.startRequested.emit()

    def _snooze(self) -> None:
        self.hide()
        self.snoozeRequested.emit()
