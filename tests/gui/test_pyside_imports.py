"""PySide6's import hook (does a module's source name PySide6?) gets the same answer as from PySide6's own
check, read from the file (kneecare/platform/pyside_imports.py), and no module's text is kept."""

from __future__ import annotations

import importlib
import inspect
import linecache
import sys
import types

import pytest

from kneecare.platform import pyside_imports
from kneecare.platform.pyside_imports import lighten_import_hook, mentions_pyside
from tests.helpers.script_seen import seen_in

MODULES = (
    "kneecare.ui.main_window",
    "kneecare.core.session",
    "kneecare.platform.pyside_imports",
    "json",
    "sys",
)


def pyside_says(module: types.ModuleType) -> bool:
    """PySide6's own check (shibokensupport/feature.py, `_mod_uses_pyside`, as in 6.11)."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


@pytest.mark.parametrize("name", MODULES)
def test_the_answer_is_pysides(name):
    module = importlib.import_module(name)
    assert mentions_pyside(module) is pyside_says(module)


def test_the_answer_is_pysides_for_every_loaded_module():
    differ = [
        m.__name__ for _, m in sorted(sys.modules.items()) if m and mentions_pyside(m) != pyside_says(m)
    ]
    assert differ == []


def test_a_module_whose_file_is_gone_or_not_python_does_not_use_pyside(tmp_path):
    gone = types.ModuleType("gone")
    gone.__spec__ = importlib.machinery.ModuleSpec("gone", None, origin=str(tmp_path / "gone.py"))
    assert mentions_pyside(gone) is False
    assert mentions_pyside(types.ModuleType("no_spec")) is False
    assert mentions_pyside(importlib.import_module("_json")) is False  # an extension module


SCRIPT = """
import json, linecache, sys
import PySide6.QtWidgets
from kneecare.platform.pyside_imports import lighten_import_hook
replaced = lighten_import_hook() if sys.argv[1] == "lighten" else None
import kneecare.ui.main_window, kneecare.core.session
import shibokensupport.feature as feature
print("SEEN " + json.dumps({
    "replaced": replaced,
    "kept": sorted(f for f in linecache.cache if "kneecare" in f),
    "features": {k: v for k, v in feature.pyside_feature_dict.items() if k.startswith("kneecare.")},
}))
"""


def test_the_hook_keeps_no_source_and_tells_each_module_what_pyside_told_it():
    lightened, as_pyside = seen_in(SCRIPT, "lighten"), seen_in(SCRIPT, "leave")
    assert lightened["replaced"] is True  # this PySide6 has the hook (a PySide6 without it fails here: look)
    assert lightened["kept"] == []
    assert as_pyside["kept"] != []  # PySide6's own hook keeps them: what this saves
    features = lightened["features"]
    assert isinstance(features, dict)
    assert features == as_pyside["features"]  # 0 (features off) for modules naming PySide6, -1 for others
    assert features["kneecare.ui.session_view"] == 0
    assert features["kneecare.core.clock"] == -1


def test_a_module_imported_afterwards_is_noted_and_not_kept_in_linecache(tmp_path, monkeypatch):
    assert lighten_import_hook()
    (tmp_path / "kc_with_qt.py").write_text("import PySide6.QtCore\n")
    (tmp_path / "kc_plain.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import kc_plain  # noqa: F401
    import kc_with_qt  # noqa: F401

    noted = sys.modules["shibokensupport.feature"].pyside_feature_dict
    assert noted["kc_with_qt"] == 0 and noted["kc_plain"] == -1
    assert str(tmp_path / "kc_plain.py") not in linecache.cache
    assert str(tmp_path / "kc_with_qt.py") not in linecache.cache


def test_without_the_hook_nothing_is_changed(monkeypatch):
    monkeypatch.delitem(sys.modules, "shibokensupport.feature", raising=False)
    cached = dict(linecache.cache)
    assert pyside_imports.lighten_import_hook() is False
    assert dict(linecache.cache) == cached
