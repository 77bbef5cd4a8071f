"""The self-check says, for each language KneeCare speaks, whether this system has a font for its script
(Latin, Japanese, Arabic), and names a language without one with what to install."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase

from kneecare.selfcheck import _checked, check_fonts

TEN = ("en", "de", "fr", "es", "it", "pt_BR", "nl", "pl", "ja", "ar")


def no_arabic(system: object) -> list[str]:
    """The system's fonts, as if none could write Arabic."""
    if system == QFontDatabase.WritingSystem.Arabic:
        return []
    return QFontDatabase.families(system)  # type: ignore[arg-type]


def test_a_language_whose_script_has_no_font_is_named_with_what_to_install(qapp):
    with pytest.raises(ValueError) as missing:
        check_fonts(no_arabic, TEN)
    said = str(missing.value)
    assert "(ar) has no font for the Arabic script" in said
    assert "apt install fonts-noto-core" in said
    assert "(ja)" not in said and "(de)" not in said  # only the language that lacks one
    result = _checked("fonts", lambda: check_fonts(no_arabic, TEN))
    assert not result.ok and "Arabic" in result.detail


def test_every_script_of_the_ten_languages_has_a_font_here(qapp):
    """.ci/run installs fonts-noto-cjk and fonts-noto-core for Japanese and Arabic."""
    found = check_fonts(None, TEN)
    assert found == "Latin (en de fr es it pt_BR nl pl), Japanese (ja), Arabic (ar)"
    assert check_fonts()  # the languages offered now
