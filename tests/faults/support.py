"""What the fault tests share: the real app started as a subprocess (offscreen, quitting once shown, its
dialogs said on stderr and closed), a small tmpfs, and skips that CI turns into failures."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.system import in_ci

START_TIMEOUT = 90  # seconds: a bound on a hung start, never a wait


def skip_or_fail(reason: str) -> None:
    """Skip on a developer's machine; under CI (CI=true) the skip is a failure."""
    if in_ci():
        pytest.fail(f"CI must not skip: {reason}")
    pytest.skip(reason)


def need_root(what: str) -> None:
    if os.geteuid() != 0:
        skip_or_fail(f"{what} needs root (run as root, as CI does)")


def kneecare(*args: str, umask: int = 0o022, **env: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m kneecare ARGS` as a person would, under `umask`; the window quits once shown and a
    message box is printed as `KNEECARE_DIALOG kind: details` and closed."""
    environ = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KNEECARE_BENCH_QUIT_WHEN_SHOWN": "1",
        "KNEECARE_TEST_ACCEPT_DIALOGS": "1",
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "kneecare", *args],
        env=environ,
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT,
        preexec_fn=lambda: os.umask(umask),
        check=False,
    )


@contextlib.contextmanager
def tmpfs(size: str) -> Iterator[Path]:
    """A fresh tmpfs of `size` (root only), unmounted afterwards."""
    need_root("a small tmpfs")
    where = Path(tempfile.mkdtemp(prefix="kneecare-tmpfs-"))
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        where.rmdir()
        skip_or_fail(f"cannot mount a tmpfs: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)
        with contextlib.suppress(OSError):
            where.rmdir()


def fill(folder: Path) -> None:
    """Fill the file system holding `folder` to the last byte."""
    with (folder / "filler").open("wb", buffering=0) as f:
        with contextlib.suppress(OSError):
            while True:
                f.write(b"\0" * 4096)
                f.flush()
        with contextlib.suppress(OSError):
            while True:  # the last partial block
                f.write(b"\0")
                f.flush()
