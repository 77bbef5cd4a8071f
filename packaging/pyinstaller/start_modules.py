"""The Python archive's modules the first frame needs, stored as they are instead of zlib-compressed.

The bundle reads its Python modules from the archive (PYZ) inside the executable, each entry compressed on
its own. Inflating the entries a start imports before its first frame cost the bundle's start about 15 ms
of CPU: it was 1.03-1.15x slower to its first window than `python -m kneecare` from a venv, which reads
plain .pyc files. Those entries (about 90 modules: KneeCare's window and the standard library it uses) are
stored at zlib level 0, which inflates at the speed of a copy; the rest of the archive stays compressed.

Which modules: a probe starts KneeCare from the build's own Python (the same source the bundle holds) on
Qt's offscreen platform, with an empty data folder, and lists `sys.modules` at its first paint.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

PROBE = """
import os, sys
import kneecare.app as app

def painted(*args):
    sys.stdout.write("\\n".join(sorted(sys.modules)) + "\\n")
    sys.stdout.flush()
    os._exit(0)

app._after_first_paint = painted
from kneecare.__main__ import main
main(["--data-dir", sys.argv[1]])
os._exit(3)
"""


def first_frame_modules(root: Path) -> set[str] | None:
    """The modules a start of the window has imported when its first frame is painted; None (and a word on
    stderr) when the probe does not get there."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KNEECARE_BENCH_QUIT_WHEN_SHOWN", None)
    with tempfile.TemporaryDirectory() as data:
        try:
            done = subprocess.run(
                [sys.executable, "-c", PROBE, data],
                cwd=root,
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as e:
            print(f"start_modules: the probe did not run ({e}); all stays compressed", file=sys.stderr)
            return None
    names = set(done.stdout.split())
    if done.returncode != 0 or "kneecare.ui.main_window" not in names:
        print(
            f"start_modules: the probe ended with {done.returncode} before its first frame; every module "
            f"stays compressed\n{done.stderr[-2000:]}",
            file=sys.stderr,
        )
        return None
    return names


def store_uncompressed(names: set[str]) -> bool:
    """Make PyInstaller's PYZ writer store the entries of `names` at zlib level 0 (the others at its own
    level). False, and nothing changed, when this PyInstaller's writer is not the one known (6.x: a
    `_write_entry` class method compressing at `cls._COMPRESSION_LEVEL`)."""
    from PyInstaller.archive import writers

    writer = writers.ZlibArchiveWriter
    original = writer.__dict__.get("_write_entry")
    level = getattr(writer, "_COMPRESSION_LEVEL", None)
    if not isinstance(original, classmethod) or not isinstance(level, int):
        print("start_modules: PyInstaller's PYZ writer is not the one known; left as it is", file=sys.stderr)
        return False

    def write_entry(cls: type, fp: object, entry: tuple[str, str, str], code_dict: dict) -> object:
        cls._COMPRESSION_LEVEL = 0 if entry[0] in names else level  # type: ignore[attr-defined]
        try:
            return original.__func__(cls, fp, entry, code_dict)
        finally:
            cls._COMPRESSION_LEVEL = level  # type: ignore[attr-defined]

    writer._write_entry = classmethod(write_entry)  # type: ignore[method-assign, assignment]
    return True
