"""The Qt binding must keep Python's reference count of None intact on calls that return nothing.

PySide6 6.12.0 on Python 3.11 drops one reference to None per such call (None is immortal from 3.12 on,
which hides it there); an animated session makes thousands a minute and the app died with "deallocating
None". pyproject.toml excludes that release for Python < 3.12; this test fails if it comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor


def test_calls_that_return_nothing_leave_none_alone(qapp):
    timer, thing, colour = QTimer(), QObject(), QColor("#336699")
    before = sys.getrefcount(None)
    for _ in range(100):  # few enough not to take the test run down with it on a broken build
        timer.setInterval(16)
        thing.setObjectName("frame")
        colour.setAlpha(128)
    lost = before - sys.getrefcount(None)
    assert lost < 30, f"None lost {lost} references over 300 calls: a broken PySide6 build for this Python"
