"""A person whose desktop asks for reduced motion: where Qt (before 6.12) cannot read that preference,
KneeCare asks the XDG desktop portal on the session bus (here a private bus and a stand-in portal speaking
the portal's exact types), follows its changes, and never overrides the person's own choice."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusVariant

from kneecare.app import _follow_motion_preference
from kneecare.core.session import SessionMachine
from kneecare.platform import motion
from kneecare.session.controller import SessionController
from kneecare.ui.session_view import SessionView
from kneecare.ui.widgets import theme
from tests.helpers.system import in_ci, need

FAKE_PORTAL = Path(__file__).parents[1] / "helpers" / "fake_portal.py"
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, where python3-dbus lives


@pytest.fixture(autouse=True)
def nothing_known_yet(monkeypatch):
    monkeypatch.setattr(theme, "_desktop_reduced_motion", None)


# -- what the answers mean (no bus) ---------------------------------------------------------------


def test_the_portals_number_means_reduce_or_no_preference_and_anything_else_is_unknown():
    assert motion.reduced_from_portal(QDBusVariant(1)) is True  # ReadOne's and SettingChanged's v(u)
    assert motion.reduced_from_portal(QDBusVariant(0)) is False
    assert motion.reduced_from_portal(1) is True  # already unwrapped
    assert motion.reduced_from_portal(QDBusVariant(2)) is None  # a value the spec does not define
    assert motion.reduced_from_portal(QDBusVariant("1")) is None
    assert motion.reduced_from_portal(QDBusVariant(True)) is None
    assert motion.reduced_from_portal(None) is None


def test_windows_without_client_area_animations_means_reduce_motion():
    assert motion.reduced_from_client_area_animation(False) is True
    assert motion.reduced_from_client_area_animation(True) is False
    assert motion.reduced_from_client_area_animation(None) is None


@pytest.mark.skipif(sys.platform != "win32", reason="SystemParametersInfoW exists only on Windows")
def test_windows_answers_whether_client_area_animations_are_on():
    assert isinstance(motion.client_area_animation(), bool)


@pytest.mark.skipif(sys.platform == "win32", reason="elsewhere than Windows")
def test_elsewhere_the_windows_setting_is_unknown():
    assert motion.client_area_animation() is None


def test_when_qt_reads_the_preference_its_answer_wins(monkeypatch):
    class Preference:  # the shape of Qt 6.12's Qt.MotionPreference
        ReducedMotion = "reduced"
        NoPreference = "none"

    class Hints:
        def motionPreference(self):
            return Preference.NoPreference

    monkeypatch.setattr(theme, "accessibility_hints", lambda: Hints())
    monkeypatch.setattr(theme, "Qt", type("Qt", (), {"MotionPreference": Preference}))
    theme.set_desktop_reduced_motion(True)
    assert theme.qt_reads_motion_preference()
    assert theme.system_prefers_reduced_motion() is False
    assert _follow_motion_preference(object()) is None  # and the portal is not asked at all


def test_without_an_answer_the_system_is_taken_to_have_no_preference(qtbot):
    if theme.qt_reads_motion_preference():
        pytest.skip("Qt 6.12+ answers itself")
    assert theme.system_prefers_reduced_motion() is False
    theme.set_desktop_reduced_motion(True)
    assert theme.system_prefers_reduced_motion() is True


# -- a real session bus and a stand-in portal ------------------------------------------------------


def need_python_dbus() -> None:
    need("dbus-daemon", SYSTEM_PYTHON)
    found = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import dbus.service, dbus.mainloop.glib, gi"], capture_output=True, check=False
    )
    if found.returncode != 0:
        reason = "needs python3-dbus and python3-gi for /usr/bin/python3 (Debian: see .ci/run)"
        pytest.fail(f"CI must not skip: {reason}") if in_ci() else pytest.skip(reason)


@pytest.fixture
def bus(tmp_path) -> Iterator[tuple[str, QDBusConnection]]:
    """A private session bus, and KneeCare's connection to it."""
    need_python_dbus()
    address = f"unix:path={tmp_path}/session_bus"
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", f"--address={address}", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        text=True,
    )
    name = f"kneecare-test-{tmp_path.name}"
    try:
        assert daemon.stdout.readline().startswith("unix:")
        connection = QDBusConnection.connectToBus(address, name)
        assert connection.isConnected()
        yield address, connection
    finally:
        QDBusConnection.disconnectFromBus(name)
        daemon.terminate()
        daemon.wait()
        daemon.stdout.close()


class Portal:
    """The stand-in portal process: `set(n)` changes the preference and emits SettingChanged."""

    def __init__(self, address: str, value: int, *flags: str) -> None:
        self.proc = subprocess.Popen(
            [SYSTEM_PYTHON, str(FAKE_PORTAL), address, str(value), *flags],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout.readline().startswith("ready")

    def send(self, line: str) -> None:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline().strip() == "sent"

    def set(self, value: int) -> None:
        self.send(f"set {value}")

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=10)
        self.proc.stdout.close()


@pytest.fixture
def portal(bus) -> Iterator[type[Portal]]:
    started: list[Portal] = []

    def start(value: int, *flags: str) -> Portal:
        started.append(Portal(bus[0], value, *flags))
        return started[-1]

    yield start  # type: ignore[misc]
    for p in started:
        p.close()


@pytest.fixture
def view(qtbot, clock) -> SessionView:
    view = SessionView(SessionController(SessionMachine(clock), clock))
    qtbot.addWidget(view)
    return view


def follow(view: SessionView, connection: QDBusConnection) -> motion.PortalMotion:
    if theme.qt_reads_motion_preference():
        pytest.skip("Qt 6.12+ reads the preference itself; the portal is not asked")
    watcher = _follow_motion_preference(view, connection)
    assert isinstance(watcher, motion.PortalMotion)
    return watcher


def answers(qtbot, watcher: motion.PortalMotion, act=lambda: None) -> bool | None:
    with qtbot.waitSignal(watcher.known, timeout=10_000) as said:
        act()
    return said.args[0]


def test_the_session_view_keeps_still_when_the_desktop_asks_and_moves_again_when_it_stops(
    qtbot, bus, portal, view
):
    desktop = portal(1)
    assert not view.reduce_motion  # the first frame: nothing known yet
    watcher = follow(view, bus[1])
    qtbot.waitUntil(lambda: view.reduce_motion, timeout=10_000)
    assert watcher.listening and watcher.value is True
    assert answers(qtbot, watcher, lambda: desktop.set(0)) is False
    assert not view.reduce_motion
    # Another appearance setting changing (the colour scheme) says nothing about motion.
    with qtbot.assertNotEmitted(watcher.known, wait=300):
        desktop.send("other 1")
    assert answers(qtbot, watcher, lambda: desktop.set(1)) is True
    assert view.reduce_motion


def test_the_persons_own_choice_is_never_overridden_by_the_desktop(qtbot, bus, portal, view):
    desktop = portal(1)
    view.set_reduce_motion(False)  # View > Reduce motion, unchecked
    watcher = follow(view, bus[1])
    assert answers(qtbot, watcher) is True
    assert not view.reduce_motion
    view.set_reduce_motion(True)
    assert answers(qtbot, watcher, lambda: desktop.set(0)) is False
    assert view.reduce_motion
    view.set_reduce_motion(None)  # back to "follow the system", which now says no preference
    assert not view.reduce_motion


def test_an_older_portal_is_asked_with_read_whose_answer_is_one_variant_deeper(qtbot, bus, portal):
    portal(1, "--old")
    watcher = motion.PortalMotion(bus[1])
    assert answers(qtbot, watcher, watcher.start) is True


def test_a_portal_that_does_not_know_the_key_leaves_the_preference_unknown(qtbot, bus, portal):
    portal(1, "--no-key")
    watcher = motion.PortalMotion(bus[1])
    assert answers(qtbot, watcher, watcher.start) is None


def test_with_no_portal_on_the_bus_the_preference_is_unknown_and_nothing_complains(qtbot, bus):
    watcher = motion.PortalMotion(bus[1])
    assert answers(qtbot, watcher, watcher.start) is None
    assert watcher.value is None and not theme.system_prefers_reduced_motion()


def test_with_no_session_bus_at_all_nothing_is_asked(monkeypatch, view):
    if sys.platform in ("win32", "darwin"):
        pytest.skip("the portal is asked on Linux and the BSDs only")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    assert not motion.session_bus_present()
    assert motion.follow_desktop_motion(view, lambda reduce: None) is None
    assert not view.reduce_motion
