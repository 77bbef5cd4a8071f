"""The desktop's "reduce motion" preference where Qt (before 6.12) cannot read it: the XDG desktop portal's
Settings on Linux (asked asynchronously over QtDBus, changes followed), the client-area animation setting on
Windows; macOS is left to Qt 6.12. Answers are True (reduce), False (no preference) or None (unknown)."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusPendingCallWatcher

log = logging.getLogger(__name__)

PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
PORTAL_SETTINGS = "org.freedesktop.portal.Settings"
APPEARANCE = "org.freedesktop.appearance"
REDUCED_MOTION = "reduced-motion"
# An old portal (Settings version 1) has no ReadOne: ask with Read, whose answer is one variant deeper.
UNKNOWN_METHOD = "org.freedesktop.DBus.Error.UnknownMethod"
CALL_TIMEOUT_MS = 10_000  # a portal that is started on demand may take a while; nobody waits for it

SPI_GETCLIENTAREAANIMATION = 0x1042

Known = Callable[[bool | None], None]


def unwrap_variants(value: object, levels: int = 3) -> object:
    """The value inside D-Bus variants (QDBusVariant): ReadOne answers v(u), Read answers v(v(u)),
    SettingChanged carries v(u)."""
    for _ in range(levels):
        inner = getattr(value, "variant", None)  # QDBusVariant
        if inner is None or not callable(inner):
            break
        value = inner()
    return value


def reduced_from_portal(value: object) -> bool | None:
    """The portal's `reduced-motion` (uint32: 0 no preference, 1 reduce) as True/False; anything else None."""
    value = unwrap_variants(value)
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return {0: False, 1: True}.get(value)


def reduced_from_client_area_animation(enabled: bool | None) -> bool | None:
    """Windows: client-area animations turned off ("Animation effects" off) means reduce motion."""
    return None if enabled is None else not enabled


def client_area_animation() -> bool | None:
    """Windows' SPI_GETCLIENTAREAANIMATION, or None elsewhere or if Windows does not answer."""
    if sys.platform != "win32":
        return None
    import ctypes
    from ctypes import wintypes

    enabled = wintypes.BOOL()
    ok = ctypes.windll.user32.SystemParametersInfoW(SPI_GETCLIENTAREAANIMATION, 0, ctypes.byref(enabled), 0)
    return bool(enabled.value) if ok else None


def session_bus_present() -> bool:
    """A session bus to talk to, without letting libdbus auto-launch one (dbus-launch) when there is none."""
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return runtime is not None and runtime != "" and Path(runtime, "bus").is_socket()


class PortalMotion(QObject):
    """Asks the XDG desktop portal for `org.freedesktop.appearance reduced-motion` without blocking, and
    follows its `SettingChanged` signal. `known` carries each answer: True, False, or None when the portal,
    the key or the bus is missing (that is "unknown", not an error)."""

    known = Signal(object)

    def __init__(self, bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.value: bool | None = None
        self.listening = False

    def start(self) -> None:
        if not self.bus.isConnected():
            log.info("reduce motion: no session bus, the desktop's preference is unknown")
            self._tell(None)
            return
        from PySide6.QtCore import SLOT

        slot: Any = SLOT("_setting_changed(QDBusMessage)")  # a str at run time, whatever the stubs say
        self.listening = self.bus.connect(
            PORTAL_SERVICE, PORTAL_PATH, PORTAL_SETTINGS, "SettingChanged", self, slot
        )
        self._ask("ReadOne")

    def _ask(self, method: str) -> None:
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher

        message = QDBusMessage.createMethodCall(PORTAL_SERVICE, PORTAL_PATH, PORTAL_SETTINGS, method)
        message.setArguments([APPEARANCE, REDUCED_MOTION])
        # A child of this object, never deleteLater()'d: at most two calls (ReadOne, then Read) are ever made,
        # and a deferred delete of a watcher its parent had already deleted crashed PySide6 6.11.
        watcher = QDBusPendingCallWatcher(self.bus.asyncCall(message, CALL_TIMEOUT_MS), self)
        watcher.finished.connect(lambda w, m=method: self._answered(w, m))

    def _answered(self, watcher: QDBusPendingCallWatcher, method: str) -> None:
        if watcher.isError():
            error = watcher.error()
            if method == "ReadOne" and error.name() == UNKNOWN_METHOD:
                self._ask("Read")
                return
            log.info("reduce motion: the portal did not say (%s: %s)", error.name(), error.message())
            self._tell(None)
            return
        arguments = watcher.reply().arguments()
        self._tell(reduced_from_portal(arguments[0]) if arguments else None)

    @Slot("QDBusMessage")
    def _setting_changed(self, message: Any) -> None:
        arguments = message.arguments()
        if len(arguments) == 3 and arguments[0] == APPEARANCE and arguments[1] == REDUCED_MOTION:
            self._tell(reduced_from_portal(arguments[2]))

    def _tell(self, value: bool | None) -> None:
        self.value = value
        said = "unknown" if value is None else ("reduce" if value else "no preference")
        log.info("reduce motion: the desktop says %s", said)
        self.known.emit(value)


def follow_desktop_motion(
    parent: QObject, known: Known, bus: QDBusConnection | None = None
) -> QObject | None:
    """Read the desktop's preference and call `known` with it, now (Windows) or when the portal answers and
    whenever it changes (Linux). macOS: nothing (Qt 6.12 reads it). Returns the portal watcher, if any."""
    if sys.platform == "win32":
        known(reduced_from_client_area_animation(client_area_animation()))
        return None
    if sys.platform == "darwin":
        return None
    started = time.perf_counter()
    if bus is None:
        if not session_bus_present():
            log.info("reduce motion: no session bus, the desktop's preference is unknown")
            return None
        from PySide6.QtDBus import QDBusConnection

        bus = QDBusConnection.sessionBus()
    watcher = PortalMotion(bus, parent)
    watcher.known.connect(known)
    watcher.start()
    log.info("reduce motion: asked the portal in %.1f ms", (time.perf_counter() - started) * 1000)
    return watcher
