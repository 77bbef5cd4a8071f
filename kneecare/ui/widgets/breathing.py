"""The breathing pacer: a circle that grows on the inhale and shrinks on the exhale, following the step's
breathing pattern; with reduced motion it stays still (filled to breathe in, open to breathe out)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kneecare.core.protocol import Breathing
from kneecare.ui.widgets import theme
from kneecare.ui.widgets.geometry import Breath, BreathStage, breath_at, moved_enough, pacer_radius


class BreathingPacer(QWidget):
    """Paints one breath at a time; `set_time` takes the session's seconds so a pause freezes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breathingPacer")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("BreathingPacer", "Breathing pacer"))
        self._pattern = Breathing()
        self._breath = breath_at(0.0, self._pattern.inhale, self._pattern.exhale)
        self._still = False
        self._painted_size = -1.0

    def sizeHint(self) -> QSize:
        side = max(56, self.fontMetrics().height() * 4)
        return QSize(side, side)

    @property
    def breath(self) -> Breath:
        return self._breath

    def set_pattern(self, pattern: Breathing) -> None:
        self._pattern = pattern

    def set_still(self, still: bool) -> None:
        if still != self._still:
            self._still = still
            self.update()

    def set_time(self, seconds: float) -> Breath:
        """Where the breath is at `seconds` of the session; repaints only when the circle visibly changed."""
        new = breath_at(seconds, self._pattern.inhale, self._pattern.exhale)
        turned = new.stage is not self._breath.stage
        self._breath = new
        if turned or (not self._still and moved_enough(self._painted_size, new.size, self._full_radius())):
            self.update()
        return new

    def _full_radius(self) -> float:
        return min(self.width(), self.height()) / 2 - 3

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        accent = theme.accent(palette)
        centre = QPointF(self.width() / 2, self.height() / 2)
        full = self._full_radius()
        painter.setPen(QPen(theme.with_alpha(theme.muted(palette), 80), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, full, full)
        if self._still:
            r = pacer_radius(0.6, full)
            filled = self._breath.stage is BreathStage.IN
            painter.setPen(QPen(accent, 3))
            painter.setBrush(theme.with_alpha(accent, 120) if filled else Qt.BrushStyle.NoBrush)
        else:
            r = pacer_radius(self._breath.size, full)
            self._painted_size = self._breath.size
            painter.setPen(QPen(theme.with_alpha(accent, 220), 2))
            painter.setBrush(theme.with_alpha(accent, 90))
        painter.drawEllipse(centre, r, r)
        painter.end()
