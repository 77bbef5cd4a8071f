"""The main window: choose a program and options, then follow the session step by step.

It lays out and shows; every decision is the session controller's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
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
        self.view_scroll = FitScrollArea(central)
        self.view_scroll.setObjectName("viewScroll")
        self.view_scroll.setWidget(self.view)
        outer.addWidget(self.view_scroll, 1)
        self._build_safety_panel(outer)
        self._build_controls(outer)
        self.setCentralWidget(central)
        # Style sheets on these two widgets only: a window-wide one re-polishes every widget and costs
        # tens of milliseconds at start-up. Their colours follow the light or dark scheme.
        self._dark: tuple[bool, bool] | None = None
        self._restyle()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._restyle)
        self._build_file_menu()
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.history_action = QAction(self.tr("&History"), self)
        self.history_action.setShortcut(QKeySequence("Ctrl+Y"))
        view_menu.addAction(self.history_action)
        self._build_view_menu(view_menu)
        self._build_safety_menus()

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

    def _build_file_menu(self) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        # History: app.py connects these to kneecare.ui.history.History.
        self.export_action = QAction(self.tr("&Export history…"), self)
        self.import_action = QAction(self.tr("&Import history…"), self)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        # The platform's Quit key; Ctrl+Q where the platform names none (listed in the shortcuts help).
        quit_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        )
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.quit_action = quit_action

    def _build_view_menu(self, view_menu: QMenu) -> None:
        """View ▸ High contrast, and View ▸ Language (the system's, or one KneeCare speaks)."""
        from PySide6.QtGui import QActionGroup

        from kneecare.i18n import LANGUAGES

        self.look = theme.Look()
        self.view_menu = view_menu
        view_menu.addSeparator()
        self.high_contrast_action = QAction(self.tr("High &contrast"), self)
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.high_contrast_action.setChecked(self.settings.high_contrast)
        self.high_contrast_action.toggled.connect(self._high_contrast_toggled)
        self.view_menu.addAction(self.high_contrast_action)
        # Reduce motion: a still marker and words instead of the moving dot and the growing pacer.
        self.reduce_motion_action = QAction(self.tr("Reduce &motion"), self)
        self.reduce_motion_action.setCheckable(True)
        self.reduce_motion_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.reduce_motion_action.setStatusTip(self.tr("A still marker and words instead of moving pictures"))
        self.reduce_motion_action.toggled.connect(self._reduce_motion_toggled)
        self.view_menu.addAction(self.reduce_motion_action)
        self.language_menu = self.view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in [(None, self.tr("As the system")), *LANGUAGES.items()]:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == self.settings.language)
            action.setData(code)
            group.addAction(action)
            self.language_menu.addAction(action)
        group.triggered.connect(self._language_chosen)
        self.look.apply(self.settings.high_contrast)

    def _high_contrast_toggled(self, on: bool) -> None:
        self.look.apply(on)
        self._restyle()
        self._remember(high_contrast=on)

    def _remember(self, **changes: object) -> None:
        """The settings with `changes`, through the model (which saves them)."""
        self.settings_model.update(**changes)

    def add_file_action(self, action: QAction, separated: bool = False) -> None:
        """An entry in the File menu, before Quit (Reminders…, Sound and voice…); a separator after it
        when `separated`."""
        self.file_menu.insertAction(self.quit_action, action)
        if separated:
            self.file_menu.insertSeparator(self.quit_action)

    def take_over_quit(self, quit_app: Callable[[], None]) -> None:
        """File ▸ Quit (Ctrl+Q) calls `quit_app` instead of closing the window (the tray quits for real)."""
        self.quit_action.triggered.disconnect()
        self.quit_action.triggered.connect(quit_app)

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
        self._mark_reduce_motion()

    def _mark_reduce_motion(self) -> None:
        """View ▸ Reduce motion shows what the view does (the person's choice, else the desktop's), without
        that counting as a choice."""
        with QSignalBlocker(self.reduce_motion_action):
            self.reduce_motion_action.setChecked(self.view.reduce_motion)

    def _reduce_motion_toggled(self, on: bool) -> None:
        self.view.set_reduce_motion(on)
        self._remember(reduce_motion=on)

    def _screening_interval_chosen(self, action: QAction) -> None:
        days = action.data()
        if isinstance(days, int) and days != self.settings.screening_interval_days:
            self._remember(screening_interval_days=days)

    def _language_chosen(self, action: QAction) -> None:
        code = action.data()
        self._remember(language=code if isinstance(code, str) else None)
        self.statusBar().showMessage(self.tr("The new language shows from KneeCare's next start."), 10000)

    def _build_interval_menu(self) -> None:
        """Safety ▸ Repeat the safety questions: after 30, 90, 180 or 365 days (and a value from the settings
        file, when it is another)."""
        from PySide6.QtGui import QActionGroup

        self.interval_menu = self.safety_top_menu.addMenu(self.tr("Repeat the safety &questions"))
        group = QActionGroup(self)
        current = self.settings.screening_interval_days
        for days in sorted({30, 90, 180, 365, current}):
            text = self.tr("Every %1 days").replace("%1", str(days)) if days != 1 else self.tr("Every day")
            action = QAction(text, self)
            action.setCheckable(True)
            action.setChecked(days == current)
            action.setData(days)
            group.addAction(action)
            self.interval_menu.addAction(action)
        group.triggered.connect(self._screening_interval_chosen)

    def _build_safety_menus(self) -> None:
        """Safety and Help menus, and an always-visible "About safety" link in the status bar."""
        self.about_safety_action = QAction(self.tr("&About safety"), self)
        self.about_safety_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.about_safety_action.triggered.connect(self.show_safety_page)
        self.situation_action = QAction(self.tr("My situation &changed…"), self)
        self.situation_action.setStatusTip(self.tr("Answer the safety questions again"))
        self.situation_action.triggered.connect(self.situationChanged)
        self.daily_question_action = QAction(self.tr("Ask about my legs before each session"), self)
        self.daily_question_action.setCheckable(True)
        self.daily_question_action.setChecked(self.settings.daily_question)
        self.daily_question_action.toggled.connect(self._daily_question_toggled)
        self.safety_top_menu = self.menuBar().addMenu(self.tr("&Safety"))
        self.safety_top_menu.addAction(self.situation_action)
        self.safety_top_menu.addAction(self.daily_question_action)
        self._build_interval_menu()
        self.safety_top_menu.addSeparator()
        self.safety_top_menu.addAction(self.about_safety_action)
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.about_safety_action)
        from kneecare.ui.shortcuts_help import shortcuts_action

        self.shortcuts_action = shortcuts_action(self)
        self.help_menu.addAction(self.shortcuts_action)
        self.about_safety_link = QPushButton(self.tr("About safety"))
        self.about_safety_link.setObjectName("aboutSafetyLink")
        self.about_safety_link.setFlat(True)
        link = self.about_safety_link.palette()
        link.setColor(QPalette.ColorRole.ButtonText, QColor("#2b5d7d"))
        self.about_safety_link.setPalette(link)
        underlined = QFont(self.about_safety_link.font())
        underlined.setUnderline(True)
        self.about_safety_link.setFont(underlined)
        self.about_safety_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.about_safety_link.setToolTip(
            self.tr("When not to do this, and when to see a health professional (F1)")
        )
        self.about_safety_link.setAccessibleName(self.tr("About safety"))
        self.about_safety_link.setAccessibleDescription(
            self.tr("When not to do this, and when to see a health professional (F1)")
        )
        self.about_safety_link.clicked.connect(self.show_safety_page)
        self.statusBar().addPermanentWidget(self.about_safety_link)

    def show_safety_page(self) -> None:
        """Open the "About safety" page (menus, the status-bar link, and the tray call this)."""
        from kneecare.ui.safety_page import show_safety_page

        show_safety_page(self, self.settings.screening_interval_days)

    def _daily_question_toggled(self, on: bool) -> None:
        self._remember(daily_question=on)
        self.setup_panel.show_leg_note()

    def set_hold_notice(self, text: str) -> None:
        """The line shown while sessions are on hold (the safety gate sets it; "" hides it)."""
        self.hold_line.setText(text)
        self.hold_line.setAccessibleName(text)
        self.hold_line.setVisible(bool(text))

    def _restyle(self, *_: object) -> None:
        """The safety control's colours follow the light or dark scheme."""
        dark = theme.is_dark(self.palette())
        contrast = getattr(self, "look", None) is not None and self.look.high_contrast
        if (dark, contrast) != self._dark:
            self._dark = (dark, contrast)
            self.safety_button.setStyleSheet(theme.safety_button_style(dark, contrast))
            self.safety_panel.setStyleSheet(theme.safety_panel_style(dark, contrast))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
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
        self._mark_reduce_motion()

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
