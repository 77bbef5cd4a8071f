"""The memory housekeeping of kneecare/platform/memory.py: PySide6's feature hook gets the same answer as
before (does a module's source name PySide6?) without keeping any module's text."""

from __future__ import annotations

import importlib
import inspect
import json
import linecache
import os
import subprocess
import sys
import types

import pytest

from kneecare.platform import memory

MODULES = ("kneecare.ui.main_window", "kneecare.core.session", "kneecare.platform.memory", "json", "sys")


def pyside_answer(module: types.ModuleType) -> bool:
    """What shibokensupport.feature._mod_uses_pyside answers (its code, as in PySide6 6.11)."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


@pytest.mark.parametrize("name", MODULES)
def test_the_answer_is_pysides(name):
    module = importlib.import_module(name)
    assert memory.uses_pyside(module) is pyside_answer(module)


def test_a_module_whose_file_is_gone_or_not_python_does_not_use_pyside(tmp_path):
    gone = types.ModuleType("gone")
    gone.__spec__ = importlib.machinery.ModuleSpec("gone", None, origin=str(tmp_path / "gone.py"))
    assert memory.uses_pyside(gone) is False
    assert memory.uses_pyside(types.ModuleType("no_spec")) is False
    assert memory.uses_pyside(importlib.import_module("_json")) is False  # an extension module


SCRIPT = """
import json, linecache, sys
import PySide6.QtWidgets
from kneecare.platform.memory import stop_source_cache
replaced = stop_source_cache() if sys.argv[1] == "stop" else None
import kneecare.ui.main_window, kneecare.core.session
import shibokensupport.feature as feature
print("SEEN " + json.dumps({
    "replaced": replaced,
    "kept": sorted(f for f in linecache.cache if "kneecare" in f),
    "features": {k: v for k, v in feature.pyside_feature_dict.items() if k.startswith("kneecare.")},
}))
"""


def seen(how: str) -> dict[str, object]:
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", SCRIPT, how]
    done = subprocess.run(command, env=environ, capture_output=True, text=True, timeout=60)
    line = next((x for x in done.stdout.splitlines() if x.startswith("SEEN ")), None)
    assert line is not None, done.stderr[-3000:]
    found: dict[str, object] = json.loads(line[5:])
    return found


def test_the_hook_keeps_no_source_and_tells_each_module_what_pyside_told_it():
    stopped, as_pyside = seen("stop"), seen("leave")
    assert stopped["replaced"] is True  # this PySide6 has the hook (a PySide6 without it fails here: look)
    assert stopped["kept"] == []
    assert as_pyside["kept"] != []  # PySide6's own hook keeps them: what this saves
    features = stopped["features"]
    assert isinstance(features, dict)
    assert features == as_pyside["features"]  # 0 (features off) for modules naming PySide6, -1 for others
    assert features["kneecare.ui.session_view"] == 0
    assert features["kneecare.core.clock"] == -1


def test_without_the_hook_nothing_is_changed(monkeypatch):
    monkeypatch.delitem(sys.modules, "shibokensupport.feature", raising=False)
    cached = dict(linecache.cache)
    assert memory.stop_source_cache() is False
    assert dict(linecache.cache) == cached
