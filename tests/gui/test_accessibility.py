"""A person who uses the keyboard and a screen reader: every control has a name that says what it is, the
painted widgets say their state in words, a new step is announced once (not every second), the keys are
listed in Help ▸ Keyboard shortcuts straight from the window's own shortcuts, and a high-contrast look
can be chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QWidget

from kneecare.ui.shortcuts_help import ShortcutsDialog, key_rows, plain
from kneecare.ui.widgets import theme
from tests.gui.test_session_view import at_moment, make_window


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for the widget: its accessible interface's name."""
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None, widget
    return iface.text(QAccessible.Text.Name)


def controls(window: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QComboBox, QAbstractSpinBox)
    return [w for kind in kinds for w in window.findChildren(kind) if w.isVisibleTo(window)]


def test_every_control_of_the_window_has_a_name_a_screen_reader_can_say(qtbot, clock, programs):
    window = make_window(qtbot, clock, programs)
    found = controls(window)
    assert len(found) >= 7  # program, knees, minutes, start, skip, stop, it hurts, about safety
    unnamed = [w.objectName() or type(w).__name__ for w in found if not spoken_name(w).strip()]
    assert unnamed == []
    # A combo box says its current choice as its name; the name given to it is what the field is for.
    given = {w.accessibleName() for w in found}
    for name in (
        "Program",
        "Knees",
        "Minutes of movement per knee",
        "Start session",
        "It hurts, numb or tingling",
    ):
        assert name in given
    # The main buttons also say what they do, with their keys.
    assert "Space" in window.start_button.accessibleDescription()
    assert "Esc" in window.stop_button.accessibleDescription()


def test_every_control_can_be_reached_with_tab(qtbot, clock, programs):
    window = make_window(qtbot, clock, programs)
    window.controller.load(window.build_plan())
    window.controller.start()  # skip and stop are enabled while a session runs
    chain, widget = set(), window.nextInFocusChain()
    while widget is not window and widget not in chain:
        chain.add(widget)
        widget = widget.nextInFocusChain()
    for control in controls(window):
        if control.isEnabled():
            assert control in chain, control.objectName()
            assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.objectName()


def test_the_painted_widgets_say_their_state_in_words(qtbot, clock, programs):
    window = make_window(qtbot, clock, programs, program_id="daily", knees="both", reduce_motion=False)
    view = window.view
    assert view.ring.accessibleName() == "Countdown"
    assert view.ring.accessibleDescription() == "7:50 in all"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert view.ring.accessibleDescription() == "0:15 left in this step"
    assert "left knee highlighted" in view.diagram.accessibleDescription()
    at_moment(window, clock, 3.2)
    assert view.ring.accessibleDescription() == "0:12 left in this step"
    assert view.pacer.accessibleDescription().startswith("Breathe")
    assert view.pacer.accessibleName() == "Breathing pacer"


def test_a_new_step_is_announced_once_not_every_second(qtbot, clock, programs):
    window = make_window(qtbot, clock, programs, program_id="daily", knees="both", reduce_motion=False)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.view.announcements == [
        f"Left knee · step 1 of 7. Settle in. {window.instruction_label.text()}"
    ]
    for second in range(1, 14):
        at_moment(window, clock, second)
    assert len(window.view.announcements) == 1  # thirteen seconds of countdown: no more words
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert len(window.view.announcements) == 2
    assert window.view.announcements[-1].startswith("Left knee · step 2 of 7. Warm your hands.")


def test_help_lists_every_key_from_the_windows_own_shortcuts(qtbot, clock, programs):
    window = make_window(qtbot, clock, programs)
    rows = {row.keys: row.what for row in key_rows(window)}
    assert rows["Space"] == "Start, pause or resume the session"
    assert rows["Right"] == "Skip to the next step"
    assert rows["Esc"] == "Stop the session"
    assert "It hurts" in rows["!"] and "It hurts" in rows["Ctrl+H"]
    assert rows["F1"] == "About safety"
    assert rows[window.quit_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)] == "Quit"
    assert rows["Ctrl+/"] == "Keyboard shortcuts"
    assert rows["Alt+S"] == "Open the Safety menu"
    # A shortcut added later is listed too: the list is read from the window, it cannot drift.
    extra = QShortcut(QKeySequence("Ctrl+J"), window)
    extra.setWhatsThis("Jump somewhere")
    assert {row.keys: row.what for row in key_rows(window)}["Ctrl+J"] == "Jump somewhere"
    # Help ▸ Keyboard shortcuts opens the table; each row is there, named for screen readers.
    assert window.shortcuts_action in window.help_menu.actions()
    window.shortcuts_action.trigger()
    dialog = next(d for d in window.findChildren(ShortcutsDialog))
    assert dialog.table.rowCount() == len(key_rows(window))
    assert dialog.table.accessibleName() == "Keyboard shortcuts"
    dialog.close()


def test_plain_takes_the_mnemonic_and_the_ellipsis_away():
    assert plain("My situation &changed…") == "My situation changed"
    assert plain("Salt && &pepper") == "Salt & pepper"


def test_high_contrast_is_chosen_from_the_view_menu_and_painted_widgets_follow(qtbot, clock, programs):
    window = make_window(qtbot, clock, programs)
    saved = []
    window.settings_model.changed.connect(saved.append)
    before = QColor(window.view.ring.palette().color(QPalette.ColorRole.Highlight))
    try:
        window.high_contrast_action.trigger()
        assert saved[-1].high_contrast is True
        palette = QGuiApplication.palette()
        window_colour = palette.color(QPalette.ColorRole.Window)
        assert theme.contrast_ratio(palette.color(QPalette.ColorRole.WindowText), window_colour) >= 15
        assert theme.contrast_ratio(theme.accent(palette), window_colour) >= 7
        qtbot.waitUntil(lambda: window.view.ring.palette() == QGuiApplication.palette())
        ring_accent = theme.accent(window.view.ring.palette())  # what the ring paints with
        assert ring_accent == palette.color(QPalette.ColorRole.Highlight) != before
        assert (
            "#a00000" in window.safety_button.styleSheet() or "#ff6b6b" in window.safety_button.styleSheet()
        )
    finally:
        window.high_contrast_action.trigger()
    assert saved[-1].high_contrast is False
    qtbot.waitUntil(lambda: window.view.ring.palette().color(QPalette.ColorRole.Highlight) == before)


def test_the_focused_safety_button_shows_a_focus_ring(qtbot, clock, programs):
    window = make_window(qtbot, clock, programs)
    assert "QPushButton:focus" in window.safety_button.styleSheet()
