"""The leg diagram: the backs of both legs (resources/diagrams/legs-back.svg) with the knee being worked
highlighted, the other dimmed, and the marker of the current motion moving over BL40.

The drawing is rendered once into a pixmap at the screen's pixel ratio (again only when the size, the
knee, the motion or the colour scheme changes); each animation frame repaints just the marker's box.
"""

from __future__ import annotations

import math
import re
from functools import cache

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPixmap, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from kneecare.assets import resource
from kneecare.core.lazy_dataclass import dataclass
from kneecare.core.plan import Knee
from kneecare.core.protocol import Motion
from kneecare.ui.widgets import theme
from kneecare.ui.widgets.geometry import REGION_KINDS, Box, DiagramGeometry, Marker, Point, region_id

DIAGRAM_FILE = ("diagrams", "legs-back.svg")

# The drawing's colours (as written in the SVG) and what they become in a dark scheme.
DARK_COLOURS = {
    "#f1d7c4": "#c29f8a",  # skin
    "#e4bfa8": "#a8836f",  # skin, shaded edges
    "#a07560": "#e8cbb8",  # outline and crease
    "#c99f88": "#8c6a58",  # muscle contours
    "#b07f66": "#7e5c4a",  # tendons
    "#e9897a": "#ff8f7e",  # the hollow's glow
    "#b3261e": "#ff5449",  # BL40
    "#9a6a00": "#ffbf3d",  # BL39, KI10
    "#ffffff": "#2a2421",  # rings around the markers
    "#6b5a52": "#cdbbb0",  # leader lines
    "#2f2622": "#f3e9e3",  # labels
}


def themed_svg(svg: str, dark: bool) -> str:
    """The drawing in the light (as written) or dark colours."""
    if not dark:
        return svg
    for light, dark_colour in DARK_COLOURS.items():
        svg = svg.replace(light, dark_colour)
    return svg


def side_labels() -> dict[Knee, str]:
    """The words under each leg in the person's language."""
    return {
        Knee.LEFT: QCoreApplication.translate("LegDiagram", "Left"),
        Knee.RIGHT: QCoreApplication.translate("LegDiagram", "Right"),
    }


def _text_escaped(word: str) -> str:
    """`word` as SVG text content: what `html.escape` makes of it there (quotes need no escape in text),
    without importing `html`, whose entity table costs the first window 2 ms."""
    return word.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def labelled_svg(svg: str, labels: dict[Knee, str]) -> str:
    """The drawing with the words under the legs (the `label-left` and `label-right` texts) replaced."""
    for knee, word in labels.items():
        pattern = re.compile(rf'(<text id="label-{knee.value}"[^>]*>)[^<]*(</text>)')
        svg = pattern.sub(lambda m: m.group(1) + _text_escaped(word) + m.group(2), svg)  # noqa: B023 (used at once)
    return svg


def _box(r: QRectF) -> Box:
    return Box(r.x(), r.y(), r.width(), r.height())


def _qrectf(b: Box) -> QRectF:
    return QRectF(b.x, b.y, b.w, b.h)


def _qpoint(p: Point) -> QPointF:
    return QPointF(p.x, p.y)


class LegDrawing:
    """The SVG, its regions' bounds (drawing units, by element id), and one renderer per colour scheme."""

    def __init__(self, svg: str, source: str = "<memory>") -> None:
        self.svg = svg
        self.source = source
        self._renderers: dict[bool, QSvgRenderer] = {}
        light = self.renderer(dark=False)
        if not light.isValid():
            raise ValueError(f"{source}: the leg drawing is not a valid SVG")
        self.view = _box(light.viewBoxF())
        regions: dict[str, Box] = {}
        for knee in Knee:
            for kind in REGION_KINDS:
                element = region_id(kind, knee)
                if not light.elementExists(element):
                    raise ValueError(f"{source}: the leg drawing has no element with id {element!r}")
                regions[element] = _box(light.boundsOnElement(element))
        self.regions = regions

    @staticmethod
    def shipped() -> LegDrawing:
        """The shipped drawing, its legs labelled in the person's language."""
        labels = side_labels()
        return _shipped(labels[Knee.LEFT], labels[Knee.RIGHT])

    def renderer(self, dark: bool) -> QSvgRenderer:
        if dark not in self._renderers:
            data = QByteArray(themed_svg(self.svg, dark).encode("utf-8"))
            self._renderers[dark] = QSvgRenderer(data)
        return self._renderers[dark]

    def geometry(self, width: float, height: float) -> DiagramGeometry:
        return DiagramGeometry(self.view, self.regions, width, height)


@cache
def _shipped(left: str, right: str) -> LegDrawing:
    path = resource(*DIAGRAM_FILE)
    svg = labelled_svg(path.read_text(encoding="utf-8"), {Knee.LEFT: left, Knee.RIGHT: right})
    return LegDrawing(svg, str(path))


@dataclass(frozen=True)
class _Look:
    """Everything the cached pixmap depends on."""

    width: int
    height: int
    ratio: float
    dark: bool
    background: int
    accent: int
    knee: Knee | None
    motion: Motion
    reduce_motion: bool


class LegDiagram(QWidget):
    """Shows which knee to work and what the hands do; holds no session logic (the view sets its state)."""

    def __init__(self, drawing: LegDrawing | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drawing = drawing or LegDrawing.shipped()
        self.setObjectName("legDiagram")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(QCoreApplication.translate("LegDiagram", "Leg diagram"))
        self._knee: Knee | None = None
        self._motion = Motion.STILL
        self._tempo = 2.0
        self._t = 0.0
        self._reduce_motion = False
        self._pixmap: QPixmap | None = None
        self._look: _Look | None = None
        self._painted: QRect | None = None  # where the marker was last painted
        self._geometry: DiagramGeometry | None = None
        self.renders = 0  # how often the drawing itself was rendered (tests and benchmarks read it)
        self._describe()

    # -- what the view tells it ----------------------------------------------------------------

    def set_phase(self, knee: Knee | None, motion: Motion, tempo: float) -> None:
        """The knee being worked (None: neither stands out) and the motion to show at `tempo`."""
        if (knee, motion, tempo) == (self._knee, self._motion, self._tempo):
            return
        self._knee, self._motion, self._tempo = knee, motion, tempo
        self._t = 0.0
        self._describe()
        self.update()

    def set_motion_time(self, seconds: float) -> None:
        """Seconds into the phase (the session clock's, so a pause freezes the marker)."""
        self._t = seconds
        if not self.animated:
            return
        box = self._marker_rect()
        if box is None or box == self._painted:
            return
        self.update(box if self._painted is None else box.united(self._painted))

    def set_reduce_motion(self, on: bool) -> None:
        if on != self._reduce_motion:
            self._reduce_motion = on
            self.update()

    # -- reading -------------------------------------------------------------------------------

    @property
    def knee(self) -> Knee | None:
        return self._knee

    @property
    def motion(self) -> Motion:
        return self._motion

    @property
    def tempo(self) -> float:
        return self._tempo

    @property
    def animated(self) -> bool:
        """Whether the marker moves with time (a knee, a moving motion, and motion not reduced)."""
        return self._knee is not None and self._motion is not Motion.STILL and not self._reduce_motion

    def diagram_geometry(self) -> DiagramGeometry:
        """Where the drawing's regions are at the widget's current size."""
        if self._geometry is None or (self._geometry.width, self._geometry.height) != (
            self.width(),
            self.height(),
        ):
            self._geometry = self.drawing.geometry(self.width(), self.height())
        return self._geometry

    def current_marker(self) -> Marker | None:
        """The moving marker as it is drawn now, or None when nothing moves."""
        if not self.animated or self._knee is None:
            return None
        return self.diagram_geometry().marker(self._knee, self._motion, self._t, self._tempo)

    def sizeHint(self) -> QSize:
        return QSize(520, 440)

    def minimumSizeHint(self) -> QSize:
        return QSize(230, 200)

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._base())
        marker = self.current_marker()
        if marker is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_marker(painter, marker)
            self._painted = self._marker_rect(marker)
        else:
            self._painted = None
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._painted = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.update()  # the pixmap's key holds the scheme and accent: it re-renders if they changed
        super().changeEvent(event)

    def _current_look(self) -> _Look:
        ratio = self.devicePixelRatioF()
        palette = self.palette()
        return _Look(
            self.width(),
            self.height(),
            ratio,
            theme.is_dark(palette),
            palette.color(QPalette.ColorRole.Window).rgba(),
            theme.accent(palette).rgba(),
            self._knee,
            self._motion,
            self._reduce_motion,
        )

    def _base(self) -> QPixmap:
        look = self._current_look()
        if self._pixmap is None or look != self._look:
            self._pixmap = self._render(look)
            self._look = look
        return self._pixmap

    def _render(self, look: _Look) -> QPixmap:
        """The still picture: both legs (the other knee dimmed), the highlight, and the motion's guide."""
        self.renders += 1
        pixmap = QPixmap(
            max(1, math.ceil(look.width * look.ratio)), max(1, math.ceil(look.height * look.ratio))
        )
        pixmap.setDevicePixelRatio(look.ratio)
        pixmap.fill(QColor.fromRgba(look.background))  # opaque: each frame's blit is a plain copy
        geo = self.drawing.geometry(look.width, look.height)
        renderer = self.drawing.renderer(look.dark)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for knee in Knee:
            dimmed = look.knee is not None and knee is not look.knee
            painter.setOpacity(theme.DIM_OPACITY if dimmed else 1.0)
            renderer.render(painter, region_id("side", knee), _qrectf(geo.region("side", knee)))
        painter.setOpacity(1.0)
        if look.knee is not None:
            accent = QColor.fromRgba(look.accent)
            self._paint_highlight(painter, geo, look.knee, accent)
            for kind in ("bl39", "ki10", "bl40"):
                renderer.render(painter, region_id(kind, look.knee), _qrectf(geo.region(kind, look.knee)))
            self._paint_guide(painter, geo, look.knee, look.motion, accent, still=look.reduce_motion)
        painter.end()
        return pixmap

    @staticmethod
    def _paint_highlight(painter: QPainter, geo: DiagramGeometry, knee: Knee, accent: QColor) -> None:
        """A soft ring of the accent colour around the hollow of the knee being worked."""
        fossa = geo.region("fossa", knee)
        ring = Box(fossa.x - fossa.w * 0.22, fossa.y + fossa.h * 0.06, fossa.w * 1.44, fossa.h * 0.88)
        width = max(2.0, 4.0 * geo.fit.scale)
        painter.setPen(QPen(theme.with_alpha(accent, 200), width))
        painter.setBrush(theme.with_alpha(accent, 40))
        painter.drawEllipse(_qrectf(ring))

    def _paint_guide(
        self,
        painter: QPainter,
        geo: DiagramGeometry,
        knee: Knee,
        motion: Motion,
        accent: QColor,
        still: bool,
    ) -> None:
        """The path the hands follow (a faint track), the finishing arrow, or a still marker."""
        centre = geo.bl40(knee)
        scale = geo.fit.scale
        track = QPen(theme.with_alpha(accent, 150), max(1.5, 2.5 * scale), Qt.PenStyle.DashLine)
        track.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if motion is Motion.CIRCLES:
            painter.setPen(track)
            r = geo.circle_radius(knee)
            painter.drawEllipse(_qpoint(centre), r, r)
        elif motion is Motion.STROKES:
            painter.setPen(track)
            a = geo.stroke_amplitude(knee)
            painter.drawLine(QPointF(centre.x, centre.y - a), QPointF(centre.x, centre.y + a))
            for tip, direction in ((centre.y - a, -1), (centre.y + a, 1)):
                self._arrow_head(painter, Point(centre.x, tip), direction, accent, 9 * scale)
        elif motion is Motion.CALF_STROKES:
            top, bottom = geo.calf_line(knee)
            pen = QPen(theme.with_alpha(accent, 220), max(3.0, 7.0 * scale))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            head = max(10.0, 22.0 * scale)
            painter.drawLine(_qpoint(top), QPointF(bottom.x, bottom.y - head * 0.6))
            self._arrow_head(painter, bottom, 1, accent, head)
        if (still and motion is not Motion.CALF_STROKES) or motion is Motion.STILL:
            pen = QPen(accent, max(2.5, 4.5 * scale))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            r = geo.marker_radius() * 1.9
            painter.drawEllipse(_qpoint(centre), r, r)

    @staticmethod
    def _arrow_head(painter: QPainter, tip: Point, direction: int, colour: QColor, size: float) -> None:
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.with_alpha(colour, 230))
        back = tip.y - direction * size
        painter.drawPolygon(
            [QPointF(tip.x, tip.y), QPointF(tip.x - size * 0.6, back), QPointF(tip.x + size * 0.6, back)]
        )
        painter.restore()

    def _marker_size(self, marker: Marker) -> float:
        radius = self.diagram_geometry().marker_radius()
        if self._motion is Motion.HOLD:
            return radius * 1.9 * marker.grow
        return radius

    def _marker_rect(self, marker: Marker | None = None) -> QRect | None:
        """The pixels the marker covers (with room for its outline and antialiasing)."""
        marker = marker or self.current_marker()
        if marker is None:
            return None
        box = Box.around(marker.at, self._marker_size(marker) + 4.0)
        return QRect(math.floor(box.x), math.floor(box.y), math.ceil(box.w) + 1, math.ceil(box.h) + 1)

    def _paint_marker(self, painter: QPainter, marker: Marker) -> None:
        palette = self.palette()
        accent = theme.accent(palette)
        size = self._marker_size(marker)
        painter.setOpacity(marker.opacity)
        if self._motion is Motion.HOLD:
            # A steady pulse: a ring around BL40 that swells and settles.
            painter.setPen(QPen(accent, max(2.5, size * 0.16)))
            painter.setBrush(theme.with_alpha(accent, 50))
            painter.drawEllipse(_qpoint(marker.at), size * 0.9, size * 0.9)
        else:
            outline = palette.color(QPalette.ColorRole.Base)
            painter.setPen(QPen(outline, max(1.5, size * 0.22)))
            painter.setBrush(accent)
            painter.drawEllipse(_qpoint(marker.at), size, size)
        painter.setOpacity(1.0)

    def _describe(self) -> None:
        if self._knee is Knee.LEFT:
            text = QCoreApplication.translate(
                "LegDiagram",
                "Backs of both legs, left knee highlighted; BL40 (Weizhong) in the middle of the crease",
            )
        elif self._knee is Knee.RIGHT:
            text = QCoreApplication.translate(
                "LegDiagram",
                "Backs of both legs, right knee highlighted; BL40 (Weizhong) in the middle of the crease",
            )
        else:
            text = QCoreApplication.translate(
                "LegDiagram", "Backs of both legs, both knees; BL40 (Weizhong) in the middle of the crease"
            )
        self.setAccessibleDescription(text)
