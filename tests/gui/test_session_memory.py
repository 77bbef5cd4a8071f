"""What a session start costs the main process (issue 14: within 1.5x the bare window during a session):
the safety dialog builds only the screens it shows, so a returning person's start, which shows only the
daily question, does not build the eight others (about 1.2 MiB, measured with benchmarks/footprint.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kneecare.ui.safety_dialog import SafetyDialog


def screens(dialog: SafetyDialog) -> list[str]:
    return [dialog.stack.widget(i).objectName() for i in range(dialog.stack.count())]


def test_the_daily_question_builds_only_its_own_screen_and_answers_as_before(qtbot):
    dialog = SafetyDialog()
    qtbot.addWidget(dialog)
    assert screens(dialog) == []
    answered: list[bool] = []
    dialog.dailyAnswered.connect(answered.append)
    dialog.show_daily()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert screens(dialog) == ["dailyPage"] and dialog.page == "dailyPage"
    assert dialog.focusWidget() is dialog.daily_no  # the safe answer has the focus, as before
    assert dialog.daily_no.accessibleName() == "No"
    qtbot.keyClick(dialog, Qt.Key.Key_N)
    assert answered == [False]


def test_a_screen_is_built_once_and_shown_again(qtbot):
    dialog = SafetyDialog()
    qtbot.addWidget(dialog)
    dialog.show_daily()
    dialog.show_follow_up()
    dialog.show_daily()
    dialog.start_questions()
    dialog.start_questions()
    assert screens(dialog) == ["dailyPage", "followUpPage", "questionPage"]
    assert dialog.page == "questionPage"
