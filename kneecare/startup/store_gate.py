"""The start's way into the history: open it (a dialog that tries again while another program holds it
locked), mark sessions left running, hold every start until it is open (just after the first frame), and
for good when the history can only be read."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from kneecare.startup.problems import problem_box, problem_texts

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from kneecare.core.clock import Clock
    from kneecare.core.plan import Plan
    from kneecare.paths import AppPaths
    from kneecare.platform.single_instance import SingleInstance
    from kneecare.store.db import Opened
    from kneecare.store.store import Store
    from kneecare.ui.main_window import MainWindow
    from kneecare.ui.start_flow import Answer

log = logging.getLogger(__name__)

RETRY_MS = 2000  # how often the start tries again a history another program holds
FIRST_WAIT = 1.0  # seconds the first try waits for such a lock, before anything is shown


def open_history(
    paths: AppPaths, instance: SingleInstance, clock: Clock, parent: QWidget | None = None
) -> tuple[Store, Opened] | int:
    """The history, ready: sessions left running marked interrupted, the day's backup. An exit code instead
    when it cannot open (3) or stayed in use and the person chose Quit (4); its problem boxes and the
    "in use" dialog open over `parent` (the window, already shown, with every start held)."""
    from kneecare.store.db import NewerDatabaseError, StoreError

    try:
        found = open_store(paths.database, clock, parent)
    except StoreError as e:
        log.error("%s", e)
        kind = "newer" if isinstance(e, NewerDatabaseError) else "store"
        problem_box(parent, kind, str(e), critical=True).exec()
        return 3
    if found is None:  # the history stayed in use by another program and the person chose Quit
        instance.close()
        return 4
    store, _ = found
    if not store.read_only:
        interrupted = store.sessions.mark_interrupted()
        if interrupted:
            log.info("marked %d session(s) left in progress as interrupted", len(interrupted))
    store.backup_if_due(clock.now())
    return found


def open_store(database: Path, clock: Clock, parent: QWidget | None = None) -> tuple[Store, Opened] | None:
    """Open the history. While another program holds it locked, a small dialog says so and tries again
    every RETRY_MS by itself (Retry tries at once; Quit gives up: None). Each try waits at most 0.1 s,
    so the dialog stays responsive; nothing is renamed or replaced meanwhile. Other problems raise
    StoreError.

    A dialog over the window, whose Start stays off meanwhile: everything in the window (the safety
    questions, ratings, history, reminders) reads or writes the history, and the dialog closes by itself
    the moment the other program lets go, which is what "file in use" dialogs do elsewhere."""
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QMessageBox

    from kneecare import APP_NAME
    from kneecare.store.db import HistoryLocked
    from kneecare.store.store import Store

    try:
        return Store.open(database, clock.now(), wait=FIRST_WAIT)
    except HistoryLocked as e:
        log.warning("%s", e)
        held = str(e)
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, problem_texts()["locked"], parent=parent)
    box.setObjectName("historyLocked")
    box.setDetailedText(held)
    retry = box.addButton(QMessageBox.StandardButton.Retry)
    box.addButton(QMessageBox.StandardButton.Close).setText(QCoreApplication.translate("App", "Quit"))
    box.setDefaultButton(retry)
    outcome: list[tuple[Store, Opened] | Exception] = []

    def attempt() -> None:
        try:
            outcome.append(Store.open(database, clock.now(), wait=0.1))
        except HistoryLocked:
            return
        except Exception as e:  # shown by the caller, after the dialog
            outcome.append(e)
        timer.stop()
        box.done(0)

    timer = QTimer(box)
    timer.setInterval(RETRY_MS)
    timer.timeout.connect(attempt)
    timer.start()
    while not outcome:
        box.exec()
        if outcome or box.clickedButton() is not retry:
            break
        attempt()
    timer.stop()
    box.deleteLater()
    if not outcome:
        log.info("the history stayed in use by another program; quitting at the person's choice")
        return None
    if isinstance(outcome[0], Exception):
        raise outcome[0]
    log.info("the history is free again; starting")
    return outcome[0]


def store_notice_kind(opened: Opened) -> str:
    """Which message the start-up notice of the store is shown under."""
    if opened.read_only:
        return "read_only"
    if opened.recovery is not None and opened.recovery.backup is not None:
        return "restored"
    return "damaged"


def hold_starts(window: MainWindow) -> None:
    """A history that can only be read: Start is disabled, says why, and no other way starts a session
    (the start flow's first step says so and holds it)."""
    from PySide6.QtCore import QCoreApplication

    reason = QCoreApplication.translate(
        "App", "Sessions cannot start: your history can only be read, so they could not be saved."
    )
    window.start_button.setEnabled(False)
    window.start_button.setToolTip(reason)
    window.start_button.setAccessibleDescription(reason)
    window.statusBar().showMessage(reason)

    def read_only_step(plan: Plan, answer: Answer) -> None:
        problem_box(window, "read_only", reason).open()
        answer(False)

    window.start_flow.steps.insert(0, read_only_step)


def hold_until_open(window: MainWindow) -> Callable[[], None]:
    """Until the history is open (just after the first frame), Start is off and every other way to start
    (Space, the tray) is held by the start flow's first step: the safety facts are not read yet. Returns
    what lets go of that hold."""

    def history_not_open(plan: Plan, answer: Answer) -> None:
        log.info("a start before the history was open: held")
        answer(False)

    window.start_button.setEnabled(False)
    window.start_flow.steps.insert(0, history_not_open)

    def release() -> None:
        if history_not_open in window.start_flow.steps:
            window.start_flow.steps.remove(history_not_open)
        window.start_button.setEnabled(True)

    return release
