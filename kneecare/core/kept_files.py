"""Work a start would redo the same way each time, kept beside the bytecode between starts: a table of
key -> value in a marshal file (`kneecare/core/__pycache__/<name>.<python>.marshal`), read whole when
first needed, each value unmarshalled when first used. The app calls `save_all` once its start is done:
the tables are written back when the start made new values, and retire (later work is done as without
them, and nothing of them stays in memory). Nothing else writes them.

Trusted as Python trusts the `.pyc` files beside it; a file that cannot be read, does not fit this
interpreter or holds a damaged entry is passed over (the work is done again) and written anew. Nothing is
written with PYTHONDONTWRITEBYTECODE or where the folder cannot be written; a frozen bundle reads the
tables its build wrote into its own folder (`packaging/build.py`) and never writes them.
"""

from __future__ import annotations

import logging
import marshal
import os
import sys
from collections.abc import Callable, Mapping
from contextlib import suppress
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


BUILDING = "KNEECARE_KEEP_START"  # set by packaging/build.py: a bundle writes its kept files once, then never


def kept_path(name: str) -> Path | None:
    """Where the table `name` is kept: in this package's `__pycache__`, named for the interpreter, as Python
    keeps bytecode; in a frozen bundle, in its own folder (`kneecare/kept`, written when it is built); None
    where Python keeps no bytecode beside the code (no cache tag, a pycache prefix)."""
    tag = sys.implementation.cache_tag
    if tag is None:
        return None
    if getattr(sys, "frozen", False):
        return (
            Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
            / "kneecare"
            / "kept"
            / f"{name}.{tag}.marshal"
        )
    if sys.pycache_prefix is not None:
        return None
    return Path(__file__).parent / "__pycache__" / f"{name}.{tag}.marshal"


def _writable() -> bool:
    """Whether kept files may be written: as Python writes bytecode; a bundle only while it is built."""
    if getattr(sys, "frozen", False):
        return bool(os.environ.get(BUILDING))
    return not sys.dont_write_bytecode


def _stamp() -> tuple[int, int]:
    """What kept values depend on: the exact interpreter and its optimisation level."""
    return (sys.hexversion, sys.flags.optimize)


class KeptFile:
    """A table kept in `path` (None: kept nowhere, everything is made anew)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        _ALL.append(self)
        self.made = 0  # values this process made (not found in the file)
        # The file's entries, each value still marshalled, and the values this process used.
        self._kept: dict[object, bytes] | None = None
        self._used: dict[object, bytes] = {}

    def _loaded(self) -> dict[object, bytes]:
        if self._kept is None:
            self._kept = self._read()
        return self._kept

    def _read(self) -> dict[object, bytes]:
        if self.path is None:
            return {}
        try:
            data = self.path.read_bytes()
        except OSError:  # none yet, or unreadable: made anew
            return {}
        try:
            stamp, kept = marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            log.debug("%s unreadable; made anew", self.path)
            return {}
        if tuple(stamp) != _stamp() or not _all_marshalled(kept):
            log.debug("%s is for another interpreter; made anew", self.path)
            return {}
        return dict(kept)

    def get(self, key: str | bytes, make: Callable[[], Any], kind: type) -> Any:
        """The value kept for `key` (a fresh object, unmarshalled), if it is a `kind`; else `make()`, kept
        for the next start when it can be marshalled."""
        raw = self._used.get(key)
        if raw is None:
            raw = self._loaded().get(key)
        found = _unmarshalled(raw, kind)
        if raw is not None and found is not None:
            self._used[key] = raw
            return found
        value = make()
        if self.path is None:  # kept nowhere (retired, or no place for it)
            return value
        try:
            self._used[key] = marshal.dumps(value)
        except ValueError:  # a value marshal cannot hold: made anew each time
            return value
        self.made += 1
        return value

    def retire(self) -> None:
        """Let go of the file's entries and of what this process made (not written if not saved); from
        now on every value is made, and nothing is kept."""
        self.path = None
        self._kept = {}
        self._used = {}
        self.made = 0

    def save(self) -> bool:
        """Write the values this process used, when it made new ones (not with PYTHONDONTWRITEBYTECODE):
        the table holds what the last start needed, no more (another program's values would only make
        the file longer to read); a folder that cannot be written is left as it is. True if written."""
        if self.path is None or not self.made or not _writable():
            return False
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(marshal.dumps((_stamp(), self._used)))
            temporary.replace(self.path)
        except OSError as e:
            log.debug("not kept at %s: %s", self.path, e)
            with suppress(OSError):  # a half-written copy, where there is one
                temporary.unlink(missing_ok=True)
            return False
        self.made = 0
        return True


_ALL: list[KeptFile] = []


def save_all() -> None:
    """Write back every table that gained entries and retire it: the app calls this once its start is
    done; the tables would hold about half a MiB for the app's life, and what is made later (a session's
    classes, the tray's) is made as without them. Only the app's start writes them: another program's work
    (a command, the cue helper, a test) would replace the start's with its own."""
    for kept in _ALL:
        if kept.path is not None:
            log.info(
                "kept start work %s: %d made this start, written: %s", kept.path.name, kept.made, kept.save()
            )
        kept.retire()


def _all_marshalled(kept: object) -> bool:
    return isinstance(kept, Mapping) and all(
        isinstance(key, str | bytes) and isinstance(value, bytes) for key, value in kept.items()
    )


def _unmarshalled(data: bytes | None, kind: type) -> Any:
    """A kept value if it is a `kind`; None when there is none or it is damaged."""
    if data is None:
        return None
    try:
        value = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    return value if isinstance(value, kind) else None
