"""Right to left: in Arabic the whole window mirrors (Qt's layout direction, set with the language), but
the leg diagram is anatomy: the backs of the legs, the person's left leg and its label on the viewer's
left, exactly as in a left-to-right language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from kneecare.assets import resource
from kneecare.core.plan import Knee
from kneecare.i18n import Translators, layout_direction
from kneecare.ui.widgets.geometry import region_id
from kneecare.ui.widgets.leg_diagram import DIAGRAM_FILE, LegDrawing, labelled_svg
from tests.gui.test_session_view import make_window


@pytest.fixture
def direction(qapp):
    def use(which: Qt.LayoutDirection) -> None:
        QGuiApplication.setLayoutDirection(which)

    yield use
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_arabic_is_written_right_to_left_and_the_others_left_to_right():
    assert layout_direction("ar") == Qt.LayoutDirection.RightToLeft
    for code in ("en", "de", "fr", "ja", "pl", "pt_BR"):
        assert layout_direction(code) == Qt.LayoutDirection.LeftToRight


def test_installing_a_language_sets_the_direction_and_back(qapp):
    translators = Translators(qapp)
    try:
        translators.install("de")
        assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as Arabic left it
        translators.install("en")
        assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        translators.install("en")


def _centre_x(widget, window) -> int:
    return widget.mapTo(window, QPoint(widget.width() // 2, 0)).x()


def test_the_window_mirrors_but_the_legs_do_not(qtbot, clock, programs, direction):
    ltr = make_window(qtbot, clock, programs, program_id="daily", knees="both")
    start_ltr = _centre_x(ltr.start_button, ltr) / ltr.width()
    legs_ltr = ltr.view.diagram.grab().toImage()
    ltr.close()

    direction(Qt.LayoutDirection.RightToLeft)
    rtl = make_window(qtbot, clock, programs, program_id="daily", knees="both")
    assert rtl.isRightToLeft()
    start_rtl = _centre_x(rtl.start_button, rtl) / rtl.width()
    assert abs(start_rtl - (1 - start_ltr)) < 0.05, (start_ltr, start_rtl)  # the other side, mirrored

    diagram = rtl.view.diagram
    assert diagram.grab().toImage() == legs_ltr  # the drawing is painted exactly as in English
    geometry = diagram.diagram_geometry()
    assert geometry.bl40(Knee.LEFT).x < geometry.bl40(Knee.RIGHT).x  # the person's left on the viewer's left


def test_the_left_legs_label_is_under_the_left_leg_in_arabic_words(direction):
    """The labels say which leg is which: in Arabic words and a right-to-left window, the word for left
    still stands under the leg on the viewer's left (the person's left leg, seen from behind)."""
    direction(Qt.LayoutDirection.RightToLeft)
    svg = labelled_svg(
        resource(*DIAGRAM_FILE).read_text(encoding="utf-8"), {Knee.LEFT: "يسار", Knee.RIGHT: "يمين"}
    )
    drawing = LegDrawing(svg)
    renderer = drawing.renderer(dark=False)
    left, right = (renderer.boundsOnElement(f"label-{k.value}").center().x() for k in (Knee.LEFT, Knee.RIGHT))
    left_leg, right_leg = (drawing.regions[region_id("leg", k)] for k in (Knee.LEFT, Knee.RIGHT))
    assert left < right
    assert left_leg.x <= left <= left_leg.right and right_leg.x <= right <= right_leg.right
    assert "يسار" in svg and left_leg.right <= right_leg.x
