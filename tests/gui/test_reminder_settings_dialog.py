"""The reminder settings dialog: shows the settings as they are, hands back what was chosen, refuses what
cannot work with a message (and stays open with everything as typed), and starts or ends recovery mode."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTime

from kneecare.settings import Settings
from kneecare.ui.reminder_settings import ReminderSettingsDialog

TODAY = date(2026, 11, 26)


def dialog(qtbot, settings=None, autostart=False):
    d = ReminderSettingsDialog(settings or Settings(), TODAY, autostart)
    qtbot.addWidget(d)
    d.show()
    return d


def test_it_opens_on_the_current_settings(qtbot):
    d = dialog(qtbot)
    assert d.chosen_times() == ("09:00", "19:00")
    assert [box.isChecked() for box in d.day_boxes] == [True] * 7
    assert d.goal_box.value() == 2 and d.skip_box.isChecked()
    assert d.quiet_box.isChecked() and d.quiet_start.time() == QTime(22, 0)
    assert d.snooze_box.value() == 30
    assert not d.autostart_box.isChecked()
    assert "12:20, 15:40" in d.recovery_label.text()
    assert d.recovery_button.text() == "Start recovery reminders today"


def test_changes_come_back_as_settings(qtbot):
    d = dialog(qtbot)
    use, edit = d.time_boxes[2]
    use.setChecked(True)
    edit.setTime(QTime(13, 15))
    d.day_boxes[5].setChecked(False)
    d.day_boxes[6].setChecked(False)
    d.goal_box.setValue(1)
    d.quiet_box.setChecked(False)
    d.snooze_box.setValue(15)
    d.autostart_box.setChecked(True)
    d.accept()
    s = d.accepted_settings
    assert s is not None and d.result() == 1
    assert s.reminder_times == ("09:00", "19:00", "13:15")
    assert s.reminder_days == (0, 1, 2, 3, 4)
    assert (s.daily_goal, s.quiet_start, s.quiet_end, s.snooze_minutes) == (1, None, None, 15)
    assert s.autostart and d.autostart_wanted()
    assert s.reminder_rules().times[1].hour == 13


def test_no_time_of_day_is_refused_and_the_dialog_stays_open_with_everything_as_typed(qtbot):
    d = dialog(qtbot)
    for use, _edit in d.time_boxes:
        use.setChecked(False)
    d.snooze_box.setValue(45)
    d.accept()
    assert d.isVisible() and d.accepted_settings is None
    assert d.error_label.isVisible()
    assert "choose at least one time of day" in d.error_label.text()
    assert d.snooze_box.value() == 45
    d.time_boxes[0][0].setChecked(True)  # fixing it hides the message
    assert not d.error_label.isVisible()
    d.accept()
    assert d.accepted_settings is not None and d.accepted_settings.snooze_minutes == 45


def test_the_same_time_twice_is_refused(qtbot):
    d = dialog(qtbot)
    use, edit = d.time_boxes[2]
    use.setChecked(True)
    edit.setTime(QTime(9, 0))
    d.accept()
    assert "the same time is listed twice" in d.error_label.text()


def test_recovery_mode_starts_today_for_n_days_and_can_be_ended(qtbot):
    d = dialog(qtbot)
    d.recovery_per_day.setValue(3)
    d.recovery_days.setValue(4)
    d.recovery_button.click()
    assert "On until Sunday 29 November" in d.recovery_label.text()
    assert "09:00, 14:00, 19:00" in d.recovery_label.text()
    d.accept()
    s = d.accepted_settings
    assert (s.recovery_started, s.recovery_days, s.recovery_per_day) == ("2026-11-26", 4, 3)
    again = dialog(qtbot, s)
    assert again.recovery_button.text() == "End recovery reminders now"
    again.recovery_button.click()
    again.accept()
    assert again.accepted_settings.recovery_started is None


def test_turning_reminders_off_greys_out_the_rules(qtbot):
    d = dialog(qtbot)
    d.enabled_box.setChecked(False)
    assert not d.rules_group.isEnabled() and not d.recovery_group.isEnabled()
    d.accept()
    assert d.accepted_settings.reminders_enabled is False


def test_im_in_a_meeting_asks_at_once(qtbot):
    d = dialog(qtbot)
    with qtbot.waitSignal(d.meetingRequested):
        d.meeting_button.click()
    assert "30 minutes" in d.meeting_label.text()
