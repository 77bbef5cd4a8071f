"""Filling a translated message: the placeholders may come in any order, a value is never read as a
placeholder, and a placeholder with no value stays as written."""

from __future__ import annotations

from kneecare.core.words import fill


def test_a_translation_may_put_the_values_in_another_order():
    assert fill("%1 of %2 sessions today", 1, 2) == "1 of 2 sessions today"
    assert fill("heute %2, davon %1", 1, 2) == "heute 2, davon 1"


def test_ten_values_and_more_keep_their_own_numbers():
    assert fill("%10 and %1", *range(1, 11)) == "10 and 1"


def test_a_value_that_looks_like_a_placeholder_is_left_as_it_is():
    assert fill("%1 then %2", "%2", "B") == "%2 then B"


def test_a_placeholder_without_a_value_stays():
    assert fill("%1 at %2", "pain") == "pain at %2"
