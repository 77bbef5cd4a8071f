"""The history's overview page: the range buttons, today's tiles, sessions per day against the goal,
minutes per week, how the ratings before and after compare (a chart and a sentence), and what seems to
help you (a line per program or time of day with enough rated sessions)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import field
from datetime import date

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kneecare.core.lazy_dataclass import dataclass
from kneecare.core.report import LoggedSession, findings, more_needed
from kneecare.core.stats import (
    MEASURES,
    RANGES,
    DayTally,
    RangeShape,
    RatedSession,
    Streaks,
    buckets,
    day_series,
    goal_days,
    minutes_per_week,
    range_shape,
    rating_change,
    rating_trend,
    span_tallies,
)
from kneecare.core.words import fill
from kneecare.ui.helps_words import ShownWords, about_words, finding_words, more_words
from kneecare.ui.history.words import (
    RANGE_WORDS,
    _t,
    bar_label,
    change_sentence,
    day_detail,
    days_words,
    decimal,
    first_weekday,
    measure_word,
    month_day,
    per_day_summary,
    span_detail,
    translate,
    trend_detail,
    trend_summary,
    week_detail,
    weeks_summary,
)
from kneecare.ui.widgets.charts import BarChart, LineChart

RANGE_STYLE = (
    "QPushButton { border: 1px solid palette(mid); border-radius: 4px; padding: 4px 14px; }"
    "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text); }"
)


@dataclass(frozen=True)
class Figures:
    """What the overview draws, as read from the history (see `HistoryService.overview`)."""

    today: date
    tallies: dict[date, DayTally]
    streaks: Streaks
    rated: Sequence[RatedSession]
    goal: int
    ratings_on: bool
    logged: Sequence[LoggedSession] = ()  # the sessions "what seems to help you" reads, oldest first
    names: Mapping[str, str] = field(default_factory=dict)  # a program's shown name by its id


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


class OverviewPage(QWidget):
    """The overview tab. `rangeChosen(days)` when a range button is clicked; `ratingsOnRequested` when
    the person asks for the ratings again; `show_figures` draws (no reading of its own)."""

    rangeChosen = Signal(int)
    ratingsOnRequested = Signal()

    def __init__(self, days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        page = QVBoxLayout(self)
        page.setContentsMargins(8, 12, 8, 12)
        page.setSpacing(14)
        page.addLayout(self._range_row(days))
        page.addLayout(self._tiles())
        self.per_day = BarChart(translate("history", "Sessions per day"))
        page.addWidget(self.per_day, 3)
        self.empty_note = QLabel()
        self.empty_note.setWordWrap(True)
        page.addWidget(self.empty_note)
        page.addWidget(section_title(translate("history", "Minutes per week")))
        self.per_week = BarChart(translate("history", "Minutes per week"))
        page.addWidget(self.per_week, 2)
        page.addWidget(section_title(translate("history", "How your knees felt, before and after")))
        self._ratings_part(page)
        self._helps_part(page)
        self.setMinimumHeight(900)

    def _range_row(self, days: int) -> QHBoxLayout:
        top = QHBoxLayout()
        self.per_day_title = section_title(translate("history", "Sessions per day"))
        top.addWidget(self.per_day_title)
        top.addStretch(1)
        self.range_group = QButtonGroup(self)
        self.range_buttons: dict[int, QPushButton] = {}
        for length in RANGES:
            button = QPushButton(_t(RANGE_WORDS[length]))
            button.setObjectName("range")
            button.setCheckable(True)
            button.setStyleSheet(RANGE_STYLE)  # the chosen range must stand out in dark schemes too
            button.setAccessibleName(fill(translate("history", "Show the last %1"), _t(RANGE_WORDS[length])))
            self.range_group.addButton(button, length)
            self.range_buttons[length] = button
            top.addWidget(button)
        self.range_buttons[days].setChecked(True)
        self.range_group.idClicked.connect(self.rangeChosen)
        return top

    def _tiles(self) -> QHBoxLayout:
        tiles = QHBoxLayout()
        self.today_tile = Tile(translate("history", "sessions today"))
        self.streak_tile = Tile(translate("history", "current streak"))
        self.best_tile = Tile(translate("history", "best streak"))
        self.goal_tile = Tile(translate("history", "days the goal was met"))
        self.week_tile = Tile(translate("history", "minutes this week"))
        for tile in (self.today_tile, self.streak_tile, self.best_tile, self.goal_tile, self.week_tile):
            tiles.addWidget(tile)
        return tiles

    def _ratings_part(self, page: QVBoxLayout) -> None:
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
        self.ratings_on_button.clicked.connect(self.ratingsOnRequested)
        off.addWidget(self.ratings_on_button)
        off.addStretch(1)
        page.addWidget(self.ratings_off)

    def _helps_part(self, page: QVBoxLayout) -> None:
        """What seems to help you: a title, a line per finding (or how many more rated sessions it takes),
        and a quiet note saying what the numbers are. Plain labels: a screen reader reads their text."""
        self.helps = QFrame()
        self.helps.setObjectName("helps")
        box = QVBoxLayout(self.helps)
        box.setContentsMargins(0, 6, 0, 0)
        box.setSpacing(6)
        self.helps_title = section_title(translate("history", "What seems to help you"))
        box.addWidget(self.helps_title)
        self.helps_lines = QVBoxLayout()
        self.helps_lines.setSpacing(8)
        self.helps_labels: list[QLabel] = []
        box.addLayout(self.helps_lines)
        self.helps_note = QLabel(about_words(ShownWords()))
        self.helps_note.setObjectName("helpsNote")
        self.helps_note.setWordWrap(True)
        self.helps_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # quieter, in light and dark
        box.addWidget(self.helps_note)
        page.addWidget(self.helps)

    # -- drawing -------------------------------------------------------------------------------

    def show_figures(self, figures: Figures, days: int) -> None:
        """Draw the range of `days` ending today from `figures`."""
        shape = range_shape(days)
        self.range_buttons[days].setChecked(True)
        self._per_day(figures, shape)
        weeks = minutes_per_week(figures.tallies, figures.today, shape.weeks_shown, first_weekday())
        self.per_week.set_data(
            [month_day(w.start) for w in weeks],
            [(round(w.minutes, 1),) for w in weeks],
            [week_detail(w) for w in weeks],
            summary=weeks_summary(weeks),
            whole=True,
        )
        self._tiles_show(figures, shape, decimal(weeks[-1].minutes, 0))
        self._ratings_show(figures, shape)
        self._helps_show(figures, shape)

    def _per_day(self, figures: Figures, shape: RangeShape) -> None:
        today, goal, days = figures.today, figures.goal, shape.days
        series = day_series(figures.tallies, today, days)
        done = sum(t.done for t in series)
        early = sum(t.other for t in series)
        summary = per_day_summary(_t(RANGE_WORDS[days]), done, early, goal, goal_days(series, goal), days)
        goal_label = fill(translate("history", "goal: %1 a day"), goal)
        parts = (translate("history", "completed"), translate("history", "ended early"))
        if not shape.weekly:
            self.per_day_title.setText(translate("history", "Sessions per day"))
            self.per_day.set_data(
                [bar_label(t.day, shape.labels) for t in series],
                [(t.done, t.other) for t in series],
                [day_detail(t, goal) for t in series],
                summary=summary,
                goal=goal,
                goal_label=goal_label,
                parts=parts,
            )
        else:  # a bar a day would be a blur: each week's average per day, against the same goal
            self.per_day_title.setText(translate("history", "Sessions per day, each week's average"))
            weekly = span_tallies(figures.tallies, buckets(today, days))
            self.per_day.set_data(
                [bar_label(w.start, shape.labels) for w in weekly],
                [(w.done_per_day, w.other_per_day) for w in weekly],
                [span_detail(w) for w in weekly],
                summary=summary + translate("history", " Shown as each week's average per day."),
                goal=goal,
                goal_label=goal_label,
                whole=False,
                parts=parts,
            )
        empty = not done + early
        self.empty_note.setText(
            translate("history", "No sessions in this time yet. When you finish one, it shows here.")
            if empty
            else ""
        )
        self.empty_note.setVisible(empty)

    def _tiles_show(self, figures: Figures, shape: RangeShape, week_minutes: str) -> None:
        today, goal = figures.today, figures.goal
        today_tally = figures.tallies.get(today, DayTally(today))
        met = goal_days(day_series(figures.tallies, today, shape.days), goal)
        of = translate("history", "%1 of %2")
        self.today_tile.show_value(fill(of, today_tally.done, goal), translate("history", "sessions today"))
        s = figures.streaks
        self.streak_tile.show_value(
            days_words(s.current),
            translate("history", "current streak")
            if s.done_today or not s.current
            else translate("history", "current streak, go on today"),
        )
        self.best_tile.show_value(days_words(s.best), translate("history", "best streak"))
        self.goal_tile.show_value(fill(of, met, shape.days), translate("history", "days the goal was met"))
        self.week_tile.show_value(week_minutes, translate("history", "minutes this week"))

    def _ratings_show(self, figures: Figures, shape: RangeShape) -> None:
        rated = [r for r in figures.rated if r.day >= shape.start(figures.today)]
        self.sentence.setText(change_sentence([rating_change(rated, m) for m in MEASURES]))
        self.sentence.setAccessibleName(self.sentence.text())
        for chart, measure in ((self.tension_chart, "tension"), (self.pain_chart, "pain")):
            self._fill_trend(chart, measure, figures.rated, figures.today, shape)
        self.ratings_off.setVisible(not figures.ratings_on)

    def _fill_trend(
        self,
        chart: LineChart,
        measure: str,
        all_rated: Sequence[RatedSession],
        today: date,
        shape: RangeShape,
    ) -> None:
        rated = [r for r in all_rated if r.day >= shape.start(today)]
        points = rating_trend(rated, measure, buckets(today, shape.days))
        name = measure_word(measure)
        change = rating_change([r for r in all_rated if r.day >= points[0].start], measure)
        chart.set_data(
            [bar_label(p.start, shape.labels) for p in points],
            [[p.before for p in points], [p.after for p in points]],
            [fill(translate("history", "%1 before"), name), fill(translate("history", "%1 after"), name)],
            [trend_detail(p, name) for p in points],
            trend_summary(name, shape.days, change),
        )

    def _helps_show(self, figures: Figures, shape: RangeShape) -> None:
        """The findings of the range shown (as everything else on the page), a line each; before there is
        one, a line saying how many more rated sessions it takes (nothing while the rating is off)."""
        first = shape.start(figures.today)
        sessions = [s for s in figures.logged if s.day >= first]
        w = ShownWords()
        found = findings(sessions)
        if found:
            lines = [finding_words(f, w, figures.names) for f in found]
        elif figures.ratings_on:
            lines = [more_words(more_needed(sessions), w)]
        else:
            lines = []
        for old in self.helps_labels:
            self.helps_lines.removeWidget(old)
            old.deleteLater()
        self.helps_labels = []
        for text in lines:
            label = QLabel(text)
            label.setObjectName("helpsLine")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(text)
            self.helps_lines.addWidget(label)
            self.helps_labels.append(label)
        self.helps_note.setVisible(bool(found))
        self.helps.setVisible(bool(lines))

    def helps_texts(self) -> list[str]:
        """The lines shown under "What seems to help you" (empty when the section is hidden)."""
        return [] if self.helps.isHidden() else [label.text() for label in self.helps_labels]
