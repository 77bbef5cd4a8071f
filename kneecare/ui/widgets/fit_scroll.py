"""`FitScrollArea`: a scroll area that gives its widget all the room there is, asks it to use its compact
text sizes when the room is short, and scrolls only below the widget's minimum size (the session view on a
small screen with very large text)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class FitScrollArea(QScrollArea):
    """Gives its widget all the room there is, and scrolls only when the room is less than the widget's
    minimum size. (`setWidgetResizable` sizes a widget whose layout has height-for-width, as word-wrapped
    labels give it, to its preferred height for that width, and so scrolls far sooner.)"""

    def __init__(self, parent: QWidget | None = None, compact: Callable[[bool], None] | None = None) -> None:
        """`compact(True)` asks the widget for its smaller text sizes when its minimum height is more than
        the room there is; `compact(False)` gives them back once the room holds the full sizes again."""
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no extra Tab stop; arrow keys stay shortcuts
        self._compact = compact
        self.compacted = False
        self._full_height = 0  # the widget's minimum height at its full text sizes, when it was compacted

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        widget = self.widget()
        if widget is None:
            return
        room = self.maximumViewportSize()
        self._choose_text_size(widget, room.height())
        # The minimum is the layout's at its narrowest, where wrapped labels take the most lines: enough
        # at any wider width too. (Qt's totalMinimumHeightForWidth at the real width measured more.)
        need = _minimum(widget)
        width, height = room.width(), room.height()
        scrolling = need.height() > height
        if scrolling:  # a vertical scroll bar takes some of the width
            width -= self.verticalScrollBar().sizeHint().width()
        if need.width() > width:
            height -= self.horizontalScrollBar().sizeHint().height()
        width = max(width, need.width())
        if scrolling:  # scrolling anyway: room for every wrapped line at this width
            height = max(height, widget.heightForWidth(width))
        widget.resize(width, max(height, need.height()))

    def _choose_text_size(self, widget: QWidget, room: int) -> None:
        if self._compact is None:
            return
        if not self.compacted:
            full = _minimum(widget).height()
            if full > room:
                self._full_height = full
                self.compacted = True
                self._compact(True)
        elif room >= self._full_height:  # measured at full size, so no back and forth at the edge
            self.compacted = False
            self._compact(False)


def _minimum(widget: QWidget) -> QSize:
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())
