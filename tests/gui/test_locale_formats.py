"""Numbers, times, weekdays and the first day of the week as the chosen language's QLocale writes them:
German "3,5" and Monday first; en_US Sunday first (the reminder days and the history's weeks)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale

from kneecare.core.stats import WeekTotal
from kneecare.settings import Settings
from kneecare.tray import text as tray_text
from kneecare.ui.history.words import decimal, first_weekday, week_detail, weeks_summary
from kneecare.ui.reminder_settings import ReminderSettingsDialog

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def locale_of():
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def shown_days(qtbot) -> list[str]:
    d = ReminderSettingsDialog(Settings(), date(2026, 11, 26), False)
    qtbot.addWidget(d)
    d.show()
    return [box.accessibleName() for box in sorted(d.day_boxes, key=lambda box: box.x())]


def test_german_writes_decimals_with_a_comma_and_begins_the_week_on_monday(qtbot, locale_of):
    locale_of("de_DE")
    assert decimal(3.5) == "3,5"
    assert first_weekday() == 0
    assert shown_days(qtbot)[:2] == ["Montag", "Dienstag"]
    assert shown_days(qtbot)[-1] == "Sonntag"
    assert week_detail(WeekTotal(date(2026, 11, 23), 1234.4, 3)).count("1.234") == 1  # grouping as German


def test_us_english_begins_the_week_on_sunday(qtbot, locale_of):
    locale_of("en_US")
    assert decimal(3.5) == "3.5"
    assert first_weekday() == 6
    days = shown_days(qtbot)
    assert days[0] == "Sunday" and days[1] == "Monday" and days[-1] == "Saturday"


def test_the_reminder_days_keep_their_meaning_in_any_order(qtbot, locale_of):
    """The boxes are shown Sunday first in the US, but Monday is still day 0 in the settings."""
    locale_of("en_US")
    d = ReminderSettingsDialog(Settings(reminder_days=(6,)), date(2026, 11, 26), False)
    qtbot.addWidget(d)
    assert [box.isChecked() for box in d.day_boxes] == [False] * 6 + [True]
    assert d.day_boxes[6].accessibleName() == "Sunday"


def test_the_tray_and_the_history_write_times_and_sums_through_qlocale(locale_of):
    locale_of("de_DE")
    now = datetime(2026, 11, 26, 8, 0, tzinfo=BERLIN)
    assert tray_text.clock_time(datetime(2026, 11, 26, 9, 5, tzinfo=BERLIN), now) == "09:05"
    assert "2.500" in weeks_summary([WeekTotal(date(2026, 11, 23), 2500.0, 9)])
