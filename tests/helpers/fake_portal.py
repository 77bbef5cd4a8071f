"""A stand-in for the XDG desktop portal's Settings interface on a private session bus, run with Debian's
python3 and python3-dbus (which send the portal's exact types: ReadOne -> v(u), Read -> v(v(u))).

    /usr/bin/python3 fake_portal.py BUS_ADDRESS VALUE [--old | --no-key]

--old has no ReadOne (Settings version 1), --no-key knows no `reduced-motion`. It prints "ready" once it
owns the name; each stdin line "set N" makes VALUE N and emits SettingChanged, "other N" emits a change of
another key (color-scheme); each is acknowledged with "sent"."""

from __future__ import annotations

import sys

import dbus
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

SETTINGS = "org.freedesktop.portal.Settings"
APPEARANCE = "org.freedesktop.appearance"
KEY = "reduced-motion"


class NotFound(dbus.DBusException):
    _dbus_error_name = "org.freedesktop.portal.Error.NotFound"


class Portal(dbus.service.Object):
    def __init__(self, bus: dbus.bus.BusConnection, value: int, has_key: bool) -> None:
        super().__init__(bus, "/org/freedesktop/portal/desktop")
        self.value = value
        self.has_key = has_key

    def _value(self, namespace: str, key: str) -> dbus.UInt32:
        if not self.has_key or (namespace, key) != (APPEARANCE, KEY):
            raise NotFound(f"Requested setting {namespace} {key} not found")
        return dbus.UInt32(self.value)

    @dbus.service.method(SETTINGS, in_signature="ss", out_signature="v")
    def Read(self, namespace: str, key: str) -> dbus.UInt32:
        return dbus.UInt32(self._value(namespace, key), variant_level=2)

    @dbus.service.signal(SETTINGS, signature="ssv")
    def SettingChanged(self, namespace: str, key: str, value: dbus.UInt32) -> None:
        pass


class NewPortal(Portal):
    @dbus.service.method(SETTINGS, in_signature="ss", out_signature="v")
    def ReadOne(self, namespace: str, key: str) -> dbus.UInt32:
        return self._value(namespace, key)


def main() -> None:
    address, value, *flags = sys.argv[1:]
    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    bus = dbus.bus.BusConnection(address)
    kind = Portal if "--old" in flags else NewPortal
    portal = kind(bus, int(value), has_key="--no-key" not in flags)
    name = dbus.service.BusName("org.freedesktop.portal.Desktop", bus)
    loop = GLib.MainLoop()

    def command(source: object, condition: object) -> bool:
        line = sys.stdin.readline()
        if not line:
            loop.quit()
            return False
        if not line.strip():
            return True
        what, number = line.split()
        if what == "set":
            portal.value = int(number)
            portal.SettingChanged(APPEARANCE, KEY, dbus.UInt32(portal.value))
        else:
            portal.SettingChanged(APPEARANCE, "color-scheme", dbus.UInt32(int(number)))
        print("sent", flush=True)
        return True

    GLib.io_add_watch(sys.stdin, GLib.IO_IN | GLib.IO_HUP, command)
    print("ready", name.get_name(), flush=True)
    loop.run()


if __name__ == "__main__":
    main()
