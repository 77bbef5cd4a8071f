"""Safety records: every set of screening answers (with the version of each question), every daily leg
check and every leg all-clear, kept with its date and zone."""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import date, datetime

from kneecare.core.clock import zone_name
from kneecare.core.safety import (
    PROVIDER_AGREED,
    AllClear,
    Concern,
    DailyCheck,
    LegAllClear,
    RecordError,
    Screening,
)
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


def versions_to_json(screening: Screening) -> str:
    return json.dumps({c.value: int(v) for c, v in screening.question_versions.items()}, sort_keys=True)


def versions_from_json(text: str | None) -> dict[Concern, int]:
    """The question versions a row holds; a row without them (written before version 2 of the schema, or
    damaged) answered version 1 of every question, which still counts."""
    try:
        data = json.loads(text or "{}")
    except ValueError:
        log.warning("screening question versions cannot be read; taken as version 1")
        return {}
    if not isinstance(data, dict):
        return {}
    versions: dict[Concern, int] = {}
    for key, value in data.items():
        try:
            versions[Concern(key)] = int(value)
        except (ValueError, TypeError):
            log.info("screening question version %r=%r is not known to this version; ignored", key, value)
    return versions


class SafetyRepository:
    """Implements `kneecare.core.safety.SafetyRecords` on the `screenings` and `daily_checks` tables."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def record_screening(self, screening: Screening) -> None:
        try:
            with transaction(self.conn):
                self.conn.execute(
                    "INSERT INTO screenings (taken_utc, zone, answers, result, question_versions)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (
                        to_utc_text(screening.taken_at),
                        zone_name(screening.taken_at),
                        answers_to_json(screening),
                        screening.verdict.value,
                        versions_to_json(screening),
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
        versions = versions_from_json(row["question_versions"])
        return Screening(taken, answers, provider_agreed=agreed, question_versions=versions)

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

    def latest_red_flag(self) -> datetime | None:
        """When the daily question was last answered "yes" (in the zone it was answered in)."""
        row = self.conn.execute(
            "SELECT at_utc, zone FROM daily_checks WHERE red_flag = 1 ORDER BY at_utc DESC, id DESC LIMIT 1"
        ).fetchone()
        return from_utc_text(row["at_utc"]).astimezone(zone_of(row["zone"])) if row else None

    def record_all_clear(self, clear: LegAllClear) -> None:
        try:
            with transaction(self.conn):
                self.conn.execute(
                    "INSERT INTO leg_all_clears (at_utc, zone, how) VALUES (?, ?, ?)",
                    (to_utc_text(clear.at), zone_name(clear.at), AllClear(clear.how).value),
                )
        except sqlite3.Error as e:
            raise RecordError(str(e)) from e

    def latest_all_clear(self) -> LegAllClear | None:
        row = self.conn.execute(
            "SELECT at_utc, zone, how FROM leg_all_clears ORDER BY at_utc DESC, id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        return LegAllClear(
            from_utc_text(row["at_utc"]).astimezone(zone_of(row["zone"])), AllClear(row["how"])
        )

    def latest_safety_stop(self) -> datetime | None:
        """The latest safety report in a session (sharp pain, numbness or tingling), or the end of a
        session stopped for safety, whichever is later."""
        row = self.conn.execute(
            "SELECT MAX(at) AS at FROM ("
            " SELECT at_utc AS at FROM safety_events"
            " UNION ALL SELECT ended_utc FROM sessions"
            " WHERE status = 'safety_stopped' AND ended_utc IS NOT NULL"
            ")"
        ).fetchone()
        return from_utc_text(row["at"]) if row is not None and row["at"] else None
