"""The sync journal: the immutable records one computer shares through a synced folder, their line format
(one JSON object a line), and the merge rules that make every computer end with the same history."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import field
from enum import StrEnum
from typing import Any, Protocol

from kneecare.core.lazy_dataclass import dataclass

log = logging.getLogger(__name__)

FORMAT = 1  # the line format this version writes and reads; a line with a higher "v" is left for later


class Kind(StrEnum):
    SESSION = "session"  # a finished session with its phases, safety reports (stops) and known ratings
    RATING = "rating"  # a rating given after its session was already shared; `of` is the session's uid
    SCREENING = "screening"  # a set of answers to the safety questions
    RED_FLAG = "red_flag"  # a "yes" to the daily leg question
    ALL_CLEAR = "all_clear"  # the leg is back to normal, or a health professional cleared it
    TOMBSTONE = "tombstone"  # a deletion, for good: `of` is the uid it removes


@dataclass(frozen=True)
class Record:
    """One journal record. `body` is the record's content as canonical JSON text (sorted keys), so a record
    is a plain immutable value; the store knows what a body means, the merge never looks inside."""

    kind: Kind
    uid: str
    device: str
    at: str  # when it was recorded, ISO 8601 in UTC
    body: str = "{}"
    of: str | None = None  # the session a rating belongs to, or the uid a tombstone removes

    @classmethod
    def make(
        cls, kind: Kind, uid: str, device: str, at: str, body: Mapping[str, Any], of: str | None = None
    ) -> Record:
        return cls(kind, uid, device, at, canonical(body), of)

    def data(self) -> Any:
        return json.loads(self.body)

    def line(self) -> bytes:
        """The record as one journal line (UTF-8, ending in a newline)."""
        item: dict[str, Any] = {"v": FORMAT, "kind": self.kind.value, "uid": self.uid, "device": self.device}
        item["at"] = self.at
        if self.of is not None:
            item["of"] = self.of
        return (json.dumps(item, ensure_ascii=False)[:-1] + ', "body": ' + self.body + "}\n").encode()


def canonical(body: Mapping[str, Any]) -> str:
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def tombstone(uid: str, device: str, at: str) -> Record:
    return Record(Kind.TOMBSTONE, f"deleted:{uid}", device, at, "{}", uid)


class LineProblem(StrEnum):
    MALFORMED = "malformed"  # not a record: skipped with one log line, the rest is read
    NEWER = "newer"  # written by a newer KneeCare: left alone (and read again later)


@dataclass(frozen=True)
class Line:
    """One complete line of a journal: where it starts and ends (bytes), and its record or its problem."""

    start: int
    end: int
    record: Record | None
    problem: LineProblem | None = None


@dataclass(frozen=True)
class Parsed:
    lines: list[Line]
    complete: int  # bytes up to the end of the last complete line; a truncated tail waits for its newline

    @property
    def records(self) -> list[Record]:
        return [line.record for line in self.lines if line.record is not None]

    def count(self, problem: LineProblem) -> int:
        return sum(1 for line in self.lines if line.problem is problem)


def parse(data: bytes, offset: int = 0, name: str = "journal") -> Parsed:
    """Read the complete lines of `data` (a journal from byte `offset` on). A last line without its newline
    is not read yet (the sync tool or its writer has not finished it); a malformed line is logged and
    skipped; a line from a newer format is reported and left alone."""
    lines: list[Line] = []
    start = 0
    while (end := data.find(b"\n", start)) >= 0:
        text = data[start:end].strip()
        if text:
            lines.append(_line(text, offset + start, offset + end + 1, name))
        start = end + 1
    return Parsed(lines, offset + start)


def _line(text: bytes, start: int, end: int, name: str) -> Line:
    try:
        item = json.loads(text)
        version = item["v"] if isinstance(item, dict) else None
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT:
            log.warning(
                "%s, bytes %d-%d: a record of format %d (a newer KneeCare); left for later",
                name,
                start,
                end,
                version,
            )
            return Line(start, end, None, LineProblem.NEWER)
        return Line(start, end, _record(item))
    except (ValueError, TypeError, KeyError, RecursionError) as e:
        log.warning("%s, bytes %d-%d: not a journal record (%s); skipped", name, start, end, e)
        return Line(start, end, None, LineProblem.MALFORMED)


def _text(item: dict[str, Any], key: str, required: bool = True) -> str | None:
    value = item.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value or len(value) > 200:
        raise ValueError(f"{key!r} is not a short text")
    return value


def _record(item: Any) -> Record:
    if not isinstance(item, dict) or item.get("v") != FORMAT:
        raise ValueError("not an object of this format")
    kind = Kind(item["kind"])
    body = item.get("body", {})
    if not isinstance(body, dict):
        raise ValueError("'body' is not an object")
    uid, device, at = _text(item, "uid"), _text(item, "device"), _text(item, "at")
    assert uid is not None and device is not None and at is not None
    of = _text(item, "of", required=kind in (Kind.RATING, Kind.TOMBSTONE))
    if kind is Kind.TOMBSTONE and uid != f"deleted:{of}":
        raise ValueError("a tombstone's uid does not name what it removes")
    return Record(kind, uid, device, at, canonical(body), of)


# -- merging ---------------------------------------------------------------------------------------


class Action(StrEnum):
    ADD = "add"  # new: add it
    REMOVE = "remove"  # a tombstone: remove `of` (and whatever belongs to it) for good
    SKIP = "skip"  # known already, or removed for good
    WAIT = "wait"  # a rating whose session has not arrived yet: read it again next time


class Known(Protocol):
    """What a history already holds, as the merge asks it (the store answers from its database)."""

    def has(self, uid: str) -> bool: ...

    def removed(self, uid: str) -> bool: ...


def decide(known: Known, record: Record) -> Action:
    """What one record does to a history. Records are immutable and their uid names them: a uid seen once
    is never added again, and a removed uid never comes back, whatever arrives later."""
    if record.kind is Kind.TOMBSTONE:
        assert record.of is not None
        return Action.SKIP if known.removed(record.of) else Action.REMOVE
    if known.removed(record.uid) or known.has(record.uid):
        return Action.SKIP
    if record.kind is Kind.RATING:
        assert record.of is not None
        if known.removed(record.of):
            return Action.SKIP
        if not known.has(record.of):
            return Action.WAIT
    return Action.ADD


def position(parsed: Parsed, held: Iterable[int] = ()) -> int:
    """Where the next read of a journal starts: after its last complete line, or earlier, at the first line
    that must be read again (a newer format's, or `held`: ratings that wait for their session)."""
    again = [line.start for line in parsed.lines if line.problem is LineProblem.NEWER]
    return min([*again, *held, parsed.complete])


def apply_order(records: Iterable[Record]) -> list[Record]:
    """The order one batch is applied in: deletions first, then what ratings belong to, then ratings, so
    a batch's result does not depend on the order its files were listed."""
    rank = {Kind.TOMBSTONE: 0, Kind.RATING: 2}
    return sorted(records, key=lambda r: rank.get(r.kind, 1))


@dataclass
class Merger:
    """A history held in memory, merged batch by batch the way the store merges into its database (the
    property tests compare it with `merge`)."""

    live: dict[str, Record] = field(default_factory=dict)
    dead: set[str] = field(default_factory=set)
    waiting: list[Record] = field(default_factory=list)

    def has(self, uid: str) -> bool:
        return uid in self.live

    def removed(self, uid: str) -> bool:
        return uid in self.dead

    def add(self, records: Iterable[Record]) -> None:
        batch, self.waiting = apply_order([*self.waiting, *records]), []
        for record in batch:
            action = decide(self, record)
            if action is Action.ADD:
                self.live[record.uid] = record
            elif action is Action.REMOVE:
                assert record.of is not None
                self.dead.add(record.of)
                self.live.pop(record.of, None)
                for uid in [u for u, r in self.live.items() if r.of == record.of]:
                    del self.live[uid]  # a removed session's ratings go with it
            elif action is Action.WAIT:
                self.waiting.append(record)

    def result(self) -> frozenset[Record]:
        return frozenset(self.live.values())


def merge(records: Iterable[Record]) -> frozenset[Record]:
    """The history every computer ends with once it has seen `records`, in any order and any number of
    times: each uid once, minus every removed uid and the ratings of removed or never-seen sessions."""
    every = set(records)
    dead = {r.of for r in every if r.kind is Kind.TOMBSTONE}
    live = {r for r in every if r.kind is not Kind.TOMBSTONE and r.uid not in dead}
    owners = {r.uid for r in live if r.kind is not Kind.RATING}
    return frozenset(r for r in live if r.kind is not Kind.RATING or r.of in owners)
