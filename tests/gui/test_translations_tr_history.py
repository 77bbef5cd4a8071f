"""The history in German: a person whose KneeCare speaks German sees the window, its charts (legends,
weekday names from QLocale, decimal commas), the sessions table, the delete-everything dialog and the
import and export messages in German. On the fake clock, Thursday 26 November 2026."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from kneecare.core.stats import Rating
from kneecare.settings import Settings
from kneecare.store.store import Store
from kneecare.ui.history import DeleteAllDialog
from kneecare.ui.widgets.charts import BarChart
from tests.gui.test_history import Shown, add, at, record


@pytest.fixture
def store(tmp_path, clock):
    store, _ = Store.open(tmp_path / "kneecare.sqlite3", clock.now())
    yield store
    store.close()


@pytest.fixture
def shown(german, qtbot, clock, store):
    add(
        store,
        record(at(26, 8), before=Rating(tension=7, pain=4), after=Rating(tension=4, pain=3)),
        record(at(26, 8, 30)),
        record(at(25, 19), before=Rating(tension=6, pain=2), after=Rating(tension=4, pain=2)),
        record(at(25, 21), status="safety_stopped", safety=("tingling",), before=Rating(pain=5, note="wund")),
        record(at(23, 23, 50)),
        record(at(22, 0, 10)),
        record(at(21, 9)),
    )
    return Shown(qtbot, clock, store, Settings(daily_goal=2))


def test_the_overview_speaks_german(shown):
    window = shown.open()
    assert window.windowTitle() == "Verlauf · KneeCare"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Ü&bersicht", "&Sitzungen"]
    buttons = window.overview.range_buttons.values()
    assert [b.text() for b in buttons] == ["7 Tage", "30 Tage", "90 Tage", "1 Jahr"]
    assert window.overview.range_buttons[30].accessibleName() == "Zeitraum 30 Tage zeigen"
    assert window.overview.per_day_title.text() == "Sitzungen pro Tag"
    assert (window.overview.today_tile.value.text(), window.overview.today_tile.caption.text()) == (
        "2 von 2",
        "Sitzungen heute",
    )
    assert (window.overview.streak_tile.value.text(), window.overview.streak_tile.caption.text()) == (
        "2 Tage",
        "aktuelle Serie",
    )
    assert window.overview.goal_tile.caption.text() == "Tage mit erreichtem Ziel"

    chart = window.overview.per_day
    assert chart.accessibleName() == "Sitzungen pro Tag"
    assert [name for name, *_ in chart.legend()] == ["abgeschlossen", "vorzeitig beendet", "Ziel: 2 am Tag"]
    assert chart.detail(29) == "Do., 26. Nov.: 2 Sitzungen abgeschlossen (Ziel erreicht)"
    assert chart.detail(28) == "Mi., 25. Nov.: 1 Sitzung abgeschlossen, 1 vorzeitig beendet"
    assert "das Ziel von 2 am Tag wurde an 1 von 30 Tagen erreicht" in chart.accessibleDescription()
    chart.select(29)
    assert chart.accessibleDescription().endswith(
        "Angezeigt: Do., 26. Nov.: 2 Sitzungen abgeschlossen (Ziel erreicht)"
    )

    assert window.overview.sentence.text() == (
        "Im Durchschnitt: Ihr Wert für Spannung sank nach einer Sitzung um 2,5 Punkte und Ihr Wert"
        " für Schmerz sank um 0,5 Punkte (2 Sitzungen vorher und nachher bewertet)."
    )
    tension = window.overview.tension_chart
    assert tension.accessibleName() == "Spannung vor und nach den Sitzungen"
    assert [name for name, *_ in tension.legend()] == ["Spannung vorher", "Spannung nachher"]
    assert tension.detail(29) == "Do., 26. Nov.: Spannung vorher 7,0, nachher 4,0 (1 Sitzung)"


def test_the_week_chart_names_the_days_as_qlocale_does_in_german(shown):
    window = shown.open()
    window.set_range(7)
    labels = window.overview.per_day.labels()
    assert labels == ["Fr", "Sa", "So", "Mo", "Di", "Mi", "Do"]  # Friday 20th to Thursday 26th
    window.set_range(365)
    assert window.overview.per_day_title.text() == "Sitzungen pro Tag, Mittel jeder Woche"
    assert window.overview.per_day.labels()[-1] == "23. Nov."
    assert window.overview.per_day.detail(window.overview.per_day.count() - 1) == (
        "Mo., 23. Nov. – Do., 26. Nov.: 1,0 abgeschlossen pro Tag (4 an 4 Tagen, 1 vorzeitig beendet)"
    )
    assert BarChart._tick_text(0.5) == "0,5"


def test_the_sessions_table_and_its_details_speak_german(shown):
    window = shown.open()
    window.tabs.setCurrentIndex(1)
    model = window.model
    assert window.count_label.text().startswith("7 Sitzungen, neueste zuerst.")
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Wann", "Programm", "Knie"]
    first = [model.data(model.index(0, c)) for c in range(5)]
    assert first == ["Do., 26. Nov. 2026, 08:30", "Quick", "Links", "4:00 von 4:00", "Abgeschlossen"]
    assert model.data(model.index(2, 4)) == "Zur Sicherheit beendet"
    assert model.data(model.index(2, 7)) == "1 Meldung"
    assert [window.kind_box.itemText(i) for i in range(3)] == ["Alle Sitzungen", "Knie-Sitzungen", "Übungen"]
    assert window.delete_button.text() == "Sitzung &löschen"
    window.table.selectRow(2)
    detail = window.detail.text()
    assert "Mi., 25. Nov. 2026, 21:00–21:01 (Europe/Berlin)" in detail
    assert "Quick, linkes Knie · 1 Min. 40 s von 4 Min. · Zur Sicherheit beendet" in detail
    assert "Kribbeln gemeldet bei 0:50, beim Drücken, linkes Knie" in detail
    assert "Vorher: Schmerz 5 – „wund“" in detail


def test_deleting_everything_asks_for_the_german_word(shown, qtbot):
    window = shown.open()
    window.ask_delete_all()
    dialog = window.findChild(DeleteAllDialog, "deleteAll")
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Alle Daten löschen"
    assert dialog.explanation.text().endswith("Um fortzufahren, geben Sie unten LÖSCHEN ein.")
    dialog.word.setText("DELETE")
    assert not dialog.delete_button.isEnabled()
    dialog.word.setText("LÖSCHEN")
    assert dialog.delete_button.isEnabled() and dialog.delete_button.text() == "Alles löschen"
    dialog.reject()


def test_export_and_import_messages_in_german(shown, tmp_path):
    shown.open()
    out = tmp_path / "out.json"
    assert shown.history.export_to(out, "json") == f"7 Sitzungen nach {out} exportiert."
    assert shown.history.import_from(out) == "0 Sitzungen hinzugefügt; 7 waren bereits in Ihrem Verlauf."
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps([{"started_at": "2026-11-26T09:00:00+01:00", "program": "quick", "knees": "left"}])
    )
    assert shown.history.import_from(bad) == (
        "bad.json wurde nicht importiert, und nichts hat sich geändert: Eintrag 1 (begonnen"
        " 2026-11-26T09:00:00+01:00), Feld „status“: fehlt."
    )
    bad.write_text("[1]")
    assert shown.history.import_from(bad).endswith(": Eintrag 1 ist kein JSON-Objekt.")
