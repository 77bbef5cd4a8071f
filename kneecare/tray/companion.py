"""`TrayCompanion`: the tray side of the app put together: reminders on time, delivered as notifications,
the tray icon and its menu, the window kept in the tray on close (said once), or a plain window that quits
on close where there is no tray (said once). It drives the window only through `SessionActions`. `app.py`
builds it from `TrayServices` and connects the few hooks it offers (`historyRequested`,
`safetyRequested`). Its own words are translated under the "TrayCompanion" context."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QSystemTrayIcon

from kneecare import APP_NAME
from kneecare.core.clock import Clock
from kneecare.core.lazy_dataclass import dataclass
from kneecare.core.protocol import Program
from kneecare.core.schedule import Reminder, ReminderLog, ReminderPlanner
from kneecare.core.session import Outcome, SessionResult
from kneecare.platform.autostart import Autostart, AutostartError, launch_command
from kneecare.session.controller import SessionController
from kneecare.settings import Settings
from kneecare.tray import text
from kneecare.tray.aio import running_loop
from kneecare.tray.notify import DesktopSender, Notifier
from kneecare.tray.persist import KeyValues, Notices
from kneecare.tray.reminders import ReminderService
from kneecare.tray.tray import TrayIcon, TrayStatus
from kneecare.ui.actions import SessionActions
from kneecare.ui.settings_model import SettingsModel

if TYPE_CHECKING:
    from asyncio import AbstractEventLoop

log = logging.getLogger(__name__)

NOTICE_IN_TRAY = "kept-in-tray"
NOTICE_NO_TRAY = "no-tray"
# The day (ISO date) the reminders last said that sessions are on hold: said once a day at most.
NOTICE_HELD_DAY = "held-reminder-day"


@dataclass(frozen=True)
class TrayServices:
    """What the tray side works with: the window's session actions, the session controller's signals,
    the settings model, the programs, the clock, and where reminders, notices and the hold are kept."""

    app: QApplication
    actions: SessionActions
    controller: SessionController
    settings: SettingsModel
    programs: Sequence[Program]
    clock: Clock
    reminder_log: ReminderLog
    done_today: Callable[[datetime], int]
    notices: Notices
    autostart: Autostart
    data_dir: Path | None = None
    desktop: DesktopSender | None = None
    # Whether sessions are on hold for a leg (the safety gate's `held`), and where the day the reminders
    # last said so is kept (the store's app state; in memory when not given).
    held: Callable[[], bool] | None = None
    held_day: KeyValues | None = None
    # The asyncio loop for desktop notifications (the app joins it on first use); default: one joined.
    event_loop: Callable[[], AbstractEventLoop | None] = running_loop


class TrayCompanion(QObject):
    historyRequested = Signal()  # the history view (issue 5) opens on this
    safetyRequested = Signal()  # the "About safety" page (issue 4) opens on this
    settingsSaved = Signal(Settings)  # reminder settings applied (the nudges follow them)

    def __init__(
        self,
        services: TrayServices,
        tray_available: bool | None = None,
        quit_app: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        s = services
        self.app = s.app
        self.actions = s.actions
        self.held = s.held if s.held is not None else (lambda: False)
        self.held_day: KeyValues = s.held_day if s.held_day is not None else _MemoryValues()
        self.programs = list(s.programs)
        self.clock = s.clock
        self.settings = s.settings
        self.notices = s.notices
        self.autostart = s.autostart
        self.data_dir = s.data_dir
        self.quitting = False
        self.quit_app = quit_app if quit_app is not None else s.app.quit
        self.has_tray = TrayIcon.available() if tray_available is None else tray_available
        self.service = ReminderService(
            ReminderPlanner(s.settings.value.reminder_rules(), s.reminder_log),
            s.clock,
            s.done_today,
            s.actions.is_active,
            self,
        )
        self.tray: TrayIcon | None = None
        if self.has_tray:
            self.tray = TrayIcon(self.programs, lambda: self.settings.value.program_id, self.status, self)
        self.notifier = Notifier(
            self.tray.icon if self.tray else None, s.desktop, self, event_loop=s.event_loop
        )
        self._wire(s.controller)

    # -- reading ---------------------------------------------------------------------------------------

    def status(self) -> TrayStatus:
        now = self.clock.now()
        done, goal = self.service.today()
        running = self.actions.is_active()
        return TrayStatus(
            now, self.service.next_due(), done, goal, self.service.waiting, running, self._is_held()
        )

    def _is_held(self) -> bool:
        try:
            return bool(self.held())
        except Exception:  # the tray must go on even when the store cannot be read
            log.exception("could not read whether sessions are on hold")
            return False

    # -- start and stop --------------------------------------------------------------------------------

    def start(self, minimized: bool) -> None:
        """Show what there is to show and begin checking reminders."""
        if self.tray is not None:
            self.app.setQuitOnLastWindowClosed(False)
            self.tray.show()
            log.info("tray icon shown")
        else:
            log.info("no system tray: KneeCare works as a plain window; closing it quits")
        self.service.start()
        if self.tray is None and not self.notices.said(NOTICE_NO_TRAY):
            self.notices.mark_said(NOTICE_NO_TRAY)
            # Said in the status bar, not in a box: on a first launch the safety questions are already
            # open, and a second window on top of them is noise. It goes away after a minute.
            notice = QLabel(
                QCoreApplication.translate(
                    "TrayCompanion",
                    "No tray here: closing this window quits KneeCare. Reminders come as notifications.",
                )
            )
            notice.setObjectName("noTrayNotice")
            self.actions.show_notice(notice)
            QTimer.singleShot(60_000, notice, notice.hide)
            self.no_tray_notice = notice
        if minimized and self.tray is None:
            self.actions.widget.showMinimized()

    def quit(self) -> None:
        """Quit for real: close the window (which stops a running session cleanly), then leave the loop."""
        self.quitting = True
        self.service.stop()
        self.actions.widget.close()
        if self.tray is not None:
            self.tray.hide()
        self.quit_app()

    # -- wiring ----------------------------------------------------------------------------------------

    def _wire(self, controller: SessionController) -> None:
        controller.started.connect(lambda *_: self._session_started())
        controller.finished.connect(self._session_finished)
        controller.stateChanged.connect(lambda *_: self._refresh())
        self.service.reminderDue.connect(self._remind)
        self.service.changed.connect(self._refresh)
        self.notifier.startRequested.connect(self.open_ready)
        self.notifier.snoozeRequested.connect(lambda: self.snooze("default"))
        self.actions.widget.installEventFilter(self)
        # The window's Quit (Ctrl+Q) quits the app, also when closing the window would only hide it.
        self.actions.take_over_quit(self.quit)
        # Reminder settings from the window too (the only way in when there is no tray): File ▸ Reminders….
        self.reminders_action = QAction(
            QCoreApplication.translate("TrayCompanion", "&Reminders…"), self.actions.widget
        )
        self.reminders_action.triggered.connect(self.open_settings)
        self.actions.add_file_action(self.reminders_action, separated=True)
        if self.tray is not None:
            t = self.tray
            t.startRequested.connect(self.start_program)
            t.openRequested.connect(self.show_window)
            t.historyRequested.connect(self.historyRequested)
            t.safetyRequested.connect(self.safetyRequested)
            t.settingsRequested.connect(self.open_settings)
            t.snoozeRequested.connect(self.snooze)
            t.quitRequested.connect(self.quit)

    def _refresh(self) -> None:
        if self.tray is not None:
            self.tray.refresh()

    # -- what the person asks for ----------------------------------------------------------------------

    def show_window(self, activation_token: str = "") -> None:
        """Bring the window forward (from the tray, "Start now", or a second launch)."""
        self.actions.bring_forward(activation_token)

    def open_ready(self) -> None:
        """ "Start now": the window, ready to start the usual program with one key."""
        log.info("opening the window ready to start")
        self.actions.open_ready(self.settings.value.program_id)

    def start_program(self, program_id: str) -> None:
        self.actions.start(program_id)

    def snooze(self, choice: str) -> None:
        if choice == "tomorrow":
            self.service.snooze_until_tomorrow()
        elif choice == "default":
            self.service.snooze()
        else:
            self.service.snooze(int(choice))
        self.notifier.withdraw()

    def in_a_meeting(self) -> None:
        self.service.in_a_meeting()
        self.notifier.withdraw()

    def open_settings(self) -> None:
        from kneecare.ui.reminder_settings import ReminderSettingsDialog

        dialog = ReminderSettingsDialog(
            self.settings.value, self.clock.now().date(), self.autostart.is_enabled(), self.actions.widget
        )
        dialog.meetingRequested.connect(self.in_a_meeting)
        self.settings_dialog = dialog
        dialog.finished.connect(lambda result: self._settings_closed(dialog, result))
        dialog.open()

    def apply_settings(self, settings: Settings, autostart_wanted: bool) -> str | None:
        """Use new reminder settings now; returns a message if the login entry could not be changed."""
        problem = None
        if autostart_wanted != self.autostart.is_enabled():
            try:
                if autostart_wanted:
                    self.autostart.enable(launch_command(self.data_dir))
                else:
                    self.autostart.disable()
            except AutostartError as e:
                problem = QCoreApplication.translate(
                    "TrayCompanion", "KneeCare could not change how it starts at login: %1"
                ).replace("%1", str(e))
                settings = settings.with_changes(autostart=self.autostart.is_enabled())
        self.settings.replace(settings)
        self.service.set_rules(settings.reminder_rules())
        self.settingsSaved.emit(settings)
        return problem

    # -- inside ----------------------------------------------------------------------------------------

    def _settings_closed(self, dialog: object, result: int) -> None:
        from kneecare.ui.reminder_settings import ReminderSettingsDialog

        assert isinstance(dialog, ReminderSettingsDialog)
        if result and dialog.accepted_settings is not None:
            problem = self.apply_settings(dialog.accepted_settings, dialog.autostart_wanted())
            if problem:
                box = QMessageBox(
                    QMessageBox.Icon.Warning,
                    APP_NAME,
                    problem,
                    QMessageBox.StandardButton.Ok,
                    self.actions.widget,
                )
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                box.open()
        dialog.deleteLater()

    def refresh(self) -> None:
        """The tooltip again now (the hold began or ended)."""
        self._refresh()

    def _remind(self, reminder: Reminder) -> None:
        if self._is_held():
            self._say_held()
            return
        program = next((p for p in self.programs if p.id == self.settings.value.program_id), None)
        name = program.name if program else QCoreApplication.translate("TrayCompanion", "Your session")
        minutes = self.actions.planned_minutes() or 8.0
        title, body = text.reminder_message(reminder, name, minutes, self.clock.now())
        self.notifier.notify(title, body)
        self._refresh()

    def _say_held(self) -> None:
        """A reminder came while sessions are on hold: no invitation to a session that would be held, but
        why there is none, once a day at most."""
        today = self.clock.now().date().isoformat()
        if self.held_day.get(NOTICE_HELD_DAY) == today:
            log.info("reminder while sessions are on hold: already said today")
            return
        self.held_day.set(NOTICE_HELD_DAY, today)
        log.info("reminder while sessions are on hold: saying why instead")
        title, body = text.held_message()
        # A notice, not an invitation: no "Start now" nor "Snooze"; a click on it opens the window.
        self.notifier.notify(title, body, invite=False)
        self._refresh()

    def _session_started(self) -> None:
        self.service.session_started()
        self.notifier.withdraw()

    def _session_finished(self, result: SessionResult) -> None:
        self.service.session_finished(result.outcome is Outcome.COMPLETED)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.actions.widget and event.type() == QEvent.Type.Close and not self.quitting:
            self._kept_in_tray()
        return False

    def _kept_in_tray(self) -> None:
        """The window closes; the app stays in the tray. Said once, the first time."""
        if self.notices.said(NOTICE_IN_TRAY) or self.tray is None:
            return
        self.notices.mark_said(NOTICE_IN_TRAY)
        self.tray.icon.showMessage(
            QCoreApplication.translate("TrayCompanion", "KneeCare is still here"),
            QCoreApplication.translate(
                "TrayCompanion",
                "It keeps running in the tray to remind you. To quit, choose Quit in the tray menu.",
            ),
            QSystemTrayIcon.MessageIcon.Information,
            10_000,
        )
        log.info("window closed: KneeCare keeps running in the tray")


class _MemoryValues(dict[str, str]):
    """Key-value pairs in memory (when no store is given)."""

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return super().get(key, default)

    def set(self, key: str, value: str) -> None:
        self[key] = value
