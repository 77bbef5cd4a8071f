"""A person who installed KneeCare with pip or pipx adds it to the application menu, starts it from there, and
takes it out again, leaving their ~/.local/share exactly as it was."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kneecare import APP_ID, __version__
from kneecare.platform.desktop_entry import (
    DesktopEntryError,
    data_home,
    exec_quote,
    install,
    launch_command,
    uninstall,
)
from tests.helpers.system import need

DESKTOP = f"applications/{APP_ID}.desktop"


def kneecare(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(home)}
    return subprocess.run(
        [*launch_command(), *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) + ("/" if p.is_dir() else "") for p in folder.rglob("*"))


def desktop_value(text: str, key: str) -> str:
    return next(line.split("=", 1)[1] for line in text.splitlines() if line.startswith(f"{key}="))


def exec_argv(text: str) -> list[str]:
    """Exec= as the Desktop Entry spec tells a launcher to read it: undo the file's string escapes, then
    split on spaces outside double quotes, where a backslash escapes one of  " ` $ \\ ."""
    value = re.sub(
        r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t"}.get(m[1], m[1]), desktop_value(text, "Exec")
    )
    args: list[str] = []
    current, quoted, chars = "", False, iter(value.replace("%%", "%"))
    for c in chars:
        if quoted and c == "\\":
            current += next(chars)
        elif c == '"':
            quoted = not quoted
        elif c == " " and not quoted:
            args.append(current)
            current = ""
        else:
            current += c
    return [*args, current]


def a_lived_in_data_home(tmp_path: Path) -> Path:
    """A data home that already holds another app's entry and icon, as most do."""
    home = tmp_path / "share"
    (home / "applications").mkdir(parents=True)
    (home / "applications" / "org.example.Other.desktop").write_text("[Desktop Entry]\nName=Other\n")
    (home / "icons" / "hicolor" / "48x48" / "apps").mkdir(parents=True)
    (home / "icons" / "hicolor" / "48x48" / "apps" / "org.example.Other.png").write_bytes(b"png")
    return home


def test_the_installed_entry_is_valid_and_starts_this_installation(tmp_path):
    need("desktop-file-validate")
    home = tmp_path / "share"
    done = kneecare("--install-desktop-entry", home=home)
    assert done.returncode == 0, done.stderr
    assert "application menu" in done.stdout

    entry = home / DESKTOP
    check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False)
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    text = entry.read_text()
    assert desktop_value(text, "Icon") == APP_ID
    started = subprocess.run([*exec_argv(text), "--version"], capture_output=True, text=True, check=True)
    assert started.stdout.strip() == f"KneeCare {__version__}"
    for size in (16, 32, 48, 256, 512):
        assert (home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (home / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()


def test_uninstall_leaves_the_data_home_exactly_as_it_was(tmp_path):
    home = a_lived_in_data_home(tmp_path)
    before = tree(home)
    assert kneecare("--install-desktop-entry", home=home).returncode == 0
    assert len(tree(home)) > len(before) + 20  # entry, metainfo, 9 icons, and their folders

    done = kneecare("--uninstall-desktop-entry", home=home)
    assert done.returncode == 0, done.stderr
    assert "Removed" in done.stdout
    assert tree(home) == before
    # A second uninstall finds nothing to do and says so.
    again = kneecare("--uninstall-desktop-entry", home=home)
    assert again.returncode == 0 and "Nothing to remove" in again.stdout


def test_a_data_home_that_did_not_exist_is_gone_again_after_uninstall(tmp_path):
    (tmp_path / "fresh").mkdir()
    home = tmp_path / "fresh" / "share"
    install(home, command=["/opt/kneecare/kneecare"])
    uninstall(home)
    assert not home.exists()
    assert (tmp_path / "fresh").is_dir()  # the install made only the data home itself


def test_installing_twice_refreshes_the_entry_and_one_uninstall_removes_it(tmp_path):
    home = a_lived_in_data_home(tmp_path)
    before = tree(home)
    install(home, command=["/old/place/kneecare"])
    install(home, command=["/new/place/kneecare"])
    assert desktop_value((home / DESKTOP).read_text(), "Exec") == "/new/place/kneecare"
    uninstall(home)
    assert tree(home) == before


def test_a_file_kneecare_did_not_put_there_is_never_overwritten_or_removed(tmp_path):
    home = tmp_path / "share"
    (home / "applications").mkdir(parents=True)
    hand_made = home / DESKTOP
    hand_made.write_text("[Desktop Entry]\nName=My own KneeCare launcher\n")
    with pytest.raises(DesktopEntryError, match="not put there by kneecare"):
        install(home)
    with pytest.raises(DesktopEntryError, match="not put there by kneecare"):
        uninstall(home)
    assert hand_made.read_text() == "[Desktop Entry]\nName=My own KneeCare launcher\n"
    assert tree(home) == ["applications/", f"{DESKTOP}"]


def test_an_icon_in_the_way_stops_the_install_before_it_writes_anything(tmp_path):
    home = tmp_path / "share"
    icon = home / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"
    icon.parent.mkdir(parents=True)
    icon.write_bytes(b"someone else's icon")
    before = tree(home)
    with pytest.raises(DesktopEntryError, match="in the way") as refused:
        install(home)
    assert str(icon) in str(refused.value)
    assert tree(home) == before and icon.read_bytes() == b"someone else's icon"


def test_the_command_line_reports_a_refusal_in_one_line_and_exit_code_1(tmp_path):
    home = tmp_path / "share"
    (home / "applications").mkdir(parents=True)
    (home / DESKTOP).write_text("[Desktop Entry]\n")
    done = kneecare("--install-desktop-entry", home=home)
    assert done.returncode == 1
    assert done.stderr.startswith("kneecare: ") and "Traceback" not in done.stderr


def test_an_installation_in_a_folder_with_spaces_and_dollars_still_starts(tmp_path):
    need("desktop-file-validate")
    odd = tmp_path / "My Apps $HOME (test)"
    odd.mkdir()
    python = odd / "python"
    python.symlink_to(sys.executable)
    home = tmp_path / "share"
    install(home, command=[str(python), "-m", "kneecare"])
    text = (home / DESKTOP).read_text()
    assert subprocess.run(["desktop-file-validate", str(home / DESKTOP)], check=False).returncode == 0
    assert exec_argv(text)[0] == str(python)
    started = subprocess.run([*exec_argv(text), "--version"], capture_output=True, text=True, check=True)
    assert started.stdout.strip() == f"KneeCare {__version__}"


def test_exec_quoting_follows_the_desktop_entry_spec():
    assert exec_quote("/usr/bin/kneecare") == "/usr/bin/kneecare"
    assert exec_quote("/opt/Knee Care/kneecare") == '"/opt/Knee Care/kneecare"'
    assert exec_quote('/a"b') == '"/a\\\\"b"'  # \" inside the quotes, then the file escapes the backslash
    assert exec_quote("/a$b`c") == '"/a\\\\$b\\\\`c"'
    assert exec_quote("/100%/kneecare") == "/100%%/kneecare"
    with pytest.raises(DesktopEntryError, match="control character"):
        exec_quote("/a\nb")


def test_xdg_data_home_is_honoured_only_when_absolute():
    assert data_home({"XDG_DATA_HOME": "/data/share", "HOME": "/home/ana"}) == Path("/data/share")
    assert data_home({"XDG_DATA_HOME": "relative/share", "HOME": "/home/ana"}) == Path(
        "/home/ana/.local/share"
    )
    assert data_home({"HOME": "/home/ana"}) == Path("/home/ana/.local/share")


def test_a_tampered_manifest_cannot_make_uninstall_delete_outside_the_data_home(tmp_path):
    home = tmp_path / "share"
    install(home, command=["/opt/kneecare/kneecare"])
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me")
    entry = home / DESKTOP
    entry.write_text(
        entry.read_text().replace("# kneecare-dir: ", "# kneecare-file: ../precious.txt\n# kneecare-dir: ", 1)
    )
    with pytest.raises(DesktopEntryError, match="outside"):
        uninstall(home)
    assert victim.read_text() == "keep me"
