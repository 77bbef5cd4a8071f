"""The sessions table of the history window: newest first, a page at a time, filtered by kind."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kneecare.core.words import fill
from kneecare.i18n import QT_TRANSLATE_NOOP, counted
from kneecare.store.service import HistoryService, SessionLine
from kneecare.ui.history.words import (
    COLUMNS,
    KNEE_WORDS,
    STATUS_WORDS,
    _t,
    day_words,
    rating_words,
    translate,
    word,
)
from kneecare.ui.text import mmss

KIND_FILTERS: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    (QT_TRANSLATE_NOOP("history", "All sessions"), None),
    (QT_TRANSLATE_NOOP("history", "Knee sessions"), ("knee",)),
    (QT_TRANSLATE_NOOP("history", "Routines"), ("routine",)),
)


class SessionTableModel(QAbstractTableModel):
    """Sessions newest first, read a page at a time as the table scrolls (100,000 rows stay cheap)."""

    COLUMNS = COLUMNS
    PAGE = 100

    def __init__(
        self, history: HistoryService, names: Mapping[str, str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.names = names
        self.lines: list[SessionLine] = []
        self.kinds: tuple[str, ...] | None = None  # None: every kind of session
        self._more = False

    def reload(self) -> None:
        lines = self.history.lines(self.PAGE, kinds=self.kinds)  # first: an error leaves the model whole
        self.beginResetModel()
        self.lines = lines
        self._more = len(self.lines) == self.PAGE
        self.endResetModel()

    def line(self, row: int) -> SessionLine:
        return self.lines[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid() or not self.lines:
            return
        page = self.history.lines(self.PAGE, after=self.lines[-1].key, kinds=self.kinds)
        self._more = len(page) == self.PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.lines), len(self.lines) + len(page) - 1)
            self.lines.extend(page)
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation is Qt.Orientation.Horizontal:
            return _t(self.COLUMNS[section])
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation is Qt.Orientation.Horizontal
            and section in (5, 6)
        ):
            return translate("history", "Tension · pain · swelling, 0 to 10 (– not rated)")
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(self.lines[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, 5, 6):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def cell(self, line: SessionLine, column: int) -> str:
        """What one cell of the table says."""
        s = line.session
        if column == 0:
            return f"{day_words(s.started_at.date(), year=True)}, {s.started_at:%H:%M}"
        if column == 1:
            name = self.names.get(s.program, s.program)
            if line.computer is None:
                return name
            return fill(translate("history", "%1 (on %2)"), name, line.computer)
        if column == 2:
            return word(KNEE_WORDS, s.knees)
        if column == 3:
            return fill(translate("history", "%1 of %2"), mmss(s.done_seconds), mmss(s.planned_seconds))
        if column == 4:
            return word(STATUS_WORDS, s.status)
        if column in (5, 6):
            return rating_words(line.before if column == 5 else line.after)
        n = line.safety_count
        if not n:
            return ""
        return counted("history", "%n report(s)", n)
