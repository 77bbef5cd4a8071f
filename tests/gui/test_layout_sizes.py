"""A person with large text: the window holds its layout at 200% scale (a 1080p screen at QT_SCALE_FACTOR=2
leaves 960x540 logical pixels) and with the system font at 150%: no key widget is clipped, squeezed out of
the window or drawn over another, before and during a session."""

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


def in_window(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def problems(window: MainWindow, running: bool) -> list[str]:
    """What a person would see as broken: a widget cut off by the window's edge, a text cut short, two
    key widgets over each other."""
    QApplication.processEvents()
    found: list[str] = []
    inside = window.centralWidget().geometry()
    boxes = {}
    for name, widget in key_widgets(window, running).items():
        assert widget.isVisibleTo(window), name
        box = in_window(window, widget)
        boxes[name] = box
        if not inside.contains(box):
            found.append(f"{name} {box} leaves the window's {inside}")
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                found.append(f"{name}: its text needs {needed} px, it has {widget.height()}")
        if isinstance(widget, QPushButton):
            hint = widget.sizeHint()
            if hint.width() > widget.width() + 1 or widget.height() < widget.fontMetrics().height():
                found.append(f"{name}: {widget.size()} is smaller than its text needs ({hint})")
    names = list(boxes)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if boxes[a].intersects(boxes[b]):
                found.append(f"{a} {boxes[a]} overlaps {b} {boxes[b]}")
    return found


def window_at(qtbot, clock, programs, size: tuple[int, int]) -> MainWindow:
    controller = SessionController(SessionMachine(clock), clock)
    window = MainWindow(list(programs.values()), controller, Settings(reduce_motion=False))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
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


# Both at once (200% scale and text at 150% on a 1080p screen) does not fit: the window needs 846x629
# logical pixels and the screen has 960x540. Not claimed.
@pytest.mark.parametrize("size", [LAPTOP, SMALL_LAPTOP], ids=["laptop", "1366x768"])
def test_the_layout_holds_with_the_system_font_at_150_percent(qtbot, clock, programs, big_font, size):
    window = window_at(qtbot, clock, programs, size)
    assert window.start_button.font().pointSizeF() > big_font.pointSizeF()  # the window follows the font
    assert problems(window, running=False) == []
    run_a_while(window, clock)
    assert problems(window, running=True) == []


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
