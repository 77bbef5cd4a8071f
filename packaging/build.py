"""Builds the standalone one-folder app with PyInstaller, then runs its --self-check.

    pip install -e ".[bundle]"        # PyInstaller
    python packaging/build.py         # -> dist/kneecare/kneecare (dist\\kneecare\\kneecare.exe on Windows)

On macOS the same command also makes dist/KneeCare.app; signing is a separate step (packaging/macos/).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "pyinstaller" / "kneecare.spec"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def binary(dist: Path) -> Path:
    return dist / "kneecare" / ("kneecare.exe" if sys.platform == "win32" else "kneecare")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app folder goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="scratch folder")
    parser.add_argument("--no-check", action="store_true", help="skip running the built app's --self-check")
    args = parser.parse_args()
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('build: PyInstaller is missing; pip install -e ".[bundle]"', file=sys.stderr)
        return 2
    started = time.monotonic()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(args.dist), "--workpath", str(args.work), str(SPEC)]
    if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:
        print("build: PyInstaller failed (see above)", file=sys.stderr)
        return 1
    app = binary(args.dist)
    size = folder_size(app.parent) / 1e6
    print(f"build: {app} ({size:.0f} MB folder) in {time.monotonic() - started:.0f} s")
    if args.no_check:
        return 0
    env = dict(os.environ)
    if sys.platform.startswith("linux") and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run([str(app), "--self-check"], env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
