"""The leg drawing as a person sees it: BL40 in the middle of the crease at any size, the knee being worked
clearly brighter than the other, and the colours turned for a dark scheme."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from kneecare.assets import resource
from kneecare.core.plan import Knee
from kneecare.core.protocol import Motion
from kneecare.ui.widgets.geometry import REGION_KINDS, Point
from kneecare.ui.widgets.leg_diagram import (
    DARK_COLOURS,
    DIAGRAM_FILE,
    LegDiagram,
    LegDrawing,
    labelled_svg,
    themed_svg,
)

BL40_RED = QColor("#b3261e")


def close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def pixel(image, p: Point) -> QColor:
    return image.pixelColor(round(p.x), round(p.y))


def lightness_sum(colour: QColor) -> int:
    return colour.red() + colour.green() + colour.blue()


@pytest.fixture
def diagram(qtbot):
    widget = LegDiagram()
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("size", [(420, 390), (960, 900)])
def test_bl40_is_painted_at_the_middle_of_each_crease_where_the_geometry_says(diagram, size):
    diagram.resize(*size)
    image = diagram.grab().toImage()
    geo = diagram.diagram_geometry()
    for knee in Knee:
        bl40, crease = geo.bl40(knee), geo.crease(knee)
        assert abs(bl40.x - crease.centre.x) < 1.0
        assert crease.y <= bl40.y <= crease.bottom
        assert close(pixel(image, bl40), BL40_RED), f"{knee}: {pixel(image, bl40).name()}"
        beside = Point(bl40.x, bl40.y - geo.region("fossa", knee).h * 0.3)  # up in the hollow, off the marker
        assert not close(pixel(image, beside), BL40_RED)


@pytest.mark.parametrize("size", [(420, 390), (960, 900)])
def test_the_knee_being_worked_stands_out_and_the_other_is_dimmed(diagram, size):
    diagram.resize(*size)
    diagram.set_phase(Knee.RIGHT, Motion.STILL, 2.0)
    image = diagram.grab().toImage()
    geo = diagram.diagram_geometry()

    def hollow(knee: Knee) -> QColor:
        fossa = geo.region("fossa", knee)
        return pixel(image, Point(fossa.centre.x, fossa.y + fossa.h * 0.2))

    assert hollow(Knee.RIGHT) != hollow(Knee.LEFT)
    assert close(pixel(image, geo.bl40(Knee.RIGHT)), BL40_RED)
    dimmed = pixel(image, geo.bl40(Knee.LEFT))
    assert not close(dimmed, BL40_RED) and lightness_sum(dimmed) > lightness_sum(BL40_RED) + 150

    diagram.set_phase(Knee.LEFT, Motion.STILL, 2.0)
    image = diagram.grab().toImage()
    assert close(pixel(image, geo.bl40(Knee.LEFT)), BL40_RED)
    assert not close(pixel(image, geo.bl40(Knee.RIGHT)), BL40_RED)


def test_the_drawing_is_rendered_once_per_look_not_per_frame(diagram, qtbot):
    diagram.resize(500, 460)
    diagram.set_phase(Knee.LEFT, Motion.CIRCLES, 2.0)
    diagram.grab()
    renders = diagram.renders
    for i in range(20):
        diagram.set_motion_time(i * 0.1)
        diagram.grab()
    assert diagram.renders == renders
    diagram.resize(600, 560)
    diagram.grab()
    assert diagram.renders == renders + 1


def test_the_shipped_drawing_names_every_region_and_a_broken_one_is_refused():
    drawing = LegDrawing.shipped()
    assert set(drawing.regions) == {f"{kind}-{knee.value}" for kind in REGION_KINDS for knee in Knee}
    left, right = drawing.regions["side-left"], drawing.regions["side-right"]
    assert left.right < right.x  # the person's left leg is on the left: we look at the backs of the legs
    svg = resource(*DIAGRAM_FILE).read_text()
    assert "BL40 · Weizhong" in svg and "<clipPath" not in svg
    with pytest.raises(ValueError, match="bl40-right"):
        LegDrawing(svg.replace('id="bl40-right"', 'id="elsewhere"'))
    with pytest.raises(ValueError, match="not a valid SVG"):
        LegDrawing("<svg")


def test_every_colour_of_the_drawing_has_a_dark_twin():
    svg = resource(*DIAGRAM_FILE).read_text()
    import re

    used = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}", svg)}
    assert used == set(DARK_COLOURS)
    dark = themed_svg(svg, dark=True)
    assert not used & {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}", dark)}


def test_in_a_dark_scheme_the_legs_are_drawn_darker(diagram):
    diagram.resize(500, 460)
    geo = diagram.diagram_geometry()
    leg = geo.region("leg", Knee.LEFT)
    skin_at = Point(leg.centre.x, leg.y + leg.h * 0.12)
    light = pixel(diagram.grab().toImage(), skin_at)
    palette = QPalette(diagram.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    diagram.setPalette(palette)
    dark = pixel(diagram.grab().toImage(), skin_at)
    assert lightness_sum(dark) < lightness_sum(light) - 60


@pytest.mark.parametrize("word", ["Left", "Links & rechts", "<Gauche>", 'say "left"', "l'gauche", "يسار"])
def test_the_words_under_the_legs_read_back_exactly_whatever_characters_they_hold(word):
    """The side labels go into the SVG as text: markup characters in a translation stay words, and the
    drawing stays valid."""
    import xml.etree.ElementTree as ET

    drawing = resource(*DIAGRAM_FILE).read_text(encoding="utf-8")
    svg = labelled_svg(drawing, {Knee.LEFT: word, Knee.RIGHT: "R"})
    sides = {"label-left", "label-right"}
    texts = {e.get("id"): e.text for e in ET.fromstring(svg).iter() if e.get("id") in sides}
    assert texts == {"label-left": word, "label-right": "R"}
    assert LegDrawing(svg).regions
