"""What KneeCare says when something it needs cannot be used (one message box per kind of problem, in the
person's language), and the net that logs any failure nothing else caught and says the first one calmly."""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def problem_texts() -> dict[str, str]:
    """What KneeCare says, in the person's language, when something it needs cannot be used. The exact
    words (with the paths and the cause, in English) are behind the message box's Details button."""
    from PySide6.QtCore import QCoreApplication

    return {
        "programs": QCoreApplication.translate("App", "KneeCare cannot start: a program file is broken."),
        "store": QCoreApplication.translate(
            "App", "KneeCare cannot open your history, so it cannot start. The details say why."
        ),
        "newer": QCoreApplication.translate(
            "App",
            "Your history was written by a newer version of KneeCare. It has been left untouched: please "
            "update KneeCare.",
        ),
        "damaged": QCoreApplication.translate(
            "App",
            "Your history was damaged and no good backup of it was found. The damaged file was kept, and "
            "what could still be read from it was saved into a new history; the details say where and how "
            "much.",
        ),
        "restored": QCoreApplication.translate(
            "App",
            "Your history was damaged. KneeCare kept the damaged file, restored your newest good backup "
            "from the backups folder and added what could still be read from the damaged file. The details "
            "name the backup, the folder and how many sessions each gave.",
        ),
        "locked": QCoreApplication.translate(
            "App",
            "Your history is in use by another program (a backup or sync tool, or a second reader). "
            "KneeCare will try again by itself and start as soon as it is free.",
        ),
        "read_only": QCoreApplication.translate(
            "App",
            "Your history can only be read where it is (a read-only folder, file or drive). You can look "
            "at it and export it, but new sessions cannot be saved, so Start is off.",
        ),
        "settings": QCoreApplication.translate(
            "App",
            "Your settings file could not be read, so KneeCare is using its defaults. The file was kept, "
            "not overwritten; the details say where it is.",
        ),
        "not_saved": QCoreApplication.translate(
            "App", "KneeCare could not save this session to your history."
        ),
        "instance": QCoreApplication.translate(
            "App",
            "KneeCare cannot check safely whether it is already running, so it does not start. The "
            "details say why and what to do.",
        ),
        "unexpected": QCoreApplication.translate(
            "App",
            "Something unexpected went wrong in KneeCare. Your history is kept as it was; the details "
            "say what happened, and the log file has them too.",
        ),
    }


def problem_box(parent: QWidget | None, kind: str, details: str, critical: bool = False) -> QMessageBox:
    """A message box (a QMessageBox, not yet shown) saying the `kind` of problem from `problem_texts`."""
    from PySide6.QtWidgets import QMessageBox

    from kneecare import APP_NAME

    icon = QMessageBox.Icon.Critical if critical else QMessageBox.Icon.Warning
    box = QMessageBox(icon, APP_NAME, problem_texts()[kind], QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(details)
    if os.environ.get("KNEECARE_TEST_ACCEPT_DIALOGS"):  # tests/faults: say it, then close it unattended
        from PySide6.QtCore import QTimer

        print(f"KNEECARE_DIALOG {kind}: {details}", file=sys.stderr, flush=True)
        QTimer.singleShot(0, box.accept)
    return box


_failure_shown = False


def install_failure_net() -> None:
    """Catch what nothing else caught: `sys.excepthook` (and threads') and Qt's own messages go to the
    log, and the first unexpected failure is said in one calm dialog (never a cascade of them)."""
    import threading

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def hook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        try:
            if logging.getLogger().handlers:
                log.critical("unexpected failure", exc_info=(kind, value, tb))
            else:  # no log could be opened (read-only or full disk): one line, not a traceback
                print(f"kneecare: unexpected failure: {kind.__name__}: {value}", file=sys.stderr)
            _say_failure(f"{kind.__name__}: {value}")
        except Exception:  # the net itself must never throw
            sys.__excepthook__(kind, value, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            log.critical(
                "unexpected failure in a thread",
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def qt_messages(kind: QtMsgType, context: Any, message: str) -> None:
        try:
            logging.getLogger("qt").log(levels.get(kind, logging.WARNING), "%s", message)
            if kind == QtMsgType.QtFatalMsg:
                _say_failure(message)
        except Exception:  # never let a log or dialog problem escape into Qt
            pass

    sys.excepthook = hook
    threading.excepthook = thread_hook
    qInstallMessageHandler(qt_messages)


def _say_failure(details: str) -> None:
    """The one dialog for an unexpected failure (later ones only go to the log)."""
    global _failure_shown
    if _failure_shown:
        return
    _failure_shown = True
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:  # before the window could exist: the terminal is all there is
        print(f"kneecare: {details}", file=sys.stderr)
        return
    problem_box(None, "unexpected", details, critical=True).exec()
