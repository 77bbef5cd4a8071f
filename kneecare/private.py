"""Health data stays private: KneeCare's own folders are 0700 and every file it writes 0600, whatever the
umask. No Qt here. On Windows `chmod` only toggles read-only, so the calls below are harmless no-ops there."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import stat
import sys
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

FOLDER_MODE = 0o700
FILE_MODE = 0o600
PRIVATE_UMASK = 0o077
POSIX = sys.platform != "win32"


def restrict_umask() -> int:
    """From now on, files this process creates are for its user only (0600, folders 0700). Returns the
    umask it had, so a test can put it back."""
    old = os.umask(PRIVATE_UMASK)
    os.umask(old | PRIVATE_UMASK)
    return old


def _never_tightened(folder: Path) -> bool:
    """A folder the person chose to hold ours, such as $HOME or /: never changed by KneeCare."""
    try:
        resolved = folder.resolve()
        home = Path.home().resolve()
    except (OSError, RuntimeError):
        return True
    return resolved == home or resolved in home.parents or resolved == Path(resolved.anchor)


def _owned(path: Path) -> os.stat_result | None:
    """The path's own status (a symbolic link is not followed) when it is ours to change, else None."""
    try:
        st = path.lstat()
    except OSError:
        return None
    if stat.S_ISLNK(st.st_mode) or (POSIX and st.st_uid != os.geteuid()):
        return None
    return st


def private_folder(folder: Path) -> Path:
    """Create `folder` (and missing parents, each 0700) and make it 0700. OSError if it cannot be made."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    for part in reversed(missing):
        with contextlib.suppress(FileExistsError):
            part.mkdir(mode=FOLDER_MODE)
    tighten_folder(folder)
    return folder


def tighten_folder(folder: Path) -> None:
    """Make one of our folders 0700 (never $HOME, a parent of it, or a folder someone else owns)."""
    if not POSIX or _never_tightened(folder):
        return
    st = _owned(folder)
    if st is not None and stat.S_ISDIR(st.st_mode) and stat.S_IMODE(st.st_mode) != FOLDER_MODE:
        try:
            folder.chmod(FOLDER_MODE)
        except OSError as e:
            log.warning("cannot make %s private: %s", folder, e)


def tighten_file(path: Path) -> None:
    """Make one of our files 0600 (a symbolic link or another user's file is left alone)."""
    if not POSIX:
        return
    st = _owned(path)
    if st is not None and stat.S_ISREG(st.st_mode) and stat.S_IMODE(st.st_mode) & 0o077:
        try:
            path.chmod(FILE_MODE)
        except OSError as e:
            log.warning("cannot make %s private: %s", path, e)


def private_file(path: Path) -> Path:
    """Make `path` a 0600 file (created empty if missing) before something else opens it: SQLite gives its
    -wal and -shm files the database file's mode. Never raises: a folder it cannot write is left for the
    opener to report."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
        os.close(fd)
    except OSError as e:
        log.info("cannot prepare %s as a private file: %s", path, e)
        return path
    tighten_file(path)
    for suffix in ("-wal", "-shm", "-journal"):
        tighten_file(path.with_name(path.name + suffix))
    return path


def open_private(path: Path, mode: str = "a", encoding: str = "utf-8") -> io.TextIOWrapper:
    """`open(path, mode)` for text, the file created 0600 (and tightened when it already existed)."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
    flags |= os.O_APPEND if "a" in mode else os.O_TRUNC
    fd = os.open(path, flags, FILE_MODE)
    try:
        if POSIX:
            st = os.fstat(fd)
            if st.st_uid == os.geteuid() and stat.S_IMODE(st.st_mode) & 0o077:
                os.fchmod(fd, FILE_MODE)
        stream = open(fd, mode, encoding=encoding)  # noqa: PTH123, SIM115 - a descriptor; the caller owns it
        assert isinstance(stream, io.TextIOWrapper)
        return stream
    except BaseException:
        os.close(fd)
        raise


# The files KneeCare writes in its folders: only these are tightened, never whatever else a person keeps.
DATA_FILES = ("kneecare.sqlite3*", "*.corrupt-*")
BACKUP_FILES = ("*.sqlite3", "*.sqlite3-wal", "*.sqlite3-shm", "*.sqlite3-journal")
CONFIG_FILES = ("settings.json", "settings.json.bad-*", ".settings-*")
LOG_FILES = ("kneecare.log", "kneecare.log.*")
RUNTIME_FILES = ("kneecare.lock",)


def _files(folder: Path, patterns: Iterable[str]) -> list[Path]:
    found: set[Path] = set()
    with contextlib.suppress(OSError):
        for pattern in patterns:
            found.update(folder.glob(pattern))
    return sorted(found)


def tighten_paths(data: Path, config: Path, logs: Path, runtime: Path) -> None:
    """Make KneeCare's folders 0700 and the files it wrote in them 0600 (at start: files from an older
    KneeCare, or written under a looser umask, become private). Never raises."""
    if not POSIX:
        return
    backups = data / "backups"
    for folder, patterns in (
        (data, DATA_FILES),
        (backups, BACKUP_FILES),
        (config, CONFIG_FILES),
        (logs, LOG_FILES),
        (runtime, RUNTIME_FILES),
    ):
        if not folder.is_dir():
            continue
        tighten_folder(folder)
        for path in _files(folder, patterns):
            tighten_file(path)
