"""When the quick rating is offered after a session: only when it has something to compare and would
not nag (the rating screen itself is in kneecare/ui/ratings.py)."""

from __future__ import annotations

from kneecare.core.session import Outcome

AFTER_MIN_SECONDS = 60  # a session stopped sooner than this is not asked about


def ask_after(*, ratings_on: bool, skipped_before: bool, outcome: Outcome, done_seconds: float) -> bool:
    """Offer the "after" screen? Never when the person turned ratings off or skipped (or was not asked)
    the "before" one; never after a safety stop (the window is giving advice then) or a session whose
    hands-on steps were skipped (there is no "after" to compare); and never after a session stopped
    within its first minute. A completed session is asked about however short it was."""
    if not ratings_on or skipped_before:
        return False
    if outcome in (Outcome.SAFETY_STOPPED, Outcome.SKIPPED):
        return False
    return outcome is Outcome.COMPLETED or done_seconds >= AFTER_MIN_SECONDS
