"""The history window as a person uses it: today against the goal, streaks, a range switch, the ratings
sentence, values on hover and by keyboard, the table with details, delete with undo, delete everything
after typing a word, and export / import from the menu. On a fake clock, Thursday 26 November 2026."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from kneecare.core.session import SessionMachine
from kneecare.core.stats import Rating
from kneecare.session.controller import SessionController
from kneecare.settings import Settings
from kneecare.store.db import transaction
from kneecare.store.records import PhaseRow, SafetyRow, SessionRecord, insert_record, load_record
from kneecare.store.store import Store
from kneecare.ui.history import CONFIRM_WORD, DeleteAllDialog, History
from kneecare.ui.main_window import MainWindow
from kneecare.ui.widgets.charts import TEAL, scheme_colour

BERLIN = ZoneInfo("Europe/Berlin")
NAMES = {"quick": "Quick", "daily": "Daily"}


def record(
    start: datetime, status: str = "completed", before=None, after=None, safety=(), note=""
) -> SessionRecord:
    done = 240.0 if status == "completed" else 100.0
    return SessionRecord(
        uid=f"{start.isoformat()}|quick",
        program="quick",
        kind="knee",
        knees="left",
        started_at=start,
        zone="Europe/Berlin",
        ended_at=start + timedelta(seconds=done),
        status=status,
        planned_seconds=240.0,
        done_seconds=done,
        phase_count=6,
        phases_done=6 if status == "completed" else 3,
        before=before,
        after=after,
        phases=tuple(
            PhaseRow(i, "pressure", "left", "completed", 40.0, start + timedelta(seconds=40 * (i + 1)))
            for i in range(3)
        ),
        safety_events=tuple(
            SafetyRow(kind, 3, "pressure", "left", start + timedelta(seconds=50), "Europe/Berlin", 50.0)
            for kind in safety
        ),
    )


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BERLIN)


class Shown:
    def __init__(self, qtbot, clock, store: Store, settings: Settings) -> None:
        self.settings = settings
        self.history = History(store, clock, NAMES, lambda: self.settings, self.change)
        self.store = store
        self.qtbot = qtbot

    def change(self, new: Settings) -> None:
        self.settings = new

    def open(self):
        self.history.show()
        window = self.history.window
        self.qtbot.addWidget(window)
        self.qtbot.waitExposed(window)
        self.qtbot.waitUntil(lambda: window.loaded)
        return window


@pytest.fixture
def store(tmp_path, clock):
    store, _ = Store.open(tmp_path / "kneecare.sqlite3", clock.now())
    yield store
    store.close()


def add(store: Store, *records: SessionRecord) -> None:
    with transaction(store.conn):
        for r in records:
            insert_record(store.conn, r)


@pytest.fixture
def shown(qtbot, clock, store):
    add(
        store,
        record(at(26, 8), before=Rating(tension=7, pain=4), after=Rating(tension=4, pain=3)),
        record(at(26, 8, 30)),
        record(at(25, 19), before=Rating(tension=6, pain=2), after=Rating(tension=4, pain=2)),
        record(at(25, 21), status="safety_stopped", safety=("tingling",), before=Rating(pain=5, note="sore")),
        record(at(23, 23, 50)),
        record(at(22, 0, 10)),
        record(at(21, 9)),
    )
    return Shown(qtbot, clock, store, Settings(daily_goal=2))


def test_the_window_shows_first_and_reads_the_history_right_after(shown):
    shown.history.show()
    window = shown.history.window
    shown.qtbot.addWidget(window)
    assert window.isVisible() and not window.loaded
    shown.qtbot.waitUntil(lambda: window.loaded)
    assert window.count_label.text().startswith("7 sessions, newest first")


def test_the_last_30_days_stand_against_the_daily_goal_with_today_at_the_right(shown):
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))  # weeks from Monday (en_US's begin on Sunday)
    try:
        _last_30_days(shown)
    finally:
        QLocale.setDefault(before)


def _last_30_days(shown):
    window = shown.open()
    chart = window.overview.per_day
    assert chart.count() == 30 and chart.goal() == 2
    stacks = chart.stacks()
    assert stacks[-1] == (2, 0)  # today: goal met
    assert stacks[-2] == (1, 1)  # yesterday: one done, one ended for safety
    assert stacks[-3] == (0, 0)
    assert [s[0] for s in stacks[-6:-3]] == [1, 1, 1]  # 21st, 22nd (just after midnight), 23rd (before)
    assert chart.detail(29) == "Thu 26 Nov: 2 sessions completed (goal met)"
    assert "the goal of 2 a day was met on 1 of 30 days" in chart.accessibleDescription()
    assert window.overview.today_tile.value.text() == "2 of 2"
    assert window.overview.streak_tile.value.text() == "2 days"  # the 24th was missed
    assert window.overview.best_tile.value.text() == "3 days"
    assert window.overview.week_tile.value.text() == "18"  # since Monday: 4 completed x 4 min + 100 s = 17.7


def test_the_range_switch_redraws_from_the_day_counts_already_read(shown, qtbot):
    window = shown.open()
    shown.store.conn.execute("DELETE FROM sessions")  # not re-read: only a new range drawn
    qtbot.mouseClick(window.overview.range_buttons[7], Qt.MouseButton.LeftButton)
    assert window.overview.per_day.count() == 7 and window.overview.per_day.stacks()[-1] == (2, 0)
    assert window.overview.per_day_title.text() == "Sessions per day"
    qtbot.mouseClick(window.overview.range_buttons[365], Qt.MouseButton.LeftButton)
    assert window.overview.per_day_title.text() == "Sessions per day, each week's average"
    assert window.overview.per_day.count() == 53  # weeks, the first and last cut to the year
    assert window.overview.per_day.stacks()[-1] == pytest.approx((4 / 4, 1 / 4))  # Mon 23 to Thu 26
    assert window.overview.per_week.count() == 52


def test_the_sentence_says_how_ratings_moved_after_sessions(shown):
    window = shown.open()
    assert window.overview.sentence.text() == (
        "On average your tension rating dropped 2.5 points after a session and your pain rating dropped"
        " 0.5 points (2 sessions rated before and after)."
    )
    tension = window.overview.tension_chart.series()
    assert tension[0][-1] == 7 and tension[1][-1] == 4
    assert window.overview.tension_chart.detail(29) == "Thu 26 Nov: tension before 7.0, after 4.0 (1 session)"
    assert not window.overview.ratings_off.isVisibleTo(window)


def test_hover_and_arrow_keys_show_a_value_and_put_it_in_the_description(shown, qtbot):
    window = shown.open()
    chart = window.overview.per_day
    seen = []
    chart.selectionChanged.connect(seen.append)

    def hover_bar_28() -> bool:
        # The chart may still be settling its size when the window reports loaded (CI once moved the
        # mouse before that and never again), so each try measures anew, and it leaves the bar first
        # because Qt drops a move to where the pointer already is.
        plot = chart.layout_plot()
        qtbot.mouseMove(chart, QPoint(1, 1))
        qtbot.mouseMove(chart, QPoint(round(plot.centre(28)), round(plot.box.bottom - 5)))
        return chart.selected() == 28

    qtbot.waitUntil(hover_bar_28)
    assert seen[-1] == "Wed 25 Nov: 1 session completed, 1 ended early"
    assert chart.accessibleDescription().endswith("Showing Wed 25 Nov: 1 session completed, 1 ended early")
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.selected() == 29
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.selected() == 0 and "no sessions" in chart.accessibleDescription()


def test_the_charts_follow_a_dark_palette(shown):
    window = shown.open()
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#e8e8e8")):
        dark.setColor(role, QColor(colour))
    chart = window.overview.per_day
    chart.setPalette(dark)
    image = chart.grab().toImage()
    plot = chart.layout_plot()
    pixel = image.pixelColor(round(plot.centre(29)), round(plot.box.bottom - 3))
    assert pixel.name() == scheme_colour(TEAL, dark).name() == TEAL[1]
    chart.setPalette(QPalette())
    pixel = chart.grab().toImage().pixelColor(round(plot.centre(29)), round(plot.box.bottom - 3))
    assert pixel.name() == TEAL[0]


def test_the_table_lists_sessions_newest_first_with_their_details(shown, qtbot):
    window = shown.open()
    window.tabs.setCurrentIndex(1)
    model = window.model
    assert model.rowCount() == 7
    first = [model.data(model.index(0, c)) for c in range(8)]
    assert first == ["Thu 26 Nov 2026, 08:30", "Quick", "Left", "4:00 of 4:00", "Completed", "", "", ""]
    safety_row = [model.data(model.index(2, c)) for c in range(8)]
    assert safety_row[4:] == ["Ended for safety", "– · 5 · –", "", "1 report"]
    window.table.selectRow(2)
    detail = window.detail.text()
    assert "Wed 25 Nov 2026, 21:00–21:01 (Europe/Berlin)" in detail
    assert "Reported tingling at 0:50, during pressing, left knee" in detail
    assert "Before: pain 5 — “sore”" in detail


def test_a_long_history_is_read_a_page_at_a_time(qtbot, clock, store):
    start = at(26, 6)
    add(store, *(record(start - timedelta(hours=5 * n)) for n in range(450)))
    window = Shown(qtbot, clock, store, Settings()).open()
    model = window.model
    page = model.PAGE
    assert model.rowCount() == page and model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))  # what the table asks for when scrolled to the end
    assert model.rowCount() == 2 * page
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    starts = [line.session.started_at for line in model.lines]
    assert len(starts) == 450 == len(set(starts)) and starts == sorted(starts, reverse=True)


def test_a_deleted_session_can_be_brought_back_with_undo(shown, qtbot):
    window = shown.open()
    window.tabs.setCurrentIndex(1)
    window.table.setFocus()
    window.table.selectRow(2)
    uid = window.model.line(2).session.uid
    before = load_record(shown.store.conn, window.model.line(2).session.id)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert shown.store.sessions.count() == 6 and uid not in [line.session.uid for line in window.model.lines]
    assert window.undo_bar.isVisible()
    assert window.undo_label.text() == "Deleted the session of Wed 25 Nov, 21:00."
    assert window.overview.per_day.stacks()[-2] == (1, 0)  # the overview too
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.undo_bar.isVisible()
    back = next(line for line in window.model.lines if line.session.uid == uid)
    assert load_record(shown.store.conn, back.session.id) == before


def test_a_session_still_running_cannot_be_deleted(qtbot, clock, store):
    store.sessions.begin(
        program="quick", kind="knee", knees="left", planned_seconds=60, phase_count=1, started_at=clock.now()
    )
    window = Shown(qtbot, clock, store, Settings()).open()
    window.tabs.setCurrentIndex(1)
    window.table.selectRow(0)
    assert window.model.data(window.model.index(0, 4)) == "In progress"
    assert not window.delete_button.isEnabled()
    window.delete_selected()
    assert store.sessions.count() == 1


def test_everything_is_deleted_only_after_typing_the_word(shown, qtbot):
    window = shown.open()
    shown.store.backup_if_due(datetime(2026, 11, 26, 9, tzinfo=BERLIN))
    window.ask_delete_all()
    dialog = window.findChild(DeleteAllDialog, "deleteAll")
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.delete_button.isEnabled()
    qtbot.keyClicks(dialog.word, "delete")
    assert not dialog.delete_button.isEnabled()  # the word exactly, in capitals
    dialog.word.setText(CONFIRM_WORD)
    assert dialog.delete_button.isEnabled()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert shown.store.sessions.count() == 0
    assert list(shown.store.backups.glob("*.sqlite3")) == []
    assert window.overview.per_day.stacks()[-1] == (0, 0)
    assert window.overview.empty_note.text().startswith("No sessions in this time yet")


def test_ratings_switched_off_can_be_switched_back_on_here(qtbot, clock, store):
    shown = Shown(qtbot, clock, store, Settings(ask_ratings=False))
    window = shown.open()
    assert window.overview.ratings_off.isVisibleTo(window)
    qtbot.mouseClick(window.overview.ratings_on_button, Qt.MouseButton.LeftButton)
    assert shown.settings.ask_ratings is True and not window.overview.ratings_off.isVisibleTo(window)


def test_export_then_import_elsewhere_and_a_bad_file_changes_nothing(shown, qtbot, tmp_path, clock):
    window = shown.open()
    out = tmp_path / "out.json"
    assert shown.history.export_to(out, "json") == f"Exported 7 sessions to {out}."
    assert len(json.loads(out.read_text())) == 7
    assert shown.history.export_to(tmp_path / "no" / "such" / "dir.csv", "csv").startswith(
        "The history could not be written to"
    )
    other_store, _ = Store.open(tmp_path / "other.sqlite3", clock.now())
    other = Shown(qtbot, clock, other_store, Settings())
    other_window = other.open()
    assert other.history.import_from(out) == "7 sessions added."
    assert other_window.model.rowCount() == 7  # shown at once
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps([{"started_at": "2026-11-26T09:00:00+01:00", "program": "quick", "knees": "left"}])
    )
    message = shown.history.import_from(bad)
    assert message.startswith("bad.json was not imported, and nothing changed: entry 1")
    assert "field 'status': is missing" in message
    assert shown.store.sessions.count() == 7 and window.model.rowCount() == 7
    other_store.close()


def test_file_export_and_import_say_how_it_went_in_a_message(shown, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "chosen.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), "CSV (*.csv)"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(out), ""))
    for action, title, text in (
        (shown.history.export_dialog, "Export", f"Exported 7 sessions to {out}."),
        (shown.history.import_dialog, "Import", "chosen.csv was not imported, and nothing changed: the file"),
    ):
        action()
        box = message(qtbot, "historyMessage")
        assert box.windowTitle() == title and box.text().startswith(text)
        box.close()
        qtbot.waitUntil(lambda: not any(w.isVisible() for w in messages("historyMessage")))
    assert out.read_text(encoding="utf-8").startswith("uid,started_at")


def messages(name: str) -> list[QMessageBox]:
    shown = QApplication.topLevelWidgets()
    return [w for w in shown if isinstance(w, QMessageBox) and w.objectName() == name]


def message(qtbot, name: str) -> QMessageBox:
    """The message box of that name the person sees now."""
    qtbot.waitUntil(lambda: any(w.isVisible() for w in messages(name)))
    return next(w for w in messages(name) if w.isVisible())


def test_the_main_window_menu_opens_the_history_with_ctrl_y(qtbot, clock, programs, store):
    controller = SessionController(SessionMachine(clock), clock)
    main = MainWindow(list(programs.values()), controller, Settings())
    qtbot.addWidget(main)
    history = History(store, clock, NAMES, lambda: main.settings, lambda s: None, main)
    main.history_action.triggered.connect(history.show)
    main.export_action.triggered.connect(history.export_dialog)
    main.import_action.triggered.connect(history.import_dialog)
    assert main.history_action.shortcut().toString() == "Ctrl+Y"
    menus = {a.text(): [x.text() for x in a.menu().actions()] for a in main.menuBar().actions()}
    assert menus["&View"][0] == "&History"  # then High contrast and Language (issue 8)
    assert menus["&File"][:2] == ["&Export history…", "&Import history…"]
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    qtbot.keyClick(main, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: history.window is not None and history.window.loaded)
    assert history.window.isVisible() and history.window.parent() is main


def test_routines_count_towards_the_goal_only_when_the_person_chose_so(qtbot, clock, store):
    from dataclasses import replace

    add(
        store,
        record(at(26, 8)),
        replace(record(at(26, 9)), uid="pumps", program="ankle_pumps", kind="routine"),
    )
    shown = Shown(qtbot, clock, store, Settings(daily_goal=2))
    window = shown.open()
    assert window.overview.per_day.stacks()[-1] == (1, 0)  # knee sessions only, by default
    shown.settings = shown.settings.with_changes(goal_counts_routines=True)
    window.reload()
    assert window.overview.per_day.stacks()[-1] == (2, 0)
    assert window.count_label.text().startswith("2 sessions")  # the table lists both either way


def test_the_table_can_list_only_knee_sessions_or_only_routines(shown, qtbot):
    from dataclasses import replace

    pumps = replace(record(at(26, 12)), uid="pumps|ankle_pumps", program="ankle_pumps", kind="routine")
    add(shown.store, pumps)
    window = shown.open()
    window.tabs.setCurrentIndex(1)
    model = window.model
    assert model.rowCount() == 8
    window.kind_box.setCurrentIndex(window.kind_box.findText("Routines"))
    assert [model.line(r).session.program for r in range(model.rowCount())] == ["ankle_pumps"]
    window.kind_box.setCurrentIndex(window.kind_box.findText("Knee sessions"))
    assert model.rowCount() == 7
    assert all(model.line(r).session.kind == "knee" for r in range(model.rowCount()))
    window.kind_box.setCurrentIndex(window.kind_box.findText("All sessions"))
    assert model.rowCount() == 8
