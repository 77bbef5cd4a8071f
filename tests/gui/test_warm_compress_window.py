"""The set-up panel's warm compress and minutes of movement, as a keyboard user meets them: "Warm compress
first" and its length are reached with Tab and Alt+W, named for a screen reader, change the plan, come back
after a restart, and are greyed out for a routine; the minutes of movement offer only what keeps each knee
within 2 to 5 minutes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kneecare.core.library import finish_options
from kneecare.core.protocol import Category, movement_choices
from kneecare.settings import Settings, SettingsStore
from tests.gui.test_elevation_length_window import make_window


def test_warm_compress_first_is_reached_by_keyboard_changes_the_plan_and_is_remembered(
    qtbot, clock, programs, tmp_path
):
    """The article: "A warm compress for 1–2 minutes helps." """
    store = SettingsStore(tmp_path / "settings.json")
    window = make_window(qtbot, clock, programs, Settings(program_id="daily", knees="left"))
    window.settings_model.changed.connect(store.save)
    check, length = window.compress_check, window.compress_box
    # In the row of the minutes of movement, right after them: the check box, then its length.
    assert window.minutes_label.buddy() is window.minutes_box
    assert (check.text(), check.accessibleName(), length.accessibleName()) == (
        "&Warm compress first",
        "Warm compress first",
        "Minutes of warm compress",
    )
    assert check.isEnabled() and not check.isChecked() and not length.isEnabled()
    without = window.build_plan()
    assert not any(p.warm_compress for p in without.phases)
    assert window.time_label.text() == "3:55"

    # Tab from the minutes of movement reaches the check box; Space ticks it; Tab reaches its length.
    window.minutes_box.setFocus()
    qtbot.keyClick(window.minutes_box, Qt.Key.Key_Tab)
    assert window.focusWidget() is check
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert check.isChecked() and length.isEnabled()
    qtbot.keyClick(check, Qt.Key.Key_Tab)
    assert window.focusWidget() is length
    assert (length.minimum(), length.maximum(), length.value()) == (1, 2, 1)
    for _ in range(3):  # Up beyond 2 minutes stays at 2
        qtbot.keyClick(length, Qt.Key.Key_Up)
    assert length.value() == 2

    plan = window.build_plan()
    first = plan.phases[0]
    assert first.warm_compress and first.duration == 120 and first.title == "Warm compress"
    assert "behind the left knee" in first.instruction
    assert plan.seconds_per_knee() == without.seconds_per_knee()  # the knee's own time is unchanged
    assert window.time_label.text() == "5:55"
    assert (window.settings.warm_compress, window.settings.compress_minutes) == (True, 2)
    saved = store.load().settings
    assert (saved.warm_compress, saved.compress_minutes) == (True, 2)

    # After a restart the panel shows the remembered choice.
    again = make_window(qtbot, clock, programs, saved)
    assert again.compress_check.isChecked() and again.compress_box.value() == 2
    assert again.build_plan().phases[0].duration == 120

    # Alt+W, the check box's own key, turns it off again from anywhere in the window.
    again.program_box.setFocus()
    qtbot.keyClick(again.program_box, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert again.focusWidget() is again.compress_check
    qtbot.waitUntil(lambda: not again.compress_check.isChecked())  # a mnemonic clicks after a short flash
    assert not again.compress_box.isEnabled()
    assert not any(p.warm_compress for p in again.build_plan().phases)
    assert again.settings.warm_compress is False


def test_a_routine_greys_out_the_warm_compress_as_it_does_the_knees(qtbot, clock, programs):
    window = make_window(qtbot, clock, programs, Settings(program_id="daily", warm_compress=True))
    assert window.compress_check.isEnabled() and window.compress_box.isEnabled()
    window.program_box.setCurrentIndex(window.program_box.findData("ankle_pumps"))
    assert not window.compress_check.isEnabled() and not window.compress_box.isEnabled()
    assert not window.knee_box.isEnabled()
    assert not any(p.warm_compress for p in window.build_plan().phases)
    assert window.settings.warm_compress  # kept for the next knee session
    window.program_box.setCurrentIndex(window.program_box.findData("relax"))
    assert window.build_plan().phases[0].warm_compress


def test_the_minutes_of_movement_offer_only_what_keeps_each_knee_within_2_to_5_minutes(
    qtbot, clock, programs
):
    """The article: "Sessions can be 2–5 minutes per knee." Every value the minutes box lets a person
    reach, for every knee program and every routine to finish with, builds a plan inside that range."""
    window = make_window(qtbot, clock, programs, Settings(program_id="relax", movement_minutes=3.0))
    assert window.minutes_box.maximum() == 2.0 and window.minutes_box.value() == 2.0  # 3 would be 5.9 min
    assert "From 1 to 2 minutes" in window.minutes_box.accessibleDescription()
    finishes = ["", *(r.id for r in finish_options(list(programs.values())))]
    for program in (p for p in programs.values() if p.category is Category.KNEE):
        window.program_box.setCurrentIndex(window.program_box.findData(program.id))
        for finish in finishes:
            window.finish_box.setCurrentIndex(window.finish_box.findData(finish))
            offered, value = [], window.minutes_box.minimum()
            while value <= window.minutes_box.maximum() + 1e-9:
                window.minutes_box.setValue(value)
                offered.append(window.minutes_box.value())
                plan = window.build_plan()  # raises if the knee time were out of range
                assert all(120 <= s <= 300 for s in plan.seconds_per_knee().values())
                value += window.minutes_box.singleStep()
            assert tuple(offered) == movement_choices(program, programs.get(finish)), (program.id, finish)
    # Relax finishing with calf strokes leaves room for 1 minute of movement only: the box follows.
    window.program_box.setCurrentIndex(window.program_box.findData("relax"))
    window.finish_box.setCurrentIndex(window.finish_box.findData(""))
    window.minutes_box.setValue(2.0)
    window.finish_box.setCurrentIndex(window.finish_box.findData("calf_strokes"))
    assert (window.minutes_box.minimum(), window.minutes_box.maximum(), window.minutes_box.value()) == (
        1,
        1,
        1,
    )
    assert window.settings.movement_minutes is None  # 1 minute is Relax's own
