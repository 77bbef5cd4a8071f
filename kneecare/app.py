"""The composition root: builds paths, logging, settings, programs, clock, controller and window, then
runs Qt's event loop with asyncio joined to it (qasync), so notifications share one loop."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from kneecare.core.clock import Clock
    from kneecare.core.plan import Plan
    from kneecare.core.session import SessionResult
    from kneecare.session.controller import SessionController
    from kneecare.settings import Settings, SettingsStore
    from kneecare.store.db import Opened
    from kneecare.store.store import Store
    from kneecare.ui.main_window import MainWindow
    from kneecare.ui.session_view import SessionView

log = logging.getLogger(__name__)


def run(args: argparse.Namespace) -> int:
    # PySide6 first, so that qasync binds to it and never to a stray PyQt.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kneecare import APP_ID, APP_NAME, __version__
    from kneecare.assets import program_files
    from kneecare.core.clock import SystemClock
    from kneecare.core.library import load_library
    from kneecare.core.protocol import ProgramError
    from kneecare.core.session import SessionMachine
    from kneecare.logs import setup_logging
    from kneecare.paths import AppPaths
    from kneecare.platform.desktop_entry import app_icon, set_windows_app_id
    from kneecare.private import restrict_umask
    from kneecare.session.controller import SessionController
    from kneecare.settings import SettingsStore
    from kneecare.store.db import NewerDatabaseError, StoreError
    from kneecare.store.recorder import SessionRecorder
    from kneecare.ui.know_how import KnowHowLink
    from kneecare.ui.main_window import MainWindow
    from kneecare.ui.routine_gate import SafetyNoteGate
    from kneecare.ui.screening import SafetyGate

    restrict_umask()  # every file KneeCare writes is for this user only (health data)
    install_failure_net()  # from here on, any failure is logged and said in one calm dialog
    paths = AppPaths.resolve(args.data_dir)
    try:
        paths.ensure()
    except OSError as e:  # a read-only or full disk: say what cannot be written, as far as it comes to it
        print(f"kneecare: cannot prepare the folders under {paths.data}: {e}", file=sys.stderr)
    setup_logging(paths.log_file, verbose=args.verbose)
    log.info("%s %s starting, data in %s", APP_NAME, __version__, paths.data)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    set_windows_app_id()

    # One KneeCare per user and data folder: a second launch brings the first forward and exits.
    from kneecare.platform.single_instance import SingleInstance, SingleInstanceError

    instance = SingleInstance(paths.runtime)
    try:
        if not instance.claim():
            log.info("KneeCare already runs; this launch exits")
            return 0
    except SingleInstanceError as e:
        log.error("%s", e)
        problem_box(None, "instance", str(e), critical=True).exec()
        return 5

    settings_store = SettingsStore(paths.settings)
    loaded = settings_store.load()
    from kneecare.i18n import Translators

    translators = Translators(app)  # before any window or message: they take their words when built
    language = translators.install(loaded.settings.language)
    try:
        programs = load_library(program_files())
    except (ProgramError, FileNotFoundError) as e:
        log.error("cannot load the programs: %s", e)
        problem_box(None, "programs", str(e), critical=True).exec()
        return 2
    if language != "en":
        from kneecare.i18n import translate_program

        programs = [translate_program(p) for p in programs]
    clock = SystemClock()
    try:
        found = open_store(paths.database, clock)
    except StoreError as e:
        log.error("%s", e)
        problem_box(
            None, "newer" if isinstance(e, NewerDatabaseError) else "store", str(e), critical=True
        ).exec()
        return 3
    if found is None:  # the history stayed in use by another program and the person chose Quit
        instance.close()
        return 4
    store, opened = found
    if not store.read_only:
        interrupted = store.sessions.mark_interrupted()
        if interrupted:
            log.info("marked %d session(s) left in progress as interrupted", len(interrupted))
    store.backup_if_due(clock.now())

    controller = SessionController(SessionMachine(clock), clock)
    window = MainWindow(programs, controller, loaded.settings)
    window.settingsChanged.connect(settings_store.save)
    KnowHowLink(window)  # Help > More for your legs; a child of the window
    recorder = SessionRecorder(
        store.sessions, clock, on_error=lambda message: problem_box(window, "not_saved", message).exec()
    )
    controller.loaded.connect(recorder.loaded)
    controller.started.connect(recorder.started)
    controller.phaseEnded.connect(recorder.phase_ended)
    controller.safetyReported.connect(recorder.safety_reported)
    controller.finished.connect(recorder.finished)
    # Safety first among the start gates: screening when due, then the daily leg question.
    safety_gate = SafetyGate(store.safety, clock, window, has_sessions=lambda: bool(store.sessions.recent(1)))
    window.start_gates.append(safety_gate)
    window.start_gates.append(SafetyNoteGate(window))  # then a routine's own safety note (contrast shower)
    if store.read_only:  # nothing could be saved: no session starts, and the button says why
        hold_starts(window)

    def change_settings(new: Settings) -> None:  # a change made outside the window (ratings, history)
        window.settings = new
        window.settingsChanged.emit(new)

    # History and ratings are built when first needed: start-up does not import them.
    later: dict[str, Any] = {}

    def history() -> Any:  # kneecare.ui.history.History
        if "history" not in later:
            from kneecare.ui.history import History

            names = {p.id: p.name for p in programs}
            later["history"] = History(store, clock, names, lambda: window.settings, change_settings, window)
        return later["history"]

    def ratings() -> Any:  # kneecare.ui.ratings.RatingFlow
        if "ratings" not in later:
            from kneecare.ui.ratings import RatingFlow

            later["ratings"] = RatingFlow(
                window, recorder, store.sessions, lambda: window.settings, change_settings
            )
        return later["ratings"]

    def show_history() -> None:  # View > History; also what the tray's "History" calls
        history().show()

    def rate_before(plan: Plan) -> bool:
        return bool(ratings().before_gate(plan))

    def session_finished(result: SessionResult) -> None:
        ratings().after_session(result)  # after the recorder has written the end (connected first)
        if "history" in later:
            later["history"].refresh()

    window.history_action.triggered.connect(show_history)
    window.export_action.triggered.connect(lambda: history().export_dialog())
    window.import_action.triggered.connect(lambda: history().import_dialog())
    window.start_gates.append(rate_before)
    controller.finished.connect(session_finished)
    backup_timer = QTimer(window)  # a long-running app still gets its daily backup
    backup_timer.setInterval(60 * 60 * 1000)
    backup_timer.timeout.connect(lambda: store.backup_if_due(clock.now()))
    backup_timer.start()
    from PySide6.QtWidgets import QSystemTrayIcon

    has_tray = QSystemTrayIcon.isSystemTrayAvailable()
    if not args.minimized:
        window.show()
    elif not has_tray:  # --minimized lives in the tray; with no tray, a minimized window
        window.showMinimized()
    if os.environ.get("KNEECARE_BENCH_QUIT_WHEN_SHOWN"):  # benchmarks/startup.py
        QTimer.singleShot(0, lambda: (print(f"KNEECARE_SHOWN {time.time():.6f}", flush=True), app.quit()))
    if not args.minimized:  # the first launch asks the safety questions before anything else
        QTimer.singleShot(0, safety_gate.welcome)
    for kind, warning in (("settings", loaded.warning), (store_notice_kind(opened), opened.notice)):
        if warning:
            QTimer.singleShot(0, lambda k=kind, text=warning: problem_box(window, k, text).exec())
    # Damage the daily check finds while KneeCare runs is repaired by the store; the person is told.
    store.on_recovered = lambda recovery: problem_box(
        window, "restored" if recovery.backup else "damaged", recovery.words()
    ).open()

    # Show the window first; asyncio (for notifications) joins Qt's loop right after, then the tray and
    # the reminders start (they need the asyncio loop for notifications).
    QTimer.singleShot(0, lambda: _join_asyncio(app))
    tray: list[object] = []
    QTimer.singleShot(
        0,
        lambda: tray.append(
            _start_tray(
                app,
                window,
                programs,
                clock,
                store,
                settings_store,
                instance,
                args,
                has_tray,
                show_history,
                safety_gate,
            )
        ),
    )
    QTimer.singleShot(0, lambda: _start_cues(window, controller, settings_store))
    from kneecare.platform.signals import quit_on_sigterm  # SIGTERM stops the session, then quits

    term = quit_on_sigterm(app, controller)  # noqa: F841  (kept alive with the app)
    motion: list[object] = []  # keeps the portal watcher
    QTimer.singleShot(0, lambda: motion.append(_follow_motion_preference(window)))
    code = app.exec()
    instance.close()
    # Let Qt tear down its objects while the window is still referenced here: left to Python's exit
    # handlers, PySide6 6.12 destroys the widgets in an order that can crash (seen as exit code -11).
    store.close()
    app.shutdown()
    return code


RETRY_MS = 2000  # how often the start tries again a history another program holds
FIRST_WAIT = 1.0  # seconds the first try waits for such a lock, before anything is shown


def open_store(database: Path, clock: Clock) -> tuple[Store, Opened] | None:
    """Open the history. While another program holds it locked, a small dialog says so and tries again
    every RETRY_MS by itself (Retry tries at once; Quit gives up: None). Each try waits at most 0.1 s,
    so the dialog stays responsive; nothing is renamed or replaced meanwhile. Other problems raise
    StoreError.

    A dialog before the window, rather than a window with Start disabled: everything in the window (the
    safety questions, ratings, history, reminders) reads or writes the history, and the dialog closes
    by itself the moment the other program lets go, which is what "file in use" dialogs do elsewhere."""
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
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, problem_texts()["locked"])
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
    """A history that can only be read: Start is disabled, says why, and no other way starts a session."""
    from PySide6.QtCore import QCoreApplication

    reason = QCoreApplication.translate(
        "App", "Sessions cannot start: your history can only be read, so they could not be saved."
    )
    window.start_button.setEnabled(False)
    window.start_button.setToolTip(reason)
    window.start_button.setAccessibleDescription(reason)
    window.statusBar().showMessage(reason)

    def read_only_gate(plan: Plan) -> bool:
        problem_box(window, "read_only", reason).exec()
        return False

    window.start_gates.insert(0, read_only_gate)


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


def problem_box(parent: Any, kind: str, details: str, critical: bool = False) -> Any:
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


def _start_tray(
    app: Any,
    window: Any,
    programs: Any,
    clock: Any,
    store: Any,
    settings_store: Any,
    instance: Any,
    args: argparse.Namespace,
    has_tray: bool,
    show_history: Any,
    safety_gate: Any = None,
) -> object:
    """The tray icon, reminders and notifications, wired to the window, the store and a second launch."""
    from kneecare.core.protocol import goal_kinds
    from kneecare.platform.autostart import for_this_system
    from kneecare.tray.companion import TrayCompanion
    from kneecare.tray.nudges import MovementNudges
    from kneecare.tray.persist import StoreNotices, StoreReminderLog

    companion = TrayCompanion(
        app,
        window,
        programs,
        clock,
        window.settings,
        StoreReminderLog(store.reminders, store.state),
        # Knee sessions count towards the goal; routines too if the person chose so.
        lambda now: store.sessions.count_on_day(
            now.date(), now.tzinfo, kinds=goal_kinds(window.settings.goal_counts_routines)
        ),
        StoreNotices(store.state),
        for_this_system(),
        data_dir=args.data_dir,
        tray_available=has_tray,
        # While a leg is on hold: said in the tooltip, and reminders say why instead of inviting.
        held=safety_gate.held if safety_gate is not None else None,
        held_day=store.state,
    )
    if safety_gate is not None:
        safety_gate.holdChanged.connect(lambda _held: companion.refresh())
    companion.settingsSaved.connect(settings_store.save)
    instance.activationRequested.connect(companion.show_window)
    companion.safetyRequested.connect(companion.show_window)
    companion.safetyRequested.connect(window.show_safety_page)
    companion.historyRequested.connect(show_history)
    companion.start(args.minimized)
    # "Stand up and move" once an hour (off unless chosen): the same scheduler, a second planner.
    nudges = MovementNudges(window, clock, window.settings, store.state, parent=companion)
    companion.settingsSaved.connect(nudges.apply_settings)
    nudges.start()
    return companion


def _start_cues(window: MainWindow, controller: SessionController, store: SettingsStore) -> None:
    """Sounds and voice, set up after the first frame. They play in a helper process that starts only when a
    session is near (the set-up gets focus, the before-rating opens, or Start) and ends after it: the app
    itself never loads QtMultimedia or QtTextToSpeech. Whatever goes wrong, the session goes on without."""
    started = time.perf_counter()
    try:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMenu, QWidget

        from kneecare.core.session import State
        from kneecare.cues.player import CuePlayer
        from kneecare.ui.cue_settings import cue_settings_action

        player = CuePlayer(controller, window.settings, parent=window)
    except Exception:
        log.exception("sounds and voice are off: they could not be set up")
        return

    def focus_moved(old: QWidget | None, new: QWidget | None) -> None:
        """The person moved into the set-up before any session (not the window's own activation, nor the
        focus coming back after a session), or the before-rating opened."""
        widget = new
        into_setup = old is not None and controller.state is State.IDLE
        while widget is not None:
            name = widget.objectName()
            if (name == "setup" and into_setup) or name == "rating-before":
                player.prepare()
                return
            widget = widget.parentWidget()

    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.connect(focus_moved)
    player.helperLost.connect(
        lambda: window.statusBar().showMessage(
            QCoreApplication.translate(
                "CuePlayer", "Sounds and voice stopped working; the session goes on without them."
            ),
            15000,
        )
    )

    def chosen(new: Settings) -> None:
        window.settings = new  # the window saves its whole copy with each set-up change: keep it current
        store.save(new)
        player.apply_settings(new)

    # File ▸ Sound and voice…, beside the tray's File ▸ Reminders… (before Quit).
    action = cue_settings_action(window, player, lambda: window.settings, chosen)
    file_menu = next(iter(window.menuBar().findChildren(QMenu)), None)
    quit_action = getattr(window, "quit_action", None)
    if file_menu is not None and quit_action in file_menu.actions():
        file_menu.insertAction(quit_action, action)
    else:
        window.menuBar().addAction(action)
    log.info("sounds and voice ready in %.0f ms", (time.perf_counter() - started) * 1000)


def _follow_motion_preference(view: SessionView | MainWindow, bus: Any = None) -> object | None:
    """The desktop's reduce-motion preference where Qt (before 6.12) cannot read it, after the first frame
    (QtDBus stays off the start path): each answer reaches the window (its view and its View ▸ Reduce
    motion check mark), which follows it unless the person chose."""
    from kneecare.platform.motion import follow_desktop_motion
    from kneecare.ui.widgets import theme

    if theme.qt_reads_motion_preference():  # Qt 6.12+: Qt tells when the preference changes
        changed = getattr(theme.accessibility_hints(), "motionPreferenceChanged", None)
        if changed is not None:
            changed.connect(view.refresh_motion_preference)
        return None

    def known(reduce: bool | None) -> None:
        theme.set_desktop_reduced_motion(reduce)
        view.refresh_motion_preference()

    return follow_desktop_motion(view, known, bus)


def _join_asyncio(app: object) -> None:
    """Run asyncio on Qt's already running loop (qasync), so coroutines such as notifications share it.

    Done after the first frame: importing asyncio and qasync costs about 70 ms of start-up.
    """
    import asyncio

    import qasync

    loop = qasync.QEventLoop(app, already_running=True)
    asyncio.set_event_loop(loop)
