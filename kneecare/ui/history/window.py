"""The history window: the overview tab and the sessions tab (the table with a session's details,
delete with undo, delete everything after typing a word). It reads through the history service when
shown, never at start-up, and says what went wrong when the history fails under it."""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar, cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kneecare import APP_NAME
from kneecare.core.report import LoggedSession
from kneecare.core.stats import RatedSession, Streaks, range_shape
from kneecare.core.words import fill
from kneecare.settings import Settings
from kneecare.store.service import Deleted, HistoryService, HistoryTrouble, Overview
from kneecare.ui.history.overview import Figures, OverviewPage
from kneecare.ui.history.table import KIND_FILTERS, SessionTableModel
from kneecare.ui.history.words import (
    CONFIRM_WORD,
    _t,
    count_words,
    deleted_all_words,
    deleted_words,
    session_details,
    translate,
    trouble_text,
)

log = logging.getLogger(__name__)

_Method = TypeVar("_Method", bound=Callable[..., Any])


def store_boundary(method: _Method) -> _Method:
    """Trouble with the history out of `method` becomes a message, not a traceback: `self.store_trouble`
    says what happened (a lock, a read-only history, or damage, which the store repaired first). Like a
    plain slot, it takes only as many of a signal's arguments as `method` has parameters."""
    arity = len(inspect.signature(method).parameters) - 1  # without self

    @functools.wraps(method)
    def guarded(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args[:arity], **kwargs)
        except HistoryTrouble as e:
            return self.store_trouble(e)

    return cast(_Method, guarded)


class HistoryWindow(QWidget):
    """What the person sees; `reload()` reads the history, the range buttons only redraw."""

    def __init__(
        self,
        history: HistoryService,
        program_names: Mapping[str, str],
        settings: Callable[[], Settings],
        change_settings: Callable[[Settings], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.history = history
        self.names = program_names
        self.settings = settings
        self.change_settings = change_settings
        self.setWindowTitle(fill(translate("history", "History · %1"), APP_NAME))
        self.setObjectName("HistoryWindow")
        self.resize(1000, 760)
        self.days = 30
        today = history.today()
        self._read = Overview(today, {}, Streaks(0, 0, None, False), today, [], 0)  # until read
        self._rated: list[RatedSession] = []
        self._logged: list[LoggedSession] = []
        self._rated_from = today
        self._undo: Deleted | None = None
        self.model = SessionTableModel(history, program_names, self)
        self._retrying = False
        self._build()
        self.loaded = False

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs)
        self.overview = OverviewPage(self.days)
        self.overview.rangeChosen.connect(self.set_range)
        self.overview.ratingsOnRequested.connect(self.turn_ratings_on)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.overview)
        self.tabs.addTab(scroll, translate("history", "&Overview"))

        sessions = QWidget()
        table_page = QVBoxLayout(sessions)
        table_page.setContentsMargins(8, 12, 8, 8)
        table_page.addLayout(self._table_head())
        table_page.addWidget(self._undo_bar())
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self._table())
        split.addWidget(self._detail())
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        table_page.addWidget(split, 1)
        self.tabs.addTab(sessions, translate("history", "&Sessions"))

        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected),
            (QKeySequence(QKeySequence.StandardKey.Undo), self.undo_delete),
            (QKeySequence(QKeySequence.StandardKey.Close), self.close),
            (QKeySequence(Qt.Key.Key_Escape), self.close),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(slot)

    def _table_head(self) -> QHBoxLayout:
        head = QHBoxLayout()
        self.count_label = QLabel()
        head.addWidget(self.count_label)
        head.addStretch(1)
        self.kind_box = QComboBox()
        for label, kinds in KIND_FILTERS:
            self.kind_box.addItem(_t(label), kinds)
        self.kind_box.setAccessibleName(translate("history", "Which sessions to list"))
        self.kind_box.setToolTip(
            translate("history", "List every session, only the knee sessions, or only the routines")
        )
        self.kind_box.currentIndexChanged.connect(self.set_kind_filter)
        head.addWidget(self.kind_box)
        self.delete_button = QPushButton(translate("history", "&Delete session"))
        self.delete_button.setToolTip(
            translate("history", "Delete the selected session (Delete key); you can undo it")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_all_button = QPushButton(translate("history", "Delete all data…"))
        self.delete_all_button.clicked.connect(self.ask_delete_all)
        head.addWidget(self.delete_button)
        head.addWidget(self.delete_all_button)
        return head

    def _undo_bar(self) -> QFrame:
        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("undoBar")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_bar.setAutoFillBackground(True)
        self.undo_bar.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        undo = QHBoxLayout(self.undo_bar)
        undo.setContentsMargins(10, 6, 10, 6)
        self.undo_label = QLabel()
        self.undo_button = QPushButton(translate("history", "&Undo"))
        self.undo_button.setToolTip(translate("history", "Bring the session back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_delete)
        undo.addWidget(self.undo_label, 1)
        undo.addWidget(self.undo_button)
        self.undo_bar.hide()
        return self.undo_bar

    def _table(self) -> QTableView:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAccessibleName(translate("history", "Sessions, newest first"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((190, 110, 70, 120, 160, 90, 90)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        return self.table

    def _detail(self) -> QScrollArea:
        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMargin(10)
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(self.detail)
        return detail_scroll

    # -- reading -------------------------------------------------------------------------------

    def store_trouble(self, error: HistoryTrouble) -> None:
        """Tell the person (the store repaired a damaged file already), then read the history again once."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, APP_NAME, trouble_text(), QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("historyTrouble")
        box.setDetailedText(error.details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        if not self._retrying:
            self._retrying = True
            try:
                self.reload()
            finally:
                self._retrying = False

    @store_boundary
    def reload(self) -> None:
        """Read what the view needs: a year of day tallies, all streak days, the range's ratings, one page."""
        self._read = self.history.overview(self.settings().goal_counts_routines, self.days)
        self._rated, self._rated_from = self._read.rated, self._read.rated_from
        self._logged = self._read.logged
        self.refresh_overview()
        self.model.reload()
        self.count_label.setText(count_words(self._read.total))
        self.delete_all_button.setEnabled(self._read.total > 0)
        self._show_detail(self.table.currentIndex())
        self.loaded = True

    @store_boundary
    def set_kind_filter(self) -> None:
        self.model.kinds = self.kind_box.currentData()
        self.model.reload()
        self._show_detail(self.table.currentIndex())

    @store_boundary
    def set_range(self, days: int) -> None:
        self.days = days
        first = range_shape(days).start(self._read.today)
        if self.loaded and first < self._rated_from:  # ratings are read for the range shown, as it grows
            self._rated_from = first
            self._rated = self.history.rated_since(first)
            self._logged = self.history.logged_since(first)
        self.refresh_overview()

    def refresh_overview(self) -> None:
        read, settings = self._read, self.settings()
        figures = Figures(
            read.today,
            read.tallies,
            read.streaks,
            self._rated,
            settings.daily_goal,
            settings.ask_ratings,
            self._logged,
            self.names,
        )
        self.overview.show_figures(figures, self.days)

    @store_boundary
    def _show_detail(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.isValid() or index.row() >= self.model.rowCount():
            self.detail.setText(translate("history", "Choose a session to see its details."))
            self.delete_button.setEnabled(False)
            return
        line = self.model.line(index.row())
        self.delete_button.setEnabled(line.session.status != "in_progress")
        record = self.history.details(line.session.id)
        self.detail.setText(session_details(record, self.names) if record else "")

    # -- deleting ------------------------------------------------------------------------------

    @store_boundary
    def delete_selected(self) -> None:
        if self.tabs.currentIndex() != 1:
            return
        index = self.table.currentIndex()
        if not index.isValid():
            return
        token = self.history.delete(self.model.line(index.row()).session.id)
        if token is None:
            return
        self._undo = token
        self.undo_label.setText(deleted_words(token.record))
        self.undo_bar.show()
        row = index.row()
        self.reload()
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    @store_boundary
    def undo_delete(self) -> None:
        token = self._undo
        if token is None:
            return
        self.history.undo(token)  # False: the same session came back meanwhile (imported): nothing to do
        self._undo = None
        self.undo_bar.hide()
        self.reload()

    def ask_delete_all(self) -> None:
        dialog = DeleteAllDialog(self, synced=self.settings().sync_folder is not None)
        dialog.setObjectName("deleteAll")
        dialog.accepted.connect(lambda: self.delete_all(dialog.everywhere.isChecked()))
        dialog.open()

    @store_boundary
    def delete_all(self, everywhere: bool = False) -> None:
        """Everything here; with `everywhere`, on the person's other computers too (tombstones through the
        sync folder, and this computer's journal there cleared). Without it, sync is turned off, so the
        shared history does not come back here; the folder is left as it is."""
        settings = self.settings()
        count = self.history.delete_all(everywhere=everywhere and settings.sync_folder is not None)
        self._undo = None
        self.undo_bar.hide()
        self.reload()
        said = deleted_all_words(count)
        if settings.sync_folder is not None and everywhere:
            from kneecare.store.service import SyncProblem

            try:
                self.history.clear_journal(Path(settings.sync_folder), settings.computer_name())
                said += " " + translate("history", "Your other computers delete it at their next sync.")
            except (OSError, SyncProblem) as e:
                log.warning("the journal in the sync folder could not be cleared: %s", e)
                said += " " + translate(
                    "history", "The sync folder could not be reached; it is cleared at the next sync."
                )
        elif settings.sync_folder is not None:
            self.change_settings(settings.with_changes(sync_folder=None))
            said += " " + translate("history", "Sync is now off; the sync folder was left as it was.")
        self.undo_label.setText(said)

    def turn_ratings_on(self) -> None:
        self.change_settings(self.settings().with_changes(ask_ratings=True))
        self.overview.ratings_off.hide()

    # -- events --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.loaded:
            QTimer.singleShot(0, self.reload)  # the window first, then the data

    def closeEvent(self, event: QCloseEvent) -> None:
        self._undo = None
        self.undo_bar.hide()
        super().closeEvent(event)


class DeleteAllDialog(QDialog):
    """The one way to delete everything: the person types the word, then presses the button."""

    def __init__(self, parent: QWidget | None = None, synced: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("history", "Delete all data"))
        layout = QVBoxLayout(self)
        self.confirm_word = _t(CONFIRM_WORD)
        text = QLabel(
            fill(
                #: %1 is the word to type (DELETE, translated above). "File > Export" names the menu entry.
                translate(
                    "history",
                    "This deletes every session, rating and safety report, the reminder log, your screening "
                    "answers and all backup copies, for good. Your settings stay.\n\n"
                    "If you might want them later, close this and use File > Export first.\n\n"
                    "To go ahead, type %1 below.",
                ),
                self.confirm_word,
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.explanation = text
        self.word = QLineEdit()
        self.word.setAccessibleName(fill(translate("history", "Type %1 to confirm"), self.confirm_word))
        layout.addWidget(self.word)
        self.everywhere = QCheckBox(
            translate("history", "Also delete it on my other &computers (sync folder)")
        )
        self.everywhere.setAccessibleDescription(
            translate(
                "history",
                "Checked: your other computers delete everything too at their next sync. Not checked: only "
                "this computer's history goes, and sync is turned off here.",
            )
        )
        self.everywhere.setVisible(synced)
        layout.addWidget(self.everywhere)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = buttons.addButton(
            translate("history", "Delete everything"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.word.textChanged.connect(lambda t: self.delete_button.setEnabled(t.strip() == self.confirm_word))
        layout.addWidget(buttons)
        self.resize(460, 0)
