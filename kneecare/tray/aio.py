"""asyncio on Qt's running loop (qasync), joined on first need, when the first desktop notification goes
out: until then neither asyncio, qasync nor desktop-notifier (nor the ssl they pull in) is loaded."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from asyncio import AbstractEventLoop

log = logging.getLogger(__name__)


def running_loop() -> AbstractEventLoop | None:
    """The asyncio loop joined to Qt's, if one is; never loads asyncio."""
    if "asyncio" not in sys.modules:
        return None
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def joined_loop() -> AbstractEventLoop | None:
    """The asyncio loop joined to Qt's running loop, joining it now if needed (call from Qt's loop, in the
    main thread); None when it cannot be (the caller then does without)."""
    loop = running_loop()
    if loop is not None:
        return loop
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is None:
        return None
    try:
        import asyncio

        import qasync

        joined: AbstractEventLoop = qasync.QEventLoop(app, already_running=True)
        asyncio.set_event_loop(joined)
    except Exception:
        log.exception("asyncio could not join Qt's loop: reminders go by the tray or a window")
        return None
    log.info("asyncio joined Qt's loop (for a desktop notification)")
    return joined
