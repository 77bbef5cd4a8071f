"""The keys named in the safety questions' hint follow the language and work: J/N in German, O/N in a
French catalogue; Y, J and N keep working where that cannot mean the opposite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator

from kneecare.ui.screening import SafetyDialog


def answers_to(qtbot, keys: list[Qt.Key]) -> list[str]:
    dialog = SafetyDialog()
    qtbot.addWidget(dialog)
    said: list[str] = []
    dialog.followUpAnswered.connect(said.append)
    dialog.show_follow_up()
    for key in keys:
        qtbot.keyClick(dialog, key)
    return said


def hint(qtbot) -> str:
    dialog = SafetyDialog()
    qtbot.addWidget(dialog)
    dialog.start_questions()  # each screen is built when first shown
    return dialog.question_hint.text()


def test_german_names_j_and_n_and_they_answer(german, qtbot):
    assert hint(qtbot) == "Drücken Sie J für Ja oder N für Nein."
    assert answers_to(qtbot, [Qt.Key.Key_J, Qt.Key.Key_N, Qt.Key.Key_Y]) == [
        "back_to_normal",
        "",
        "back_to_normal",
    ]


def test_english_names_y_and_n(qtbot):
    assert hint(qtbot) == "Press Y for yes or N for no."
    assert answers_to(qtbot, [Qt.Key.Key_Y, Qt.Key.Key_N, Qt.Key.Key_O]) == ["back_to_normal", ""]


@pytest.fixture
def letters(qapp, tmp_path):
    """A small catalogue giving the yes and no letters (and the hint) of another language."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    installed: list[QTranslator] = []

    def install(yes: str, no: str) -> None:
        message = "<message><source>{}</source><translation>{}</translation></message>"
        ts = tmp_path / f"keys_{yes}{no}.ts"
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr_FR">'
            "<context><name>screening</name>"
            + message.format("Y", yes)
            + message.format("N", no)
            + message.format("Press %1 for yes or %2 for no.", "Appuyez sur %1 pour oui ou %2 pour non.")
            + "</context></TS>",
            encoding="utf-8",
        )
        qm = ts.with_suffix(".qm")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        translator = QTranslator()
        assert translator.load(str(qm))
        qapp.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)


def test_a_french_catalogue_names_o_and_n_and_o_answers_yes(letters, qtbot):
    letters("O", "N")
    assert hint(qtbot) == "Appuyez sur O pour oui ou N pour non."
    assert answers_to(qtbot, [Qt.Key.Key_O, Qt.Key.Key_N, Qt.Key.Key_Y]) == [
        "back_to_normal",
        "",
        "back_to_normal",
    ]


def test_an_english_letter_that_means_the_opposite_in_the_language_is_not_kept(letters, qtbot):
    """A language whose "no" letter is J: J answers no there, never yes."""
    letters("S", "J")
    assert answers_to(qtbot, [Qt.Key.Key_J, Qt.Key.Key_S, Qt.Key.Key_N]) == ["", "back_to_normal", ""]
