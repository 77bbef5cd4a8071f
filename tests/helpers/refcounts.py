"""A guard for a PySide6 6.12.0 bug on Python 3.11: every call of a void Qt method (`QTimer.start`,
`QLabel.setText`, `QSoundEffect.play`, ...) drops one reference to None, and bool ones to True/False. A few
hundred calls more than the interpreter holds make it abort at exit ("none_dealloc"), failing the run.
6.11.3 does not do it and Python 3.12 makes these objects immortal; until the project pins around it, a
test module can use this fixture to give back what each of its tests lost."""

from __future__ import annotations

import ctypes
import sys

import pytest


@pytest.fixture(autouse=True)
def balance_pyside_refcounts():
    if sys.version_info >= (3, 12):
        yield
        return
    before = [(o, sys.getrefcount(o)) for o in (None, True, False)]
    yield
    incref = ctypes.pythonapi.Py_IncRef
    incref.restype = None
    for obj, count in before:
        for _ in range(max(0, count - sys.getrefcount(obj))):
            incref(ctypes.py_object(obj))
