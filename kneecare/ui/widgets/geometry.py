"""Pure geometry for the painted widgets: fitting the leg drawing into a widget, where the moving marker is
at a moment of a phase, the breathing pacer's size and the countdown ring's sweep.

No Qt here, so tests can ask "where should BL40 be?" or "where is the dot at t?" without a screen.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from enum import StrEnum
from functools import cached_property

from kneecare.core.lazy_dataclass import dataclass
from kneecare.core.plan import Knee
from kneecare.core.protocol import Motion


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def distance(self, other: Point) -> float:
        return math.hypot(self.x - other.x, self.y - other.y)


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle (x, y is the top-left corner)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre(self) -> Point:
        return Point(self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, p: Point) -> bool:
        return self.x <= p.x <= self.right and self.y <= p.y <= self.bottom

    def grown(self, by: float) -> Box:
        return Box(self.x - by, self.y - by, self.w + 2 * by, self.h + 2 * by)

    def united(self, other: Box) -> Box:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Box(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)

    @staticmethod
    def around(p: Point, radius: float) -> Box:
        return Box(p.x - radius, p.y - radius, 2 * radius, 2 * radius)


@dataclass(frozen=True)
class Fit:
    """Drawing units to widget pixels: one uniform scale, centred (Qt's KeepAspectRatio)."""

    scale: float
    dx: float
    dy: float

    def point(self, p: Point) -> Point:
        return Point(self.dx + p.x * self.scale, self.dy + p.y * self.scale)

    def box(self, b: Box) -> Box:
        return Box(self.dx + b.x * self.scale, self.dy + b.y * self.scale, b.w * self.scale, b.h * self.scale)


def fit(view: Box, width: float, height: float, margin: float = 0.0) -> Fit:
    """The largest uniform scale that shows all of `view` inside width x height (less a margin), centred."""
    room_w, room_h = max(1.0, width - 2 * margin), max(1.0, height - 2 * margin)
    scale = min(room_w / view.w, room_h / view.h)
    dx = (width - view.w * scale) / 2 - view.x * scale
    dy = (height - view.h * scale) / 2 - view.y * scale
    return Fit(scale, dx, dy)


# The element ids the drawing carries for each knee ("bl40-left", ...). resources/diagrams/legs-back.svg
# must keep them: Qt's SVG renderer has no <clipPath>, so regions are found by id and their bounds.
REGION_KINDS = ("side", "leg", "fossa", "crease", "bl40", "bl39", "ki10", "calf-path")


def region_id(kind: str, knee: Knee) -> str:
    return f"{kind}-{knee.value}"


# How big the motions are, as parts of the hollow (the fossa region) of the drawing.
CIRCLE_RADIUS_OF_FOSSA_WIDTH = 0.36
STROKE_AMPLITUDE_OF_FOSSA_HEIGHT = 0.3
# A light stroke down the calf takes this many movement tempos (3 s at the default 2 s).
CALF_STROKE_TEMPOS = 1.5
# Part of a calf stroke spent travelling; the rest fades out at the ankle before the next one.
CALF_TRAVEL = 0.8


@dataclass(frozen=True)
class DiagramGeometry:
    """Where the drawing's regions land in a widget of `width` x `height` pixels."""

    view: Box
    regions: Mapping[str, Box]  # bounds in drawing units, by element id
    width: float
    height: float
    margin: float = 6.0

    @cached_property
    def fit(self) -> Fit:
        return fit(self.view, self.width, self.height, self.margin)

    @property
    def drawing(self) -> Box:
        """The whole drawing's box in the widget."""
        return self.fit.box(self.view)

    def region(self, kind: str, knee: Knee) -> Box:
        return self.fit.box(self.regions[region_id(kind, knee)])

    def bl40(self, knee: Knee) -> Point:
        """The centre of the BL40 marker: the middle of the knee crease."""
        return self.region("bl40", knee).centre

    def crease(self, knee: Knee) -> Box:
        return self.region("crease", knee)

    def calf_line(self, knee: Knee) -> tuple[Point, Point]:
        """Top (below the knee) and bottom (near the ankle) of the finishing stroke."""
        box = self.region("calf-path", knee)
        return Point(box.centre.x, box.y), Point(box.centre.x, box.bottom)

    def circle_radius(self, knee: Knee) -> float:
        return self.region("fossa", knee).w * CIRCLE_RADIUS_OF_FOSSA_WIDTH

    def stroke_amplitude(self, knee: Knee) -> float:
        return self.region("fossa", knee).h * STROKE_AMPLITUDE_OF_FOSSA_HEIGHT

    def marker_radius(self) -> float:
        """The moving dot: a little larger than the BL40 marker, and never smaller than 8 px."""
        return max(8.0, 12.0 * self.fit.scale)

    def marker(self, knee: Knee, motion: Motion, t: float, tempo: float) -> Marker:
        """The moving marker of `motion` at `t` seconds into the phase, for the knee being worked."""
        centre = self.bl40(knee)
        top, bottom = self.calf_line(knee)
        return marker_at(
            motion,
            t,
            tempo,
            centre,
            radius=self.circle_radius(knee),
            amplitude=self.stroke_amplitude(knee),
            calf=(top, bottom),
        )


@dataclass(frozen=True)
class Marker:
    """What to draw this frame: where, how much bigger than at rest (a pulse), and how opaque."""

    at: Point
    grow: float = 1.0
    opacity: float = 1.0
    moving: bool = True


def _turn(t: float, period: float) -> float:
    """The fraction (0..1) of the current period at `t`; the same at t and t + period. Rounded to 1e-9 of a
    turn first, so that a time a float's width short of a whole turn (1.5 x 1.6 s = 2.4000000000000004)
    counts as the turn's start, as the same moment one turn later does."""
    if period <= 0:
        return 0.0
    return round(t / period, 9) % 1.0


def ease(f: float) -> float:
    """Slow at both ends, like a hand that changes direction (cosine ease, 0..1 -> 0..1)."""
    f = min(1.0, max(0.0, f))
    return 0.5 - 0.5 * math.cos(math.pi * f)


def circle_offset(t: float, tempo: float) -> tuple[float, float]:
    """A unit offset travelling one circle every `tempo` seconds: from the top, clockwise on screen."""
    a = 2 * math.pi * _turn(t, tempo)
    return math.sin(a), -math.cos(a)


def stroke_offset(t: float, tempo: float) -> float:
    """Up and down across the hollow: -1 (top) to 1 (bottom) and back once every `tempo` seconds."""
    return -math.cos(2 * math.pi * _turn(t, tempo))


def calf_stroke(t: float, tempo: float) -> tuple[float, float]:
    """How far down the calf a light stroke is (0 knee .. 1 ankle) and its opacity (fades in and out)."""
    f = _turn(t, tempo * CALF_STROKE_TEMPOS)
    down = ease(f / CALF_TRAVEL)
    fade_in = min(1.0, f / 0.1)
    fade_out = 1.0 if f <= CALF_TRAVEL else max(0.0, 1.0 - (f - CALF_TRAVEL) / (1.0 - CALF_TRAVEL))
    return down, min(fade_in, fade_out)


def hold_pulse(t: float, period: float) -> float:
    """A steady pulse, 0 at rest to 1 at its fullest, once every `period` seconds."""
    return 0.5 - 0.5 * math.cos(2 * math.pi * _turn(t, period))


HOLD_GROW = 0.45


def marker_at(
    motion: Motion,
    t: float,
    tempo: float,
    centre: Point,
    radius: float,
    amplitude: float,
    calf: tuple[Point, Point],
) -> Marker:
    """The marker of a motion at `t`: a pure function of the phase's clock, so a pause freezes it."""
    match motion:
        case Motion.CIRCLES:
            ox, oy = circle_offset(t, tempo)
            return Marker(Point(centre.x + radius * ox, centre.y + radius * oy))
        case Motion.STROKES:
            return Marker(Point(centre.x, centre.y + amplitude * stroke_offset(t, tempo)))
        case Motion.HOLD:
            return Marker(centre, grow=1.0 + HOLD_GROW * hold_pulse(t, tempo))
        case Motion.CALF_STROKES:
            top, bottom = calf
            down, opacity = calf_stroke(t, tempo)
            return Marker(Point(top.x, top.y + (bottom.y - top.y) * down), opacity=opacity)
        case _:
            return Marker(centre, moving=False)


class BreathStage(StrEnum):
    IN = "in"
    OUT = "out"


@dataclass(frozen=True)
class Breath:
    stage: BreathStage
    size: float  # 0 (empty) .. 1 (full)
    left: float  # seconds left in this stage


def breath_at(t: float, inhale: float, exhale: float) -> Breath:
    """Where a breathing pattern is at `t` seconds: grows on the inhale, shrinks on the exhale."""
    cycle = inhale + exhale
    if cycle <= 0:
        return Breath(BreathStage.IN, 0.5, 0.0)
    c = t % cycle
    if c < inhale:
        return Breath(BreathStage.IN, ease(c / inhale), inhale - c)
    c -= inhale
    return Breath(BreathStage.OUT, 1.0 - ease(c / exhale), exhale - c)


PACER_SMALLEST = 0.42  # the pacer's circle at empty lungs, as a part of its full radius


def pacer_radius(size: float, full: float) -> float:
    return full * (PACER_SMALLEST + (1.0 - PACER_SMALLEST) * min(1.0, max(0.0, size)))


def ring_fraction(remaining: float, duration: float) -> float:
    """The part of the ring still to go (1 at the start of a step, 0 at its end)."""
    if duration <= 0:
        return 0.0
    return min(1.0, max(0.0, remaining / duration))


def moved_enough(old: float, new: float, length_px: float, threshold_px: float = 0.5) -> bool:
    """Whether a change of `old` -> `new` (as parts of a `length_px` long path) moves a visible amount."""
    return abs(old - new) * length_px >= threshold_px
