"""Translations: picks the language (the setting, else the system's), installs Qt's and KneeCare's
translators (resources/translations/kneecare_<lang>.qm), and marks strings for lupdate."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from kneecare.assets import resource
from kneecare.core.languages import LANGUAGES as LANGUAGES
from kneecare.core.languages import SOURCE_LANGUAGE as SOURCE_LANGUAGE
from kneecare.core.languages import language_code
from kneecare.core.protocol import Program

log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate under `context`; translate it where it is shown."""
    return text


def QT_TRANSLATE_N_NOOP(context: str, text: str) -> str:
    """Marks a counted `text` (with %n) for update.py's plural list; say it with `counted`."""
    return text


def translations_dir() -> Path:
    return resource("translations")


def catalogue(language: str) -> Path:
    return translations_dir() / f"kneecare_{language}.qm"


def choose_language(setting: str | None, system: QLocale | None = None) -> str:
    """The setting when KneeCare speaks it, else the first of the system's UI languages it speaks, else
    English."""
    if setting in LANGUAGES:
        return setting
    locale = system or QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        code = language_code(name)
        if code is not None:
            return code
    return SOURCE_LANGUAGE


_english: list[QTranslator] = []


def english_plurals() -> QTranslator:
    """The source language's plural forms (kneecare_en.qm: only the %n entries), loaded once; used where
    no installed translator has a counted text, so English (and any missing entry) says "1 session"."""
    if not _english:
        translator = QTranslator()
        if not translator.load(str(catalogue(SOURCE_LANGUAGE))):
            log.warning("no English plural forms at %s", catalogue(SOURCE_LANGUAGE))
        _english.append(translator)
    return _english[0]


def counted(context: str, text: str, n: int, translator: QTranslator | None = None) -> str:
    """A text with a count (%n) in the plural form the language's rules pick for `n`: from the installed
    translators, or from `translator` when given (a report in another language), else in English.
    update.py lists every `counted("context", "text", ...)` call for pyside6-lupdate (plural_texts.py)."""
    plain = text.replace("%n", str(n))
    if translator is None:
        said = QCoreApplication.translate(context, text, None, n)
        if said != plain:
            return said
    else:
        found = translator.translate(context, text, None, n)
        if found:
            return found.replace("%n", str(n))
    english = english_plurals().translate(context, text, None, n)
    return english.replace("%n", str(n)) if english else plain


def layout_direction(language: str) -> Qt.LayoutDirection:
    """Right to left for a language written so (Arabic), else left to right."""
    return QLocale(language).textDirection()


class Translators:
    """Installs the translators for one language and swaps them when the language changes."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = SOURCE_LANGUAGE
        self._installed: list[QTranslator] = []

    def install(self, setting: str | None) -> str:
        """Installs the chosen language (see `choose_language`); returns its code. Widgets built after this
        speak it; the ones already shown keep their words until they are rebuilt (the app says so)."""
        language = choose_language(setting)
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        self.language = language
        QLocale.setDefault(QLocale(language))
        if isinstance(self.app, QGuiApplication):  # the whole window mirrors in Arabic (not the leg diagram)
            QGuiApplication.setLayoutDirection(layout_direction(language))
        if language == SOURCE_LANGUAGE:
            return language
        from PySide6.QtCore import QLibraryInfo  # only for a translation: English needs none

        qt = QTranslator(self.app)
        qt_words = qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        if qt_words:  # Qt's own words (a standard button's Cancel, a file dialog's)
            self._installed.append(qt)
        ours = QTranslator(self.app)
        if ours.load(str(catalogue(language))):
            self._installed.append(ours)
        else:
            log.warning(
                "no translation file for %s at %s; the window stays in English", language, catalogue(language)
            )
        for translator in self._installed:
            self.app.installTranslator(translator)
        qt_name = f"qtbase_{language}" if qt_words else "missing"
        log.info("language: %s (Qt's own words %s)", language, qt_name)
        return language


# -- program texts ---------------------------------------------------------------------------------
# The words of the programs (resources/programs/*.toml) are translated under this context; update.py
# lists them for lupdate in resources/translations/program_texts.py.
PROGRAM_CONTEXT = "programs"
PROGRAM_FIELDS = ("name", "purpose", "safety_note")
STEP_FIELDS = ("title", "instruction", "release_title", "release_instruction")


def program_texts(programs: Iterable[Program]) -> list[str]:
    """Every translatable text of the programs, once each, in the order they appear."""
    found: dict[str, None] = {}
    for program in programs:
        for value in [getattr(program, f) for f in PROGRAM_FIELDS] + [
            getattr(step, f) for step in program.steps for f in STEP_FIELDS
        ]:
            if type(value) is str and value:
                found[value] = None
    return list(found)


def translate_program(program: Program) -> Program:
    """The program in the installed language: each text through the "programs" catalogue (a text with no
    translation stays as written). The {knee} placeholder is kept for the plan to fill."""

    def tr(value: str | None) -> str | None:
        return QCoreApplication.translate(PROGRAM_CONTEXT, value) if value else value

    def fields(obj: object, names: tuple[str, ...]) -> dict[str, Any]:
        return {n: tr(getattr(obj, n)) for n in names if type(getattr(obj, n)) is str}

    steps = tuple(replace(step, **fields(step, STEP_FIELDS)) for step in program.steps)
    return replace(program, steps=steps, **fields(program, PROGRAM_FIELDS))
