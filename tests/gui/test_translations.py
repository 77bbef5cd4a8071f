"""KneeCare in German: every translation file is complete (no unfinished entry, the same %1 placeholders
and Alt+letter keys that do not clash), up to date with the sources and compiled; the language follows the
setting, else the system; and a window built in German speaks German."""

from __future__ import annotations

import html
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator

from kneecare.core.plan import KneeChoice, PlanOptions, build_plan
from kneecare.core.protocol import PRESSING_KINDS, StepKind, movement_choices
from kneecare.core.safety import PRESSURE_REMINDER, DueReason, about_safety, reminds_firm_not_painful
from kneecare.core.schedule import Reminder
from kneecare.i18n import LANGUAGES, Translators, choose_language, program_texts, translate_program
from kneecare.settings import Settings, SettingsError
from kneecare.tray import text as tray_text
from kneecare.tray.prompt import ReminderPrompt
from kneecare.ui import text
from kneecare.ui.ratings import RatingDialog
from kneecare.ui.safety_page import SafetyPage
from kneecare.ui.screening import SafetyDialog
from kneecare.ui.shortcuts_help import key_rows
from kneecare.ui.text import plan_words
from tests.gui.test_session_view import make_window

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
UPDATE = TRANSLATIONS / "update.py"
PLACEHOLDER = re.compile(r"%\d+|\{[a-z_]*\}")

Entry = tuple[str, str, str | None, str | None]  # context, source, translation, its type


def entries(ts: Path) -> list[Entry]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            source, kind = message.findtext("source") or "", translation.get("type")
            if message.get("numerus") == "yes":  # a counted text (%n): each plural form is checked alone
                found.extend((name, source, form.text, kind) for form in translation.iter("numerusform"))
                continue
            found.append((name, source, translation.text, kind))
    return found


def catalogues() -> list[Path]:
    """The catalogues of the offered languages (kneecare/core/languages.py), which must be complete."""
    return sorted(TRANSLATIONS / f"kneecare_{code}.ts" for code in LANGUAGES if code != "en")


def test_there_is_a_catalogue_for_every_language_but_the_source():
    kept = {p.stem.removeprefix("kneecare_") for p in TRANSLATIONS.glob("kneecare_*.ts")}
    update = importlib.util.spec_from_file_location("update", UPDATE)
    assert update is not None and update.loader is not None
    module = importlib.util.module_from_spec(update)
    update.loader.exec_module(module)
    assert kept == set(module.LANGUAGES)
    assert set(LANGUAGES) - {"en"} <= kept


@pytest.mark.parametrize("ts", catalogues(), ids=lambda p: p.stem)
def test_every_entry_is_finished_and_keeps_its_placeholders(ts):
    problems = []
    for context, source, translation, kind in entries(ts):
        where = f"{context}: {source!r}"
        if kind is not None or not translation:
            problems.append(f"{where} is {kind or 'empty'}")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            problems.append(f"{where}: placeholders differ in {translation!r}")
        if ("&" in source.replace("&&", "")) != ("&" in translation.replace("&&", "")):
            problems.append(f"{where}: the Alt+letter marker is lost or added in {translation!r}")
    assert problems == []


@pytest.mark.parametrize("ts", catalogues(), ids=lambda p: p.stem)
def test_the_menu_bar_keys_do_not_clash(ts):
    by_source = {(c, s): t or "" for c, s, t, _ in entries(ts)}
    bar = [by_source[("MainWindow", s)] for s in ("&File", "&View", "&Safety", "&Help")]
    letters = [t[t.index("&") + 1].lower() for t in bar]
    assert len(set(letters)) == len(letters), bar


def test_the_catalogues_hold_every_string_of_the_sources_and_the_compiled_files_are_current(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists() and shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    copy = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS, copy)
    before = {p.name: entries(p) for p in copy.glob("*.ts")}
    subprocess.run([sys.executable, str(UPDATE), "--into", str(copy)], check=True, capture_output=True)
    for name, old in before.items():
        new = entries(copy / name)
        assert new == old, f"{name} is out of date: run python resources/translations/update.py"
        assert (copy / name).with_suffix(".qm").read_bytes() == (TRANSLATIONS / name).with_suffix(
            ".qm"
        ).read_bytes(), (
            f"{name}: the .qm is stale; run python resources/translations/update.py --release-only"
        )


def test_the_language_follows_the_setting_else_the_system():
    assert choose_language("de", QLocale("en_GB")) == "de"
    assert choose_language(None, QLocale("de_AT")) == "de"
    assert choose_language(None, QLocale("sv_SE")) == "en"  # a language KneeCare does not speak
    assert choose_language(None, QLocale("fr_CA")) == "fr"
    assert choose_language(None, QLocale("pt_PT")) == "pt_BR"  # the one Portuguese there is
    assert choose_language(None, QLocale("ar_MA")) == "ar"
    assert choose_language("xx", QLocale("de_DE")) == "de"  # an unknown setting falls back to the system
    assert Settings(language="de").validate().language == "de"
    with pytest.raises(SettingsError, match="language"):
        Settings(language="klingon").validate()


def test_a_window_built_in_german_speaks_german(german, qtbot, clock, programs):
    window = make_window(qtbot, clock, programs, program_id="daily", knees="both")
    assert window.start_button.text() == "Starten"
    assert window.start_button.accessibleName() == "Sitzung starten"
    assert [a.text() for a in window.menuBar().actions()] == ["&Datei", "&Ansicht", "&Sicherheit", "&Hilfe"]
    assert window.view.where_label.text() == "Bereit, wenn Sie es sind"
    assert window.view.ring.accessibleDescription() == "7:50 insgesamt"
    window.controller.load(window.build_plan())
    window.controller.start()
    assert window.view.where_label.text() == "Linkes Knie · Schritt 1 von 7"
    assert window.start_button.text() == "Pause"
    rows = {row.what for row in key_rows(window)}
    assert "Die Sitzung beenden" in rows


def test_back_in_english_after_the_german_translator_is_removed(qapp, qtbot, clock, programs):
    translators = Translators(qapp)
    translators.install("de")
    translators.install("en")
    window = make_window(qtbot, clock, programs)
    assert window.start_button.text() == "Start"


def load_update_script():
    spec = importlib.util.spec_from_file_location("translations_update", UPDATE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_program_texts_list_for_lupdate_is_current():
    update = load_update_script()
    assert update.PROGRAM_TEXTS.read_text(encoding="utf-8") == update.program_catalogue(), (
        "resources/translations/program_texts.py is stale: run python resources/translations/update.py"
    )


def test_a_program_is_shown_in_the_language_its_translation_gives(qapp, tmp_path, programs):
    """A translator's catalogue for the "programs" context turns the daily program's words German, keeps
    {knee} for the plan, and leaves a text with no translation as written."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    daily = programs["daily"]
    settle = daily.steps[0]
    ts = tmp_path / "programs_de.ts"
    message = "<message><source>{}</source><translation>{}</translation></message>"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de_DE">'
        "<context><name>programs</name>"
        + message.format("Daily", "Täglich")
        + message.format(settle.title, "Ankommen")
        + message.format(
            html.escape(settle.instruction), "Setzen Sie sich und beugen Sie das {knee} Knie leicht."
        )
        + "</context></TS>",
        encoding="utf-8",
    )
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "p.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "p.qm"))
    qapp.installTranslator(translator)
    try:
        german = translate_program(daily)
    finally:
        qapp.removeTranslator(translator)
    assert (german.id, german.name, german.steps[0].title) == ("daily", "Täglich", "Ankommen")
    assert "{knee}" in german.steps[0].instruction
    assert german.steps[1].title == daily.steps[1].title  # not translated yet: as written
    assert german.purpose == daily.purpose
    assert settle.title in program_texts([daily]) and daily.name in program_texts([daily])


def test_a_german_session_fills_the_knee_and_keeps_every_safety_reminder_in_german(german, programs):
    words = plan_words()
    assert (words.left, words.right) == ("linke", "rechte")
    for program in programs.values():
        german_program = translate_program(program)
        for step in german_program.steps:
            if step.kind in PRESSING_KINDS:  # the German program text itself says it, not only the plan
                assert reminds_firm_not_painful(step.instruction, words.firm, words.never_painful), (
                    program.source,
                    step.instruction,
                )
        for knees in (KneeChoice.BOTH, KneeChoice.LEFT):
            options = PlanOptions(
                knees=knees, movement_minutes=movement_choices(program)[0], warm_compress=True, words=words
            )
            plan = build_plan(german_program, options)
            for phase in plan.phases:
                assert "{" not in phase.instruction, (program.id, phase.instruction)
                assert PRESSURE_REMINDER not in phase.instruction, (program.id, phase.instruction)
                if phase.step_kind in PRESSING_KINDS and not phase.is_release:
                    assert reminds_firm_not_painful(phase.instruction, words.firm, words.never_painful)
                    assert "Fest, aber nie schmerzhaft." not in phase.instruction  # said in a sentence
    compress = build_plan(
        translate_program(programs["daily"]),
        PlanOptions(knees=KneeChoice.LEFT, warm_compress=True, words=words),
    ).phases[0]
    assert (compress.title, text.where(compress)) == ("Warme Kompresse", "Vor dem ersten Knie")
    assert "hinter das linke Knie" in compress.instruction
    daily = build_plan(translate_program(programs["daily"]), PlanOptions(knees=KneeChoice.LEFT, words=words))
    assert daily.phases[0].instruction.startswith("Setzen Sie sich und beugen Sie das linke Knie")


def test_a_german_pressure_step_that_lacks_the_reminder_gets_it_in_german(german, programs):
    daily = translate_program(programs["daily"])
    steps = tuple(
        replace(s, instruction="Drücken Sie mit den Daumen in die Mulde.")
        if s.kind is StepKind.PRESSURE
        else s
        for s in daily.steps
    )
    plan = build_plan(replace(daily, steps=steps), PlanOptions(knees=KneeChoice.RIGHT, words=plan_words()))
    phase = next(p for p in plan.phases if p.step_kind is StepKind.PRESSURE)
    assert phase.instruction == "Drücken Sie mit den Daumen in die Mulde. Fest, aber nie schmerzhaft."


def test_the_safety_texts_list_for_lupdate_is_current():
    update = load_update_script()
    assert update.SAFETY_TEXTS.read_text(encoding="utf-8") == update.safety_catalogue(), (
        "resources/translations/safety_texts.py is stale: run python resources/translations/update.py"
    )


def test_the_safety_page_in_german_says_every_warning_in_german(german, qtbot):
    page = SafetyPage(interval_days=30)
    qtbot.addWidget(page)
    text = page.text()
    assert page.windowTitle() == "Zur Sicherheit · KneeCare"
    assert "Wann Sie es lassen sollten" in text
    assert "Ein Blutgerinnsel in einer Beinvene (TVT)" in text
    assert "rufen Sie sofort Ihre örtliche Notrufnummer an" in text
    assert "alle 30 Tage erneut" in text
    english = {s.heading for s in about_safety()} | {p for s in about_safety() for p in s.paragraphs}
    assert not any(sentence in text for sentence in english)


def test_the_safety_questions_in_german_ask_and_warn_in_german(german, qtbot):
    dialog = SafetyDialog()
    qtbot.addWidget(dialog)
    dialog.show_intro(DueReason.FIRST, 90)
    assert dialog.intro_page.heading.text() == "Willkommen bei KneeCare"
    assert "beantworten Sie vor Ihrer ersten Sitzung 6 kurze Ja-Nein-Fragen" in dialog.intro_text.text()
    assert dialog.begin_button.text() == "&Beginnen"
    assert dialog.topics_label.text().splitlines()[-1] == "•  Schwangerschaft"
    dialog.start_questions()
    assert dialog.progress_label.text() == "Frage 1 von 6"
    assert dialog.question_label.text().startswith("Haben Sie eine tiefe Venenthrombose (TVT)")
    assert (dialog.yes_button.text(), dialog.no_button.text()) == ("&Ja", "&Nein")
    dialog.show_daily()  # each screen is built when first shown
    assert dialog.daily_question.text().startswith("Ist eines Ihrer Beine im Moment geschwollen")
    dialog.show_red_flag()
    assert dialog.red_flag_advice.text().endswith("dass Massage in Ordnung ist.")
    # The follow-up while a leg is on hold: its buttons' letters are German (J/N), and J, Y and N all work.
    dialog.show_follow_up()
    assert dialog.follow_up_question.text().endswith("Ist es jetzt wieder normal?")
    assert dialog.follow_up_yes.text() == "&Ja, es ist wieder normal"
    assert dialog.follow_up_no.text() == "&Nein, noch nicht"
    assert dialog.follow_up_professional.text() == "Eine &Fachperson sagt, es ist in Ordnung"
    answers: list[str] = []
    dialog.followUpAnswered.connect(answers.append)
    dialog.show_follow_up()
    for key in (Qt.Key.Key_J, Qt.Key.Key_N, Qt.Key.Key_Y):
        qtbot.keyClick(dialog, key)
    assert answers == ["back_to_normal", "", "back_to_normal"]
    dialog.show_still_held()
    assert dialog.still_held_text.text().startswith("Ein Bein, das noch geschwollen")


def test_a_reminder_and_the_tray_tooltip_in_german(german):
    berlin = ZoneInfo("Europe/Berlin")
    now = datetime(2026, 11, 26, 10, 0, tzinfo=berlin)  # a Thursday
    late = Reminder(datetime(2026, 11, 26, 9, 0, tzinfo=berlin), now, late=True, done_today=0, goal=2)
    title, body = tray_text.reminder_message(late, "Täglich", 8, now)
    assert title == "Zeit für Ihre Knie"
    assert body == (
        "Diese Erinnerung war um 09:00 fällig, als der Computer im Ruhezustand oder aus war. "
        "Täglich: etwa 8 Minuten, im Sitzen. 0 von 2 Sitzungen heute."
    )
    monday = datetime(2026, 11, 30, 9, 0, tzinfo=berlin)
    assert (
        tray_text.tooltip(monday, 1, 1, now)
        == "KneeCare\nNächste Erinnerung: Mo. 09:00\n1 von 1 Sitzung heute"
    )


def test_the_reminder_buttons_and_the_reminder_window_in_german(german, qtbot):
    """The buttons of a notification and of the reminder window, and the movement nudge, were English in
    every language."""
    assert tray_text.reminder_buttons() == ("Jetzt starten", "Später erinnern")
    assert tray_text.notice_buttons() == ("KneeCare öffnen", "Schließen")
    title, body = tray_text.nudge_message()  # the movement nudge was English in every language too
    assert title == "Zeit für Bewegung" and "„Jetzt starten“" in body
    prompt = ReminderPrompt()
    qtbot.addWidget(prompt)
    prompt.show_reminder("Zeit für Ihre Knie", "Täglich")
    assert prompt.windowTitle() == "KneeCare-Erinnerung"
    assert (prompt.start_button.text(), prompt.snooze_button.text()) == ("Jetzt starten", "Später erinnern")
    prompt.hide()


def test_the_rating_dialog_asks_in_german(german, qtbot):
    dialog = RatingDialog("before")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Wie geht es Ihren Knien?"
    assert dialog.save_button.text() == "Speichern und starten"
    assert dialog.sliders["pain"].accessibleName() == "Schmerz, 0 gar nicht bis 10 am stärksten"
    assert dialog.values["pain"].text() == "ohne Bewertung"


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_every_pressing_step_says_firm_but_never_painful_in_every_language(qapp, programs, language):
    """The article, step 4: "increase to a comfortable firm pressure (not painful)". Every translated
    pressing step says it in its own language's words (the plan's "firm" and "never painful" lists) in
    the program's own text, and the plan keeps it; no
    English reminder is pasted into a translated plan, and no {placeholder} is left unfilled."""
    translators = Translators(qapp)
    assert translators.install(language) == language
    try:
        words = plan_words()
        assert words.firm and words.never_painful
        for program in programs.values():
            translated = translate_program(program)
            for step in translated.steps:  # the translation itself says it, not only the plan's addition
                if step.kind in PRESSING_KINDS:
                    assert reminds_firm_not_painful(step.instruction, words.firm, words.never_painful), (
                        language,
                        program.source,
                        step.instruction,
                    )
            for knees in (KneeChoice.BOTH, KneeChoice.RIGHT):
                options = PlanOptions(
                    knees=knees,
                    movement_minutes=movement_choices(program)[0],
                    warm_compress=True,
                    words=words,
                )
                for phase in build_plan(translated, options).phases:
                    assert "{" not in phase.instruction, (language, program.id, phase.instruction)
                    assert PRESSURE_REMINDER not in phase.instruction, (language, phase.instruction)
                    if phase.step_kind in PRESSING_KINDS and not phase.is_release:
                        assert reminds_firm_not_painful(phase.instruction, words.firm, words.never_painful), (
                            language,
                            program.id,
                            phase.instruction,
                        )
    finally:
        translators.install("en")
