"""`kneecare --self-check`: loads every module, resource and program, opens a database in a temporary data
folder and opens the main window (offscreen when there is no display), printing each check; 0 when all pass.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import tomllib
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

from kneecare import APP_NAME, __version__
from kneecare.core.lazy_dataclass import dataclass

# A file's kind, by how its name ends, and what "it loads" means for that kind.
_SOUND_MAGIC = {".wav": b"RIFF", ".ogg": b"OggS", ".flac": b"fLaC"}


@dataclass(frozen=True)
class Result:
    name: str
    ok: bool
    detail: str


def _checked(name: str, check: Callable[[], str]) -> Result:
    try:
        return Result(name, True, check())
    except Exception as e:  # a self-check reports every failure and goes on to the next check
        detail = f"{type(e).__name__}: {e}"
        if not isinstance(e, ValueError | OSError):  # a surprise: say where, for the bug report
            where = traceback.extract_tb(e.__traceback__)[-1]
            detail += f" (at {Path(where.filename).name}:{where.lineno})"
        return Result(name, False, detail)


def check_modules() -> str:
    """Every module of the package imports (in a bundle, this proves none was left out)."""
    import importlib
    import pkgutil

    import kneecare

    found = pkgutil.walk_packages(kneecare.__path__, "kneecare.")
    names = [m.name for m in found if m.name != "kneecare.__main__"]
    for name in names:
        importlib.import_module(name)
    if len(names) < 10:
        raise RuntimeError(f"only {len(names)} modules were found; the installation is incomplete")
    return f"{len(names)} modules"


def check_hashes() -> str:
    """The hashes the app and its libraries use work: sha256 (a long runtime path's name, D-Bus
    introspection) and sha512 (`random`'s seeding). The Linux bundle leaves OpenSSL out, so there they
    come from Python's own code."""
    import hashlib

    for name in ("sha256", "sha512"):
        digest = hashlib.new(name, b"abc").hexdigest()
        if not digest.startswith({"sha256": "ba7816bf", "sha512": "ddaf35a1"}[name]):
            raise RuntimeError(f"{name} gave {digest[:16]}...")
    where = "OpenSSL" if "_hashlib" in sys.modules else "Python's own"
    return f"sha256, sha512 ({where})"


def check_programs(resources: Path) -> str:
    from kneecare.core.library import load_library
    from kneecare.core.plan import KneeChoice, PlanOptions, build_plan

    programs = load_library(sorted((resources / "programs").glob("*.toml")))
    if not programs:
        raise FileNotFoundError(f"no program files in {resources / 'programs'}")
    for program in programs:
        for knees in KneeChoice:
            build_plan(program, PlanOptions(knees=knees))
    return ", ".join(p.name for p in programs)


def check_resource_file(path: Path) -> str:
    """Load one shipped file the way the app would; return its kind, or raise saying what is wrong."""
    suffix = path.suffix.lower()
    data = path.read_bytes()
    if not data:
        raise ValueError(f"{path} is empty")
    if suffix == ".svg":
        from PySide6.QtSvg import QSvgRenderer

        if not QSvgRenderer(str(path)).isValid():
            raise ValueError(f"{path} is not a valid SVG")
    elif suffix in (".png", ".jpg", ".jpeg"):
        from PySide6.QtGui import QImage

        if QImage(str(path)).isNull():
            raise ValueError(f"{path} is not a readable image")
    elif suffix == ".toml":
        tomllib.loads(data.decode("utf-8"))
    elif suffix == ".xml":
        ElementTree.fromstring(data)
    elif suffix == ".desktop":
        if not data.decode("utf-8").lstrip().startswith("[Desktop Entry]"):
            raise ValueError(f"{path} is not a desktop entry")
    elif suffix == ".qm":
        from PySide6.QtCore import QTranslator

        if not QTranslator().load(str(path)):
            raise ValueError(f"{path} is not a Qt translation")
    elif suffix in _SOUND_MAGIC and not data.startswith(_SOUND_MAGIC[suffix]):
        raise ValueError(f"{path} is not a {suffix[1:].upper()} sound")
    return suffix.lstrip(".") or "other"


def check_resources(resources: Path) -> str:
    """Every shipped file, and the desktop files (in resources/ in a wheel, in packaging/ in a checkout)."""
    from kneecare.platform.desktop_entry import linux_files_dir

    files = sorted(p for p in resources.rglob("*") if p.is_file())
    linux = linux_files_dir()
    if not linux.is_relative_to(resources):
        files += sorted(p for p in linux.iterdir() if p.is_file())
    if not files:
        raise FileNotFoundError(f"{resources} holds no files")
    kinds: dict[str, int] = {}
    broken: list[str] = []
    for path in files:
        try:
            kind = check_resource_file(path)
        except (OSError, ValueError, UnicodeDecodeError, ElementTree.ParseError) as e:
            broken.append(str(e) if str(path) in str(e) else f"{path}: {e}")
            continue
        kinds[kind] = kinds.get(kind, 0) + 1
    if broken:
        raise ValueError(f"{len(broken)} of {len(files)} files are broken: " + "; ".join(broken))
    counts = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    return f"{len(files)} files in {resources} ({counts})"


def check_database(data_dir: Path) -> str:
    """Open the history database in a throwaway data folder the way the app does (migrations, pragmas,
    integrity check), write a value, read it back, and make a backup."""
    import sqlite3

    from kneecare.core.clock import SystemClock
    from kneecare.paths import AppPaths
    from kneecare.store.db import user_version
    from kneecare.store.schema import CURRENT_VERSION
    from kneecare.store.store import Store

    paths = AppPaths.under(data_dir)
    paths.ensure()
    now = SystemClock().now()
    store, _ = Store.open(paths.database, now)
    try:
        store.state.set("self_check", "written")
        if (value := store.state.get("self_check")) != "written":
            raise RuntimeError(f"wrote 'written' and read back {value!r}")
        if (version := user_version(store.conn)) != CURRENT_VERSION:
            raise RuntimeError(f"schema version {version} after opening, expected {CURRENT_VERSION}")
        store.sessions.recent()
        if store.backup_if_due(now) is None:
            raise RuntimeError("the daily backup was not made")
    finally:
        store.close()
    return f"SQLite {sqlite3.sqlite_version}, schema {CURRENT_VERSION}, written, read back and backed up"


# The scripts KneeCare's languages are written in, with the Debian/Ubuntu package that brings a font for each
# (.ci/run installs them); a script not named here is looked up in Qt by its name.
SCRIPT_FONTS: dict[str, str] = {
    "Latin": "fonts-dejavu-core",
    "Japanese": "fonts-noto-cjk",
    "Arabic": "fonts-noto-core",
}


# What Qt says while the self-check runs, shown after the checks (the offscreen platform's notes left out).
qt_messages: list[str] = []
_QT_NOISE = ("This plugin does not support",)
_NO_DISPLAY_HINT = (
    "Qt could not start its window system. On Debian or Ubuntu, `sudo apt install libxcb-cursor0 "
    "libxkbcommon-x11-0 libegl1` adds the libraries it most often misses; QT_DEBUG_PLUGINS=1 says more."
)


def _on_qt_message(mode: object, context: object, message: str) -> None:
    from PySide6.QtCore import QtMsgType

    if mode == QtMsgType.QtFatalMsg:  # Qt aborts right after this: say what to do first
        print(f"kneecare: {message}\n{_NO_DISPLAY_HINT}", file=sys.stderr, flush=True)
    elif not message.startswith(_QT_NOISE):
        qt_messages.append(message)


def start_qt() -> tuple[object, bool]:
    """The QApplication (made here when none exists), offscreen when Linux has no display."""
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        return existing, False
    qInstallMessageHandler(_on_qt_message)
    return QApplication(sys.argv[:1]), True


def check_qt(app: object) -> str:
    import PySide6
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    assert isinstance(app, QGuiApplication)
    return f"Qt {qVersion()}, PySide6 {PySide6.__version__}, platform {app.platformName()}"


def check_translations() -> str:
    """Every language KneeCare speaks loads: its own catalogue, and Qt's (the words of standard buttons)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from kneecare.i18n import LANGUAGES, SOURCE_LANGUAGE, catalogue

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    found = []
    for language in LANGUAGES:
        if language == SOURCE_LANGUAGE:
            continue
        if not QTranslator().load(str(catalogue(language))):
            raise ValueError(f"{catalogue(language)} does not load")
        if not QTranslator().load(f"qtbase_{language}", qt_folder):
            raise ValueError(f"Qt's own qtbase_{language}.qm is not in {qt_folder}")
        found.append(language)
    return f"{', '.join(found)}: KneeCare's and Qt's own"


def check_fonts(
    families: Callable[[object], list[str]] | None = None, languages: Iterable[str] | None = None
) -> str:
    """Each language KneeCare speaks (or `languages`) has a font for its script on this system; a language
    without one is named with what to install. `families` stands in for QFontDatabase.families in tests."""
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QFontDatabase

    from kneecare.i18n import LANGUAGES

    look = families or QFontDatabase.families
    scripts: dict[str, list[str]] = {}
    missing: list[str] = []
    for code in languages if languages is not None else LANGUAGES:
        script = QLocale(code).script().name.removesuffix("Script")  # "Latin", "Japanese", "Arabic"
        system = getattr(QFontDatabase.WritingSystem, script, QFontDatabase.WritingSystem(0))  # 0: any
        scripts.setdefault(script, []).append(code)
        if look(system):
            continue
        name = LANGUAGES.get(code) or QLocale(code).nativeLanguageName() or code
        package = SCRIPT_FONTS.get(script)
        where = (
            f" (on Debian or Ubuntu: apt install {package})"
            if package and sys.platform.startswith("linux")
            else ""
        )
        missing.append(f"{name} ({code}) has no font for the {script} script; install one{where}")
    if missing:
        raise ValueError("; ".join(missing))
    return ", ".join(f"{script} ({' '.join(codes)})" for script, codes in scripts.items())


def check_icons() -> str:
    from kneecare.platform.desktop_entry import WINDOW_ICON_SIZES, app_icon, icon_png

    icon = app_icon()
    sizes = {s.width() for s in icon.availableSizes()}
    if sizes != set(WINDOW_ICON_SIZES):
        raise ValueError(f"the app icon has sizes {sorted(sizes)}, expected {list(WINDOW_ICON_SIZES)}")
    for size in WINDOW_ICON_SIZES:
        if icon.pixmap(size, size).width() != size:
            raise ValueError(f"{icon_png(size)} does not draw at {size} px")
    return f"window icon in {len(sizes)} sizes, {min(sizes)}-{max(sizes)} px"


def check_main_window(app: object, resources: Path, data_dir: Path) -> str:
    """Build and show the real main window, as the app does, then close it."""
    from PySide6.QtWidgets import QApplication

    from kneecare.core.clock import SystemClock
    from kneecare.core.library import load_library
    from kneecare.core.session import SessionMachine
    from kneecare.session.controller import SessionController
    from kneecare.settings import Settings
    from kneecare.ui.main_window import MainWindow

    assert isinstance(app, QApplication)
    programs = load_library(sorted((resources / "programs").glob("*.toml")))
    clock = SystemClock()
    controller = SessionController(SessionMachine(clock), clock)
    window = MainWindow(programs, controller, Settings())
    try:
        window.show()
        app.processEvents()
        if not window.isVisible():
            raise RuntimeError("the main window did not show")
        size = window.size()
        return f"opened and closed ({size.width()}x{size.height()})"
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()


def run_checks(resources: Path | None = None) -> list[Result]:
    if resources is None:
        from kneecare.assets import resources_dir

        resources = resources_dir()
    frozen = "bundle" if getattr(sys, "frozen", False) else sys.prefix
    results = [
        Result("version", True, f"{APP_NAME} {__version__}, Python {platform.python_version()} ({frozen})"),
        _checked("modules", check_modules),
        _checked("hashes", check_hashes),
        _checked("programs", lambda: check_programs(resources)),
    ]
    with tempfile.TemporaryDirectory(prefix="kneecare-self-check-") as temp:
        data_dir = Path(temp)
        results.append(_checked("database", lambda: check_database(data_dir / "data")))
        started = _checked("qt", lambda: check_qt(start_qt()[0]))
        results.append(started)
        if started.ok:
            app, created = start_qt()
            results.append(_checked("resources", lambda: check_resources(resources)))
            results.append(_checked("icons", check_icons))
            results.append(_checked("translations", check_translations))
            results.append(_checked("fonts", check_fonts))
            results.append(_checked("main window", lambda: check_main_window(app, resources, data_dir)))
            if created:
                # As in app.run: let Qt tear down its objects now, not in Python's exit handlers.
                app.shutdown()  # type: ignore[attr-defined]
    return results


def run_self_check(out: IO[str] | None = None, resources: Path | None = None) -> int:
    out = sys.stdout if out is None else out
    print(f"{APP_NAME} self-check", file=out, flush=True)
    results = run_checks(resources)
    width = max(len(r.name) for r in results)
    for r in results:
        print(f"  {'ok' if r.ok else 'FAIL':<5} {r.name:<{width}}  {r.detail}", file=out)
    for message in qt_messages:
        print(f"  Qt said: {message}", file=out)
    failed = [r.name for r in results if not r.ok]
    if failed:
        print(f"{len(failed)} of {len(results)} checks failed: {', '.join(failed)}.", file=out)
        return 1
    print(f"All {len(results)} checks passed.", file=out)
    return 0
