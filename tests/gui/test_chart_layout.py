"""Where the charts put things, worked out without Qt: a tidy axis, bars that stand on zero and stack,
a goal line at its value, labels that never overlap, and the item under the pointer."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kneecare.ui.widgets import chart_layout as geo

MARGINS = geo.Margins(left=30, top=20, right=10, bottom=20)


def test_the_geometry_imports_no_qt():
    code = "import sys, kneecare.ui.widgets.chart_layout; sys.exit('PySide6' in str(list(sys.modules)))"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@pytest.mark.parametrize(
    ("largest", "floor", "whole", "top", "ticks"),
    [
        (0, 2, True, 2, (0, 1, 2)),  # an empty month still shows the goal of 2
        (4, 2, True, 4, (0, 1, 2, 3, 4)),
        (7, 1, True, 8, (0, 2, 4, 6, 8)),
        (2.3, 2, False, 2.5, (0, 0.5, 1, 1.5, 2, 2.5)),
        (118, 1, True, 125, (0, 25, 50, 75, 100, 125)),
        (10, 10, True, 10, (0, 2, 4, 6, 8, 10)),
    ],
)
def test_the_value_axis_ends_on_a_round_number_with_few_ticks(largest, floor, whole, top, ticks):
    axis = geo.nice_axis(largest, floor=floor, whole=whole)
    assert axis.top == top
    assert axis.ticks == pytest.approx(ticks)


def test_bars_stand_on_zero_stack_upwards_and_leave_empty_days_empty():
    axis = geo.Axis(4, (0, 1, 2, 3, 4))
    p = geo.plot(430, 240, MARGINS, 4, axis)
    assert p.box == geo.Box(30, 20, 390, 200)
    bars = geo.bars(p, [(2, 1), (0, 0), (4, 0), (0, 1)])
    assert [len(b.segments) for b in bars] == [2, 0, 1, 1]
    (done, one), (early, two) = bars[0].segments
    assert (done, early) == (0, 1)
    assert one.bottom == pytest.approx(p.box.bottom) and one.h == pytest.approx(100)  # 2 of 4
    assert two.bottom == pytest.approx(one.y) and two.h == pytest.approx(50)
    assert bars[2].top == pytest.approx(p.box.y)
    slot = p.slots[0]
    assert slot.x < one.x and one.right < slot.right  # a gap between neighbours
    assert one.w == pytest.approx(min(28, slot.w * 0.75))
    assert p.y_of(2) == pytest.approx(120)  # where a goal of 2 is drawn


def test_a_year_of_days_still_leaves_a_pixel_between_bars():
    p = geo.plot(700, 200, MARGINS, 365, geo.Axis(4, (0, 4)))
    bars = geo.bars(p, [(1,)] * 365)
    assert all(b.segments[0][1].w <= p.slots[0].w for b in bars)


def test_line_points_sit_in_the_middle_of_their_slot_and_unrated_ones_are_gaps():
    p = geo.plot(130, 120, MARGINS, 3, geo.Axis(10, (0, 5, 10)))
    points = geo.line_points(p, [10, None, 0])
    assert points[0] == pytest.approx((30 + 90 / 6, 20))
    assert points[1] is None
    assert points[2] == pytest.approx((30 + 90 * 5 / 6, 100))


def test_the_pointer_picks_the_slot_it_is_over_and_nothing_outside_the_plot():
    p = geo.plot(430, 240, MARGINS, 30, geo.Axis(4, (0, 4)))
    assert geo.hit(p, 31, 100) == 0
    assert geo.hit(p, 419, 100) == 29
    assert geo.hit(p, 30 + 13 * 5.5, 219) == 5
    assert geo.hit(p, 10, 100) is None  # on the axis labels
    assert geo.hit(p, 200, 5) is None  # above the plot
    assert geo.hit(geo.plot(430, 240, MARGINS, 0, geo.Axis(1, (0, 1))), 100, 100) is None


def test_labels_are_thinned_so_they_never_overlap():
    assert geo.label_step(7, 120, 30) == 1
    assert geo.label_step(30, 13, 14) == 2
    assert geo.label_step(365, 1.9, 40) == 28
    assert geo.label_step(0, 10, 10) == 1


def test_the_hover_label_stays_inside_the_chart():
    bounds = geo.Box(0, 0, 400, 200)
    assert geo.tip_box(200, 100, 80, 20, bounds) == geo.Box(160, 74, 80, 20)
    assert geo.tip_box(5, 100, 80, 20, bounds).x == 0
    assert geo.tip_box(398, 100, 80, 20, bounds).right == 400
    assert geo.tip_box(200, 10, 80, 20, bounds).y == 16  # no room above: below the point
