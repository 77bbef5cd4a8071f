"""The composition root: builds paths, logging, settings, programs, clock, controller and window, shows
it, then opens the history and wires the rest; runs Qt's event loop (asyncio joins it, through qasync,
when the first desktop notification goes out: `tray/aio.py`)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from kneecare.platform.pyside_imports import lighten_import_hook

# First: PySide6 would read the source of each of the hundred modules the window imports, and keep it.
lighten_import_hook()

from kneecare.core.lazy_dataclass import dataclass  # noqa: E402
from kneecare.startup.first_paint import after_first_paint  # noqa: E402
from kneecare.startup.problems import install_failure_net, problem_box  # noqa: E402
from kneecare.startup.store_gate import (  # noqa: E402
    hold_starts,
    hold_until_open,
    open_history,
    store_notice_kind,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from PySide6.QtWidgets import QApplication, QWidget

    from kneecare.core.clock import Clock
    from kneecare.core.plan import Plan
    from kneecare.core.protocol import Program
    from kneecare.core.session import SessionResult
    from kneecare.paths import AppPaths
    from kneecare.platform.single_instance import SingleInstance
    from kneecare.session.controller import SessionController
    from kneecare.settings import Settings
    from kneecare.store.db import Opened
    from kneecare.store.recorder import SessionRecorder
    from kneecare.store.store import Store
    from kneecare.ui.history import History
    from kneecare.ui.main_window import MainWindow
    from kneecare.ui.ratings import RatingFlow
    from kneecare.ui.screening import SafetyGate
    from kneecare.ui.session_view import SessionView
    from kneecare.ui.settings_model import SettingsModel
    from kneecare.ui.start_flow import Answer
    from kneecare.ui.sync import SyncRunner

log = logging.getLogger(__name__)


@dataclass
class Front:
    """What the first frame needs, built before it: the window and the controller behind it."""

    app: QApplication
    args: argparse.Namespace
    instance: SingleInstance
    settings: SettingsModel
    programs: list[Program]
    clock: Clock
    controller: SessionController
    window: MainWindow
    has_tray: bool


@dataclass
class Services(Front):
    """What the composition root builds once the history is open: the front, and what works on the
    history, typed, handed to each part that needs it."""

    store: Store
    opened: Opened
    recorder: SessionRecorder
    safety: SafetyGate
    later: Later


def run(args: argparse.Namespace) -> int:
    """Build the window, show it, then (after its first paint) listen for second launches, open the
    history and wire the rest; run the loop; the exit code."""
    # PySide6 first, so that qasync (joined when a notification is first sent) binds to it, never to PyQt.
    from PySide6.QtWidgets import QApplication  # noqa: F401

    from kneecare.private import restrict_umask

    restrict_umask()  # every file KneeCare writes is for this user only (health data)
    install_failure_net()  # from here on, any failure is logged and said in one calm dialog
    paths = _prepare(args)
    app = _qt_app()
    instance = _claim_instance(paths)
    if isinstance(instance, int):
        return instance
    settings, warning, language = _load_settings(paths, app)
    programs = _load_programs(language)
    if programs is None:
        instance.close()
        return 2
    front = _build_front(app, args, instance, settings, programs)
    release = hold_until_open(front.window)  # no start until the safety facts are read
    _show_front(front)
    keep: list[object] = []
    after_first_paint(front.window, lambda: _after_first_paint(front, paths, warning, release, keep))
    code = app.exec()
    instance.close()
    # Let Qt tear down its objects while the window is still referenced here: left to Python's exit
    # handlers, PySide6 6.12 destroys the widgets in an order that can crash (seen as exit code -11).
    for part in keep:
        if isinstance(part, Services):
            part.store.close()
    app.shutdown()
    keep.clear()
    return code


def _after_first_paint(
    front: Front, paths: AppPaths, warning: str | None, release: Callable[[], None], keep: list[object]
) -> None:
    """The first frame is on screen: listen for second launches (letting go of the start-up lock), open
    the history (its dialogs over the window), let Start go, then the rest of the start. A failure here
    ends the start, as it did before the window: said by the failure net, exit code 1."""
    front.instance.listen()
    warning = warning or _check_rules(front.settings)
    try:
        found = open_history(paths, front.instance, front.clock, front.window)
    except Exception:
        sys.excepthook(*sys.exc_info())
        front.app.exit(1)
        return
    if isinstance(found, int):
        front.app.exit(found)
        return
    store, opened = found
    release()
    services = _build(front, store, opened)
    keep.append(services)
    _show(services, [("settings", warning), (store_notice_kind(opened), opened.notice)])
    keep.append(_start_after_first_frame(services))
    if os.environ.get("KNEECARE_BENCH_QUIT_WHEN_SHOWN"):  # shown, and the history open (its dialogs said)
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, front.app.quit)


def _prepare(args: argparse.Namespace) -> AppPaths:
    """The folders and the log."""
    from kneecare import APP_NAME, __version__
    from kneecare.logs import setup_logging
    from kneecare.paths import AppPaths

    paths = AppPaths.resolve(args.data_dir)
    try:
        paths.ensure()
    except OSError as e:  # a read-only or full disk: say what cannot be written, as far as it comes to it
        print(f"kneecare: cannot prepare the folders under {paths.data}: {e}", file=sys.stderr)
    setup_logging(paths.log_file, verbose=args.verbose)
    log.info("%s %s starting, data in %s", APP_NAME, __version__, paths.data)
    return paths


def _qt_app() -> QApplication:
    from PySide6.QtWidgets import QApplication

    from kneecare import APP_ID, APP_NAME, __version__
    from kneecare.platform.desktop_entry import app_icon, set_windows_app_id

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    set_windows_app_id()
    return app


def _claim_instance(paths: AppPaths) -> SingleInstance | int:
    """One KneeCare per user and data folder: a second launch brings the first forward and exits (0)."""
    from kneecare.platform.single_instance import SingleInstance, SingleInstanceError

    instance = SingleInstance(paths.runtime)
    try:
        # The start-up lock stays held until it listens, after the first frame: a launch meanwhile waits.
        if not instance.claim(listen_now=False):
            log.info("KneeCare already runs; this launch exits")
            return 0
    except SingleInstanceError as e:
        log.error("%s", e)
        problem_box(None, "instance", str(e), critical=True).exec()
        return 5
    return instance


def _load_settings(paths: AppPaths, app: QApplication) -> tuple[SettingsModel, str | None, str]:
    """The settings model (saving to settings.json), its load warning, and the language installed (the
    translators come before any window or message: they take their words when built)."""
    from kneecare.i18n import Translators
    from kneecare.settings import SettingsStore
    from kneecare.ui.settings_model import SettingsModel

    store = SettingsStore(paths.settings)
    loaded = store.load(rules=False)  # the reminder rules: checked after the first frame
    language = Translators(app).install(loaded.settings.language)
    return SettingsModel(loaded.settings, store), loaded.warning, language


def _check_rules(settings: SettingsModel) -> str | None:
    """The reminder and nudge rules loaded with the settings, checked before anything uses them (they
    need core/schedule.py, left out of the first frame); when they cannot work, the reminders go back to
    their defaults, the file is kept aside, and the warning says so."""
    if settings.store is None:
        return None
    checked = settings.store.check_rules(settings.value)
    if checked.warning is not None:
        settings.replace(checked.settings)
    return checked.warning


def _load_programs(language: str) -> list[Program] | None:
    from kneecare.assets import program_files
    from kneecare.core.library import load_library
    from kneecare.core.protocol import ProgramError

    try:
        programs = load_library(program_files())
    except (ProgramError, FileNotFoundError) as e:
        log.error("cannot load the programs: %s", e)
        problem_box(None, "programs", str(e), critical=True).exec()
        return None
    if language != "en":
        from kneecare.i18n import translate_program

        programs = [translate_program(p) for p in programs]
    return programs


def _build_front(
    app: QApplication,
    args: argparse.Namespace,
    instance: SingleInstance,
    settings: SettingsModel,
    programs: list[Program],
) -> Front:
    """The clock, the controller and the window: what the first frame shows."""
    from PySide6.QtWidgets import QSystemTrayIcon

    from kneecare.core.clock import SystemClock
    from kneecare.core.session import SessionMachine
    from kneecare.session.controller import SessionController
    from kneecare.ui.main_window import MainWindow

    clock = SystemClock()
    controller = SessionController(SessionMachine(clock), clock)
    window = MainWindow(programs, controller, settings)
    has_tray = QSystemTrayIcon.isSystemTrayAvailable()
    return Front(app, args, instance, settings, programs, clock, controller, window, has_tray)


def _build(front: Front, store: Store, opened: Opened) -> Services:
    """The recorder and the start flow, wired to the open history."""
    from kneecare.store.recorder import SessionRecorder
    from kneecare.ui.routine_gate import SafetyNoteGate
    from kneecare.ui.screening import SafetyGate

    f = front
    window, controller, clock, settings = f.window, f.controller, f.clock, f.settings
    recorder = SessionRecorder(
        store.sessions, clock, on_error=lambda message: problem_box(window, "not_saved", message).open()
    )
    controller.loaded.connect(recorder.loaded)
    controller.started.connect(recorder.started)
    controller.phaseEnded.connect(recorder.phase_ended)
    controller.safetyReported.connect(recorder.safety_reported)
    controller.finished.connect(recorder.finished)
    safety = SafetyGate(
        store.safety, clock, window, settings, has_sessions=lambda: bool(store.sessions.recent(1))
    )
    later = Later(window, store, clock, f.programs, recorder, settings)
    # The start flow, in order: safety first (a hold's follow-up, the screening, the daily leg question),
    # then a routine's own safety note (contrast shower), then the "before" rating.
    window.start_flow.steps += [safety, SafetyNoteGate(window), later.rate_before]
    if store.read_only:  # nothing could be saved: no session starts, and the button says why
        hold_starts(window)
    window.history_action.triggered.connect(later.show_history)
    window.export_action.triggered.connect(lambda: later.history().export_dialog())
    window.import_action.triggered.connect(lambda: later.history().import_dialog())
    controller.finished.connect(later.session_finished)  # after the recorder has written the end
    return Services(
        **{field.name: getattr(f, field.name) for field in fields(Front)},
        store=store,
        opened=opened,
        recorder=recorder,
        safety=safety,
        later=later,
    )


def _quit_on_sigterm(s: Services) -> object:
    """From the first turn of the loop on, SIGTERM stops a running session (recorded) and quits; before
    that, no session can run and the default (end the process) loses nothing."""
    from kneecare.platform.signals import quit_on_sigterm

    return quit_on_sigterm(s.app, s.controller)


def _add_report_action(s: Services) -> None:
    """File ▸ Report for a health professional…, after the first frame (the report's modules stay off the
    start path)."""
    from kneecare.store.service import HistoryService
    from kneecare.ui.report_dialog import report_action

    report = report_action(s.window, lambda: HistoryService(s.store, s.clock), s.clock, s.settings)
    s.window.add_file_action(report, separated=True)


def _add_know_how(window: MainWindow) -> None:
    """Help ▸ More for your legs, after the first frame (its page and words stay off the start path)."""
    from kneecare.ui.know_how import KnowHowLink

    KnowHowLink(window)  # a child of the window


class Later:
    """History and ratings, built when first needed: start-up imports neither."""

    def __init__(
        self,
        window: MainWindow,
        store: Store,
        clock: Clock,
        programs: list[Program],
        recorder: SessionRecorder,
        settings: SettingsModel,
    ) -> None:
        self.window, self.store, self.clock, self.programs = window, store, clock, programs
        self.recorder, self.settings = recorder, settings
        self._history: History | None = None
        self._ratings: RatingFlow | None = None
        self.sync_runner: SyncRunner | None = None  # set once sync is wired (after the first frame)

    def history(self) -> History:
        if self._history is None:
            from kneecare.ui.history import History

            names = {p.id: p.name for p in self.programs}
            model = self.settings
            self._history = History(
                self.store, self.clock, names, lambda: model.value, model.replace, self.window
            )
        return self._history

    def ratings(self) -> RatingFlow:
        if self._ratings is None:
            from kneecare.ui.ratings import RatingFlow

            model = self.settings
            self._ratings = RatingFlow(
                self.window, self.recorder, self.store.sessions, lambda: model.value, model.replace
            )
        return self._ratings

    def show_history(self) -> None:  # View > History; also what the tray's "History" calls
        self.history().show()

    def rate_before(self, plan: Plan, answer: Answer) -> None:
        self.ratings().before_gate(plan, answer)

    def synced(self, result: object) -> None:
        """After a sync that changed the history: the open history shows it."""
        if self._history is not None and getattr(result, "changed", False):
            self._history.refresh()

    def session_finished(self, result: SessionResult) -> None:
        self.ratings().after_session(result)
        if self._history is not None:
            self._history.refresh()


def _show_front(front: Front) -> None:
    """The window (or the tray only, with --minimized)."""
    if not front.args.minimized:
        front.window.show()
    elif not front.has_tray:  # --minimized lives in the tray; with no tray, a minimized window
        front.window.showMinimized()
    if os.environ.get("KNEECARE_BENCH_QUIT_WHEN_SHOWN"):  # benchmarks/startup.py; it quits once started
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: print(f"KNEECARE_SHOWN {time.time():.6f}", flush=True))


def _show(services: Services, notices: list[tuple[str, str | None]]) -> None:
    """The first launch's questions, start-up notices, the hourly backup and the store's later repairs."""
    from PySide6.QtCore import QTimer

    s = services
    window, store, clock = s.window, s.store, s.clock
    backup_timer = QTimer(window)  # a long-running app still gets its daily backup
    backup_timer.setInterval(60 * 60 * 1000)
    backup_timer.timeout.connect(lambda: store.backup_if_due(clock.now()))
    backup_timer.start()
    if not s.args.minimized:  # the first launch asks the safety questions before anything else
        QTimer.singleShot(0, s.safety.welcome)
    for kind, warning in notices:
        if warning:
            QTimer.singleShot(0, lambda k=kind, text=warning: problem_box(window, k, text).exec())
    # Damage the daily check finds while KneeCare runs is repaired by the store; the person is told.
    store.on_recovered = lambda recovery: problem_box(
        window, "restored" if recovery.backup else "damaged", recovery.words()
    ).open()


def _start_after_first_frame(services: Services) -> list[object]:
    """After the first frame and the history: the tray and the reminders (asyncio joins Qt's loop only when
    the first desktop notification goes out), sounds and voice, and the desktop's motion preference.
    The returned list keeps what they build alive while the app runs."""
    from PySide6.QtCore import QTimer

    s = services
    keep: list[object] = []
    QTimer.singleShot(0, lambda: keep.append(_quit_on_sigterm(s)))  # SIGTERM stops the session, then quits
    QTimer.singleShot(0, lambda: _add_report_action(s))
    QTimer.singleShot(0, lambda: _add_know_how(s.window))
    QTimer.singleShot(0, lambda: keep.append(_start_tray(s)))
    QTimer.singleShot(0, lambda: _start_cues(s.window, s.controller, s.settings))
    QTimer.singleShot(0, lambda: keep.append(_follow_motion_preference(s.window)))
    QTimer.singleShot(0, lambda: _suggest_program(s))
    QTimer.singleShot(0, lambda: keep.append(_start_sync(s)))
    QTimer.singleShot(0, _keep_start_work)
    return keep


def _keep_start_work() -> None:
    """What this start compiled and parsed (dataclass methods, program files), written for the next start
    when there is something new (the first start after an install or an update)."""
    from kneecare.core.kept_files import save_all

    save_all()


def _start_sync(s: Services) -> object:
    """File ▸ Sync…, and the sync's moments: now (start), a minute after each session, when the folder
    changes and every few minutes while idle; never during a session."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction

    from kneecare.store.service import HistoryService
    from kneecare.ui.sync import SyncDialog, SyncRunner

    runner = SyncRunner(
        HistoryService(s.store, s.clock), s.settings, lambda: s.controller.state, parent=s.window
    )
    action = QAction(QCoreApplication.translate("MainWindow", "S&ync…"), s.window)
    action.setObjectName("sync_action")

    def open_dialog() -> None:
        dialog = SyncDialog(runner, s.window)
        dialog.setObjectName("sync_dialog")
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    action.triggered.connect(open_dialog)
    s.window.add_file_action(action)
    s.controller.finished.connect(lambda _result: runner.session_finished())
    runner.synced.connect(s.later.synced)
    s.later.sync_runner = runner
    if not s.store.read_only:
        runner.later(0)
    return runner


def _suggest_program(s: Services) -> None:
    """The set-up panel's one suggestion of what seems to help, read after the first frame."""
    from kneecare.store.service import HistoryService
    from kneecare.ui.suggestion import suggest_once

    suggest_once(s.window.setup_panel, HistoryService(s.store, s.clock), s.controller)


def _start_tray(s: Services) -> object:
    """The tray icon, reminders and notifications, wired to the window (through its session actions), the
    store and a second launch; then the movement nudges."""
    from kneecare.core.protocol import goal_kinds
    from kneecare.platform.autostart import for_this_system
    from kneecare.store.planner_log import StoreNotices, StoreReminderLog
    from kneecare.tray.aio import joined_loop
    from kneecare.tray.companion import TrayCompanion, TrayServices
    from kneecare.tray.nudges import MovementNudges
    from kneecare.ui.actions import SessionActions

    store, settings = s.store, s.settings
    actions = SessionActions(s.window)

    def done_today(now: datetime) -> int:
        """Knee sessions count towards the goal; routines too if the person chose so."""
        assert now.tzinfo is not None
        kinds = goal_kinds(settings.value.goal_counts_routines)
        return store.sessions.count_on_day(now.date(), now.tzinfo, kinds=kinds)

    services = TrayServices(
        s.app,
        actions,
        s.controller,
        settings,
        s.programs,
        s.clock,
        StoreReminderLog(store.reminders, store.state),
        done_today,
        StoreNotices(store.state),
        for_this_system(),
        data_dir=s.args.data_dir,
        # While a leg is on hold: said in the tooltip, and reminders say why instead of inviting.
        held=s.safety.held,
        held_day=store.state,
        event_loop=joined_loop,  # asyncio joins Qt's loop when the first notification goes out
    )
    companion = TrayCompanion(services, tray_available=s.has_tray)
    s.safety.holdChanged.connect(lambda _held: companion.refresh())
    s.instance.activationRequested.connect(companion.show_window)
    companion.safetyRequested.connect(companion.show_window)
    companion.safetyRequested.connect(actions.show_safety_page)
    companion.historyRequested.connect(s.later.show_history)
    companion.start(s.args.minimized)
    # "Stand up and move" once an hour (off unless chosen): the same scheduler, a second planner.
    nudges = MovementNudges(
        actions, s.controller, s.clock, settings.value, store.state, parent=companion, event_loop=joined_loop
    )
    companion.settingsSaved.connect(nudges.apply_settings)
    nudges.start()
    return companion


def _start_cues(window: MainWindow, controller: SessionController, settings: SettingsModel) -> None:
    """Sounds and voice, set up after the first frame. They play in a helper process that starts only when a
    session is near (the set-up gets focus, the before-rating opens, or Start) and ends after it: the app
    itself never loads QtMultimedia or QtTextToSpeech. Whatever goes wrong, the session goes on without."""
    started = time.perf_counter()
    try:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication

        from kneecare.core.session import State
        from kneecare.cues.player import CuePlayer
        from kneecare.ui.cue_settings import cue_settings_action

        player = CuePlayer(controller, window.settings, parent=window)
    except Exception:
        log.exception("sounds and voice are off: they could not be set up")
        return

    setup = window.setup_panel

    def focus_moved(old: QWidget | None, new: QWidget | None) -> None:
        """The person moved into the set-up before any session (not the window's own activation, nor the
        focus coming back after a session), or the before-rating opened. Asked of Qt, not by walking up
        the parents in Python: a parent Qt made itself (the scroll area's viewport) has no Python object
        yet, and making one had PySide6 make a type for every widget class it had not used (16 ms, 1.8 MiB
        of the main process during a session)."""
        if new is None:
            return
        into_setup = old is not None and controller.state is State.IDLE
        if new.window().objectName() == "rating-before" or (into_setup and setup.isAncestorOf(new)):
            player.prepare()

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
        settings.replace(new)  # saved, and every part holding the model sees it
        player.apply_settings(new)

    # File ▸ Sound and voice…, beside the tray's File ▸ Reminders… (before Quit).
    action = cue_settings_action(window, player, lambda: settings.value, chosen)
    window.add_file_action(action)
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
