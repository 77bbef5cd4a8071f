"""A long sync in the window runs in slices, one per zero-delay timer shot, so the window answers between
them; Start pressed between two slices starts the session at once and the sync waits for its end; the
history ends as one big merge would leave it."""

from __future__ import annotations

import pytest

import kneecare.store.sync as sync
from kneecare.core.plan import KneeChoice, PlanOptions, build_plan
from kneecare.core.session import SessionMachine, State
from kneecare.session.controller import SessionController
from kneecare.settings import Settings
from kneecare.store.service import HistoryService
from kneecare.store.store import Store
from kneecare.ui.settings_model import SettingsModel
from kneecare.ui.sync import AFTER_SESSION_MS, IDLE_MS, SyncRunner
from tests.helpers.fake_timer import FakeTimer, FakeTimers
from tests.helpers.sync_history import SESSIONS, merged_in_one_go, same_history, shared_folder


def count(store: Store) -> int:
    return int(store.conn.execute("SELECT count(*) FROM sessions").fetchone()[0])


@pytest.fixture
def small_slices(monkeypatch):
    monkeypatch.setattr(sync, "SLICE_BYTES", 2048)  # two or three sessions a slice


def test_start_between_two_slices_starts_the_session_and_the_sync_waits_for_its_end(
    qtbot, tmp_path, clock, programs, small_slices
):
    folder = shared_folder(tmp_path)
    store, _ = Store.open(tmp_path / "laptop" / "kneecare.sqlite3", clock.now())
    controller = SessionController(SessionMachine(clock), clock, make_timer=FakeTimers())
    settings = SettingsModel(Settings(sync_folder=str(folder), device_name="laptop"))
    due, steps = FakeTimer(single_shot=True), FakeTimer(single_shot=True)
    runner = SyncRunner(HistoryService(store, clock), settings, lambda: controller.state, due, steps=steps)
    controller.finished.connect(lambda _result: runner.session_finished())
    synced = []
    runner.synced.connect(synced.append)

    runner.later(0)
    due.fire()  # the sync begins: its steps follow on zero-delay shots, each one its own short slice
    counts = []
    while count(store) < 10:
        assert steps.is_active() and steps.interval_ms() == 0
        steps.fire()
        counts.append(count(store))
    merged = count(store)
    assert len(set(counts)) > 3 and merged < SESSIONS  # several slices so far, each added a few

    # Start is pressed between two slices: the session starts at once.
    controller.load(build_plan(programs["quick"], PlanOptions(knees=KneeChoice.LEFT)))
    assert controller.start() and controller.state is State.RUNNING
    steps.fire()  # the next slice's turn: the sync pauses instead, until after the session
    assert not steps.is_active() and runner.paused
    assert due.is_active() and due.interval_ms() == AFTER_SESSION_MS
    due.fire()  # still in the session: it waits again
    assert count(store) == merged and runner.paused and not steps.is_active()

    # The session ends; a minute later the sync goes on where it stopped.
    clock.advance(controller.machine.plan.total_seconds)
    controller.poll()
    assert controller.state is State.FINISHED
    assert due.is_active() and due.interval_ms() == AFTER_SESSION_MS
    due.fire()
    while steps.is_active():
        steps.fire()
    assert len(synced) == 1 and (synced[0].sessions, synced[0].ratings) == (SESSIONS - 1, 1)
    assert count(store) == SESSIONS - 1  # the deleted one went
    assert due.interval_ms() == IDLE_MS

    one_go = merged_in_one_go(tmp_path, folder)
    laptop = HistoryService(store, clock)
    assert same_history(laptop, one_go)
    late = laptop.details(laptop.store.conn.execute("SELECT max(id) FROM sessions").fetchone()[0])
    assert late is not None and late.after is not None  # the rating read before its session found it
    one_go.close()
    store.close()


def test_a_folder_change_during_the_steps_syncs_again_soon_after_them(qtbot, tmp_path, clock, small_slices):
    folder = shared_folder(tmp_path)
    store, _ = Store.open(tmp_path / "laptop" / "kneecare.sqlite3", clock.now())
    settings = SettingsModel(Settings(sync_folder=str(folder), device_name="laptop"))
    due, steps = FakeTimer(single_shot=True), FakeTimer(single_shot=True)
    runner = SyncRunner(HistoryService(store, clock), settings, lambda: State.IDLE, due, steps=steps)
    runner.later(0)
    due.fire()
    steps.fire()
    runner.later(3000)  # the folder changed meanwhile: the steps go on without waiting
    assert steps.is_active() and not due.is_active()
    while steps.is_active():
        steps.fire()
    assert due.is_active() and due.interval_ms() == 3000  # and another sync follows soon
    store.close()
