"""The words of a reminder and of the tray tooltip."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from kneecare.core.schedule import Reminder
from kneecare.tray.text import clock_time, reminder_message, tooltip

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=BERLIN)


def test_times_read_as_today_tomorrow_or_a_weekday():
    assert clock_time(datetime(2026, 11, 26, 19, 0, tzinfo=BERLIN), NOW) == "19:00"
    assert clock_time(datetime(2026, 11, 27, 9, 0, tzinfo=BERLIN), NOW) == "tomorrow 09:00"
    assert clock_time(datetime(2026, 11, 30, 9, 0, tzinfo=BERLIN), NOW) == "Mon 09:00"


def test_a_reminder_names_the_program_its_length_and_the_day_so_far():
    reminder = Reminder(datetime(2026, 11, 26, 9, 0, tzinfo=BERLIN), NOW, done_today=0, goal=2)
    assert reminder_message(reminder, "Daily", 8.5, NOW) == (
        "Time for your knees",
        "Daily: about 8 minutes, sitting down. 0 of 2 sessions today.",
    )


def test_a_late_reminder_says_when_it_was_due_and_a_snoozed_one_says_it_is_back():
    late = Reminder(datetime(2026, 11, 26, 9, 0, tzinfo=BERLIN), NOW, late=True, goal=1)
    assert reminder_message(late, "Quick", 4, NOW)[1].startswith(
        "This one was due at 09:00, while the computer was asleep or off."
    )
    snoozed = Reminder(NOW, NOW, snoozed=True, goal=1)
    assert reminder_message(snoozed, "Quick", 4, NOW)[1].startswith("Here again, as you asked.")


def test_the_tooltip_without_a_next_reminder():
    assert tooltip(None, 0, 1, NOW) == "KneeCare\nNo reminders planned\n0 of 1 session today"
