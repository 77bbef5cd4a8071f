"""The main window: choose a program and options, then follow the session step by step.

It lays out and shows; every decision is the session controller's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kneecare import APP_NAME
from kneecare.core.library import find_program, finish_options
from kneecare.core.plan import KneeChoice, Plan, PlanError, PlanOptions, build_plan
from kneecare.core.protocol import COMPRESS_MINUTES, Motion, Program, Step, movement_choices
from kneecare.core.safety import SAFETY_PAUSE_TEXT, STANDING_LINE
from kneecare.core.session import Discomfort, PauseReason, SafetyEvent, SessionResult, State
from kneecare.i18n import QT_TRANSLATE_NOOP
from kneecare.session.controller import SessionController
from kneecare.settings import Settings
from kneecare.ui.session_view import SessionView
from kneecare.ui.text import plan_words
from kneecare.ui.widgets import theme

log = logging.getLogger(__name__)

# Marked for lupdate here, translated where shown (`_tr`).
DISCOMFORT_LABEL = {
    Discomfort.PAIN: QT_TRANSLATE_NOOP("MainWindow", "Sharp pain"),
    Discomfort.NUMBNESS: QT_TRANSLATE_NOOP("MainWindow", "Numbness"),
    Discomfort.TINGLING: QT_TRANSLATE_NOOP("MainWindow", "Tingling"),
}
KNEE_CHOICES = [
    (KneeChoice.BOTH, QT_TRANSLATE_NOOP("MainWindow", "Both knees")),
    (KneeChoice.LEFT, QT_TRANSLATE_NOOP("MainWindow", "Left knee")),
    (KneeChoice.RIGHT, QT_TRANSLATE_NOOP("MainWindow", "Right knee")),
]
SAFETY_BUTTON_TEXT = QT_TRANSLATE_NOOP("MainWindow", "It hurts / numb / tingling  (!)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class FitScrollArea(QScrollArea):
    """Gives its widget all the room there is, and scrolls only when the room is less than the widget's
    minimum size. (`setWidgetResizable` sizes a widget whose layout has height-for-width, as word-wrapped
    labels give it, to its preferred height for that width, and so scrolls far sooner.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no extra Tab stop; arrow keys stay shortcuts

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        widget = self.widget()
        if widget is None:
            return
        room = self.maximumViewportSize()
        # The minimum is the layout's at its narrowest, where wrapped labels take the most lines: enough
        # at any wider width too.
        need = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        width, height = room.width(), room.height()
        scrolling = need.height() > height
        if scrolling:  # a vertical scroll bar takes some of the width
            width -= self.verticalScrollBar().sizeHint().width()
        if need.width() > width:
            height -= self.horizontalScrollBar().sizeHint().height()
        width = max(width, need.width())
        if scrolling:  # scrolling anyway: room for every wrapped line at this width
            height = max(height, widget.heightForWidth(width))
        widget.resize(width, max(height, need.height()))


class SpaceCheckBox(QCheckBox):
    """A check box that Space ticks when it has the focus, as a person expects, although Space is also the
    window's start key (the key goes to the focused box first)."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            event.accept()
            return True
        return super().event(event)


class MainWindow(QMainWindow):
    """The guided session view in the centre (set-up beside the diagram before a session), the controls
    and the always-visible safety control at the bottom."""

    settingsChanged = Signal(Settings)
    situationChanged = Signal()  # "My situation changed": app.py asks the safety questions again

    def __init__(
        self,
        programs: Sequence[Program],
        controller: SessionController,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.programs = list(programs)
        self.controller = controller
        self.settings = settings
        # Checks that run before a session starts (safety screening, the "before" rating...): each is
        # given the plan and returns False to hold the start. app.py fills this list, in order.
        self.start_gates: list[Callable[[Plan], bool]] = []
        self.setWindowTitle(APP_NAME)
        self.setObjectName("MainWindow")
        self._fit_to_screen()
        self._build()
        self._wire()
        self._apply_settings(settings)
        self._show_idle()

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

        setup = QFormLayout()
        self.program_box = QComboBox()
        for program in self.programs:
            self.program_box.addItem(program.name, program.id)
        self.program_box.setAccessibleName(self.tr("Program"))
        self.program_box.setAccessibleDescription(self.tr("The routine to follow"))
        self.knee_box = QComboBox()
        for choice, name in KNEE_CHOICES:
            self.knee_box.addItem(_tr(name), choice.value)
        self.knee_box.setAccessibleName(self.tr("Knees"))
        self.knee_box.setAccessibleDescription(self.tr("Work both knees, or only the left or the right one"))
        self.minutes_box = QDoubleSpinBox()
        self.minutes_box.setRange(1.0, 3.0)
        self.minutes_box.setSingleStep(0.5)
        self.minutes_box.setDecimals(1)
        self.minutes_box.setSuffix(self.tr(" min"))
        self.minutes_box.setAccessibleName(self.tr("Minutes of movement per knee"))
        setup.addRow(self.tr("&Program"), self.program_box)
        setup.addRow(self.tr("&Knees"), self.knee_box)
        # A warm compress before a knee session, once, for 1 or 2 minutes.
        self.compress_check = SpaceCheckBox(self.tr("&Warm compress first"))
        self.compress_check.setAccessibleName(self.tr("Warm compress first"))
        self.compress_check.setAccessibleDescription(
            self.tr("Rest a warm compress behind the knees before the session starts")
        )
        self.compress_box = QSpinBox()
        self.compress_box.setRange(min(COMPRESS_MINUTES), max(COMPRESS_MINUTES))
        self.compress_box.setSuffix(self.tr(" min"))
        self.compress_box.setAccessibleName(self.tr("Minutes of warm compress"))
        self.compress_box.setAccessibleDescription(self.tr("1 or 2 minutes, before the first knee"))
        # One row with the minutes of movement: a fifth row would not fit a 960x540 screen (200 %).
        movement_row = QHBoxLayout()
        movement_row.setSpacing(8)
        movement_row.addWidget(self.minutes_box)
        movement_row.addSpacing(16)
        movement_row.addWidget(self.compress_check)
        movement_row.addWidget(self.compress_box)
        movement_row.addStretch(1)
        self.minutes_label = QLabel(self.tr("&Movement per knee"))
        self.minutes_label.setBuddy(self.minutes_box)
        setup.addRow(self.minutes_label, movement_row)
        # A routine to chain after a knee session (calf strokes, ankle pumps, elevation): one session.
        self.finish_box = QComboBox()
        self.finish_box.addItem(self.tr("Nothing more"), "")
        for routine in finish_options(self.programs):
            self.finish_box.addItem(routine.name, routine.id)
        self.finish_box.setAccessibleName(self.tr("Finish with"))
        self.finish_box.setAccessibleDescription(self.tr("A routine to do right after the knee session"))
        setup.addRow(self.tr("&Finish with"), self.finish_box)
        # A timer the person may lengthen (legs raised 15-20 min), alone or after a knee session; the row
        # shows only when the session has one.
        self.timer_box = QSpinBox()
        self.timer_box.setSuffix(self.tr(" min"))
        self.timer_box.setAccessibleName(self.tr("Minutes with legs raised"))
        setup.addRow(self.tr("Legs &raised for"), self.timer_box)
        self._timer_step: Step | None = None
        # With the daily leg question turned off, one standing line says when not to do this.
        self.leg_note = QLabel(QCoreApplication.translate("safety", STANDING_LINE))
        self.leg_note.setObjectName("legNote")
        self.leg_note.setWordWrap(True)
        setup.addRow(self.leg_note)
        self.setup_form = setup
        setup.setVerticalSpacing(3)  # four rows still fit a 960x540 screen (200 % on 1920x1080)
        # With very large text a row too wide for the room puts its field under its label.
        setup.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.setup_frame = QFrame()
        self.setup_frame.setObjectName("setup")
        self.setup_frame.setLayout(setup)
        setup_font = QFont(self.font())
        setup_font.setPointSizeF(setup_font.pointSizeF() * 1.15)
        self.setup_frame.setFont(setup_font)

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
        self.setCentralWidget(central)
        # Style sheets on these two widgets only: a window-wide one re-polishes every widget and costs
        # tens of milliseconds at start-up. Their colours follow the light or dark scheme.
        self._dark: tuple[bool, bool] | None = None
        self._restyle()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._restyle)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
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
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.history_action = QAction(self.tr("&History"), self)
        self.history_action.setShortcut(QKeySequence("Ctrl+Y"))
        view_menu.addAction(self.history_action)
        self._build_view_menu(view_menu)
        self._build_safety_menus()

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
        """The window's settings with `changes`, handed on to be saved (app.py saves them)."""
        self.settings = self.settings.with_changes(**changes)
        self.settingsChanged.emit(self.settings)

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
        self._show_leg_note()

    def _show_leg_note(self) -> None:
        self.setup_form.setRowVisible(self.leg_note, not self.settings.daily_question)

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
        self.program_box.currentIndexChanged.connect(self._program_changed)
        self.knee_box.currentIndexChanged.connect(self._options_changed)
        self.minutes_box.valueChanged.connect(self._options_changed)
        self.compress_check.toggled.connect(self._options_changed)
        self.compress_box.valueChanged.connect(self._options_changed)
        self.finish_box.currentIndexChanged.connect(self._options_changed)
        self.timer_box.valueChanged.connect(self._options_changed)

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
        program_id = self.program_box.currentData()
        return next((p for p in self.programs if p.id == program_id), self.programs[0])

    def plan_options(self) -> PlanOptions:
        program = self.current_program()
        minutes = self.minutes_box.value()
        return PlanOptions(
            knees=KneeChoice(self.knee_box.currentData()),
            movement_minutes=None if minutes == program.movement_minutes else minutes,
            warm_compress=self.compress_check.isChecked() and not program.is_routine,
            compress_seconds=self.compress_box.value() * 60.0,
            motion=Motion(self.settings.motion) if self.settings.motion else None,
            circle_seconds=self.settings.circle_seconds,
            finish_with=self.finish_program() if not program.is_routine else None,
            words=plan_words(),
            timer_seconds=self.timer_box.value() * 60.0 if self._timer_step is not None else None,
        )

    def finish_program(self) -> Program | None:
        return find_program(self.programs, self.finish_box.currentData() or None)

    def _fit_setup_to_program(self, program: Program) -> None:
        """Grey out what a routine does not use: the knees, the minutes, the warm compress, a routine to
        finish with."""
        self.knee_box.setEnabled(program.uses_knees)
        self.minutes_box.setEnabled(program.movement_step() is not None)
        self.compress_check.setEnabled(not program.is_routine)
        self.finish_box.setEnabled(not program.is_routine)
        self._fit_compress()
        self._fit_minutes()
        self._fit_timer()

    def _fit_compress(self) -> None:
        """The compress's length can be set when there is a compress."""
        self.compress_box.setEnabled(self.compress_check.isEnabled() and self.compress_check.isChecked())

    def movement_choices(self) -> tuple[float, ...]:
        """The minutes of movement the panel offers: those that keep each knee within 2 to 5 minutes with
        the chosen program and finish (kneecare.core.protocol.movement_choices)."""
        program = self.current_program()
        finish = self.finish_program() if not program.is_routine else None
        return movement_choices(program, finish)

    def _fit_minutes(self) -> None:
        """The minutes box spans the choices that fit (they are contiguous half minutes); a value outside
        it moves to the nearest end."""
        choices = self.movement_choices()
        low, high = choices[0], choices[-1]
        with QSignalBlocker(self.minutes_box):
            self.minutes_box.setRange(low, high)
        words = self.tr("From %1 to %2 minutes, in half minutes (2 to 5 minutes per knee in all)")
        self.minutes_box.setAccessibleDescription(words.replace("%1", f"{low:g}").replace("%2", f"{high:g}"))

    def timer_step(self) -> Step | None:
        """The timer whose length the person may choose, in the program or the routine it finishes with."""
        program = self.current_program()
        finish = self.finish_program() if not program.is_routine else None
        return program.adjustable_timer() or (finish.adjustable_timer() if finish is not None else None)

    def _fit_timer(self, remembered: int | None = None, force: bool = False) -> None:
        """Show the timer's row when the session has one, its range from the program; a newly shown timer
        starts at the remembered length when that fits, else at the program's."""
        step = self.timer_step()
        self.setup_form.setRowVisible(self.timer_box, step is not None)
        if step is None or step.timer_range is None:
            self._timer_step = None
            return
        if step == self._timer_step and not force:
            return
        self._timer_step = step
        low, high = (round(s / 60) for s in step.timer_range)
        remembered = remembered if force else self.settings.timer_minutes
        with QSignalBlocker(self.timer_box):
            self.timer_box.setRange(low, high)
            self.timer_box.setValue(remembered if remembered and low <= remembered <= high else low)
        words = self.tr("From %1 to %2 minutes, in whole minutes")
        self.timer_box.setAccessibleDescription(words.replace("%1", str(low)).replace("%2", str(high)))

    def build_plan(self) -> Plan:
        return build_plan(self.current_program(), self.plan_options())

    def _apply_settings(self, settings: Settings) -> None:
        index = self.program_box.findData(settings.program_id)
        self.program_box.setCurrentIndex(max(0, index))
        self.knee_box.setCurrentIndex(max(0, self.knee_box.findData(settings.knees)))
        program = self.current_program()
        self.finish_box.setCurrentIndex(max(0, self.finish_box.findData(settings.finish_with or "")))
        with QSignalBlocker(self.compress_check), QSignalBlocker(self.compress_box):
            self.compress_check.setChecked(settings.warm_compress)
            self.compress_box.setValue(settings.compress_minutes)
        self._fit_setup_to_program(program)
        self.minutes_box.setValue(settings.movement_minutes or program.movement_minutes)
        self._fit_timer(settings.timer_minutes, force=True)
        self._show_leg_note()
        self.view.set_reduce_motion(settings.reduce_motion)
        self._mark_reduce_motion()

    def apply_settings(self, settings: Settings) -> None:
        """Settings changed elsewhere (a settings dialog): show them, e.g. the reduce-motion choice."""
        self.settings = settings
        self._apply_settings(settings)

    def _program_changed(self) -> None:
        program = self.current_program()
        self._fit_setup_to_program(program)
        with QSignalBlocker(self.minutes_box):
            self.minutes_box.setValue(program.movement_minutes)
        self._options_changed()

    def _options_changed(self) -> None:
        program = self.current_program()
        self._fit_compress()
        self._fit_minutes()
        minutes = self.minutes_box.value()
        self._fit_timer()
        timer_minutes = self.settings.timer_minutes  # kept while the session has no timer to set
        if self._timer_step is not None and self._timer_step.seconds is not None:
            chosen = self.timer_box.value()
            timer_minutes = None if chosen * 60 == self._timer_step.seconds else chosen
        self._remember(
            program_id=program.id,
            knees=str(self.knee_box.currentData()),
            movement_minutes=None if minutes == program.movement_minutes else minutes,
            warm_compress=self.compress_check.isChecked(),
            compress_minutes=self.compress_box.value(),
            finish_with=self.finish_box.currentData() or None,
            timer_minutes=timer_minutes,
        )
        if self.controller.state in (State.IDLE, State.READY, State.FINISHED):
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
        try:
            plan = self.build_plan()
        except PlanError as e:
            QMessageBox.warning(
                self, APP_NAME, self.tr("This session cannot start: %1.").replace("%1", str(e))
            )
            return False
        for gate in self.start_gates:
            if not gate(plan):
                log.info("start held by %s", getattr(gate, "__name__", gate))
                return False
        if self.controller.state is State.FINISHED:
            self.controller.reset()
        return self.controller.load(plan) and self.controller.start()

    def _pause_for_safety(self) -> None:
        if self.controller.state is State.RUNNING:
            self.controller.pause()

    def open_safety_menu(self) -> None:
        if self.controller.state not in (State.RUNNING, State.PAUSED):
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
        active = state in (State.RUNNING, State.PAUSED)
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
        if self.controller.state in (State.RUNNING, State.PAUSED):
            self.controller.stop()
        super().closeEvent(event)
