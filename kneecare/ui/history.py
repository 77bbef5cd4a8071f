"""The history window: sessions per day against the daily goal, streaks, minutes per week, ratings before
and after, and the table of sessions (delete one with undo, or everything after typing DELETE); plus the
File > Export / Import actions. It reads the store when shown, never at start-up. Its words go
through Qt's translations (context "history"; import messages "exchange"), dates and numbers via QLocale."""

from __future__ import annotations

import functools
import inspect
import logging
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
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
    RatingChange,
    SpanTally,
    Streaks,
    TrendPoint,
    buckets,
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
from kneecare.core.words import fill
from kneecare.i18n import QT_TRANSLATE_NOOP
from kneecare.settings import Settings
from kneecare.store.db import transaction
from kneecare.store.exchange import ImportProblem, export_file, import_records, read_import_file
from kneecare.store.records import SessionRecord, insert_record, load_record
from kneecare.store.sessions import SessionLine, SessionRepository
from kneecare.store.store import Store
from kneecare.ui.text import duration_words, mmss
from kneecare.ui.widgets.charts import BarChart, LineChart

log = logging.getLogger(__name__)

_Method = TypeVar("_Method", bound=Callable[..., Any])


def store_boundary(method: _Method) -> _Method:
    """A database error out of `method` becomes a message, not a traceback: `self.store_trouble(error)`
    says what happened (a lock, a read-only history, or damage, which the store repairs first). Like a
    plain slot, it takes only as many of a signal's arguments as `method` has parameters."""
    arity = len(inspect.signature(method).parameters) - 1  # without self

    @functools.wraps(method)
    def guarded(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args[:arity], **kwargs)
        except sqlite3.DatabaseError as e:
            log.error("the history could not be read or written: %s", e)
            return self.store_trouble(e)

    return cast(_Method, guarded)


def trouble_text() -> str:
    return translate(
        "history",
        "KneeCare had a problem with your history just now. The details say what happened and what "
        "KneeCare did about it.",
    )


def translate(context: str, text: str) -> str:
    """`text` in the person's language. pyside6-lupdate reads these calls (this file's context is
    "history"); marked tables below are translated where they are shown."""
    return QCoreApplication.translate(context, text) if text else text


def _t(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("history", ...), in the person's language."""
    return translate("history", text)


def decimal(value: float, places: int = 1) -> str:
    """A number as the person's locale writes it (2.5 in English, 2,5 in German)."""
    return QLocale().toString(float(value), "f", places)


def say_import(text: str) -> str:
    """An import message of kneecare.store.exchange (marked under "exchange") in the person's language."""
    return QCoreApplication.translate("exchange", text)


RANGE_WORDS = {
    7: QT_TRANSLATE_NOOP("history", "7 days"),
    30: QT_TRANSLATE_NOOP("history", "30 days"),
    90: QT_TRANSLATE_NOOP("history", "90 days"),
    365: QT_TRANSLATE_NOOP("history", "1 year"),
}
WEEKS_SHOWN = {7: 8, 30: 8, 90: 13, 365: 52}
STATUS_WORDS = {
    "completed": QT_TRANSLATE_NOOP("history", "Completed"),
    "stopped": QT_TRANSLATE_NOOP("history", "Stopped early"),
    "safety_stopped": QT_TRANSLATE_NOOP("history", "Ended for safety"),
    "interrupted": QT_TRANSLATE_NOOP("history", "Interrupted"),
    #: A session gone through to its end with a pressing, moving or exercise step skipped (not done).
    "skipped": QT_TRANSLATE_NOOP("history", "Steps skipped"),
    "in_progress": QT_TRANSLATE_NOOP("history", "In progress"),
}
#: The Knees column of the sessions table.
KNEE_WORDS = {
    "left": QT_TRANSLATE_NOOP("history", "Left"),
    "right": QT_TRANSLATE_NOOP("history", "Right"),
    "both": QT_TRANSLATE_NOOP("history", "Both"),
}
KNEE_PHRASES = {
    "left": QT_TRANSLATE_NOOP("history", "left knee"),
    "right": QT_TRANSLATE_NOOP("history", "right knee"),
    "both": QT_TRANSLATE_NOOP("history", "both knees"),
}
#: What the person was doing: fills %3 of "Reported %1 at %2, during %3" (with the preposition needed).
STEP_WORDS = {
    "position": QT_TRANSLATE_NOOP("history", "settling in"),
    "warm_up": QT_TRANSLATE_NOOP("history", "warming up"),
    "locate": QT_TRANSLATE_NOOP("history", "finding the hollow"),
    "pressure": QT_TRANSLATE_NOOP("history", "pressing"),
    "movement": QT_TRANSLATE_NOOP("history", "the movement"),
    "hold": QT_TRANSLATE_NOOP("history", "a hold"),
    "finish": QT_TRANSLATE_NOOP("history", "the finish"),
    "reps": QT_TRANSLATE_NOOP("history", "the repetitions"),
    "stretch": QT_TRANSLATE_NOOP("history", "a stretch"),
    "timer": QT_TRANSLATE_NOOP("history", "a rest"),
    "intervals": QT_TRANSLATE_NOOP("history", "the intervals"),
}
DISCOMFORT_WORDS = {
    "pain": QT_TRANSLATE_NOOP("history", "pain"),
    "numbness": QT_TRANSLATE_NOOP("history", "numbness"),
    "tingling": QT_TRANSLATE_NOOP("history", "tingling"),
}
MEASURE_WORDS = {
    "tension": QT_TRANSLATE_NOOP("history", "tension"),
    "pain": QT_TRANSLATE_NOOP("history", "pain"),
    "swelling": QT_TRANSLATE_NOOP("history", "swelling"),
}
#: The word the person types to delete everything (in capitals).
CONFIRM_WORD = QT_TRANSLATE_NOOP("history", "DELETE")
RANGE_STYLE = (
    "QPushButton { border: 1px solid palette(mid); border-radius: 4px; padding: 4px 14px; }"
    "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text); }"
)


def word(table: Mapping[str, str], key: str) -> str:
    """A marked word of `table` in the person's language; a key it does not know, as stored."""
    return _t(table[key]) if key in table else key


def measure_word(measure: str) -> str:
    return word(MEASURE_WORDS, measure)


def weekday(day: date) -> str:
    """The short weekday name in the person's language, from QLocale ("Thu", "Do")."""
    return QLocale().standaloneDayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def _date(day: date, form: str) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


def day_words(day: date, year: bool = False) -> str:
    """A day with its weekday and month in the person's language ("Thu 26 Nov", "Do., 26. Nov.")."""
    if year:
        #: A Qt date format (ddd: short weekday, d: day, MMM: short month, yyyy: year); write it as your
        #: language does.
        return _date(day, translate("history", "ddd d MMM yyyy"))
    #: A Qt date format (ddd: short weekday, d: day, MMM: short month); write it as your language does.
    return _date(day, translate("history", "ddd d MMM"))


def month_day(day: date) -> str:
    """A day and its short month, under a bar of the long ranges ("26 Nov")."""
    #: A Qt date format under the chart's weekly bars (d: day, MMM: short month).
    return _date(day, translate("history", "d MMM"))


def sessions_words(n: int) -> str:
    """Counted sessions: "1 session", "3 sessions"."""
    return fill(translate("history", "%1 session") if n == 1 else translate("history", "%1 sessions"), n)


def days_words(n: int) -> str:
    """A streak's length: "1 day", "3 days"."""
    return fill(translate("history", "%1 day") if n == 1 else translate("history", "%1 days"), n)


def day_detail(tally: DayTally, goal: int) -> str:
    day = day_words(tally.day)
    if not tally.sessions:
        return fill(translate("history", "%1: no sessions"), day)
    text = fill(
        translate("history", "%1: %2 session completed")
        if tally.done == 1
        else translate("history", "%1: %2 sessions completed"),
        day,
        tally.done,
    )
    if tally.other:
        text += fill(translate("history", ", %1 ended early"), tally.other)
    return text + (translate("history", " (goal met)") if tally.done >= goal else "")


def span_detail(span: SpanTally) -> str:
    first = day_words(span.start)
    when = (
        fill(translate("history", "week of %1"), first)
        if span.days == 7
        else f"{first} – {day_words(span.end)}"
    )
    per_day = decimal(span.done_per_day)
    if span.other:
        template = (
            translate("history", "%1: %2 completed a day (%3 in %4 day, %5 ended early)")
            if span.days == 1
            else translate("history", "%1: %2 completed a day (%3 in %4 days, %5 ended early)")
        )
        return fill(template, when, per_day, span.done, span.days, span.other)
    template = (
        translate("history", "%1: %2 completed a day (%3 in %4 day)")
        if span.days == 1
        else translate("history", "%1: %2 completed a day (%3 in %4 days)")
    )
    return fill(template, when, per_day, span.done, span.days)


def rating_words(rating: Rating | None) -> str:
    if rating is None:
        return ""
    return " · ".join("–" if rating.value(m) is None else str(rating.value(m)) for m in MEASURES)


def change_sentence(changes: Sequence[RatingChange | None]) -> str:
    """The average change in words: 'On average your tension rating dropped 2.1 points after a session'.

    Rounded to one decimal, as shown; a change under 0.05 points is 'stayed about the same'.
    """
    known = [c for c in changes if c is not None]
    if not known:
        return translate(
            "history", "Rate how your knees feel before and after a session to see here how they compare."
        )
    parts: list[str] = []
    for i, change in enumerate(known):
        rounded = round(change.mean_change, 1)
        first = i == 0
        if rounded < 0:
            template = (
                translate("history", "your %1 rating dropped %2 points after a session")
                if first
                else translate("history", "your %1 rating dropped %2 points")
            )
        elif rounded > 0:
            template = (
                translate("history", "your %1 rating rose %2 points after a session")
                if first
                else translate("history", "your %1 rating rose %2 points")
            )
        else:
            template = (
                translate("history", "your %1 rating stayed about the same after a session")
                if first
                else translate("history", "your %1 rating stayed about the same")
            )
        parts.append(fill(template, measure_word(change.measure), decimal(abs(rounded))))
    body = parts[0]
    if len(parts) > 1:
        #: Joins the measures: "A, B and C".
        body = fill(translate("history", "%1 and %2"), ", ".join(parts[:-1]), parts[-1])
    count = max(c.count for c in known)
    template = (
        translate("history", "On average %1 (%2 session rated before and after).")
        if count == 1
        else translate("history", "On average %1 (%2 sessions rated before and after).")
    )
    return fill(template, body, count)


# -- the table ---------------------------------------------------------------------------------


KIND_FILTERS: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    (QT_TRANSLATE_NOOP("history", "All sessions"), None),
    (QT_TRANSLATE_NOOP("history", "Knee sessions"), ("knee",)),
    (QT_TRANSLATE_NOOP("history", "Routines"), ("routine",)),
)


class SessionTableModel(QAbstractTableModel):
    """Sessions newest first, read a page at a time as the table scrolls (100,000 rows stay cheap)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("history", "When"),
        QT_TRANSLATE_NOOP("history", "Program"),
        QT_TRANSLATE_NOOP("history", "Knees"),
        QT_TRANSLATE_NOOP("history", "Time done"),
        QT_TRANSLATE_NOOP("history", "How it ended"),
        QT_TRANSLATE_NOOP("history", "Before"),
        QT_TRANSLATE_NOOP("history", "After"),
        QT_TRANSLATE_NOOP("history", "Safety"),
    )
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
        lines = self.sessions.lines(self.PAGE, kinds=self.kinds)  # first: an error leaves the model whole
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
                return word(KNEE_WORDS, s.knees)
            if column == 3:
                return fill(translate("history", "%1 of %2"), mmss(s.done_seconds), mmss(s.planned_seconds))
            if column == 4:
                return word(STATUS_WORDS, s.status)
            if column == 5:
                return rating_words(line.before)
            if column == 6:
                return rating_words(line.after)
            if column == 7:
                n = line.safety_count
                if not n:
                    return ""
                return fill(
                    translate("history", "%1 report") if n == 1 else translate("history", "%1 reports"), n
                )
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
        self.setWindowTitle(fill(translate("history", "History · %1"), APP_NAME))
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
        self.trouble_shown: list[str] = []  # the details of each store problem told (tests read it)
        self._retrying = False
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
        self.per_day_title = section_title(translate("history", "Sessions per day"))
        top.addWidget(self.per_day_title)
        top.addStretch(1)
        self.range_group = QButtonGroup(self)
        self.range_buttons: dict[int, QPushButton] = {}
        for days in RANGES:
            button = QPushButton(_t(RANGE_WORDS[days]))
            button.setObjectName("range")
            button.setCheckable(True)
            button.setStyleSheet(RANGE_STYLE)  # the chosen range must stand out in dark schemes too
            button.setAccessibleName(fill(translate("history", "Show the last %1"), _t(RANGE_WORDS[days])))
            self.range_group.addButton(button, days)
            self.range_buttons[days] = button
            top.addWidget(button)
        self.range_buttons[self.days].setChecked(True)
        self.range_group.idClicked.connect(self.set_range)
        page.addLayout(top)

        tiles = QHBoxLayout()
        self.today_tile = Tile(translate("history", "sessions today"))
        self.streak_tile = Tile(translate("history", "current streak"))
        self.best_tile = Tile(translate("history", "best streak"))
        self.goal_tile = Tile(translate("history", "days the goal was met"))
        self.week_tile = Tile(translate("history", "minutes this week"))
        for tile in (self.today_tile, self.streak_tile, self.best_tile, self.goal_tile, self.week_tile):
            tiles.addWidget(tile)
        page.addLayout(tiles)

        self.per_day = BarChart(translate("history", "Sessions per day"))
        page.addWidget(self.per_day, 3)
        self.empty_note = QLabel()
        self.empty_note.setWordWrap(True)
        page.addWidget(self.empty_note)
        page.addWidget(section_title(translate("history", "Minutes per week")))
        self.per_week = BarChart(translate("history", "Minutes per week"))
        page.addWidget(self.per_week, 2)

        page.addWidget(section_title(translate("history", "How your knees felt, before and after")))
        self.sentence = QLabel()
        self.sentence.setObjectName("sentence")
        self.sentence.setWordWrap(True)
        larger = QFont(self.sentence.font())
        larger.setPointSizeF(larger.pointSizeF() * 1.1)
        self.sentence.setFont(larger)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        page.addWidget(self.sentence)
        lines = QHBoxLayout()
        self.tension_chart = LineChart(translate("history", "Tension before and after sessions"))
        self.pain_chart = LineChart(translate("history", "Pain before and after sessions"))
        lines.addWidget(self.tension_chart)
        lines.addWidget(self.pain_chart)
        page.addLayout(lines, 2)
        self.ratings_off = QFrame()
        off = QHBoxLayout(self.ratings_off)
        off.setContentsMargins(0, 0, 0, 0)
        off.addWidget(QLabel(translate("history", "The quick rating before and after sessions is off.")))
        self.ratings_on_button = QPushButton(translate("history", "Ask me again"))
        self.ratings_on_button.clicked.connect(self.turn_ratings_on)
        off.addWidget(self.ratings_on_button)
        off.addStretch(1)
        page.addWidget(self.ratings_off)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        overview.setMinimumHeight(900)
        scroll.setWidget(overview)
        self.tabs.addTab(scroll, translate("history", "&Overview"))

        sessions = QWidget()
        table_page = QVBoxLayout(sessions)
        table_page.setContentsMargins(8, 12, 8, 8)
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
        table_page.addLayout(head)
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
        self.table.setAccessibleName(translate("history", "Sessions, newest first"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((190, 110, 70, 120, 160, 90, 90)):
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
        self.tabs.addTab(sessions, translate("history", "&Sessions"))

        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected),
            (QKeySequence(QKeySequence.StandardKey.Undo), self.undo_delete),
            (QKeySequence(QKeySequence.StandardKey.Close), self.close),
            (QKeySequence(Qt.Key.Key_Escape), self.close),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(slot)

    # -- reading -------------------------------------------------------------------------------

    def store_trouble(self, error: sqlite3.DatabaseError) -> None:
        """Tell the person (the store repairs a damaged file first), then read the history again once."""
        details = self.store.trouble(error, self.clock.now())
        box = QMessageBox(
            QMessageBox.Icon.Warning, APP_NAME, trouble_text(), QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("historyTrouble")
        box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.trouble_shown.append(details)
        if not self._retrying:
            self._retrying = True
            try:
                self.reload()
            finally:
                self._retrying = False

    @store_boundary
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
            fill(
                translate(
                    "history", "%1 session, newest first. Ratings read tension · pain · swelling, 0 to 10."
                )
                if total == 1
                else translate(
                    "history", "%1 sessions, newest first. Ratings read tension · pain · swelling, 0 to 10."
                ),
                total,
            )
        )
        self.delete_all_button.setEnabled(total > 0)
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
        span = _t(RANGE_WORDS[days])
        if early:
            summary = fill(
                translate(
                    "history",
                    "Sessions per day over the last %1: %2 completed, %3 ended early; the goal of %4 a day"
                    " was met on %5 of %6 days.",
                ),
                span,
                done,
                early,
                goal,
                met,
                days,
            )
        else:
            summary = fill(
                translate(
                    "history",
                    "Sessions per day over the last %1: %2 completed; the goal of %3 a day was met on %4 of"
                    " %5 days.",
                ),
                span,
                done,
                goal,
                met,
                days,
            )
        self.per_day_title.setText(
            translate("history", "Sessions per day")
            if days <= 31
            else translate("history", "Sessions per day, each week's average")
        )
        goal_label = fill(translate("history", "goal: %1 a day"), goal)
        parts = (translate("history", "completed"), translate("history", "ended early"))
        if days <= 31:
            self.per_day.set_data(
                [weekday(t.day) if days <= 7 else str(t.day.day) for t in series],
                [(t.done, t.other) for t in series],
                [day_detail(t, goal) for t in series],
                summary=summary,
                goal=goal,
                goal_label=goal_label,
                parts=parts,
            )
        else:  # a bar a day would be a blur: each week's average per day, against the same goal
            weekly = span_tallies(self._tallies, buckets(today, days))
            self.per_day.set_data(
                [month_day(w.start) for w in weekly],
                [(w.done_per_day, w.other_per_day) for w in weekly],
                [span_detail(w) for w in weekly],
                summary=summary + translate("history", " Shown as each week's average per day."),
                goal=goal,
                goal_label=goal_label,
                whole=False,
                parts=parts,
            )
        self.empty_note.setText(
            translate("history", "No sessions in this time yet. When you finish one, it shows here.")
            if not done + early
            else ""
        )
        self.empty_note.setVisible(not done + early)

        weeks = minutes_per_week(self._tallies, today, WEEKS_SHOWN[days])
        self.per_week.set_data(
            [month_day(w.start) for w in weeks],
            [(round(w.minutes, 1),) for w in weeks],
            [
                fill(
                    translate("history", "week of %1: %2 min in %3 session")
                    if w.sessions == 1
                    else translate("history", "week of %1: %2 min in %3 sessions"),
                    day_words(w.start),
                    f"{w.minutes:.0f}",
                    w.sessions,
                )
                for w in weeks
            ],
            summary=fill(
                translate("history", "Minutes per week, last %1 weeks: %2 in all."),
                len(weeks),
                f"{sum(w.minutes for w in weeks):.0f}",
            ),
            whole=True,
        )

        today_tally = self._tallies.get(today, DayTally(today))
        of = translate("history", "%1 of %2")
        self.today_tile.show_value(fill(of, today_tally.done, goal), translate("history", "sessions today"))
        s = self._streaks
        self.streak_tile.show_value(
            days_words(s.current),
            translate("history", "current streak")
            if s.done_today or not s.current
            else translate("history", "current streak, go on today"),
        )
        self.best_tile.show_value(days_words(s.best), translate("history", "best streak"))
        self.goal_tile.show_value(fill(of, met, days), translate("history", "days the goal was met"))
        self.week_tile.show_value(f"{weeks[-1].minutes:.0f}", translate("history", "minutes this week"))

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
            return "–" if v is None else decimal(v)

        name = measure_word(measure)
        #: %1 the day (or days), %2 the measure (tension, pain), %3 and %4 the mean ratings.
        template = translate("history", "%1: %2 before %3, after %4")
        details = [
            fill(template, span(p), name, value(p.before), value(p.after))
            + (f" ({sessions_words(p.count)})" if p.count else "")
            for p in points
        ]
        labels = [
            (weekday(p.start) if days <= 7 else str(p.start.day)) if days <= 31 else month_day(p.start)
            for p in points
        ]
        change = rating_change([r for r in self._rated if r.day >= points[0].start], measure)
        summary = fill(
            translate("history", "%1 rating, 0 to 10, mean before and after sessions, last %2."),
            name[:1].upper() + name[1:],
            _t(RANGE_WORDS[days]),
        )
        if change is not None:
            summary += fill(
                translate("history", " Overall %1 before, %2 after."),
                decimal(change.mean_before),
                decimal(change.mean_after),
            )
        chart.set_data(
            labels,
            [[p.before for p in points], [p.after for p in points]],
            [fill(translate("history", "%1 before"), name), fill(translate("history", "%1 after"), name)],
            details,
            summary,
        )

    @store_boundary
    def _show_detail(self, index: QModelIndex) -> None:
        if not index.isValid() or index.row() >= self.model.rowCount():
            self.detail.setText(translate("history", "Choose a session to see its details."))
            self.delete_button.setEnabled(False)
            return
        line = self.model.line(index.row())
        self.delete_button.setEnabled(line.session.status != "in_progress")
        record = load_record(self.store.conn, line.session.id)
        self.detail.setText(self.describe(record) if record else "")

    def describe(self, r: SessionRecord) -> str:
        start = r.started_at
        end = f"–{r.ended_at:%H:%M}" if r.ended_at else ""
        of = translate("history", "%1 of %2")
        lines = [
            f"{day_words(start.date(), year=True)}, {start:%H:%M}{end} ({r.zone})",
            f"{self.model.names.get(r.program, r.program)}, {word(KNEE_PHRASES, r.knees)}"
            f" · {fill(of, duration_words(r.done_seconds), duration_words(r.planned_seconds))}"
            f" · {word(STATUS_WORDS, r.status)}",
        ]
        skipped = sum(1 for p in r.phases if p.status == "skipped")
        steps = fill(translate("history", "Steps: %1 of %2 done"), r.phases_done, r.phase_count)
        lines.append(steps + (fill(translate("history", ", %1 skipped"), skipped) if skipped else ""))
        for e in r.safety_events:
            knee = f", {word(KNEE_PHRASES, e.knee)}" if e.knee else ""
            #: %1 what was felt (pain, numbness, tingling), %2 the time into the session, %3 the step (one of
            #: "settling in", "pressing", ...).
            reported = translate("history", "Reported %1 at %2, during %3")
            lines.append(
                fill(
                    reported,
                    word(DISCOMFORT_WORDS, e.kind),
                    mmss(e.session_seconds),
                    word(STEP_WORDS, e.step_kind),
                )
                + knee
            )
        before, after = (_t(SessionTableModel.COLUMNS[c]) for c in (5, 6))
        for moment, rating in ((before, r.before), (after, r.after)):
            if rating is None:
                continue
            given = [f"{measure_word(m)} {rating.value(m)}" for m in MEASURES if rating.value(m) is not None]
            values = ", ".join(given) if given else translate("history", "no numbers")
            text = f"{moment}: {values}"
            if rating.note:
                text += fill(translate("history", " — “%1”"), rating.note)
            lines.append(text)
        return "\n".join(lines)

    # -- deleting ------------------------------------------------------------------------------

    @store_boundary
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
            fill(
                translate("history", "Deleted the session of %1, %2."),
                day_words(record.started_at.date()),
                f"{record.started_at:%H:%M}",
            )
        )
        self.undo_bar.show()
        row = index.row()
        self.reload()
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    @store_boundary
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

    @store_boundary
    def delete_all(self) -> None:
        count = self.store.delete_all()
        self._undo = None
        self.undo_bar.hide()
        self.reload()
        self.undo_label.setText(
            fill(
                translate("history", "Deleted all data (%1 session).")
                if count == 1
                else translate("history", "Deleted all data (%1 sessions)."),
                count,
            )
        )

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
            self.parent_widget,
            translate("history", "Export history"),
            str(Path.home() / name),
            "JSON (*.json);;CSV (*.csv)",
        )
        if path:
            fmt = "csv" if path.lower().endswith(".csv") or chosen.startswith("CSV") else "json"
            #: The title of the message after an export.
            self.tell(translate("history", "Export"), self.export_to(Path(path), fmt))

    def store_trouble(self, error: sqlite3.DatabaseError) -> str:
        """What an export or import says when the database failed under it (see `HistoryWindow`)."""
        details = self.store.trouble(error, self.clock.now())
        self.refresh()
        return f"{trouble_text()}\n\n{details}"

    @store_boundary
    def export_to(self, path: Path, fmt: str) -> str:
        try:
            count = export_file(self.store.conn, fmt, path)
        except OSError as e:
            return fill(
                translate("history", "The history could not be written to %1: %2."), path, e.strerror or e
            )
        return fill(
            translate("history", "Exported %1 session to %2.")
            if count == 1
            else translate("history", "Exported %1 sessions to %2."),
            count,
            path,
        )

    @Slot()
    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            translate("history", "Import history"),
            str(Path.home()),
            translate("history", "KneeCare JSON export (*.json)"),
        )
        if path:
            #: The title of the message after an import.
            self.tell(translate("history", "Import"), self.import_from(Path(path)))

    @store_boundary
    def import_from(self, path: Path) -> str:
        try:
            records = read_import_file(path)
        except OSError as e:
            return fill(translate("history", "%1 could not be read: %2."), path, e.strerror or e)
        except UnicodeDecodeError:
            return fill(translate("history", "%1 is not a text file; nothing was imported."), path)
        except ImportProblem as e:
            return fill(
                translate("history", "%1 was not imported, and nothing changed: %2."),
                path.name,
                e.words.say(say_import),
            )
        result = import_records(self.store.conn, records)
        self.refresh()
        return result.words(say_import)

    def _message_box(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.parent_widget
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
