"""The tray icon, painted: a monochrome glyph (a ring for the hollow behind the knee, a dot for the point)
drawn light on a dark outline so it reads on light and dark panels; a second state adds a badge when a
reminder is due. Geometry is plain arithmetic in `glyph`, the painting is thin."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

SIZES = (16, 22, 24, 32, 48, 64)
INK = QColor(250, 250, 250)  # the glyph
EDGE = QColor(20, 20, 20)  # its outline


@dataclass(frozen=True)
class Glyph:
    """Where to draw, for an icon of `size` pixels: ring centre and radius, dot radius, line widths, and
    the badge (centre, radius) or None."""

    center: tuple[float, float]
    ring_radius: float
    ring_width: float
    dot_radius: float
    edge: float
    badge: tuple[float, float, float] | None


def glyph(size: int, due: bool) -> Glyph:
    edge = max(1.0, size / 16)
    ring_width = max(2.0, size / 8)
    margin = edge + ring_width / 2
    radius = size / 2 - margin
    badge = None
    if due:
        r = size * 0.22
        badge = (size - r - edge / 2, r + edge / 2, r)
    return Glyph((size / 2, size / 2), radius, ring_width, max(1.5, size * 0.12), edge, badge)


def paint(size: int, due: bool) -> QPixmap:
    g = glyph(size, due)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    center = QPointF(*g.center)
    # Outline first (wider, dark), then the light glyph on top.
    for color, extra in ((EDGE, 2 * g.edge), (INK, 0.0)):
        p.setPen(QPen(color, g.ring_width + extra))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(center, g.ring_radius, g.ring_radius)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawEllipse(center, g.dot_radius + extra / 2, g.dot_radius + extra / 2)
    if g.badge is not None:
        x, y, r = g.badge
        p.setPen(QPen(EDGE, g.edge * 1.5))
        p.setBrush(INK)
        p.drawEllipse(QRectF(x - r, y - r, 2 * r, 2 * r))
        p.setBrush(EDGE)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QPointF(x, y), r * 0.35, r * 0.35)
    p.end()
    return pixmap


def tray_icon(due: bool = False) -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(paint(size, due))
    return icon
