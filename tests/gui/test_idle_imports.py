"""What an idle KneeCare leaves unloaded: once the start is done (window, history, tray, sync), neither
asyncio, qasync, desktop-notifier nor ssl is imported until the first desktop notification goes out,
QtNetwork never on Linux, and the sync's module not until a sync runs; nor does the app keep the source
text of its modules (PySide6's import hook reads each one, and linecache would keep it). The first
notification joins asyncio to Qt's loop and is sent through it."""

from __future__ import annotations

import json

from tests.helpers.script_seen import seen_in

LATE = ("asyncio", "qasync", "desktop_notifier", "ssl", "PySide6.QtNetwork")
LATE += ("kneecare.store.sync", "uuid", "platform")  # with the first sync (none without a sync folder)

APP_SCRIPT = """
import json, sys
import kneecare.app as app
from kneecare.__main__ import build_parser
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

real_after = app._start_after_first_frame
seen = {}
LATE = json.loads(sys.argv[2])

def after(s):
    keep = real_after(s)

    def idle():  # every after-first-frame part has run (they were queued before this)
        seen["loaded when idle"] = sorted(m for m in LATE if m in sys.modules)
        import linecache
        seen["sources kept"] = sorted(f for f in linecache.cache if "kneecare" in f)
        seen["lines kept"] = sum(len(entry[2]) for entry in linecache.cache.values() if len(entry) > 2)
        QApplication.instance().quit()

    QTimer.singleShot(0, lambda: QTimer.singleShot(0, idle))
    return keep

app._start_after_first_frame = after
app.run(build_parser().parse_args(["--data-dir", sys.argv[1], "--minimized"]))
print("SEEN " + json.dumps(seen))
"""

NOTIFY_SCRIPT = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kneecare.tray.aio import joined_loop
from kneecare.tray.notify import DesktopNotifierSender, Notifier

app = QApplication([])
seen = {"before": sorted(m for m in ("asyncio", "qasync", "desktop_notifier") if m in sys.modules)}
notifier = Notifier(tray=None, desktop=DesktopNotifierSender(), event_loop=joined_loop)

def delivered(channel):
    seen["channel"] = channel
    seen["after"] = sorted(m for m in ("asyncio", "qasync", "desktop_notifier") if m in sys.modules)
    app.exit(0)

notifier.delivered.connect(delivered)
QTimer.singleShot(0, lambda: notifier.notify("Time for your knees", "Daily"))
QTimer.singleShot(30_000, lambda: app.exit(1))  # a bound, never a wait: the answer comes well before
app.exec()
print("SEEN " + json.dumps(seen))
"""


def test_an_idle_app_loads_no_asyncio_no_notifier_no_ssl_and_no_qtnetwork(tmp_path):
    seen = seen_in(APP_SCRIPT, str(tmp_path), json.dumps(LATE), timeout=90)
    assert seen["loaded when idle"] == []


def test_an_idle_app_keeps_no_module_source_in_memory(tmp_path):
    """About 5 MiB of an idle app's heap was the text of every module imported after PySide6, read by its
    `__feature__` hook and kept by linecache (kneecare/platform/pyside_imports.py)."""
    seen = seen_in(APP_SCRIPT, str(tmp_path), json.dumps(LATE), timeout=90)
    assert seen["sources kept"] == []
    assert isinstance(seen["lines kept"], int)
    assert (
        seen["lines kept"] < 5000
    )  # the standard library's few read before the hook is replaced; was 90 000+


def test_the_first_notification_joins_asyncio_and_goes_through_the_notifier(tmp_path):
    seen = seen_in(NOTIFY_SCRIPT, timeout=90, DBUS_SESSION_BUS_ADDRESS=f"unix:path={tmp_path}/no-bus")
    assert seen["before"] == []
    # No notification service here: desktop-notifier was asked on the joined loop, then the window came.
    assert seen["after"] == ["asyncio", "desktop_notifier", "qasync"]
    assert seen["channel"] == "reminder window"
