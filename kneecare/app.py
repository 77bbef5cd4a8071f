"""The composition root: builds paths, logging, settings, programs, clock, controller and window, then
runs one event loop (qasync, so asyncio code such as notifications shares Qt's loop)."""

from __future__ import annotations

import argparse
import logging
import sys

log = logging.getLogger(__name__)


def run(args: argparse.Namespace) -> int:
    # PySide6 first, so that qasync binds to it and never to a stray PyQt.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kneecare import APP_ID, APP_NAME, __version__
    from kneecare.assets import program_files
    from kneecare.core.clock import SystemClock
    from kneecare.core.library import load_library
    from kneecare.core.protocol import ProgramError
    from kneecare.core.session import SessionMachine
    from kneecare.logs import setup_logging
    from kneecare.paths import AppPaths
    from kneecare.session.controller import SessionController
    from kneecare.settings import SettingsStore
    from kneecare.ui.main_window import MainWindow

    paths = AppPaths.resolve(args.data_dir)
    paths.ensure()
    setup_logging(paths.log_file, verbose=args.verbose)
    log.info("%s %s starting, data in %s", APP_NAME, __version__, paths.data)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)

    try:
        programs = load_library(program_files())
    except (ProgramError, FileNotFoundError) as e:
        log.error("cannot load the programs: %s", e)
        QMessageBox.critical(None, APP_NAME, f"KneeCare cannot start: a program file is broken.\n\n{e}")
        return 2

    store = SettingsStore(paths.settings)
    loaded = store.load()
    clock = SystemClock()
    controller = SessionController(SessionMachine(clock), clock)
    window = MainWindow(programs, controller, loaded.settings)
    window.settingsChanged.connect(store.save)
    if args.minimized:
        window.showMinimized()
    else:
        window.show()
    if loaded.warning:
        warning = loaded.warning
        QTimer.singleShot(0, lambda: QMessageBox.warning(window, APP_NAME, warning))

    return _exec(app)


def _exec(app: object) -> int:
    """Run Qt's loop under qasync so asyncio tasks (notifications) run on it too."""
    import asyncio

    import qasync
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    done = asyncio.Event()
    app.aboutToQuit.connect(done.set)
    with loop:
        loop.run_until_complete(done.wait())
    return 0
