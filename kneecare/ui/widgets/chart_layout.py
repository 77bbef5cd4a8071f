"""Chart geometry, pure (no Qt): the plot box inside the margins, a tidy value axis, where each bar, line
point and the goal line go, which x labels fit, and which item is under the pointer."""

from __future__ import annotations

import math
from collections.abc import Sequence

from kneecare.core.lazy_dataclass import dataclass
from kneecare.ui.widgets.geometry import Box as Box  # one rectangle type for all painted widgets


@dataclass(frozen=True)
class Margins:
    left: float
    top: float
    right: float
    bottom: float


@dataclass(frozen=True)
class Axis:
    """A value axis from 0 to `top`, with the tick values to label."""

    top: float
    ticks: tuple[float, ...]


@dataclass(frozen=True)
class Plot:
    box: Box
    axis: Axis
    slots: tuple[Box, ...]  # one column per item, full height: what the pointer hits

    def y_of(self, value: float) -> float:
        """The pixel row of a value (0 at the bottom of the box)."""
        share = 0.0 if self.axis.top <= 0 else max(0.0, min(1.0, value / self.axis.top))
        return self.box.bottom - share * self.box.h

    def centre(self, index: int) -> float:
        slot = self.slots[index]
        return slot.x + slot.w / 2


def nice_axis(largest: float, floor: float = 1.0, whole: bool = True, max_ticks: int = 5) -> Axis:
    """An axis that ends on a round number at or above `largest` (and at least `floor`): steps of 1, 2, 2.5
    or 5 times a power of ten, at most `max_ticks` steps; whole numbers only when `whole`."""
    top = max(largest, floor, 1e-9)
    raw = top / max_ticks
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw - 1e-12)
    if whole:
        step = max(1.0, math.ceil(step))
    count = math.ceil(top / step - 1e-9)
    return Axis(step * count, tuple(step * i for i in range(count + 1)))


def plot_box(width: float, height: float, margins: Margins) -> Box:
    return Box(
        margins.left,
        margins.top,
        max(1.0, width - margins.left - margins.right),
        max(1.0, height - margins.top - margins.bottom),
    )


def slots(box: Box, count: int) -> tuple[Box, ...]:
    if count <= 0:
        return ()
    width = box.w / count
    return tuple(Box(box.x + i * width, box.y, width, box.h) for i in range(count))


def plot(width: float, height: float, margins: Margins, count: int, axis: Axis) -> Plot:
    box = plot_box(width, height, margins)
    return Plot(box, axis, slots(box, count))


@dataclass(frozen=True)
class Bar:
    """One column: its stacked segments from the bottom up (zero-height segments are left out)."""

    index: int
    segments: tuple[tuple[int, Box], ...]  # (which stack part, where)

    @property
    def top(self) -> float:
        return min((b.y for _, b in self.segments), default=math.inf)


def bars(p: Plot, stacks: Sequence[Sequence[float]], gap: float = 0.25, widest: float = 28.0) -> list[Bar]:
    """Stacked bars centred in their slots, `gap` of the slot left empty (at least 1 px when there is
    room), no wider than `widest`."""
    out: list[Bar] = []
    for index, (slot, stack) in enumerate(zip(p.slots, stacks, strict=True)):
        width = min(widest, slot.w * (1 - gap))
        if slot.w - width < 1 and slot.w >= 3:
            width = slot.w - 1
        x = slot.x + (slot.w - width) / 2
        base = 0.0
        segments = []
        for part, value in enumerate(stack):
            if value <= 0:
                continue
            y_low, y_high = p.y_of(base), p.y_of(base + value)
            segments.append((part, Box(x, y_high, width, y_low - y_high)))
            base += value
        out.append(Bar(index, tuple(segments)))
    return out


def line_points(p: Plot, values: Sequence[float | None]) -> list[tuple[float, float] | None]:
    """Each value at the centre of its slot; None stays a gap."""
    return [None if v is None else (p.centre(i), p.y_of(v)) for i, v in enumerate(values)]


def label_step(count: int, slot_width: float, label_width: float) -> int:
    """Label every n-th item so that labels never overlap (1, 2, 7, 14, 30... for days)."""
    if count <= 0 or slot_width <= 0:
        return 1
    need = math.ceil((label_width + 6) / slot_width)
    for step in (1, 2, 3, 7, 14, 28, 30, 61, 91, 182, 365):
        if step >= need:
            return step
    return need


def hit(p: Plot, x: float, y: float) -> int | None:
    """The item under the pointer: the slot the x falls in, anywhere in the plot's height."""
    if not p.slots or not (p.box.x <= x < p.box.right and p.box.y - 4 <= y <= p.box.bottom + 4):
        return None
    index = int((x - p.box.x) / (p.box.w / len(p.slots)))
    return max(0, min(len(p.slots) - 1, index))


def tip_box(anchor_x: float, anchor_y: float, w: float, h: float, bounds: Box, gap: float = 6.0) -> Box:
    """Where the hover label goes: above the anchor, centred, kept inside `bounds`."""
    x = min(max(bounds.x, anchor_x - w / 2), bounds.right - w)
    y = anchor_y - gap - h
    if y < bounds.y:
        y = min(bounds.bottom - h, anchor_y + gap)
    return Box(x, max(bounds.y, y), w, h)
