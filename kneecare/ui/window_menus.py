"""The main window's menus (File, View, Safety, Help) and the status bar's "About safety" link, with what
their entries change. Their texts keep the window's translation context, "MainWindow"."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QPushButton

from kneecare.i18n import counted

if TYPE_CHECKING:
    from kneecare.ui.main_window import MainWindow


class WindowMenus:
    """Builds the window's menu bar and the "About safety" link; the window keeps its entries under their
    old names (`window.file_menu`, `window.quit_action`, ...)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._build_file_menu()
        self.view_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
        self.history_action = QAction(QCoreApplication.translate("MainWindow", "&History"), window)
        self.history_action.setShortcut(QKeySequence("Ctrl+Y"))
        self.view_menu.addAction(self.history_action)
        self._build_view_menu()
        self._build_safety_menus()

    # -- File ----------------------------------------------------------------------------------

    def _build_file_menu(self) -> None:
        window = self.window
        file_menu = self.file_menu = window.menuBar().addMenu(
            QCoreApplication.translate("MainWindow", "&File")
        )
        # History: app.py connects these to kneecare.ui.history.History.
        self.export_action = QAction(QCoreApplication.translate("MainWindow", "&Export history…"), window)
        self.import_action = QAction(QCoreApplication.translate("MainWindow", "&Import history…"), window)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), window)
        # The platform's Quit key; Ctrl+Q where the platform names none (listed in the shortcuts help).
        quit_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        )
        quit_action.triggered.connect(window.close)
        file_menu.addAction(quit_action)
        self.quit_action = quit_action

    def add_file_action(self, action: QAction, separated: bool = False) -> None:
        """An entry in the File menu, before Quit; a separator after it when `separated`."""
        self.file_menu.insertAction(self.quit_action, action)
        if separated:
            self.file_menu.insertSeparator(self.quit_action)

    def take_over_quit(self, quit_app: Callable[[], None]) -> None:
        """File ▸ Quit (Ctrl+Q) calls `quit_app` instead of closing the window."""
        self.quit_action.triggered.disconnect()
        self.quit_action.triggered.connect(quit_app)

    # -- View ----------------------------------------------------------------------------------

    def _build_view_menu(self) -> None:
        """View ▸ High contrast, and View ▸ Language (the system's, or one KneeCare speaks)."""
        from kneecare.i18n import LANGUAGES

        window, view_menu, settings = self.window, self.view_menu, self.window.settings
        view_menu.addSeparator()
        self.high_contrast_action = QAction(
            QCoreApplication.translate("MainWindow", "High &contrast"), window
        )
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.high_contrast_action.setChecked(settings.high_contrast)
        self.high_contrast_action.toggled.connect(self._high_contrast_toggled)
        view_menu.addAction(self.high_contrast_action)
        # Reduce motion: a still marker and words instead of the moving dot and the growing pacer.
        self.reduce_motion_action = QAction(
            QCoreApplication.translate("MainWindow", "Reduce &motion"), window
        )
        self.reduce_motion_action.setCheckable(True)
        self.reduce_motion_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.reduce_motion_action.setStatusTip(
            QCoreApplication.translate("MainWindow", "A still marker and words instead of moving pictures")
        )
        self.reduce_motion_action.toggled.connect(self._reduce_motion_toggled)
        view_menu.addAction(self.reduce_motion_action)
        self.language_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
        group = QActionGroup(window)
        system = QCoreApplication.translate("MainWindow", "As the system")
        for code, name in [(None, system), *LANGUAGES.items()]:
            action = QAction(name, window)
            action.setCheckable(True)
            action.setChecked(code == settings.language)
            action.setData(code)
            group.addAction(action)
            self.language_menu.addAction(action)
        group.triggered.connect(self._language_chosen)
        window.look.apply(settings.high_contrast)

    def _high_contrast_toggled(self, on: bool) -> None:
        self.window.look.apply(on)
        self.window.restyle()
        self.window.remember(high_contrast=on)

    def mark_reduce_motion(self) -> None:
        """View ▸ Reduce motion shows what the view does (the person's choice, else the desktop's), without
        that counting as a choice."""
        with QSignalBlocker(self.reduce_motion_action):
            self.reduce_motion_action.setChecked(self.window.view.reduce_motion)

    def _reduce_motion_toggled(self, on: bool) -> None:
        self.window.view.set_reduce_motion(on)
        self.window.remember(reduce_motion=on)

    def _language_chosen(self, action: QAction) -> None:
        code = action.data()
        self.window.remember(language=code if isinstance(code, str) else None)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "The new language shows from KneeCare's next start."),
            10000,
        )

    # -- Safety and Help -----------------------------------------------------------------------

    def _build_safety_menus(self) -> None:
        """Safety and Help menus, and an always-visible "About safety" link in the status bar."""
        window = self.window
        self.about_safety_action = QAction(QCoreApplication.translate("MainWindow", "&About safety"), window)
        self.about_safety_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.about_safety_action.triggered.connect(window.show_safety_page)
        self.situation_action = QAction(
            QCoreApplication.translate("MainWindow", "My situation &changed…"), window
        )
        self.situation_action.setStatusTip(
            QCoreApplication.translate("MainWindow", "Answer the safety questions again")
        )
        self.situation_action.triggered.connect(window.situationChanged)
        self.daily_question_action = QAction(
            QCoreApplication.translate("MainWindow", "Ask about my legs before each session"), window
        )
        self.daily_question_action.setCheckable(True)
        self.daily_question_action.setChecked(window.settings.daily_question)
        self.daily_question_action.toggled.connect(self._daily_question_toggled)
        self.safety_top_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Safety"))
        self.safety_top_menu.addAction(self.situation_action)
        self.safety_top_menu.addAction(self.daily_question_action)
        self._build_interval_menu()
        self.safety_top_menu.addSeparator()
        self.safety_top_menu.addAction(self.about_safety_action)
        self.help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        self.help_menu.addAction(self.about_safety_action)
        self.shortcuts_action = self._shortcuts_action()
        self.help_menu.addAction(self.shortcuts_action)
        self.about_safety_link = self._safety_link()
        window.statusBar().addPermanentWidget(self.about_safety_link)

    def _shortcuts_action(self) -> QAction:
        """Help ▸ Keyboard shortcuts (Ctrl+/ or ?); the dialog's module (a table) loads when it opens."""
        window = self.window
        action = QAction(QCoreApplication.translate("ShortcutsHelp", "&Keyboard shortcuts…"), window)
        action.setShortcuts([QKeySequence("Ctrl+/"), QKeySequence("?")])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setStatusTip(QCoreApplication.translate("ShortcutsHelp", "Every key KneeCare answers"))

        def show() -> None:
            from kneecare.ui.shortcuts_help import show_shortcuts

            show_shortcuts(window)

        action.triggered.connect(show)
        return action

    def _safety_link(self) -> QPushButton:
        """The status bar's "About safety", drawn as a link."""
        link = QPushButton(QCoreApplication.translate("MainWindow", "About safety"))
        link.setObjectName("aboutSafetyLink")
        link.setFlat(True)
        colours = link.palette()
        colours.setColor(QPalette.ColorRole.ButtonText, QColor("#2b5d7d"))
        link.setPalette(colours)
        underlined = QFont(link.font())
        underlined.setUnderline(True)
        link.setFont(underlined)
        link.setCursor(Qt.CursorShape.PointingHandCursor)
        link.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "When not to do this, and when to see a health professional (F1)"
            )
        )
        link.setAccessibleName(QCoreApplication.translate("MainWindow", "About safety"))
        link.setAccessibleDescription(
            QCoreApplication.translate(
                "MainWindow", "When not to do this, and when to see a health professional (F1)"
            )
        )
        link.clicked.connect(self.window.show_safety_page)
        return link

    def _build_interval_menu(self) -> None:
        """Safety ▸ Repeat the safety questions: after 30, 90, 180 or 365 days (and a value from the settings
        file, when it is another)."""
        window = self.window
        self.interval_menu = self.safety_top_menu.addMenu(
            QCoreApplication.translate("MainWindow", "Repeat the safety &questions")
        )
        group = QActionGroup(window)
        current = window.settings.screening_interval_days
        for days in sorted({30, 90, 180, 365, current}):
            text = (
                counted("MainWindow", "Every %n day(s)", days)
                if days != 1
                else QCoreApplication.translate("MainWindow", "Every day")
            )
            action = QAction(text, window)
            action.setCheckable(True)
            action.setChecked(days == current)
            action.setData(days)
            group.addAction(action)
            self.interval_menu.addAction(action)
        group.triggered.connect(self._screening_interval_chosen)

    def _screening_interval_chosen(self, action: QAction) -> None:
        days = action.data()
        if isinstance(days, int) and days != self.window.settings.screening_interval_days:
            self.window.remember(screening_interval_days=days)

    def _daily_question_toggled(self, on: bool) -> None:
        self.window.remember(daily_question=on)
        self.window.setup_panel.show_leg_note()
