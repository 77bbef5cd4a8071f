"""The cue helper starts when a session is near: focus moving into the set-up panel (before any session)
or the before-rating opening; the window's own activation does not start it. Telling where the focus
went leaves PySide6's unused widget classes alone (walking up a viewport Qt made had it make them all)."""

from __future__ import annotations

from tests.helpers.script_seen import seen_in

SCRIPT = """
import json, sys
from pathlib import Path
from tests.helpers.people import returning_person
import kneecare.app as app
import PySide6.QtWidgets as widgets
from kneecare.__main__ import build_parser
from kneecare.cues.player import CuePlayer
from kneecare.ui.ratings import RatingDialog
from PySide6.QtWidgets import QApplication

seen = {"prepared": []}
CuePlayer.prepare = lambda self: seen["prepared"].append(QApplication.focusWidget().objectName() or "?")
real_start = app._start_cues

def watch(window, controller, store):
    real_start(window, controller, store)
    window.activateWindow()
    QApplication.processEvents()
    seen["after activation"] = list(seen["prepared"])  # the window's own activation: no session near
    window.start_button.setFocus()
    QApplication.processEvents()
    seen["after the start button"] = list(seen["prepared"])
    window.program_box.setFocus()  # into the set-up, from the Start button
    QApplication.processEvents()
    seen["after the set-up"] = list(seen["prepared"])
    rating = RatingDialog("before", window)
    rating.show()
    rating.activateWindow()
    next(iter(rating.sliders.values())).setFocus()
    QApplication.processEvents()
    seen["after the rating"] = list(seen["prepared"])
    rating.close()
    window.activateWindow()
    QApplication.processEvents()
    QApplication.focusWidget().clearFocus()
    window.program_box.setFocus()  # from nowhere (as when the window comes back): not a move into it
    QApplication.processEvents()
    seen["after focus from nowhere"] = list(seen["prepared"])
    unused = ("QWizard", "QCalendarWidget", "QMdiArea")
    seen["unused classes made"] = [name for name in unused if name in vars(widgets)]
    QApplication.instance().quit()

app._start_cues = watch
returning_person(Path(sys.argv[1]))  # no first questions over the window
app.run(build_parser().parse_args(["--data-dir", sys.argv[1]]))
print("SEEN " + json.dumps(seen))
"""


def test_focus_into_the_set_up_or_the_before_rating_starts_the_helper_without_making_unused_classes(tmp_path):
    seen = seen_in(SCRIPT, str(tmp_path))
    assert seen["after activation"] == seen["after the start button"] == []
    assert len(seen["after the set-up"]) == 1
    assert len(seen["after the rating"]) == len(seen["after focus from nowhere"]) == 2
    assert seen["unused classes made"] == []
