"""Issue 12, point 6: in the drawing of the backs of the legs, BL39 sits at the outer (lateral) end of the
knee crease on the inner (medial) edge of the outer tendon, not outside it; KI10 at the crease's inner end."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from kneecare.assets import resource

SVG = "{http://www.w3.org/2000/svg}"


def drawing() -> dict[str, ET.Element]:
    root = ET.fromstring(resource("diagrams", "legs-back.svg").read_text(encoding="utf-8"))
    return {e.get("id", ""): e for e in root.iter() if e.get("id")}


def numbers(path: ET.Element) -> list[float]:
    return [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", path.get("d", ""))]


def crease_y(crease: ET.Element, x: float) -> float:
    """The crease's height at x: it is one quadratic curve, M x0 y0 Q cx cy x1 y1."""
    x0, y0, cx, cy, x1, y1 = numbers(crease)
    # x(t) is quadratic too; solve for t by bisection (x runs one way along the crease)
    lo, hi = 0.0, 1.0
    for _ in range(60):
        t = (lo + hi) / 2
        xt = (1 - t) ** 2 * x0 + 2 * t * (1 - t) * cx + t**2 * x1
        if (xt < x) == (x0 < x1):
            lo = t
        else:
            hi = t
    return (1 - t) ** 2 * y0 + 2 * t * (1 - t) * cy + t**2 * y1


def circle(e: ET.Element) -> tuple[float, float, float]:
    return float(e.get("cx", "nan")), float(e.get("cy", "nan")), float(e.get("r", "nan"))


@pytest.mark.parametrize("leg", ["left", "right"])
def test_bl39_sits_at_the_lateral_end_of_the_crease_on_the_outer_tendons_inner_edge(leg):
    """The article places the points "in the popliteal crease" and "along the hamstring tendons"; BL39 is
    the crease's outer end, just inside the outer (biceps femoris) tendon."""
    parts = drawing()
    x, y, r = circle(parts[f"bl39-{leg}"])
    bl40_x, _, _ = circle(parts[f"bl40-{leg}"])
    tendon = parts[f"tendon-outer-{leg}"]
    *_, c2x, c2y, end_x, end_y = numbers(tendon)
    half_width = float(tendon.get("stroke-width", "0")) / 2
    # The tendon runs on past its drawn end into the crease: where it would be at BL39's height.
    tendon_x = end_x + (end_x - c2x) / (end_y - c2y) * (y - end_y)
    medial = 1 if leg == "left" else -1  # seen from behind, the left leg is on the left: its inner side is +x
    assert (bl40_x - x) * medial > 0  # lateral of BL40
    inside = (x - tendon_x) * medial - half_width  # from the tendon's inner edge to BL39's centre
    assert inside > 0, f"BL39 ({x}, {y}) is outside the {leg} outer tendon (its inner edge at {tendon_x:.1f})"
    assert inside <= 2 * r, f"BL39 is {inside:.1f} from the tendon's edge: it belongs against it"
    assert abs(y - crease_y(parts[f"crease-{leg}"], x)) <= r  # on the crease


@pytest.mark.parametrize("leg", ["left", "right"])
def test_ki10_stays_at_the_medial_end_of_the_crease(leg):
    parts = drawing()
    x, y, r = circle(parts[f"ki10-{leg}"])
    bl40_x, _, _ = circle(parts[f"bl40-{leg}"])
    crease = numbers(parts[f"crease-{leg}"])
    medial_end = max(crease[0], crease[4]) if leg == "left" else min(crease[0], crease[4])
    assert (x - bl40_x) * (1 if leg == "left" else -1) > 0  # medial of BL40
    assert abs(x - medial_end) <= 2 * r and abs(y - crease_y(parts[f"crease-{leg}"], x)) <= r
