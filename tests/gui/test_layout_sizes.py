"""A person with large text: the window holds its layout at 200% scale (a 1080p screen at QT_SCALE_FACTOR=2
leaves 960x540 logical pixels) and with the system font at 150%: no key widget is clipped, squeezed out of
the window or drawn over another, before and during a session. With both at once the window still keeps
the screen's size: the session view scrolls and the controls, "It hurts" among them, stay in sight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from kneecare.core.session import SessionMachine
from kneecare.i18n import Translators
from kneecare.session.controller import SessionController
from kneecare.settings import Settings
from kneecare.ui.main_window import MainWindow

# The window's size on each screen, as MainWindow._fit_to_screen chooses it (94% x 92% of the room).
AT_200_PERCENT = (902, 497)  # 1920x1080 at QT_SCALE_FACTOR=2: 960x540 logical, less a panel
LAPTOP = (1100, 740)  # the window's own size on a 1280x800 screen and larger
SMALL_LAPTOP = (1284, 706)  # 1366x768 at 100%


@pytest.fixture
def big_font(qapp):
    """The system font at 150%, as a desktop's text-scaling setting gives it, for windows built after."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * 1.5)
    qapp.setFont(font)
    yield font
    qapp.setFont(before)


CONTROLS = ("start", "skip", "stop", "it hurts")  # below the view: always in sight, never scrolled


def key_widgets(window: MainWindow, running: bool) -> dict[str, QWidget]:
    view = window.view
    widgets: dict[str, QWidget] = {
        "where": view.where_label,
        "title": view.title_label,
        "instruction": view.instruction_label,
        "diagram": view.diagram,
        "ring": view.ring,
        "next": view.next_label,
        "start": window.start_button,
        "skip": window.skip_button,
        "stop": window.stop_button,
        "it hurts": window.safety_button,
    }
    if running:
        widgets["pacer"] = view.pacer
        widgets["breath"] = view.breath_label
    else:
        widgets["setup"] = window.setup_frame
    return widgets


def placed(widget: QWidget, within: QWidget) -> QRect:
    return QRect(widget.mapTo(within, widget.rect().topLeft()), widget.size())


def scrolls(window: MainWindow) -> tuple[bool, bool]:
    """Whether the session view scrolls (horizontally, vertically) because the window is too small."""
    bars = window.view_scroll.horizontalScrollBar(), window.view_scroll.verticalScrollBar()
    return bars[0].maximum() > 0, bars[1].maximum() > 0


def problems(window: MainWindow, running: bool, may_scroll: bool = False) -> list[str]:
    """What a person would see as broken: a control cut off by the window's edge, a part of the session
    view outside it, a text cut short, two key widgets over each other, or a view that scrolls (sideways
    never; up and down only where `may_scroll`: the screen is too small for it)."""
    QApplication.processEvents()
    found: list[str] = []
    sideways, up_down = scrolls(window)
    if sideways or (up_down and not may_scroll):
        found.append(f"the session view scrolls (sideways {sideways}, up and down {up_down})")
    inside = window.centralWidget().geometry()
    boxes: dict[str, QRect] = {}
    for name, widget in key_widgets(window, running).items():
        assert widget.isVisibleTo(window), name
        if name in CONTROLS:  # in the window, outside the scrolling view
            box = placed(widget, window)
            if not inside.contains(box):
                found.append(f"{name} {box} leaves the window's {inside}")
        else:  # in the session view, which may scroll inside the window
            box = placed(widget, window.view)
            if not window.view.rect().contains(box):
                found.append(f"{name} {box} leaves the session view's {window.view.rect()}")
        boxes[name] = box
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                found.append(f"{name}: its text needs {needed} px, it has {widget.height()}")
        if isinstance(widget, QPushButton):
            hint = widget.sizeHint()
            if hint.width() > widget.width() + 1 or widget.height() < widget.fontMetrics().height():
                found.append(f"{name}: {widget.size()} is smaller than its text needs ({hint})")
    view_box = placed(window.view_scroll, window)
    if not inside.contains(view_box) or any(view_box.intersects(boxes[c]) for c in CONTROLS):
        found.append(f"the session view {view_box} leaves the window or covers the controls")
    names = list(boxes)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if (a in CONTROLS) == (b in CONTROLS) and boxes[a].intersects(boxes[b]):
                found.append(f"{a} {boxes[a]} overlaps {b} {boxes[b]}")
    return found


def window_at(qtbot, clock, programs, size: tuple[int, int]) -> MainWindow:
    controller = SessionController(SessionMachine(clock), clock)
    window = MainWindow(list(programs.values()), controller, Settings(reduce_motion=False))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    # The window takes the size it is given: its minimum never pushes it past the screen's edge.
    assert (window.width(), window.height()) == size
    return window


def run_a_while(window: MainWindow, clock) -> None:
    window.controller.load(window.build_plan())
    window.controller.start()
    for _ in range(4):  # into the circles, the longest texts
        window.controller.skip()
    clock.advance(3)
    window.controller.poll()


@pytest.mark.parametrize("size", [AT_200_PERCENT, LAPTOP], ids=["200%", "laptop"])
def test_the_layout_holds_before_and_during_a_session(qtbot, clock, programs, size):
    window = window_at(qtbot, clock, programs, size)
    assert problems(window, running=False) == []
    run_a_while(window, clock)
    assert problems(window, running=True) == []


@pytest.mark.parametrize("size", [LAPTOP, SMALL_LAPTOP], ids=["laptop", "1366x768"])
def test_the_layout_holds_with_the_system_font_at_150_percent(qtbot, clock, programs, big_font, size):
    window = window_at(qtbot, clock, programs, size)
    assert window.start_button.font().pointSizeF() > big_font.pointSizeF()  # the window follows the font
    assert problems(window, running=False, may_scroll=False) == []
    run_a_while(window, clock)
    assert problems(window, running=True, may_scroll=False) == []


def test_at_200_percent_with_text_at_150_percent_the_view_scrolls_and_the_controls_stay(
    qtbot, clock, programs, big_font
):
    """Both at once on a 1080p screen: the window needs about 850x630 logical pixels and has 902x497. It
    keeps the screen's size, the session view scrolls, and Start, Skip, Stop and It hurts stay in sight."""
    window = window_at(qtbot, clock, programs, AT_200_PERCENT)
    assert problems(window, running=False, may_scroll=True) == []
    run_a_while(window, clock)
    assert problems(window, running=True, may_scroll=True) == []
    assert scrolls(window) == (False, True)
    window.view_scroll.ensureWidgetVisible(window.view.ring)  # what scrolling down shows
    QApplication.processEvents()
    ring = placed(window.view.ring, window.view_scroll.viewport())
    assert window.view_scroll.viewport().rect().intersects(ring)
    assert (
        window.safety_button.isVisible()
        and window.safety_button.visibleRegion().boundingRect().size() == (window.safety_button.size())
    )


@pytest.mark.parametrize("size", [AT_200_PERCENT, LAPTOP], ids=["200%", "laptop"])
def test_the_layout_holds_in_german_whose_words_are_longer(qtbot, clock, programs, qapp, size):
    translators = Translators(qapp)
    translators.install("de")
    try:
        window = window_at(qtbot, clock, programs, size)
        assert window.start_button.text() == "Starten"
        assert problems(window, running=False) == []
        run_a_while(window, clock)
        assert problems(window, running=True) == []
    finally:
        translators.install("en")


def test_a_short_window_makes_the_big_text_smaller_and_a_tall_one_gives_it_back(qtbot, clock, programs):
    """At 200% on a 1080p screen the step's title and instruction shrink towards the body size, so the view
    fits without scrolling; in a taller window they are back to their full size."""
    window = window_at(qtbot, clock, programs, LAPTOP)
    full = window.view.title_label.font().pointSizeF()
    assert not window.view_scroll.compacted
    window.resize(*AT_200_PERCENT)
    qtbot.waitUntil(lambda: window.view_scroll.compacted)
    assert window.view.title_label.font().pointSizeF() < full
    assert window.view.title_label.font().pointSizeF() > window.view.font().pointSizeF()  # still a title
    window.resize(*LAPTOP)
    qtbot.waitUntil(lambda: not window.view_scroll.compacted)
    assert window.view.title_label.font().pointSizeF() == full
