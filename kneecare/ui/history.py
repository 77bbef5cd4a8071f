"""The history window: sessions per day against the daily goal, streaks, minutes per week, ratings before
and after, and the table of sessions (delete one with undo, or everything after typing DELETE); plus the
File > Export / Import actions. It reads the store when shown, never at start-up."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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
from kneecare.core.clock import Clock
from kneecare.core.protocol import goal_kinds
from kneecare.core.stats import (
    MEASURES,
    RANGES,
    DayTally,
    RatedSession,
    Rating,
    SpanTally,
    Streaks,
    TrendPoint,
    buckets,
    change_sentence,
    day_series,
    goal_days,
    local_day,
    minutes_per_week,
    number_streaks,
    rating_change,
    rating_trend,
    span_tallies,
    week_start,
)
from kneecare.settings import Settings
from kneecare.store.db import transaction
from kneecare.store.exchange import ImportProblem, export_file, import_records, parse_json
from kneecare.store.records import SessionRecord, insert_record, load_record
from kneecare.store.sessions import SessionLine, SessionRepository
from kneecare.store.store import Store
from kneecare.ui.text import duration_words, mmss
from kneecare.ui.widgets.charts import BarChart, LineChart

log = logging.getLogger(__name__)

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
RANGE_WORDS = {7: "7 days", 30: "30 days", 90: "90 days", 365: "1 year"}
WEEKS_SHOWN = {7: 8, 30: 8, 90: 13, 365: 52}
STATUS_WORDS = {
    "completed": "Completed",
    "stopped": "Stopped early",
    "safety_stopped": "Ended for safety",
    "interrupted": "Interrupted",
    "in_progress": "In progress",
}
KNEE_WORDS = {"left": "Left", "right": "Right", "both": "Both"}
STEP_WORDS = {
    "position": "settling in",
    "warm_up": "warming up",
    "locate": "finding the hollow",
    "pressure": "pressing",
    "movement": "the movement",
    "hold": "a hold",
    "finish": "the finish",
}
CONFIRM_WORD = "DELETE"
RANGE_STYLE = (
    "QPushButton { border: 1px solid palette(mid); border-radius: 4px; padding: 4px 14px; }"
    "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text); }"
)


def day_words(day: date, year: bool = False) -> str:
    text = f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def day_detail(tally: DayTally, goal: int) -> str:
    if not tally.sessions:
        return f"{day_words(tally.day)}: no sessions"
    text = f"{day_words(tally.day)}: {plural(tally.done, 'session')} completed"
    if tally.other:
        text += f", {tally.other} ended early"
    return text + (" (goal met)" if tally.done >= goal else "")


def span_detail(span: SpanTally) -> str:
    first = day_words(span.start)
    when = f"week of {first}" if span.days == 7 else f"{first} – {day_words(span.end)}"
    text = f"{when}: {span.done_per_day:.1f} completed a day ({span.done} in {plural(span.days, 'day')}"
    return text + (f", {span.other} ended early)" if span.other else ")")


def rating_words(rating: Rating | None) -> str:
    if rating is None:
        return ""
    return " · ".join("–" if rating.value(m) is None else str(rating.value(m)) for m in MEASURES)


# -- the table ---------------------------------------------------------------------------------


KIND_FILTERS: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    ("All sessions", None),
    ("Knee sessions", ("knee",)),
    ("Routines", ("routine",)),
)


class SessionTableModel(QAbstractTableModel):
    """Sessions newest first, read a page at a time as the table scrolls (100,000 rows stay cheap)."""

    COLUMNS = ("When", "Program", "Knees", "Time done", "How it ended", "Before", "After", "Safety")
    PAGE = 100

    def __init__(
        self, sessions: SessionRepository, names: Mapping[str, str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.names = names
        self.lines: list[SessionLine] = []
        self.kinds: tuple[str, ...] | None = None  # None: every kind of session
        self._more = False

    def reload(self) -> None:
        self.beginResetModel()
        self.lines = self.sessions.lines(self.PAGE, kinds=self.kinds)
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
        page = self.sessions.lines(self.PAGE, after=self.lines[-1].key, kinds=self.kinds)
        self._more = len(page) == self.PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.lines), len(self.lines) + len(page) - 1)
            self.lines.extend(page)
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation is Qt.Orientation.Horizontal:
            return self.COLUMNS[section]
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation is Qt.Orientation.Horizontal
            and section in (5, 6)
        ):
            return "Tension · pain · swelling, 0 to 10 (– not rated)"
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        s = line.session
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                start = s.started_at
                return f"{day_words(start.date(), year=True)}, {start:%H:%M}"
            if column == 1:
                return self.names.get(s.program, s.program)
            if column == 2:
                return KNEE_WORDS.get(s.knees, s.knees)
            if column == 3:
                return f"{mmss(s.done_seconds)} of {mmss(s.planned_seconds)}"
            if column == 4:
                return STATUS_WORDS.get(s.status, s.status)
            if column == 5:
                return rating_words(line.before)
            if column == 6:
                return rating_words(line.after)
            if column == 7:
                return plural(line.safety_count, "report") if line.safety_count else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, 5, 6):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


# -- small parts -------------------------------------------------------------------------------


class Tile(QFrame):
    """A number with a caption under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.value = QLabel("–")
        big = QFont(self.value.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.value.setFont(big)
        self.caption = QLabel(caption)
        self.caption.setObjectName("caption")
        self.caption.setWordWrap(True)
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # quieter, in light and dark
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A thin rounded outline in the palette's mid tone (no style sheet: those re-polish everything)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        painter.end()

    def show_value(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.setAccessibleName(f"{caption}: {value}")


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    return label


class DeleteAllDialog(QDialog):
    """The one way to delete everything: the person types the word, then presses the button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Delete all data")
        layout = QVBoxLayout(self)
        text = QLabel(
            "This deletes every session, rating and safety report, the reminder log, your screening "
            "answers and all backup copies, for good. Your settings stay.\n\n"
            "If you might want them later, close this and use File > Export first.\n\n"
            f"To go ahead, type {CONFIRM_WORD} below."
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.word = QLineEdit()
        self.word.setAccessibleName(f"Type {CONFIRM_WORD} to confirm")
        layout.addWidget(self.word)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = buttons.addButton(
            "Delete everything", QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.word.textChanged.connect(lambda t: self.delete_button.setEnabled(t.strip() == CONFIRM_WORD))
        layout.addWidget(buttons)
        self.resize(460, 0)


# -- the window --------------------------------------------------------------------------------


class HistoryWindow(QWidget):
    """What the person sees; `reload()` reads the store, the range buttons only redraw."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        program_names: Mapping[str, str],
        settings: Callable[[], Settings],
        change_settings: Callable[[Settings], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        self.clock = clock
        self.settings = settings
        self.change_settings = change_settings
        self.setWindowTitle(f"History · {APP_NAME}")
        self.setObjectName("HistoryWindow")
        self.resize(1000, 760)
        self.days = 30
        self.today = local_day(clock.now())
        self._tallies: dict[date, DayTally] = {}
        self._rated: list[RatedSession] = []
        self._rated_from = self.today
        self._streaks = Streaks(0, 0, None, False)
        self._undo: SessionRecord | None = None
        self.model = SessionTableModel(store.sessions, program_names, self)
        self._build()
        self.loaded = False

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs)

        overview = QWidget()
        page = QVBoxLayout(overview)
        page.setContentsMargins(8, 12, 8, 12)
        page.setSpacing(14)
        top = QHBoxLayout()
        self.per_day_title = section_title("Sessions per day")
        top.addWidget(self.per_day_title)
        top.addStretch(1)
        self.range_group = QButtonGroup(self)
        self.range_buttons: dict[int, QPushButton] = {}
        for days in RANGES:
            button = QPushButton(RANGE_WORDS[days])
            button.setObjectName("range")
            button.setCheckable(True)
            button.setStyleSheet(RANGE_STYLE)  # the chosen range must stand out in dark schemes too
            button.setAccessibleName(f"Show the last {RANGE_WORDS[days]}")
            self.range_group.addButton(button, days)
            self.range_buttons[days] = button
            top.addWidget(button)
        self.range_buttons[self.days].setChecked(True)
        self.range_group.idClicked.connect(self.set_range)
        page.addLayout(top)

        tiles = QHBoxLayout()
        self.today_tile = Tile("today")
        self.streak_tile = Tile("current streak")
        self.best_tile = Tile("best streak")
        self.goal_tile = Tile("days the goal was met")
        self.week_tile = Tile("minutes this week")
        for tile in (self.today_tile, self.streak_tile, self.best_tile, self.goal_tile, self.week_tile):
            tiles.addWidget(tile)
        page.addLayout(tiles)

        self.per_day = BarChart("Sessions per day")
        page.addWidget(self.per_day, 3)
        self.empty_note = QLabel()
        self.empty_note.setWordWrap(True)
        page.addWidget(self.empty_note)
        page.addWidget(section_title("Minutes per week"))
        self.per_week = BarChart("Minutes per week")
        page.addWidget(self.per_week, 2)

        page.addWidget(section_title("How your knees felt, before and after"))
        self.sentence = QLabel()
        self.sentence.setObjectName("sentence")
        self.sentence.setWordWrap(True)
        larger = QFont(self.sentence.font())
        larger.setPointSizeF(larger.pointSizeF() * 1.1)
        self.sentence.setFont(larger)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        page.addWidget(self.sentence)
        lines = QHBoxLayout()
        self.tension_chart = LineChart("Tension before and after sessions")
        self.pain_chart = LineChart("Pain before and after sessions")
        lines.addWidget(self.tension_chart)
        lines.addWidget(self.pain_chart)
        page.addLayout(lines, 2)
        self.ratings_off = QFrame()
        off = QHBoxLayout(self.ratings_off)
        off.setContentsMargins(0, 0, 0, 0)
        off.addWidget(QLabel("The quick rating before and after sessions is off."))
        self.ratings_on_button = QPushButton("Ask me again")
        self.ratings_on_button.clicked.connect(self.turn_ratings_on)
        off.addWidget(self.ratings_on_button)
        off.addStretch(1)
        page.addWidget(self.ratings_off)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        overview.setMinimumHeight(900)
        scroll.setWidget(overview)
        self.tabs.addTab(scroll, "&Overview")

        sessions = QWidget()
        table_page = QVBoxLayout(sessions)
        table_page.setContentsMargins(8, 12, 8, 8)
        head = QHBoxLayout()
        self.count_label = QLabel()
        head.addWidget(self.count_label)
        head.addStretch(1)
        self.kind_box = QComboBox()
        for label, kinds in KIND_FILTERS:
            self.kind_box.addItem(label, kinds)
        self.kind_box.setAccessibleName("Which sessions to list")
        self.kind_box.setToolTip("List every session, only the knee sessions, or only the routines")
        self.kind_box.currentIndexChanged.connect(self.set_kind_filter)
        head.addWidget(self.kind_box)
        self.delete_button = QPushButton("&Delete session")
        self.delete_button.setToolTip("Delete the selected session (Delete key); you can undo it")
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_all_button = QPushButton("Delete all data…")
        self.delete_all_button.clicked.connect(self.ask_delete_all)
        head.addWidget(self.delete_button)
        head.addWidget(self.delete_all_button)
        table_page.addLayout(head)
        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("undoBar")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_bar.setAutoFillBackground(True)
        self.undo_bar.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        undo = QHBoxLayout(self.undo_bar)
        undo.setContentsMargins(10, 6, 10, 6)
        self.undo_label = QLabel()
        self.undo_button = QPushButton("&Undo")
        self.undo_button.setToolTip("Bring the session back (Ctrl+Z)")
        self.undo_button.clicked.connect(self.undo_delete)
        undo.addWidget(self.undo_label, 1)
        undo.addWidget(self.undo_button)
        self.undo_bar.hide()
        table_page.addWidget(self.undo_bar)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAccessibleName("Sessions, newest first")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((190, 110, 70, 120, 130, 90, 90)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        split.addWidget(self.table)
        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMargin(10)
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(self.detail)
        split.addWidget(detail_scroll)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        table_page.addWidget(split, 1)
        self.tabs.addTab(sessions, "&Sessions")

        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected),
            (QKeySequence(QKeySequence.StandardKey.Undo), self.undo_delete),
            (QKeySequence(QKeySequence.StandardKey.Close), self.close),
            (QKeySequence(Qt.Key.Key_Escape), self.close),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(slot)

    # -- reading -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read what the view needs: a year of day tallies, all streak days, a year of ratings, one page."""
        sessions = self.store.sessions
        self.today = local_day(self.clock.now())
        first = min(
            self.today - timedelta(days=max(RANGES) - 1), week_start(self.today) - timedelta(weeks=51)
        )
        kinds = goal_kinds(self.settings().goal_counts_routines)  # what the daily goal counts
        self._tallies = sessions.day_tallies(first, kinds)
        self._streaks = number_streaks(sessions.done_day_numbers(kinds), self.today)
        self._rated_from = self.today - timedelta(days=self.days - 1)
        self._rated = sessions.rated_sessions(self._rated_from)
        self.refresh_overview()
        self.model.reload()
        total = sessions.count()
        self.count_label.setText(
            f"{plural(total, 'session')}, newest first. Ratings read tension · pain · swelling, 0 to 10."
        )
        self.delete_all_button.setEnabled(total > 0)
        self._show_detail(self.table.currentIndex())
        self.loaded = True

    def set_kind_filter(self) -> None:
        self.model.kinds = self.kind_box.currentData()
        self.model.reload()
        self._show_detail(self.table.currentIndex())

    def set_range(self, days: int) -> None:
        self.days = days
        self.range_buttons[days].setChecked(True)
        first = self.today - timedelta(days=days - 1)
        if self.loaded and first < self._rated_from:  # ratings are read for the range shown, as it grows
            self._rated_from = first
            self._rated = self.store.sessions.rated_sessions(first)
        self.refresh_overview()

    def refresh_overview(self) -> None:
        days, today = self.days, self.today
        goal = self.settings().daily_goal
        series = day_series(self._tallies, today, days)
        met = goal_days(series, goal)
        done = sum(t.done for t in series)
        early = sum(t.other for t in series)
        summary = (
            f"Sessions per day over the last {RANGE_WORDS[days]}: {done} completed"
            + (f", {early} ended early" if early else "")
            + f"; the goal of {goal} a day was met on {met} of {days} days."
        )
        self.per_day_title.setText("Sessions per day" + ("" if days <= 31 else ", each week's average"))
        if days <= 31:
            self.per_day.set_data(
                [DAYS[t.day.weekday()] if days <= 7 else str(t.day.day) for t in series],
                [(t.done, t.other) for t in series],
                [day_detail(t, goal) for t in series],
                summary=summary,
                goal=goal,
                goal_label=f"goal: {goal} a day",
                parts=("completed", "ended early"),
            )
        else:  # a bar a day would be a blur: each week's average per day, against the same goal
            weekly = span_tallies(self._tallies, buckets(today, days))
            self.per_day.set_data(
                [f"{w.start.day} {MONTHS[w.start.month - 1]}" for w in weekly],
                [(w.done_per_day, w.other_per_day) for w in weekly],
                [span_detail(w) for w in weekly],
                summary=summary + " Shown as each week's average per day.",
                goal=goal,
                goal_label=f"goal: {goal} a day",
                whole=False,
                parts=("completed", "ended early"),
            )
        self.empty_note.setText(
            "No sessions in this time yet. When you finish one, it shows here." if not done + early else ""
        )
        self.empty_note.setVisible(not done + early)

        weeks = minutes_per_week(self._tallies, today, WEEKS_SHOWN[days])
        self.per_week.set_data(
            [f"{w.start.day} {MONTHS[w.start.month - 1]}" for w in weeks],
            [(round(w.minutes, 1),) for w in weeks],
            [
                f"week of {day_words(w.start)}: {w.minutes:.0f} min in {plural(w.sessions, 'session')}"
                for w in weeks
            ],
            summary=f"Minutes per week, last {len(weeks)} weeks: {sum(w.minutes for w in weeks):.0f} in all.",
            whole=True,
        )

        today_tally = self._tallies.get(today, DayTally(today))
        self.today_tile.show_value(f"{today_tally.done} of {goal}", "sessions today")
        s = self._streaks
        self.streak_tile.show_value(
            plural(s.current, "day"),
            "current streak" + ("" if s.done_today or not s.current else ", go on today"),
        )
        self.best_tile.show_value(plural(s.best, "day"), "best streak")
        self.goal_tile.show_value(f"{met} of {days}", "days the goal was met")
        self.week_tile.show_value(f"{weeks[-1].minutes:.0f}", "minutes this week")

        first = today - timedelta(days=days - 1)
        rated = [r for r in self._rated if r.day >= first]
        changes = [rating_change(rated, m) for m in MEASURES]
        self.sentence.setText(change_sentence(changes))
        self.sentence.setAccessibleName(self.sentence.text())
        for chart, measure in ((self.tension_chart, "tension"), (self.pain_chart, "pain")):
            points = rating_trend(rated, measure, buckets(today, days))
            self._fill_trend(chart, measure, points, days)
        self.ratings_off.setVisible(not self.settings().ask_ratings)

    def _fill_trend(self, chart: LineChart, measure: str, points: Sequence[TrendPoint], days: int) -> None:
        def span(p: TrendPoint) -> str:
            return day_words(p.start) if p.start == p.end else f"{day_words(p.start)} – {day_words(p.end)}"

        def value(v: float | None) -> str:
            return "–" if v is None else f"{v:.1f}"

        details = [
            f"{span(p)}: {measure} before {value(p.before)}, after {value(p.after)}"
            + (f" ({plural(p.count, 'session')})" if p.count else "")
            for p in points
        ]
        labels = [
            (DAYS[p.start.weekday()] if days <= 7 else str(p.start.day))
            if days <= 31
            else f"{p.start.day} {MONTHS[p.start.month - 1]}"
            for p in points
        ]
        change = rating_change([r for r in self._rated if r.day >= points[0].start], measure)
        summary = (
            f"{measure.capitalize()} rating, 0 to 10, mean before and after sessions,"
            f" last {RANGE_WORDS[days]}."
        )
        if change is not None:
            summary += f" Overall {change.mean_before:.1f} before, {change.mean_after:.1f} after."
        chart.set_data(
            labels,
            [[p.before for p in points], [p.after for p in points]],
            [f"{measure} before", f"{measure} after"],
            details,
            summary,
        )

    def _show_detail(self, index: QModelIndex) -> None:
        if not index.isValid() or index.row() >= self.model.rowCount():
            self.detail.setText("Choose a session to see its details.")
            self.delete_button.setEnabled(False)
            return
        line = self.model.line(index.row())
        self.delete_button.setEnabled(line.session.status != "in_progress")
        record = load_record(self.store.conn, line.session.id)
        self.detail.setText(self.describe(record) if record else "")

    def describe(self, r: SessionRecord) -> str:
        start = r.started_at
        end = f"–{r.ended_at:%H:%M}" if r.ended_at else ""
        lines = [
            f"{day_words(start.date(), year=True)}, {start:%H:%M}{end} ({r.zone})",
            f"{self.model.names.get(r.program, r.program)}, {KNEE_WORDS.get(r.knees, r.knees).lower()}"
            f" {'knees' if r.knees == 'both' else 'knee'} · {duration_words(r.done_seconds)} of"
            f" {duration_words(r.planned_seconds)} · {STATUS_WORDS.get(r.status, r.status)}",
        ]
        skipped = sum(1 for p in r.phases if p.status == "skipped")
        steps = f"Steps: {r.phases_done} of {r.phase_count} done"
        lines.append(steps + (f", {skipped} skipped" if skipped else ""))
        for e in r.safety_events:
            knee = f", {e.knee} knee" if e.knee else ""
            lines.append(
                f"Reported {e.kind} at {mmss(e.session_seconds)}, during"
                f" {STEP_WORDS.get(e.step_kind, e.step_kind)}{knee}"
            )
        for moment, rating in (("Before", r.before), ("After", r.after)):
            if rating is None:
                continue
            given = [f"{m} {rating.value(m)}" for m in MEASURES if rating.value(m) is not None]
            text = f"{moment}: {', '.join(given) if given else 'no numbers'}"
            if rating.note:
                text += f" — “{rating.note}”"
            lines.append(text)
        return "\n".join(lines)

    # -- deleting ------------------------------------------------------------------------------

    def delete_selected(self) -> None:
        if self.tabs.currentIndex() != 1:
            return
        index = self.table.currentIndex()
        if not index.isValid():
            return
        line = self.model.line(index.row())
        record = load_record(self.store.conn, line.session.id)
        if record is None or not self.store.sessions.delete(line.session.id):
            return
        self._undo = record
        self.undo_label.setText(
            f"Deleted the session of {day_words(record.started_at.date())}, {record.started_at:%H:%M}."
        )
        self.undo_bar.show()
        row = index.row()
        self.reload()
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    def undo_delete(self) -> None:
        record, self._undo = self._undo, None
        if record is None:
            return
        try:
            with transaction(self.store.conn):
                insert_record(self.store.conn, record)
        except sqlite3.Error as e:  # e.g. the same session was imported again meanwhile
            log.warning("could not undo the delete: %s", e)
        self.undo_bar.hide()
        self.reload()

    def ask_delete_all(self) -> None:
        dialog = DeleteAllDialog(self)
        dialog.setObjectName("deleteAll")
        dialog.accepted.connect(self.delete_all)
        dialog.open()

    def delete_all(self) -> None:
        count = self.store.delete_all()
        self._undo = None
        self.undo_bar.hide()
        self.reload()
        self.undo_label.setText(f"Deleted all data ({plural(count, 'session')}).")

    def turn_ratings_on(self) -> None:
        self.change_settings(self.settings().with_changes(ask_ratings=True))
        self.ratings_off.hide()

    # -- events --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.loaded:
            QTimer.singleShot(0, self.reload)  # the window first, then the data

    def closeEvent(self, event: QCloseEvent) -> None:
        self._undo = None
        self.undo_bar.hide()
        super().closeEvent(event)


class History(QObject):
    """What the main window's menu and the tray call: show the history, export, import."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        program_names: Mapping[str, str],
        settings: Callable[[], Settings],
        change_settings: Callable[[Settings], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.program_names = program_names
        self.settings = settings
        self.change_settings = change_settings
        self.parent_widget = parent
        self.window: HistoryWindow | None = None
        self.tell: Callable[[str, str], object] = self._message_box  # (title, text); tests replace it

    @Slot()
    def show(self) -> None:
        """Open (or raise) the history window; it is built the first time it is asked for."""
        if self.window is None:
            self.window = HistoryWindow(
                self.store,
                self.clock,
                self.program_names,
                self.settings,
                self.change_settings,
                self.parent_widget,
            )
        else:
            self.window.loaded = False
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    @Slot()
    def refresh(self) -> None:
        """Something changed (a session ended, an import): re-read now if shown, else when next shown."""
        if self.window is None:
            return
        if self.window.isVisible():
            self.window.reload()
        else:
            self.window.loaded = False

    @Slot()
    def export_dialog(self) -> None:
        name = f"kneecare-history-{local_day(self.clock.now()).isoformat()}.json"
        path, chosen = QFileDialog.getSaveFileName(
            self.parent_widget, "Export history", str(Path.home() / name), "JSON (*.json);;CSV (*.csv)"
        )
        if path:
            fmt = "csv" if path.lower().endswith(".csv") or chosen.startswith("CSV") else "json"
            self.tell("Export", self.export_to(Path(path), fmt))

    def export_to(self, path: Path, fmt: str) -> str:
        try:
            count = export_file(self.store.conn, fmt, path)
        except OSError as e:
            return f"The history could not be written to {path}: {e.strerror or e}."
        return f"Exported {plural(count, 'session')} to {path}."

    @Slot()
    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget, "Import history", str(Path.home()), "KneeCare JSON export (*.json)"
        )
        if path:
            self.tell("Import", self.import_from(Path(path)))

    def import_from(self, path: Path) -> str:
        try:
            records = parse_json(path.read_text(encoding="utf-8"))
        except OSError as e:
            return f"{path} could not be read: {e.strerror or e}."
        except UnicodeDecodeError:
            return f"{path} is not a text file; nothing was imported."
        except ImportProblem as e:
            return f"{path.name} was not imported, and nothing changed: {e}."
        result = import_records(self.store.conn, records)
        self.refresh()
        return result.words()

    def _message_box(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.parent_widget
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
