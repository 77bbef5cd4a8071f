"""`SessionActions`: the narrow way the tray, the nudges and the reminders drive the main window: prepare a
program, start it through the start flow, bring the window forward, ask whether a session is active, and
the few window services they need (a File menu entry, Quit, a status notice). Nothing outside `ui/` touches
the window's widgets."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from kneecare.core.plan import PlanError

if TYPE_CHECKING:
    from kneecare.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class SessionActions:
    """What may be asked of the main window from outside it."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    @property
    def widget(self) -> QWidget:
        """The window as a plain widget: a parent for dialogs, shown, hidden, closed, watched for close."""
        return self._window

    def is_active(self) -> bool:
        """Whether a session is under way (running or paused)."""
        return self._window.controller.state.is_active

    def bring_forward(self, activation_token: str = "") -> None:
        """Show the window, restored, raised and focused (the tray, "Start now", a second launch)."""
        log.info("bringing the window forward%s", " with an activation token" if activation_token else "")
        if activation_token:
            os.environ["XDG_ACTIVATION_TOKEN"] = activation_token  # Qt's Wayland plugin reads it
        self._window.bring_forward()

    def prepare(self, program_id: str) -> None:
        """Choose `program_id` in the set-up, unless a session is under way."""
        self._window.choose_program(program_id)

    def open_ready(self, program_id: str) -> None:
        """The window forward with `program_id` chosen and Start in focus (the start flow still runs)."""
        self.bring_forward()
        self.prepare(program_id)
        self._window.start_button.setFocus()

    def start(self, program_id: str) -> None:
        """The window forward and `program_id` started through the start flow (nothing while one runs)."""
        self.bring_forward()
        if self.is_active():
            return
        self.prepare(program_id)
        self._window.start_session()

    def planned_minutes(self) -> float | None:
        """How long the session set up now would take, in minutes (None when it cannot be planned)."""
        try:
            return self._window.build_plan().total_seconds / 60
        except PlanError:
            return None

    def add_file_action(self, action: QAction, separated: bool = False) -> None:
        self._window.add_file_action(action, separated)

    def take_over_quit(self, quit_app: Callable[[], None]) -> None:
        self._window.take_over_quit(quit_app)

    def show_notice(self, notice: QWidget) -> None:
        """A lasting notice in the window's status bar."""
        self._window.statusBar().addWidget(notice, 1)

    def show_safety_page(self) -> None:
        self._window.show_safety_page()
