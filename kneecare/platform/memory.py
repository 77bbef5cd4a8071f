"""Memory housekeeping of the running app: keeps PySide6's import hook from caching the source text of
every module it checks (about 5 MiB of Python strings kept for the app's whole life)."""

from __future__ import annotations

import linecache
import logging
import sys
from pathlib import Path
from types import ModuleType

log = logging.getLogger(__name__)

MARK = b"PySide6"  # what PySide6's hook looks for in a module's source


def uses_pyside(module: ModuleType) -> bool:
    """What PySide6's `_mod_uses_pyside` answers (does the module's source name PySide6?), read from the
    module's file without keeping its text: False for a module without a readable source file, as there."""
    origin = getattr(getattr(module, "__spec__", None), "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False
    try:
        return MARK in Path(origin).read_bytes()
    except OSError:
        return False


def stop_source_cache() -> bool:
    """PySide6's `__feature__` hook calls `inspect.getsource` on each module imported after PySide6 (to
    see whether it names PySide6), and `linecache` keeps every line of every such module for good. Answer
    the same question from the file instead; True when done, False (and nothing changed) when this
    PySide6 does not have that hook."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.debug("PySide6's feature hook not found: module sources stay as PySide6 caches them")
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    linecache.clearcache()  # and let go of what it read before
    return True
