"""The sync folder's files, without the database: which files are journals, this computer's own journal
(appended 0600 with fsync, rotated), the others' journals read from a byte position, and the device files."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path

from kneecare.core.words import fill

log = logging.getLogger(__name__)

SUFFIX = ".kcj"
ROTATE_BYTES = 4 * 1024 * 1024  # a journal file this large is closed and the next one started
DEVICES = "devices"
OWN_FILE = re.compile(r"(?P<device>[0-9a-f]{20})\.(?P<n>[0-9]{1,6})\.kcj")
DEVICE_ID = re.compile(r"[0-9a-f]{20}")
MAX_NAME = 64


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate (this module stays free of Qt)."""
    return text


def _as_written(text: str) -> str:
    return text


class SyncProblem(Exception):
    """The folder cannot be used (missing, not a folder, not writable). `str()` is English; `say(translate)`
    says it in the person's language."""

    def __init__(self, template: str, folder: Path) -> None:
        super().__init__(fill(template, str(folder)))
        self.template = template
        self.folder = folder

    def say(self, translate: Callable[[str], str] = _as_written) -> str:
        return fill(translate(self.template), str(self.folder))


MISSING = QT_TRANSLATE_NOOP("sync", "The sync folder %1 does not exist (is the drive or share connected?).")
NOT_A_FOLDER = QT_TRANSLATE_NOOP("sync", "%1 is not a folder.")
NOT_WRITABLE = QT_TRANSLATE_NOOP("sync", "KneeCare cannot write in the sync folder %1.")
OPEN_TO_OTHERS = QT_TRANSLATE_NOOP(
    "sync",
    "Other users of this computer can look into %1. KneeCare's own files there are for you only, but a "
    "folder only you can open is safer for health records.",
)


def check_folder(folder: Path) -> bool:
    """SyncProblem when KneeCare cannot use `folder`; True when other users can look into it."""
    try:
        st = folder.stat()
    except FileNotFoundError:
        raise SyncProblem(MISSING, folder) from None
    except OSError:
        raise SyncProblem(NOT_WRITABLE, folder) from None
    if not stat.S_ISDIR(st.st_mode):
        raise SyncProblem(NOT_A_FOLDER, folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise SyncProblem(NOT_WRITABLE, folder)
    return os.name == "posix" and bool(st.st_mode & 0o044)


def is_journal(name: str) -> bool:
    """A journal or a sync tool's conflict copy of one (Syncthing: `x.sync-conflict-....kcj`; Nextcloud and
    Dropbox: `x (conflicted copy ...).kcj`); never a sync tool's hidden temporary file."""
    return name.endswith(SUFFIX) and not name.startswith((".", "~"))


def append(path: Path, lines: list[bytes]) -> None:
    """Append whole lines and wait for the disk; a file cut short by a crash gets its line ended first, so
    the next record never joins a broken one."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        size = os.fstat(fd).st_size
        start = b""
        if size:
            with path.open("rb") as f:
                f.seek(size - 1)
                if f.read(1) != b"\n":
                    start = b"\n"
        data = start + b"".join(lines)
        written = 0
        while written < len(data):
            written += os.write(fd, data[written:])
        os.fsync(fd)
    finally:
        os.close(fd)


def write_private(path: Path, data: bytes) -> None:
    """Replace a small file whole (a temporary file, fsync, rename), 0600."""
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    tmp.replace(path)


class SyncFolder:
    """One folder as one computer (`device`) sees it: its own journal files and everyone's."""

    def __init__(self, path: Path, device: str) -> None:
        self.path = path
        self.device = device

    # -- everyone's journals ------------------------------------------------------------------

    def journals(self) -> list[tuple[str, int]]:
        """Every journal there (conflict copies too) with its size now, by name."""
        with os.scandir(self.path) as entries:
            found = [(e.name, e.stat().st_size) for e in entries if is_journal(e.name) and e.is_file()]
        return sorted(found)

    def is_other(self, name: str) -> bool:
        """A journal another computer wrote (or a conflict copy, whoever wrote it)."""
        return not OWN_FILE.fullmatch(name) or not name.startswith(self.device)

    def read(self, name: str, start: int, end: int, at_least: int = 1) -> bytes:
        """The bytes of journal `name` from `start`, at most up to `end`: `at_least` of them, and then on
        to the end of the line they reach into (so that a slice always holds whole lines when it can)."""
        with (self.path / name).open("rb") as f:
            f.seek(start)
            data = f.read(max(0, min(at_least, end - start)))
            while start + len(data) < end and not data.endswith(b"\n"):
                more = f.read(min(64 * 1024, end - start - len(data)))
                if not more:
                    break
                cut = more.find(b"\n")
                data += more if cut < 0 else more[: cut + 1]
        return data

    # -- this computer's journal --------------------------------------------------------------

    def own_files(self) -> list[tuple[int, Path]]:
        own = []
        for path in self.path.glob(f"{self.device}.*{SUFFIX}"):
            match = OWN_FILE.fullmatch(path.name)
            if match and match["device"] == self.device:
                own.append((int(match["n"]), path))
        return sorted(own)

    def journal(self, fresh: bool = False) -> Path:
        """The file new records go to: the newest own file, or the next one once it is large (or `fresh`)."""
        own = self.own_files()
        n, path = own[-1] if own else (0, self.path / "none")
        if own and not fresh and path.stat().st_size < ROTATE_BYTES:
            return path
        return self.path / f"{self.device}.{n + 1}{SUFFIX}"

    def append(self, lines: list[bytes], fresh: bool = False) -> None:
        append(self.journal(fresh), lines)

    # -- device files: each computer's readable name ------------------------------------------

    def devices(self) -> dict[str, str]:
        """The other computers' names by id, as their device files say (a file that cannot be read is
        logged and skipped)."""
        folder = self.path / DEVICES
        if not folder.is_dir():
            return {}
        names: dict[str, str] = {}
        for path in sorted(folder.glob("*.json")):
            try:
                data = json.loads(path.read_bytes()[:4096])
                device, name = data["id"], data["name"]
            except (OSError, ValueError, KeyError, TypeError) as e:
                log.warning("sync: the device file %s cannot be read (%s); skipped", path.name, e)
                continue
            other = isinstance(device, str) and DEVICE_ID.fullmatch(device) and device != self.device
            if other and isinstance(name, str) and name.strip():
                names[device] = name.strip()[:MAX_NAME]
        return names

    def write_device(self, name: str) -> None:
        folder = self.path / DEVICES
        folder.mkdir(mode=0o700, exist_ok=True)
        path = folder / f"{self.device}.json"
        data = json.dumps({"id": self.device, "name": name, "format": 1}, ensure_ascii=False).encode()
        with contextlib.suppress(OSError):
            if path.read_bytes() == data:
                return
        write_private(path, data)
