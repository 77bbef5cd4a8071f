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
sys.path.insert(0, str(ROOT))

from tests.helpers.layers import map_breaks  # noqa: E402  (the README's layer table, read and checked)

PACKAGE = ROOT / "kneecare"
LONG_FUNCTION = 60


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
    shape.map_breaks = map_breaks()
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
