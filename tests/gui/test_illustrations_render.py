"""Qt's own SVG renderer reads every routine drawing and paints something on a white page."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from kneecare.assets import resource


def test_every_drawing_renders_with_qt(qapp):
    paths = sorted(resource("illustrations").glob("*.svg"))
    assert len(paths) >= 6
    for path in paths:
        renderer = QSvgRenderer(str(path))
        assert renderer.isValid(), path.name
        image = QImage(200, 150, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        skin = QColor("#f1d7c4")
        coloured = sum(
            1
            for x in range(0, 200, 4)
            for y in range(0, 150, 4)
            if abs(image.pixelColor(x, y).red() - skin.red()) < 20
            and abs(image.pixelColor(x, y).green() - skin.green()) < 20
            and abs(image.pixelColor(x, y).blue() - skin.blue()) < 20
        )
        assert coloured > 40, path.name  # a real figure in the diagram's skin colour, not an empty page
