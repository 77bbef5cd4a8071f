"""`kneecare report`: the report for a health professional from the command line, headless (Qt's offscreen
platform), and `save_report`, the one way the CLI and the menu write it (whole, or nothing)."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

from kneecare.core.clock import Clock, SystemClock
from kneecare.core.report import EmptyPeriod, Period, default_period
from kneecare.settings import Settings
from kneecare.store.service import HistoryService

EMPTY = 6  # exit code: nothing was recorded in the period
BACKWARDS = 7  # exit code: the period ends before it starts
UNWRITABLE = 1  # exit code: the PDF could not be written (as for export)
LOCKED = 5
STORE = 3


def default_name(period: Period) -> str:
    return f"kneecare-report-{period.first.isoformat()}-to-{period.last.isoformat()}.pdf"


def save_report(
    history: HistoryService,
    period: Period,
    language: str,
    name: str,
    settings: Settings,
    program_names: dict[str, str],
    made_at: datetime,
    path: Path,
) -> int:
    """Write the report to `path` (replaced whole, private to this user); its page count. EmptyPeriod or
    OSError leave nothing behind."""
    from kneecare.ui.report import ReportRequest, make_report

    data, pages = make_report(
        history, ReportRequest(period, language, name), settings, program_names, made_at
    )
    folder = path.parent
    handle, temporary = tempfile.mkstemp(prefix=".kneecare-report-", suffix=".pdf", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return pages


def program_names() -> dict[str, str]:
    """Every built-in program's id and (English) name; empty when a program file is broken."""
    from kneecare.assets import program_files
    from kneecare.core.library import load_library
    from kneecare.core.protocol import ProgramError

    try:
        return {p.id: p.name for p in load_library(program_files())}
    except ProgramError:
        return {}


def _settings(path: Path) -> Settings:
    """The person's settings, read without touching the file (defaults when it is missing or bad)."""
    import json

    from kneecare.settings import SettingsError, settings_from_dict

    try:
        return settings_from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, SettingsError):
        return Settings()


def _say(message: str) -> None:
    print(f"kneecare: {message}", file=sys.stderr)


def run_report(
    data_dir: Path | None,
    first: date | None,
    last: date | None,
    language: str | None,
    output: Path | None,
    wait: float,
    clock: Clock | None = None,
) -> int:
    """The `report` command: read the history from a private copy, write the PDF, say where; each problem
    is one message and its own exit code, and then nothing is written."""
    from PySide6.QtGui import QGuiApplication

    from kneecare.i18n import choose_language
    from kneecare.paths import AppPaths
    from kneecare.store.service import HistoryLocked, StoreError

    clock = clock or SystemClock()
    now = clock.now()
    try:
        period = default_period(now.date(), first, last)
    except ValueError:
        _say(f"the period ends ({last}) before it starts ({first}); nothing was written.")
        return BACKWARDS
    paths = AppPaths.resolve(data_dir)
    settings = _settings(paths.settings)
    app = QGuiApplication.instance() or QGuiApplication(["kneecare", "-platform", "offscreen"])
    language = choose_language(language or settings.language)
    path = (output or Path(default_name(period))).expanduser()
    try:
        history = HistoryService.for_reading(paths.database, clock, wait)
    except HistoryLocked as e:
        _say(f"{e} Nothing was written.")
        return LOCKED
    except StoreError as e:
        _say(str(e))
        return STORE
    try:
        pages = save_report(
            history, period, language, settings.report_name or "", settings, program_names(), now, path
        )
    except EmptyPeriod:
        _say(
            f"no session was recorded from {period.first} to {period.last}, so there is nothing to report; "
            "nothing was written."
        )
        return EMPTY
    except OSError as e:
        _say(f"cannot write {path}: {e.strerror or e}; nothing was written.")
        return UNWRITABLE
    finally:
        history.close()
    del app
    plural = "s" if pages != 1 else ""
    print(
        f"Wrote the report for {period.first} to {period.last} ({pages} page{plural}) to {path}.",
        file=sys.stderr,
    )
    return 0
