"""The reminder settings and the tray companion in German: the dialog's labels, weekday names (from
QLocale), recovery dates and its refusals of rules that cannot work, and what the companion says in the
window (no tray, the File menu entry, a login entry that cannot be changed)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTime

from kneecare.settings import Settings
from kneecare.ui.reminder_settings import ReminderSettingsDialog
from tests.gui.test_companion import App

THURSDAY = date(2026, 11, 26)


@pytest.fixture
def restore_quit_on_close(qapp):
    before = qapp.quitOnLastWindowClosed()
    yield
    qapp.setQuitOnLastWindowClosed(before)


def dialog(qtbot, settings: Settings | None = None) -> ReminderSettingsDialog:
    d = ReminderSettingsDialog(settings or Settings(), THURSDAY, False)
    qtbot.addWidget(d)
    d.show()
    return d


def test_the_reminder_settings_speak_german_with_the_days_of_the_week_in_german(german, qtbot):
    d = dialog(qtbot)
    assert d.windowTitle() == "Erinnerungen"
    assert d.enabled_box.text() == "An eine Sitzung &erinnern"
    assert d.rules_group.title() == "Wann"
    assert [box.text() for box in d.day_boxes] == ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
    assert d.day_boxes[6].accessibleName() == "Sonntag"
    assert d.time_boxes[0][1].accessibleName() == "Erinnerungszeit 1"
    assert d.goal_box.suffix() == " pro Tag"
    assert d.snooze_box.accessibleName() == "Später erinnern nach"
    assert d.recovery_group.title() == "Erholung nach starker Belastung"
    assert d.nudge_box.text() == "Jede Stunde ans Aufstehen und &Bewegen erinnern, von"
    assert d.meeting_button.text() == "Ich habe einen &Termin: in 30 Min. erinnern"
    assert d.recovery_label.text() == (
        "Für einige Tage nach starker Belastung: Erinnerungen um 09:00, 12:20, 15:40, 19:00, "
        "danach wieder Ihre gewohnten."
    )
    d.recovery_days.setValue(1)
    assert d.recovery_days.suffix() == " Tag"
    d.recovery_days.setValue(4)
    assert d.recovery_days.suffix() == " Tage"
    d.recovery_button.click()
    assert d.recovery_label.text().startswith("Eingeschaltet bis Sonntag, 29. November, danach")
    assert d.recovery_button.text() == "Erholungs-Erinnerungen jetzt beenden"
    d.meeting_button.click()
    assert d.meeting_label.text() == "In Ordnung: Die nächste Erinnerung kommt in 30 Minuten."


def test_reminders_that_cannot_work_are_refused_in_german(german, qtbot):
    d = dialog(qtbot)
    for use, _edit in d.time_boxes:
        use.setChecked(False)
    d.accept()
    assert d.isVisible() and d.accepted_settings is None
    assert d.error_label.text() == (
        "So können die Erinnerungen noch nicht funktionieren: Uhrzeiten: Wählen Sie mindestens eine "
        "Uhrzeit (oder schalten Sie die Erinnerungen aus)."
    )
    d.time_boxes[0][0].setChecked(True)
    for box in d.day_boxes:
        box.setChecked(False)
    d.accept()
    assert "Tage: Wählen Sie mindestens einen Wochentag" in d.error_label.text()
    d.day_boxes[0].setChecked(True)
    use, edit = d.time_boxes[2]
    use.setChecked(True)
    edit.setTime(QTime(9, 0))
    d.accept()
    assert d.error_label.text().endswith("Uhrzeiten: dieselbe Uhrzeit ist zweimal gewählt.")
    use.setChecked(False)
    d.nudge_box.setChecked(True)  # movement nudges (core/nudges.py) from 09:00 to 09:30: too short
    d.nudge_end.setTime(QTime(9, 30))
    d.accept()
    assert d.error_label.text() == (
        "So können die Erinnerungen noch nicht funktionieren: "
        "zwischen Beginn und Ende muss mindestens eine Stunde liegen."
    )


@pytest.mark.usefixtures("restore_quit_on_close")
def test_the_companion_says_in_german_that_there_is_no_tray_and_where_the_reminders_are(
    german, qtbot, programs, tmp_path
):
    app = App(qtbot, programs, tmp_path, tray=False)
    app.companion.start(minimized=False)
    notice = app.window.findChild(object, "noTrayNotice")
    assert notice is not None and notice.text().startswith("Hier gibt es keinen Infobereich: Wenn Sie")
    file_menu = app.window.menuBar().actions()[0].menu()
    entries = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert "E&rinnerungen…" in entries
    keys = [t[t.index("&") + 1].lower() for t in entries if "&" in t]
    assert len(set(keys)) == len(keys), entries  # no two entries of the File menu share an Alt key
    (tmp_path / "config").write_text("a file where the autostart folder should be")
    changed = Settings().with_changes(autostart=True)
    problem = app.companion.apply_settings(changed, autostart_wanted=True)
    assert problem is not None
    assert problem.startswith("KneeCare konnte nicht ändern, wie es beim Anmelden startet: ")
    assert app.window.settings.autostart is False
