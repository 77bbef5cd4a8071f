"""Builds the standalone one-folder app with PyInstaller, starts it once to keep its start's work (the
compiled dataclass methods and parsed program files, kneecare/core/kept_files.py), then runs its --self-check.

    pip install -e ".[bundle]"        # PyInstaller
    python packaging/build.py         # -> dist/kneecare/kneecare (dist\\kneecare\\kneecare.exe on Windows)

On macOS the same command also makes dist/KneeCare.app; signing is a separate step (packaging/macos/).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
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
    env = dict(os.environ)
    if sys.platform.startswith("linux") and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    keep_start_work(app, env)
    size = folder_size(app.parent) / 1e6
    print(f"build: {app} ({size:.0f} MB folder) in {time.monotonic() - started:.0f} s")
    if args.no_check:
        return 0
    return subprocess.run([str(app), "--self-check"], env=env, check=False).returncode


def returning_person(data: Path) -> None:
    """A data folder as most starts find it: the safety questions answered (all "no")."""
    from datetime import datetime

    from kneecare.core.safety import Concern, Screening
    from kneecare.store.store import Store

    now = datetime.now().astimezone()
    store, _ = Store.open(data / "kneecare.sqlite3", now)
    store.safety.record_screening(Screening(now, dict.fromkeys(Concern, False)))
    store.close()


def keep_start_work(app: Path, env: dict[str, str]) -> None:
    """Start the built app once (a returning person's start, quitting when its window is up), letting it
    write what its starts would otherwise compile and parse each time into its own folder; never after."""
    from kneecare.core.kept_files import BUILDING  # the switch that lets a bundle write its kept files

    with tempfile.TemporaryDirectory() as data:
        returning_person(Path(data))
        run_env = {**env, BUILDING: "1", "KNEECARE_BENCH_QUIT_WHEN_SHOWN": "1"}
        done = subprocess.run(
            [str(app), "--data-dir", data],
            env=run_env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    for kept in app.parent.rglob("kept/*.marshal"):  # no one's data: readable by every user of the app
        kept.chmod(0o644)
        kept.parent.chmod(0o755)
    if done.returncode != 0:
        print(
            f"build: warning: the first start to keep its work failed ({done.returncode}); the app works,"
            f" it compiles at each start:\n{done.stderr[-2000:]}",
            file=sys.stderr,
        )


if __name__ == "__main__":
    sys.exit(main())
