"""The painted widgets' geometry, as plain functions: no screen, no QApplication."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kneecare.core.plan import Knee
from kneecare.core.protocol import Motion
from kneecare.ui.widgets.geometry import (
    Box,
    BreathStage,
    DiagramGeometry,
    Point,
    breath_at,
    calf_stroke,
    fit,
    marker_at,
    moved_enough,
    pacer_radius,
    ring_fraction,
    stroke_offset,
)

CENTRE = Point(100.0, 200.0)
CALF = (Point(100.0, 260.0), Point(100.0, 400.0))
times = st.floats(min_value=0.0, max_value=3600.0, allow_nan=False)
tempos = st.floats(min_value=1.0, max_value=8.0, allow_nan=False)


def at(motion: Motion, t: float, tempo: float) -> Point:
    return marker_at(motion, t, tempo, CENTRE, radius=20.0, amplitude=30.0, calf=CALF).at


def xy(p: Point) -> tuple[float, float]:
    return (p.x, p.y)


def xywh(b: Box) -> tuple[float, float, float, float]:
    return (b.x, b.y, b.w, b.h)


@pytest.mark.parametrize("motion", [Motion.CIRCLES, Motion.STROKES, Motion.CALF_STROKES])
@given(t=times, tempo=tempos)
def test_the_marker_is_at_the_same_point_one_tempo_later(motion, t, tempo):
    later = 1.5 * tempo if motion is Motion.CALF_STROKES else tempo  # a calf stroke is 1.5 tempos long
    assert at(motion, t, tempo).distance(at(motion, t + later, tempo)) < 1e-6


def test_a_circle_goes_round_the_point_once_per_tempo():
    points = [at(Motion.CIRCLES, t / 4, 2.0) for t in range(9)]  # every quarter of a second for 2 s
    assert xy(points[0]) == pytest.approx((100.0, 180.0))  # starts at the top
    assert xy(points[2]) == pytest.approx((120.0, 200.0))  # a quarter turn later: the right
    assert xy(points[4]) == pytest.approx((100.0, 220.0))  # half: the bottom
    assert xy(points[8]) == pytest.approx(xy(points[0]))
    assert all(p.distance(CENTRE) == pytest.approx(20.0) for p in points)


def test_strokes_go_up_and_down_through_the_point():
    assert xy(at(Motion.STROKES, 0.0, 3.0)) == pytest.approx((100.0, 170.0))
    assert xy(at(Motion.STROKES, 1.5, 3.0)) == pytest.approx((100.0, 230.0))
    assert all(at(Motion.STROKES, t / 10, 3.0).x == 100.0 for t in range(30))
    assert stroke_offset(0.75, 3.0) == pytest.approx(0.0, abs=1e-9)


def test_a_calf_stroke_travels_down_from_the_knee_to_the_ankle_and_fades():
    down = [calf_stroke(t / 10, 2.0) for t in range(30)]
    assert down[0][0] == pytest.approx(0.0)
    positions = [d for d, _ in down[:24]]
    assert positions == sorted(positions)  # always downwards while it travels
    assert down[23][0] == pytest.approx(1.0, abs=0.01)
    assert down[29][1] < 0.2  # fading out at the ankle before the next stroke


def test_a_hold_pulses_in_place_and_still_phases_do_not_move():
    hold = [marker_at(Motion.HOLD, t / 10, 2.0, CENTRE, 20, 30, CALF) for t in range(21)]
    assert all(m.at == CENTRE for m in hold)
    assert min(m.grow for m in hold) == pytest.approx(1.0)
    assert max(m.grow for m in hold) > 1.3
    still = marker_at(Motion.STILL, 5.0, 2.0, CENTRE, 20, 30, CALF)
    assert still.at == CENTRE and not still.moving


def test_breathing_grows_on_the_inhale_and_shrinks_on_the_exhale():
    first = breath_at(0.0, 4, 6)
    assert first.stage is BreathStage.IN and first.size == pytest.approx(0.0) and first.left == 4
    assert breath_at(2.0, 4, 6).size == pytest.approx(0.5)
    assert breath_at(3.9, 4, 6).stage is BreathStage.IN
    full = breath_at(4.0, 4, 6)
    assert full.stage is BreathStage.OUT and full.size == pytest.approx(1.0) and full.left == 6
    assert breath_at(7.0, 4, 6).size == pytest.approx(0.5)
    assert breath_at(10.0, 4, 6) == breath_at(0.0, 4, 6)
    sizes_in = [breath_at(t / 10, 4, 6).size for t in range(40)]
    sizes_out = [breath_at(4 + t / 10, 4, 6).size for t in range(60)]
    assert sizes_in == sorted(sizes_in) and sizes_out == sorted(sizes_out, reverse=True)


def test_the_pacer_never_vanishes():
    assert 0 < pacer_radius(0.0, 50) < pacer_radius(0.5, 50) < pacer_radius(1.0, 50) == 50


def test_the_drawing_fits_centred_and_keeps_its_shape():
    view = Box(12, 0, 776, 720)
    wide = fit(view, 2000, 720)
    assert wide.scale == pytest.approx(1.0)
    assert xywh(wide.box(view)) == pytest.approx((612, 0, 776, 720))
    small = fit(view, 388, 1000)
    assert small.scale == pytest.approx(0.5)
    assert xy(small.box(view).centre) == pytest.approx((194, 500))


def test_the_geometry_places_the_motion_around_the_knee_being_worked():
    regions = {}
    for knee, dx in ((Knee.LEFT, 0), (Knee.RIGHT, 400)):
        for kind, box in {
            "side": Box(0 + dx, 0, 380, 700),
            "leg": Box(190 + dx, 20, 170, 640),
            "fossa": Box(238 + dx, 214, 84, 182),
            "crease": Box(224 + dx, 295, 112, 9),
            "bl40": Box(268.5 + dx, 291.5, 23, 23),
            "bl39": Box(243 + dx, 294, 14, 14),
            "ki10": Box(324 + dx, 292, 14, 14),
            "calf-path": Box(279 + dx, 410, 2, 200),
        }.items():
            regions[f"{kind}-{knee.value}"] = box
    geo = DiagramGeometry(Box(0, 0, 800, 720), regions, 800, 720, margin=0)
    assert xy(geo.bl40(Knee.RIGHT)) == pytest.approx((680, 303))
    marker = geo.marker(Knee.RIGHT, Motion.CIRCLES, 0.0, 2.0)
    assert marker.at.x == pytest.approx(680) and marker.at.y < 303
    assert geo.calf_line(Knee.LEFT) == (Point(280, 410), Point(280, 610))


def test_the_ring_empties_as_the_step_runs_and_repaints_only_when_it_visibly_moves():
    assert ring_fraction(30, 120) == 0.25
    assert ring_fraction(0, 120) == 0.0 and ring_fraction(200, 120) == 1.0 and ring_fraction(1, 0) == 0.0
    circumference = 2 * math.pi * 100
    assert not moved_enough(0.5, 0.5005, circumference)
    assert moved_enough(0.5, 0.501, circumference)


def test_a_calf_stroke_at_a_whole_turn_starts_again_at_the_knee_whatever_the_float_rounding():
    """Found by hypothesis: 2.4 s is exactly one calf stroke at 1.6 s a tempo, but 1.5 * 1.6 is a float's
    width more than 2.4, so the marker was drawn at the ankle there and at the knee one stroke later."""
    assert at(Motion.CALF_STROKES, 2.4, 1.6).distance(at(Motion.CALF_STROKES, 2.4 + 1.5 * 1.6, 1.6)) < 1e-6
