"""Start KneeCare at login, in the tray (`kneecare --minimized`): an XDG autostart entry on Linux, a value
under the Windows `Run` key (what Task Manager lists as a startup app), a LaunchAgent on macOS."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from kneecare import APP_ID, APP_NAME

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
# Characters that make the Desktop Entry spec require a quoted Exec argument.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class AutostartError(OSError):
    """The login entry could not be written or removed; the message says where."""


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How to start this same KneeCare at login, minimized: the frozen app, else the `kneecare` script next
    to this Python (a venv or pipx), else `python -m kneecare`. A `--data-dir` in use is kept."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        script = shutil.which("kneecare", path=str(Path(sys.executable).parent))
        command = [str(Path(script).absolute())] if script else [sys.executable, "-m", "kneecare"]
    command.append("--minimized")
    if data_dir is not None:
        command += ["--data-dir", str(data_dir.expanduser().absolute())]
    return command


class Autostart(Protocol):
    """One platform's way of starting the app at login."""

    @property
    def where(self) -> str:
        """Where the entry lives, for messages."""
        ...

    def is_enabled(self) -> bool: ...

    def enable(self, command: Sequence[str]) -> None: ...

    def disable(self) -> None: ...


def _write_atomically(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            Path(tmp).replace(path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as e:
        raise AutostartError(f"cannot write {path}: {e.strerror or e}") from e


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as e:
        raise AutostartError(f"cannot remove {path}: {e.strerror or e}") from e


# -- Linux and other XDG desktops ------------------------------------------------------------------------


def exec_line(command: Sequence[str]) -> str:
    """An `Exec=` value from an argument list, quoted and escaped as the Desktop Entry spec asks."""
    parts = []
    for arg in command:
        if arg and not _RESERVED.intersection(arg):
            quoted = arg
        else:
            inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
            quoted = f'"{inner}"'
        # `%` starts a field code; and the whole value is a string, where a backslash is written twice.
        parts.append(quoted.replace("%", "%%").replace("\\", "\\\\"))
    return " ".join(parts)


def desktop_entry(command: Sequence[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Reminders for your knee acupressure sessions, from the tray\n"
        f"Exec={exec_line(command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


class XdgAutostart:
    """`$XDG_CONFIG_HOME/autostart/<app id>.desktop`, read by every XDG desktop at login."""

    def __init__(self, config_home: Path | None = None) -> None:
        if config_home is None:
            env = os.environ.get("XDG_CONFIG_HOME", "")
            config_home = Path(env) if Path(env).is_absolute() else Path.home() / ".config"
        self.path = config_home / "autostart" / f"{APP_ID}.desktop"

    @property
    def where(self) -> str:
        return str(self.path)

    def is_enabled(self) -> bool:
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return False
        lines = {line.strip().replace(" ", "") for line in text.splitlines()}
        return "Hidden=true" not in lines and "X-GNOME-Autostart-enabled=false" not in lines

    def enable(self, command: Sequence[str]) -> None:
        _write_atomically(self.path, desktop_entry(command).encode("utf-8"))

    def disable(self) -> None:
        _remove(self.path)


# -- Windows ---------------------------------------------------------------------------------------------


class RunRegistry(Protocol):
    """The values of HKEY_CURRENT_USER\\...\\Run: name -> command line."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class WinregRunRegistry:  # pragma: no cover - needs Windows
    """The real `Run` key through `winreg`."""

    def get(self, name: str) -> str | None:
        if sys.platform != "win32":
            raise AutostartError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, name: str, value: str) -> None:
        if sys.platform != "win32":
            raise AutostartError("the Windows registry exists only on Windows")
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        if sys.platform != "win32":
            raise AutostartError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


class WindowsAutostart:
    """A `KneeCare` value under the current user's `Run` key."""

    def __init__(self, registry: RunRegistry | None = None) -> None:
        self.registry: RunRegistry = registry if registry is not None else WinregRunRegistry()

    @property
    def where(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{APP_NAME}"

    def is_enabled(self) -> bool:
        return bool(self.registry.get(APP_NAME))

    def enable(self, command: Sequence[str]) -> None:
        try:
            self.registry.set(APP_NAME, subprocess.list2cmdline(list(command)))
        except OSError as e:
            raise AutostartError(f"cannot write {self.where}: {e}") from e

    def disable(self) -> None:
        try:
            self.registry.delete(APP_NAME)
        except OSError as e:
            raise AutostartError(f"cannot remove {self.where}: {e}") from e


# -- macOS -----------------------------------------------------------------------------------------------


def launch_agent(command: Sequence[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": APP_ID,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }
    )


class MacAutostart:
    """`~/Library/LaunchAgents/<app id>.plist`, which launchd runs at login."""

    def __init__(self, home: Path | None = None) -> None:
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    @property
    def where(self) -> str:
        return str(self.path)

    def is_enabled(self) -> bool:
        try:
            data = plistlib.loads(self.path.read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return isinstance(data, dict) and data.get("Disabled") is not True

    def enable(self, command: Sequence[str]) -> None:
        _write_atomically(self.path, launch_agent(command))

    def disable(self) -> None:
        _remove(self.path)


def for_this_system() -> Autostart:
    if sys.platform == "win32":
        return WindowsAutostart()
    if sys.platform == "darwin":
        return MacAutostart()
    return XdgAutostart()
