"""Choosing the voice that reads the steps (kneecare/core/voices.py): a voice of the steps' language, the
likeliest first, or none; never a voice of another language. The voice lists are the ones speech-dispatcher
with espeak-ng reports through Qt (names and locales as Qt writes them), cut down."""

from __future__ import annotations

import pytest

from kneecare.core.voices import VoiceInfo, choose_voice, split_locale, voices_for

# As QTextToSpeech("speechd") lists them with espeak-ng: Qt files both Portuguese voices under pt_BR and
# the Caribbean English voice under en_US; the engine's own default voice has the locale "C".
ESPEAK = [
    VoiceInfo("Bishnupriya Manipuri", "C"),
    VoiceInfo("Arabic", "ar_EG"),
    VoiceInfo("German+Adam", "de_DE"),
    VoiceInfo("German", "de_DE"),
    VoiceInfo("English (Caribbean)", "en_US"),
    VoiceInfo("English (Caribbean)+Alex", "en_US"),
    VoiceInfo("English (Great Britain)", "en_GB"),
    VoiceInfo("English (Scotland)", "en_GB"),
    VoiceInfo("English (America)", "en_US"),
    VoiceInfo("Spanish (Latin America)", "es_419"),
    VoiceInfo("Spanish (Spain)", "es_ES"),
    VoiceInfo("French (Belgium)", "fr_BE"),
    VoiceInfo("French (Switzerland)", "fr_CH"),
    VoiceInfo("French (France)", "fr_FR"),
    VoiceInfo("Italian", "it_IT"),
    VoiceInfo("Japanese", "ja_JP"),
    VoiceInfo("Dutch", "nl_NL"),
    VoiceInfo("Polish", "pl_PL"),
    VoiceInfo("Portuguese (Portugal)", "pt_BR"),
    VoiceInfo("Portuguese (Brazil)", "pt_BR"),
    VoiceInfo("Portuguese (Brazil)+Adam", "pt_BR"),
]

# Each offered language, and the voice that should read it from the list above.
EXPECTED = {
    "en": "English (America)",
    "de": "German",
    "fr": "French (France)",
    "es": "Spanish (Spain)",
    "it": "Italian",
    "pt_BR": "Portuguese (Brazil)",
    "nl": "Dutch",
    "pl": "Polish",
    "ja": "Japanese",
    "ar": "Arabic",
}


@pytest.mark.parametrize("language", list(EXPECTED))
def test_each_language_is_read_by_a_voice_of_that_language(language):
    fitting = voices_for(language, ESPEAK)
    assert fitting[0].name == EXPECTED[language]
    assert all(split_locale(v.locale)[0] == split_locale(language)[0] for v in fitting)
    assert choose_voice(language, ESPEAK, default=ESPEAK[0]).name == EXPECTED[language]  # not "C"'s


def test_brazilian_portuguese_prefers_the_voice_named_for_brazil_though_qt_files_both_under_pt_br():
    names = [v.name for v in voices_for("pt_BR", ESPEAK)]
    assert names == ["Portuguese (Brazil)", "Portuguese (Brazil)+Adam", "Portuguese (Portugal)"]


def test_regional_voices_and_variants_come_after_the_plain_ones():
    assert [v.name for v in voices_for("de", ESPEAK)] == ["German", "German+Adam"]
    french = [v.name for v in voices_for("fr", ESPEAK)]
    assert french[0] == "French (France)" and set(french[1:]) == {"French (Belgium)", "French (Switzerland)"}
    english = [v.name for v in voices_for("en", ESPEAK)]
    assert english[:2] == ["English (America)", "English (Great Britain)"]
    assert english.index("English (Caribbean)") > 1
    assert english.index("English (Caribbean)+Alex") > english.index("English (Caribbean)")


def test_the_system_s_own_region_comes_first_when_the_system_speaks_that_language():
    assert voices_for("en", ESPEAK, system="en_GB")[0].name == "English (Great Britain)"
    assert voices_for("en", ESPEAK, system="de_DE")[0].name == "English (America)"
    assert voices_for("fr", ESPEAK, system="fr_BE")[0].name == "French (Belgium)"


def test_with_no_voice_for_the_language_there_is_none_never_another_language_s():
    without_japanese = [v for v in ESPEAK if v.name != "Japanese"]
    assert voices_for("ja", without_japanese) == []
    assert choose_voice("ja", without_japanese, default=VoiceInfo("English (America)", "en_US")) is None
    assert choose_voice("ja", without_japanese, chosen="English (America)") is None
    assert choose_voice("de", []) is None


def test_a_chosen_voice_is_kept_only_when_it_reads_the_language():
    assert choose_voice("en", ESPEAK, chosen="English (Scotland)").name == "English (Scotland)"
    # chosen while KneeCare spoke English; now the steps are German: a German voice reads them
    assert choose_voice("de", ESPEAK, chosen="English (Scotland)").name == "German"
    assert choose_voice("de", ESPEAK, chosen="German+Adam").name == "German+Adam"
    assert choose_voice("de", ESPEAK, chosen="No such voice").name == "German"


def test_the_engine_s_default_voice_is_kept_when_it_reads_the_language():
    anne = VoiceInfo("Anne", "en_GB")
    voices = [VoiceInfo("Charly", "en_US"), anne, VoiceInfo("Kari", "fi_FI")]
    assert choose_voice("en", voices, default=anne) == anne
    assert choose_voice("fi", voices, default=anne).name == "Kari"


@pytest.mark.parametrize(
    ("code", "split"),
    [
        ("pt_BR", ("pt", "BR")),
        ("pt-BR", ("pt", "BR")),
        ("de", ("de", None)),
        ("de-Latn-DE", ("de", "DE")),
        ("es_419", ("es", "419")),
        ("C", ("c", None)),
    ],
)
def test_locale_codes_split_into_language_and_region(code, split):
    assert split_locale(code) == split
