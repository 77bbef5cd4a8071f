"""A routine's drawing (resources/illustrations/*.svg), fitted to the widget with its aspect kept and shown
in the leg diagram's light or dark colours. It only paints: the session view says which drawing to show."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from kneecare.assets import resource
from kneecare.i18n import QT_TRANSLATE_NOOP
from kneecare.ui.widgets import theme
from kneecare.ui.widgets.geometry import Box, fit
from kneecare.ui.widgets.leg_diagram import themed_svg

# Colours the routine drawings add to the leg diagram's, and what they become in a dark scheme.
EXTRA_DARK_COLOURS = {
    "#f6e7dc": "#5a4a41",  # pale (the other position of a foot)
    "#eee6de": "#4a403a",  # wall, cushions, shower head
    "#b9a89a": "#9a8a7e",  # chair, hose
    "#c9bfb4": "#7d7068",  # outlines of wall and cushions
    "#7aa7c7": "#8fc1e3",  # cool water
}


# What each drawing shows, for screen readers: its name and, as the description, the picture in a sentence
# (the same words as the drawing's <title>).
DRAWINGS = {
    "ankle-pumps.svg": (
        QT_TRANSLATE_NOOP("Illustration", "Ankle pumps"),
        QT_TRANSLATE_NOOP("Illustration", "Point the foot away, then pull the toes back towards the shin"),
    ),
    "calf-raises.svg": (
        QT_TRANSLATE_NOOP("Illustration", "Calf raises"),
        QT_TRANSLATE_NOOP("Illustration", "Rise onto the balls of your feet, then lower your heels again"),
    ),
    "calf-stretch.svg": (
        QT_TRANSLATE_NOOP("Illustration", "Calf stretch"),
        QT_TRANSLATE_NOOP("Illustration", "Lean towards a wall with one leg back, heel down"),
    ),
    "calf-strokes.svg": (
        QT_TRANSLATE_NOOP("Illustration", "Calf strokes"),
        QT_TRANSLATE_NOOP("Illustration", "Light strokes from behind the knee down to the ankle"),
    ),
    "contrast-shower.svg": (
        QT_TRANSLATE_NOOP("Illustration", "Contrast shower"),
        QT_TRANSLATE_NOOP("Illustration", "Warm water, then cool, in turns, on both legs"),
    ),
    "hamstring-stretch.svg": (
        QT_TRANSLATE_NOOP("Illustration", "Hamstring stretch"),
        QT_TRANSLATE_NOOP("Illustration", "Sit forward, one leg straight, heel down, lean from the hips"),
    ),
    "leg-elevation.svg": (
        QT_TRANSLATE_NOOP("Illustration", "Leg elevation"),
        QT_TRANSLATE_NOOP("Illustration", "Lie down with your feet resting higher than your heart"),
    ),
}


def describe_drawing(name: str) -> tuple[str, str]:
    """The accessible name and description of a drawing, in the person's language (a drawing not in
    DRAWINGS is named after its file)."""
    if name in DRAWINGS:
        heading, what = (QCoreApplication.translate("Illustration", text) for text in DRAWINGS[name])
    else:
        heading, what = name.removesuffix(".svg").replace("-", " ").capitalize(), ""
    return QCoreApplication.translate("Illustration", "Drawing: %1").replace("%1", heading), what


@cache
def drawing_text(name: str) -> str:
    return resource("illustrations", name).read_text(encoding="utf-8")


def themed_drawing(svg: str, dark: bool) -> str:
    svg = themed_svg(svg, dark)
    if dark:
        for light, dark_colour in EXTRA_DARK_COLOURS.items():
            svg = svg.replace(light, dark_colour)
    return svg


class Illustration(QWidget):
    """Shows one drawing by file name, or nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("illustration")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.name: str | None = None
        self._renderer: QSvgRenderer | None = None
        self._dark: bool | None = None

    def sizeHint(self) -> QSize:
        return QSize(400, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 120)

    def set_drawing(self, name: str | None) -> None:
        if name == self.name:
            return
        self.name = name
        self._renderer = None
        label, description = describe_drawing(name) if name else ("", "")
        self.setAccessibleName(label)
        self.setAccessibleDescription(description)
        self.update()

    @property
    def valid(self) -> bool:
        renderer = self._current()
        return renderer is not None and renderer.isValid()

    def _current(self) -> QSvgRenderer | None:
        if self.name is None:
            return None
        dark = theme.is_dark(self.palette())
        if self._renderer is None or dark != self._dark:
            data = QByteArray(themed_drawing(drawing_text(self.name), dark).encode("utf-8"))
            self._renderer = QSvgRenderer(data, self)
            self._dark = dark
        return self._renderer

    def paintEvent(self, event: QPaintEvent) -> None:
        renderer = self._current()
        if renderer is None or not renderer.isValid():
            return
        view = renderer.viewBoxF()
        placed = fit(Box(view.x(), view.y(), view.width(), view.height()), self.width(), self.height(), 8)
        box = placed.box(Box(view.x(), view.y(), view.width(), view.height()))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(box.x, box.y, box.w, box.h))
        painter.end()
