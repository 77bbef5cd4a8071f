"""The planner's memory and events in the real history database: a restart (a new planner on the reopened
file) never fires a reminder twice, even if the app died between writing the events and the memory."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from kneecare.core.reminder_log import memory_from_json, memory_to_json
from kneecare.core.schedule import ReminderKind, ReminderMemory, ReminderPlanner, ReminderRules
from kneecare.store.planner_log import MEMORY_KEY, StoreNotices, StoreReminderLog
from kneecare.store.store import Store

BERLIN = ZoneInfo("Europe/Berlin")


def at(hour, minute=0, day=26):
    return datetime(2026, 11, day, hour, minute, tzinfo=BERLIN)


def open_store(tmp_path):
    store, _ = Store.open(tmp_path / "kneecare.sqlite3", at(8, 0))
    return store


def planner_on(store):
    return ReminderPlanner(ReminderRules(), StoreReminderLog(store.reminders, store.state))


def test_what_fired_is_in_the_history_and_a_restart_does_not_fire_it_again(tmp_path):
    store = open_store(tmp_path)
    planner = planner_on(store)
    planner.check(at(8, 59), done_today=0)
    assert planner.check(at(9, 0), done_today=0).reminder is not None
    planner.snooze(at(9, 1), 30)
    store.close()

    store = open_store(tmp_path)  # the app restarts at 09:05
    again = planner_on(store)
    assert again.check(at(9, 5), done_today=0).reminder is None
    assert again.next_due(at(9, 5)) == at(9, 31)  # the snooze survived the restart
    assert again.check(at(9, 31), done_today=0).reminder is not None
    events = store.reminders.between(at(0, 0), at(23, 0))
    assert [(e.kind, e.due_at.astimezone(BERLIN).strftime("%H:%M")) for e in events] == [
        ("fired", "09:00"),
        ("snoozed", "09:00"),
        ("fired", "09:31"),
    ]
    assert all(e.zone == "Europe/Berlin" for e in events)
    store.close()


def test_dying_between_the_event_and_the_memory_still_never_fires_twice(tmp_path):
    store = open_store(tmp_path)
    planner_on(store).check(at(8, 59), done_today=0)
    store.reminders.record(ReminderKind.FIRED.value, at(9, 0), at(9, 0))  # the event was written...
    store.close()  # ...and then the app died before the memory

    store = open_store(tmp_path)
    assert planner_on(store).check(at(9, 2), done_today=0).reminder is None
    assert len(store.reminders.between(at(0, 0), at(23, 0))) == 1
    store.close()


def test_an_unreadable_memory_falls_back_to_the_history(tmp_path):
    store = open_store(tmp_path)
    store.reminders.record("missed", at(9, 0), at(10, 0))
    store.state.set(MEMORY_KEY, "{not json")
    log = StoreReminderLog(store.reminders, store.state)
    assert log.memory().handled_due == at(9, 0)
    store.close()


def test_the_memory_round_trips_through_json():
    memory = ReminderMemory(at(9, 0), datetime(2026, 11, 26, 9, 0), at(9, 31), True)
    assert memory_from_json(memory_to_json(memory)) == memory
    assert memory_from_json(memory_to_json(ReminderMemory())) == ReminderMemory()


def test_notices_said_once_are_remembered_in_the_database(tmp_path):
    store = open_store(tmp_path)
    notices = StoreNotices(store.state)
    assert not notices.said("kept-in-tray")
    notices.mark_said("kept-in-tray")
    store.close()
    store = open_store(tmp_path)
    assert StoreNotices(store.state).said("kept-in-tray")
    store.close()
