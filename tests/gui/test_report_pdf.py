"""The report for a health professional from the committed fixture history (tests/fixtures/report, made by
make_report_fixture.py): its text, pages, page size and fonts, in English and German; the CLI and the menu
write the same text; an empty period, an unwritable file and a period backwards write nothing."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from kneecare.__main__ import main
from kneecare.core.clock import SystemClock
from kneecare.settings import Settings
from kneecare.store.service import HistoryService
from kneecare.ui.report_command import program_names
from kneecare.ui.report_dialog import ReportDialog
from kneecare.ui.settings_model import SettingsModel
from tests.helpers.system import need

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "report" / "kneecare.sqlite3"
PERIOD = ["--from", "2025-02-03", "--to", "2025-04-27"]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    need("pdftotext", "pdfinfo", "pdffonts")  # poppler-utils
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(FIXTURE, folder / "kneecare.sqlite3")
    return folder


def text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def squeezed(pdf: Path) -> str:
    """The text on one line, ligatures (the "fl" in "Selbstpflege") written out."""
    return " ".join(unicodedata.normalize("NFKC", text(pdf)).split())


def report(data: Path, out: Path, *more: str) -> int:
    return main(["report", "--data-dir", str(data), *PERIOD, "--output", str(out), *more])


def test_english_report_says_the_numbers_dates_answers_and_events(
    qtbot: QtBot, data: Path, tmp_path: Path
) -> None:
    out = tmp_path / "en.pdf"
    assert report(data, out, "--language", "en") == 0
    said = squeezed(out)
    for expected in (
        "Self-care log from KneeCare",
        "3 Feb 2025 to 27 Apr 2025 (84 days)",
        "117 sessions, 114 completed. Ended early: 1 stopped early by the person; 1 ended for safety;",
        "1 interrupted (the app was closed)",
        "Daily knee points 70 451",
        "Relax knee points 35 219",
        "Calf raises leg routine 12 24",
        "Tension 5.9 4.2 −1.7 80",
        "Pain 2.9 2.5 −0.4 80",
        "Latest safety screening: 10 Apr 2025, 08:15",
        "Are you pregnant? no",
        "11 Mar 2025, 21:02: In a session of Relax: tingling (holding the point, left knee)",
        "12 Mar 2025, 08:20: Answered yes to the daily question",
        "14 Mar 2025, 18:05: Hold ended: the person said the leg was back to normal",
        "was on when this report was made",
        "Daily: tension on average 2.5 points lower after a session (80% interval −2.6 to −2.4), pain 0.5"
        " points lower (80% interval −0.6 to −0.4); 47 sessions rated before and after",
        "Sessions before 12:00: tension on average 2.0 points lower",
        "Page 1 of 2",
        "Page 2 of 2",
        "not a diagnosis",
    ):
        assert expected in said, expected
    info = subprocess.run(["pdfinfo", str(out)], check=True, capture_output=True, text=True).stdout
    assert "Pages:           2" in info
    assert "595 x 842 pts (A4)" in info
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows and all(row[-5] == "yes" for row in rows), fonts


def test_german_report(qtbot: QtBot, data: Path, tmp_path: Path) -> None:
    out = tmp_path / "de.pdf"
    assert report(data, out, "--language", "de") == 0
    said = squeezed(out)
    for expected in (
        "Selbstpflege-Protokoll aus KneeCare",
        "3. Feb. 2025",
        "84 Tage",
        "5,9",
        "4,2",
        "−1,7",
        "Sind Sie schwanger? nein",
        "Kribbeln",
        "Seite 1 von 2",
        "keine Diagnose",
    ):
        assert expected in said, expected


def test_cli_and_menu_write_the_same_text(qtbot: QtBot, data: Path, tmp_path: Path) -> None:
    cli = tmp_path / "cli.pdf"
    assert report(data, cli, "--language", "en") == 0
    history = HistoryService.for_reading((data / "kneecare.sqlite3").resolve(), SystemClock())
    model = SettingsModel(Settings(language="en"))
    dialog = ReportDialog(history, SystemClock(), model, program_names())
    qtbot.addWidget(dialog)
    dialog.first.setDate(QDate(2025, 2, 3))
    dialog.last.setDate(QDate(2025, 4, 27))
    menu = tmp_path / "menu.pdf"
    assert dialog.write_to(menu)
    assert text(menu) == text(cli)
    # A name is printed, and kept only when "remember" is ticked.
    dialog = ReportDialog(history, SystemClock(), model, program_names())
    qtbot.addWidget(dialog)
    dialog.first.setDate(QDate(2025, 2, 3))
    dialog.last.setDate(QDate(2025, 4, 27))
    dialog.name.setText("Anna Example")
    assert dialog.write_to(tmp_path / "named.pdf")
    assert "Name Anna Example" in squeezed(tmp_path / "named.pdf")
    assert model.value.report_name is None
    dialog = ReportDialog(history, SystemClock(), model, program_names())
    qtbot.addWidget(dialog)
    dialog.first.setDate(QDate(2025, 2, 3))
    dialog.name.setText("Anna Example")
    dialog.remember.setChecked(True)
    assert dialog.write_to(tmp_path / "kept.pdf")
    assert model.value.report_name == "Anna Example"
    history.close()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--from", "2024-01-01", "--to", "2024-01-31"], 6, "nothing to report"),
        (["--from", "2025-04-27", "--to", "2025-02-03"], 7, "before it starts"),
    ],
)
def test_empty_and_backwards_periods_write_nothing(
    qtbot: QtBot,
    data: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    code: int,
    message: str,
) -> None:
    out = tmp_path / "none.pdf"
    assert main(["report", "--data-dir", str(data), *args, "--output", str(out)]) == code
    assert message in capsys.readouterr().err
    assert list(tmp_path.glob("*.pdf")) == [] and not out.exists()


def test_unwritable_output_writes_nothing(
    qtbot: QtBot, data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    assert report(data, blocker / "r.pdf") == 1
    assert "cannot write" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "not-a-folder"]


def test_default_name_has_the_dates(
    qtbot: QtBot, data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--data-dir", str(data), *PERIOD]) == 0
    assert (tmp_path / "kneecare-report-2025-02-03-to-2025-04-27.pdf").exists()
