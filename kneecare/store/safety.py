"""Safety records: every set of screening answers and every daily leg check, kept with its date and zone."""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import date, datetime

from kneecare.core.clock import zone_name
from kneecare.core.safety import PROVIDER_AGREED, Concern, DailyCheck, RecordError, Screening
from kneecare.store.db import transaction
from kneecare.store.times import from_utc_text, to_utc_text, zone_of

log = logging.getLogger(__name__)


def answers_to_json(screening: Screening) -> str:
    data: dict[str, bool] = {concern.value: bool(yes) for concern, yes in screening.answers.items()}
    data[PROVIDER_AGREED] = screening.provider_agreed
    return json.dumps(data, sort_keys=True)


def answers_from_json(text: str) -> tuple[dict[Concern, bool], bool]:
    """The answers a row holds; keys this version does not know are left out (and logged)."""
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("screening answers are not a JSON object")
    answers: dict[Concern, bool] = {}
    for key, value in data.items():
        if key == PROVIDER_AGREED:
            continue
        try:
            answers[Concern(key)] = bool(value)
        except ValueError:
            log.info("screening answer %r is not known to this version; ignored", key)
    return answers, bool(data.get(PROVIDER_AGREED, False))


class SafetyRepository:
    """Implements `kneecare.core.safety.SafetyRecords` on the `screenings` and `daily_checks` tables."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def record_screening(self, screening: Screening) -> None:
        try:
            with transaction(self.conn):
                self.conn.execute(
                    "INSERT INTO screenings (taken_utc, zone, answers, result) VALUES (?, ?, ?, ?)",
                    (
                        to_utc_text(screening.taken_at),
                        zone_name(screening.taken_at),
                        answers_to_json(screening),
                        screening.verdict.value,
                    ),
                )
        except sqlite3.Error as e:
            raise RecordError(str(e)) from e

    def _screening(self, row: sqlite3.Row) -> Screening:
        taken = from_utc_text(row["taken_utc"]).astimezone(zone_of(row["zone"]))
        try:
            answers, agreed = answers_from_json(row["answers"])
        except (ValueError, TypeError) as e:
            # Unreadable answers count as unanswered: the questions are simply asked again.
            log.warning("screening %s cannot be read (%s); it will be asked again", row["id"], e)
            return Screening(taken, {})
        return Screening(taken, answers, provider_agreed=agreed)

    def latest_screening(self) -> Screening | None:
        row = self.conn.execute(
            "SELECT * FROM screenings ORDER BY taken_utc DESC, id DESC LIMIT 1"
        ).fetchone()
        return self._screening(row) if row else None

    def screenings(self) -> list[Screening]:
        rows = self.conn.execute("SELECT * FROM screenings ORDER BY taken_utc, id")
        return [self._screening(r) for r in rows]

    def first_screened_at(self) -> datetime | None:
        row = self.conn.execute(
            "SELECT taken_utc, zone FROM screenings ORDER BY taken_utc, id LIMIT 1"
        ).fetchone()
        return from_utc_text(row["taken_utc"]).astimezone(zone_of(row["zone"])) if row else None

    def record_daily_check(self, check: DailyCheck) -> None:
        try:
            with transaction(self.conn):
                self.conn.execute(
                    "INSERT INTO daily_checks (day, at_utc, zone, red_flag) VALUES (?, ?, ?, ?)",
                    (check.day.isoformat(), to_utc_text(check.at), zone_name(check.at), int(check.red_flag)),
                )
        except sqlite3.Error as e:
            raise RecordError(str(e)) from e

    def daily_checks_on(self, day: date) -> list[DailyCheck]:
        """The checks answered on one local calendar day (the day as the person lived it)."""
        rows = self.conn.execute(
            "SELECT * FROM daily_checks WHERE day = ? ORDER BY at_utc, id", (day.isoformat(),)
        )
        return [
            DailyCheck(
                date.fromisoformat(r["day"]),
                from_utc_text(r["at_utc"]).astimezone(zone_of(r["zone"])),
                bool(r["red_flag"]),
            )
            for r in rows
        ]
