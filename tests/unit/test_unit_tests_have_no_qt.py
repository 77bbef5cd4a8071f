"""The unit tests run without Qt: no file under tests/unit/ imports PySide6, shiboken6 or a part of
KneeCare that is Qt code (ui, tray, cues, session). Qt code is tested in tests/gui/."""

from __future__ import annotations

import ast
from pathlib import Path

HERE = Path(__file__).resolve().parent
FORBIDDEN = ("PySide6", "shiboken6", "kneecare.ui", "kneecare.tray", "kneecare.cues", "kneecare.session")


def _forbidden(module: str) -> bool:
    return any(module == f or module.startswith(f"{f}.") for f in FORBIDDEN)


def qt_imports(path: Path) -> list[str]:
    """`file:line module` for every forbidden import in `path`, at any depth (lazy ones too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if _forbidden(a.name)]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            # "from kneecare import ui" names the package by its imported name
            names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            found += [(node.lineno, name) for name in names if _forbidden(name)][:1]
    return [f"{path.name}:{line} {name}" for line, name in sorted(found)]


def test_no_unit_test_imports_qt_or_the_qt_parts_of_kneecare():
    files = sorted(HERE.glob("**/*.py"))
    assert len(files) > 10
    bad = [line for path in files for line in qt_imports(path)]
    assert bad == [], "move these tests to tests/gui/ (or the logic they test to core):\n" + "\n".join(bad)


def test_the_check_sees_every_way_of_importing(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import PySide6.QtCore\n"
        "from shiboken6 import isValid\n"
        "from kneecare import tray\n"
        "def later():\n"
        "    from kneecare.ui.text import where\n"
        "import kneecare.session.timer as t\n"
        "from kneecare.cues import player\n"
        "from kneecare.core import schedule\n"
        "import kneecare.settings\n"
        "from kneecare.store.planner_log import MEMORY_KEY\n"
    )
    assert [line.split(" ", 1)[1] for line in qt_imports(sample)] == [
        "PySide6.QtCore",
        "shiboken6",
        "kneecare.tray",
        "kneecare.ui.text",
        "kneecare.session.timer",
        "kneecare.cues",
    ]
