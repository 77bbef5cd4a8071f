"""Which speech voice reads the steps: only a voice of the steps' own language, the likeliest first, or none
(then nothing is read aloud). Qt-free: the cue helper hands it the engine's voices as names and locales."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# How speech engines name a region in a voice's name (espeak-ng through speech-dispatcher: "English
# (America)", "Portuguese (Brazil)"); Qt files both Portuguese voices under pt_BR, so the name decides.
REGION_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("America", "United States"),
    "GB": ("Great Britain", "United Kingdom"),
    "BR": ("Brazil", "Brasil"),
    "PT": ("Portugal",),
    "FR": ("France",),
    "BE": ("Belgium", "Belgique"),
    "CH": ("Switzerland", "Suisse", "Schweiz"),
    "419": ("Latin America", "Latinoamérica"),
    "ES": ("Spain", "España"),
    "DE": ("Germany", "Deutschland"),
    "NL": ("Netherlands", "Nederland"),
}

# The regions a language's voice is likeliest right from when neither our code nor the system names one.
DEFAULT_REGIONS: dict[str, tuple[str, ...]] = {
    "en": ("US", "GB"),
    "pt": ("BR", "PT"),
    "fr": ("FR",),
    "es": ("ES",),
    "de": ("DE",),
    "nl": ("NL",),
}


@dataclass(frozen=True, slots=True)
class VoiceInfo:
    """One voice of the engine: its name and its locale as Qt writes it ("de_DE", "pt_BR", "C")."""

    name: str
    locale: str


def split_locale(code: str) -> tuple[str, str | None]:
    """A language code or locale name as (language, region): "pt_BR" and "pt-BR" -> ("pt", "BR"),
    "de" -> ("de", None), "es_419" -> ("es", "419"), "C" -> ("c", None)."""
    parts = code.replace("-", "_").split("_")
    language = parts[0].lower()
    region = next((p.upper() for p in parts[1:] if len(p) in (2, 3)), None)  # not a script ("Latn")
    return language, region


def speaks(voice: VoiceInfo, language: str) -> bool:
    """Whether `voice` reads `language` (our code: "de", "pt_BR"): the same language, any region."""
    return split_locale(voice.locale)[0] == split_locale(language)[0]


def voices_for(language: str, voices: Sequence[VoiceInfo], system: str | None = None) -> list[VoiceInfo]:
    """The voices that read `language` (our code), the likeliest first: the region our code names (pt_BR:
    Brazil), else the system's region when the system speaks that language, else the language's usual ones;
    voices whose name says it is another region's come after; plain voices before their variants ("+")."""
    wanted_language, wanted_region = split_locale(language)
    regions: list[str] = [wanted_region] if wanted_region else []
    if system is not None:
        system_language, system_region = split_locale(system)
        if system_language == wanted_language and system_region and system_region not in regions:
            regions.append(system_region)
    regions += [r for r in DEFAULT_REGIONS.get(wanted_language, ()) if r not in regions]

    def rank(voice: VoiceInfo) -> tuple[bool, int, bool]:
        named = [i for i, r in enumerate(regions) if any(n in voice.name for n in REGION_NAMES.get(r, ()))]
        other_region = "(" in voice.name and not named  # "Portuguese (Portugal)" when Brazil is wanted
        region = split_locale(voice.locale)[1]
        by_locale = regions.index(region) if region in regions else len(regions)
        place = min(named) if named else by_locale
        return other_region, place, "+" in voice.name

    return sorted((v for v in voices if speaks(v, language)), key=rank)


def choose_voice(
    language: str,
    voices: Sequence[VoiceInfo],
    *,
    chosen: str | None = None,
    default: VoiceInfo | None = None,
    system: str | None = None,
) -> VoiceInfo | None:
    """The voice to read `language` with: the person's `chosen` one when it reads that language, else the
    engine's `default` when it does, else the likeliest (see `voices_for`); None when no voice reads it:
    then nothing is read aloud (never a voice of another language reading these words)."""
    fitting = voices_for(language, voices, system)
    if chosen is not None:
        mine = next((v for v in fitting if v.name == chosen), None)
        if mine is not None:
            return mine
    if default is not None and speaks(default, language) and default in fitting:
        return default
    return fitting[0] if fitting else None
