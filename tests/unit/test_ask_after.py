"""When the quick rating is offered after a session (kneecare.core.ratings.ask_after): only when the
person wants ratings, rated (or was asked) before, and the session has an "after" worth comparing."""

from __future__ import annotations

import pytest

from kneecare.core.ratings import AFTER_MIN_SECONDS, ask_after
from kneecare.core.session import Outcome


def asks(outcome: Outcome, done: float = 300.0, on: bool = True, skipped_before: bool = False) -> bool:
    return ask_after(ratings_on=on, skipped_before=skipped_before, outcome=outcome, done_seconds=done)


def test_a_completed_session_is_asked_about_even_a_short_one():
    assert asks(Outcome.COMPLETED) and asks(Outcome.COMPLETED, done=30.0)


@pytest.mark.parametrize("outcome", [Outcome.SAFETY_STOPPED, Outcome.SKIPPED])
def test_never_after_a_safety_stop_or_a_session_whose_hands_on_steps_were_skipped(outcome):
    assert not asks(outcome, done=600.0)


@pytest.mark.parametrize("outcome", [Outcome.STOPPED, Outcome.INTERRUPTED])
def test_a_session_stopped_in_its_first_minute_is_not_asked_about(outcome):
    assert not asks(outcome, done=AFTER_MIN_SECONDS - 0.1)
    assert asks(outcome, done=AFTER_MIN_SECONDS)


def test_never_when_ratings_are_off_or_the_before_screen_was_skipped():
    assert not asks(Outcome.COMPLETED, on=False)
    assert not asks(Outcome.COMPLETED, skipped_before=True)
