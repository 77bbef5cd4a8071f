"""The domain imports no Qt: it can be used and tested without a QApplication."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import kneecare.core


def test_every_core_module_imports_without_pyside6():
    names = [m.name for m in pkgutil.iter_modules(kneecare.core.__path__, "kneecare.core.")]
    assert {"kneecare.core.session", "kneecare.core.plan", "kneecare.core.protocol"} <= set(names)
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'sqlite3')))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
