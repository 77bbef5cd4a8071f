"""A routine's drawing (resources/illustrations/*.svg), fitted to the widget with its aspect kept and shown
in the leg diagram's light or dark colours. It only paints: the session view says which drawing to show."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from kneecare.assets import resource
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
        self.setAccessibleName(f"Drawing: {name.removesuffix('.svg').replace('-', ' ')}" if name else "")
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
