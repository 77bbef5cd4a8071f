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


def run_until_idle(rounds: int = 1000) -> None:
    """Lets the joined asyncio loop do what it has to do now, with no sleeping: qasync runs its callbacks
    from Qt's event queue, so Qt's events are processed until no task of the loop is left unfinished (and
    once more, for the callbacks of the last ones). Fails if tasks are still waiting after `rounds`."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    assert app is not None
    loop = asyncio.get_running_loop()  # qasync marks the joined loop as running
    for _ in range(rounds):
        app.processEvents()
        if all(task.done() for task in asyncio.all_tasks(loop)):
            app.processEvents()
            return
    waiting = [t for t in asyncio.all_tasks(loop) if not t.done()]
    raise AssertionError(f"the asyncio loop did not settle: {waiting}")
