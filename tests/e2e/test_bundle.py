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
from pathlib import Path

import pytest

from kneecare import APP_ID, __version__
from tests.e2e.test_cue_helper import heavy_libraries, running_app, wait_for
from tests.helpers.system import need
from tests.helpers.xvfb import x_env, xvfb

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).parents[2]
# Qt modules KneeCare does not use; the spec keeps them out (their libraries would add 100+ MB).
UNUSED_QT = re.compile(r"Qt6?(Qml|Quick|WebEngine|3D|Pdf|Charts|DataVisualization|Designer)")


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


def test_the_bundle_shows_its_window_and_quits_cleanly(bundle, tmp_path):
    need("Xvfb")
    with xvfb() as display:
        # The start-up benchmark's switch: quit as soon as the main window is on screen.
        done = subprocess.run(
            [str(bundle), "--data-dir", str(tmp_path / "data")],
            env=x_env(display, KNEECARE_BENCH_QUIT_WHEN_SHOWN="1"),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "KNEECARE_SHOWN" in done.stdout
    assert "Traceback" not in done.stderr


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


def test_the_bundle_folder_is_under_110_mb_without_unused_qt_modules(bundle):
    folder = bundle.parent
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files)
    assert size < 110e6, f"{folder} is {size / 1e6:.0f} MB"
    unused = [p.name for p in files if UNUSED_QT.search(p.name)]
    assert unused == []
    if sys.platform.startswith("linux"):  # OpenSSL and the GTK3 theme (and what only it needs) stay out
        out = re.compile(r"lib(ssl|crypto|qgtk3|cairo|gio-2\.0|pango-1\.0)\.")
        left = [p.name for p in files if out.match(p.name)]
        assert left == []
        # ICU's data holds only what Qt asks for in KneeCare's languages (31 MB in the wheel)
        icu = [p for p in files if p.name.startswith("libicudata.so")]
        assert len(icu) == 1 and icu[0].stat().st_size < 5e6, [(p, p.stat().st_size) for p in icu]
    assert (folder / "_internal" / "kneecare" / "resources" / "linux" / f"{APP_ID}.desktop").is_file()


def test_the_bundle_runs_a_session_with_sound_and_voice_through_its_own_helper(bundle, tmp_path):
    """The bundle starts itself as the cue helper (`--cue-helper`): the sounds play on the null sink, and
    where speech-dispatcher is installed the first step is spoken."""
    settings = {"voice_enabled": True, "voice_rate": 1.0, "sound_ticks": True}
    with running_app(tmp_path, settings, command=[str(bundle)]) as app:
        app.start_session()
        helper = wait_for(app.helper, 20, "the cue helper")
        command = Path(f"/proc/{helper}/cmdline").read_bytes().split(b"\0")
        assert command[0] == str(bundle).encode() and b"--cue-helper" in command
        wait_for(lambda: "cue helper ready" in app.log, 20, "the helper's ready")
        assert "libQt6Multimedia.so.6" in heavy_libraries(helper)
        assert heavy_libraries(app.proc.pid) == set()
        if shutil.which("speech-dispatcher"):
            wait_for(lambda: "voice: spoke 1:" in app.log, 30, "the first sentence spoken")
        assert "carrying on without them" not in app.log, app.log[-2000:]  # the sounds played


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
