"""Counted texts use Qt's %n plurals: each offered language picks its own form for 1, 2, 5... (German and
English two forms, Polish three, Arabic six, Japanese one), from kneecare_<lang>.qm, with English's forms
from kneecare_en.qm (only the plural entries) where a language has none."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kneecare.i18n import LANGUAGES, Translators, counted
from kneecare.store.exchange import ImportResult
from kneecare.tray import text as tray_text
from kneecare.ui.history.words import days_words, say_import, say_import_counted, sessions_words

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"

# Which of the counts 1, 2, 3, 5, 11, 22, 100 share a plural form, by each language's rules (CLDR, as Qt
# applies them): the groups of counts with one form each.
FORMS = {
    "en": [(1,), (2, 3, 5, 11, 22, 100)],
    "de": [(1,), (2, 3, 5, 11, 22, 100)],
    "nl": [(1,), (2, 3, 5, 11, 22, 100)],
    "es": [(1,), (2, 3, 5, 11, 22, 100)],
    "it": [(1,), (2, 3, 5, 11, 22, 100)],
    "pt_BR": [(1,), (2, 3, 5, 11, 22, 100)],
    "fr": [(1,), (2, 3, 5, 11, 22, 100)],
    "pl": [(1,), (2, 3, 22), (5, 11, 100)],
    "ja": [(1, 2, 3, 5, 11, 22, 100)],
    "ar": [(1,), (2,), (3, 5), (11, 22), (100,)],
}


# Arabic's "many" (11-99) and "other" (100...) forms take the singular noun, spelled like "one" without
# its case ending: only its first three forms (one, two, few) must read differently.
SPELLED_ALIKE_FROM = {"ar": 3}


def _without_digits(text: str) -> str:
    return re.sub(r"[0-9\u0660-\u0669]+", "#", text)


@pytest.fixture
def speaking(qapp):
    translators = Translators(qapp)

    def install(language: str) -> None:
        assert translators.install(language) == language

    yield install
    translators.install("en")


@pytest.mark.parametrize("language", [code for code in FORMS if code in LANGUAGES])
def test_each_language_picks_its_own_plural_form(speaking, language):
    speaking(language)
    for group in FORMS[language]:
        said = {_without_digits(sessions_words(n)) for n in group}
        assert len(said) == 1, (language, group, said)
    firsts = [_without_digits(sessions_words(group[0])) for group in FORMS[language]]
    distinct = firsts[: SPELLED_ALIKE_FROM.get(language, len(firsts))]
    assert len(set(distinct)) == len(distinct), (language, firsts)
    assert all(str(n) in sessions_words(n) for n in (1, 2, 5))


def test_english_says_one_and_many(speaking):
    speaking("en")
    assert [sessions_words(n) for n in (1, 2, 5)] == ["1 session", "2 sessions", "5 sessions"]
    assert days_words(1) == "1 day"
    assert tray_text.sessions(0, 1) == "0 of 1 session today"
    assert tray_text.sessions(1, 2) == "1 of 2 sessions today"
    assert ImportResult(added=1, already=2).words() == "1 session added; 2 were already in your history."
    assert ImportResult(added=2, already=1).words(say_import, say_import_counted) == (
        "2 sessions added; 1 was already in your history."
    )


def test_german_fills_both_forms(speaking):
    speaking("de")
    assert [sessions_words(n) for n in (1, 2, 5)] == ["1 Sitzung", "2 Sitzungen", "5 Sitzungen"]
    assert [days_words(n) for n in (1, 2, 5)] == ["1 Tag", "2 Tage", "5 Tage"]
    assert tray_text.sessions(1, 2) == "1 von 2 Sitzungen heute"
    assert ImportResult(added=1, already=5).words(say_import, say_import_counted) == (
        "1 Sitzung hinzugefügt; 5 waren bereits in Ihrem Verlauf."
    )
    assert counted("history", "Exported %n session(s) to %1.", 1) == "1 Sitzung nach %1 exportiert."


def test_a_counted_text_a_catalogue_lacks_falls_back_to_english_forms(speaking):
    speaking("de")
    assert counted("history", "%n session(s)", 2) == "2 Sitzungen"
    assert counted("nowhere", "%n thing(s)", 2) == "2 thing(s)"  # in no catalogue at all: as written


def _load_update():
    spec = importlib.util.spec_from_file_location("translations_update", TRANSLATIONS / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_plural_list_for_lupdate_is_current_and_english_has_every_form():
    update = _load_update()
    assert update.PLURAL_TEXTS.read_text(encoding="utf-8") == update.plural_catalogue(), (
        "resources/translations/plural_texts.py is stale: run python resources/translations/update.py"
    )
    counted_texts = set(update.counted_texts())
    assert ("history", "%n session(s)") in counted_texts
    root = ET.parse(TRANSLATIONS / "kneecare_en.ts").getroot()
    english = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            forms = [f.text or "" for f in message.iter("numerusform")]
            english[(context.findtext("name"), message.findtext("source"))] = forms
    assert set(english) == counted_texts
    for key, forms in english.items():
        assert len(forms) == 2 and all(forms) and "(s)" not in "".join(forms), key
