"""A lighter answer to PySide6's question about each imported module: "does its source mention PySide6?"

PySide6 hooks every import to note which modules use it (for its opt-in `__feature__` imports). It asks
through `inspect.getsource`, which reads each module's source into `linecache` and keeps it there: about
110 modules before the first window (10-14 ms of the start), and their text (5.6 MiB of heap) held for
the life of the process. The same question is answered here by reading the file's bytes, keeping nothing.
"""

from __future__ import annotations

import linecache
import logging
import sys
from pathlib import Path
from types import ModuleType

log = logging.getLogger(__name__)

MARK = b"PySide6"


def mentions_pyside(module: ModuleType) -> bool:
    """Whether the module's source file mentions PySide6: what PySide6's own check says, for a module
    with a source file, and False (as there) for a built-in, compiled or source-less one."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None) or getattr(module, "__file__", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False
    try:
        return MARK in Path(origin).read_bytes()
    except OSError:
        return False


def lighten_import_hook() -> bool:
    """Put `mentions_pyside` in place of PySide6's source check, where this PySide6 has the check as it is
    known (6.4 to 6.11); otherwise leave PySide6 as it is. True when it was put in place."""
    import PySide6.QtCore  # noqa: F401  (loads shiboken's support modules, the hook among them)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.debug("PySide6's import hook is not the one known; left as it is")
        return False
    setattr(feature, "_mod_uses_pyside", mentions_pyside)  # noqa: B010 (a module mypy cannot see)
    linecache.clearcache()  # and let go of what it read before (this module, when PySide6 came first)
    return True
