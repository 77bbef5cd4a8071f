"""The layer map as data, read from the README's table, and every import in `kneecare/` checked against
it with `ast` (tests/unit/test_layers.py, benchmarks/code_shape.py)."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "kneecare"
MARKER = "<!-- layers:"


@dataclass(frozen=True)
class Layers:
    owner: dict[str, str]  # module prefix -> layer
    allowed: dict[str, frozenset[str]]  # layer -> the layers it may import

    def of(self, module: str) -> str:
        parts = module.split(".")
        for n in range(len(parts), 0, -1):
            found = self.owner.get(".".join(parts[:n]))
            if found is not None:
                return found
        raise KeyError(f"{module} belongs to no layer in the README's table")


def read_layers(readme: Path = ROOT / "README.md") -> Layers:
    text = readme.read_text(encoding="utf-8")
    if MARKER not in text:
        raise ValueError("the README has no layer table (a line starting '<!-- layers:')")
    rows = text.split(MARKER, 1)[1].split("\n\n", 1)[0].splitlines()[3:]
    owner: dict[str, str] = {}
    allowed: dict[str, frozenset[str]] = {}
    for row in rows:
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        if len(cells) != 3:
            raise ValueError(f"a layer row needs three cells: {row!r}")
        name, modules, may = cells
        for module in re.findall(r"`([\w.]+)`", modules):
            owner[module] = name
        allowed[name] = frozenset(m.strip() for m in may.split(","))
    unknown = {x for may in allowed.values() for x in may} - set(allowed)
    if unknown:
        raise ValueError(f"the layer table names layers it does not define: {sorted(unknown)}")
    return Layers(owner, allowed)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_module(name: str) -> bool:
    path = ROOT.joinpath(*name.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def imports_of(path: Path) -> list[tuple[int, str]]:
    """Every kneecare module (and sqlite3) this file imports, at any depth, with its line."""
    here = module_name(path)
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    out: set[tuple[int, str]] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {
                (node.lineno, a.name) for a in node.names if a.name.split(".")[0] in ("kneecare", "sqlite3")
            }
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here.split(".") if path.name == "__init__.py" else here.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if target.split(".")[0] == "sqlite3":
                out.add((node.lineno, "sqlite3"))
            if target.split(".")[0] != "kneecare":
                continue
            for alias in node.names:  # `from kneecare.store import db` imports kneecare.store.db
                sub = f"{target}.{alias.name}"
                out.add((node.lineno, sub if _is_module(sub) else target))
    return sorted(out)


def breaks(layers: Layers, importer: str, target: str) -> str | None:
    """Why `importer` may not import `target`, or None when the map allows it."""
    mine = layers.of(importer)
    if target == "sqlite3":
        return "a shell module uses sqlite3" if mine == "shell" else None
    if target == importer:
        return None
    if target == "kneecare.app" and importer != "kneecare.__main__":
        return "only the CLI imports the composition root"
    if importer.startswith("kneecare.tray") and target.startswith("kneecare.ui.main_window"):
        return "the tray imports the main window"
    theirs = layers.of(target)
    if theirs not in layers.allowed[mine]:
        return f"{mine} may not import {theirs}"
    return None


def map_breaks(layers: Layers | None = None) -> list[str]:
    """Every import in kneecare/ that breaks the map, as 'path:line importer -> target (why)'."""
    layers = layers or read_layers()
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        here = module_name(path)
        for line, target in imports_of(path):
            why = breaks(layers, here, target)
            if why:
                out.append(f"{path.relative_to(ROOT)}:{line} {here} -> {target} ({why})")
    return out
