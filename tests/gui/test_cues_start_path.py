"""Start-up stays quick and idle stays small: the app never imports QtMultimedia or QtTextToSpeech (the cue
helper process plays and speaks); the cue player is set up after the first frame, and then File offers
"Sound and voice…"."""

from __future__ import annotations

from tests.helpers.script_seen import seen_in

SCRIPT = """
import json, sys
import kneecare.app as app
from kneecare.__main__ import build_parser
from PySide6.QtWidgets import QApplication

real_start = app._start_cues
seen = {}

def watch(window, controller, store):
    seen["window shown"] = window.isVisible()
    seen["imported before"] = sorted(
        m for m in sys.modules if m.startswith(("PySide6.QtMultimedia", "PySide6.QtTextToSpeech"))
    )
    real_start(window, controller, store)
    seen["file menu after"] = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    seen["imported after"] = sorted(
        m for m in sys.modules if m in ("PySide6.QtMultimedia", "PySide6.QtTextToSpeech")
    )
    QApplication.instance().quit()

app._start_cues = watch
app.run(build_parser().parse_args(["--data-dir", sys.argv[1]]))
print("SEEN " + json.dumps(seen))
"""


def test_the_app_never_imports_sound_or_speech_and_offers_the_dialog_later(tmp_path):
    seen = seen_in(SCRIPT, str(tmp_path))
    assert seen["window shown"] is True
    assert seen["imported before"] == []
    assert seen["imported after"] == []
    file_menu = seen["file menu after"]
    assert "Sound and &voice…" in file_menu
    assert file_menu.index("Sound and &voice…") < file_menu.index("&Quit")
