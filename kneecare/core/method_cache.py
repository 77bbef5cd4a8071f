"""The compiled methods of finished dataclasses, kept between starts (`kneecare/core/kept_files.py`): the
standard library builds each dataclass's methods from generated source and compiles it on every start
(most of the millisecond a class costs); the same source always compiles to the same code.

Only `kneecare.core.lazy_dataclass` uses it, while it finishes a class: the standard library's `dataclass`
then compiles through `MethodCache.exec`.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import CodeType
from typing import Any

from kneecare.core.kept_files import KeptFile, kept_path

_MISSING = object()


def default_path() -> Path | None:
    """Where the methods are kept (None: not kept, see `kept_path`)."""
    return kept_path("dataclass-methods")


class MethodCache:
    """Source text -> compiled code, kept in `path` between starts."""

    def __init__(self, path: Path | None) -> None:
        self._file = KeptFile(path)

    @property
    def path(self) -> Path | None:
        """Where the methods are kept (None once the start retired the table, or if nowhere)."""
        return self._file.path

    @property
    def compiled(self) -> int:
        """Sources this process had to compile (not found in the file, or not since the last save)."""
        return self._file.made

    def code(self, source: str) -> CodeType:
        """The code of `source`, exactly what `exec(source)` would compile in the standard library's
        dataclasses module (no inherited `__future__` flags)."""
        code: CodeType = self._file.get(
            source, lambda: compile(source, "<string>", "exec", dont_inherit=True), CodeType
        )
        return code

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
        """Write the methods back when this process compiled new ones (see `KeptFile.save`)."""
        return self._file.save()


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
