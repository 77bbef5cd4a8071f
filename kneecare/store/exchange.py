"""Export of the history as JSON or CSV, and import of our own JSON export: merged without duplicates (by
each session's `uid`), all or nothing, and a malformed file is refused with the entry and field named.
What it tells the person is kept as `Words` (English templates marked for lupdate under "exchange"), so the
history view can say it in the person's language and the command line in English."""

from __future__ import annotations

import csv
import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable, Collection, Iterable
from dataclasses import replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import available_timezones

from kneecare.core.clock import zone_name
from kneecare.core.lazy_dataclass import dataclass
from kneecare.core.protocol import Category, StepKind
from kneecare.core.session import Discomfort
from kneecare.core.stats import MEASURES, RATING_MAX, RATING_MIN, Rating
from kneecare.core.words import fill
from kneecare.store.db import transaction
from kneecare.store.records import (
    PHASE_STATUSES,
    STATUSES,
    PhaseRow,
    SafetyRow,
    SessionRecord,
    insert_record,
    iter_records,
    known_uids,
)
from kneecare.store.sessions import session_uid

FORMATS = ("json", "csv")
KNEES = ("left", "right", "both")
CSV_COLUMNS = (
    "uid",
    "started_at",
    "ended_at",
    "zone",
    "program",
    "kind",
    "knees",
    "status",
    "planned_seconds",
    "done_seconds",
    "phase_count",
    "phases_done",
    *(f"{moment}_{field}" for moment in ("before", "after") for field in (*MEASURES, "note")),
    "safety_events",
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate (kneecare.i18n has the same, but this module stays free of Qt)."""
    return text


def QT_TRANSLATE_N_NOOP(context: str, text: str) -> str:
    """Marks a counted text (%n) for update.py's plural list (kneecare.i18n.counted says it)."""
    return text


def _as_written(text: str) -> str:
    return text


@dataclass(frozen=True)
class Words:
    """A message as an English template with %1, %2... (values may be Words too), said in any language:
    `say(translate)` translates each template, then fills it in (one pass, so a value is never re-read).
    A counted message has `n` and its English forms (one, more); `say(..., counted)` gives its plural
    form in the language (counted(text, n)), else the English one."""

    template: str
    values: tuple[object, ...] = ()
    n: int | None = None
    english: tuple[str, str] = ("", "")

    def say(
        self, translate: Callable[[str], str] = _as_written, counted: Callable[[str, int], str] | None = None
    ) -> str:
        said = [v.say(translate, counted) if isinstance(v, Words) else v for v in self.values]
        if self.n is None:
            return fill(translate(self.template), *said)
        if counted is not None:
            return fill(counted(self.template, self.n), *said)
        one, more = self.english
        return fill((one if self.n == 1 else more).replace("%n", str(self.n)), *said)


class ImportProblem(ValueError):
    """A file that cannot be imported; the message names the entry and the field, and nothing changed.
    `str()` is English; `words.say(translate)` says it in the person's language."""

    def __init__(self, words: Words) -> None:
        super().__init__(words.say())
        self.words = words


@dataclass(frozen=True)
class ImportResult:
    added: int
    already: int  # sessions the history (or the file itself) already had

    def words(
        self, translate: Callable[[str], str] = _as_written, counted: Callable[[str, int], str] | None = None
    ) -> str:
        added = Words(
            QT_TRANSLATE_N_NOOP("exchange", "%n session(s) added"),
            n=self.added,
            english=("%n session added", "%n sessions added"),
        )
        if not self.already:
            return Words(QT_TRANSLATE_NOOP("exchange", "%1."), (added,)).say(translate, counted)
        already = Words(
            QT_TRANSLATE_N_NOOP("exchange", "%1; %n were already in your history."),
            (added,),
            n=self.already,
            english=("%1; %n was already in your history.", "%1; %n were already in your history."),
        )
        return already.say(translate, counted)


# -- export ------------------------------------------------------------------------------------


def _time(when: datetime | None) -> str | None:
    return when.isoformat() if when is not None else None


def _rating_json(rating: Rating | None) -> dict[str, Any] | None:
    if rating is None:
        return None
    return {**{m: rating.value(m) for m in MEASURES}, "note": rating.note}


def record_to_json(record: SessionRecord) -> dict[str, Any]:
    return {
        "uid": record.uid,
        "started_at": _time(record.started_at),
        "ended_at": _time(record.ended_at),
        "zone": record.zone,
        "program": record.program,
        "kind": record.kind,
        "knees": record.knees,
        "status": record.status,
        "planned_seconds": record.planned_seconds,
        "done_seconds": record.done_seconds,
        "phase_count": record.phase_count,
        "phases_done": record.phases_done,
        "ratings": {"before": _rating_json(record.before), "after": _rating_json(record.after)},
        "phases": [
            {
                "index": p.index,
                "step_kind": p.step_kind,
                "knee": p.knee,
                "status": p.status,
                "seconds": p.seconds,
                "ended_at": _time(p.ended_at),
            }
            for p in record.phases
        ],
        "safety_events": [
            {
                "kind": e.kind,
                "phase_index": e.phase_index,
                "step_kind": e.step_kind,
                "knee": e.knee,
                "at": _time(e.at),
                "zone": e.zone,
                "session_seconds": e.session_seconds,
            }
            for e in record.safety_events
        ],
    }


def write_json(records: Iterable[SessionRecord], out: TextIO) -> int:
    """A JSON list of sessions, written one session at a time. Returns how many."""
    count = 0
    out.write("[")
    for record in records:
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps(record_to_json(record), ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    """A text a spreadsheet would run as a formula (it starts, perhaps after spaces, with = + - @, a tab
    or a carriage return: OWASP's list) is written with a leading apostrophe."""
    if text[:1] in FORMULA_STARTS or text.lstrip()[:1] in FORMULA_STARTS:
        return "'" + text
    return text


def _csv_row(record: SessionRecord) -> list[object]:
    row: list[object] = [
        record.uid,
        _time(record.started_at),
        _time(record.ended_at) or "",
        record.zone,
        record.program,
        record.kind,
        record.knees,
        record.status,
        record.planned_seconds,
        record.done_seconds,
        record.phase_count,
        record.phases_done,
    ]
    for rating in (record.before, record.after):
        values = [rating.value(m) if rating else None for m in MEASURES]
        row.extend("" if v is None else v for v in values)
        row.append(rating.note if rating else "")
    row.append(
        "; ".join(
            f"{e.kind} at {e.session_seconds:.0f} s ({e.step_kind}{', ' + e.knee if e.knee else ''})"
            for e in record.safety_events
        )
    )
    return row


def write_csv(records: Iterable[SessionRecord], out: TextIO) -> int:
    """One line per session (phases summed up; safety reports in one column). Returns how many."""
    writer = csv.writer(out)  # RFC 4180 line ends (CR LF), so a note holding a lone CR is quoted too
    writer.writerow(CSV_COLUMNS)
    count = 0
    for record in records:
        writer.writerow([_cell(c) if isinstance(c, str) else c for c in _csv_row(record)])
        count += 1
    return count


def export(conn: sqlite3.Connection, fmt: str, out: TextIO) -> int:
    if fmt not in FORMATS:
        raise ValueError(f"the export format is json or csv, not {fmt!r}")
    writer = write_json if fmt == "json" else write_csv
    return writer(iter_records(conn), out)


def export_file(conn: sqlite3.Connection, fmt: str, path: Path) -> int:
    """Export into `path`, replacing it whole only once the export is complete (OSError if it cannot)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            count = export(conn, fmt, out)
            out.flush()
            os.fsync(out.fileno())
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


# -- import ------------------------------------------------------------------------------------

NOT_AN_OBJECT = Words(QT_TRANSLATE_NOOP("exchange", "is not a JSON object"))
NOT_A_TIME = QT_TRANSLATE_NOOP("exchange", "%1 is not an ISO 8601 time")


def _why(template: str, *values: object) -> Words:
    """What is wrong with a field's value (a value is shown as Python writes it: 'text', 2.5, None)."""
    return Words(template, tuple(repr(v) for v in values))


class _Entry:
    """Reads one JSON object field by field; every complaint names the entry and the field."""

    def __init__(self, data: Any, where: Words, path: str = "") -> None:
        self.where = where
        self.path = path
        if not isinstance(data, dict):
            if path:
                raise ImportProblem(self.field(path.removesuffix("."), NOT_AN_OBJECT))
            raise ImportProblem(Words(QT_TRANSLATE_NOOP("exchange", "%1 is not a JSON object"), (where,)))
        self.data: dict[str, Any] = data

    def field(self, name: str, why: Words) -> Words:
        return Words(QT_TRANSLATE_NOOP("exchange", "%1, field '%2': %3"), (self.where, name, why))

    def fail(self, name: str, why: Words) -> ImportProblem:
        return ImportProblem(self.field(f"{self.path}{name}", why))

    def get(self, name: str, required: bool) -> Any:
        if name not in self.data or self.data[name] is None:
            if required:
                raise self.fail(name, Words(QT_TRANSLATE_NOOP("exchange", "is missing")))
            return None
        return self.data[name]

    def text(self, name: str, required: bool = True, choices: tuple[str, ...] | None = None) -> str | None:
        value = self.get(name, required)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(name, _why(QT_TRANSLATE_NOOP("exchange", "%1 is not a non-empty text"), value))
        if choices is not None and value not in choices:
            why = Words(
                QT_TRANSLATE_NOOP("exchange", "%1 is not one of %2"), (repr(value), ", ".join(choices))
            )
            raise self.fail(name, why)
        return value

    def number(self, name: str, required: bool = True) -> float | None:
        value = self.get(name, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1e9:
            raise self.fail(
                name, _why(QT_TRANSLATE_NOOP("exchange", "%1 is not a number of seconds (0 or more)"), value)
            )
        return float(value)

    def integer(self, name: str, required: bool = True, low: int = 0, high: int = 10**6) -> int | None:
        value = self.get(name, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            why = Words(
                QT_TRANSLATE_NOOP("exchange", "%1 is not a whole number from %2 to %3"),
                (repr(value), low, high),
            )
            raise self.fail(name, why)
        return value

    def time(self, name: str, required: bool = True) -> datetime | None:
        value = self.get(name, required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(name, _why(NOT_A_TIME, value))
        try:
            when = datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(name, _why(NOT_A_TIME, value)) from None
        if when.utcoffset() is None:
            raise self.fail(
                name, _why(QT_TRANSLATE_NOOP("exchange", "%1 has no UTC offset (like +01:00)"), value)
            )
        try:
            in_range = MIN_YEAR <= when.astimezone(UTC).year <= MAX_YEAR
        except (OverflowError, ValueError):
            in_range = False
        if not in_range:
            why = Words(
                QT_TRANSLATE_NOOP("exchange", "%1 is not a time from the year %2 to %3"),
                (repr(value), MIN_YEAR, MAX_YEAR),
            )
            raise self.fail(name, why)
        return when

    def identifier(self, name: str, known: Callable[[str], bool], required: bool = True) -> str | None:
        """A text the app itself writes (a program id, a zone, a kind): one it knows, or a complaint."""
        value = self.text(name, required)
        if value is not None and not known(value):
            raise self.fail(
                name, _why(QT_TRANSLATE_NOOP("exchange", "%1 is not a value KneeCare knows"), value)
            )
        return value

    def items(self, name: str) -> list[Any]:
        value = self.get(name, False)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(name, Words(QT_TRANSLATE_NOOP("exchange", "is not a list")))
        return value

    def child(self, name: str, value: Any) -> _Entry:
        return _Entry(value, self.where, f"{self.path}{name}.")


def _rating(entry: _Entry, moment: str) -> Rating | None:
    ratings = entry.get("ratings", True)
    if not isinstance(ratings, dict):
        raise entry.fail(
            "ratings", Words(QT_TRANSLATE_NOOP("exchange", "is not an object with 'before' and 'after'"))
        )
    value = ratings.get(moment)
    if value is None:
        return None
    reader = entry.child(f"ratings.{moment}", value)
    note = reader.get("note", False)
    if note is not None and not isinstance(note, str):
        raise reader.fail("note", _why(QT_TRANSLATE_NOOP("exchange", "%1 is not text"), note))
    values = [reader.integer(m, False, RATING_MIN, RATING_MAX) for m in MEASURES]
    return Rating(values[0], values[1], values[2], note or "")


MIN_YEAR, MAX_YEAR = 1970, 9998
MAX_IMPORT_BYTES = 50 * 1024 * 1024  # a history of decades is a few megabytes
UID = re.compile(r"[0-9][0-9T:.+-]{9,40}\|[a-z0-9_]{1,64}")
UTC_OFFSET = re.compile(r"UTC(?:[+-](?:0\d|1\d|2[0-3]):[0-5]\d)?")
PROGRAM_ID = re.compile(r"[a-z0-9_]{1,64}")


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


def known_zone(name: str) -> bool:
    """A zone the app writes: an IANA key this system knows, or a fixed offset like UTC+01:00."""
    return UTC_OFFSET.fullmatch(name) is not None or name in _zones()


@cache
def known_programs() -> frozenset[str]:
    """The ids of the built-in programs."""
    from kneecare.assets import program_files
    from kneecare.core.library import load_library

    return frozenset(p.id for p in load_library(program_files()))


def _member(*choices: str) -> Callable[[str], bool]:
    return lambda value: value in choices


STEP_KINDS = tuple(k.value for k in StepKind)
SESSION_KINDS = tuple(c.value for c in Category)
SAFETY_KINDS = tuple(d.value for d in Discomfort)


def record_from_json(data: Any, number: int, programs: Collection[str] | None = None) -> SessionRecord:
    """One session from an export entry (numbered from 1 in messages), checked field by field; every
    identifier must be one KneeCare writes (`programs`: the program ids it knows; None: the built-in ones),
    so nothing a spreadsheet or the window could misread gets in."""
    known = known_programs() if programs is None else programs
    where = Words(QT_TRANSLATE_NOOP("exchange", "entry %1"), (number,))
    if isinstance(data, dict) and isinstance(data.get("started_at"), str):
        where = Words(QT_TRANSLATE_NOOP("exchange", "entry %1 (started %2)"), (number, data["started_at"]))
    entry = _Entry(data, where)
    started = entry.time("started_at")
    assert started is not None
    program = entry.identifier("program", lambda v: v in known and PROGRAM_ID.fullmatch(v) is not None)
    assert program is not None
    knees = entry.text("knees", choices=KNEES)
    status = entry.text("status", choices=STATUSES)
    planned = entry.number("planned_seconds")
    done = entry.number("done_seconds")
    before, after = _rating(entry, "before"), _rating(entry, "after")
    ended = entry.time("ended_at", required=False)
    if ended is not None and ended < started:
        raise entry.fail("ended_at", Words(QT_TRANSLATE_NOOP("exchange", "is before started_at")))
    zone = entry.identifier("zone", known_zone, required=False) or zone_name(started)
    phases: list[PhaseRow] = []
    for i, item in enumerate(entry.items("phases")):
        p = entry.child(f"phases[{i}]", item)
        phases.append(
            PhaseRow(
                index=p.integer("index") or 0,
                step_kind=p.identifier("step_kind", _member(*STEP_KINDS)) or "",
                knee=p.text("knee", required=False, choices=("left", "right")),
                status=p.text("status", choices=PHASE_STATUSES) or "",
                seconds=p.number("seconds") or 0.0,
                ended_at=p.time("ended_at") or started,
            )
        )
    if len({p.index for p in phases}) != len(phases):
        raise entry.fail("phases", Words(QT_TRANSLATE_NOOP("exchange", "two phases have the same index")))
    events: list[SafetyRow] = []
    for i, item in enumerate(entry.items("safety_events")):
        e = entry.child(f"safety_events[{i}]", item)
        at = e.time("at")
        assert at is not None
        events.append(
            SafetyRow(
                kind=e.identifier("kind", _member(*SAFETY_KINDS)) or "",
                phase_index=e.integer("phase_index") or 0,
                step_kind=e.identifier("step_kind", _member(*STEP_KINDS)) or "",
                knee=e.text("knee", required=False, choices=("left", "right")),
                at=at,
                zone=e.identifier("zone", known_zone, required=False) or zone_name(at),
                session_seconds=e.number("session_seconds") or 0.0,
            )
        )
    phase_count = entry.integer("phase_count", required=False)
    phases_done = entry.integer("phases_done", required=False)
    return SessionRecord(
        uid=entry.identifier("uid", lambda v: UID.fullmatch(v) is not None, required=False)
        or session_uid(program, started),
        program=program,
        kind=entry.text("kind", required=False, choices=SESSION_KINDS) or "knee",
        knees=knees or "",
        started_at=started,
        zone=zone,
        ended_at=ended,
        status=status or "",
        planned_seconds=planned or 0.0,
        done_seconds=done or 0.0,
        phase_count=phase_count if phase_count is not None else len(phases),
        phases_done=(
            phases_done if phases_done is not None else sum(1 for p in phases if p.status == "completed")
        ),
        before=before,
        after=after,
        phases=tuple(phases),
        safety_events=tuple(events),
    )


def read_import_file(path: Path, programs: Collection[str] | None = None) -> list[SessionRecord]:
    """Every session in an export file (at most `MAX_IMPORT_BYTES`; a UTF-8 byte order mark is fine).
    OSError when it cannot be read, UnicodeDecodeError when it is not UTF-8 text, else ImportProblem."""
    with path.open("rb") as f:
        raw = f.read(MAX_IMPORT_BYTES + 1)
    if len(raw) > MAX_IMPORT_BYTES:
        too_big = QT_TRANSLATE_NOOP("exchange", "the file is larger than %1 MiB, the most KneeCare imports")
        raise ImportProblem(Words(too_big, (MAX_IMPORT_BYTES // 1024 // 1024,)))
    return parse_json(raw.decode("utf-8-sig"), programs)


def parse_json(text: str, programs: Collection[str] | None = None) -> list[SessionRecord]:
    """Every session in an export, or ImportProblem naming the first thing wrong."""
    text = text.removeprefix("\ufeff")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        not_json = QT_TRANSLATE_NOOP("exchange", "the file is not valid JSON (line %1, column %2: %3)")
        raise ImportProblem(Words(not_json, (e.lineno, e.colno, e.msg))) from None
    except RecursionError:
        raise ImportProblem(
            Words(QT_TRANSLATE_NOOP("exchange", "the file is nested too deeply to be a KneeCare export"))
        ) from None
    except ValueError as e:  # a number of thousands of digits
        raise ImportProblem(
            Words(QT_TRANSLATE_NOOP("exchange", "the file holds a value KneeCare cannot read: %1"), (str(e),))
        ) from None
    if not isinstance(data, list):
        raise ImportProblem(
            Words(
                QT_TRANSLATE_NOOP(
                    "exchange", "the file does not hold a list of sessions (a KneeCare JSON export)"
                )
            )
        )
    records = [record_from_json(item, number, programs) for number, item in enumerate(data, start=1)]
    first: dict[str, int] = {}
    for number, record in enumerate(records, start=1):
        if record.uid in first:
            twice = QT_TRANSLATE_NOOP("exchange", "entries %1 and %2 are the same session (uid %3)")
            raise ImportProblem(Words(twice, (first[record.uid], number, record.uid)))
        first[record.uid] = number
    return records


def import_records(conn: sqlite3.Connection, records: Iterable[SessionRecord]) -> ImportResult:
    """Add the sessions the history does not have yet, all in one transaction.

    A session exported while it ran comes in as interrupted: it cannot be running here.
    """
    added = already = 0
    with transaction(conn):
        seen = known_uids(conn)
        for record in records:
            if record.uid in seen:
                already += 1
                continue
            if record.status == "in_progress":
                record = _interrupted(record)
            insert_record(conn, record)
            seen.add(record.uid)
            added += 1
    return ImportResult(added, already)


def _interrupted(record: SessionRecord) -> SessionRecord:
    reached = max([record.started_at, *(p.ended_at for p in record.phases)])
    return replace(record, status="interrupted", ended_at=record.ended_at or reached)


def import_json(conn: sqlite3.Connection, text: str) -> ImportResult:
    """Check the whole file first; only a file without faults changes the history."""
    return import_records(conn, parse_json(text))
