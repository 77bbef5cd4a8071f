"""The tray icon, painted: a monochrome glyph (a ring for the hollow behind the knee, a dot for the point)
drawn light on a dark outline so it reads on light and dark panels; a second state adds a badge when a
reminder is due. Geometry is plain arithmetic in `glyph`, the painting is thin."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPen, QPixmap

from kneecare.core.lazy_dataclass import dataclass

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


def draw(p: QPainter, rect: QRect, due: bool) -> None:
    """Paint the glyph into the largest square centred in `rect`."""
    size = min(rect.width(), rect.height())
    if size <= 0:
        return
    g = glyph(size, due)
    p.save()
    p.translate(rect.x() + (rect.width() - size) / 2, rect.y() + (rect.height() - size) / 2)
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
    p.restore()


def paint(size: int, due: bool) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    draw(p, QRect(0, 0, size, size), due)
    p.end()
    return pixmap


class GlyphEngine(QIconEngine):
    """Draws the glyph at whatever size is asked. Unlike an icon made of pixmaps, it puts nothing in Qt's
    pixmap cache, whose cleanup timer would otherwise wake an idle app every 30 seconds."""

    def __init__(self, due: bool) -> None:
        super().__init__()
        self.due = due

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        draw(painter, rect, self.due)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        draw(p, QRect(QPoint(0, 0), size), self.due)
        p.end()
        return pixmap

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(s, s) for s in SIZES]

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.due)

    def key(self) -> str:
        return "kneecare-glyph"


def tray_icon(due: bool = False) -> QIcon:
    return QIcon(GlyphEngine(due))
