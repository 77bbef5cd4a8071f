"""The languages KneeCare speaks: each code with its name written in that language (View > Language lists
these), and the codes a system locale name maps to. Qt-free, so the settings and the CLI can check a code."""

from __future__ import annotations

SOURCE_LANGUAGE = "en"

# Offered languages, code -> its own name. A language joins this list when its catalogue
# (resources/translations/kneecare_<code>.ts) is complete; update.py keeps catalogues for more codes.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "pt_BR": "Português (Brasil)",
    "nl": "Nederlands",
    "pl": "Polski",
    "ja": "日本語",
    "ar": "العربية",
}

# Languages whose catalogue is for one country's variant: a system locale of the bare language uses it.
VARIANTS: dict[str, str] = {"pt": "pt_BR"}


def language_code(locale_name: str) -> str | None:
    """The offered code for a locale or UI-language name ("de-AT", "pt_BR", "ar"), or None."""
    parts = locale_name.replace("-", "_").split("_")
    language = parts[0].lower()
    if len(parts) > 1:
        full = f"{language}_{parts[1].upper()}"
        if full in LANGUAGES:
            return full
    if language in LANGUAGES:
        return language
    variant = VARIANTS.get(language)
    return variant if variant in LANGUAGES else None
