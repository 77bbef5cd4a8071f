"""The countdown ring: an arc for the part of the step still to go, with the time left (mm:ss) and a short
caption as labels in its middle, so screen readers read them too."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kneecare.ui.widgets import theme
from kneecare.ui.widgets.geometry import Box, Point, moved_enough


def arc_end(centre: Point, radius: float, fraction: float) -> Point:
    """Where the arc of `fraction` (drawn clockwise from 12 o'clock) ends."""
    angle = math.radians(90.0 - 360.0 * fraction)
    return Point(centre.x + radius * math.cos(angle), centre.y - radius * math.sin(angle))


MAX_SIDE = 300  # larger says nothing more, and leaves the words less room


class PhaseRing(QWidget):
    """A ring that empties as the step runs; `time_label` and `caption_label` sit inside it."""

    def __init__(self, time_label: QLabel, caption_label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseRing")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.time_label = time_label
        self.caption_label = caption_label
        for label in (time_label, caption_label):
            label.setParent(self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMaximumHeight(MAX_SIDE)
        self._fraction = 1.0
        self._active = True
        self._cache: tuple[tuple[int, int, float, int, int], QPixmap, QPixmap] | None = None

    def sizeHint(self) -> QSize:
        return QSize(250, 250)

    def minimumSizeHint(self) -> QSize:
        return QSize(76, 76)

    @property
    def fraction(self) -> float:
        return self._fraction

    def set_fraction(self, fraction: float) -> None:
        """The part still to go (1 full .. 0 empty); repaints only the arc's end, and only if it moved."""
        old = self._fraction
        if not moved_enough(old, fraction, 2 * math.pi * self._radius()):
            return
        self._fraction = fraction
        self.update(self._end_rect(old).united(self._end_rect(fraction)))

    def set_active(self, active: bool) -> None:
        """A paused step shows a quieter ring."""
        if active != self._active:
            self._active = active
            self.update()

    def reset(self, fraction: float = 1.0) -> None:
        self._fraction = fraction
        self.update()

    # -- geometry ------------------------------------------------------------------------------

    def _diameter(self) -> float:
        return float(min(self.width(), self.height()))

    def _pen_width(self) -> float:
        return max(6.0, self._diameter() * 0.055)

    def _radius(self) -> float:
        return max(1.0, (self._diameter() - self._pen_width()) / 2 - 2)

    def _centre(self) -> Point:
        return Point(self.width() / 2, self.height() / 2)

    def _end_rect(self, fraction: float) -> QRect:
        tip = arc_end(self._centre(), self._radius(), fraction)
        box = Box.around(tip, self._pen_width() / 2 + 3)
        # The arc's round cap at 12 o'clock stays put; include it when the arc is nearly full or empty.
        start = Box.around(arc_end(self._centre(), self._radius(), 0.0), self._pen_width() / 2 + 3)
        box = box.united(start) if fraction < 0.05 or fraction > 0.95 else box
        return QRect(math.floor(box.x), math.floor(box.y), math.ceil(box.w) + 1, math.ceil(box.h) + 1)

    # -- painting ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        d = self._diameter()
        big = QFont(self.time_label.font())
        big.setPixelSize(max(18, round(d * 0.23)))
        self.time_label.setFont(big)
        c = self._centre()
        inner = d * 0.7
        time_h = round(d * 0.3)
        self.time_label.setGeometry(round(c.x - inner / 2), round(c.y - time_h * 0.62), round(inner), time_h)
        self.fit_caption()
        super().resizeEvent(event)

    def set_caption(self, text: str) -> None:
        """The words under the time, fitted inside the ring (a long translation wraps or gets smaller)."""
        self.caption_label.setText(text)
        self.fit_caption()

    def fit_caption(self) -> None:
        """The caption in the largest type (11 px or 7% of the ring, down to 7 px) at which each of its
        words fits the ring's inner width and its lines the room under the time."""
        d = self._diameter()
        c = self._centre()
        inner = round(d * 0.7)
        top = round(c.y + d * 0.3 * 0.38)
        room = max(round(d * 0.11), round(c.y + d * 0.33) - top)
        label = self.caption_label
        label.setWordWrap(True)
        small = QFont(label.font())
        words = label.text().split() or [""]
        for size in range(max(11, round(d * 0.07)), 6, -1):
            small.setPixelSize(size)
            label.setFont(small)
            widest = max(label.fontMetrics().horizontalAdvance(w) for w in words)
            if widest <= inner - 2 and label.heightForWidth(inner) <= room:
                break
        label.setGeometry(round(c.x - inner / 2), top, inner, max(room, label.heightForWidth(inner)))

    def paintEvent(self, event: QPaintEvent) -> None:
        """The track and the full ring are cached pixmaps; the part still to go is the ring clipped to a
        pie, with round caps drawn at both ends (a thick antialiased arc costs several times more)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        colour = theme.accent(palette) if self._active else theme.muted(palette)
        track, ring = self._pixmaps(theme.with_alpha(theme.muted(palette), 70), colour)
        c, r, w = self._centre(), self._radius(), self._pen_width()
        side = track.width() / track.devicePixelRatio()
        corner = QPointF(c.x - side / 2, c.y - side / 2)
        painter.drawPixmap(corner, track)
        if self._fraction >= 0.999:
            painter.drawPixmap(corner, ring)
        elif self._fraction > 0.0:
            pie = QPainterPath(QPointF(c.x, c.y))
            outer = r + w
            pie.arcTo(QRectF(c.x - outer, c.y - outer, 2 * outer, 2 * outer), 90.0, -360.0 * self._fraction)
            pie.closeSubpath()
            painter.save()
            painter.setClipPath(pie, Qt.ClipOperation.IntersectClip)
            painter.drawPixmap(corner, ring)
            painter.restore()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            for end in (0.0, self._fraction):
                tip = arc_end(c, r, end)
                painter.drawEllipse(QPointF(tip.x, tip.y), w / 2, w / 2)
        painter.end()

    def _pixmaps(self, track_colour: QColor, ring_colour: QColor) -> tuple[QPixmap, QPixmap]:
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, track_colour.rgba(), ring_colour.rgba())
        if self._cache is None or self._cache[0] != key:
            r, w = self._radius(), self._pen_width()
            side = math.ceil(2 * r + w + 4)
            self._cache = (
                key,
                self._circle(side, r, w, ratio, track_colour),
                self._circle(side, r, w, ratio, ring_colour),
            )
        return self._cache[1], self._cache[2]

    @staticmethod
    def _circle(side: int, r: float, w: float, ratio: float, colour: QColor) -> QPixmap:
        pixmap = QPixmap(math.ceil(side * ratio), math.ceil(side * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, w))
        painter.drawEllipse(QPointF(side / 2, side / 2), r, r)
        painter.end()
        return pixmap
