"""The standalone bundle (PyInstaller, one folder) starts on a real X screen, passes its self-check, opens
its window, can add itself to the menu, and stays small.

It uses the bundle named by KNEECARE_BUNDLE (.ci/run builds one and sets it), else builds one when
PyInstaller is installed (`pip install -e ".[bundle]"`, about 30 s), else it is skipped."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

from kneecare import APP_ID, __version__
from kneecare.paths import AppPaths
from kneecare.platform.running_copy import server_name
from tests.e2e.test_cue_helper import children, heavy_libraries, running_app, wait_for
from tests.e2e.test_tray_and_reminders import (
    background,
    click_notification,
    log_has,
    reminder_due_now,
    session_bus,
)
from tests.helpers.people import returning_person
from tests.helpers.system import need
from tests.helpers.xvfb import x_env, xvfb

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).parents[2]
# Qt modules KneeCare does not use; the spec keeps them out (their libraries would add 100+ MB).
UNUSED_QT = re.compile(r"Qt6?(Qml|Quick|WebEngine|3D|Pdf|Charts|DataVisualization|Designer)")
# Files the spec leaves out on Linux because no process of the bundle loads them (packaging/pyinstaller/
# kneecare.spec says why for each): Python extensions nothing imports, the Wayland shells of other kinds
# of compositor, Qt's OpenGL integrations, Qt's test plug-ins, libXrandr, a second libbz2, and dbus_fast's
# compiled modules (their plain Python runs instead). Neither in the folder nor mapped, from anywhere, by
# a process of the bundle.
LEFT_OUT = re.compile(
    r"^(unicodedata|_decimal|_pickle|_multibytecodec|_codecs_\w+|_multiprocessing|_posixshmem|mmap)\.cpython-"
    r"|^lib(ivi-shell|fullscreen-shell-v1|qt-shell|wl-shell-plugin|dmabuf-server|drm-egl-server"
    r"|shm-emulation-server|vulkan-server|qtexttospeech_mock|qminimal|Qt6WlShellIntegration)\.so"
    r"|^lib(qxcb-glx-integration|qxcb-egl-integration|qt-plugin-wayland-egl|Qt6OpenGL|xcb-glx)\.so"
    r"|^libXrandr\.so|^libbz2\.so\.1$"
)


def left_out(path: Path) -> bool:
    """Whether `path` is one of the files the Linux bundle leaves out (LEFT_OUT, or dbus_fast compiled)."""
    compiled_dbus = "dbus_fast" in path.parts and ".cpython-" in path.name
    return bool(LEFT_OUT.search(path.name)) or compiled_dbus


class MappedFiles:
    """Every file mapped by a process and its descendants, read from /proc/PID/maps every 50 ms in a
    thread while the block runs (the cue helper, and what it starts, come and go during a session)."""

    def __init__(self, pid: int) -> None:
        self.pid, self.seen, self.polls = pid, set[Path](), 0
        self._stop = threading.Event()

    def _tree(self) -> list[int]:
        found, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            found.append(pid)
            try:
                todo += children(pid)
            except OSError:
                continue
        return found

    def _poll(self) -> None:
        while not self._stop.wait(0.05):
            for pid in self._tree():
                try:
                    maps = Path(f"/proc/{pid}/maps").read_text(encoding="utf-8", errors="replace")
                except OSError:
                    continue
                self.seen |= {Path(line.split(maxsplit=5)[5]) for line in maps.splitlines() if " /" in line}
            self.polls += 1

    @contextmanager
    def watching(self) -> Iterator[MappedFiles]:
        thread = threading.Thread(target=self._poll, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            thread.join(timeout=5)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    given = os.environ.get("KNEECARE_BUNDLE")
    if given:
        path = Path(given).resolve()
        assert path.is_file(), f"KNEECARE_BUNDLE={given}: no such file"
        return path
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.skip('PyInstaller is not installed (pip install -e ".[bundle]"); .ci/run builds the bundle')
    out = tmp_path_factory.mktemp("bundle")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
            "--no-check",
        ],
        check=True,
        timeout=600,
    )
    return out / "dist" / "kneecare" / "kneecare"


def test_the_bundle_passes_its_self_check_on_a_real_x_screen(bundle, tmp_path):
    need("Xvfb")
    with xvfb() as display:
        done = subprocess.run(
            [str(bundle), "--self-check"],
            env=x_env(display, HOME=str(tmp_path)),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"KneeCare {__version__}" in done.stdout and "(bundle)" in done.stdout
    assert "platform xcb" in done.stdout
    if sys.platform.startswith("linux"):  # no OpenSSL in the Linux bundle: Python's own hashes work
        assert "hashes        sha256, sha512 (Python's own)" in done.stdout
    assert done.stdout.rstrip().endswith("checks passed.")


def start_until_shown(bundle: Path, data: Path) -> subprocess.CompletedProcess[str]:
    """The bundle on its own X screen, quitting once its window is up and its history open (the start-up
    benchmark's switch)."""
    with xvfb() as display:
        return subprocess.run(
            [str(bundle), "--data-dir", str(data)],
            env=x_env(display, KNEECARE_BENCH_QUIT_WHEN_SHOWN="1"),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )


def test_the_bundle_shows_its_window_and_quits_cleanly(bundle, tmp_path):
    need("Xvfb")
    done = start_until_shown(bundle, tmp_path / "data")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "KNEECARE_SHOWN" in done.stdout
    assert "Traceback" not in done.stderr


def test_a_returning_start_of_the_bundle_takes_its_kept_work_and_writes_nothing(bundle, tmp_path):
    """The build started the bundle once to keep what its starts compile and parse each time (dataclass
    methods, program files: kneecare/core/kept_files.py); a returning person's start makes none of it
    again, and never writes into the app's folder."""
    need("Xvfb")
    kept = sorted(bundle.parent.rglob("kept/*.marshal"))
    assert [p.name.split(".")[0] for p in kept] == ["dataclass-methods", "program-files"]
    assert all(p.stat().st_mode & 0o777 == 0o644 for p in kept)  # readable by every user of an installed copy
    before = [p.stat().st_mtime_ns for p in kept]
    data = tmp_path / "data"
    returning_person(data)
    done = start_until_shown(bundle, data)
    assert done.returncode == 0, done.stdout + done.stderr
    said = [
        line
        for line in (data / "logs" / "kneecare.log").read_text().splitlines()
        if "kept start work" in line
    ]
    assert len(said) == 2 and all(line.endswith("0 made this start, written: False") for line in said), said
    assert [p.stat().st_mtime_ns for p in kept] == before


def test_a_second_launch_of_the_bundle_brings_the_first_forward_without_loading_qt(bundle, tmp_path):
    """The everyday open while KneeCare waits in the tray: the launch finds the running copy before loading
    Qt (kneecare/__main__.py), and no run-time hook of the bundle loads Qt Core before it either
    (packaging/pyinstaller/rth_qt_plugins.py). The loader's own report (LD_DEBUG) names no Qt library."""
    need("Xvfb")
    data = tmp_path / "data"
    returning_person(data)
    with xvfb() as display:
        env = x_env(display)
        first = subprocess.Popen(
            [str(bundle), "--data-dir", str(data)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            socket_file = Path(server_name(AppPaths.under(data).runtime))
            wait_for(socket_file.exists, 60, "the first copy to listen")
            second = subprocess.run(
                [str(bundle), "--data-dir", str(data)],
                env={**env, "LD_DEBUG": "files"},
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            assert second.returncode == 0, second.stderr[-3000:]
            assert "libpython3" in second.stderr  # the loader did report what it loaded
            assert "libQt6" not in second.stderr, [w for w in second.stderr.splitlines() if "libQt6" in w][:5]
            wait_for(
                lambda: log_has(data, "a second launch asked this one to come forward"), 20, "the request"
            )
            assert first.poll() is None
        finally:
            first.terminate()
            first.communicate(timeout=20)


def test_a_german_start_of_the_bundle_loads_qts_own_german_words(bundle, tmp_path):
    """Only Qt's catalogues for KneeCare's languages are bundled; German's is one of them (a standard
    button's "Cancel" reads "Abbrechen")."""
    need("Xvfb")
    data = tmp_path / "data"
    (data / "config").mkdir(parents=True)  # where --data-dir keeps settings.json
    (data / "config" / "settings.json").write_text('{"language": "de"}', encoding="utf-8")
    with xvfb() as display:
        done = subprocess.run(
            [str(bundle), "--data-dir", str(data), "--verbose"],
            env=x_env(display, KNEECARE_BENCH_QUIT_WHEN_SHOWN="1"),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "language: de (Qt's own words qtbase_de)" in done.stdout + done.stderr, done.stderr[-2000:]
    words = bundle.parent / "_internal" / "PySide6" / "Qt" / "translations"
    kept = sorted(p.name for p in words.glob("*.qm"))
    assert "qtbase_de.qm" in kept and "qtbase_ru.qm" not in kept, kept


def test_the_bundle_adds_itself_to_the_menu_with_its_own_path(bundle, tmp_path):
    home = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(home)}
    subprocess.run(
        [str(bundle), "--install-desktop-entry"], env=env, check=True, capture_output=True, timeout=60
    )
    text = (home / "applications" / f"{APP_ID}.desktop").read_text()
    assert f"Exec={bundle}\n" in text
    subprocess.run(
        [str(bundle), "--uninstall-desktop-entry"], env=env, check=True, capture_output=True, timeout=60
    )
    assert not home.exists()


def test_the_bundle_folder_is_under_100_mb_without_unused_qt_modules(bundle):
    folder = bundle.parent
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files)
    assert size < 100e6, f"{folder} is {size / 1e6:.1f} MB"
    unused = [p.name for p in files if UNUSED_QT.search(p.name)]
    assert unused == []
    if sys.platform.startswith("linux"):  # OpenSSL and the GTK3 theme (and what only it needs) stay out
        out = re.compile(r"lib(ssl|crypto|qgtk3|cairo|gio-2\.0|pango-1\.0)\.")
        left = [p.name for p in files if out.match(p.name)]
        assert left == []
        # ICU's data holds only what Qt asks for in KneeCare's languages (31 MB in the wheel)
        icu = [p for p in files if p.name.startswith("libicudata.so")]
        assert len(icu) == 1 and icu[0].stat().st_size < 5e6, [(p, p.stat().st_size) for p in icu]
        assert [p.relative_to(folder) for p in folder.rglob("*") if left_out(p)] == []
        internal = folder / "_internal"
        assert (
            internal / "PySide6" / "Qt" / "plugins" / "wayland-shell-integration" / "libxdg-shell.so"
        ).is_file()
        assert (internal / "libbz2.so.1.0").is_file()  # the one `_bz2` links
    assert (folder / "_internal" / "kneecare" / "resources" / "linux" / f"{APP_ID}.desktop").is_file()


def python_archive(bundle: Path, where: Path) -> dict[str, bytes]:
    """The stored bytes (still compressed or not) of each module in the executable's Python archive."""
    from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader

    pyz = where / "PYZ.pyz"
    pyz.write_bytes(CArchiveReader(str(bundle)).extract("PYZ.pyz"))
    archive = ZlibArchiveReader(str(pyz))
    stored = {}
    with pyz.open("rb") as f:
        for name, (_kind, offset, length) in archive.toc.items():
            f.seek(offset)
            stored[name] = f.read(length)
    return stored


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux build's trims")
def test_the_first_frames_modules_are_stored_uncompressed_and_without_docstrings(bundle, tmp_path):
    """packaging/pyinstaller/start_modules.py: the modules a start imports before its first frame are
    stored at zlib level 0 (nothing to inflate: the bundle's first window is no slower than the venv's),
    the rest compressed; the bytecode has no docstrings (-OO), which pays for them in size."""
    pytest.importorskip("PyInstaller")
    import marshal
    import zlib

    stored = python_archive(bundle, tmp_path)
    level = {name: blob[1] for name, blob in stored.items() if blob}  # zlib's FLEVEL byte: 0x01 is level 0-1
    for first in ("kneecare.app", "kneecare.ui.main_window", "kneecare.ui.session_view", "dataclasses"):
        assert level[first] == 0x01, first
    for later in ("kneecare.ui.history", "kneecare.ui.report_dialog", "kneecare.core.schedule"):
        assert level[later] != 0x01, later
    app = marshal.loads(zlib.decompress(stored["kneecare.app"]))
    assert not [c for c in app.co_consts if isinstance(c, str) and c.startswith("The composition root")]


def environ(pid: int) -> dict[str, str]:
    pairs = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    return dict(p.decode(errors="replace").split("=", 1) for p in pairs if b"=" in p)


def system_programs_load_system_libraries(bundle: Path, home: str) -> None:
    """The speech server the helper started (a system program, daemonized, found by the test's HOME) has
    no library path into the bundle and maps none of its files: the bootloader's LD_LIBRARY_PATH is
    given back to what it was for the programs KneeCare starts."""
    mine = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if (
                Path(proc / "exe").resolve().name == "speech-dispatcher"
                and environ(int(proc.name)).get("HOME") == home
            ):
                mine.append(int(proc.name))
        except OSError:
            continue
    assert mine, "the helper's speech-dispatcher"
    inside = str(bundle.parent)
    for pid in mine:
        assert inside not in environ(pid).get("LD_LIBRARY_PATH", ""), environ(pid).get("LD_LIBRARY_PATH")
        maps = Path(f"/proc/{pid}/maps").read_text(encoding="utf-8", errors="replace")
        assert inside not in maps, [line for line in maps.splitlines() if inside in line][:5]


def test_the_bundle_runs_a_session_with_sound_and_voice_through_its_own_helper(bundle, tmp_path):
    """The bundle starts itself as the cue helper (`--cue-helper`): the sounds play on the null sink, and
    where speech-dispatcher is installed the first step is spoken."""
    settings = {"voice_enabled": True, "voice_rate": 1.0, "sound_ticks": True}
    with (
        running_app(tmp_path, settings, command=[str(bundle)]) as app,
        MappedFiles(app.proc.pid).watching() as mapped,
    ):
        app.start_session()
        helper = wait_for(app.helper, 20, "the cue helper")
        command = Path(f"/proc/{helper}/cmdline").read_bytes().split(b"\0")
        assert command[0] == str(bundle).encode() and b"--cue-helper" in command
        wait_for(lambda: "cue helper ready" in app.log, 20, "the helper's ready")
        assert "libQt6Multimedia.so.6" in heavy_libraries(helper)
        assert heavy_libraries(app.proc.pid) == set()
        if shutil.which("speech-dispatcher"):
            wait_for(lambda: "voice: spoke 1:" in app.log, 30, "the first sentence spoken")
            if sys.platform.startswith("linux"):
                system_programs_load_system_libraries(bundle, environ(helper)["HOME"])
        assert "carrying on without them" not in app.log, app.log[-2000:]  # the sounds played
        wait_for(lambda: any("libQt6Multimedia" in p.name for p in mapped.seen), 10, "the helper's maps")
    if sys.platform.startswith("linux"):  # what the spec leaves out is not loaded from elsewhere either
        assert [p for p in mapped.seen if left_out(p)] == []


def test_the_bundle_in_the_tray_delivers_a_reminder_through_a_notification_server(bundle, tmp_path):
    """desktop-notifier and dbus_fast (as plain Python in the bundle) reach a real server (dunst) on a
    private session bus; its action opens the window. Nothing the spec leaves out is mapped meanwhile."""
    need("Xvfb", "xdotool", "trayer", "dbus-run-session", "dunst", "dunstctl")
    data = tmp_path / "data"
    reminder_due_now(data)
    with ExitStack() as stack:
        env = x_env(stack.enter_context(xvfb()), XDG_RUNTIME_DIR=str(tmp_path / "run"))
        (tmp_path / "run").mkdir(mode=0o700)
        stack.enter_context(background(["trayer", "--edge", "bottom", "--align", "right"], env))
        env = stack.enter_context(session_bus(env))
        stack.enter_context(background(["dunst", "-config", "/dev/null"], env, stderr=subprocess.DEVNULL))
        wait_for(
            lambda: subprocess.run(["dunstctl", "count"], env=env, capture_output=True).returncode == 0,
            30,
            "dunst",
        )
        app = stack.enter_context(background([str(bundle), "--data-dir", str(data), "--minimized"], env))
        with MappedFiles(app.pid).watching() as mapped:
            wait_for(
                lambda: log_has(data, "reminder delivered as a desktop notification"), 30, "the reminder"
            )
            shown = subprocess.run(
                ["dunstctl", "count", "displayed"], env=env, capture_output=True, text=True
            )
            assert shown.stdout.strip() == "1"
            click_notification(env)
            wait_for(lambda: log_has(data, "opening the window ready to start"), 30, "the window to open")
    log = (data / "logs" / "kneecare.log").read_text(encoding="utf-8")
    assert "Traceback" not in log, log[-3000:]
    assert mapped.polls > 0 and any(p.name.startswith("libQt6Widgets") for p in mapped.seen)
    if sys.platform.startswith("linux"):
        assert [p for p in mapped.seen if left_out(p)] == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the codecs are left out on Linux only")
def test_the_bundle_starts_under_a_legacy_japanese_locale(bundle, tmp_path):
    """The Linux bundle leaves out Python's East Asian codecs and runs in Python's UTF-8 mode, so a system
    whose locale is EUC-JP still starts it (without UTF-8 mode Python stops before the first line: no
    codec for the file-system encoding)."""
    need("localedef")
    if not Path("/usr/share/i18n/locales/ja_JP").is_file():
        pytest.skip("needs the ja_JP locale source (Debian: locales)")
    made = subprocess.run(
        ["localedef", "-i", "ja_JP", "-f", "EUC-JP", str(tmp_path / "ja_JP.EUC-JP")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (tmp_path / "ja_JP.EUC-JP").is_dir(), made.stderr
    env = {**os.environ, "LOCPATH": str(tmp_path), "LC_ALL": "ja_JP.EUC-JP", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [str(bundle), "--self-check"], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.rstrip().endswith("checks passed.")


# What Qt Core asks ICU for (its only ICU calls: ucol_*, ucal_* time-zone names, u_strToUpper/Lower, ucnv_*),
# printed for the languages given on the command line.
ICU_PROBE = """
import sys
from PySide6.QtCore import QCollator, QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
words = ["Äpfel", "apfel", "Zebra", "ähnlich", "Österreich", "ozean", "Ça", "cote", "côte", "coté",
         "ñandú", "nube", "łódź", "lody",
         "ＡＢＣ", "あいう", "アイウ", "漢字", "عربي", "ب", "10", "2", "İstanbul", "ß"]
moment = QDateTime(QDate(2024, 3, 31), QTime(14, 5), QTimeZone(b"Europe/Berlin"))
names = (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName, QTimeZone.NameType.OffsetName)
for code in sys.argv[1].split(","):
    locale = QLocale(code)
    collator = QCollator(locale)
    collator.setNumericMode(True)
    print(code, sorted(words, key=collator.sortKey))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    print(code, collator.compare("äb", "AB"), collator.compare("a", "B"))
    print(code, locale.toUpper("istanbul iß ǆ"), locale.toLower("İSTANBUL IΣ"))
    for zone in (b"Europe/Berlin", b"America/Sao_Paulo", b"Asia/Tokyo", b"Asia/Riyadh", b"UTC"):
        tz = QTimeZone(zone)
        print(code, zone, [tz.displayName(moment, name, locale) for name in names],
              tz.displayName(QTimeZone.TimeType.DaylightTime, QTimeZone.NameType.LongName, locale))
    print(code, locale.toString(moment, QLocale.FormatType.LongFormat))
    print(code, locale.toString(moment, "dddd t tttt"))
"""
OFFERED = "en,de,fr,es,it,pt_BR,nl,pl,ja,ar,en_GB,de_AT,de_CH,fr_CA,es_MX,pt_PT,ar_EG"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the ICU data is rebuilt on Linux only")
def test_qt_answers_as_with_the_full_icu_data_in_every_offered_language(bundle, tmp_path):
    """The bundle's smaller ICU data (packaging/pyinstaller/icu_data.py) gives Qt the same collation, case
    mapping, time-zone names and dates as the wheel's full data, in each offered language and a few of its
    countries; a language left out (Swedish) falls back to the root data, which shows the small data was
    the one loaded."""
    small = next((bundle.parent / "_internal").rglob("libicudata.so.*"))
    import PySide6

    full = next(Path(PySide6.__file__).parent.joinpath("Qt", "lib").glob("libicudata.so.*"), None)
    if full is None or full.name != small.name:
        pytest.skip(f"the venv's Qt has another ICU ({full}) than the bundle's ({small.name})")
    probe = tmp_path / "probe.py"
    probe.write_text(ICU_PROBE, encoding="utf-8")

    def answers(languages: str, preload: Path | None) -> str:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LD_PRELOAD": str(preload or "")}
        done = subprocess.run(
            [sys.executable, str(probe), languages], env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout

    with_full = answers(OFFERED, None)
    assert "Mitteleuropäische Sommerzeit" in with_full and "中央ヨーロッパ夏時間" in with_full
    assert answers(OFFERED, small) == with_full
    assert answers("sv", small) != answers("sv", None)
