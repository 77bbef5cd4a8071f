"""Translations: picks the language (the setting, else the system's), installs Qt's and KneeCare's
translators (resources/translations/kneecare_<lang>.qm), and marks strings for lupdate."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kneecare.assets import resource

log = logging.getLogger(__name__)

# The languages KneeCare speaks: code -> its name in that language (the settings list shows these).
LANGUAGES = {"en": "English", "de": "Deutsch"}
SOURCE_LANGUAGE = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate under `context`; translate it where it is shown."""
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
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


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
        if language == SOURCE_LANGUAGE:
            return language
        qt = QTranslator(self.app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
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
        log.info("language: %s", language)
        return language
