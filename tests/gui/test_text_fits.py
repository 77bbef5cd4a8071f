"""Text that fits, in every offered language (kneecare/core/languages.py) at 100% and 200% scale: the main
window (set-up, a running session, sessions held), the screening dialog, the rating dialog, the reminder
settings and About safety show no label or button whose text is cut (wider than its box and not wrapped,
or wrapped and taller than its box) and no visible control outside its window.

200% is the logical room a 1920x1080 screen leaves at QT_SCALE_FACTOR=2 (tests/gui/test_layout_sizes.py's
AT_200_PERCENT): fonts are given in points, so at twice the scale a text needs the same logical pixels and
the window has half as many; the offscreen platform gives the same layout without a subprocess."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kneecare.core.safety import DueReason, Gate
from kneecare.i18n import LANGUAGES, Translators
from kneecare.settings import Settings
from kneecare.ui.ratings import RatingDialog
from kneecare.ui.reminder_settings import ReminderSettingsDialog
from kneecare.ui.safety_dialog import ON_HOLD, _t
from kneecare.ui.safety_page import SafetyPage
from kneecare.ui.screening import SafetyDialog
from tests.gui.test_layout_sizes import AT_200_PERCENT, LAPTOP, run_a_while, window_at

SCALES = {"100%": LAPTOP, "200%": AT_200_PERCENT}


def cut_texts(top: QWidget) -> list[str]:
    """Every visible label or button of `top` whose text does not fit its box, and every visible control
    outside `top`'s rect."""
    QApplication.processEvents()
    found: list[str] = []
    room = top.rect()
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.width() <= 0:
            continue
        name = widget.objectName() or type(widget).__name__
        box = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
        if (
            isinstance(widget, (QLabel, QAbstractButton))
            and not room.contains(box)
            and _unscrolled(widget, top)
        ):
            found.append(f"{name} {box} lies outside the window {room}")
        too_wide = widget.sizeHint().width() > widget.width() + 1
        said = f"{name} {getattr(widget, 'text', str)()[:50]!r}"
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            needed = widget.heightForWidth(widget.width())
            if widget.wordWrap() and needed > widget.height() + 1:
                found.append(f"{said} needs {needed} px high, has {widget.height()}")
            elif not widget.wordWrap() and too_wide:
                found.append(f"{said} needs {widget.sizeHint().width()} px, has {widget.width()}")
        elif isinstance(widget, QAbstractButton) and widget.text() and too_wide:
            found.append(f"{said} needs {widget.sizeHint().width()} px, has {widget.width()}")
    return found


def _unscrolled(widget: QWidget, top: QWidget) -> bool:
    """Not inside a scroll area's viewport (there, being outside the visible part is what scrolling is)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if parent.objectName() == "qt_scrollarea_viewport":
            return False
        parent = parent.parentWidget()
    return True


@pytest.fixture(params=sorted(LANGUAGES))
def language(request, qapp):
    translators = Translators(qapp)
    assert translators.install(request.param) == request.param
    yield request.param
    translators.install("en")


@pytest.mark.parametrize("scale", SCALES)
def test_the_main_window_fits_set_up_running_and_held(qtbot, clock, programs, language, scale):
    window = window_at(qtbot, clock, programs, SCALES[scale])
    assert cut_texts(window) == []
    held = QLabel(_t(ON_HOLD[Gate.BLOCKED]))  # as the safety gate shows it while sessions are held
    held.setObjectName("safetyHold")
    window.statusBar().addWidget(held, 1)
    assert cut_texts(window) == []
    run_a_while(window, clock)
    assert cut_texts(window) == []


def _sized(dialog: QWidget, scale: str) -> None:
    if scale == "200%":  # a dialog never larger than the room the screen has
        hint = dialog.sizeHint()
        dialog.resize(min(hint.width(), AT_200_PERCENT[0]), min(hint.height(), AT_200_PERCENT[1]))


def _shown(qtbot, dialog: QWidget, scale: str) -> QWidget:
    qtbot.addWidget(dialog)
    _sized(dialog, scale)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("scale", SCALES)
def test_the_safety_dialogs_fit(qtbot, language, scale):
    """Each screen is built when first shown; at 200% the dialog is sized to the screens built so far."""
    dialog = SafetyDialog()
    dialog.show_intro(DueReason.FIRST, 90)
    _shown(qtbot, dialog, scale)
    assert cut_texts(dialog) == []
    for show in (dialog.start_questions, dialog.show_follow_up):
        show()
        _sized(dialog, scale)
        assert cut_texts(dialog) == []
    page = _shown(qtbot, SafetyPage(interval_days=90), scale)
    assert cut_texts(page) == []


@pytest.mark.parametrize("scale", SCALES)
def test_the_rating_and_reminder_dialogs_fit(qtbot, language, scale):
    assert cut_texts(_shown(qtbot, RatingDialog("before"), scale)) == []
    assert (
        cut_texts(_shown(qtbot, ReminderSettingsDialog(Settings(), date(2026, 11, 26), False), scale)) == []
    )


@pytest.mark.parametrize("scale", SCALES)
def test_the_sync_dialog_fits_with_its_warning_and_result(qtbot, tmp_path, clock, language, scale):
    from kneecare.ui.sync import SyncDialog
    from tests.gui.test_sync_window import make

    folder = tmp_path / "Shared"
    folder.mkdir()
    folder.chmod(0o755)  # others can look in: the dialog warns
    store, _, runner, _, _ = make(tmp_path, clock, "desk", None)
    dialog = _shown(qtbot, SyncDialog(runner), scale)
    dialog.folder.setText(str(folder))
    dialog.on.setChecked(True)
    dialog.sync_button.click()
    assert dialog.warning.text() and dialog.outcome.text()
    assert cut_texts(dialog) == []
    store.close()
