"""Issue 17: every language's safety texts were checked the way clinical questionnaires are translated.
Each offered language has resources/translations/review/<lang>.csv with one row per safety entry of its
catalogue: the source, the catalogue's current translation, an independent back-translation into English,
and a note where the meaning differed and how the translation was mended."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kneecare.core.languages import LANGUAGES

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _review_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("safety_review", TRANSLATIONS / "safety_review.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["safety_review"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


review = _review_module()
OTHERS = [code for code in LANGUAGES if code != "en"]


def words(text: str) -> int:
    return len(text.split())


@pytest.mark.parametrize("language", OTHERS)
def test_every_safety_text_has_its_reviewed_row(language):
    rows = review.read_review(review.review_file(language))
    catalogue = review.safety_entries(TRANSLATIONS / f"kneecare_{language}.ts")
    assert [(r.context, r.source) for r in rows] == [(e.context, e.source) for e in catalogue]
    stale = [r.source for r, e in zip(rows, catalogue, strict=True) if r.translation != e.translation]
    assert stale == [], f"{language}: the review file's translation differs from the catalogue's"
    assert [r.source for r in rows if not r.back_translation.strip()] == []


@pytest.mark.parametrize("language", OTHERS)
def test_the_back_translation_is_not_the_source_or_the_translation_copied(language):
    rows = review.read_review(review.review_file(language))
    long_rows = [r for r in rows if words(r.source) > 5]
    same = [r.source for r in long_rows if r.back_translation.strip() == r.source.strip()]
    assert len(same) <= len(long_rows) // 2, f"{language}: {len(same)} of {len(long_rows)} long rows copied"
    copied = [r.source for r in long_rows if r.back_translation.strip() == r.translation.strip() != r.source]
    assert copied == []


def test_the_safety_texts_include_the_screening_the_daily_question_the_stop_and_firm_not_painful():
    """The review covers what the issue names: the screening questions, reasons and advice, the daily
    question and its follow-up, the in-session stop, "firm but never painful" and About safety."""
    catalogue = review.safety_entries(TRANSLATIONS / "kneecare_de.ts")
    sources = " ".join(e.source for e in catalogue)
    for must in (
        "Are you pregnant?",
        "Is either of your legs swollen, warm, red or painful at the moment?",
        "How is your leg now?",
        "It hurts / numb / tingling",
        "firm but never painful",
        "When not to do this",
    ):
        assert must in sources, must
