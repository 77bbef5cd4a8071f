"""A built wheel carries resources/ inside the package: an installed copy finds every program and file."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_the_installed_wheel_finds_its_resources_from_outside_the_checkout(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = wheels.glob("kneecare-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    shipped = sorted(
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts  # Python's own caches of the tools' scripts
    )
    for name in shipped:
        assert f"kneecare/{name}" in names, f"{name} is not in the wheel"

    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    code = (
        "import kneecare.assets as a, kneecare.core.library as l\n"
        "d = a.resources_dir()\n"
        "print(d)\n"
        "print(len(l.load_library(a.program_files())))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(target)
    # PYTHONPATH comes before site-packages, so the wheel's copy wins over the editable checkout.
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert Path(out[0]) == target / "kneecare" / "resources"
    assert int(out[1]) == len(list((ROOT / "resources" / "programs").glob("*.toml")))
