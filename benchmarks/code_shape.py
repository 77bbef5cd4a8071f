"""The shape of the code, as issue 13 ("one shape for the shell") measures it: the longest module, the
longest function, how many functions run over 60 lines, how often `Any` is written, and which imports
break the layer map. Read with `ast`, so it needs neither Qt nor an install.

    python benchmarks/code_shape.py            # a table
    python benchmarks/code_shape.py --json     # the same figures for a script
    python benchmarks/code_shape.py --breaks   # every import that breaks the map, one a line
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kneecare"
LONG_FUNCTION = 60

# Which layer each part of the package is, and which layers it may import. The layers of issue 13: core
# imports nothing of ours; store and session import core; the shells (ui, tray, cues, platform) import
# session, the store's service and core; nothing imports app. The top-level helpers (paths, settings, logs,
# i18n, assets) sit below the shells and above core. The CLI, app.py and the self-check are composition
# roots: they may import anything but app.py is imported only by the CLI that starts it.
LAYER_OF_PACKAGE = {
    "core": "core",
    "store": "store",
    "session": "session",
    "ui": "shell",
    "tray": "shell",
    "cues": "shell",
    "platform": "shell",
}
TOP_HELPERS = {"paths", "settings", "logs", "i18n", "assets", "__init__"}
ROOTS = {"app", "__main__", "selfcheck"}
MAY_IMPORT = {
    "core": {"core"},
    "store": {"store", "core"},
    "session": {"session", "core"},
    "helpers": {"helpers", "core"},
    "shell": {"shell", "session", "store-service", "core", "helpers"},
    "root": {"root", "shell", "session", "store", "store-service", "core", "helpers"},
}
# The modules of store/ that the shells may use: the history service that issue 13 asks for.
STORE_SERVICE = {"kneecare.store.service", "kneecare.store.history"}


def layer(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "helpers"
    if parts[1] in ROOTS:
        return "root"
    if parts[1] in TOP_HELPERS:
        return "helpers"
    found = LAYER_OF_PACKAGE.get(parts[1])
    if found == "store" and any(module == s or module.startswith(s + ".") for s in STORE_SERVICE):
        return "store-service"
    return found or "helpers"


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def imported(tree: ast.Module, here: str, is_package: bool) -> list[tuple[int, str]]:
    """Every kneecare module this one imports (at any depth: lazy imports count), with its line."""
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [
                (node.lineno, a.name) for a in node.names if a.name.split(".")[0] in ("kneecare", "sqlite3")
            ]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here.split(".")
                base = base if is_package else base[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if target == "sqlite3":
                out.append((node.lineno, target))
            if target.split(".")[0] != "kneecare":
                continue
            # `from kneecare.store import db` imports kneecare.store.db
            for alias in node.names:
                out.append(
                    (
                        node.lineno,
                        f"{target}.{alias.name}" if _is_module(f"{target}.{alias.name}") else target,
                    )
                )
    return sorted(set(out))


def _is_module(name: str) -> bool:
    path = ROOT.joinpath(*name.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def breaks(importer: str, target: str) -> bool:
    """Whether `importer` importing `target` goes against the map."""
    if target == "sqlite3":
        return layer(importer) == "shell"  # the shells reach the history through the store's service
    if importer.startswith("kneecare.tray") and target.startswith("kneecare.ui.main_window"):
        return True  # the tray drives the window through session actions, never its class
    if target in {"kneecare", "kneecare.app"} and importer != "kneecare.__main__":
        return target == "kneecare.app"
    mine, theirs = layer(importer), layer(target)
    if theirs == "store-service":
        return "store-service" not in MAY_IMPORT[mine] and mine != "store"
    return theirs not in MAY_IMPORT[mine]


@dataclass
class Function:
    where: str
    lines: int


@dataclass
class Shape:
    modules: int = 0
    longest_module: tuple[str, int] = ("", 0)
    longest_function: tuple[str, int] = ("", 0)
    functions_over_60: int = 0
    any_count: int = 0
    exec_calls_in_ui: int = 0
    map_breaks: list[str] = field(default_factory=list)


def measure(package: Path = PACKAGE) -> Shape:
    shape = Shape()
    for path in sorted(package.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source, filename=str(path))
        rel = str(path.relative_to(ROOT))
        shape.modules += 1
        n = len(source.splitlines())
        if n > shape.longest_module[1]:
            shape.longest_module = (rel, n)
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > LONG_FUNCTION:
                    shape.functions_over_60 += 1
                if length > shape.longest_function[1]:
                    shape.longest_function = (f"{rel}:{node.lineno} {node.name}", length)
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "exec"
                and rel.startswith("kneecare/ui/")
            ):
                shape.exec_calls_in_ui += 1
            elif (isinstance(node, ast.Name) and node.id == "Any") or (
                isinstance(node, ast.Attribute) and node.attr == "Any"
            ):
                shape.any_count += 1
        here = module_name(path)
        for line, target in imported(tree, here, path.name == "__init__.py"):
            if target != here and breaks(here, target):
                shape.map_breaks.append(f"{rel}:{line} {here} -> {target}")
    return shape


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--breaks", action="store_true")
    args = parser.parse_args(argv)
    shape = measure()
    if args.json:
        data = asdict(shape)
        data["map_breaks"] = len(shape.map_breaks)
        print(json.dumps(data, indent=2))
    elif args.breaks:
        print("\n".join(shape.map_breaks))
    else:
        print(f"modules                 {shape.modules}")
        print(f"longest module          {shape.longest_module[1]} lines  {shape.longest_module[0]}")
        print(f"longest function        {shape.longest_function[1]} lines  {shape.longest_function[0]}")
        print(f"functions over {LONG_FUNCTION} lines  {shape.functions_over_60}")
        print(f"`Any` in kneecare/      {shape.any_count}")
        print(f"exec() calls in ui/     {shape.exec_calls_in_ui}")
        print(f"imports breaking map    {len(shape.map_breaks)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
