"""Autostart at login: the XDG entry passes desktop-file-validate and starts `kneecare --minimized`; the
Windows Run value and the macOS LaunchAgent say the same; turning it off removes them."""

from __future__ import annotations

import plistlib
import subprocess
import sys
from pathlib import Path

import pytest

from kneecare import APP_ID
from kneecare.platform.autostart import (
    AutostartError,
    MacAutostart,
    WindowsAutostart,
    XdgAutostart,
    exec_line,
    for_this_system,
    launch_command,
)
from tests.helpers.system import need

AWKWARD = ["/opt/Knee Care/bin/kneecare", "--minimized", "--data-dir", '/home/a "b"/$HOME/back\\slash/100%']


def parse_exec(value: str) -> list[str]:
    """Undo the Desktop Entry escapes the way a desktop does: string escapes, then %%, then the quoting."""
    unescaped = value.replace("\\\\", "\\")
    args, current, quoted, i, started = [], "", False, 0, False
    while i < len(unescaped):
        c = unescaped[i]
        if quoted:
            if c == "\\" and i + 1 < len(unescaped) and unescaped[i + 1] in '"`$\\':
                current += unescaped[i + 1]
                i += 1
            elif c == '"':
                quoted = False
            else:
                current += c
        elif c == '"':
            quoted, started = True, True
        elif c == " ":
            if started or current:
                args.append(current)
            current, started = "", False
        else:
            current += c
        i += 1
    if started or current:
        args.append(current)
    return [a.replace("%%", "%") for a in args]


def test_the_login_entry_on_linux_starts_kneecare_minimized_and_passes_desktop_file_validate(tmp_path):
    need("desktop-file-validate")
    autostart = XdgAutostart(tmp_path / "config")
    assert not autostart.is_enabled()
    autostart.enable(AWKWARD)
    assert autostart.path == tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    assert autostart.is_enabled()
    check = subprocess.run(["desktop-file-validate", str(autostart.path)], capture_output=True, text=True)
    assert check.returncode == 0 and check.stdout == "", check.stdout + check.stderr
    exec_value = next(
        line.split("=", 1)[1] for line in autostart.path.read_text().splitlines() if line.startswith("Exec=")
    )
    assert parse_exec(exec_value) == AWKWARD
    autostart.disable()
    assert not autostart.path.exists() and not autostart.is_enabled()
    autostart.disable()  # turning it off twice is fine


def test_a_plain_command_is_written_without_quotes():
    assert exec_line(["/usr/bin/kneecare", "--minimized"]) == "/usr/bin/kneecare --minimized"


def test_an_entry_the_desktop_hides_counts_as_off(tmp_path):
    autostart = XdgAutostart(tmp_path)
    autostart.enable(["kneecare", "--minimized"])
    autostart.path.write_text(autostart.path.read_text() + "Hidden=true\n")
    assert not autostart.is_enabled()


def test_xdg_config_home_is_followed(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert XdgAutostart().path.parent == tmp_path / "xdg" / "autostart"


def test_an_entry_that_cannot_be_written_says_where(tmp_path):
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(AutostartError, match=r"cannot write .*config/autostart"):
        XdgAutostart(blocker).enable(["kneecare", "--minimized"])


class RunKey:
    """The Windows Run key as a dict: what `winreg` would hold."""

    def __init__(self):
        self.values: dict[str, str] = {}

    def get(self, name):
        return self.values.get(name)

    def set(self, name, value):
        self.values[name] = value

    def delete(self, name):
        self.values.pop(name, None)


def test_on_windows_the_run_value_holds_a_quoted_command_line():
    registry = RunKey()
    autostart = WindowsAutostart(registry)
    assert not autostart.is_enabled()
    autostart.enable([r"C:\Program Files\KneeCare\kneecare.exe", "--minimized"])
    assert registry.values == {"KneeCare": r'"C:\Program Files\KneeCare\kneecare.exe" --minimized'}
    assert autostart.is_enabled()
    assert autostart.where.endswith(r"CurrentVersion\Run\KneeCare")
    autostart.disable()
    assert registry.values == {} and not autostart.is_enabled()


def test_on_macos_the_launch_agent_runs_kneecare_minimized_at_login(tmp_path):
    autostart = MacAutostart(tmp_path)
    autostart.enable(AWKWARD)
    assert autostart.path == tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    agent = plistlib.loads(autostart.path.read_bytes())
    assert agent["Label"] == APP_ID
    assert agent["ProgramArguments"] == AWKWARD
    assert agent["RunAtLoad"] is True
    assert autostart.is_enabled()
    autostart.path.write_bytes(b"not a plist")
    assert not autostart.is_enabled()
    autostart.disable()
    assert not autostart.path.exists()


def test_the_command_starts_this_same_kneecare_minimized_and_keeps_a_data_dir(tmp_path):
    command = launch_command(tmp_path / "kc")
    assert command[-3:] == ["--minimized", "--data-dir", str(tmp_path / "kc")]
    assert Path(command[0]).is_absolute()
    if len(command) == 4:  # the installed script next to this Python
        assert Path(command[0]).name == "kneecare" and Path(command[0]).parent == Path(sys.executable).parent
    else:
        assert command[:3] == [sys.executable, "-m", "kneecare"]


def test_linux_uses_the_xdg_entry():
    if sys.platform.startswith("linux"):
        assert isinstance(for_this_system(), XdgAutostart)
