"""The desktop files and AppStream metadata pass the freedesktop validators, and every place that names the
app (desktop file, metainfo, icon, window class, version) names it the same way."""

from __future__ import annotations

import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest

from kneecare import APP_ID, APP_NAME, __version__
from kneecare.core.languages import LANGUAGES
from tests.helpers.system import need

ROOT = Path(__file__).parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
SKIP_DIRS = {".git", ".venv", "venv", "build", "dist", "node_modules", ".mypy_cache", ".ruff_cache"}


def desktop_files_in_the_repo() -> list[Path]:
    """Every .desktop file the project ships (the menu entry, and an autostart entry wherever it lives)."""
    return sorted(p for p in ROOT.rglob("*.desktop") if not SKIP_DIRS.intersection(p.relative_to(ROOT).parts))


def entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert "[Desktop Entry]" in lines
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


@pytest.mark.parametrize("path", desktop_files_in_the_repo(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_desktop_file_passes_desktop_file_validate(path):
    need("desktop-file-validate")
    done = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_the_metainfo_passes_appstreamcli_validate():
    need("appstreamcli")
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_menu_entry_names_the_app_id_icon_and_window_class():
    fields = entry(DESKTOP)
    assert fields["Name"] == APP_NAME
    assert fields["Icon"] == APP_ID
    assert fields["Exec"] == "kneecare"  # --install-desktop-entry replaces it with this installation's path
    # Qt on X11 sets the window's class to the application name (app.py sets it to APP_NAME).
    assert fields["StartupWMClass"] == APP_NAME
    assert fields["Terminal"] == "false"
    for key in ("Comment", "Categories", "Keywords"):
        assert fields[key].strip()


def test_the_metainfo_describes_this_app_and_this_version():
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    assert root.find("content_rating") is not None
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__
    screenshots = root.findall("screenshots/screenshot/image")
    assert screenshots
    for image in screenshots:
        # Each screenshot URL points at a file committed in this repository.
        assert image.text is not None and "/main/" in image.text
        assert (ROOT / image.text.split("/main/", 1)[1]).is_file()
    description = ElementTree.tostring(root.find("description"), encoding="unicode").lower()
    assert "not treat" in description  # self-care, never a claim to treat or cure


def test_the_app_icon_is_named_by_the_app_id():
    assert (ROOT / "resources" / "icons" / f"{APP_ID}.svg").is_file()
    assert (ROOT / "resources" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_the_menu_entry_and_the_metainfo_speak_every_offered_language(language):
    """Issue 17: the desktop entry and the AppStream description are translated like the app."""
    desktop = entry(DESKTOP)
    for key in ("GenericName", "Comment", "Keywords"):
        assert desktop.get(f"{key}[{language}]", "").strip(), f"{key}[{language}] is missing"
    assert "BL40" in desktop[f"Keywords[{language}]"]
    root = ElementTree.parse(METAINFO).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    translated = {(e.tag, e.text) for e in root.iter() if e.get(lang) == language}
    english = [e for e in root.iter() if e.tag in ("summary", "p", "li", "caption") and e.get(lang) is None]
    english = [e for e in english if e not in root.findall("releases//p")]
    assert len(translated) == len(english), f"{language}: {len(translated)} translated of {len(english)}"
    assert all(text and text.strip() for _, text in translated)
