"""A German speaker's KneeCare beyond the main window: the "More for your legs" page, the contrast shower's
safety note, the leg diagram's words and descriptions, the routine drawings, the sound and voice settings
with the voice's problems, and the messages KneeCare shows when its history or settings cannot be used."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox

from kneecare.assets import resource
from kneecare.core.plan import Knee, build_plan
from kneecare.core.protocol import Motion
from kneecare.core.session import SessionMachine
from kneecare.cues.player import CuePlayer
from kneecare.i18n import Translators, translate_program
from kneecare.session.controller import SessionController
from kneecare.settings import Settings
from kneecare.startup.problems import problem_box, problem_texts
from kneecare.ui.cue_settings import CueSettingsDialog, cue_settings_action
from kneecare.ui.know_how import SECTIONS, KnowHowLink, help_menu
from kneecare.ui.routine_gate import SafetyNoteDialog
from kneecare.ui.widgets.breathing import BreathingPacer
from kneecare.ui.widgets.illustration import DRAWINGS, Illustration
from kneecare.ui.widgets.leg_diagram import LegDiagram, LegDrawing
from tests.gui.test_session_view import make_window
from tests.helpers.audio import NO_AUDIO_LOGS

pytestmark = NO_AUDIO_LOGS


def test_more_for_your_legs_reads_in_german_from_the_help_menu(german, qtbot, clock, programs):
    window = make_window(qtbot, clock, programs)
    link = KnowHowLink(window)
    assert link.action.text() == "&Mehr für Ihre Beine"
    assert link.action in window.help_menu.actions()
    page = link.open()
    assert page.windowTitle() == "Mehr für Ihre Beine · KneeCare"
    assert page.browser.accessibleName() == "Mehr für Ihre Beine"
    text = page.text()
    for heading in (
        "Kompressionsstrümpfe",
        "Jede Stunde bewegen",
        "Wann Sie eine Fachperson aufsuchen sollten",
    ):
        assert heading in text
    assert "massieren Sie das Bein nicht, wenn es plötzlich warm, rot" in text
    assert "ersetzt nicht den Rat einer medizinischen Fachperson" in text
    english = {s.heading for s in SECTIONS} | {p for s in SECTIONS for p in s.paragraphs}
    assert not any(sentence in text for sentence in english)


def test_a_window_without_a_help_menu_gets_a_german_one(german, qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = help_menu(window)
    assert menu.title() == "&Hilfe"
    assert help_menu(window) is menu  # found again by its German title, not added twice


def test_the_contrast_shower_s_note_asks_in_german(german, qtbot, programs):
    shower = translate_program(programs["contrast_shower"])
    dialog = SafetyNoteDialog(build_plan(shower).safety_notes)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Bevor Sie beginnen: Wechseldusche · KneeCare"
    assert dialog.acknowledge.text() == "Ich habe das gelesen, und es trifft auf mich nicht zu"
    assert dialog.start_button.text() == "Starten"
    (note,) = dialog.note_labels
    assert note.accessibleName() == "Sicherheitshinweis zu Wechseldusche"
    assert note.text() == shower.safety_note and note.text() != programs["contrast_shower"].safety_note


def test_the_leg_diagram_labels_and_describes_the_legs_in_german(german, qtbot):
    diagram = LegDiagram()
    qtbot.addWidget(diagram)
    assert diagram.accessibleName() == "Beindiagramm"
    assert diagram.accessibleDescription().startswith("Rückseite beider Beine, beide Knie")
    diagram.set_phase(Knee.LEFT, Motion.CIRCLES, 2.0)
    assert "das linke Knie hervorgehoben" in diagram.accessibleDescription()
    svg = diagram.drawing.svg
    assert ">Links</text>" in svg and ">Rechts</text>" in svg
    assert ">Left</text>" not in svg and ">Right</text>" not in svg
    english = LegDrawing(resource("diagrams", "legs-back.svg").read_text(encoding="utf-8"))
    for side in ("side-left", "side-right"):  # the German words leave the legs where they were
        assert diagram.drawing.regions[side].w == pytest.approx(english.regions[side].w, rel=0.05)
        assert diagram.drawing.regions[side].x == pytest.approx(english.regions[side].x, rel=0.05)


def test_the_leg_diagram_is_english_again_once_the_german_translator_is_gone(qapp):
    translators = Translators(qapp)
    translators.install("de")
    assert ">Links</text>" in LegDrawing.shipped().svg
    translators.install("en")
    assert ">Left</text>" in LegDrawing.shipped().svg


def test_the_pacer_and_the_routine_drawings_are_named_in_german(german, qtbot):
    pacer = BreathingPacer()
    qtbot.addWidget(pacer)
    assert pacer.accessibleName() == "Atemtakt"
    drawing = Illustration()
    qtbot.addWidget(drawing)
    drawing.set_drawing("ankle-pumps.svg")
    assert drawing.accessibleName() == "Zeichnung: Fußpumpe"
    assert drawing.accessibleDescription() == "Den Fuß strecken, dann die Zehen zum Schienbein heranziehen"


def test_every_routine_drawing_has_a_name_and_description_matching_its_title(qtbot):
    """The table the screen reader's words come from says what each drawing's own <title> says."""
    files = {p.name: p for p in resource("illustrations").glob("*.svg")}
    assert set(DRAWINGS) == set(files)
    for name, (heading, description) in DRAWINGS.items():
        title = re.search(r"<title>(.*?)</title>", files[name].read_text(encoding="utf-8"))
        assert title is not None, name
        assert title.group(1).lower() == f"{heading}: {description}".lower()


def test_the_sound_and_voice_settings_speak_german_and_say_why_there_is_no_voice(german, qtbot, player_for):
    player = player_for(Settings(), engine="no-such-engine")
    dialog = CueSettingsDialog(Settings(), player)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Ton und Stimme"
    assert dialog.step_box.text() == "Ein Signalton bei jedem neuen Schritt"
    assert (dialog.preview_button.text(), dialog.test_button.text()) == (
        "Signalton abspielen",
        "Stimme testen",
    )
    assert dialog.voice_combo.itemText(0) == "Die Standardstimme des Systems"
    status = dialog.voice_status.text()
    assert status.startswith("Auf diesem Computer können die Schritte nicht vorgelesen werden.")
    assert "Die Sprachausgabe „no-such-engine“ konnte nicht starten." in status
    assert status.endswith("Die Signaltöne erklingen weiterhin.")
    assert cue_settings_action(dialog, player, Settings, lambda chosen: None).text() == "Ton und &Stimme…"


def test_a_voice_no_longer_installed_is_marked_in_german(german, qtbot, player_for):
    settings = Settings(voice_name="Gone")
    dialog = CueSettingsDialog(settings, player_for(Settings()))
    qtbot.addWidget(dialog)
    assert dialog.voice_combo.currentText() == "Gone (für diese Sprache nicht verfügbar)"


def test_the_voice_test_reads_the_german_sample(german, qtbot, clock):
    """Qt's mock engine has no German voice (then nothing would be said): its Norwegian voice stands in."""
    controller = SessionController(SessionMachine(clock), clock)
    player = CuePlayer(controller, Settings(), engine="mock", audio="none", language="nb")
    try:
        player.start_voice()
        qtbot.waitUntil(lambda: player.voice_available, timeout=10_000)
        heard: list[str] = []
        player.voice.wordSpoken.connect(heard.append)
        assert player.test_voice(None, 0.0)
        qtbot.waitUntil(lambda: not player.voice.speaking, timeout=10_000)
        assert heard == ["So", "liest", "KneeCare", "Ihnen", "jeden", "Schritt", "vor"]
    finally:
        player.close()


def test_a_damaged_history_is_reported_in_german_with_the_exact_words_as_details(german, qtbot):
    details = "Your history could not be read: file is not a database. The damaged file was kept as /x/h.bad."
    box = problem_box(None, "damaged", details)
    qtbot.addWidget(box)
    assert box.windowTitle() == "KneeCare"
    assert box.icon() is QMessageBox.Icon.Warning
    assert box.text().startswith("Ihr Verlauf war beschädigt, und es wurde keine intakte Sicherung gefunden.")
    assert box.detailedText() == details
    texts = problem_texts()
    assert texts["restored"].startswith(
        "Ihr Verlauf war beschädigt. KneeCare hat die beschädigte Datei aufbewahrt"
    )
    assert texts["locked"].startswith("Ihr Verlauf wird gerade von einem anderen Programm verwendet")
    assert texts["read_only"].startswith("Ihr Verlauf lässt sich an seinem Ort nur lesen")
    assert texts["settings"].startswith("Ihre Einstellungsdatei konnte nicht gelesen werden")
    assert texts["newer"].startswith("Ihr Verlauf wurde von einer neueren Version von KneeCare geschrieben")
    assert problem_box(None, "programs", "broken.toml", critical=True).icon() is QMessageBox.Icon.Critical
