"""The history's sentence about the ratings, in words (kneecare.ui.history.words, translated through Qt):
how the average moved after a session, rounded as shown, and what it says with nothing rated yet."""

from __future__ import annotations

from datetime import date

from kneecare.core.stats import RatedSession, Rating, RatingChange, rating_change
from kneecare.ui.history.words import change_sentence


def rated(day: int, before: Rating | None, after: Rating | None) -> RatedSession:
    return RatedSession(date(2026, 11, day), before, after)


def test_the_sentence_says_how_much_tension_dropped_after_a_session_on_average():
    sessions = [
        rated(1, Rating(tension=7, pain=3), Rating(tension=4, pain=3)),
        rated(2, Rating(tension=6, pain=4), Rating(tension=5, pain=2)),
        rated(3, Rating(tension=8), Rating(tension=6)),  # no pain rated: counts for tension only
        rated(4, Rating(tension=9), None),  # only before: not a pair
        rated(5, None, Rating(tension=1)),
        rated(6, Rating(tension=5, pain=1), Rating(tension=3, pain=1)),
        rated(7, Rating(tension=5), Rating(tension=4)),
    ]
    tension = rating_change(sessions, "tension")
    pain = rating_change(sessions, "pain")
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
