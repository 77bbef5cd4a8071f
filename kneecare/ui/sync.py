"""Sync in the window: when it runs (on start, after a session, when the folder changes, every few minutes
while idle; never during a session) and File ▸ Sync…, where the person chooses the folder and a name."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kneecare.core.session import State
from kneecare.core.words import fill
from kneecare.i18n import QT_TRANSLATE_NOOP, counted
from kneecare.session.timer import Precision, Timer
from kneecare.settings import Settings
from kneecare.store.service import OPEN_TO_OTHERS, HistoryService, HistoryTrouble, SyncProblem, check_folder
from kneecare.ui.settings_model import SettingsModel

if TYPE_CHECKING:  # the sync's own module loads with the first sync, not with the runner
    from kneecare.store.service import Steps, SyncResult

log = logging.getLogger(__name__)

IDLE_MS = 5 * 60 * 1000  # while idle, at most every five minutes
SOON_MS = 3 * 1000  # after the folder changed: a moment for the sync tool to finish its files
AFTER_SESSION_MS = 60 * 1000  # after a session: a minute, so the "after" rating usually goes with it
BUSY = (State.RUNNING, State.PAUSED)


def translate(context: str, text: str) -> str:
    """`text` in the person's language (pyside6-lupdate reads these calls)."""
    return QCoreApplication.translate(context, text)


def _t(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("sync", ...) elsewhere, in the person's language."""
    return translate("sync", text)


class SyncRunner(QObject):
    """Runs the sync at the right moments with one single-shot timer (no busy wake-ups): each sync, or a
    change of the folder, sets when the next one is due. A sync runs as short steps, one per zero-delay
    shot of a second timer, so the window answers between them; a session started meanwhile pauses it
    at the next step, and it goes on after the session (as a sync that came due during a session)."""

    synced = Signal(object)  # SyncResult
    failed = Signal(str)  # what went wrong, in the person's language

    def __init__(
        self,
        history: HistoryService,
        settings: SettingsModel,
        state: Callable[[], State],
        timer: Timer | None = None,
        parent: QObject | None = None,
        steps: Timer | None = None,
    ) -> None:
        super().__init__(parent)
        self.history, self.settings, self.state = history, settings, state
        self.timer = timer or Timer(self, single_shot=True, precision=Precision.VERY_COARSE)
        self.timer.timeout.connect(self.due)
        self.steps = steps or Timer(self, single_shot=True, precision=Precision.COARSE)
        self.steps.timeout.connect(self.step)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.later(SOON_MS))
        self.last: str | None = None  # the last result or problem, as the dialog shows it
        self.job: tuple[Path, Steps] | None = None  # the sync under way: its folder and its next steps
        self.paused = False  # the sync under way waits for a session's end
        self.asked: int | None = None  # a sync asked for while one was under way: in how many ms
        self.result: SyncResult | None = None  # the last sync's, None after a failure
        settings.changed.connect(lambda _s: self._watch())
        self._watch()

    @property
    def folder(self) -> Path | None:
        folder = self.settings.value.sync_folder
        return Path(folder) if folder else None

    @property
    def running(self) -> bool:
        return self.job is not None

    def _watch(self) -> None:
        folder = self.folder
        watched = self.watcher.directories()
        if watched and (folder is None or watched != [str(folder)]):
            self.watcher.removePaths(watched)
        if folder is not None and not self.watcher.directories() and folder.is_dir():
            self.watcher.addPath(str(folder))

    def later(self, ms: int) -> None:
        """Sync in `ms` from now, replacing the time set before (even a sooner one); nothing while sync
        is off. Asked while a sync's steps run: once that sync is done, at the soonest time asked (files
        may have changed after it read them)."""
        if self.folder is None:
            self.timer.stop()
            self.job = None
            return
        if self.job is not None and not self.paused:
            self.asked = ms if self.asked is None else min(ms, self.asked)
            return
        self.timer.start(ms)

    def session_finished(self) -> None:
        self.later(AFTER_SESSION_MS)

    def due(self) -> None:
        """The timer's time came: a sync starts, or the one paused by a session goes on."""
        if self.job is None:
            self.start()
        elif self.paused:
            self.paused = False
            self.step()

    def start(self) -> None:
        """Begin a sync (unless one is under way, sync is off or a session is on); its steps follow."""
        folder = self.folder
        if self.job is not None or folder is None:
            return
        if self.state() in BUSY:
            self.later(AFTER_SESSION_MS)
            return
        self.asked = None
        try:
            self.job = folder, self.history.sync_steps(folder, self.settings.value.computer_name())
        except HistoryTrouble as e:
            self._failed(e.details)
            return
        self.steps.start(0)

    def step(self) -> None:
        """One step of the sync under way, unless a session is on (it pauses until the session's end)."""
        if self.job is None or self.paused:
            return
        folder, steps = self.job
        if folder != self.folder:  # another folder was chosen (or sync turned off): this sync ends
            self.job = None
            self.later(0)
            return
        if self.state() in BUSY:
            self.paused = True
            self.later(AFTER_SESSION_MS)
            return
        try:
            next(steps)
        except StopIteration as done:
            self.job = None
            self._done(folder, done.value)
            return
        except SyncProblem as e:
            self._failed(e.say(_t))
        except HistoryTrouble as e:
            self._failed(e.details)
        except OSError as e:
            self._failed(
                fill(translate("sync", "The sync folder %1 failed: %2"), str(folder), e.strerror or str(e))
            )
        else:
            self.steps.start(0)

    def sync_now(self) -> SyncResult | None:
        """Sync once now, every step at once (File ▸ Sync… and the timer run it step by step): the
        result, or None when sync is off, a session is on, or the sync failed."""
        if self.job is None:
            self.result = None
        self.start()
        while self.job is not None and not self.paused:
            self.step()
        self.steps.stop()
        return self.result

    def _done(self, folder: Path, result: SyncResult) -> None:
        self._watch()
        self.result = result
        self.last = result.words(_t, lambda text, n: counted("sync", text, n))
        log.info("synced with %s: %s", folder, result.words())
        self._next()
        self.synced.emit(result)

    def _failed(self, words: str) -> None:
        log.warning("sync failed: %s", words)
        self.job = None
        self.result = None
        self._watch()
        self.last = words
        self._next()
        self.failed.emit(words)

    def _next(self) -> None:
        """After a sync: the next one in a few minutes, or sooner when one was asked for meanwhile."""
        asked, self.asked = self.asked, None
        self.later(IDLE_MS if asked is None else min(asked, IDLE_MS))


QT_TRANSLATE_NOOP("sync", "The sync folder %1 failed: %2")


class SyncDialog(QDialog):
    """File ▸ Sync…: the folder a sync tool keeps in step, this computer's name, on or off, "Sync now"
    and the last result. Saved when closed with Save."""

    def __init__(self, runner: SyncRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        settings = runner.settings.value
        self.setWindowTitle(translate("sync", "Sync"))
        self.setAccessibleDescription(
            translate(
                "sync",
                "Share your history with your other computers through a folder your sync tool keeps in step.",
            )
        )
        intro = QLabel(
            translate(
                "sync",
                "Choose a folder that Syncthing, Nextcloud, a network share or a cloud drive keeps the "
                "same on each of your computers. KneeCare writes only its own journal files there, never "
                "the history itself.",
            )
        )
        intro.setWordWrap(True)
        form = self._form(settings)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.outcome = QLabel(runner.last or translate("sync", "Not synced yet."))
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(translate("sync", "Last sync"))
        self.sync_button = QPushButton(translate("sync", "Sync &now"))
        self.sync_button.clicked.connect(self.sync)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.sync_button)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.folder.textChanged.connect(self._check)
        self.on.toggled.connect(self._check)
        self.accepted.connect(self.save)
        runner.synced.connect(self._synced)
        runner.failed.connect(self._failed)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)  # lines long enough to read
        self._check()

    def _form(self, settings: Settings) -> QFormLayout:
        """On or off, the folder with its "Choose…" button, and this computer's name."""
        self.on = QCheckBox(translate("sync", "S&ync this computer's history"))
        self.on.setChecked(settings.sync_folder is not None)
        self.folder = QLineEdit(settings.sync_folder or "")
        self.folder.setAccessibleName(translate("sync", "Sync folder"))
        choose = QPushButton(translate("sync", "C&hoose…"))
        choose.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        self.name = QLineEdit(settings.computer_name())
        self.name.setMaxLength(64)
        self.name.setAccessibleName(translate("sync", "This computer's name"))
        form = QFormLayout()
        form.addRow(self.on)
        folder_label = QLabel(translate("sync", "&Folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        name_label = QLabel(translate("sync", "This computer's &name:"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        return form

    def chosen(self) -> Path | None:
        text = self.folder.text().strip()
        return Path(text).expanduser() if self.on.isChecked() and text else None

    def choose(self) -> None:
        start = self.folder.text().strip() or str(Path.home())
        picked = QFileDialog.getExistingDirectory(self, translate("sync", "Choose the sync folder"), start)
        if picked:
            self.folder.setText(picked)
            self.on.setChecked(True)

    def _say(self, label: QLabel, text: str) -> None:
        """Shows `text` (hidden when empty) and grows the dialog so every wrapped line stays in sight."""
        label.setText(text)
        label.setVisible(bool(text))
        layout = self.layout()
        if layout is not None:
            layout.activate()
            need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
            if need > self.height():
                self.resize(self.width(), need)

    def _check(self) -> bool:
        """Says what is wrong with the folder, or that others can look into it; whether it can be used."""
        folder = self.chosen()
        self.folder.setEnabled(self.on.isChecked())
        self.sync_button.setEnabled(folder is not None)
        if folder is None:
            self._say(self.warning, "")
            return True
        if not folder.is_absolute():
            self._say(self.warning, translate("sync", "Please give the whole path of the folder."))
            return False
        try:
            open_to_others = check_folder(folder)
        except SyncProblem as e:
            self._say(self.warning, e.say(_t))
            return False
        self._say(self.warning, fill(_t(OPEN_TO_OTHERS), str(folder)) if open_to_others else "")
        return True

    def save(self) -> bool:
        if not self._check():
            return False
        folder = self.chosen()
        name = self.name.text().strip() or None
        self.runner.settings.update(
            sync_folder=str(folder.absolute()) if folder is not None else None, device_name=name
        )
        return True

    def sync(self) -> None:
        """Save, then sync step by step (the window answers meanwhile); the outcome shows when done."""
        if not self.save():
            return
        self.runner.start()
        if self.runner.running:
            self.sync_button.setEnabled(False)
            self._say(self.outcome, translate("sync", "Syncing…"))
        else:
            self._say(self.outcome, self.runner.last or "")

    def _synced(self, result: SyncResult) -> None:
        self.sync_button.setEnabled(self.chosen() is not None)
        self._say(self.outcome, self.runner.last or "")
        if result.open_to_others:
            self._say(self.warning, fill(_t(OPEN_TO_OTHERS), str(self.chosen())))

    def _failed(self, words: str) -> None:
        self.sync_button.setEnabled(self.chosen() is not None)
        self._say(self.outcome, words)


QT_TRANSLATE_NOOP("sync", "Not synced yet.")
