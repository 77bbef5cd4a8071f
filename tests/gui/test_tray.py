"""The tray icon: its menu (rebuilt each time it opens), what each entry asks for, the tooltip with the next
reminder and today's count, and the second icon state while a reminder waits."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QColor

from kneecare.core.schedule import Reminder
from kneecare.tray.icon import SIZES, glyph, paint
from kneecare.tray.tray import TrayIcon, TrayStatus

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=BERLIN)


class Status:
    """What the app would report; the test changes it between menu openings."""

    def __init__(self):
        self.value = TrayStatus(NOW, datetime(2026, 11, 26, 19, 0, tzinfo=BERLIN), 1, 2)

    def __call__(self):
        return self.value


@pytest.fixture
def tray(qtbot, programs):
    status = Status()
    tray = TrayIcon(list(programs.values()), lambda: "daily", status)
    tray.test_status = status
    yield tray
    tray.menu.deleteLater()


def test_the_menu_has_every_entry_in_order(tray):
    assert tray.entries() == [
        "Start session (Daily)",
        "Start ▸ Daily",
        "Start ▸ Quick",
        "Start ▸ Recovery",
        "Start ▸ Relax",
        "Start ▸ Ankle pumps",  # the routines follow the knee programs
        "Start ▸ Calf raises",
        "Start ▸ Calf and hamstring stretches",
        "Start ▸ Leg elevation",
        "Start ▸ Contrast shower",
        "Start ▸ Calf strokes",
        "Snooze ▸ For 30 minutes",
        "Snooze ▸ For 1 hour",
        "Snooze ▸ Until tomorrow",
        "Open KneeCare",
        "History",
        "About safety",
        "Reminders…",
        "Quit",
    ]
    assert tray.icon.contextMenu() is tray.menu  # always a menu: some desktops hide an icon without one


def test_the_menu_is_rebuilt_when_it_opens_so_a_running_session_greys_out_start(tray, qtbot):
    assert tray.find("Start session (Daily)").isEnabled()
    tray.test_status.value = TrayStatus(NOW, None, 1, 2, session_running=True)
    tray.menu.aboutToShow.emit()
    assert not tray.find("Start session (Daily)").isEnabled()
    assert not tray.find("Start").isEnabled()
    assert tray.find("Open KneeCare").isEnabled()


@pytest.mark.parametrize(
    ("entry", "signal", "args"),
    [
        ("Start session (Daily)", "startRequested", ["daily"]),
        ("Start ▸ Relax", "startRequested", ["relax"]),
        ("Snooze ▸ For 30 minutes", "snoozeRequested", ["30"]),
        ("Snooze ▸ For 1 hour", "snoozeRequested", ["60"]),
        ("Snooze ▸ Until tomorrow", "snoozeRequested", ["tomorrow"]),
        ("Open KneeCare", "openRequested", []),
        ("History", "historyRequested", []),
        ("About safety", "safetyRequested", []),
        ("Reminders…", "settingsRequested", []),
        ("Quit", "quitRequested", []),
    ],
)
def test_each_entry_asks_for_its_action(tray, qtbot, entry, signal, args):
    with qtbot.waitSignal(getattr(tray, signal)) as asked:
        tray.find(entry).trigger()
    assert asked.args == args


def test_the_tooltip_says_when_the_next_reminder_comes_and_how_today_goes(tray):
    tray.refresh()
    assert tray.icon.toolTip() == "KneeCare\nNext reminder: 19:00\n1 of 2 sessions today"
    assert not tray.due


def test_a_waiting_reminder_switches_to_the_second_icon_state_until_answered(tray):
    waiting = Reminder(datetime(2026, 11, 26, 9, 0, tzinfo=BERLIN), shown_at=NOW)
    tray.test_status.value = TrayStatus(NOW, None, 0, 2, waiting=waiting)
    tray.refresh()
    assert tray.due
    assert "A session is due (since 09:00)" in tray.icon.toolTip()
    assert tray.icon.icon().cacheKey() == tray.current_icon().cacheKey()
    tray.test_status.value = TrayStatus(NOW, None, 1, 2, session_running=True)
    tray.refresh()
    assert not tray.due
    assert "A session is running" in tray.icon.toolTip()


@pytest.mark.parametrize("size", SIZES)
def test_the_icon_fits_its_square_and_reads_on_light_and_dark_panels(qtbot, size):
    for due in (False, True):
        g = glyph(size, due)
        assert g.ring_radius + g.ring_width / 2 + g.edge <= size / 2 + 1e-9
        if g.badge:
            x, y, r = g.badge
            assert r <= x <= size - r and r <= y <= size - r
        image = paint(size, due).toImage()
        colors = {
            QColor(image.pixel(x, y)).lightness()
            for x in range(size)
            for y in range(size)
            if QColor.fromRgba(image.pixel(x, y)).alpha() == 255
        }
        assert min(colors) < 60 and max(colors) > 200  # a light glyph with a dark outline
    assert paint(size, True).toImage() != paint(size, False).toImage()
