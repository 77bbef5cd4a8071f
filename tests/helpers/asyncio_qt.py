"""pytest-qt knows nothing of qasync: this fixture joins asyncio to the QApplication's loop the way the app
does (`qasync.QEventLoop(app, already_running=True)`), so `qtbot.waitSignal` drives coroutines too."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest


@pytest.fixture
def qasync_loop(qapp) -> Iterator[asyncio.AbstractEventLoop]:
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        for task in asyncio.all_tasks(loop):
            task.cancel()
        qapp.processEvents()  # let the cancellations run
        # qasync marked the loop as running (the Qt loop was). Its stop() would call QApplication.exit(),
        # which makes every later Qt event loop of the test session return at once; so unmark it by hand.
        asyncio.events._set_running_loop(None)
        loop._QEventLoop__is_running = False
        loop.close()
        asyncio.set_event_loop(None)
