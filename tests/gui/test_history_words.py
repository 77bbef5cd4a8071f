"""The history's sentence about the ratings, in words (kneecare.ui.history.words, translated through Qt):
how the average moved after a session, rounded as shown, and what it says with nothing rated yet."""

from __future__ import annotations

from kneecare.core.stats import RatingChange
from kneecare.ui.history.words import change_sentence


def test_the_sentence_says_how_much_tension_dropped_after_a_session_on_average():
    # The two changes tests/unit/test_stats.py computes from its seven sessions (pain rated in three).
    tension = RatingChange("tension", 5, 6.2, 4.4)
    pain = RatingChange("pain", 3, 8 / 3, 2.0)
    assert change_sentence([tension]) == (
        "On average your tension rating dropped 1.8 points after a session"
        " (5 sessions rated before and after)."
    )
    assert change_sentence([tension, pain, None]) == (
        "On average your tension rating dropped 1.8 points after a session and your pain rating dropped"
        " 0.7 points (5 sessions rated before and after)."
    )


def test_the_sentence_says_so_when_a_rating_rose_or_stayed_the_same_or_nothing_was_rated():
    rose = RatingChange("pain", 1, 2.0, 3.0)
    same = RatingChange("swelling", 2, 2.0, 2.04)
    drop = RatingChange("tension", 10, 6.0, 3.9)
    assert change_sentence([drop, rose, same]) == (
        "On average your tension rating dropped 2.1 points after a session, your pain rating rose 1.0 points"
        " and your swelling rating stayed about the same (10 sessions rated before and after)."
    )
    assert change_sentence([RatingChange("tension", 1, 5, 4)]).endswith("(1 session rated before and after).")
    assert change_sentence([None, None]).startswith("Rate how your knees feel before and after")
