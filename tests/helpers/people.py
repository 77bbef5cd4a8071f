"""Data folders as the people the tests stand for have them: a returning person has answered the safety
questions (all "no"), so a start shows the window, not the first questions."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from kneecare.core.safety import Concern, Screening
from kneecare.store.store import Store


def returning_person(data: Path) -> None:
    """`data` (made if missing) with the safety questions answered "no" today."""
    now = datetime.now().astimezone()
    store, _ = Store.open(data / "kneecare.sqlite3", now)
    store.safety.record_screening(Screening(now, dict.fromkeys(Concern, False)))
    store.close()
