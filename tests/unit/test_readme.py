"""The README's two set-up commands are the ones CI runs, and its map names modules that exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parents[2]
README = (ROOT / "README.md").read_text()


def shell_blocks() -> list[str]:
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", README, flags=re.S)]


def test_the_readme_has_exactly_two_set_up_commands_and_ci_runs_the_test_one():
    install, tests = shell_blocks()
    assert "pip install ." in install and install.endswith("kneecare")
    assert tests in (ROOT / ".ci" / "run").read_text()


def test_every_module_in_the_architecture_map_exists():
    block = README.split("## Architecture", 1)[1].split("```", 2)[1]
    folder = ROOT
    for line in block.splitlines():
        match = re.match(r"^(\s*)([\w./]+\.py|[\w]+/)\s", line + " ")
        if not match:
            continue
        indent, name = len(match.group(1)), match.group(2)
        base = {0: ROOT, 2: ROOT / "kneecare", 4: ROOT / "kneecare" / folder.name}.get(indent, ROOT)
        path = base / name
        if name.endswith("/"):
            if indent == 2:
                folder = path
            path = path if indent != 0 else ROOT / name
        assert path.exists(), f"README names {path.relative_to(ROOT)}, which does not exist"
