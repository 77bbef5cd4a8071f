"""KneeCare's place on the desktop: the app icon files, and for a pip or pipx install on Linux the menu entry,
icons and AppStream metadata put under XDG_DATA_HOME (with Exec pointing at this installation) and taken away.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING

from kneecare import APP_ID
from kneecare.assets import resource, resources_dir
from kneecare.core.lazy_dataclass import dataclass

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# The window's own icon (title bar, task switcher; docks and menus take the installed icon files): every
# size decodes and goes to the display server as the window first shows, and 256 and 512 px (1.3 MB of
# pixels) added about 8 ms to the first window for nothing a window manager draws that large.
WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128)
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
MARK = "# Installed by `kneecare --install-desktop-entry`; `kneecare --uninstall-desktop-entry` removes it."
_FILE_LINE = "# kneecare-file: "
_DIR_LINE = "# kneecare-dir: "
# Characters that make the Desktop Entry spec ask for a quoted argument in Exec.
_RESERVED = set(" \t\"'\\><~|&;$*?#()`")


class DesktopEntryError(Exception):
    """Installing or removing the entry cannot go ahead; the message says why, and nothing was changed."""


# --- the icon files (all platforms) ---------------------------------------------------------------


def icon_png(size: int) -> Path:
    return resource("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")


def icon_svg() -> Path:
    return resource("icons", f"{APP_ID}.svg")


def tray_icon_svg() -> Path:
    """The one-colour variant for the tray (16 px grid)."""
    return resource("icons", "kneecare-tray-symbolic.svg")


def app_icon() -> QIcon:
    """The window icon: the PNG renders up to 128 px, so each size is drawn for its size, not scaled."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in WINDOW_ICON_SIZES:
        icon.addFile(str(icon_png(size)), QSize(size, size))
    return icon


def set_windows_app_id() -> None:
    """On Windows, give this process the AppUserModelID of the Start menu shortcut (packaging/windows), so
    the taskbar groups the window with its shortcut and shows its icon. Elsewhere it does nothing."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)


# --- the Linux files ---------------------------------------------------------------------------------


def linux_files_dir() -> Path:
    """Where the desktop file and metainfo templates are: in the wheel or bundle, else the checkout."""
    packaged = resources_dir() / "linux"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "packaging" / "linux"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"KneeCare's desktop files are missing (looked in {packaged} and {checkout})")


def data_home(environ: Mapping[str, str] | None = None) -> Path:
    """$XDG_DATA_HOME when it is an absolute path (the spec says to ignore a relative one), else
    ~/.local/share."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path(env.get("HOME") or Path.home()) / ".local" / "share"


def launch_command() -> list[str]:
    """The command that starts this very installation: the bundle's binary, the `kneecare` script beside
    this Python (a venv or pipx), or this Python with `-m kneecare`."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).parent / "kneecare"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "kneecare"]


def exec_quote(arg: str) -> str:
    """One argument as the Desktop Entry spec wants it in Exec=, escapes for the file included."""
    if any(ord(c) < 32 for c in arg):
        raise DesktopEntryError(f"cannot put a path with a control character in a desktop entry: {arg!r}")
    quoted = arg
    if not arg or any(c in _RESERVED for c in arg):
        quoted = '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
    quoted = quoted.replace("%", "%%")
    return quoted.replace("\\", "\\\\")  # the string-value escape of the file itself


def desktop_text(command: list[str], manifest: Manifest) -> str:
    """The shipped desktop file with Exec (and TryExec) pointing at `command`, and the manifest of what
    the install put in place, as comments, so that uninstall removes exactly that."""
    template = (linux_files_dir() / DESKTOP_FILE).read_text(encoding="utf-8")
    exec_line = "Exec=" + " ".join(exec_quote(a) for a in command)
    try_exec = "TryExec=" + command[0].replace("\\", "\\\\")
    lines = [MARK]
    lines += [_FILE_LINE + p for p in manifest.files]
    lines += [_DIR_LINE + p for p in manifest.dirs]
    for line in template.splitlines():
        if line.startswith("Exec="):
            lines += [try_exec, exec_line]
        elif not line.startswith("TryExec="):
            lines.append(line)
    return "\n".join(lines) + "\n"


@dataclass
class Manifest:
    """What an install put under the data home, as paths relative to it: files, and the folders it had
    to create (the data home itself is '.')."""

    files: list[str] = field(default_factory=list)
    dirs: list[str] = field(default_factory=list)

    @classmethod
    def read(cls, desktop_file: Path) -> Manifest | None:
        """The manifest in an installed desktop file, or None when the file is not one of ours."""
        text = desktop_file.read_text(encoding="utf-8", errors="replace")
        if not text.startswith(MARK):
            return None
        manifest = cls()
        for line in text.splitlines():
            if line.startswith(_FILE_LINE):
                manifest.files.append(line.removeprefix(_FILE_LINE))
            elif line.startswith(_DIR_LINE):
                manifest.dirs.append(line.removeprefix(_DIR_LINE))
        return manifest


def _inside(base: Path, rel: str) -> Path:
    """`rel` under `base`, refusing a manifest line that would reach outside it."""
    if rel == ".":
        return base
    path = (base / rel).resolve()
    if base.resolve() not in path.parents:
        raise DesktopEntryError(f"the installed entry names a path outside {base}: {rel}")
    return base / rel


def _payload() -> dict[str, bytes]:
    """Every file the install writes except the desktop file, by path relative to the data home."""
    files = {
        f"metainfo/{METAINFO_FILE}": (linux_files_dir() / METAINFO_FILE).read_bytes(),
        f"icons/hicolor/scalable/apps/{APP_ID}.svg": icon_svg().read_bytes(),
    }
    for size in ICON_SIZES:
        files[f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"] = icon_png(size).read_bytes()
    return files


def _write(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    partial.chmod(0o644)
    partial.replace(path)


@dataclass(frozen=True)
class Outcome:
    """What install or uninstall did, for the person who asked."""

    lines: list[str]


def install(home: Path | None = None, command: list[str] | None = None) -> Outcome:
    """Put the entry, icons and metainfo under the data home so the app shows in the menu.

    Running it again refreshes the files (for example after moving the installation). A file in the way
    that an earlier install did not put there is never overwritten: the install stops before writing.
    """
    home = data_home() if home is None else home
    command = launch_command() if command is None else command
    desktop_rel = f"applications/{DESKTOP_FILE}"
    desktop = home / desktop_rel
    previous = Manifest() if not desktop.exists() else Manifest.read(desktop)
    if previous is None:
        raise DesktopEntryError(f"{desktop} exists and was not put there by kneecare; it was left alone")
    payload = _payload()
    ours = set(previous.files)
    in_the_way = [rel for rel in [desktop_rel, *payload] if (home / rel).exists() and rel not in ours]
    if in_the_way:
        listing = "\n  ".join(str(home / rel) for rel in in_the_way)
        raise DesktopEntryError(
            f"these files are in the way, and kneecare did not put them there:\n  {listing}"
        )

    created = list(previous.dirs)
    for rel in [desktop_rel, *payload]:
        folder = (home / rel).parent
        missing: list[Path] = []
        while not folder.exists() and (folder == home or home in folder.parents):
            missing.append(folder)
            folder = folder.parent
        for path in reversed(missing):
            rel_dir = "." if path == home else path.relative_to(home).as_posix()
            if rel_dir not in created:
                created.append(rel_dir)
    for rel_dir in created:  # folders above the data home are made too, but not recorded or removed
        _inside(home, rel_dir).mkdir(parents=True, exist_ok=True)

    manifest = Manifest(files=[desktop_rel, *payload], dirs=created)
    # The desktop file first: it holds the manifest, so an interrupted install can still be undone.
    _write(desktop, desktop_text(command, manifest).encode("utf-8"))
    for rel, data in payload.items():
        _write(home / rel, data)
    for rel in set(previous.files) - set(manifest.files):  # left by an older version of the install
        _inside(home, rel).unlink(missing_ok=True)
    return Outcome(
        [
            f"KneeCare is now in the application menu (it may take a moment to appear): {desktop}",
            f"It starts: {' '.join(command)}",
            f"Wrote {len(manifest.files)} files under {home}; --uninstall-desktop-entry removes them.",
        ]
    )


def uninstall(home: Path | None = None) -> Outcome:
    """Remove exactly what install put: its files, then the folders it created if they are empty."""
    home = data_home() if home is None else home
    desktop = home / "applications" / DESKTOP_FILE
    if not desktop.exists():
        return Outcome([f"Nothing to remove: there is no KneeCare menu entry in {desktop.parent}."])
    manifest = Manifest.read(desktop)
    if manifest is None:
        raise DesktopEntryError(f"{desktop} was not put there by kneecare; it was left alone")
    removed = 0
    for rel in manifest.files:
        path = _inside(home, rel)
        if path != desktop and path.is_file():
            path.unlink()
            removed += 1
    desktop.unlink()  # last: it holds the manifest
    kept: list[str] = []
    for rel in sorted(manifest.dirs, key=lambda r: (r.count("/"), r), reverse=True):
        folder = _inside(home, rel)
        if folder.is_dir():
            if any(folder.iterdir()):
                kept.append(str(folder))
            else:
                folder.rmdir()
    lines = [f"Removed the KneeCare menu entry and {removed} icon and metadata files from {home}."]
    if kept:
        lines.append("Kept folders that now hold other files: " + ", ".join(kept))
    return Outcome(lines)


def run_cli(action: str) -> int:
    """`kneecare --install-desktop-entry` / `--uninstall-desktop-entry`: print what happened, 0 on success."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        print(
            "kneecare: the desktop entry is for Linux desktops; on Windows use the installer, on macOS the "
            "app bundle (see the README).",
            file=sys.stderr,
        )
        return 2
    try:
        outcome = install() if action == "install" else uninstall()
    except (DesktopEntryError, OSError) as e:
        print(f"kneecare: {e}", file=sys.stderr)
        return 1
    for line in outcome.lines:
        print(line)
    return 0
