"""The report's two small charts, painted into images for the PDF: sessions per day each week against the
daily goal, and the weekly mean ratings before and after sessions (0-10)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from kneecare.core.lazy_dataclass import dataclass
from kneecare.core.report import WeekCount, WeekRatings

INK = QColor("#222222")
GRID = QColor("#c8c8c8")
BAR = QColor("#5b7fa6")
GOAL = QColor("#b3541e")
LINES = {"tension": QColor("#2f5d8a"), "pain": QColor("#b3541e")}


@dataclass(frozen=True)
class Canvas:
    """An image to paint on, with room for the axis labels, at `scale` pixels per point."""

    width: int
    height: int
    scale: float

    def image(self) -> QImage:
        image = QImage(self.width, self.height, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        return image

    def font(self, points: float) -> QFont:
        font = QFont()
        font.setPixelSize(max(1, round(points * self.scale)))
        return font

    def plot(self) -> QRectF:
        s = self.scale
        return QRectF(26 * s, 8 * s, self.width - 32 * s, self.height - 30 * s)


def _axis(
    painter: QPainter, c: Canvas, plot: QRectF, top: float, step: float, fmt: Callable[[float], str]
) -> None:
    painter.setFont(c.font(7))
    value = 0.0
    while value <= top + 1e-9:
        y = plot.bottom() - plot.height() * value / top
        painter.setPen(QPen(GRID, max(1.0, 0.5 * c.scale)))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(INK)
        painter.drawText(
            QRectF(0, y - 6 * c.scale, plot.left() - 3 * c.scale, 12 * c.scale),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            fmt(value),
        )
        value += step


def _labels(painter: QPainter, c: Canvas, plot: QRectF, labels: Sequence[str]) -> None:
    """Every label under its slot, thinned so they never overlap."""
    if not labels:
        return
    painter.setFont(c.font(7))
    slot = plot.width() / len(labels)
    every = max(1, round(36 * c.scale / slot + 0.49))
    painter.setPen(INK)
    for i, text in enumerate(labels):
        if i % every:
            continue
        x = plot.left() + slot * (i + 0.5)
        painter.drawText(
            QRectF(x - 30 * c.scale, plot.bottom() + 2 * c.scale, 60 * c.scale, 10 * c.scale),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            text,
        )


def _legend(painter: QPainter, c: Canvas, items: Sequence[tuple[str, QColor, Qt.PenStyle]]) -> None:
    painter.setFont(c.font(7))
    x = c.plot().left()
    y = c.height - 7 * c.scale
    for text, colour, style in items:
        painter.setPen(QPen(colour, 1.6 * c.scale, style))
        painter.drawLine(QPointF(x, y), QPointF(x + 14 * c.scale, y))
        painter.setPen(INK)
        width = painter.fontMetrics().horizontalAdvance(text)
        painter.drawText(QPointF(x + 17 * c.scale, y + 3 * c.scale), text)
        x += 17 * c.scale + width + 12 * c.scale


def goal_chart(
    c: Canvas,
    weeks: Sequence[WeekCount],
    goal: int,
    labels: Sequence[str],
    number: Callable[[float], str],
    legend: tuple[str, str],
) -> QImage:
    """A bar per week: completed sessions per day on average that week; a dashed line at the daily goal."""
    image = c.image()
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    plot = c.plot()
    top = float(max([goal, *(w.per_day for w in weeks), 1]))
    top = float(int(top) + (0 if top == int(top) else 1))
    _axis(painter, c, plot, top, 1.0 if top <= 6 else 2.0, lambda v: number(v))
    slot = plot.width() / max(1, len(weeks))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BAR)
    for i, w in enumerate(weeks):
        h = plot.height() * w.per_day / top
        painter.drawRect(QRectF(plot.left() + slot * (i + 0.18), plot.bottom() - h, slot * 0.64, h))
    y = plot.bottom() - plot.height() * goal / top
    painter.setPen(QPen(GOAL, 1.6 * c.scale, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
    _labels(painter, c, plot, labels)
    _legend(painter, c, [(legend[0], BAR, Qt.PenStyle.SolidLine), (legend[1], GOAL, Qt.PenStyle.DashLine)])
    painter.end()
    return image


def rating_chart(
    c: Canvas, trend: Sequence[WeekRatings], labels: Sequence[str], names: dict[tuple[str, str], str]
) -> QImage:
    """Per measure, the weekly mean before (dashed) and after (solid) sessions on the 0-10 scale; a week
    with nothing rated leaves a gap."""
    image = c.image()
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    plot = c.plot()
    _axis(painter, c, plot, 10.0, 2.0, lambda v: f"{v:.0f}")
    items = []
    for measure, colour in LINES.items():
        points = [w for w in trend if w.measure == measure]
        if not points:
            continue
        slot = plot.width() / len(points)
        for moment, style in (("before", Qt.PenStyle.DashLine), ("after", Qt.PenStyle.SolidLine)):
            painter.setPen(QPen(colour, 1.6 * c.scale, style))
            previous: QPointF | None = None
            for i, w in enumerate(points):
                value = w.before if moment == "before" else w.after
                if value is None:
                    previous = None
                    continue
                point = QPointF(plot.left() + slot * (i + 0.5), plot.bottom() - plot.height() * value / 10)
                if previous is not None:
                    painter.drawLine(previous, point)
                painter.drawEllipse(point, 1.3 * c.scale, 1.3 * c.scale)
                previous = point
            items.append((names[(measure, moment)], colour, style))
    _labels(painter, c, plot, labels)
    _legend(painter, c, items)
    painter.end()
    return image
