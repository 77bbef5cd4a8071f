"""PySide6's import hook answers as before, without reading every module into linecache."""

from __future__ import annotations

import inspect
import linecache
import sys

from kneecare.platform.pyside_imports import lighten_import_hook, mentions_pyside


def pyside_says(module) -> bool:
    """PySide6's own check (shibokensupport/feature.py, `_mod_uses_pyside`), as it reads."""
    try:
        source = inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False
    return "PySide6" in source


def test_the_answer_is_pysides_for_every_loaded_module():
    import kneecare.core.session
    import kneecare.ui.main_window  # noqa: F401

    modules = [m for name, m in sorted(sys.modules.items()) if m is not None]
    differ = [m.__name__ for m in modules if mentions_pyside(m) != pyside_says(m)]
    assert differ == []
    assert mentions_pyside(sys.modules["kneecare.ui.main_window"])
    assert not mentions_pyside(sys.modules["kneecare.core.session"])
    assert not mentions_pyside(sys)


def test_a_module_imported_afterwards_is_noted_and_not_kept_in_linecache(tmp_path, monkeypatch):
    assert lighten_import_hook()
    (tmp_path / "kc_with_qt.py").write_text("import PySide6.QtCore\n")
    (tmp_path / "kc_plain.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import kc_plain  # noqa: F401
    import kc_with_qt  # noqa: F401

    noted = sys.modules["shibokensupport.feature"].pyside_feature_dict
    assert noted["kc_with_qt"] == 0 and noted["kc_plain"] == -1  # 0: uses PySide6, -1: ignored
    assert str(tmp_path / "kc_plain.py") not in linecache.cache
    assert str(tmp_path / "kc_with_qt.py") not in linecache.cache
