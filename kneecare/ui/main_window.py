"""The main window: choose a program and options, then follow the session step by step.

It lays out and shows; every decision is the session controller's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QGuiApplication,
    QHideEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kneecare import APP_NAME
from kneecare.core.plan import Plan, PlanError, PlanOptions
from kneecare.core.protocol import Program
from kneecare.core.safety import SAFETY_PAUSE_TEXT
from kneecare.core.session import Discomfort, PauseReason, SafetyEvent, SessionResult, State
from kneecare.i18n import QT_TRANSLATE_NOOP
from kneecare.session.controller import SessionController
from kneecare.settings import Settings
from kneecare.ui.session_view import SessionView
from kneecare.ui.settings_model import SettingsModel
from kneecare.ui.setup_panel import SetupPanel
from kneecare.ui.start_flow import StartFlow
from kneecare.ui.widgets import theme
from kneecare.ui.widgets.fit_scroll import FitScrollArea
from kneecare.ui.window_menus import WindowMenus

log = logging.getLogger(__name__)

# Marked for lupdate here, translated where shown (`_tr`).
DISCOMFORT_LABEL = {
    Discomfort.PAIN: QT_TRANSLATE_NOOP("MainWindow", "Sharp pain"),
    Discomfort.NUMBNESS: QT_TRANSLATE_NOOP("MainWindow", "Numbness"),
    Discomfort.TINGLING: QT_TRANSLATE_NOOP("MainWindow", "Tingling"),
}
SAFETY_BUTTON_TEXT = QT_TRANSLATE_NOOP("MainWindow", "It hurts / numb / tingling  (!)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    """The guided session view in the centre (set-up beside the diagram before a session), the controls
    and the always-visible safety control at the bottom."""

    situationChanged = Signal()  # "My situation changed": app.py asks the safety questions again

    def __init__(
        self,
        programs: Sequence[Program],
        controller: SessionController,
        settings: SettingsModel | Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.programs = list(programs)
        self.controller = controller
        # The app's settings model; a plain Settings (tests, the self-check) gets a model that saves nowhere.
        self.settings_model = settings if isinstance(settings, SettingsModel) else SettingsModel(settings)
        # The steps before a session starts (safety, a routine's note, the "before" rating): app.py adds
        # them, in order.
        self.start_flow = StartFlow()
        self.setWindowTitle(APP_NAME)
        self.setObjectName("MainWindow")
        self._fit_to_screen()
        self._build()
        self._wire()
        with QSignalBlocker(self.setup_panel):  # one ready view (below), not one per remembered choice
            self._apply_settings(self.settings)
        self._show_idle()

    @property
    def settings(self) -> Settings:
        """The settings as they are now (read-only: changes go through `settings_model`)."""
        return self.settings_model.value

    # -- layout --------------------------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        """Roomy on a laptop, and never larger than the screen (at 200% a 1080p screen is 960x540)."""
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        width, height = 1100, 740
        if room is not None:
            width, height = min(width, round(room.width() * 0.94)), min(height, round(room.height() * 0.92))
        self.resize(width, height)

    def _build(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(24, 12, 24, 8)
        outer.setSpacing(10)

        self.setup_panel = SetupPanel(self.programs, self.settings_model)
        self.setup_panel.optionsChanged.connect(self._options_changed)
        # The panel's parts keep their names on the window (tests and the shortcuts help read them).
        self.setup_frame = self.setup_panel
        self.setup_form = self.setup_panel.form
        choices = self.setup_panel
        self.program_box, self.knee_box, self.minutes_box = (
            choices.program_box,
            choices.knee_box,
            choices.minutes_box,
        )
        self.minutes_label, self.compress_check, self.compress_box = (
            choices.minutes_label,
            choices.compress_check,
            choices.compress_box,
        )
        self.finish_box, self.timer_box, self.leg_note = (
            choices.finish_box,
            choices.timer_box,
            choices.leg_note,
        )

        # The centre: the guided session view; its labels keep their old names on the window.
        self.view = SessionView(self.controller, central)
        self.view.set_setup_widget(self.setup_frame)
        self.where_label = self.view.where_label
        self.title_label = self.view.title_label
        self.instruction_label = self.view.instruction_label
        self.time_label = self.view.time_label
        self.next_label = self.view.next_label
        self.status_label = self.view.status_label
        # When the screen is too small for the view (200% scale and large text on a 1080p screen), it
        # scrolls; the controls below, "It hurts" among them, stay in sight. No frame, no focus stop.
        self.view_scroll = FitScrollArea(central, compact=self.view.set_compact)
        self.view_scroll.setObjectName("viewScroll")
        self.view_scroll.setWidget(self.view)
        outer.addWidget(self.view_scroll, 1)
        self._build_safety_panel(outer)
        self._build_controls(outer)
        self.setCentralWidget(central)
        # Style sheets on these two widgets only: a window-wide one re-polishes every widget and costs
        # tens of milliseconds at start-up. Their colours follow the light or dark scheme.
        self._dark: tuple[bool, bool] | None = None
        self.restyle()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.restyle)
        self.look = theme.Look()
        self._build_menus()

    def _build_menus(self) -> None:
        """File, View, Safety and Help (kneecare/ui/window_menus.py), and the "About safety" link."""
        self.menus = menus = WindowMenus(self)
        # Their entries keep their names on the window (app.py, the tray, the safety gate, tests).
        self.file_menu, self.quit_action = menus.file_menu, menus.quit_action
        self.export_action, self.import_action = menus.export_action, menus.import_action
        self.view_menu, self.history_action = menus.view_menu, menus.history_action
        self.high_contrast_action = menus.high_contrast_action
        self.reduce_motion_action = menus.reduce_motion_action
        self.safety_top_menu, self.interval_menu = menus.safety_top_menu, menus.interval_menu
        self.situation_action = menus.situation_action
        self.daily_question_action = menus.daily_question_action
        self.help_menu, self.shortcuts_action = menus.help_menu, menus.shortcuts_action
        self.about_safety_link = menus.about_safety_link

    def _build_safety_panel(self, outer: QVBoxLayout) -> None:
        """The panel a safety pause shows (ease off, continue gently or end), and the hold line."""
        self.safety_panel = QFrame()
        self.safety_panel.setObjectName("safetyPanel")
        self.safety_panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel = QVBoxLayout(self.safety_panel)
        self.safety_text = QLabel(QCoreApplication.translate("safety", SAFETY_PAUSE_TEXT))
        self.safety_text.setObjectName("safetyText")
        self.safety_text.setWordWrap(True)
        panel_font = QFont(self.font())
        panel_font.setPointSizeF(panel_font.pointSizeF() * 1.25)
        self.safety_panel.setFont(panel_font)
        row = QHBoxLayout()
        self.continue_button = QPushButton(self.tr("Continue &gently"))
        self.continue_button.setAccessibleDescription(self.tr("Go on with a lighter touch"))
        self.end_button = QPushButton(self.tr("&End session"))
        self.end_button.setAccessibleDescription(self.tr("End the session now, for safety"))
        row.addStretch(1)
        row.addWidget(self.continue_button)
        row.addWidget(self.end_button)
        panel.addWidget(self.safety_text)
        panel.addLayout(row)
        self.safety_panel.hide()
        outer.addWidget(self.safety_panel)

        # While sessions are on hold for a leg: one calm line with the reason and what to do.
        self.hold_line = QLabel()
        self.hold_line.setObjectName("holdLine")
        self.hold_line.setWordWrap(True)
        self.hold_line.setTextFormat(Qt.TextFormat.PlainText)
        self.hold_line.setStyleSheet(
            "#holdLine { background: #f6f2ea; color: #3d3326; border: 1px solid #d8ccb4;"
            " border-radius: 6px; padding: 8px 12px; }"
        )
        hold_font = QFont(self.font())
        hold_font.setPointSizeF(hold_font.pointSizeF() * 1.1)
        self.hold_line.setFont(hold_font)
        self.hold_line.hide()
        outer.addWidget(self.hold_line)

    def _build_controls(self, outer: QVBoxLayout) -> None:
        """Start, Skip, Stop and the always-visible "It hurts" control."""

        controls = QHBoxLayout()
        controls.setSpacing(10)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("startButton")
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setObjectName("skipButton")
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("stopButton")
        self.safety_button = QPushButton(_tr(SAFETY_BUTTON_TEXT))
        self.safety_button.setObjectName("safetyButton")
        self.safety_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.safety_menu = QMenu(self.safety_button)
        for kind, name in DISCOMFORT_LABEL.items():
            action = self.safety_menu.addAction(_tr(name))
            action.setData(kind.value)
        self.safety_button.setMenu(self.safety_menu)
        self.start_button.setToolTip(self.tr("Start, pause or resume (Space)"))
        self.skip_button.setToolTip(self.tr("Skip to the next step (Right arrow)"))
        self.stop_button.setToolTip(self.tr("Stop the session (Esc)"))
        self.safety_button.setToolTip(self.tr("Sharp pain, numbness or tingling: pause now (! or Ctrl+H)"))
        self.start_button.setAccessibleName(self.tr("Start session"))
        self.start_button.setAccessibleDescription(self.tr("Start, pause or resume the session (Space)"))
        self.skip_button.setAccessibleName(self.tr("Skip step"))
        self.skip_button.setAccessibleDescription(self.tr("Go to the next step (Right arrow)"))
        self.stop_button.setAccessibleName(self.tr("Stop session"))
        self.stop_button.setAccessibleDescription(self.tr("End the session (Esc)"))
        self.safety_button.setAccessibleName(self.tr("It hurts, numb or tingling"))
        self.safety_button.setAccessibleDescription(
            self.tr("Pauses the session at once and asks what you feel (! or Ctrl+H)")
        )
        button_font = QFont(self.font())
        button_font.setPointSizeF(button_font.pointSizeF() * 1.25)
        for button in (self.start_button, self.skip_button, self.stop_button, self.safety_button):
            button.setFont(button_font)
            button.setMinimumHeight(button.fontMetrics().height() * 2 + 4)
        start_font = QFont(button_font)
        start_font.setBold(True)
        self.start_button.setFont(start_font)
        widest = max((self.tr("Start"), self.tr("Pause"), self.tr("Resume")), key=len)
        self.start_button.setMinimumWidth(self.start_button.fontMetrics().horizontalAdvance(widest) * 2)
        for button in (self.start_button, self.skip_button, self.stop_button):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.safety_button)
        outer.addLayout(controls)

    def remember(self, **changes: object) -> None:
        """The settings with `changes`, through the model (which saves them)."""
        self.settings_model.update(**changes)

    def add_file_action(self, action: QAction, separated: bool = False) -> None:
        """An entry in the File menu, before Quit (Reminders…, Sound and voice…); a separator after it
        when `separated`."""
        self.menus.add_file_action(action, separated)

    def take_over_quit(self, quit_app: Callable[[], None]) -> None:
        """File ▸ Quit (Ctrl+Q) calls `quit_app` instead of closing the window (the tray quits for real)."""
        self.menus.take_over_quit(quit_app)

    def bring_forward(self) -> None:
        """Shown, restored if minimised, raised and given the focus (from the tray, a reminder, a second
        launch)."""
        if self.isMinimized():
            self.showNormal()
        else:
            self.show()
        self.raise_()
        self.activateWindow()

    def refresh_motion_preference(self) -> None:
        """The desktop's reduce-motion preference became known or changed: the view follows it, and so
        does the View menu's check mark, unless the person chose (then neither changes)."""
        self.view.refresh_motion_preference()
        self.menus.mark_reduce_motion()

    def show_safety_page(self) -> None:
        """Open the "About safety" page (menus, the status-bar link, and the tray call this)."""
        from kneecare.ui.safety_page import show_safety_page

        show_safety_page(self, self.settings.screening_interval_days)

    def set_hold_notice(self, text: str) -> None:
        """The line shown while sessions are on hold (the safety gate sets it; "" hides it)."""
        self.hold_line.setText(text)
        self.hold_line.setAccessibleName(text)
        self.hold_line.setVisible(bool(text))

    def restyle(self, *_: object) -> None:
        """The safety control's colours follow the light or dark scheme."""
        dark = theme.is_dark(self.palette())
        contrast = getattr(self, "look", None) is not None and self.look.high_contrast
        if (dark, contrast) != self._dark:
            self._dark = (dark, contrast)
            self.safety_button.setStyleSheet(theme.safety_button_style(dark, contrast))
            self.safety_panel.setStyleSheet(theme.safety_panel_style(dark, contrast))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.restyle()
        super().changeEvent(event)

    def _wire(self) -> None:
        c = self.controller
        self.start_button.clicked.connect(self.on_start_pressed)
        self.skip_button.clicked.connect(c.skip)
        self.stop_button.clicked.connect(c.stop)
        self.safety_menu.triggered.connect(lambda action: self.report(Discomfort(str(action.data()))))
        self.safety_menu.aboutToShow.connect(self._pause_for_safety)  # button or key: pause before the choice
        self.continue_button.clicked.connect(self.continue_gently)
        self.end_button.clicked.connect(self.end_for_safety)

        # Each shortcut's whatsThis says what it does: Help ▸ Keyboard shortcuts lists them from here.
        shortcuts = [
            (
                QKeySequence(Qt.Key.Key_Space),
                self.on_start_pressed,
                self.tr("Start, pause or resume the session"),
            ),
            (QKeySequence(Qt.Key.Key_Right), c.skip, self.tr("Skip to the next step")),
            (QKeySequence(Qt.Key.Key_Escape), c.stop, self.tr("Stop the session")),
            (QKeySequence("!"), self.open_safety_menu, self.tr("It hurts, numb or tingling: pause now")),
            (QKeySequence("Ctrl+H"), self.open_safety_menu, self.tr("It hurts, numb or tingling: pause now")),
        ]
        self.shortcuts: list[QShortcut] = []
        for keys, slot, what in shortcuts:
            shortcut = QShortcut(keys, self)
            shortcut.setWhatsThis(what)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

        c.paused.connect(self._show_paused)
        c.resumed.connect(self._show_resumed)
        c.safetyReported.connect(self._show_report)
        c.finished.connect(self._show_finished)
        c.stateChanged.connect(self._sync_controls)
        c.unloaded.connect(self._show_idle)

    # -- set-up --------------------------------------------------------------------------------

    def current_program(self) -> Program:
        return self.setup_panel.current_program()

    def plan_options(self) -> PlanOptions:
        return self.setup_panel.plan_options()

    def build_plan(self) -> Plan:
        return self.setup_panel.build_plan()

    def choose_program(self, program_id: str) -> None:
        """Select `program_id` in the set-up (the tray, a reminder), unless a session is under way."""
        if not self.controller.state.is_active:
            self.setup_panel.choose_program(program_id)

    def _apply_settings(self, settings: Settings) -> None:
        self.setup_panel.apply_settings(settings)
        self.view.set_reduce_motion(settings.reduce_motion)
        self.menus.mark_reduce_motion()

    def apply_settings(self, settings: Settings) -> None:
        """Show settings changed elsewhere (and saved there), e.g. the reduce-motion choice."""
        self._apply_settings(settings)

    def _options_changed(self) -> None:
        if not self.controller.state.is_active:
            self._show_idle()

    # -- commands ------------------------------------------------------------------------------

    def on_start_pressed(self) -> None:
        state = self.controller.state
        if state in (State.IDLE, State.FINISHED):
            self.start_session()
        elif state is State.PAUSED and self.safety_panel.isVisible():
            self.continue_gently()
        else:
            self.controller.toggle()

    def start_session(self) -> bool:
        """Run the start flow's steps, then start. True when the session started at once; a step that
        asks the person (a dialog) starts it when answered."""
        try:
            plan = self.build_plan()
        except PlanError as e:
            from PySide6.QtWidgets import QMessageBox  # only here: the first window needs none

            box = QMessageBox(
                QMessageBox.Icon.Warning,
                APP_NAME,
                self.tr("This session cannot start: %1.").replace("%1", str(e)),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return False
        return self.start_flow.run(plan, self._go)

    def _go(self, plan: Plan) -> bool:
        """Every step said yes: the session starts."""
        if self.controller.state.is_active:  # started meanwhile (a second way in): this one is not needed
            return False
        if self.controller.state is State.FINISHED:
            self.controller.reset()
        return self.controller.load(plan) and self.controller.start()

    def _pause_for_safety(self) -> None:
        if self.controller.state is State.RUNNING:
            self.controller.pause()

    def open_safety_menu(self) -> None:
        if not self.controller.state.is_active:
            return
        self.safety_menu.popup(self.safety_button.mapToGlobal(self.safety_button.rect().topLeft()))

    def report(self, kind: Discomfort) -> None:
        self.controller.report(kind)

    def continue_gently(self) -> None:
        self.safety_panel.hide()
        self.controller.resume()

    def end_for_safety(self) -> None:
        self.safety_panel.hide()
        self.controller.safety_stop()

    # -- showing -------------------------------------------------------------------------------

    def _show_idle(self) -> None:
        plan: Plan | None
        try:
            plan = self.build_plan()
        except PlanError:
            plan = None
        self.view.show_ready(self.current_program(), plan)
        self._sync_controls(self.controller.state)

    def _show_paused(self, reason: PauseReason) -> None:
        if reason is PauseReason.SAFETY:
            self.safety_panel.show()
            self.continue_button.setFocus()

    def _show_resumed(self) -> None:
        self.safety_panel.hide()

    def _show_report(self, event: SafetyEvent) -> None:
        what = _tr(DISCOMFORT_LABEL[event.kind]).lower()
        self.safety_button.setText(self.tr("Reported: %1").replace("%1", what))
        self.safety_panel.show()  # also when the session was already paused by the safety key
        self.continue_button.setFocus()

    def _show_finished(self, result: SessionResult) -> None:
        self.safety_panel.hide()

    def _sync_controls(self, state: State) -> None:
        active = state.is_active
        self.start_button.setText(
            {State.RUNNING: self.tr("Pause"), State.PAUSED: self.tr("Resume")}.get(state, self.tr("Start"))
        )
        self.start_button.setAccessibleName(
            {State.RUNNING: self.tr("Pause session"), State.PAUSED: self.tr("Resume session")}.get(
                state, self.tr("Start session")
            )
        )
        self.skip_button.setEnabled(active)
        self.stop_button.setEnabled(active)
        self.safety_button.setEnabled(active)
        self.setup_frame.setEnabled(not active)
        self.setup_frame.setVisible(not active)
        if not active:
            self.safety_button.setText(_tr(SAFETY_BUTTON_TEXT))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.controller.state.is_active:
            self.controller.stop()
        super().closeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        # Closed (by KneeCare or the desktop's close button) or minimised: a minimised window is still
        # visible to Qt, so it keeps its frame buffer.
        QTimer.singleShot(0, self, self.release_native_window)

    def release_native_window(self) -> bool:
        """Hidden in the tray: give back the window's frame buffer (about 3 MiB at 1100x736, shared with the
        X server), which a closed window keeps even once Qt has let its native window go; showing the
        window makes it anew. Not while a window of its own shows (a dialog's native window may hang on
        this one). True when released."""
        if self.isVisible():
            return False
        if any(w.isVisible() and self._owns(w) for w in QApplication.topLevelWidgets()):
            return False
        self.destroy()
        log.info("window hidden: its frame buffer released")
        return True

    def _owns(self, widget: QWidget) -> bool:
        """Whether `widget` (a window of its own, a dialog say) has this window among its parents."""
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parentWidget()
        return False
