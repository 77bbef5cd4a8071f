"""`TrayIcon`: the icon in the system tray, its tooltip (next reminder, today's count against the goal),
a second icon state while a reminder waits, and a context menu rebuilt each time it opens. It decides
nothing: each menu entry is a signal the app connects."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal, SignalInstance
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from kneecare import APP_NAME
from kneecare.core.lazy_dataclass import dataclass
from kneecare.core.protocol import Program
from kneecare.core.schedule import Reminder
from kneecare.i18n import QT_TRANSLATE_NOOP
from kneecare.tray import text
from kneecare.tray.icon import tray_icon

log = logging.getLogger(__name__)

SNOOZE_CHOICES = (
    ("30", QT_TRANSLATE_NOOP("TrayIcon", "For 30 minutes")),
    ("60", QT_TRANSLATE_NOOP("TrayIcon", "For 1 hour")),
    ("tomorrow", QT_TRANSLATE_NOOP("TrayIcon", "Until tomorrow")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrayIcon", text)


@dataclass(frozen=True)
class TrayStatus:
    """What the tooltip, the icon and the menu show."""

    now: datetime
    next_due: datetime | None
    done: int
    goal: int
    waiting: Reminder | None = None
    session_running: bool = False
    held: bool = False  # sessions are on hold for a leg (a "yes" to the daily question, no all-clear yet)


class TrayIcon(QObject):
    startRequested = Signal(str)  # a program id
    openRequested = Signal()
    historyRequested = Signal()
    safetyRequested = Signal()
    settingsRequested = Signal()
    snoozeRequested = Signal(str)  # "30", "60" (minutes) or "tomorrow"
    quitRequested = Signal()

    def __init__(
        self,
        programs: Sequence[Program],
        default_program: Callable[[], str],
        status: Callable[[], TrayStatus],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.programs = list(programs)
        self.default_program = default_program
        self.status = status
        self._icons = {False: tray_icon(False), True: tray_icon(True)}
        self.due = False
        self.icon = QSystemTrayIcon(self._icons[False], self)
        self.icon.setToolTip(APP_NAME)
        # Always a menu: some desktops hide an icon without one.
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.menu.aboutToShow.connect(self._opening)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.rebuild()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.refresh()
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def current_icon(self) -> QIcon:
        return self._icons[self.due]

    def refresh(self) -> None:
        """Tooltip and icon state from the current status."""
        s = self.status()
        self.icon.setToolTip(
            text.tooltip(s.next_due, s.done, s.goal, s.now, s.waiting, s.session_running, s.held)
        )
        due = s.waiting is not None and not s.session_running
        if due != self.due:
            self.due = due
            self.icon.setIcon(self._icons[due])

    def rebuild(self) -> None:
        """Fill the menu afresh from the current state (connected to aboutToShow)."""
        s = self.status()
        menu = self.menu
        menu.clear()
        default = self._program(self.default_program())
        start = menu.addAction(
            QCoreApplication.translate("TrayIcon", "Start session (%1)").replace("%1", default.name)
            if default
            else QCoreApplication.translate("TrayIcon", "Start session")
        )
        start.setEnabled(not s.session_running and default is not None)
        if default is not None:
            start.triggered.connect(lambda: self.startRequested.emit(default.id))
        programs = menu.addMenu(QCoreApplication.translate("TrayIcon", "Start"))
        programs.setEnabled(not s.session_running)
        for program in self.programs:
            action = programs.addAction(program.name)
            action.setToolTip(program.purpose)
            action.triggered.connect(lambda _=False, pid=program.id: self.startRequested.emit(pid))
        snooze = menu.addMenu(QCoreApplication.translate("TrayIcon", "Snooze"))
        for key, label in SNOOZE_CHOICES:
            action = snooze.addAction(_tr(label))
            action.triggered.connect(lambda _=False, k=key: self.snoozeRequested.emit(k))
        menu.addSeparator()
        self._add(menu, QCoreApplication.translate("TrayIcon", "Open KneeCare"), self.openRequested)
        self._add(menu, QCoreApplication.translate("TrayIcon", "History"), self.historyRequested)
        self._add(menu, QCoreApplication.translate("TrayIcon", "About safety"), self.safetyRequested)
        self._add(menu, QCoreApplication.translate("TrayIcon", "Reminders…"), self.settingsRequested)
        menu.addSeparator()
        self._add(menu, QCoreApplication.translate("TrayIcon", "Quit"), self.quitRequested)
        self.refresh()

    def entries(self) -> list[str]:
        """The menu's entries as text, submenus as 'Start ▸ Daily' (for tests and the log)."""
        out: list[str] = []
        for action in self.menu.actions():
            if action.isSeparator():
                continue
            sub = action.menu()
            if isinstance(sub, QMenu):
                out.extend(f"{action.text()} ▸ {a.text()}" for a in sub.actions())
            else:
                out.append(action.text())
        return out

    def find(self, path: str) -> QAction:
        """The action at 'Snooze ▸ Until tomorrow' or 'Quit'."""
        top, _, below = path.partition(" ▸ ")
        for action in self.menu.actions():
            if action.text() != top:
                continue
            sub = action.menu()
            if not below:
                return action
            if isinstance(sub, QMenu):
                for inner in sub.actions():
                    if inner.text() == below:
                        return inner
        raise KeyError(path)

    def _opening(self) -> None:
        log.info("tray menu opened")
        self.rebuild()

    def _add(self, menu: QMenu, label: str, signal: SignalInstance) -> None:
        action = menu.addAction(label)
        action.triggered.connect(lambda: signal.emit())

    def _program(self, program_id: str) -> Program | None:
        fallback = self.programs[0] if self.programs else None
        return next((p for p in self.programs if p.id == program_id), fallback)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.openRequested.emit()
