"""The reminder service on the wall clock: one coarse timer at the start of each minute, a check on resume
from suspend (logind's PrepareForSleep over a real D-Bus bus), and sessions that hold or answer reminders."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kneecare.core.clock import FakeClock
from kneecare.core.schedule import MemoryReminderLog, ReminderKind, ReminderPlanner, ReminderRules
from kneecare.session.timer import Precision
from kneecare.tray.reminders import ReminderService, ms_to_next_minute
from tests.helpers.fake_timer import FakeTimer, FakeTimers
from tests.helpers.system import need

BERLIN = ZoneInfo("Europe/Berlin")


class Day:
    """Today's sessions and whether one runs, as the app would report them."""

    def __init__(self):
        self.done = 0
        self.running = False


@dataclass
class World:
    clock: FakeClock
    log: MemoryReminderLog
    day: Day
    service: ReminderService
    timer: FakeTimer


@pytest.fixture
def world(qtbot):
    clock = FakeClock(datetime(2026, 11, 26, 8, 59, 30, tzinfo=BERLIN))
    log = MemoryReminderLog()
    day = Day()
    planner = ReminderPlanner(ReminderRules(), log)
    timers = FakeTimers()
    service = ReminderService(planner, clock, lambda now: day.done, lambda: day.running, make_timer=timers)
    (timer,) = timers.made
    yield World(clock, log, day, service, timer)
    service.stop()


def test_the_timer_wakes_just_after_each_minute_starts_and_never_more_often(world):
    service = world.service
    timer = world.timer
    service.check()
    assert timer.is_active() and timer.interval_ms() == 31_500  # 08:59:30 -> 09:00:01.5
    assert timer.precision is Precision.VERY_COARSE
    assert timer.single_shot
    for seconds in (0, 0.4, 12.25, 59.9):
        now = datetime(2026, 11, 26, 9, 0, tzinfo=BERLIN) + timedelta(seconds=seconds)
        assert 1_500 <= ms_to_next_minute(now) <= 61_500


def test_at_nine_the_reminder_comes_once_and_the_tooltip_numbers_follow(world, qtbot):
    clock, service = world.clock, world.service
    service.check()
    assert service.next_due() == datetime(2026, 11, 26, 9, 0, tzinfo=BERLIN)
    clock.advance(31.5)
    with qtbot.waitSignal(service.reminderDue) as due:
        world.timer.fire()
    assert due.args[0].due == datetime(2026, 11, 26, 9, 0, tzinfo=BERLIN)
    assert service.waiting is not None
    with qtbot.assertNotEmitted(service.reminderDue):
        clock.advance(60)
        service.check()
    assert service.today() == (0, 2)
    assert service.next_due() == datetime(2026, 11, 26, 19, 0, tzinfo=BERLIN)


def test_a_reminder_during_a_session_waits_and_a_completed_session_answers_it(world, qtbot):
    clock, log, day, service = world.clock, world.log, world.day, world.service
    service.check()
    day.running = True
    clock.advance(60)
    with qtbot.assertNotEmitted(service.reminderDue):
        assert service.check().held
    clock.advance(5 * 60)
    day.running, day.done = False, 1
    with qtbot.assertNotEmitted(service.reminderDue):
        service.session_finished(completed=True)
    assert [e.kind for e in log.events] == [ReminderKind.ACTED]


def test_starting_a_session_answers_the_waiting_reminder_and_snooze_brings_it_back(world, qtbot):
    clock, service = world.clock, world.service
    service.check()
    clock.advance(60)
    service.check()
    with qtbot.waitSignal(service.eventRecorded) as recorded:
        service.session_started()
    assert recorded.args[0].kind is ReminderKind.ACTED
    assert service.waiting is None
    service.snooze(30)
    assert service.next_due() == datetime(2026, 11, 26, 9, 31, tzinfo=BERLIN)


def test_waking_from_suspend_checks_at_once_through_loginds_prepare_for_sleep(
    world, qtbot, tmp_path, monkeypatch
):
    need("dbus-daemon", "dbus-send")
    clock, log, service = world.clock, world.log, world.service
    address = f"unix:path={tmp_path}/system_bus"
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", f"--address={address}", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert bus.stdout.readline().startswith("unix:")
        monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", address)
        service.start()
        assert service.listening_for_resume
        clock.suspend(9 * 3600)  # asleep from 08:59:30 to 17:59:30: the monotonic timer knows nothing
        with qtbot.waitSignal(service.resumed, timeout=10_000), qtbot.waitSignal(service.eventRecorded) as ev:
            subprocess.run(
                [
                    "dbus-send",
                    "--system",
                    "--type=signal",
                    "/org/freedesktop/login1",
                    "org.freedesktop.login1.Manager.PrepareForSleep",
                    "boolean:false",
                ],
                env={**os.environ, "DBUS_SYSTEM_BUS_ADDRESS": address},
                check=True,
            )
        assert ev.args[0].kind is ReminderKind.MISSED  # 09:00 was nine hours ago: recorded, not shown
        assert [e.kind for e in log.events] == [ReminderKind.MISSED]
    finally:
        bus.terminate()
        bus.wait()
        bus.stdout.close()


def test_without_a_system_bus_the_minute_timer_is_enough(world, monkeypatch):
    service = world.service
    monkeypatch.delenv("DBUS_SYSTEM_BUS_ADDRESS", raising=False)
    monkeypatch.setattr("kneecare.tray.reminders.SYSTEM_BUS_SOCKETS", ())
    service.start()
    assert not service.listening_for_resume
    assert world.timer.is_active() and world.timer.interval_ms() == 31_500
