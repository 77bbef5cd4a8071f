"""Sync in the window: one timer decides when (never during a session), File ▸ Sync… chooses the folder and
the name and warns about a folder others can look into, the history says "on desk", and "Delete all data"
asks whether the other computers delete too."""

from __future__ import annotations

from kneecare.core.session import State
from kneecare.settings import Settings
from kneecare.store.exchange import import_records
from kneecare.store.service import HistoryService
from kneecare.store.store import Store
from kneecare.ui.history import History
from kneecare.ui.history.window import DeleteAllDialog
from kneecare.ui.settings_model import SettingsModel
from kneecare.ui.sync import AFTER_SESSION_MS, IDLE_MS, SOON_MS, SyncDialog, SyncRunner
from tests.helpers.fake_timer import FakeTimer
from tests.unit.test_sync_store import day, record


def make(tmp_path, clock, name: str, folder, state=State.IDLE):
    store, _ = Store.open(tmp_path / name / "kneecare.sqlite3", clock.now())
    settings = SettingsModel(Settings(sync_folder=str(folder) if folder else None, device_name=name))
    timer = FakeTimer(single_shot=True)
    now = {"state": state}
    runner = SyncRunner(
        HistoryService(store, clock), settings, lambda: now["state"], timer, steps=FakeTimer(single_shot=True)
    )
    return store, settings, runner, timer, now


def run_steps(runner: SyncRunner) -> int:
    """Fire the zero-delay step timer until the sync under way is done (or pauses); how many steps."""
    steps = 0
    while runner.steps.is_active():
        assert runner.steps.interval_ms() == 0
        runner.steps.fire()
        steps += 1
    return steps


def test_one_timer_syncs_when_idle_and_never_during_a_session(qtbot, tmp_path, clock):
    folder = tmp_path / "Sync"
    folder.mkdir(mode=0o700)
    store, _, runner, timer, now = make(tmp_path, clock, "desk", folder, State.RUNNING)
    import_records(store.conn, [record(day(1))])
    runner.later(0)
    timer.fire()
    assert not list(folder.glob("*.kcj"))  # a session is on: it waits
    assert timer.is_active() and timer.interval_ms() == AFTER_SESSION_MS
    now["state"] = State.FINISHED
    with qtbot.waitSignal(runner.synced) as synced:
        timer.fire()
        run_steps(runner)
    assert synced.args[0].written == 1 and len(list(folder.glob("*.kcj"))) == 1
    assert timer.is_active() and timer.interval_ms() == IDLE_MS  # next: a few minutes later, while idle
    # The folder changes (another computer's files arrive): a sync soon.
    qtbot.waitUntil(lambda: runner.watcher.directories() == [str(folder)])
    (folder / "x.kcj").write_bytes(b"")
    qtbot.waitUntil(lambda: timer.interval_ms() == SOON_MS)
    runner.session_finished()
    assert timer.interval_ms() == AFTER_SESSION_MS
    store.close()


def test_sync_off_means_no_timer_and_no_files(qtbot, tmp_path, clock):
    store, _, runner, timer, _ = make(tmp_path, clock, "desk", None)
    runner.later(0)
    assert not timer.is_active() and runner.sync_now() is None
    store.close()


def test_the_dialog_saves_the_folder_and_name_syncs_and_warns(qtbot, tmp_path, clock):
    folder = tmp_path / "Shared"
    folder.mkdir()
    folder.chmod(0o755)
    store, settings, runner, _, _ = make(tmp_path, clock, "desk", None)
    dialog = SyncDialog(runner)
    qtbot.addWidget(dialog)
    assert not dialog.sync_button.isEnabled()
    dialog.folder.setText(str(tmp_path / "missing"))
    dialog.on.setChecked(True)
    assert "does not exist" in dialog.warning.text()
    dialog.folder.setText(str(folder))
    assert "Other users of this computer can look into" in dialog.warning.text()
    dialog.name.setText("Study laptop")
    dialog.sync_button.click()
    assert dialog.outcome.text() == "Syncing…" and not dialog.sync_button.isEnabled()
    run_steps(runner)
    assert dialog.sync_button.isEnabled()
    assert settings.value.sync_folder == str(folder) and settings.value.device_name == "Study laptop"
    assert dialog.outcome.text().startswith("Read 0 journals, 0 new sessions")
    assert (folder / "devices").is_dir()
    dialog.on.setChecked(False)
    dialog.accept()
    assert settings.value.sync_folder is None  # off: the folder is left as it is
    assert (folder / "devices").is_dir()
    store.close()


def test_the_history_says_which_computer_a_session_came_from(qtbot, tmp_path, clock):
    folder = tmp_path / "Sync"
    folder.mkdir(mode=0o700)
    desk, _, desk_runner, _, _ = make(tmp_path, clock, "desk", folder)
    laptop, laptop_settings, laptop_runner, _, _ = make(tmp_path, clock, "laptop", folder)
    import_records(desk.conn, [record(day(1))])
    import_records(laptop.conn, [record(day(2))])
    desk_runner.sync_now()
    laptop_runner.sync_now()
    history = History(
        laptop, clock, {"quick": "Quick"}, lambda: laptop_settings.value, laptop_settings.replace
    )
    history.show()
    window = history.window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.loaded)
    model = window.model
    assert [model.cell(model.line(r), 1) for r in range(model.rowCount())] == ["Quick", "Quick (on desk)"]

    # Delete all, here only: sync turns off and the desk keeps everything.
    window.ask_delete_all()
    dialog = window.findChild(DeleteAllDialog, "deleteAll")
    assert dialog is not None and dialog.everywhere.isVisibleTo(dialog)
    dialog.word.setText(dialog.confirm_word)
    dialog.delete_button.click()
    assert laptop_settings.value.sync_folder is None
    assert "Sync is now off" in window.undo_label.text()
    assert desk_runner.sync_now().deletions == 0
    desk.close()
    laptop.close()
