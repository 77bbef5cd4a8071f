"""What the report for a health professional reads from the history: the sessions of a period (with their
phases, ratings and safety reports) and the safety records of that period, as the core's plain values."""

from __future__ import annotations

import sqlite3

from kneecare.core.report import LoggedSession, Period, SafetyLog, SafetyReport
from kneecare.core.safety import AllClear, LegAllClear
from kneecare.store.records import SessionRecord, records_between
from kneecare.store.safety import SafetyRepository
from kneecare.store.times import from_utc_text, zone_of


def logged(record: SessionRecord) -> LoggedSession:
    """One session record as the report reads it."""
    knees: dict[str, float] = {}
    for phase in record.phases:
        if phase.knee is not None:
            knees[phase.knee] = knees.get(phase.knee, 0.0) + phase.seconds
    reports = tuple(
        SafetyReport(e.at, record.program, e.kind, e.step_kind, e.knee) for e in record.safety_events
    )
    return LoggedSession(
        program=record.program,
        kind=record.kind,
        started_at=record.started_at,
        status=record.status,
        done_seconds=record.done_seconds,
        knee_seconds=knees,
        before=record.before,
        after=record.after,
        reports=reports,
    )


def read_sessions(conn: sqlite3.Connection, period: Period) -> list[LoggedSession]:
    return [logged(r) for r in records_between(conn, period.first.isoformat(), period.last.isoformat())]


def read_safety(conn: sqlite3.Connection, period: Period) -> SafetyLog:
    """The latest screening taken on or before the period's last day (local), and every "yes" to the daily
    leg question and every all-clear on the period's days."""
    repository = SafetyRepository(conn)
    screenings = [s for s in repository.screenings() if s.taken_at.date() <= period.last]
    flags = tuple(
        from_utc_text(r["at_utc"]).astimezone(zone_of(r["zone"]))
        for r in conn.execute(
            "SELECT at_utc, zone FROM daily_checks WHERE red_flag = 1 AND day BETWEEN ? AND ?"
            " ORDER BY at_utc, id",
            (period.first.isoformat(), period.last.isoformat()),
        )
    )
    clears = []
    for r in conn.execute("SELECT at_utc, zone, how FROM leg_all_clears ORDER BY at_utc, id"):
        at = from_utc_text(r["at_utc"]).astimezone(zone_of(r["zone"]))
        if at.date() in period:
            clears.append(LegAllClear(at, AllClear(r["how"])))
    return SafetyLog(screenings[-1] if screenings else None, flags, tuple(clears))
