"""What seems to help you: the history overview's section (a line per finding of the range shown, or how
many more rated sessions it takes) and the set-up panel's one suggestion (once per start, never during a
session, "No, thanks" for good), on the report's fixture history and on small histories built here."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kneecare.core.clock import FakeClock
from kneecare.core.session import SessionMachine, State
from kneecare.core.stats import Rating
from kneecare.session.controller import SessionController
from kneecare.settings import Settings, SettingsStore
from kneecare.store.db import transaction
from kneecare.store.records import PhaseRow, SessionRecord, insert_record
from kneecare.store.service import HistoryService
from kneecare.store.store import Store
from kneecare.ui.history import History
from kneecare.ui.main_window import MainWindow
from kneecare.ui.report_command import program_names
from kneecare.ui.settings_model import SettingsModel
from kneecare.ui.suggestion import clearest_program, suggest_once
from tests.gui.test_layout_sizes import AT_200_PERCENT, LAPTOP, problems, window_at

BERLIN = ZoneInfo("Europe/Berlin")
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "report" / "kneecare.sqlite3"
DAILY_90 = (
    "Daily: tension on average 2.5 points lower after a session (80% interval −2.6 to −2.4), pain 0.5 points"
    " lower (80% interval −0.6 to −0.4); 47 sessions rated before and after"
)


@pytest.fixture
def evening() -> FakeClock:
    """Sunday 27 April 2025, 20:00 in Berlin: the fixture history's last day."""
    return FakeClock(datetime(2025, 4, 27, 20, 0, tzinfo=BERLIN))


@pytest.fixture
def fixture_store(tmp_path, evening):
    shutil.copy(FIXTURE, tmp_path / "kneecare.sqlite3")
    store, _ = Store.open(tmp_path / "kneecare.sqlite3", evening.now())
    yield store
    store.close()


@pytest.fixture
def empty_store(tmp_path, evening):
    store, _ = Store.open(tmp_path / "new.sqlite3", evening.now())
    yield store
    store.close()


def rated(program: str, start: datetime, before: int, after: int) -> SessionRecord:
    return SessionRecord(
        uid=f"{start.isoformat()}|{program}",
        program=program,
        kind="knee",
        knees="both",
        started_at=start,
        zone="Europe/Berlin",
        ended_at=start + timedelta(seconds=300),
        status="completed",
        planned_seconds=300.0,
        done_seconds=300.0,
        phase_count=1,
        phases_done=1,
        before=Rating(before, 2),
        after=Rating(after, 2),
        phases=(PhaseRow(0, "pressure", "left", "completed", 300.0, start + timedelta(seconds=300)),),
    )


def add(store: Store, *records: SessionRecord) -> None:
    with transaction(store.conn):
        for r in records:
            insert_record(store.conn, r)


def at(day: int, hour: int) -> datetime:
    return datetime(2025, 4, day, hour, 0, tzinfo=BERLIN)


def open_history(qtbot, store: Store, clock: FakeClock, settings: Settings | None = None):
    chosen = settings or Settings()
    history = History(store, clock, program_names(), lambda: chosen, lambda s: None)
    history.show()
    window = history.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.loaded)
    return window


# -- the history's overview ------------------------------------------------------------------------


def test_the_overview_says_what_seems_to_help_with_the_reports_numbers(qtbot, fixture_store, evening):
    """90 days ending on the fixture's last day hold the report's whole period: the same lines as its PDF."""
    window = open_history(qtbot, fixture_store, evening)
    window.set_range(90)
    page = window.overview
    lines = page.helps_texts()
    assert lines[0] == DAILY_90
    assert lines[1].startswith("Relax: tension on average 0.6 points lower after a session")
    assert lines[2].startswith("Sessions before 12:00: tension on average 2.0 points lower")
    assert lines[3].endswith("30 sessions rated before and after")
    assert len(lines) == 4
    assert page.helps_title.text() == "What seems to help you"
    assert not page.helps_note.isHidden() and "not proof" in page.helps_note.text()
    # A screen reader reads each line whole: plain labels, their text as their name.
    assert [label.accessibleName() for label in page.helps_labels] == lines


def test_fewer_than_five_rated_sessions_shows_how_many_more_instead(qtbot, fixture_store, evening):
    """The last 7 days hold 4 rated Daily sessions and 3 Relax: no finding, one line asking for 1 more;
    30 days hold enough again, and the lines follow the range buttons."""
    window = open_history(qtbot, fixture_store, evening)
    window.overview.range_buttons[7].click()
    assert window.overview.helps_texts() == [
        "Rate 1 more session of one program before and after, and this shows what seems to help you."
    ]
    assert window.overview.helps_note.isHidden()
    window.overview.range_buttons[30].click()
    texts = window.overview.helps_texts()
    assert [t.split(": ")[0] for t in texts] == [
        "Daily",
        "Relax",
        "Sessions before 12:00",
        "Sessions from 12:00",
    ]


def test_a_time_of_day_needs_five_rated_sessions_on_each_side(qtbot, empty_store, evening):
    mornings = [rated("relax", at(d, 8), 6, 3) for d in range(10, 16)]  # 6 mornings, each 3 lower
    evenings = [rated("relax", at(d, 20), 6, 5) for d in range(10, 14)]  # 4 evenings, each 1 lower
    add(empty_store, *mornings, *evenings)
    window = open_history(qtbot, empty_store, evening)
    (line,) = window.overview.helps_texts()
    assert line.startswith("Relax: tension on average 2.2 points lower after a session")
    assert line.endswith("; 10 sessions rated before and after")
    add(empty_store, rated("relax", at(14, 20), 6, 5))
    window.reload()
    lines = window.overview.helps_texts()
    assert lines[1].startswith("Sessions before 12:00: tension on average 3.0 points lower")
    assert lines[2].startswith("Sessions from 12:00: tension on average 1.0 points lower")
    assert lines[2].endswith("; 5 sessions rated before and after")


def test_with_the_rating_off_and_nothing_to_show_the_section_is_hidden(qtbot, empty_store, evening):
    window = open_history(qtbot, empty_store, evening, Settings(ask_ratings=False))
    assert window.overview.helps.isHidden() and window.overview.helps_texts() == []
    on = open_history(qtbot, empty_store, evening)
    assert on.overview.helps_texts() == [
        "Rate 5 more sessions of one program before and after, and this shows what seems to help you."
    ]


def test_the_section_speaks_german(german, qtbot, fixture_store, evening):
    window = open_history(qtbot, fixture_store, evening)
    window.set_range(90)
    assert window.overview.helps_title.text() == "Was Ihnen zu helfen scheint"
    first = window.overview.helps_texts()[0]
    assert (
        "Spannung nach einer Sitzung im Durchschnitt 2,5 Punkte niedriger (80-%-Intervall −2,6 bis −2,4)"
        in first
    )
    assert first.endswith("47 Sitzungen vorher und nachher bewertet")


# -- the set-up panel's suggestion -----------------------------------------------------------------


def main_window(qtbot, clock, programs, model: SettingsModel) -> MainWindow:
    controller = SessionController(SessionMachine(clock), clock)
    window = MainWindow(list(programs.values()), controller, model)
    qtbot.addWidget(window)
    window.resize(1100, 740)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_the_fixture_names_daily_as_the_clearest_drop_in_tension(fixture_store, evening):
    assert clearest_program(HistoryService(fixture_store, evening)) == "daily"


def test_use_it_from_the_keyboard_chooses_the_program_and_starts_nothing(
    qtbot, fixture_store, evening, programs
):
    window = main_window(qtbot, evening, programs, SettingsModel(Settings(program_id="relax")))
    panel = window.setup_panel
    assert not panel.suggestion_shown()
    assert suggest_once(panel, HistoryService(fixture_store, evening), window.controller)
    assert panel.suggestion_shown()
    assert panel.suggestion_label.text() == (
        "In your own ratings, tension drops most clearly after Daily. Try it next?"
    )
    assert panel.use_button.accessibleDescription() == "Choose Daily for your next session"
    panel.use_button.setFocus()
    qtbot.waitUntil(panel.use_button.hasFocus)
    qtbot.keyClick(panel.use_button, Qt.Key.Key_Space)  # Space presses the button, not the window's Start
    assert panel.current_program().id == "daily"
    assert window.settings_model.value.program_id == "daily"
    assert not panel.suggestion_shown() and window.controller.state is State.IDLE
    assert panel.program_box.hasFocus()  # the focus does not vanish with the line
    # At most once per start, whatever is asked later.
    panel.apply_settings(Settings(program_id="relax"))
    assert not suggest_once(panel, HistoryService(fixture_store, evening), window.controller)
    assert not panel.suggestion_shown()


def test_no_suggestion_from_fewer_than_five_rated_sessions(qtbot, empty_store, evening, programs):
    add(empty_store, *(rated("relax", at(d, 8), 6, 2) for d in range(10, 14)))  # 4 rated, each 4 lower
    window = main_window(qtbot, evening, programs, SettingsModel(Settings(program_id="daily")))
    assert not suggest_once(window.setup_panel, HistoryService(empty_store, evening), window.controller)
    assert not window.setup_panel.suggestion_shown()
    add(empty_store, rated("relax", at(14, 8), 6, 3))  # the fifth: now Relax has a clear drop
    assert suggest_once(window.setup_panel, HistoryService(empty_store, evening), window.controller)


def test_never_during_a_session_and_a_session_drops_it(qtbot, fixture_store, evening, programs):
    window = main_window(qtbot, evening, programs, SettingsModel(Settings(program_id="relax")))
    history = HistoryService(fixture_store, evening)
    window.controller.load(window.build_plan())
    window.controller.start()
    assert not suggest_once(window.setup_panel, history, window.controller)
    window.controller.stop()
    other = main_window(qtbot, evening, programs, SettingsModel(Settings(program_id="relax")))
    assert suggest_once(other.setup_panel, history, other.controller)
    other.controller.load(other.build_plan())
    other.controller.start()
    assert not other.setup_panel.suggestion_shown()
    other.controller.stop()
    QApplication.processEvents()
    assert not other.setup_panel.suggestion_shown()  # back at the set-up, it does not come again


def test_dismissed_stays_dismissed_after_a_restart(qtbot, fixture_store, evening, programs, tmp_path):
    settings_file = tmp_path / "settings.json"
    store = SettingsStore(settings_file)
    model = SettingsModel(Settings(program_id="relax"), store)
    window = main_window(qtbot, evening, programs, model)
    history = HistoryService(fixture_store, evening)
    assert suggest_once(window.setup_panel, history, window.controller)
    window.setup_panel.dismiss_button.click()
    assert not window.setup_panel.suggestion_shown()
    assert model.value.suggest_helps is False
    window.close()
    # A new start: the settings read back from the file, a new window, the same history.
    loaded = SettingsStore(settings_file).load()
    assert loaded.warning is None and loaded.settings.suggest_helps is False
    again = main_window(
        qtbot, evening, programs, SettingsModel(loaded.settings, SettingsStore(settings_file))
    )
    assert not suggest_once(again.setup_panel, history, again.controller)
    assert not again.setup_panel.suggestion_shown()


def test_the_suggestion_speaks_german(german, qtbot, fixture_store, evening, programs):
    window = main_window(qtbot, evening, programs, SettingsModel(Settings(program_id="relax")))
    assert suggest_once(window.setup_panel, HistoryService(fixture_store, evening), window.controller)
    panel = window.setup_panel
    assert panel.suggestion_label.text().startswith("Nach Ihren eigenen Bewertungen sinkt die Spannung")
    assert (panel.use_button.text(), panel.dismiss_button.text()) == ("&Verwenden", "&Nein, danke")


def test_the_suggestion_keeps_the_layout_on_a_laptop_and_the_controls_in_sight_at_200_percent(
    qtbot, clock, programs
):
    """On a laptop nothing moves out of place; on a 960x540 screen (200%) the view may scroll while the
    line shows (once), but nothing is clipped or overlaps and Start, Skip, Stop and "It hurts" stay put."""
    laptop = window_at(qtbot, clock, programs, LAPTOP)
    assert laptop.setup_panel.suggest("relax")
    assert problems(laptop, running=False) == []
    small = window_at(qtbot, clock, programs, AT_200_PERCENT)
    assert small.setup_panel.suggest("relax")
    assert problems(small, running=False, may_scroll=True) == []
    for part in (small.setup_panel.use_button, small.setup_panel.dismiss_button):
        assert part.width() >= part.sizeHint().width()
