"""Painted charts for the history (QPainter; Qt Charts is deprecated): stacked bars per day or week with an
optional goal line, and before/after lines. Colours follow the light or dark palette; the value under the
pointer (or picked with the arrow keys) is shown on the chart and put in its accessible description.
The geometry is in `chart_layout` (pure). Titles, labels and legends come translated from the caller; the
numbers on the axis follow the person's locale."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kneecare.ui.widgets import chart_layout as geo
from kneecare.ui.widgets.theme import is_dark

TEAL = ("#2f7d74", "#6cc3b7")  # (light scheme, dark scheme)
TEAL_SOFT = ("#9fcfc8", "#3c6f69")
GOAL = ("#a8661b", "#e2b35e")
BEFORE = ("#8a8f98", "#a5abb5")


def scheme_colour(pair: tuple[str, str], palette: QPalette) -> QColor:
    return QColor(pair[1] if is_dark(palette) else pair[0])


def _rect(box: geo.Box) -> QRectF:
    return QRectF(box.x, box.y, box.w, box.h)


class Chart(QWidget):
    """What both charts share: axes, x labels, the selected item, hover, keys and the description."""

    selectionChanged = Signal(str)  # the detail of the item now shown ("" when none)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setAccessibleName(title)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._labels: list[str] = []
        self._details: list[str] = []
        self._summary = ""
        self._selected: int | None = None
        self._legend: list[tuple[str, QColor, Qt.PenStyle, bool]] = []  # name, colour, line style, as a box

    # -- data and selection --------------------------------------------------------------------

    def count(self) -> int:
        return len(self._labels)

    def selected(self) -> int | None:
        return self._selected

    def labels(self) -> list[str]:
        """The names under the bars or points (weekdays, day numbers, weeks)."""
        return list(self._labels)

    def detail(self, index: int) -> str:
        return self._details[index]

    def summary(self) -> str:
        return self._summary

    def _set_common(self, labels: Sequence[str], details: Sequence[str], summary: str) -> None:
        if len(labels) != len(details):
            raise ValueError("one detail per label")
        self._labels, self._details, self._summary = list(labels), list(details), summary
        self._selected = None
        self._describe()
        self.update()

    def select(self, index: int | None) -> None:
        if index is not None and not 0 <= index < self.count():
            index = None
        if index == self._selected:
            return
        self._selected = index
        self._describe()
        self.update()
        self.selectionChanged.emit("" if index is None else self._details[index])

    def _describe(self) -> None:
        text = self._summary
        if self._selected is not None:
            #: Read by screen readers after the chart's summary: %1 is the value picked (e.g. "Thu 26 Nov: 2
            #: sessions completed").
            showing = QCoreApplication.translate("charts", "Showing %1")
            text = f"{text} {showing.replace('%1', self._details[self._selected])}".strip()
        self.setAccessibleDescription(text)
        self.setToolTip("")

    # -- geometry ------------------------------------------------------------------------------

    def axis(self) -> geo.Axis:
        raise NotImplementedError

    def margins(self) -> geo.Margins:
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(self._tick_text(t)) for t in self.axis().ticks), default=10)
        return geo.Margins(left=widest + 12, top=fm.height() + 10, right=12, bottom=fm.height() + 10)

    def layout_plot(self) -> geo.Plot:
        return geo.plot(self.width(), self.height(), self.margins(), self.count(), self.axis())

    @staticmethod
    def _tick_text(value: float) -> str:
        """An axis number as the person's locale writes it (0,5 in German), without thousands marks."""
        locale = QLocale()
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        return locale.toString(float(value), "g", 6)

    # -- events --------------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        self.select(geo.hit(self.layout_plot(), pos.x(), pos.y()))

    def leaveEvent(self, event: QEvent) -> None:
        if not self.hasFocus():
            self.select(None)
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        count = self.count()
        current = self._selected if self._selected is not None else count - 1
        moves = {
            Qt.Key.Key_Left: current - 1,
            Qt.Key.Key_Right: current + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: count - 1,
        }
        target = moves.get(Qt.Key(event.key()))
        if target is None or not count:
            super().keyPressEvent(event)
            return
        self.select(max(0, min(count - 1, target)))

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._selected is None and self.count():
            self.select(self.count() - 1)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.select(None)
        super().focusOutEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.update()
        super().changeEvent(event)

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        p = self.layout_plot()
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlphaF(0.12)
        muted = QColor(text)
        muted.setAlphaF(0.65)
        fm = self.fontMetrics()
        if self._selected is not None and p.slots:
            band = QColor(text)
            band.setAlphaF(0.06)
            painter.fillRect(_rect(p.slots[self._selected]), band)
        painter.setPen(QPen(grid, 1))
        for tick in p.axis.ticks:
            y = round(p.y_of(tick)) + 0.5
            painter.drawLine(QPointF(p.box.x, y), QPointF(p.box.right, y))
        painter.setPen(muted)
        for tick in p.axis.ticks:
            y = p.y_of(tick)
            label = QRectF(0, y - fm.height() / 2, p.box.x - 6, fm.height())
            painter.drawText(
                label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self._tick_text(tick)
            )
        if p.slots:
            widest = max(fm.horizontalAdvance(s) for s in self._labels)
            step = geo.label_step(len(p.slots), p.slots[0].w, widest)
            last = len(p.slots) - 1
            for i, slot in enumerate(p.slots):
                if (last - i) % step:
                    continue
                w = fm.horizontalAdvance(self._labels[i]) + 4
                x = min(max(0.0, slot.x + slot.w / 2 - w / 2), self.width() - w)
                painter.drawText(
                    QRectF(x, p.box.bottom + 4, w, fm.height()), Qt.AlignmentFlag.AlignCenter, self._labels[i]
                )
        self.paint_data(painter, p)
        self._paint_legend(painter, p)
        if self._selected is not None and p.slots:
            self._paint_tip(painter, p, self._details[self._selected])
        painter.end()

    def paint_data(self, painter: QPainter, p: geo.Plot) -> None:
        raise NotImplementedError

    def anchor(self, p: geo.Plot, index: int) -> float:
        """The pixel row the hover label points at."""
        return p.box.y + p.box.h / 2

    def legend(self) -> list[tuple[str, QColor, Qt.PenStyle, bool]]:
        """What the key above the plot shows: (name, colour, line style, drawn as a box)."""
        return []

    def _paint_legend(self, painter: QPainter, p: geo.Plot) -> None:
        fm = self.fontMetrics()
        x = p.box.x
        y = 2 + fm.height() / 2
        for name, colour, style, box in self.legend():
            if box:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRect(QRectF(x + 4, y - 5, 10, 10))
            else:
                painter.setPen(QPen(colour, 2, style))
                painter.drawLine(QPointF(x, y), QPointF(x + 18, y))
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            w = fm.horizontalAdvance(name) + 4
            painter.drawText(
                QRectF(x + 22, y - fm.height() / 2, w, fm.height()), Qt.AlignmentFlag.AlignVCenter, name
            )
            x += 22 + w + 14

    def _paint_tip(self, painter: QPainter, p: geo.Plot, text: str) -> None:
        fm = self.fontMetrics()
        w = min(self.width() - 8, fm.horizontalAdvance(text) + 16)
        h = fm.height() + 8
        bounds = geo.Box(4, 2, self.width() - 8, self.height() - 4)
        box = geo.tip_box(p.centre(self._selected or 0), self.anchor(p, self._selected or 0), w, h, bounds)
        palette = self.palette()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.ToolTipBase))
        painter.drawRoundedRect(_rect(box), 4, 4)
        painter.setPen(palette.color(QPalette.ColorRole.ToolTipText))
        elided = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(box.w - 12))
        painter.drawText(_rect(box), Qt.AlignmentFlag.AlignCenter, elided)


class BarChart(Chart):
    """Bars of stacked parts (e.g. sessions completed, then those ended early), an optional goal line."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._stacks: list[tuple[float, ...]] = []
        self._goal: float | None = None
        self._goal_label = ""
        self._whole = True
        self._parts: list[str] = []

    def set_data(
        self,
        labels: Sequence[str],
        stacks: Sequence[Sequence[float]],
        details: Sequence[str],
        summary: str = "",
        goal: float | None = None,
        goal_label: str = "",
        whole: bool = True,
        parts: Sequence[str] = (),
    ) -> None:
        if len(stacks) != len(labels):
            raise ValueError("one stack per label")
        self._stacks = [tuple(s) for s in stacks]
        self._goal, self._goal_label, self._whole = goal, goal_label, whole
        self._parts = list(parts)
        self._set_common(labels, details, summary)

    def stacks(self) -> list[tuple[float, ...]]:
        return list(self._stacks)

    def goal(self) -> float | None:
        return self._goal

    def axis(self) -> geo.Axis:
        largest = max((sum(s) for s in self._stacks), default=0.0)
        return geo.nice_axis(max(largest, self._goal or 0.0), floor=self._goal or 1.0, whole=self._whole)

    def anchor(self, p: geo.Plot, index: int) -> float:
        return min(p.y_of(sum(self._stacks[index])), p.y_of(self._goal or 0.0))

    def legend(self) -> list[tuple[str, QColor, Qt.PenStyle, bool]]:
        palette = self.palette()
        fills = [scheme_colour(TEAL, palette), scheme_colour(TEAL_SOFT, palette)]
        items = [(name, fills[min(i, 1)], Qt.PenStyle.SolidLine, True) for i, name in enumerate(self._parts)]
        if self._goal and self._goal_label:
            items.append((self._goal_label, scheme_colour(GOAL, palette), Qt.PenStyle.DashLine, False))
        return items

    def paint_data(self, painter: QPainter, p: geo.Plot) -> None:
        palette = self.palette()
        fills = [scheme_colour(TEAL, palette), scheme_colour(TEAL_SOFT, palette)]
        painter.setPen(Qt.PenStyle.NoPen)
        for bar in geo.bars(p, self._stacks):
            for part, box in bar.segments:
                painter.setBrush(fills[min(part, len(fills) - 1)])
                painter.drawRect(_rect(box))
        if self._goal:
            colour = scheme_colour(GOAL, palette)
            pen = QPen(colour, 1.5, Qt.PenStyle.DashLine)
            y = p.y_of(self._goal)
            painter.setPen(pen)
            painter.drawLine(QPointF(p.box.x, y), QPointF(p.box.right, y))


class LineChart(Chart):
    """Two lines on a 0-10 scale: the mean rating before sessions (dashed) and after them (solid)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._series: list[list[float | None]] = []
        self._names: list[str] = []
        self._top = 10.0

    def set_data(
        self,
        labels: Sequence[str],
        series: Sequence[Sequence[float | None]],
        names: Sequence[str],
        details: Sequence[str],
        summary: str = "",
        top: float = 10.0,
    ) -> None:
        if any(len(s) != len(labels) for s in series) or len(names) != len(series):
            raise ValueError("each series has one value per label and a name")
        self._series = [list(s) for s in series]
        self._names, self._top = list(names), top
        self._set_common(labels, details, summary)

    def series(self) -> list[list[float | None]]:
        return [list(s) for s in self._series]

    def axis(self) -> geo.Axis:
        return geo.nice_axis(self._top, floor=self._top, whole=True, max_ticks=5)

    def anchor(self, p: geo.Plot, index: int) -> float:
        values = [s[index] for s in self._series if s[index] is not None]
        return min((p.y_of(v) for v in values if v is not None), default=p.box.bottom)

    def paint_data(self, painter: QPainter, p: geo.Plot) -> None:
        palette = self.palette()
        styles = [
            (scheme_colour(BEFORE, palette), Qt.PenStyle.DashLine, False),
            (scheme_colour(TEAL, palette), Qt.PenStyle.SolidLine, True),
        ]
        for values, (colour, style, filled) in zip(self._series, styles, strict=False):
            points = geo.line_points(p, values)
            painter.setPen(QPen(colour, 2, style, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            joined = [q for q in points if q is not None]  # the line runs on across unrated days
            if joined:
                path = QPainterPath(QPointF(*joined[0]))
                for x, y in joined[1:]:
                    path.lineTo(QPointF(x, y))
                painter.drawPath(path)
            radius = 3.0 if len(values) <= 60 else 2.0
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(colour if filled else palette.color(QPalette.ColorRole.Window))
            for dot in points:
                if dot is not None:
                    painter.drawEllipse(QPointF(*dot), radius, radius)

    def legend(self) -> list[tuple[str, QColor, Qt.PenStyle, bool]]:
        palette = self.palette()
        styles = [(BEFORE, Qt.PenStyle.DashLine), (TEAL, Qt.PenStyle.SolidLine)]
        return [
            (name, scheme_colour(pair, palette), style, False)
            for name, (pair, style) in zip(self._names, styles, strict=False)
        ]
