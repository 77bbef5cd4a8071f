"""The app icon: one SVG drawn for KneeCare, renders at every size that match it, still legible at 16 px,
a one-colour tray variant, and the Windows and macOS icon files made from the same renders."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from kneecare.platform.desktop_entry import (
    ICON_SIZES,
    WINDOW_ICON_SIZES,
    app_icon,
    icon_png,
    icon_svg,
    tray_icon_svg,
)

ROOT = Path(__file__).parents[2]


def render_icons():
    spec = importlib.util.spec_from_file_location("render_icons", ROOT / "packaging" / "render_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def image(data: bytes) -> QImage:
    img = QImage.fromData(QByteArray(data))
    assert not img.isNull()
    return img.convertToFormat(QImage.Format.Format_ARGB32)


def largest_difference(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            worst = max(worst, *(abs(u - v) for u, v in zip(pa.getRgb(), pb.getRgb(), strict=True)))
    return worst


def test_the_window_icon_holds_every_render_size_up_to_128(qapp):
    icon = app_icon()
    assert {s.width() for s in icon.availableSizes()} == set(WINDOW_ICON_SIZES) == {16, 24, 32, 48, 64, 128}
    for size in WINDOW_ICON_SIZES:
        assert icon.pixmap(size, size).width() == size
    for size in ICON_SIZES:  # the installed icon files keep every size
        assert QImage(str(icon_png(size))).size().width() == size


@pytest.mark.parametrize("size", [16, 48, 128])
def test_the_committed_renders_match_the_svg(qapp, size):
    # A changed SVG without re-running packaging/render_icons.py fails here (small tolerance: another Qt
    # version may antialias a few edge pixels differently).
    fresh = image(render_icons().render_png(size))
    committed = QImage(str(icon_png(size))).convertToFormat(QImage.Format.Format_ARGB32)
    assert largest_difference(fresh, committed) <= 24


def test_at_16_px_the_icon_still_shows_the_tile_the_leg_and_the_warm_point(qapp):
    img = QImage(str(icon_png(16))).convertToFormat(QImage.Format.Format_ARGB32)

    def hue_of(x: int, y: int) -> str:
        c = img.pixelColor(x, y)
        if c.alpha() < 200:
            return "clear"
        if c.red() > 200 and c.green() > 200 and c.blue() > 200:
            return "cream"
        return "warm" if c.red() > c.green() + 40 else "teal" if c.green() > c.red() + 30 else "mixed"

    assert hue_of(2, 8) == "teal" and hue_of(13, 8) == "teal"  # the tile on both sides of the leg
    assert hue_of(8, 13) == "cream" and hue_of(8, 2) == "cream"  # the leg above and below the knee
    assert hue_of(8, 7) == "warm"  # the point in the crease
    assert hue_of(0, 0) == "clear"  # rounded corners


def test_the_tray_variant_is_one_colour_with_the_leg_left_open(qapp):
    renderer = QSvgRenderer(str(tray_icon_svg()))
    assert renderer.isValid()
    img = QImage(22, 22, QImage.Format.Format_ARGB32)
    img.fill(QColor(0, 0, 0, 0))

    painter = QPainter(img)
    renderer.render(painter)
    painter.end()
    solid = {
        img.pixelColor(x, y).rgb()
        for x in range(22)
        for y in range(22)
        if img.pixelColor(x, y).alpha() == 255
    }
    assert len(solid) == 1  # one colour (antialiased edges only vary in alpha)
    middle_column = [img.pixelColor(11, y).alpha() for y in range(22)]
    assert middle_column[3] == 0 and middle_column[18] == 0  # the leg is open above and below the point
    assert max(middle_column[9:12]) == 255  # the point itself


def test_the_svg_is_the_source_of_every_render(qapp):
    assert QSvgRenderer(str(icon_svg())).isValid()
    assert icon_svg() == render_icons().SOURCE


def test_the_windows_icon_holds_seven_png_sizes():
    data = (ROOT / "packaging" / "windows" / "kneecare.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 7)
    sizes = []
    for i in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert image(data[offset : offset + length]).width() == (width or 256)
        sizes.append(width or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_the_macos_icon_file_is_whole():
    data = (ROOT / "packaging" / "macos" / "kneecare.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    offset, kinds = 8, []
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        kinds.append(kind)
        offset += length
    assert offset == len(data)
    assert kinds == [b"icp4", b"icp5", b"icp6", b"ic07", b"ic08", b"ic09"]
