"""The last way to deliver a reminder when there is neither a notification service nor a tray: a small
window in the corner of the screen that never takes the keyboard focus from what the person is doing. A
reminder offers "Start now" and "Snooze"; a notice that invites no session offers "Open KneeCare" and
"Close"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kneecare.tray import text


class ReminderPrompt(QWidget):
    startRequested = Signal()
    snoozeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("reminderPrompt")
        self.setWindowTitle(text.prompt_title())
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
        # Their words are set for each reminder or notice (`show_reminder`).
        self.start_button = QPushButton()
        self.snooze_button = QPushButton()
        self.close_button = QPushButton()
        for button in (self.start_button, self.snooze_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.snooze_button)
        row.addWidget(self.close_button)
        row.addWidget(self.start_button)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addLayout(row)
        self.setFixedWidth(360)
        self.start_button.clicked.connect(self._start)
        self.snooze_button.clicked.connect(self._snooze)
        self.close_button.clicked.connect(self.hide)

    def show_reminder(self, title: str, body: str, invite: bool = True) -> None:
        """Show a reminder ("Start now", "Snooze"), or with `invite` False a notice that offers no session
        ("Open KneeCare", which asks for the window as "Start now" does, and "Close")."""
        start, other = text.reminder_buttons() if invite else text.notice_buttons()
        self.start_button.setText(start)
        (self.snooze_button if invite else self.close_button).setText(other)
        self.snooze_button.setVisible(invite)
        self.close_button.setVisible(not invite)
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
