"""The compiled methods of finished dataclasses, kept between starts: the standard library builds each
dataclass's methods from generated source and compiles it on every start (most of the millisecond a
class costs); the same source always compiles to the same code, so the code is kept beside the bytecode.

Only `kneecare.core.lazy_dataclass` uses it, while it finishes a class: the standard library's `dataclass`
then compiles through `MethodCache.exec`. The file is trusted as Python trusts its `.pyc` files beside
it; one that cannot be read or does not fit this interpreter is ignored and written anew.
"""

from __future__ import annotations

import atexit
import dataclasses
import logging
import marshal
import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from types import CodeType
from typing import Any

log = logging.getLogger(__name__)

KEEP_AT_MOST = 3000  # sources kept in the file; past this, only those this process used
_MISSING = object()


def default_path() -> Path | None:
    """Where the methods are kept: in this package's `__pycache__`, named for the interpreter, as Python
    keeps bytecode; None where Python keeps none there (a frozen bundle, no cache tag, a pycache prefix)."""
    tag = sys.implementation.cache_tag
    if tag is None or getattr(sys, "frozen", False) or sys.pycache_prefix is not None:
        return None
    return Path(__file__).parent / "__pycache__" / f"dataclass-methods.{tag}.marshal"


def _stamp() -> tuple[int, int]:
    """What the compiled code depends on: the exact interpreter and its optimisation level."""
    return (sys.hexversion, sys.flags.optimize)


class MethodCache:
    """Source text -> compiled code, read from `path` when first needed and written back by `save`."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.compiled = 0  # sources this process had to compile (not found in the file)
        # The file's entries, each code still marshalled (read whole, unmarshalled one by one when used:
        # a start uses about half of them), and the code this process used.
        self._kept: dict[str, bytes] | None = None
        self._codes: dict[str, CodeType] = {}

    def _loaded(self) -> dict[str, bytes]:
        if self._kept is None:
            self._kept = self._read()
        return self._kept

    def _read(self) -> dict[str, bytes]:
        if self.path is None:
            return {}
        try:
            data = self.path.read_bytes()
        except OSError:  # none yet, or unreadable: compiled as the standard library does
            return {}
        try:
            stamp, codes = marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            log.debug("dataclass methods at %s unreadable; compiled anew", self.path)
            return {}
        if tuple(stamp) != _stamp() or not _all_kept(codes):
            log.debug("dataclass methods at %s are for another interpreter; compiled anew", self.path)
            return {}
        return dict(codes)

    def code(self, source: str) -> CodeType:
        """The code of `source`, exactly what `exec(source)` would compile in the standard library's
        dataclasses module (no inherited `__future__` flags)."""
        found = self._codes.get(source)
        if found is None:
            found = _unmarshalled(self._loaded().get(source))
            if found is None:
                found = compile(source, "<string>", "exec", dont_inherit=True)
                if not self.compiled:
                    atexit.register(self.save)
                self.compiled += 1
            self._codes[source] = found
        return found

    def exec(
        self, source: str | CodeType, globals: dict[str, Any] | None = None, locals: Any = None, /
    ) -> None:
        """The built-in `exec`, with a source text's code taken from the cache."""
        if globals is None:  # as the built-in: the caller's namespaces
            caller = sys._getframe(1)
            globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
        code = self.code(source) if isinstance(source, str) else source
        exec(code, globals, locals)

    def save(self) -> bool:
        """Write the methods back when this process compiled new ones, as Python writes bytecode (not
        with PYTHONDONTWRITEBYTECODE); a folder that cannot be written is left as it is. True if written."""
        if self.path is None or not self.compiled or sys.dont_write_bytecode:
            return False
        kept = self._loaded() if len(self._loaded()) + len(self._codes) <= KEEP_AT_MOST else {}
        codes = {**kept, **{source: marshal.dumps(code) for source, code in self._codes.items()}}
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(exist_ok=True)
            temporary.write_bytes(marshal.dumps((_stamp(), codes)))
            temporary.replace(self.path)
        except OSError as e:
            log.debug("dataclass methods not kept at %s: %s", self.path, e)
            with suppress(OSError):  # a half-written copy, where there is one
                temporary.unlink(missing_ok=True)
            return False
        self.compiled = 0
        return True


def _all_kept(codes: object) -> bool:
    return isinstance(codes, Mapping) and all(
        isinstance(source, str) and isinstance(code, bytes) for source, code in codes.items()
    )


def _unmarshalled(data: bytes | None) -> CodeType | None:
    """A kept entry's code; None when there is none or it is damaged (then it is compiled anew)."""
    if data is None:
        return None
    try:
        code = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    return code if isinstance(code, CodeType) else None


METHODS = MethodCache(default_path())


@contextmanager
def compiling_through(cache: MethodCache) -> Iterator[None]:
    """While inside, the standard library's dataclasses module compiles its generated methods through
    `cache` (its module-level name `exec` shadows the built-in there, and is taken away after)."""
    before = vars(dataclasses).get("exec", _MISSING)
    setattr(dataclasses, "exec", cache.exec)  # noqa: B010 (a module global, on purpose)
    try:
        yield
    finally:
        if before is _MISSING:
            delattr(dataclasses, "exec")
        else:
            setattr(dataclasses, "exec", before)  # noqa: B010
